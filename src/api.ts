/**
 * mxlint as a library: `import { lint } from 'mxlint'`. Paths (files, directories) or one text in,
 * plain results out, with the configuration found as the CLI finds it. Never prints, never exits,
 * never touches the network. The types here are the package's public types (dist/api.d.ts).
 */
import { relative, resolve } from 'node:path';
import { rules } from '../rules/index.ts';
import { rulePage } from './engine/docs.ts';
import { run } from './engine/run.ts';
import { repositoryRoot } from './git/root.ts';
import { findingFingerprint, relativeUri } from './model/fingerprint.ts';
import { locate } from './model/span.ts';
import { VERSION } from './version.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface LintMessage {
  /** A rule id (`spf-permissive-all`), a reader code (`syntax/bad-ttl`) or `mxlint/…`. */
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based; columns count UTF-16 code units, as editors do. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Identity across edits (rule, repository path, owner/type/field; never the line): SARIF's and the baseline's. */
  fingerprint: string;
}

export interface LintResult {
  /** Absolute path of the file (for text input: the `filePath` given, resolved). */
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

/** Files or directories, or one zone's text with the file name it stands for. */
export type LintInput = string | readonly string[] | { text: string | Uint8Array; filePath: string };

export interface LintOptions {
  /** Directory relative paths are taken from (default: the working directory). */
  cwd?: string;
  /** A configuration file to use instead of the one found beside each zone. */
  config?: string;
}

export interface RuleInfo {
  id: string;
  description: string;
  /** Severity in the default preset (`mxlint:recommended`). */
  severity: Severity | 'off';
}

/** A path given does not exist. */
export class MissingPathError extends Error {
  override name = 'MissingPathError';
  constructor(readonly paths: string[]) {
    super(`no such file or directory: ${paths.join(', ')}`);
  }
}

/**
 * Lints zones. Throws MissingPathError for a path that does not exist, and the configuration's
 * error (its message names the file and the key) for a bad configuration; a zone that cannot be
 * read is not an exception but `syntax/*` messages in its result.
 */
export async function lint(input: LintInput, options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const config = options.config === undefined ? undefined : resolve(cwd, options.config);
  const outcome =
    typeof input === 'object' && 'text' in input
      ? await run({ rules, paths: [], configPath: config, stdin: { path: resolve(cwd, input.filePath), bytes: typeof input.text === 'string' ? Buffer.from(input.text, 'utf8') : input.text } })
      : await run({ rules, paths: [input].flat().map((p) => resolve(cwd, p)), configPath: config });
  if (outcome.missing.length) throw new MissingPathError(outcome.missing);
  const root = repositoryRoot(cwd);
  return outcome.results.map((result) => {
    const filePath = resolve(result.path);
    const uri = relativeUri(relative(root, filePath));
    const messages = result.diagnostics.map((d): LintMessage => {
      const { line, column, endLine, endColumn } = locate(d.span);
      return { ruleId: d.ruleId, severity: d.severity, message: d.message, line, column, endLine, endColumn, fingerprint: findingFingerprint(d, uri) };
    });
    const count = (severity: Severity) => messages.filter((m) => m.severity === severity).length;
    return { filePath, messages, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info') };
  });
}

/** Every rule, in the order the README lists them. */
export function listRules(): RuleInfo[] {
  return rules.map(({ meta }) => ({ id: meta.id, description: meta.description, severity: meta.severity }));
}

/** A rule's page (or a `syntax/<code>`'s section) as Markdown, read from the package; undefined if unknown. */
export function explain(ruleId: string): string | undefined {
  return rulePage(ruleId);
}

export const version: string = VERSION;
