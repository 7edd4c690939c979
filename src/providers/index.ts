/**
 * Provider exports (JSON, YAML) read into the same Zone model as BIND files: one adapter per
 * format (octoDNS style), chosen by content (`detect.ts`), each export checked against its
 * format's JSON Schema first so a malformed value is reported where it stands.
 *
 * Loaded only when a run meets an export (`run.ts` imports this module dynamically), so ajv,
 * jsonc-parser and yaml cost nothing on BIND-only runs.
 */
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { SourceText } from '../model/source.ts';
import type { Comment, Zone, ZoneFormat } from '../model/zone.ts';
import { ZoneBuilder, type Adapter } from './build.ts';
import { azure } from './azure.ts';
import { cloudflare } from './cloudflare.ts';
import { detectJson, detectYaml, JSON_FORMATS } from './detect.ts';
import { digitalocean } from './digitalocean.ts';
import { google } from './google.ts';
import { octodns } from './octodns.ts';
import { powerdns } from './powerdns.ts';
import { route53 } from './route53.ts';
import { Budget } from '../input/limits.ts';
import { readRegularFile } from '../input/safe-files.ts';
import { parseJson, parseYaml, type YamlOptions } from './tree.ts';
import { validate } from './validate.ts';

export interface ExportOptions {
  /** Origin from the configuration or the file name; used when the export does not name its zone. */
  origin?: string;
  readFile?: (absolutePath: string) => Uint8Array | undefined;
  /** Display path (defaults to the path relative to the working directory). */
  displayPath?: string;
  /** Folder that octoDNS `!include` must stay inside (the repository), as `$INCLUDE` does. */
  root?: string;
  /** The run's resource budget (a fresh default one when not given). */
  budget?: Budget;
}

export const ADAPTERS: Record<Exclude<ZoneFormat, 'bind'>, Adapter> = { route53, cloudflare, google, azure, digitalocean, powerdns, octodns };

/** A zone, or why the document is none (not an export mxlint knows, or a file it knows to leave alone). */
export type ExportOutcome = { zone: Zone } | { skip: string; at: { start: number; end: number }; source: SourceText };

/** Reads one export. Never throws on bad content: every problem is a diagnostic in the zone. */
export function readExport(path: string, kind: 'json' | 'yaml', options: ExportOptions = {}): Zone {
  return asZone(readExportFile(path, kind, options));
}

/**
 * Reads one file that may be an export: a document of no known format is `skip`ped with the
 * reason, so a directory walk can pass over JSON and YAML that are not zones.
 */
export function readExportFile(path: string, kind: 'json' | 'yaml', options: ExportOptions = {}): ExportOutcome {
  const absolutePath = resolve(path);
  const display = options.displayPath ?? (relative(process.cwd(), absolutePath) || absolutePath);
  const text = readText(absolutePath, options);
  const source = new SourceText(display, typeof text === 'string' ? text : '', 'utf8');
  if (typeof text !== 'string') {
    const b = new ZoneBuilder(source, kind === 'yaml' ? 'octodns' : 'route53');
    b.problem(text.code, `cannot read ${display}${text.reason ? `: it ${text.reason}` : ''}`, { start: 0, end: 0 });
    return { zone: b.zone() };
  }
  const included: SourceText[] = [];
  const include = kind === 'yaml' ? includer(absolutePath, options, included) : undefined;
  const outcome = interpret(source, kind, options, include);
  // The files it `!include`s are files of the zone, as `$INCLUDE`d ones are: a change to one is a
  // change to the zone (pre-commit, pull requests), though findings stand at the `!include`.
  if ('zone' in outcome) outcome.zone.files.push(...included);
  return outcome;
}

/** Reads export text already in memory (tests, stdin). */
export function readExportText(source: SourceText, kind: 'json' | 'yaml', options: ExportOptions = {}): Zone {
  return asZone(interpret(source, kind, options, undefined));
}

/** A file's text, or why it was not read: only a regular file, within the run's budget. */
function readText(absolutePath: string, options: ExportOptions): string | { code: string; reason: string } {
  const budget = options.budget ?? new Budget();
  let bytes: Uint8Array | undefined;
  if (options.readFile) bytes = options.readFile(absolutePath);
  else {
    const read = readRegularFile(absolutePath, { maxBytes: budget.limits.fileBytes });
    if (!read.ok) return { code: read.code === 'not-regular' ? 'not-regular-file' : read.code === 'too-large' ? 'limit-file-bytes' : 'unreadable', reason: read.code === 'not-found' ? '' : read.reason };
    bytes = read.bytes;
  }
  if (!bytes) return { code: 'unreadable', reason: '' };
  if (bytes.byteLength > budget.limits.fileBytes) return { code: 'limit-file-bytes', reason: budget.message('fileBytes', `is ${bytes.byteLength} octets`, 'so it is not read') };
  if (!budget.take('bytes', bytes.byteLength)) return { code: 'limit-bytes', reason: budget.message('bytes', 'would pass the octets read in this run', 'so it is not read') };
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '');
}

