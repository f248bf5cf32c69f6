/**
 * The words of commander's own usage errors (an unknown option or command, a missing argument or
 * value, a value not among the choices, too many arguments), from the data the CLI takes from
 * commander when it raises one (`cli/commander.ts`). The English is commander's own sentence,
 * on one line; the Korean says the same.
 */
import type { MessageData } from '../model/messages.js';
import type { Template } from './template.js';

type Data = MessageData['USAGE_COMMANDER'];

/** ` (Did you mean --format?)`, ` (Did you mean one of a, b?)` or nothing. */
function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  return suggestions.length === 1 ? ` (Did you mean ${suggestions[0]}?)` : ` (Did you mean one of ${suggestions.join(', ')}?)`;
}

/** ` (혹시 --format?)`, ` (혹시 a, b 중 하나?)` or nothing. */
function didYouMeanKo(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  return suggestions.length === 1 ? ` (혹시 ${suggestions[0]}?)` : ` (혹시 ${suggestions.join(', ')} 중 하나?)`;
}

function english(d: Data): string {
  switch (d.kind) {
    case 'unknown-option':
      return `unknown option '${d.option}'${didYouMean(d.suggestions)}`;
    case 'unknown-command':
      return `unknown command '${d.command}'${didYouMean(d.suggestions)}`;
    case 'missing-argument':
      return `missing required argument '${d.argument}'`;
    case 'option-missing-argument':
      return `option '${d.option}' argument missing`;
    case 'missing-mandatory-option':
      return `required option '${d.option}' not specified`;
    case 'conflicting-option':
      return `option '${d.option}' cannot be used with option '${d.other}'`;
    case 'invalid-choice':
      return `option '${d.option}' argument '${d.value}' is invalid. Allowed choices are ${d.choices.join(', ')}.`;
    case 'invalid-argument':
      return `command-argument value '${d.value}' is invalid for argument '${d.argument}'. Allowed choices are ${d.choices.join(', ')}.`;
    case 'excess-arguments':
      return `too many arguments${d.command === null ? '' : ` for '${d.command}'`}. Expected ${d.expected} argument${d.expected === 1 ? '' : 's'} but got ${d.received}.`;
    case 'empty-value':
      return `option '${d.option}' was given an empty value; give a value or leave the option out`;
    case 'empty-argument':
      return `argument '${d.argument}' was given an empty value; give ${d.file ? 'a file name' : 'a value'}`;
    case 'other':
      return d.text;
  }
}

function korean(d: Data): string {
  switch (d.kind) {
    case 'unknown-option':
      return `알 수 없는 옵션입니다: ${d.option}${didYouMeanKo(d.suggestions)}`;
    case 'unknown-command':
      return `알 수 없는 명령입니다: ${d.command}${didYouMeanKo(d.suggestions)}`;
    case 'missing-argument':
      return `인수 ${d.argument}이(가) 필요합니다`;
    case 'option-missing-argument':
      return `옵션 ${d.option}에 값이 필요합니다`;
    case 'missing-mandatory-option':
      return `옵션 ${d.option}이(가) 필요합니다`;
    case 'conflicting-option':
      return `옵션 ${d.option}은(는) 옵션 ${d.other}와(과) 함께 쓸 수 없습니다`;
    case 'invalid-choice':
      return `옵션 ${d.option}의 값 "${d.value}"은(는) 허용되지 않습니다 (허용: ${d.choices.join(', ')})`;
    case 'invalid-argument':
      return `인수 ${d.argument}의 값 "${d.value}"은(는) 허용되지 않습니다 (허용: ${d.choices.join(', ')})`;
    case 'excess-arguments':
      return `인수가 너무 많습니다 (${d.command === null ? '' : `${d.command}: `}${d.expected}개를 받는데 ${d.received}개가 주어졌습니다)`;
    case 'empty-value':
      return `옵션 ${d.option}에 빈 값이 주어졌습니다. 값을 쓰거나 옵션을 빼세요`;
    case 'empty-argument':
      return `인수 ${d.argument}에 빈 값이 주어졌습니다. ${d.file ? '파일 이름' : '값'}을 쓰세요`;
    case 'other':
      return d.text;
  }
}

/**
 * Commander's usage error, `error: ` / `오류: ` first.
 *
 * @example COMMANDER.ko({ kind: 'unknown-option', option: '--fromat', suggestions: ['--format'] }) // => '오류: 알 수 없는 옵션입니다: --fromat (혹시 --format?)'
 */
export const COMMANDER: Template<Data> = {
  en: (d) => `error: ${english(d)}`,
  ko: (d) => `오류: ${korean(d)}`,
};
