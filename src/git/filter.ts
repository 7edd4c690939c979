/**
 * Pull-request filters: which findings of the head a pull request is answerable for. Pure
 * functions over results and a diff, in reviewdog's terms plus mxlint's default:
 *
 * - `introduced`: findings of the head that the base did not have, matched by rule, file and
 *   fingerprint (never by line), duplicates counted. A finding on a line the change did not touch
 *   (an MX that dangles because its target's A record was deleted) gets the changed lines as
 *   related locations.
 * - `added`: findings on added or modified lines.
 * - `diff_context`: findings on lines of the diff's hunks, context lines included.
 * - `file`: findings in changed files.
 * - `nofilter`: every finding.
 *
 * A finding has one primary location (the record to edit) and may have related ones (the MX that
 * leads to a private address). In `added`, `diff_context` and `introduced`, a finding whose
 * primary location the change did not touch but one of its related locations did is annotated
 * at that related location, so the reviewer sees it on the changed line; its primary location
 * becomes a related one.
 */
import { sep } from 'node:path';
import type { Diagnostic, RelatedSpan } from '../model/diagnostic.ts';
import type { FileResult } from '../model/result.ts';
import type { SourceText } from '../model/source.ts';
import { locate, type Span } from '../model/span.ts';
import { addedLines, hunkRanges, type ChangeBlock, type ChangedFile } from './diff.ts';

