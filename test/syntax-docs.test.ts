/**
 * Every `syntax/<code>` the readers can report has its section in docs/syntax.md, which SARIF's
 * helpUri and `mxlint --explain syntax/<code>` point at. The codes are collected from the readers'
 * sources, where each is written as a literal at the call that reports it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rulePage } from '../src/engine/docs.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(root, dir, f), 'utf8'));
}

describe('syntax diagnostics documentation', () => {
  it('has a section for every code the readers report', () => {
    const call = /(?:\.diagnostic\(\s*source,\s*|RdataError\(\s*|\bfail\(\s*|\.problem\(\s*|\bcode: )'([a-z0-9]+(?:-[a-z0-9]+)*)'/g;
    const codes = new Set(sources('src/zone').concat(sources('src/providers')).flatMap((text) => [...text.matchAll(call)].map((m) => m[1])));
    // Outcomes of opening a file, each turned into a reported code (include-not-found,
    // not-regular-file, limit-file-bytes) before anything is reported.
    for (const outcome of ['not-found', 'not-regular', 'too-large']) codes.delete(outcome);
    expect(codes.size).toBeGreaterThan(40);
    const documented = new Set([...readFileSync(join(root, 'docs', 'syntax.md'), 'utf8').matchAll(/^### ([a-z0-9-]+)$/gm)].map((m) => m[1]));
    expect([...codes].filter((c) => !documented.has(c)).sort()).toEqual([]);
    expect(rulePage('syntax/include-cycle')).toMatch(/^# syntax\/include-cycle\n\n`\$INCLUDE` names a file that is already being read\.\n/);
    expect(rulePage('syntax/not-a-code')).toBeUndefined();
  });
});
