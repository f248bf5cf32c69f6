/**
 * The rule list as `charter-audit rules` prints it: JSON rows and a plain-text listing.
 */
import { type Config, resolveRuleOptions } from './normalize.js';
import type { Lang } from '../model/rule.js';
import { KIND_KO, type Kind } from '../model/records.js';
import { displayWidth } from '../report/box.js';
import { labels } from '../report/i18n.js';

/** One rule as `charter-audit rules --json` prints it (key order is part of the contract). */
export interface RuleListing {
  id: string;
  aliases: readonly string[];
  kind: string;
  reads: readonly string[];
  scope: 'record' | 'aggregate';
  title: { ko: string; en: string };
  threshold: { ko: string; en: string };
  /** The effective options: defaults, or the config's when `--config` is given. */
  options: Readonly<Record<string, unknown>>;
  severity: string;
  enabled: boolean;
  basis: string;
  clause: string;
  requires: readonly string[];
}

/**
 * The listing of every rule in id order, with the config applied.
 *
 * @example listRules(defaultConfig())[0].id // => 'call.answer-rate'
 */
export function listRules(config: Config): RuleListing[] {
  return resolveRuleOptions(config).map(({ rule, enabled, severity, options }) => {
    const m = rule.meta;
    return {
      id: m.id,
      aliases: m.aliases,
      kind: m.kind,
      reads: [...m.reads, ...(rule.optionalReads ?? [])],
      scope: m.scope,
      title: { ko: m.title.ko, en: m.title.en },
      threshold: { ko: m.threshold.ko, en: m.threshold.en },
      options,
      severity,
      enabled,
      basis: m.basis,
      clause: m.clause,
      requires: m.requires,
    };
  });
}

const LABELS = {
  ko: { threshold: '기준', severity: '심각도', basis: '근거', aliases: '별칭', off: '꺼짐', options: '옵션' },
  en: { threshold: 'threshold', severity: 'severity', basis: 'basis', aliases: 'aliases', off: 'off', options: 'options' },
} as const;

const pad = (s: string, to: number) => s + ' '.repeat(Math.max(0, to - displayWidth(s)));

/**
 * A rule's kind, severity (or off) and basis as its listing's first line shows them: the meta's
 * own names in English (as `--json` prints them), the reports' Korean words in Korean.
 *
 * @example ruleHeadWords({ kind: 'payments', severity: 'error', enabled: true, basis: 'charter' }, 'ko') // => ['대금지급', '오류', '조달서비스헌장']
 */
export function ruleHeadWords(
  r: Pick<RuleListing, 'kind' | 'severity' | 'enabled' | 'basis'>,
  lang: Lang,
): [string, string, string] {
  const l = LABELS[lang];
  if (lang === 'en') return [r.kind, r.enabled ? r.severity : l.off, r.basis];
  const words = labels(lang);
  const kind = r.kind in KIND_KO ? KIND_KO[r.kind as Kind] : r.kind;
  const severity = (words.severities as Readonly<Record<string, string>>)[r.severity] ?? r.severity;
  const basis = (words.bases as Readonly<Record<string, string>>)[r.basis] ?? r.basis;
  return [kind, r.enabled ? severity : l.off, basis];
}

/**
 * The rule list for people: one block per rule, the clause in Korean.
 *
 * @example formatRuleList(listRules(defaultConfig()), 'en').startsWith('call.answer-rate') // => true
 */
export function formatRuleList(rules: readonly RuleListing[], lang: Lang): string {
  const l = LABELS[lang];
  const width = Math.max(...rules.map((r) => r.id.length));
  const out: string[] = [];
  for (const r of rules) {
    const [kind, state, basis] = ruleHeadWords(r, lang);
    out.push(`${r.id.padEnd(width)}  ${pad(kind, 10)}  ${pad(state, 7)}  ${basis}`);
    out.push(`  ${r.title[lang]}`);
    out.push(`  ${l.threshold}: ${r.threshold[lang]}`);
    const opts = Object.entries(r.options)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(', ');
    if (opts) out.push(`  ${l.options}: ${opts}`);
    out.push(`  ${l.aliases}: ${r.aliases.join(', ')}`);
    out.push(`  「${r.clause}」`);
    out.push('');
  }
  return out.join('\n');
}
