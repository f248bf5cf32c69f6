import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  configSchema,
  defaultConfig,
  loadConfig,
  normalizeConfig,
  parseConfig,
  resolveRuleOptions,
} from '../../src/config/index.js';
import { jsonErrorOffset } from '../../src/config/load.js';
import { editDistance, suggest } from '../../src/config/suggest.js';
import { InputError } from '../../src/model/input.js';
import { RULES } from '../../src/rules/index.js';
import { renderFinding } from '../../src/model/rule.js';
import { formatRuleList, listRules } from '../../src/config/listing.js';

const F = 'charter-audit.config.json';

/** The INVALID_CONFIG message a raw config produces. */
function errorOf(raw: unknown): string {
  try {
    normalizeConfig(raw, F);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('INVALID_CONFIG');
    expect((err as InputError).file).toBe(F);
    return (err as InputError).message;
  }
  throw new Error('expected an INVALID_CONFIG error');
}

describe('normalizeConfig: valid files', () => {
  it('an empty object is the defaults', () => {
    expect(normalizeConfig({}, F)).toEqual({ ...defaultConfig(), file: F });
  });

  it('resolves aliases and merges overrides over the defaults', () => {
    const c = normalizeConfig(
      { rules: { P001: { hours: 2 }, 'answer-rate': { target: 0.9, severity: 'warning' }, rings: 'off' } },
      F,
    );
    expect(c.rules['payment.four-hours']).toEqual({ enabled: true, severity: 'error', options: { hours: 2 } });
    expect(c.rules['call.answer-rate']).toEqual({ enabled: true, severity: 'warning', options: { target: 0.9 } });
    expect(c.rules['call.rings']!.enabled).toBe(false);
    expect(c.rules['call.service-level']!.options).toEqual({ target: 0.8, seconds: 20 });
  });

  it('accepts a severity string as the whole entry', () => {
    expect(normalizeConfig({ rules: { 'complaint.survey': 'error' } }, F).rules['complaint.survey']).toMatchObject({
      enabled: true,
      severity: 'error',
    });
  });

  it('dependent rules follow the deadlines they judge against, unless set themselves', () => {
    const c = normalizeConfig(
      { rules: { inquiry: { hours: 4 }, 'payment.four-hours': { hours: 6 }, 'complaint.delay-notice': { petitionHours: 16 } } },
      F,
    );
    expect(c.rules['complaint.delay-notice']!.options).toEqual({
      inquiryHours: 4,
      petitionHours: 16,
      improvementHours: 24,
      hoursPerDay: 8,
      dayBasedFrom: 6,
      pauseCounting: 'working-time',
      transferClock: 'transfer',
      extensionNoticeWithin: 'deadline',
      extensionNoticeHours: 3,
    });
    expect(c.rules['payment.hold-notice']!.options).toEqual({ hours: 6, noticeWithin: 'deadline', noticeHours: 3 });
    expect(c.rules['complaint.extension']!.options).toMatchObject({ inquiryHours: 4, petitionHours: 40, noticeHours: 3 });
  });

  it('immediateHours (즉시), pauseCounting and transferClock set every rule that follows them, unless the rule sets its own', () => {
    const c = normalizeConfig(
      {
        immediateHours: 2,
        pauseCounting: 'whole-days',
        transferClock: 'receipt',
        rules: { 'complaint.petition': { pauseCounting: 'working-time' }, 'complaint.extension': { noticeWithin: 'hours' } },
      },
      F,
    );
    expect(c).toMatchObject({ immediateHours: 2, pauseCounting: 'whole-days', transferClock: 'receipt' });
    expect(c.rules['payment.hold-notice']!.options.noticeHours).toBe(2);
    expect(c.rules['complaint.extension']!.options).toMatchObject({
      noticeWithin: 'hours',
      noticeHours: 2,
      pauseCounting: 'whole-days',
    });
    expect(c.rules['complaint.inquiry']!.options).toMatchObject({
      pauseCounting: 'whole-days',
      transferClock: 'receipt',
      extensionNoticeWithin: 'hours',
      extensionNoticeHours: 2,
    });
    expect(c.rules['complaint.petition']!.options.pauseCounting).toBe('working-time');
    expect(
      normalizeConfig({ rules: { 'payment.hold-notice': { noticeHours: 5 } }, immediateHours: 2 }, F).rules[
        'payment.hold-notice'
      ]!.options.noticeHours,
    ).toBe(5);
    const d = defaultConfig();
    expect(d).toMatchObject({ immediateHours: 3, pauseCounting: 'working-time', transferClock: 'transfer' });
  });

  it('puts standardDays into contract.standard-days and lifts its precondition', () => {
    const rule = RULES.find((r) => r.meta.id === 'contract.standard-days')!;
    const off = resolveRuleOptions(defaultConfig()).find((r) => r.rule === rule)!;
    expect(renderFinding(rule.meta.messages, rule.precondition!(off.options)!.messageId, {}, 'en')).toMatch(
      /^not evaluated: no standard-days table in the config/,
    );
    const c = normalizeConfig({ standardDays: { total: 10, 'total/construction': 15 } }, F);
    expect(c.standardDays).toEqual({ total: 10, 'total/construction': 15 });
    expect(c.rules['contract.standard-days']!.options).toEqual({ table: { total: 10, 'total/construction': 15 } });
    expect(rule.precondition!(c.rules['contract.standard-days']!.options)).toBeUndefined();
  });

  it('normalises columns: a flat map applies to every kind, a per-kind map to its kind', () => {
    expect(normalizeConfig({ columns: { '민원 접수 일시': 'received_at' } }, F).columns).toEqual({
      '*': { '민원 접수 일시': 'received_at' },
    });
    expect(normalizeConfig({ columns: { calls: { 'ACD 대기(초)': 'wait_seconds' } } }, F).columns).toEqual({
      calls: { 'ACD 대기(초)': 'wait_seconds' },
    });
  });

  it('resolves holidays next to the config file; keeps workingHours and granularity', () => {
    const c = normalizeConfig(
      { holidays: 'holidays.csv', workingHours: ['09:00-12:00', '13:00-17:00'], granularity: 'quarter' },
      '/etc/ca/c.json',
    );
    expect(c).toMatchObject({
      holidays: '/etc/ca/holidays.csv',
      workingHours: ['09:00-12:00', '13:00-17:00'],
      granularity: 'quarter',
    });
    expect(normalizeConfig({ holidays: '/abs/h.json' }, 'conf/c.json').holidays).toBe('/abs/h.json');
    expect(normalizeConfig({ holidays: './h.json' }, 'conf/c.json').holidays).toBe('conf/h.json');
  });

  it('resolveRuleOptions lists every rule in id order', () => {
    const list = resolveRuleOptions(normalizeConfig({ rules: { rings: 'off' } }, F));
    expect(list.map((r) => r.rule.meta.id)).toEqual(RULES.map((r) => r.meta.id));
    expect(list.find((r) => r.rule.meta.id === 'call.rings')).toMatchObject({
      enabled: false,
      severity: 'warning',
      options: { maxRings: 3 },
    });
  });
});

