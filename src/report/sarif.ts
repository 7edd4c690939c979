/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One run; rule descriptors for
 * the rules that have results (syntax codes included), each with its page as `help`; stable
 * `partialFingerprints` from each diagnostic's fingerprint so alerts survive edits elsewhere in
 * the file. At most 25,000 results (GitHub rejects more per run): errors first, and a
 * notification says what was left out.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Severity } from '../model/diagnostic.ts';
import { findingFingerprint, relativeUri } from '../model/fingerprint.ts';
import type { FileResult } from '../model/result.ts';
import { locate, type Span } from '../model/span.ts';
import { rulePage } from '../engine/docs.ts';
import { docsUrl, type RuleMeta, type RuleSetting } from '../engine/rule.ts';
import { REPOSITORY } from '../version.ts';
import { SEVERITY_RANK, plural } from './counts.ts';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = REPOSITORY;
export const FINGERPRINT_KEY = 'mxlintFingerprint/v1';
/** GitHub code scanning rejects a run with more results than this. */
export const MAX_RESULTS = 25_000;

/**
 * Rules whose findings let others send mail as the domain, or make receivers unable to tell
 * forged mail: code scanning shows them as security alerts, ranked by this CVSS-like score
 * (7.0 and above is "high", 4.0 to 6.9 "medium", below "low").
 */
const SECURITY_SEVERITY: Readonly<Record<string, string>> = {
  'spf-permissive-all': '8.1',
  'spf-broad-range': '7.5',
  'spf-multiple-records': '5.3',
  'spf-syntax': '5.3',
  'spf-too-many-lookups': '5.3',
  'spf-include-loop': '5.3',
  'spf-include-no-spf': '5.3',
  'spf-duplicate-modifier': '5.3',
  'spf-parked-domain': '5.3',
  'spf-weak-all': '4.3',
  'dmarc-missing': '5.3',
  'dmarc-missing-policy': '5.3',
  'dmarc-multiple-records': '5.3',
  'dmarc-syntax': '5.3',
  'dmarc-wrong-name': '5.3',
  'dmarc-policy-none': '4.3',
  'dmarc-testing': '3.1',
};

export interface SarifOptions {
  toolVersion: string;
  /**
   * Root that artifact URIs are made relative to (`%SRCROOT%`, usually the repository root).
   * Without it, paths are written as given.
   */
  baseDir?: string;
  /** Directory relative result paths are resolved against (default: the working directory). */
  cwd?: string;
  /** Results written at most (default MAX_RESULTS). */
  maxResults?: number;
}

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

// The SARIF object model is large; these types cover what mxlint writes.
interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}
interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifLocation {
  id?: number;
  physicalLocation: { artifactLocation: ArtifactLocation; region: Region };
  message?: { text: string };
}
interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help?: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel; enabled?: boolean };
  properties: { tags: string[]; precision: 'very-high' | 'high'; 'security-severity'?: string };
}
interface Notification {
  level: 'warning';
  message: { text: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
}
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: ReportingDescriptor[] } };
      originalUriBaseIds?: Record<string, { uri: string }>;
      invocations?: { executionSuccessful: true; toolExecutionNotifications: Notification[] }[];
      columnKind: 'utf16CodeUnits';
      results: SarifResult[];
    },
  ];
}

/** Rules as their metadata, or as the rule objects the engine holds (`{ meta, check }`). */
export type SarifRules = readonly (RuleMeta | { meta: RuleMeta })[];

