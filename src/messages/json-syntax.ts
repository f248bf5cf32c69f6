/**
 * V8's JSON.parse error text (`Unexpected end of JSON input`, `Expected ',' or '}' after property
 * value in JSON at position 12` …) worded in Korean, for the messages that quote it (a config,
 * what-if, holidays or report file that is not JSON). English keeps V8's words; a text this
 * table does not know stays as V8 wrote it.
 */

/** V8's message templates (Node 20 to 24), most specific first, with their Korean. */
const KO: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [/^Unexpected end of JSON input/, () => 'JSON이 중간에 끝납니다'],
  [/^Unexpected token '(.+?)'(?=,|$)/s, (m) => `예상하지 못한 문자 '${m[1]}'`],
  [/^Unexpected token (.) in JSON/s, (m) => `예상하지 못한 문자 '${m[1]}'`],
  [/^Unexpected number/, () => '예상하지 못한 숫자'],
  [/^Unexpected string/, () => '예상하지 못한 문자열'],
  [/^Unexpected non-whitespace character after JSON/, () => 'JSON 값이 끝난 뒤에 다른 내용이 있습니다'],
  [/^Unterminated string/, () => '닫히지 않은 문자열'],
  [/^Expected property name or '\}'/, () => "속성 이름이나 '}'가 와야 합니다"],
  [/^Expected double-quoted property name/, () => '속성 이름은 큰따옴표로 감싸야 합니다'],
  [/^Expected ':' after property name/, () => "속성 이름 뒤에 ':'가 와야 합니다"],
  [/^Expected ',' or '\}' after property value/, () => "속성 값 뒤에 ','나 '}'가 와야 합니다"],
  [/^Expected ',' or '\]' after array element/, () => "배열 요소 뒤에 ','나 ']'가 와야 합니다"],
  [/^Bad control character in string literal/, () => '문자열 안에 제어 문자가 있습니다'],
  [/^Bad escaped character/, () => '잘못된 이스케이프 문자'],
  [/^Bad Unicode escape/, () => '잘못된 유니코드 이스케이프'],
  [/^No number after minus sign/, () => '빼기 기호 뒤에 숫자가 없습니다'],
  [/^Exponent part is missing a number/, () => '지수 부분에 숫자가 없습니다'],
  [/^Unterminated fractional number/, () => '소수점 뒤에 숫자가 없습니다'],
];

/**
 * The Korean of a JSON.parse error text, with V8's position (`at position 12`, `(line 2 column 1)`)
 * put first as `문자 위치 12: ` / `2행 1열: `; unknown texts are returned as they are.
 *
 * @example jsonSyntaxKo("Expected ',' or '}' after property value in JSON at position 12") // => "문자 위치 12: 속성 값 뒤에 ','나 '}'가 와야 합니다"
 */
export function jsonSyntaxKo(detail: string): string {
  for (const [pattern, words] of KO) {
    const m = pattern.exec(detail);
    if (m === null) continue;
    const lineCol = /\(line (\d+) column (\d+)\)/.exec(detail);
    const position = /at position (\d+)/.exec(detail);
    const where = lineCol ? `${lineCol[1]}행 ${lineCol[2]}열: ` : position ? `문자 위치 ${position[1]}: ` : '';
    return `${where}${words(m)}`;
  }
  return detail;
}
