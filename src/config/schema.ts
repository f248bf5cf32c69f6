/**
 * A JSON-Schema (draft 2020-12) description of `charter-audit.config.json`, built from the rule
 * registry so it never drifts from what `normalizeConfig` accepts. For the README and editors.
 */
import { COLUMNS, FLAG_WORDS, KINDS, columnsOf } from '../model/records.js';
import { RULES } from '../rules/index.js';
import type { OptionSpec } from '../rules/shared.js';
import {
  DEFAULT_PAUSE_COUNTING,
  DEFAULT_TRANSFER_CLOCK,
  IMMEDIATE_HOURS,
  PAUSE_COUNTINGS,
  TRANSFER_CLOCKS,
} from '../rules/law.js';
import { CATEGORIES, GRANULARITIES } from './normalize.js';

type Schema = Record<string, unknown>;

function optionSchema(spec: OptionSpec, def: unknown): Schema {
  switch (spec.type) {
    case 'number': {
      const s: Schema = { type: spec.integer ? 'integer' : 'number', description: spec.description, default: def };
      if (spec.min !== undefined) s.minimum = spec.min;
      if (spec.above !== undefined) s.exclusiveMinimum = spec.above;
      if (spec.max !== undefined) s.maximum = spec.max;
      return s;
    }
    case 'enum':
      return { enum: [...spec.values], description: spec.description, default: def };
    case 'list':
      return {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        uniqueItems: true,
        description: spec.description,
        default: def,
      };
    case 'table':
      return { $ref: '#/$defs/standardDays', description: spec.description };
  }
}

/**
 * The schema object.
 *
 * @example configSchema().properties.granularity // => { enum: ['month', 'quarter', 'day'], … }
 */
export function configSchema(): Schema & { properties: Record<string, Schema> } {
  const rules: Record<string, Schema> = {};
  for (const rule of RULES) {
    const props: Record<string, Schema> = {
      severity: { enum: ['error', 'warning'], default: rule.meta.severity },
      enabled: { type: 'boolean', default: true },
    };
    for (const [k, spec] of Object.entries(rule.optionSpecs)) {
      if (spec.type !== 'table') props[k] = optionSchema(spec, rule.defaults[k]);
    }
    const entry: Schema = {
      description: `${rule.meta.title.en} (aliases: ${rule.meta.aliases.join(', ')})`,
      oneOf: [{ enum: ['off', 'on', 'error', 'warning'] }, { type: 'object', properties: props, additionalProperties: false }],
    };
    for (const name of [rule.meta.id, ...rule.meta.aliases]) rules[name] = entry;
  }
  const columnMap = (cols: readonly string[]): Schema => ({
    type: 'object',
    additionalProperties: { enum: [...cols] },
  });
  const allColumns = [...new Set(KINDS.flatMap((k) => COLUMNS[k] as readonly string[]))];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'charter-audit.config.json',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      workingHours: {
        type: 'array',
        minItems: 1,
        items: { type: 'string', pattern: '^\\d{2}:\\d{2}-\\d{2}:\\d{2}$' },
        default: ['09:00-12:00', '13:00-18:00'],
        description: 'working intervals per working day, ascending, not overlapping',
      },
      granularity: { enum: [...GRANULARITIES], default: 'month', description: 'period of the aggregate rules' },
      rules: {
        type: 'object',
        properties: rules,
        additionalProperties: false,
        description: 'per rule id or alias: "off", a severity, or an object of options',
      },
      standardDays: { $ref: '#/$defs/standardDays' },
      columns: {
        description: 'header renames: { header: column } for every kind, or { kind: { header: column } }',
        oneOf: [
          columnMap(allColumns),
          {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(KINDS.map((k) => [k, columnMap(COLUMNS[k])])),
          },
        ],
      },
      holidays: { type: 'string', description: 'holidays file (CSV "date,name" or JSON), relative to the config file' },
      values: {
        type: 'object',
        additionalProperties: false,
        description: 'an office\'s own value words: { kind: { column: { "their word": "canonical value" } } }',
        properties: Object.fromEntries(
          KINDS.map((k) => [
            k,
            {
              type: 'object',
              additionalProperties: false,
              properties: Object.fromEntries(
                columnsOf(k)
                  .filter((c) => (c.type === 'vocabulary' && c.values !== undefined) || c.type === 'flag')
                  .map((c) => {
                    const values: Readonly<Record<string, readonly string[]>> = c.type === 'flag' ? FLAG_WORDS : c.values!;
                    return [
                      c.column,
                      {
                        type: 'object',
                        description: `${c.ko}: their word → ${Object.keys(values).join(', ')} (or the Korean word)`,
                        additionalProperties: { enum: Object.entries(values).flatMap(([v, words]) => [v, ...words]) },
                      },
                    ];
                  }),
              ),
            },
          ]),
        ),
      },
      immediateHours: {
        type: 'number',
        exclusiveMinimum: 0,
        maximum: 24,
        default: IMMEDIATE_HOURS,
        description: '즉시 ("immediately") in working hours; every rule option that checks something done immediately follows it',
      },
      pauseCounting: {
        enum: [...PAUSE_COUNTINGS],
        default: DEFAULT_PAUSE_COUNTING,
        description:
          'supplement pauses (보완) counted in working time, or in whole days from the day of the request to the day the supplement arrived',
      },
      transferClock: {
        enum: [...TRANSFER_CLOCKS],
        default: DEFAULT_TRANSFER_CLOCK,
        description:
          "a transferred complaint (이송) counts from the transfer (the competent office's receipt) or from the first receipt",
      },
    },
    $defs: {
      standardDays: {
        type: 'object',
        description: `contract_type or "contract_type/category", in English or Korean (total or 총액계약; category: ${CATEGORIES.join(', ')} or 물품, 시설공사 …) → standard administrative days (working days)`,
        additionalProperties: { type: 'integer', minimum: 1 },
      },
    },
  };
}
