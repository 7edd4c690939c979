/**
 * Provider exports (JSON, YAML) read into the same Zone model as BIND files: one adapter per
 * format (octoDNS style), chosen by content (`detect.ts`), each export checked against its
 * format's JSON Schema first so a malformed value is reported where it stands.
 *
 * Loaded only when a run meets an export (`run.ts` imports this module dynamically), so ajv,
 * jsonc-parser and yaml cost nothing on BIND-only runs.
 */
import { relative, resolve } from 'node:path';
import { Budget } from '../engine/limits.ts';
import { readRegularFile } from '../engine/safe-files.ts';
import { SourceText } from '../model/source.ts';
import type { Zone, ZoneFormat } from '../model/zone.ts';
import { ZoneBuilder, type Adapter } from './build.ts';
import { azure } from './azure.ts';
import { cloudflare } from './cloudflare.ts';
import { detectJson, detectYaml, JSON_FORMATS } from './detect.ts';
import { digitalocean } from './digitalocean.ts';
import { google } from './google.ts';
import { octodns } from './octodns.ts';
import { powerdns } from './powerdns.ts';
import { route53 } from './route53.ts';
import { parseJson, parseYaml } from './tree.ts';
import { validate } from './validate.ts';

export interface ExportOptions {
  /** Origin from the configuration or the file name; used when the export does not name its zone. */
  origin?: string;
  readFile?: (absolutePath: string) => Uint8Array | undefined;
  /** Display path (defaults to the path relative to the working directory). */
  displayPath?: string;
  /** The run's resource budget (a fresh default one when not given). */
  budget?: Budget;
}

export const ADAPTERS: Record<Exclude<ZoneFormat, 'bind'>, Adapter> = { route53, cloudflare, google, azure, digitalocean, powerdns, octodns };

/** Reads one export. Never throws on bad content: every problem is a diagnostic in the zone. */
export function readExport(path: string, kind: 'json' | 'yaml', options: ExportOptions = {}): Zone {
  const absolutePath = resolve(path);
  const display = options.displayPath ?? (relative(process.cwd(), absolutePath) || absolutePath);
  const budget = options.budget ?? new Budget();
  let bytes: Uint8Array | undefined;
  let refused: string | undefined;
  if (options.readFile) bytes = options.readFile(absolutePath);
  else {
    const read = readRegularFile(absolutePath, { maxBytes: budget.limits.fileBytes });
    if (read.ok) bytes = read.bytes;
    else refused = `cannot read ${display}: it ${read.reason}`;
  }
  if (bytes && (bytes.byteLength > budget.limits.fileBytes || !budget.take('bytes', bytes.byteLength))) {
    refused = bytes.byteLength > budget.limits.fileBytes ? budget.message('fileBytes', `${bytes.byteLength} octets`) : budget.message('bytes', 'octets read in this run');
    bytes = undefined;
  }
  const text = bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '') : '';
  const source = new SourceText(display, text, 'utf8');
  if (refused) {
    const b = new ZoneBuilder(source, kind === 'yaml' ? 'octodns' : 'route53');
    b.problem('unreadable', refused, { start: 0, end: 0 });
    return b.zone();
  }
  return readExportText(source, kind, { ...options, budget });
}

/** Reads export text already in memory (tests, stdin). */
export function readExportText(source: SourceText, kind: 'json' | 'yaml', options: ExportOptions = {}): Zone {
  const fallback: ZoneFormat = kind === 'yaml' ? 'octodns' : 'route53';
  const limits = (options.budget ?? new Budget()).limits;
  const parsed = kind === 'yaml' ? parseYaml(source.text, limits) : parseJson(source.text, limits);
  if (!parsed.root) {
    const b = new ZoneBuilder(source, fallback);
    if (parsed.problems.length === 0) b.problem(kind === 'yaml' ? 'bad-yaml' : 'bad-json', `the file is empty: no ${kind === 'yaml' ? 'YAML' : 'JSON'} document`, { start: 0, end: 0 });
    for (const p of parsed.problems) b.problem(p.code, p.message, p);
    return b.zone();
  }
  const root = parsed.root;
  const format = kind === 'yaml' ? detectYaml(root) : detectJson(root);
  if (!format || format === 'bind') {
    const b = new ZoneBuilder(source, fallback);
    const tried = kind === 'yaml' ? [octodns.title] : JSON_FORMATS.map((f) => ADAPTERS[f as Exclude<ZoneFormat, 'bind'>].title);
    b.problem(
      'unknown-export',
      `not a DNS export mxlint knows: tried ${tried.join(', ')} (see src/providers/README.md for the commands that write each)`,
      { start: root.start, end: Math.min(root.end, root.start + 1) },
      'warning',
    );
    return b.zone();
  }
  const adapter = ADAPTERS[format];
  const b = new ZoneBuilder(source, format);
  if (options.origin) b.origin = options.origin;
  validate(adapter.schema(root), root, b, adapter.title);
  // Valid or not, map what can be mapped: each value at fault was reported, the rest still counts.
  adapter.read(root, b, { origin: options.origin });
  return b.zone();
}
