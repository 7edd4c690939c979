/**
 * Baselines for adopting mxlint on zones that already have findings: `--baseline-write FILE`
 * records every current finding by fingerprint (the SARIF fingerprint: rule, repository path,
 * owner/type/field, never a line number), and `--baseline FILE` then reports only findings the
 * file does not hold. Counts are kept per fingerprint: a baseline with one finding of a kind still
 * reports the second one added later.
 */
import { writeFileSync } from 'node:fs';
import { readRegularFile } from '../input/safe-files.ts';
import { relative, resolve } from 'node:path';
import { findingFingerprint, relativeUri } from '../model/fingerprint.ts';
import type { FileResult } from '../model/result.ts';

export class BaselineError extends Error {
  override name = 'BaselineError';
}

interface BaselineFile {
  /** Format marker, so a wrong file is named as such. */
  mxlintBaseline: 1;
  /** Fingerprint → how many findings of the head had it. */
  findings: Record<string, number>;
}

function fingerprints(result: FileResult, root: string): string[] {
  const uri = relativeUri(relative(root, resolve(result.path)));
  return result.diagnostics.map((d) => findingFingerprint(d, uri));
}

/** Writes every finding of `results`; paths are taken relative to `root` (the repository root). */
export function writeBaseline(file: string, results: readonly FileResult[], root: string): number {
  const findings: Record<string, number> = {};
  let total = 0;
  for (const result of results) {
    for (const key of fingerprints(result, root)) {
      findings[key] = (findings[key] ?? 0) + 1;
      total++;
    }
  }
  const sorted = Object.fromEntries(Object.entries(findings).sort(([a], [b]) => (a < b ? -1 : 1)));
  const content: BaselineFile = { mxlintBaseline: 1, findings: sorted };
  writeFileSync(file, JSON.stringify(content, null, 2) + '\n');
  return total;
}

const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

export function readBaseline(file: string): Map<string, number> {
  let parsed: unknown;
  // In a pull request the baseline is the pull request's file: a regular file of sane size only.
  const read = readRegularFile(file, { maxBytes: MAX_BASELINE_BYTES });
  if (!read.ok) throw new BaselineError(`baseline ${file}: ${read.reason}; write one with --baseline-write`);
  try {
    parsed = JSON.parse(read.bytes.toString('utf8'));
  } catch (error) {
    const why = error instanceof SyntaxError ? `not JSON (${error.message})` : 'cannot be read';
    throw new BaselineError(`baseline ${file}: ${why}; write one with --baseline-write`);
  }
  const findings = (parsed as Partial<BaselineFile> | null)?.findings;
  if ((parsed as Partial<BaselineFile> | null)?.mxlintBaseline !== 1 || typeof findings !== 'object' || findings === null) {
    throw new BaselineError(`baseline ${file}: not an mxlint baseline (written by --baseline-write)`);
  }
  return new Map(Object.entries(findings).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

/** The findings the baseline does not hold, and how many it held. */
export function applyBaseline(results: readonly FileResult[], baseline: ReadonlyMap<string, number>, root: string): { results: FileResult[]; known: number } {
  const left = new Map(baseline);
  let known = 0;
  const kept = results.map((result) => {
    const keys = fingerprints(result, root);
    const diagnostics = result.diagnostics.filter((_, i) => {
      const n = left.get(keys[i]) ?? 0;
      if (n === 0) return true;
      left.set(keys[i], n - 1);
      known++;
      return false;
    });
    return { ...result, diagnostics };
  });
  return { results: kept, known };
}