describe('a list option (activity.regional-meeting regions, issue 14)', () => {
  it('defaults to empty and takes the names trimmed, in order', () => {
    expect(normalizeConfig({}, F).rules['activity.regional-meeting']!.options).toEqual({ regions: [], perYear: 1 });
    const c = normalizeConfig({ rules: { A001: { regions: [' 부산지방조달청 ', '서울지방조달청'] } } }, F);
    expect(c.rules['activity.regional-meeting']!.options.regions).toEqual(['부산지방조달청', '서울지방조달청']);
  });
});

describe('normalizeConfig: errors name the file, the JSON path, what was found and what is accepted', () => {
  it.each([
    [[], 'charter-audit.config.json: found an array; expected a JSON object at the top level'],
    [
      { granularty: 'month' },
      'charter-audit.config.json: unknown key "granularty"; did you mean "granularity"?; accepted: workingHours, granularity, rules, standardDays, columns, holidays, immediateHours, pauseCounting, transferClock, values',
    ],
    [
      { granularity: 'week' },
      'charter-audit.config.json: granularity: found "week" (a string); expected "month", "quarter" or "day"',
    ],
    [
      { pauseCounting: 'days' },
      'charter-audit.config.json: pauseCounting: found "days" (a string); expected one of "working-time", "whole-days"',
    ],
    [{ transferClock: 1 }, 'charter-audit.config.json: transferClock: found 1 (a number); expected one of "transfer", "receipt"'],
    [
      { immediateHours: 0 },
      'charter-audit.config.json: immediateHours: found 0 (a number); expected a number greater than 0 of at most 24',
    ],
    [
      { rules: { 'payment.four-hours': { hours: '4' } } },
      'charter-audit.config.json: rules["payment.four-hours"].hours: found "4" (a string); expected a number greater than 0',
    ],
    [
      { rules: { 'payment.four-hours': { hours: 0 } } },
      'charter-audit.config.json: rules["payment.four-hours"].hours: found 0 (a number); expected a number greater than 0',
    ],
    [
      { rules: { 'payment.four-hour': 'off' } },
      'charter-audit.config.json: rules["payment.four-hour"] is not a rule; did you mean "payment.four-hours"?; run "charter-audit rules" for the list',
    ],
    [
      { rules: { 'call.answer-rate': { traget: 0.9 } } },
      'charter-audit.config.json: rules["call.answer-rate"].traget is not an option of call.answer-rate; did you mean "target"?; accepted: severity, enabled, target',
    ],
    [
      { rules: { 'call.answer-rate': { target: 95 } } },
      'charter-audit.config.json: rules["call.answer-rate"].target: found 95 (a number); expected a number from 0 to 1',
    ],
    [
      { rules: { 'call.rings': { maxRings: 2.5 } } },
      'charter-audit.config.json: rules["call.rings"].maxRings: found 2.5 (a number); expected a whole number of at least 1',
    ],
    [
      { rules: { 'payment.hold-notice': { noticeWithin: 'now' } } },
      'charter-audit.config.json: rules["payment.hold-notice"].noticeWithin: found "now" (a string); expected one of "deadline", "hours"',
    ],
    [
      { rules: { 'complaint.survey': { severity: 'fatal' } } },
      'charter-audit.config.json: rules["complaint.survey"].severity: found "fatal" (a string); expected "error" or "warning"',
    ],
    [
      { rules: { 'complaint.survey': true } },
      'charter-audit.config.json: rules["complaint.survey"]: found true (a boolean); expected "off", "on", "error", "warning" or an object of options',
    ],
    [
      { rules: { P001: 'off', 'payment.four-hours': { hours: 3 } } },
      'charter-audit.config.json: rules["payment.four-hours"] sets payment.four-hours again (already set as "P001"); set each rule once',
    ],
    [
      { rules: { 'contract.standard-days': { table: { total: 10 } } } },
      'charter-audit.config.json: rules["contract.standard-days"].table is set with the top-level "standardDays", not inside rules',
    ],
    [
      { standardDays: { total: 0 } },
      'charter-audit.config.json: standardDays.total: found 0 (a number); expected a whole number of at least 1',
    ],
    [
      { standardDays: { 'total/good': 10 } },
      'charter-audit.config.json: standardDays["total/good"] has category "good"; expected one of goods, construction, electrical, telecom, service (or 물품, 시설공사, 전기공사, 통신공사, 용역); did you mean "goods"?',
    ],
    [
      { workingHours: ['13:00-18:00', '09:00-12:00'] },
      'charter-audit.config.json: workingHours[1]: found "09:00-12:00" (a string); expected a non-empty array of "HH:MM-HH:MM" intervals, ascending and not overlapping, e.g. ["09:00-12:00", "13:00-18:00"]',
    ],
    [
      { columns: { '접수 일시': 'recieved_at' } },
      'charter-audit.config.json: columns["접수 일시"]: found "recieved_at" (a string); expected a canonical column; did you mean "received_at"?',
    ],
    [
      { columns: { call: { 대기: 'wait_seconds' } } },
      'charter-audit.config.json: columns.call is not a kind; did you mean "calls"?; expected complaints, payments, contracts, calls, activities (or a flat { header: column } map)',
    ],
    [
      { columns: { calls: { 대기: 'received_at' } } },
      'charter-audit.config.json: columns.calls["대기"]: found "received_at" (a string); expected a canonical calls column',
    ],
    [
      { rules: { 'activity.regional-meeting': { regions: '서울지방조달청' } } },
      'charter-audit.config.json: rules["activity.regional-meeting"].regions: found "서울지방조달청" (a string); expected an array of names, e.g. ["서울", "부산"]',
    ],
    [
      { rules: { A001: { regions: ['서울', ' '] } } },
      'charter-audit.config.json: rules.A001.regions[1]: found " " (a string); expected a non-empty name',
    ],
    [
      { rules: { 'regional-meeting': { regions: ['서울', ' 서울'] } } },
      'charter-audit.config.json: rules["regional-meeting"].regions[1] names "서울" again; list each name once',
    ],
    [
      { holidays: 3 },
      'charter-audit.config.json: holidays: found 3 (a number); expected a path to a holidays file (CSV or JSON), relative to the config file',
    ],
  ] as const)('%j', (raw, message) => {
    expect(errorOf(raw)).toBe(message);
  });
});