export const FILTER_MODES = ['introduced', 'added', 'diff_context', 'file', 'nofilter'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

export function isFilterMode(value: string): value is FilterMode {
  return (FILTER_MODES as readonly string[]).includes(value);
}

export interface FilterInput {
  /** Findings of the head (the checkout). */
  head: readonly FileResult[];
  /** Changed files, their paths written as the results' paths are (relative to the working directory). */
  changes: readonly ChangedFile[];
  /** Findings of the base version of the same zones: required by `introduced`. */
  base?: readonly FileResult[];
  /** Head text of changed files by path, for related locations (`introduced`). */
  sources?: ReadonlyMap<string, SourceText>;
  /** Related locations added to one finding at most (default 3). */
  maxRelated?: number;
}

export interface FilterOutcome {
  /** The head's results with only the findings reported (every file kept, maybe empty). */
  results: FileResult[];
  reported: number;
  /**
   * Every finding of the head, the reported ones as in `results` (with their related locations):
   * for SARIF, which code scanning compares with the base branch's analysis itself.
   */
  all: FileResult[];
  /** Findings of the head left out: pre-existing (`introduced`), or outside the diff. */
  notReported: number;
}

export function filterResults(mode: FilterMode, input: FilterInput): FilterOutcome {
  /** A finding given related locations → the head's own. */
  const origin = new Map<Diagnostic, Diagnostic>();
  const changes = new Map<string, ChangedFile>();
  for (const change of input.changes) if (change.status !== 'deleted') changes.set(normalize(change.path), change);
  let keep: (result: FileResult) => Diagnostic[];
  /** The changed lines of a file, in the mode's sense, for moving findings to a touched related location. */
  let changedLines: ((path: string) => Lines | undefined) | undefined;
  const linesOf = (of: (file: ChangedFile) => Lines) => (path: string) => {
    const change = changes.get(normalize(path));
    return change ? of(change) : undefined;
  };
  switch (mode) {
    case 'nofilter':
      keep = (r) => r.diagnostics;
      break;
    case 'file':
      keep = (r) => (changes.has(normalize(r.path)) ? r.diagnostics : []);
      break;
    case 'added':
      changedLines = linesOf((file) => lineSet(addedLines(file)));
      keep = (r) => onLines(r, changedLines!);
      break;
    case 'diff_context':
      changedLines = linesOf((file) => rangeSet(hunkRanges(file)));
      keep = (r) => onLines(r, changedLines!);
      break;
    case 'introduced':
      changedLines = linesOf((file) => lineSet(addedLines(file)));
      keep = introduced(input, changes, origin);
      break;
  }
  let reported = 0;
  let total = 0;
  const kept = new Map<FileResult, Diagnostic[]>();
  const all: FileResult[] = [];
  for (const result of input.head) {
    const diagnostics = keep(result);
    reported += diagnostics.length;
    total += result.diagnostics.length;
    kept.set(result, diagnostics);
    const enriched = new Map(diagnostics.map((d) => [origin.get(d) ?? d, d]));
    all.push({ ...result, diagnostics: result.diagnostics.map((d) => enriched.get(d) ?? d) });
  }
  if (changedLines) moveToTouched(kept, changedLines, (d) => (origin.get(d) ?? d).related);
  const results = input.head.map((result) => ({ ...result, diagnostics: kept.get(result) ?? [] }));
  return { results, all, reported, notReported: total - reported };
}

/**
 * Moves each kept finding whose primary location lies outside the changed lines, but one of its
 * related locations inside, to that related location (in whichever file of the head it is).
 */
function moveToTouched(
  kept: Map<FileResult, Diagnostic[]>,
  changedLines: (path: string) => Lines | undefined,
  /** The rule's own related locations (not the change blocks `introduced` adds). */
  ownRelated: (d: Diagnostic) => readonly RelatedSpan[] | undefined,
): void {
  const bySource = new Map<SourceText, FileResult>();
  for (const result of kept.keys()) if (result.source) bySource.set(result.source, result);
  const moved: [FileResult, Diagnostic][] = [];
  for (const [result, diagnostics] of kept) {
    const stay: Diagnostic[] = [];
    for (const d of diagnostics) {
      const lines = changedLines(result.path);
      const target = lines && touches(d.span, lines) ? undefined : touchedRelated(ownRelated(d) ?? [], bySource, changedLines);
      if (!target) {
        stay.push(d);
        continue;
      }
      const [home, related] = target;
      const others = (d.related ?? []).filter((r) => r !== related);
      moved.push([home, { ...d, span: related.span, related: [{ span: d.span, message: 'the record to edit (where this finding stands outside the pull request)' }, ...others] }]);
    }
    kept.set(result, stay);
  }
  for (const [home, d] of moved) {
    const list = kept.get(home)!;
    list.push(d);
    list.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
  }
}

function touchedRelated(candidates: readonly RelatedSpan[], bySource: ReadonlyMap<SourceText, FileResult>, changedLines: (path: string) => Lines | undefined): [FileResult, RelatedSpan] | undefined {
  for (const related of candidates) {
    const home = bySource.get(related.span.source);
    const lines = home && changedLines(home.path);
    if (home && lines && touches(related.span, lines)) return [home, related];
  }
  return undefined;
}

/** A predicate over head line numbers; undefined set = every line. */
type Lines = (line: number) => boolean;

function lineSet(lines: Set<number> | undefined): Lines {
  return lines ? (line) => lines.has(line) : () => true;
}

function rangeSet(ranges: [number, number][] | undefined): Lines {
  return ranges ? (line) => ranges.some(([first, last]) => line >= first && line <= last) : () => true;
}

/** The findings of a file with a location (primary or related) on the changed lines of its file. */
function onLines(result: FileResult, changedLines: (path: string) => Lines | undefined): Diagnostic[] {
  const lines = changedLines(result.path);
  return result.diagnostics.filter(
    (d) =>
      (lines !== undefined && touches(d.span, lines)) ||
      (d.related ?? []).some((r) => {
        const at = changedLines(r.span.source.path);
        return at !== undefined && touches(r.span, at);
      }),
  );
}

/** Whether any line of the span is one of `lines`. */
function touches(span: Span, lines: Lines): boolean {
  const loc = locate(span);
  // A span that ends at the very start of a line does not cover that line.
  const last = loc.endLine > loc.line && loc.endColumn === 1 ? loc.endLine - 1 : loc.endLine;
  for (let line = loc.line; line <= last; line++) if (lines(line)) return true;
  return false;
}

/** Identity of a finding across versions: rule, file, fingerprint (the message when it has none). */
export function findingKey(path: string, d: Diagnostic): string {
  return `${d.ruleId}\0${normalize(path)}\0${d.fingerprint === undefined ? `message\0${d.message}` : d.fingerprint}`;
}

function introduced(input: FilterInput, changes: ReadonlyMap<string, ChangedFile>, origin: Map<Diagnostic, Diagnostic>): (result: FileResult) => Diagnostic[] {
  if (!input.base) throw new Error('filter mode introduced needs the base results');
  const baseCounts = new Map<string, number>();
  for (const result of input.base) {
    for (const d of result.diagnostics) {
      const key = findingKey(result.path, d);
      baseCounts.set(key, (baseCounts.get(key) ?? 0) + 1);
    }
  }
  const related = relatedFinder(input, changes);
  return (result) => {
    const change = changes.get(normalize(result.path));
    const added = change ? lineSet(addedLines(change)) : () => false;
    const onChanged = new Set(result.diagnostics.filter((d) => touches(d.span, added) || d.related?.some((r) => r.span.source === result.source && touches(r.span, added))));
    // When base had n of a finding and head has more, the ones on changed lines are the new ones:
    // match the base's against the others first.
    const matched = new Set<Diagnostic>();
    const order = [...result.diagnostics.filter((d) => !onChanged.has(d)), ...onChanged];
    for (const d of order) {
      const key = findingKey(result.path, d);
      const left = baseCounts.get(key) ?? 0;
      if (left > 0) {
        baseCounts.set(key, left - 1);
        matched.add(d);
      }
    }
    return result.diagnostics
      .filter((d) => !matched.has(d))
      .map((d) => {
        if (onChanged.has(d)) return d;
        const extra = related(result.path, d);
        if (extra.length === 0) return d;
        const enriched = { ...d, related: [...(d.related ?? []), ...extra] };
        origin.set(enriched, d);
        return enriched;
      });
  };
}

interface Candidate {
  path: string;
  block: ChangeBlock;
  source: SourceText;
  /** The block's names, found once: a finding only looks them up. */
  names: string[];
}

/**
 * Related locations for a finding the change caused elsewhere: the change blocks that mention a
 * name of the finding's message, in the finding's file first; failing that, the blocks of its
 * file; failing that, any block.
 */
function relatedFinder(input: FilterInput, changes: ReadonlyMap<string, ChangedFile>): (path: string, d: Diagnostic) => RelatedSpan[] {
  const max = input.maxRelated ?? 3;
  const candidates: Candidate[] = [];
  const sources = new Map<string, SourceText>();
  for (const [path, source] of input.sources ?? []) sources.set(normalize(path), source);
  for (const [path, change] of changes) {
    const source = sources.get(path);
    if (!source) continue;
    for (const hunk of change.hunks) for (const block of hunk.blocks) candidates.push({ path, block, source, names: blockNames(block) });
  }
  // Name → candidates that mention it: a finding looks up the names of its message, so the work per
  // finding does not grow with the size of the change (10,000 findings on a 10,000-line block).
  const byName = new Map<string, number[]>();
  candidates.forEach((c, index) => {
    for (const name of c.names) {
      const list = byName.get(name);
      if (list) list.push(index);
      else byName.set(name, [index]);
    }
  });
  const ownCandidates = new Map<string, Candidate[]>();
  for (const c of candidates) ownCandidates.set(c.path, [...(ownCandidates.get(c.path) ?? []), c].slice(0, max));
  return (path, d) => {
    if (max <= 0 || candidates.length === 0) return [];
    const own = normalize(path);
    const hits = new Set<number>();
    for (const name of messageNames(d.message)) for (const index of byName.get(name) ?? []) hits.add(index);
    const mentions = [...hits].sort((a, b) => a - b).map((i) => candidates[i]);
    const ranked = [
      ...mentions.filter((c) => c.path === own),
      ...mentions.filter((c) => c.path !== own),
      ...(mentions.length ? [] : (ownCandidates.get(own) ?? [])),
    ];
    const chosen = ranked.length ? ranked : candidates;
    return chosen.slice(0, max).map(toRelated);
  };
}

/**
 * The names a message could mention: each run of name characters, lower-case, without a final
 * dot, and each run of its labels (a name is mentioned inside a longer one at a dot boundary).
 */
function messageNames(message: string): Set<string> {
  const out = new Set<string>();
  for (const token of message.toLowerCase().split(/[^a-z0-9_.*-]+/)) {
    const labels = token.replace(/\.+$/, '').split('.').slice(0, 32);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j <= labels.length; j++) out.add(labels.slice(i, j).join('.'));
    }
  }
  return out;
}

