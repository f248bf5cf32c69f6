/**
 * charter-audit as a library: the CLI is a shell around these functions.
 *
 * @example
 * import { audit } from 'charter-audit';
 * const result = await audit(['payments.csv'], { quarter: '2025Q2', asOf: '2025-07-01' });
 */
export { audit, auditStream, prepareAudit } from './api/audit.js';
export { explain } from './api/explain.js';
export { parseAsOf, quarterRange, resolvePeriod, type Period } from './api/period.js';
export { openText } from './api/prepare.js';
export { findConfig, loadSetup, setupFrom, statutorySplit, type Setup } from './api/setup.js';
export type { AuditOptions, AuditSource, Notice, PreparedAudit, RunHooks } from './api/types.js';
export { createCalendar, defaultCalendar, type CalendarOptions } from './calendar/calendar.js';
export type { HolidayOverrides } from './calendar/overrides.js';
export { parseHolidayFile } from './ingest/holiday-file.js';
export type { DayNumber, Instant } from './calendar/kst.js';
export { defaultConfig, loadConfig, normalizeConfig, parseConfig, type Config } from './config/index.js';
export { CalendarRangeError, type WorkingCalendar } from './model/calendar.js';
export { UsageError } from './model/errors.js';
export { InputError, type OpenedInput, type ReadOptions } from './model/input.js';
export { KINDS, type Kind } from './model/records.js';
export type { Message, MessageCode, MessageData } from './model/messages.js';
export { renderMessage } from './messages/catalog.js';
export { findingText, renderFinding } from './model/rule.js';
export { ALLOWANCE_BANDS } from './model/result.js';
export type {
  Aggregate,
  AllowanceUse,
  AuditResult,
  BreakdownRow,
  GroupBy,
  InputSummary,
  Rejection,
  RuleSummary,
  Violation,
  Warning,
  WatchItem,
  WatchList,
} from './model/result.js';
export { parseWorkingDuration } from './format/index.js';
export type { FindingData, FindingMessage, FindingMessages, FindingTemplate, Lang, Localized, Severity } from './model/rule.js';
export { formatJson, ndjsonLine } from './report/json.js';
export { RULES } from './rules/index.js';
export type { AggregateFlip, Verdict, VariantOutcome, VerdictFlip, WhatIfResult } from './model/whatif.js';
export { readings, type Reading } from './whatif/readings.js';
export { compareReports, parseReport, renderDiff, IncomparableError, type AuditReport, type ReportDiff } from './diff/index.js';
