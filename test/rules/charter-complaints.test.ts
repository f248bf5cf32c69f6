import { describe, expect, it } from 'vitest';
import { complaintCareCall, isCareCallTarget } from '../../src/rules/complaint-care-call.js';
import { call, complaint, run } from './factory.js';

// Hand-worked in test/rules/README.md, "complaint.care-call".
describe('complaint.care-call', () => {
  it('targets 진정, 건의 and the 청장과의 대화방 / 불친절 신고방 boards', () => {
    expect(isCareCallTarget({ type: 'petition', board: null })).toBe(true);
    expect(isCareCallTarget({ type: 'suggestion', board: null })).toBe(true);
    expect(isCareCallTarget({ type: 'inquiry', board: '청장과의 대화방' })).toBe(true);
    expect(isCareCallTarget({ type: 'other', board: '불친절신고방' })).toBe(true);
    expect(isCareCallTarget({ type: 'inquiry', board: '자유게시판' })).toBe(false);
    expect(isCareCallTarget({ type: 'improvement', board: null })).toBe(false);
  });

  it('matches outbound care calls by complaint id or party id, at or after receipt', () => {
    const cc1 = complaint({ type: 'petition', partyId: 'M1', receivedAt: '2024-09-02 10:00' });
    const cc2 = complaint({ type: 'suggestion', receivedAt: '2024-09-02 10:00' });
    const cc3 = complaint({ type: 'petition', partyId: 'M3', receivedAt: '2024-09-02 10:00' });
    const cc4 = complaint({ type: 'inquiry', board: '청장과의 대화방', receivedAt: '2024-09-02 10:00' });
    const cc5 = complaint({ type: 'inquiry', receivedAt: '2024-09-02 10:00' });
    const cc6 = complaint({ type: 'petition', partyId: 'M6', receivedAt: '2024-09-02 10:00' });
    const cc7 = complaint({ type: 'petition', receivedAt: '2024-09-02 10:00' });
    const { outcomes, finish } = run(complaintCareCall, [
      cc1,
      cc2,
      cc3,
      cc4,
      cc5,
      cc6,
      cc7,
      call({ direction: 'outbound', purpose: 'care', partyId: 'M1', arrivedAt: '2024-09-03 10:00' }), // CC1 by party
      call({ direction: 'outbound', purpose: 'care', complaintId: cc2.id, arrivedAt: '2024-09-02 10:00' }), // CC2 by id, same minute
      call({ direction: 'outbound', purpose: 'care', partyId: 'M3', arrivedAt: '2024-08-30 10:00' }), // CC3: before receipt
      call({ direction: 'inbound', purpose: 'care', partyId: 'M6', arrivedAt: '2024-09-03 10:00' }), // CC6: inbound
      call({ direction: 'outbound', purpose: 'happy', partyId: 'M6', arrivedAt: '2024-09-03 10:00' }), // CC6: happy call
      call({ direction: 'outbound', purpose: 'care', partyId: 'M1', arrivedAt: '2024-09-03 11:00' }), // CC7 has no party id
    ]);
    expect(outcomes).toEqual([]); // judged at the end, when every call is in
    expect(finish.passes).toEqual([
      { start: cc1.receivedAt, department: null },
      { start: cc2.receivedAt, department: null },
    ]);
    expect(finish.findings!.map((f) => [f.recordId, f.message.en])).toEqual([
      [
        cc3.id,
        '진정 (petition) received 2024-09-02 10:00 but no outbound Care Call to the complaint or its complainant M3 since',
      ],
      [
        cc4.id,
        'complaint on 청장과의 대화방 received 2024-09-02 10:00 but no outbound Care Call to the complaint or its complainant since',
      ],
      [
        cc6.id,
        '진정 (petition) received 2024-09-02 10:00 but no outbound Care Call to the complaint or its complainant M6 since',
      ],
      [cc7.id, '진정 (petition) received 2024-09-02 10:00 but no outbound Care Call to the complaint or its complainant since'],
    ]);
  });
});