export function toSarif(results: readonly FileResult[], rules: SarifRules, opts: SarifOptions): SarifLog {
  const cwd = opts.cwd ?? process.cwd();
  const baseDir = opts.baseDir === undefined ? undefined : resolve(cwd, opts.baseDir);
  const metas = new Map<string, RuleMeta>();
  for (const rule of rules) {
    const meta = 'meta' in rule ? rule.meta : rule;
    metas.set(meta.id, meta);
  }
  const descriptors: ReportingDescriptor[] = [];
  const indexOf = new Map<string, number>();
  const artifact = (path: string): ArtifactLocation => artifactLocation(path, cwd, baseDir);

  // Over the cap, errors are kept first, then warnings, then notes; what is kept stays in file order.
  const all = results.flatMap((result) => result.diagnostics.map((d) => ({ result, d })));
  const max = Math.max(0, opts.maxResults ?? MAX_RESULTS);
  let kept = all;
  let left: Diagnostic[] = [];
  if (all.length > max) {
    const chosen = new Set([...all].sort((a, b) => SEVERITY_RANK[a.d.severity] - SEVERITY_RANK[b.d.severity]).slice(0, max));
    kept = all.filter((e) => chosen.has(e));
    left = all.filter((e) => !chosen.has(e)).map((e) => e.d);
  }
  const sarifResults: SarifResult[] = [];
  for (const { result, d } of kept) {
    let ruleIndex = indexOf.get(d.ruleId);
    if (ruleIndex === undefined) {
      ruleIndex = descriptors.length;
      indexOf.set(d.ruleId, ruleIndex);
      descriptors.push(descriptor(d, metas.get(d.ruleId)));
    }
    const primary = artifact(result.path);
    const entry: SarifResult = {
      ruleId: d.ruleId,
      ruleIndex,
      level: level(d.severity),
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: primary, region: region(d.span) } }],
      partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(d, primary.uri) },
    };
    if (d.related && d.related.length > 0) {
      entry.relatedLocations = d.related.map((r, i) => ({
        id: i + 1,
        physicalLocation: {
          artifactLocation: r.span.source === d.span.source ? primary : artifact(r.span.source.path),
          region: region(r.span),
        },
        message: { text: r.message },
      }));
    }
    sarifResults.push(entry);
  }

  const run: SarifLog['runs'][0] = {
    tool: {
      driver: {
        name: 'mxlint',
        version: opts.toolVersion,
        semanticVersion: opts.toolVersion,
        informationUri: INFORMATION_URI,
        rules: descriptors,
      },
    },
    columnKind: 'utf16CodeUnits',
    results: sarifResults,
  };
  if (left.length > 0) run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: [omittedNote(left, kept.length, all.length)] }];
  if (baseDir !== undefined) {
    run.originalUriBaseIds = { '%SRCROOT%': { uri: directoryUri(baseDir) } };
  }
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

export function formatSarif(results: readonly FileResult[], rules: SarifRules, opts: SarifOptions): string {
  return JSON.stringify(toSarif(results, rules, opts), null, 2);
}

/** What the cap left out, by level, so a truncated upload does not pass for a complete one. */
function omittedNote(left: readonly Diagnostic[], kept: number, total: number): Notification {
  const count = (severity: Severity) => left.filter((d) => d.severity === severity).length;
  const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('info'), 'note')];
  return {
    level: 'warning',
    message: { text: `${plural(left.length, 'result')} left out (${parts.join(', ')}): this log holds ${kept} of ${total}, errors first, as GitHub code scanning accepts at most ${MAX_RESULTS} results per run. Run mxlint with another format to see them all.` },
  };
}

function level(severity: Severity | RuleSetting): SarifLevel {
  if (severity === 'off') return 'none';
  return severity === 'info' ? 'note' : severity;
}

function descriptor(d: Diagnostic, meta: RuleMeta | undefined): ReportingDescriptor {
  let description: string;
  let defaultLevel: SarifLevel;
  if (meta) {
    description = meta.description;
    defaultLevel = level(meta.severity);
  } else if (d.ruleId.startsWith('syntax/')) {
    description = `Zone file syntax: ${d.ruleId.slice('syntax/'.length)}`;
    defaultLevel = level(d.severity);
  } else {
    description = d.ruleId;
    defaultLevel = level(d.severity);
  }
  const entry: ReportingDescriptor = {
    id: d.ruleId,
    name: pascalCase(d.ruleId),
    shortDescription: { text: description },
    fullDescription: { text: description },
    helpUri: docsUrl(d.ruleId),
    defaultConfiguration: { level: defaultLevel },
    properties: { tags: tags(d.ruleId), precision: d.ruleId.startsWith('syntax/') ? 'very-high' : 'high' },
  };
  const page = rulePage(d.ruleId);
  if (page !== undefined) entry.help = { text: page, markdown: page };
  const security = SECURITY_SEVERITY[d.ruleId];
  if (security !== undefined) entry.properties['security-severity'] = security;
  if (defaultLevel === 'none') entry.defaultConfiguration.enabled = false;
  return entry;
}

/** `dns`, the family (`mx`, `spf`, `syntax`…), and `security` for the spoofing rules. */
function tags(ruleId: string): string[] {
  const family = /^[a-z0-9]+/.exec(ruleId)?.[0] ?? ruleId;
  const tags = ['dns', family];
  if (SECURITY_SEVERITY[ruleId] !== undefined) tags.push('security');
  return tags;
}

/** `mx-target-ip` → `MxTargetIp`, `syntax/bad-ttl` → `SyntaxBadTtl`. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

function region(span: Span): Region {
  const loc = locate(span);
  return { startLine: loc.line, startColumn: loc.column, endLine: loc.endLine, endColumn: loc.endColumn };
}

function artifactLocation(path: string, cwd: string, baseDir: string | undefined): ArtifactLocation {
  const absolute = resolve(cwd, path);
  if (baseDir !== undefined) {
    const rel = relative(baseDir, absolute);
    if (rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) return { uri: relativeUri(rel), uriBaseId: '%SRCROOT%' };
    return { uri: pathToFileURL(absolute).href };
  }
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: relativeUri(path) };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
