/**
 * Change rules through the engine, for what one fixture folder cannot hold: options. The head is
 * linted with the base's zones as `context.base`, as the action does in a pull request.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPaths, run } from '../../src/engine/run.ts';
import { rules } from '../../rules/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'mxlint-changes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function zone(mx: readonly string[]): string {
  return ['$ORIGIN example.com.', '$TTL 3600', '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600', '@ IN NS ns1', 'ns1 IN A 192.0.2.53', 'mx1 IN A 192.0.2.10', ...mx.map((m) => `@ IN MX ${m}`), ''].join('\n');
}

async function moved(headMx: string[], options?: object): Promise<string[]> {
  const side = mkdtempSync(join(dir, 'case-'));
  for (const [name, mx] of [['base', ['10 mx1']], ['head', headMx]] as const) {
    mkdirSync(join(side, name));
    writeFileSync(join(side, name, 'example.com.zone'), zone(mx));
  }
  const config = join(side, 'mxlint.config.json');
  writeFileSync(config, JSON.stringify({ rules: { 'change-inbound-moved': options ? ['warn', options] : 'warn' } }));
  const base = (await readPaths({ rules, paths: [join(side, 'base')], configPath: config })).zones;
  const outcome = await run({ rules, paths: [join(side, 'head')], configPath: config, base });
  return outcome.results.flatMap((r) => r.diagnostics.filter((d) => d.ruleId === 'change-inbound-moved').map((d) => d.message));
}

describe('change-inbound-moved with allowedExchangers', () => {
  const allowed = { allowedExchangers: ['*.provider.example', 'mx?.example.com'] };

  it('without the option: a move is reported, a backup is not', async () => {
    expect(await moved(['10 mx.provider.example.'])).toEqual([expect.stringContaining('all exchangers replaced: mx1.example.com → mx.provider.example')]);
    expect(await moved(['10 mx1', '20 mx2.backup.example.'])).toEqual([]);
  });

  it('with it: a move inside the allowed set is not reported, one outside is, backups included', async () => {
    expect(await moved(['10 mx.provider.example.'], allowed)).toEqual([]);
    expect(await moved(['10 mx.elsewhere.example.'], allowed)).toEqual([expect.stringContaining('mx1.example.com → mx.elsewhere.example')]);
    expect(await moved(['10 mx1', '20 mx2.backup.example.'], allowed)).toEqual([expect.stringContaining('+mx2.backup.example (preference 20)')]);
  });

  it('says nothing without a base (the CLI, a push)', async () => {
    const side = mkdtempSync(join(dir, 'nobase-'));
    writeFileSync(join(side, 'example.com.zone'), zone(['10 mx.elsewhere.example.']));
    const outcome = await run({ rules, paths: [side] });
    expect(outcome.results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId.startsWith('change-'))).toEqual([]);
  });
});
