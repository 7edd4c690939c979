/**
 * The configuration's JSON Schema, built from the rules' own option schemas, and its validation
 * with ajv. `npm run build` writes it to schema/mxlint.schema.json for editors (`$schema`).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { ConfigError, PRESETS } from './config.ts';
import { DEFAULT_LIMITS, LIMIT_NAMES } from '../input/limits.ts';
import type { JsonSchema, Rule } from './rule.ts';

import { DOCS_REF, REPOSITORY } from '../version.ts';

/** The schema as published with this release's tag. */
export const SCHEMA_ID = `${REPOSITORY.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/${DOCS_REF}/schema/mxlint.schema.json`;

export function configSchema(rules: readonly Rule<never>[]): JsonSchema {
  const severity = { enum: ['off', 'warn', 'warning', 'error', 'info'] };
  const ruleProperties: Record<string, JsonSchema> = {};
  for (const rule of rules) {
    const options = rule.meta.options ?? { type: 'object', additionalProperties: false, properties: {} };
    ruleProperties[rule.meta.id] = {
      description: rule.meta.description,
      oneOf: [severity, { type: 'array', minItems: 1, maxItems: 2, items: [severity, options], additionalItems: false }],
    };
  }
  const rulesSchema = { type: 'object', properties: ruleProperties, additionalProperties: false };
  const globs = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'mxlint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'This schema, for completion and checks in editors (ignored by mxlint).' },
      extends: {
        description: 'The preset to start from: mxlint:recommended (the default) or mxlint:strict (every rule an error).',
        oneOf: [{ enum: [...PRESETS] }, { type: 'array', items: { enum: [...PRESETS] } }],
      },
      rules: { ...rulesSchema, description: 'Rules by id: "off", "warn" or "error", or [severity, options]; each rule\'s page lists its options (mxlint --explain <rule>).' },
      overrides: {
        description: 'Rules for some files: globs relative to this configuration file; later entries win.',
        type: 'array',
        items: { type: 'object', additionalProperties: false, required: ['files'], properties: { files: globs, excludedFiles: globs, rules: rulesSchema } },
      },
      limits: {
        type: 'object',
        additionalProperties: false,
        description: 'The resource budget of a run (read from --config or the configuration of the working directory). Defaults are far above any real repository: raise one only when a finding says it was reached.',
        properties: Object.fromEntries(LIMIT_NAMES.map((name) => [name, { type: 'integer', minimum: 1, default: DEFAULT_LIMITS[name] }])),
      },
      zones: {
        description: 'Which files are zones (include, exclude globs) and the origin of files that set no $ORIGIN and are not named after their zone.',
        type: 'object',
        additionalProperties: false,
        properties: {
          include: { type: 'array', items: { type: 'string' }, description: 'Globs of files read as zones (default: **/*.zone, **/db.*, **/*.db; JSON and YAML exports are recognised by content).' },
          exclude: { type: 'array', items: { type: 'string' } },
          origins: { type: 'object', additionalProperties: { type: 'string', pattern: '\\.$' }, description: 'Origin (absolute, with the final dot) of files by glob or path, for files without $ORIGIN or SOA.' },
        },
      },
      online: {
        type: 'object',
        additionalProperties: false,
        properties: {
          nameservers: {
            type: 'array',
            items: { type: 'string' },
            description: "With --online: the authoritative servers (address or address:port) to compare these zones with, instead of each zone's NS.",
          },
        },
      },
      views: {
        type: 'object',
        description: 'Split-horizon views: view name → globs of the zone files of that view (e.g. {"external": ["zones/**"], "internal": ["internal/**"]}). Each view is its own set of zones for lookups; zone-view-mismatch compares the views of one zone. Files of no view are seen by every view.',
        additionalProperties: { type: 'array', items: { type: 'string' }, minItems: 1 },
      },
    },
  };
}

/**
 * Validators by the rules a configuration names. Compiling the whole schema (every rule's options)
 * took about 0.45 s, more than linting a zone on the pre-commit path; a configuration names a few
 * rules, and the schema cut to those says exactly the same about it (an id it does not hold is
 * refused as unknown in both).
 */
