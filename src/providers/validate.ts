/**
 * Checks an export against its format's JSON Schema before mapping, so a wrong-typed value gets a
 * diagnostic at that value (`"ttl": "300"` → "ttl must be a number") instead of a vague failure.
 * Schemas are compiled on first use, one per format met.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { JsonSchema } from '../model/json-schema.ts';
import type { ZoneBuilder } from './build.ts';
import { at, keyAt, type Node } from './tree.ts';

let ajv: Ajv | undefined;
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/** At most this many schema diagnostics per file: past a few, the export is simply of another shape. */
const MAX_PROBLEMS = 20;

/** Validates `root` against `schema`, reporting each problem at its value. True when valid. */
export function validate(schema: JsonSchema, root: Node, builder: ZoneBuilder, formatName: string): boolean {
  ajv ??= new Ajv({ allErrors: true, strict: false });
  let check = compiled.get(schema);
  if (!check) {
    check = ajv.compile(schema);
    compiled.set(schema, check);
  }
  if (check(root.value)) return true;
  // Values already reported (an `!include` that could not be followed) get no second diagnostic.
  const reported = [...builder.invalid];
  const errors = pick(check.errors ?? []).filter((e) => {
    const node = at(root, e.instancePath);
    return !reported.some((r) => node.start >= r.start && node.end <= r.end);
  });
  for (const error of errors.slice(0, MAX_PROBLEMS)) {
    const node = at(root, error.instancePath);
    builder.invalid.push({ start: node.start, end: node.end });
    const where = error.instancePath ? describe(error.instancePath) : 'the document';
    if (error.keyword === 'required') {
      const missing = String((error.params as { missingProperty?: string }).missingProperty);
      // Point at the key of the object that lacks it when there is one, else at its opening brace.
      const key = keyAt(root, error.instancePath);
      const span = key ? { start: key.start, end: key.end } : { start: node.start, end: Math.min(node.end, node.start + 1) };
      builder.problem('export-schema', `${formatName}: ${where} has no '${missing}'`, span);
    } else {
      builder.problem('export-schema', `${formatName}: ${where} ${message(error)}, found ${shown(node)}`, { start: node.start, end: node.end });
    }
  }
  if (errors.length > MAX_PROBLEMS) {
    builder.problem('export-schema', `${formatName}: ${errors.length - MAX_PROBLEMS} more schema problems not shown`, { start: root.start, end: root.start + 1 }, 'warning');
  }
  return false;
}

/** The most specific error per value: drop combinator summaries and errors about a parent of another error. */
function pick(errors: ErrorObject[]): ErrorObject[] {
  const concrete = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if');
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of concrete) {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    // An anyOf of types reports one `type` error per branch: say it once.
    if (e.keyword === 'type' && out.some((o) => o.keyword === 'type' && o.instancePath === e.instancePath)) {
      const prev = out.find((o) => o.keyword === 'type' && o.instancePath === e.instancePath) as ErrorObject;
      (prev.params as { type: string }).type += ` or ${(e.params as { type: string }).type}`;
      continue;
    }
    seen.add(key);
    out.push(e);
  }
  return out;
}

function message(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `must be ${article(String(p.type))}`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'minimum':
    case 'maximum':
      return `must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(p.limit)}`;
    case 'minItems':
      return `must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'minLength':
      return 'must not be empty';
    case 'pattern':
      return `must match ${String(p.pattern)}`;
    default:
      return error.message ?? 'is not valid';
  }
}

function article(types: string): string {
  return types
    .split(' or ')
    .map((t) => (t === 'integer' ? 'an integer' : t === 'array' || t === 'object' ? `an ${t}` : t === 'null' ? 'null' : `a ${t}`))
    .join(' or ');
}

/** `/result/3/ttl` → `result[3].ttl`. */
function describe(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
}

function shown(node: Node): string {
  if (node.kind === 'object') return 'an object';
  if (node.kind === 'array') return 'an array';
  const text = JSON.stringify(node.value);
  return text.length > 40 ? text.slice(0, 39) + '…' : text;
}
