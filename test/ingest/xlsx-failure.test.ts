/** exceljs's failures (unzip, zlib, the XML parser) classified, so the catalog words them in --lang. */
import { describe, expect, it } from 'vitest';
import { IncompleteRead, workbookFailure } from '../../src/ingest/xlsx-failure.js';
import { containerOf } from '../../src/ingest/xlsx-sniff.js';

describe('workbookFailure', () => {
  it.each([
    ['FILE_ENDED', 'cut-short'],
    ['unexpected end of file', 'cut-short'],
    ['invalid distance too far back', 'damaged-zip'],
    ['invalid stored block lengths', 'damaged-zip'],
    ['incorrect header check', 'damaged-zip'],
    ['invalid signature: 0x8074b50', 'damaged-zip'],
    ['2:43022: weird empty close tag.', 'damaged-xml'],
    ['5:2160: disallowed character in tag name', 'damaged-xml'],
    ['Cannot read properties of undefined (reading "x")', 'other'],
  ])('%s → %s', (message, cause) => {
    expect(workbookFailure(new Error(message))).toEqual({ cause });
  });

  it("a zlib error is known by its code too, and the reader's own incomplete reads keep their data", () => {
    expect(workbookFailure(Object.assign(new Error('unexpected'), { code: 'Z_DATA_ERROR' }))).toEqual({ cause: 'damaged-zip' });
    const partial = new IncompleteRead({ cause: 'worksheets', read: 6, expected: 8 });
    expect(partial.message).toBe('6 of 8 worksheets were read');
    expect(workbookFailure(partial)).toEqual({ cause: 'worksheets', read: 6, expected: 8 });
    expect(new IncompleteRead({ cause: 'workbook-part' }).message).toBe('the workbook part (xl/workbook.xml) was not read');
  });
});

describe('containerOf', () => {
  const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  it('tells an encrypted .xlsx (an EncryptedPackage stream) from a legacy .xls', () => {
    expect(containerOf(Buffer.concat([ole2, Buffer.alloc(100), Buffer.from('EncryptedPackage', 'utf16le')]))).toBe('encrypted');
    expect(containerOf(Buffer.concat([ole2, Buffer.alloc(100), Buffer.from('Workbook', 'utf16le')]))).toBe('ole2');
  });
});