const compiled = new WeakMap<readonly Rule<never>[], Map<string, ValidateFunction>>();

export function validateConfig(config: unknown, path: string, rules: readonly Rule<never>[]): void {
  const named = namedRules(config);
  const used = rules.filter((rule) => named.has(rule.meta.id));
  const key = used.map((rule) => rule.meta.id).join(' ');
  let byKey = compiled.get(rules);
  if (!byKey) compiled.set(rules, (byKey = new Map()));
  let validate = byKey.get(key);
  // verbose: errors carry the value given and the schema around it, which the messages quote.
  // validateSchema off: the schema is ours, and a test checks it against draft-07; checking it
  // again here compiled the meta-schema on every run.
  if (!validate) byKey.set(key, (validate = new Ajv({ allErrors: true, strict: false, verbose: true, validateSchema: false }).compile(configSchema(used))));
  if (validate(config)) return;
  throw new ConfigError(`${path}: ${describe(validate.errors ?? [], rules)}`);
}

/** The rule ids a configuration names, in `rules` and in each override's `rules`. */
function namedRules(config: unknown): Set<string> {
  const ids = new Set<string>();
  const add = (rules: unknown) => {
    if (rules && typeof rules === 'object' && !Array.isArray(rules)) for (const id of Object.keys(rules)) ids.add(id);
  };
  if (!config || typeof config !== 'object') return ids;
  const { rules, overrides } = config as { rules?: unknown; overrides?: unknown };
  add(rules);
  if (Array.isArray(overrides)) for (const o of overrides) if (o && typeof o === 'object') add((o as { rules?: unknown }).rules);
  return ids;
}

/** The most specific ajv error, in words that name the key and the value given. */
function describe(errors: ErrorObject[], rules: readonly Rule<never>[]): string {
  const deepest = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  if (!deepest) return 'invalid configuration';
  const path = deepest.instancePath;
  const where = path ? path.slice(1).replace(/\//g, '.') : 'the configuration';
  const option = /(?:^|\/)rules\/([^/]+)\/1(\/.*)?$/.exec(path);
  const severity = /(?:^|\/)rules\/([^/]+)(?:\/0)?$/.exec(path);
  if (severity && errors.some((e) => e.instancePath === path && e.keyword === 'enum')) {
    const given = errors.find((e) => e.instancePath === path)?.data;
    if (typeof given === 'string' || typeof given === 'number' || typeof given === 'boolean') {
      return `${JSON.stringify(given).replace(/^"|"$/g, "'")} is not a severity (rule ${severity[1]}, in ${where}); use off, warn, error or info`;
    }
    return `rule ${severity[1]} (in ${where}) needs a severity ("off", "warn", "error" or "info") or [severity, options]`;
  }
  if (deepest.keyword === 'additionalProperties') {
    const key = (deepest.params as { additionalProperty: string }).additionalProperty;
    const valid = Object.keys((deepest.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    if (/(^|\/)rules$/.test(path)) {
      const near = closest(key, rules.map((r) => r.meta.id));
      return `unknown rule '${key}' in ${where}${near ? `; did you mean '${near}'?` : ' (the rules are listed in the README)'}`;
    }
    const list = valid.length ? `; valid ${option ? 'options' : 'keys'}: ${valid.join(', ')}` : option ? '; this rule has no options' : '';
    if (option) return `unknown option '${key}' for rule ${option[1]} (in ${where})${list}`;
    return `unknown key '${key}' in ${where}${list}`;
  }
  if (option) return `option ${where.replace(/^.*?rules\.[^.]+\.1\.?/, '') || 'object'} of rule ${option[1]} ${deepest.message ?? 'is invalid'}`;
  if (deepest.keyword === 'enum') {
    const allowed = (deepest.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
    return `${where} is ${JSON.stringify(deepest.data)}; it must be one of ${allowed}`;
  }
  return `${where} ${deepest.message ?? 'is invalid'}`;
}

/** The candidate within a small edit distance of `word` (a typo), if any. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}