/** octoDNS `!include other.yaml`: relative to the including file, never outside the repository; each file read is added to `included`. */
function includer(absolutePath: string, options: ExportOptions, included: SourceText[], root = resolve(options.root ?? dirname(absolutePath))): YamlOptions['include'] {
  return (reference) => {
    const target = resolve(dirname(absolutePath), reference);
    let real = target;
    try {
      real = realpathSync(target);
    } catch {
      // A file only in the git index (--staged) has no real path; the logical one is checked.
    }
    const inside = (p: string) => !relative(root, p).startsWith('..') && !isAbsolute(relative(root, p));
    if (!inside(target) || !inside(real)) return { problem: 'the file lies outside the repository, so it is not read' };
    const text = readText(target, options);
    if (typeof text !== 'string') return { problem: text.reason || 'no such file' };
    if (!included.some((file) => resolve(file.path) === target)) included.push(new SourceText(relative(process.cwd(), target) || target, text, 'utf8'));
    return { text, options: { include: includer(target, options, included, root), limits: (options.budget ?? new Budget()).limits } };
  };
}

/** A file read as a zone on request: one that is none becomes a zone holding one warning that says so. */
function asZone(outcome: ExportOutcome): Zone {
  if ('zone' in outcome) return outcome.zone;
  const b = new ZoneBuilder(outcome.source, 'route53');
  b.problem('unknown-export', outcome.skip, outcome.at, 'warning');
  return b.zone();
}

function interpret(source: SourceText, kind: 'json' | 'yaml', options: ExportOptions, include: YamlOptions['include']): ExportOutcome {
  const fallback: ZoneFormat = kind === 'yaml' ? 'octodns' : 'route53';
  const limits = (options.budget ?? new Budget()).limits;
  const parsed = kind === 'yaml' ? parseYaml(source.text, { include, limits }) : parseJson(source.text, limits);
  if (!parsed.root) {
    const b = new ZoneBuilder(source, fallback);
    if (parsed.problems.length === 0) b.problem(kind === 'yaml' ? 'bad-yaml' : 'bad-json', `the file is empty: no ${kind === 'yaml' ? 'YAML' : 'JSON'} document`, { start: 0, end: 0 });
    for (const p of parsed.problems) b.problem(p.code, p.message, p);
    return { zone: b.zone() };
  }
  const root = parsed.root;
  const format = kind === 'yaml' ? detectYaml(root) : detectJson(root);
  const at = { start: root.start, end: Math.min(root.end, root.start + 1) };
  if (format && typeof format === 'object') return { skip: format.skip, at, source };
  if (!format || format === 'bind') {
    const tried = kind === 'yaml' ? [octodns.title, google.title] : JSON_FORMATS.map((f) => ADAPTERS[f as Exclude<ZoneFormat, 'bind'>].title);
    return { skip: `not a DNS export mxlint knows: tried ${tried.join(', ')} (see src/providers/README.md for the commands that write each)`, at, source };
  }
  const adapter = ADAPTERS[format];
  const b = new ZoneBuilder(source, format);
  for (const p of parsed.problems) {
    b.problem(p.code, p.message, p);
    b.invalid.push(p);
  }
  if (options.origin) b.origin = options.origin;
  validate(adapter.schema(root), root, b, adapter.title);
  // Valid or not, map what can be mapped: each value at fault was reported, the rest still counts.
  adapter.read(root, b, { origin: options.origin });
  const zone = b.zone();
  if (kind === 'yaml') zone.comments = yamlComments(source);
  return { zone };
}

/**
 * `# …` comments of a YAML file, for suppression comments (`# mxlint-disable-next-line …`) as in
 * zone files. A `#` starts a comment at the start of a line or after a blank, outside quotes.
 */
export function yamlComments(source: SourceText): Comment[] {
  const text = source.text;
  const comments: Comment[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let quote = '';
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text[i];
      if (quote) {
        if (c === quote) quote = '';
        else if (c === '\\' && quote === '"') i++;
      } else if ((c === '"' || c === "'") && (i === lineStart || /[\s:\-[{,]/.test(text[i - 1]))) quote = c;
      else if (c === '#' && (i === lineStart || /\s/.test(text[i - 1]))) {
        comments.push({ source, start: i, end: lineEnd, text: text.slice(i + 1, lineEnd).replace(/\r$/, '') });
        break;
      }
    }
    lineStart = lineEnd + 1;
  }
  return comments;
}
