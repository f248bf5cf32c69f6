/**
 * V8's JSON.parse errors worded in Korean (src/messages/json-syntax.ts). The inputs are parsed by
 * this very Node, so a V8 that words an error differently fails here rather than leaving English
 * inside a Korean sentence.
 */
import { describe, expect, it } from 'vitest';
import { jsonSyntaxKo } from '../../src/messages/json-syntax.js';

/** V8's text for `text`, as the config, what-if, holidays and report readers get it. */
function v8(text: string): string {
  try {
    JSON.parse(text);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`${text} parsed`);
}

const HANGUL = /[가-힣]/;

describe('jsonSyntaxKo', () => {
  it.each([
    ['{"granularity": "quarter",\n', '문자 위치 27: 속성 이름은 큰따옴표로 감싸야 합니다'],
    ['{"a" 1}', "문자 위치 5: 속성 이름 뒤에 ':'가 와야 합니다"],
    ['{"a": 1 "b": 2}', "문자 위치 8: 속성 값 뒤에 ','나 '}'가 와야 합니다"],
    ['[1 2]', "문자 위치 3: 배열 요소 뒤에 ','나 ']'가 와야 합니다"],
    ['{"a": 1', "문자 위치 7: 속성 값 뒤에 ','나 '}'가 와야 합니다"],
    ['', 'JSON이 중간에 끝납니다'],
    ['{"a": "b', '문자 위치 8: 닫히지 않은 문자열'],
    ['{"a": 1}x', '문자 위치 8: JSON 값이 끝난 뒤에 다른 내용이 있습니다'],
    ['[-]', '문자 위치 2: 빼기 기호 뒤에 숫자가 없습니다'],
    ['[1e]', '문자 위치 3: 지수 부분에 숫자가 없습니다'],
    ['[1.]', '문자 위치 3: 소수점 뒤에 숫자가 없습니다'],
    ['["\\x"]', '문자 위치 3: 잘못된 이스케이프 문자'],
    ['["a\tb"]', '문자 위치 3: 문자열 안에 제어 문자가 있습니다'],
  ])('%j', (text, ko) => {
    expect(jsonSyntaxKo(v8(text))).toBe(ko);
  });

  it("words V8's quoted token, with or without the text V8 appends", () => {
    expect(jsonSyntaxKo(v8('[1,]'))).toBe("예상하지 못한 문자 ']'");
    expect(jsonSyntaxKo("Unexpected token ']'")).toBe("예상하지 못한 문자 ']'");
    expect(jsonSyntaxKo('Unexpected token ] in JSON at position 3')).toBe("문자 위치 3: 예상하지 못한 문자 ']'");
  });

  it('reads the line and column newer V8 gives instead of the position', () => {
    expect(jsonSyntaxKo("Expected ',' or '}' after property value in JSON at position 12 (line 2 column 1)")).toBe(
      "2행 1열: 속성 값 뒤에 ','나 '}'가 와야 합니다",
    );
  });

  it('leaves a text it does not know as it is', () => {
    expect(jsonSyntaxKo('something new')).toBe('something new');
    expect(HANGUL.test(jsonSyntaxKo(v8('{')))).toBe(true);
  });
});