function toRelated({ block, source }: Candidate): RelatedSpan {
  if (block.added.length > 0) {
    const first = block.added[0].line;
    const last = block.added[block.added.length - 1].line;
    const start = source.lineOffset(first);
    const end = last < source.lineCount ? source.lineOffset(last + 1) - 1 : source.length;
    const more = block.added.length > 1 ? ` (and ${block.added.length - 1} more line${block.added.length === 2 ? '' : 's'})` : '';
    const was = block.deleted.length > 0 ? `, was \`${quote(block.deleted[0].text)}\`` : '';
    return { span: { source, start, end: Math.max(start, end) }, message: `changed by this pull request: \`${quote(block.added[0].text)}\`${more}${was}` };
  }
  // A deletion: point at where the deleted lines stood.
  const line = Math.min(block.at, source.lineCount);
  const start = block.at > source.lineCount ? source.length : source.lineOffset(line);
  const more = block.deleted.length > 1 ? ` (and ${block.deleted.length - 1} more line${block.deleted.length === 2 ? '' : 's'})` : '';
  return {
    span: { source, start, end: start },
    message: `deleted by this pull request (line ${block.deleted[0].line} of the base): \`${quote(block.deleted[0].text)}\`${more}`,
  };
}

function quote(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > 100 ? `${trimmed.slice(0, 99)}…` : trimmed;
}

/** Names written on the block's lines: owners and host names, lower-case, without a final dot. */
function blockNames(block: ChangeBlock): string[] {
  const names = new Set<string>();
  for (const { text } of [...block.deleted, ...block.added]) {
    const code = text.replace(/;.*$/, '');
    for (const token of code.split(/[\s"',:{}[\]]+/)) {
      const name = token.replace(/\.$/, '').toLowerCase();
      if (name.length < 2 || !/[a-z]/.test(name) || !/^[a-z0-9_*.-]+$/.test(name)) continue;
      if (/^(in|ch|hs|a|aaaa|mx|txt|cname|ns|soa|ptr|srv|caa|tlsa|svcb|https|ds|dnskey|spf|type\d+|\d+[smhdw])$/.test(name)) continue;
      names.add(name);
    }
  }
  return [...names];
}

function normalize(path: string): string {
  const slashed = sep === '\\' ? path.replace(/\\/g, '/') : path;
  return slashed.replace(/^(\.\/)+/, '');
}
