/** Reading the law's complaint columns (issue 13): Korean headers, numbered pauses, extensions, transfers. */
import { describe, expect, it } from 'vitest';
import { kstInstant } from '../../src/calendar/kst.js';
import { readText } from '../../src/ingest/reader.js';
import type { ComplaintRecord } from '../../src/model/records.js';
import { enOf } from '../helpers/messages.js';

function read(text: string) {
  return readText(text, 'f.csv', {});
}
const at = (y: number, mo: number, d: number, h: number, mi: number) => kstInstant(y, mo, d, h, mi);

describe("the law's complaint columns", () => {
  it('reads every one from its Korean header', () => {
    const r = read(
      '민원번호,접수일시,처리일시,보완요구일시,보완접수일시,2차보완요구일시,2차보완접수일시,3차보완요구일시,3차보완접수일시,' +
        '연장일시,연장처리기한,연장일수,연장통지일시,연장사유,연장동의,2차연장일시,2차연장처리기한,2차연장일수,2차연장통지일시,2차연장사유,2차연장동의,' +
        '이송일시,이송기관,이송통지일시,진행상황통지일시\n' +
        'C-1,2025-03-04 09:00,2025-04-30 10:00,2025-03-04 10:00,2025-03-04 11:00,2025-03-05 10:00,2025-03-05 11:00,2025-03-06 10:00,2025-03-06 11:00,' +
        '2025-03-07 09:00,2025-03-14 00:00,,2025-03-07 10:00,관계부서 협의,X,2025-03-13 09:00,,3일,2025-03-13 10:00,현장 확인,O,' +
        '2025-03-04 10:30,국민권익위원회,2025-03-04 11:00,2025-04-01 10:00\n',
    );
    expect(r.rejections).toEqual([]);
    expect(r.records[0]).toMatchObject<Partial<ComplaintRecord>>({
      supplementRequestedAt2: at(2025, 3, 5, 10, 0),
      supplementReceivedAt2: at(2025, 3, 5, 11, 0),
      supplementRequestedAt3: at(2025, 3, 6, 10, 0),
      supplementReceivedAt3: at(2025, 3, 6, 11, 0),
      extendedAt: at(2025, 3, 7, 9, 0),
      extendedUntil: at(2025, 3, 14, 0, 0),
      extensionDays: null,
      extensionNotifiedAt: at(2025, 3, 7, 10, 0),
      extensionReason: '관계부서 협의',
      extensionConsent: false,
      extendedAt2: at(2025, 3, 13, 9, 0),
      extendedUntil2: null,
      extensionDays2: 3,
      extensionNotifiedAt2: at(2025, 3, 13, 10, 0),
      extensionReason2: '현장 확인',
      extensionConsent2: true,
      transferredAt: at(2025, 3, 4, 10, 30),
      transferredTo: '국민권익위원회',
      transferNotifiedAt: at(2025, 3, 4, 11, 0),
      progressNotifiedAt: at(2025, 4, 1, 10, 0),
    });
  });

  it('rejects a second or third supplement arrival without its request, or before it, naming the columns', () => {
    const r = read(
      'id,received_at,supplement_requested_at_2,supplement_received_at_2,supplement_requested_at_3,supplement_received_at_3,transferred_at\n' +
        'C-1,2025-03-04 09:00,,2025-03-05 11:00,,,\n' +
        'C-2,2025-03-04 09:00,,,2025-03-06 10:00,2025-03-06 09:00,\n' +
        'C-3,2025-03-04 09:00,,,,,2025-03-03 10:00\n' +
        'C-4,2025-03-04 09:00,2025-03-05 10:00,,,,\n',
    );
    expect(r.rejections.map((x) => [x.line, x.code])).toEqual([
      [2, 'MISSING_REQUIRED'],
      [3, 'END_BEFORE_START'],
      [4, 'END_BEFORE_START'],
    ]);
    expect(enOf(r.rejections[0])).toContain('supplement_received_at_2');
    expect(enOf(r.rejections[0])).toContain('supplement_requested_at_2');
    expect(enOf(r.rejections[1])).toContain('supplement_received_at_3');
    expect(enOf(r.rejections[2])).toContain('transferred_at');
    expect(r.records.map((x) => x.id)).toEqual(['C-4']);
  });
});
