/**
 * ESLint's `json` formatter format, so tools that read ESLint results (reviewdog, editors,
 * dashboards) read mxlint's. `info` findings map to severity 1 like warnings but are counted
 * apart, in `infoCount`, an mxlint addition.
 */
import { resolve } from 'node:path';
import type { FileResult } from '../model/result.ts';
import { locate } from '../model/span.ts';
import { countDiagnostics } from './counts.ts';

export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  nodeType: null;
}

export interface JsonFileResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: [];
  errorCount: number;
  fatalErrorCount: 0;
  warningCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
  infoCount: number;
  usedDeprecatedRules: [];
  source?: string;
}

export interface JsonOptions {
  /** Directory relative paths are resolved against (default: the process's working directory). */
  cwd?: string;
}

export function toJsonResults(results: readonly FileResult[], opts: JsonOptions = {}): JsonFileResult[] {
  return results.map((result) => {
    const entry = jsonEntry(result, opts);
    // ESLint includes the source only for files with messages.
    if (hasSource(result)) entry.source = result.source.display(result.source.text);
    return entry;
  });
}

/** A file's entry without its source. */
function jsonEntry(result: FileResult, opts: JsonOptions): JsonFileResult {
  const cwd = opts.cwd ?? process.cwd();
  const counts = countDiagnostics(result.diagnostics);
  const entry: JsonFileResult = {
    filePath: resolve(cwd, result.path),
    messages: result.diagnostics.map((d) => {
      const loc = locate(d.span);
      return {
        ruleId: d.ruleId,
        severity: d.severity === 'error' ? 2 : 1,
        message: d.message,
        line: loc.line,
        column: loc.column,
        endLine: loc.endLine,
        endColumn: loc.endColumn,
        nodeType: null,
      };
    }),
    suppressedMessages: [],
    errorCount: counts.errors,
    fatalErrorCount: 0,
    warningCount: counts.warnings,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    infoCount: counts.infos,
    usedDeprecatedRules: [],
  };
  return entry;
}

function hasSource(result: FileResult): result is FileResult & { source: NonNullable<FileResult['source']> } {
  return result.source !== undefined && result.diagnostics.length > 0;
}

/** One line of JSON, as ESLint writes it. */
export function formatJson(results: readonly FileResult[], opts: JsonOptions = {}): string {
  return [...formatJsonChunks(results, opts)].join('');
}

/**
 * The same line in pieces, one file at a time: a million findings are more text than one
 * JavaScript string may hold, so the CLI writes the pieces as they come.
 */
export function* formatJsonChunks(results: readonly FileResult[], opts: JsonOptions = {}): Generator<string> {
  yield '[';
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    // The entry as JSON.stringify writes it (keys in this order, no spaces), its messages one at a
    // time: a zone's tens of thousands of findings are not first made into one string.
    const { filePath, messages, ...counts } = jsonEntry(result, opts);
    yield `${i > 0 ? ',' : ''}{"filePath":${JSON.stringify(filePath)},"messages":[`;
    for (let m = 0; m < messages.length; m++) yield (m > 0 ? ',' : '') + JSON.stringify(messages[m]);
    const tail = '],' + JSON.stringify(counts).slice(1);
    if (!hasSource(result)) {
      yield tail;
      continue;
    }
    // The source (last, as ESLint writes it) in pieces: a large zone's would be decoded and
    // copied whole three times (escaped, joined, encoded) to be written at once.
    yield tail.slice(0, -1) + ',"source":"';
    for (const piece of result.source.displayPieces(SOURCE_PIECE)) yield JSON.stringify(piece).slice(1, -1);
    yield '"}';
  }
  yield ']';
}

/** Characters of source escaped at a time. */
const SOURCE_PIECE = 1 << 16;