describe('parseConfig and loadConfig', () => {
  it('reports JSON syntax errors with line and column', () => {
    expect(() => parseConfig('{\n  "granularity": month\n}', F)).toThrowError(
      /^charter-audit\.config\.json:2:18: not valid JSON/,
    );
  });

  it.each([
    ['{"a": [1, 2.5e3, "x\\n", true, null]}', -1],
    ['{"a": 1,}', 8],
    ['{"a": 01}', 7],
    ['[1] x', 4],
    ['{"a" 1}', 5],
  ])('finds the first syntax error in %s at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    let valid = true;
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
    expect(valid).toBe(offset === -1);
  });

  it('accepts a UTF-8 BOM', () => {
    expect(parseConfig('\uFEFF{"granularity":"day"}', F).granularity).toBe('day');
  });

  it('reads a file relative to cwd and resolves holidays to an absolute path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca-config-'));
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ holidays: 'h.csv', rules: { rings: 'off' } }));
    const c = await loadConfig('c.json', dir);
    expect(c.file).toBe('c.json');
    expect(c.holidays).toBe(join(dir, 'h.csv'));
    await expect(loadConfig('missing.json', dir)).rejects.toThrowError(
      'missing.json: no such file; pass an existing JSON file with --config',
    );
  });
});

describe('suggestions', () => {
  it('measures edits and suggests close names only', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(suggest('servce-level', ['call.service-level', 'call.rings'])).toBe('call.service-level');
    expect(suggest('zzz', ['call.rings'])).toBeUndefined();
  });
});

