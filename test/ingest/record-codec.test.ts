import { describe, expect, it } from 'vitest';
import { EVENT, RecordDecoder, RecordEncoder } from '../../src/ingest/record-codec.js';
import { readText } from '../../src/ingest/reader.js';
import { recordFields } from '../../src/ingest/rows.js';

/** Replays every batch of an encoder into a list of [tag, payload] in order. */
function roundTrip(kind: 'calls' | 'payments', file: string, events: [number, unknown][], capacity: number) {
  const fields = recordFields(kind);
  const enc = new RecordEncoder(kind, fields, capacity);
  const dec = new RecordDecoder(kind, file, fields);
  const out: [number, unknown][] = [];
  const target = {
    record: (r: Record<string, unknown>) => out.push([EVENT.record, r]),
    other: (t: number, p: unknown) => out.push([t, p]),
  };
  for (const [tag, payload] of events) {
    if (tag === EVENT.record) enc.record(payload as Record<string, unknown>);
    else enc.other(tag, payload);
    if (enc.size >= capacity) {
      // A batch goes through structured clone, as postMessage sends it.
      dec.replay(structuredClone(enc.take()!), target);
    }
  }
  const last = enc.take();
  if (last) dec.replay(structuredClone(last), target);
  return out;
}

const CALLS =
  'id,arrived_at,answered_at,wait_seconds,queue,direction,wait_announced,topic,agent_id\n' +
  '1,2025-03-04 09:00:00,2025-03-04 09:00:30,30,callcenter,inbound,Y,나라장터,A1\n' +
  '2,2025-03-04 09:01:00,,,callcenter,inbound,,,\n' +
  '3,2025-03-04 09:02:00,2025-03-04 09:02:10,x,callcenter,inbound,N,나라장터,A1\n' + // unreadable wait
  '4,2025-03-04 09:03:00,2025-03-04 09:02:00,1,callcenter,inbound,N,물품,A2\n' + // rejected
  '5,2025-03-04 09:04:00,2025-03-04 09:04:05,5,callcenter,outbound,N,물품,A2\n';

describe('records in columns between threads', () => {
  it('gives back the reader\u2019s records, rejections and warnings, equal and in order, whatever the batch size', () => {
    const read = readText(CALLS, 'c.csv');
    expect(read.records.some((r) => r.unreadable !== undefined)).toBe(true);
    expect(read.rejections).toHaveLength(1);
    // The sink's calls in the order the reader made them.
    const events: [number, unknown][] = [];
    for (const r of read.records) events.push([EVENT.record, r]);
    events.splice(3, 0, [EVENT.reject, read.rejections[0]], [EVENT.warn, { code: 'W', line: 4 }], [EVENT.summary, 9]);
    for (const capacity of [1, 2, 3, 100]) {
      const out = roundTrip('calls', 'c.csv', events, capacity);
      expect(out).toEqual(events);
      // Same key order as the reader's records, so reports that walk a record agree too.
      const records = out.filter(([t]) => t === EVENT.record).map(([, r]) => JSON.stringify(r));
      expect(records).toEqual(read.records.map((r) => JSON.stringify(r)));
    }
  });

  it('keeps null, false, -0 and repeated words apart, and sends a value of an unexpected type whole', () => {
    const fields = recordFields('payments');
    const base = Object.fromEntries(fields.map((f) => [f, null])) as Record<string, unknown>;
    const a = {
      kind: 'payments',
      file: 'p.csv',
      line: 2,
      id: 'P-1',
      ...base,
      claimedAt: 0,
      amount: -0,
      payer: 'pps',
      department: '구매과',
    };
    const b = { ...a, line: 3, id: 'P-2', amount: 5, department: '구매과' };
    const odd = { ...a, line: 4, id: 'P-3', amount: 'lots' };
    const c = { ...a, line: 5, id: 'P-4', department: null };
    const events: [number, unknown][] = [a, b, odd, c].map((r) => [EVENT.record, r]);
    const out = roundTrip('payments', 'p.csv', events, 10);
    expect(out).toEqual(events);
    expect(Object.is((out[0]![1] as { amount: number }).amount, -0)).toBe(true);
  });
});
