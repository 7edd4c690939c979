/**
 * The report's limit of findings per file, as a run applies it: the findings kept are the first
 * ones of the whole list, with the messages they have without the limit, and they leave the
 * engine as plain objects (rules' findings are filled in lazily inside it).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.ts';
import type { Diagnostic } from '../../src/model/diagnostic.ts';
import { rules } from '../../rules/index.ts';

const ZONE = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster 1 14400 3600 1209600 3600',
  '@ IN NS ns1',
  'ns1 IN A 192.0.2.1',
  ...Array.from({ length: 6 }, (_, i) => `d${i} IN MX 10 gone${i}`),
  '',
].join('\n');

async function lintWithLimit(limit: number | undefined, errorsOnly = false): Promise<Diagnostic[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mxlint-cap-'));
  writeFileSync(join(dir, 'example.com.zone'), ZONE);
  const config = join(dir, 'mxlint.config.json');
  writeFileSync(config, JSON.stringify(limit === undefined ? {} : { limits: { findingsPerFile: limit } }));
  const outcome = await run({ rules, paths: [join(dir, 'example.com.zone')], configPath: config, errorsOnly });
  return outcome.results.flatMap((r) => r.diagnostics);
}

describe('findings per file', () => {
  it('keeps the first findings with their messages, and says how many were left out', async () => {
    const all = await lintWithLimit(undefined);
    const dangling = all.filter((d) => d.ruleId === 'mx-dangling-target');
    expect(dangling.map((d) => d.message)).toEqual(Array.from({ length: 6 }, (_, i) => expect.stringContaining(`gone${i}.example.com.`)));
    const capped = await lintWithLimit(3);
    expect(capped.slice(0, 3).map((d) => [d.ruleId, d.span.start, d.message])).toEqual(all.slice(0, 3).map((d) => [d.ruleId, d.span.start, d.message]));
    expect(capped[3]).toMatchObject({ ruleId: 'mxlint/limit-findings', message: expect.stringContaining(`${all.length - 3} more findings`) });
    expect(capped).toHaveLength(4);
  });

  it('leaves warnings out before counting, with errors only (--quiet)', async () => {
    const all = await lintWithLimit(undefined);
    // Without it, a warning would take one of the two places.
    expect(all.slice(0, 2).map((d) => d.severity)).toContain('warning');
    const errors = all.filter((d) => d.severity === 'error');
    const capped = await lintWithLimit(2, true);
    const brief = (list: Diagnostic[]) => list.map((d) => [d.ruleId, d.severity, d.span.start, d.message]);
    expect(brief(capped.slice(0, 2))).toEqual(brief(errors.slice(0, 2)));
    expect(capped[2]).toMatchObject({ ruleId: 'mxlint/limit-findings', message: expect.stringContaining(`${errors.length - 2} more findings`) });
  });

  it('gives plain objects: a copy or JSON keeps the message', async () => {
    for (const d of await lintWithLimit(undefined)) {
      expect(Object.keys(d)).toContain('message');
      expect({ ...d }.message).toBe(d.message);
      expect(JSON.parse(JSON.stringify({ ...d, span: undefined, related: undefined })).message).toBe(d.message);
    }
  });
});