describe('schema and rule listing', () => {
  it('the schema names every rule id and alias and each option with its default', () => {
    const rules = (
      configSchema().properties.rules as {
        properties: Record<string, { oneOf: [unknown, { properties: Record<string, { default?: unknown }> }] }>;
      }
    ).properties;
    for (const r of RULES) for (const n of [r.meta.id, ...r.meta.aliases]) expect(rules[n]).toBeDefined();
    expect(rules['payment.four-hours']!.oneOf[1].properties.hours!.default).toBe(4);
  });

  it('lists rules with effective options, stable keys, Korean clauses', () => {
    const list = listRules(normalizeConfig({ rules: { rings: 'off', P001: { hours: 2 } } }, F));
    expect(Object.keys(list[0]!)).toEqual([
      'id',
      'aliases',
      'kind',
      'reads',
      'scope',
      'title',
      'threshold',
      'options',
      'severity',
      'enabled',
      'basis',
      'clause',
      'requires',
    ]);
    expect(list.find((r) => r.id === 'payment.four-hours')!.options).toEqual({ hours: 2 });
    expect(list.find((r) => r.id === 'contract.happy-call')!.reads).toEqual(['calls']);
    const text = formatRuleList(list, 'ko');
    expect(text).toContain('call.rings');
    expect(text).toContain('「전화는 벨이 세 번 울리기 전에 신속하게 받고 명랑한 목소리로 소속과 이름을 밝히겠습니다.」');
    expect(text).toContain('기준: 4근무시간');
    expect(formatRuleList(list, 'en')).toContain('Department phones answered within 3 rings');
  });
});
