/**
 * The outside view against real servers on 127.0.0.1: BIND's named serving zones that differ
 * from test/fixtures/online/repo in known ways, a second named that disagrees with the first,
 * and small servers that time out, refuse or answer SERVFAIL. The bundled CLI runs as users run it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeServer, startNamed, type FakeServer, type Named } from './servers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const fixtures = join(root, 'test', 'fixtures', 'online');
const repo = join(fixtures, 'repo');

interface JsonMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
}

function mxlint(args: string[]): { code: number | null; messages: JsonMessage[]; stderr: string } {
  const r = spawnSync(process.execPath, [cli, '--format', 'json', ...args], { cwd: repo, encoding: 'utf8' });
  const parsed = r.stdout ? (JSON.parse(r.stdout) as { messages: JsonMessage[] }[]) : [];
  return { code: r.status, messages: parsed.flatMap((f) => f.messages), stderr: r.stderr };
}

const live = (messages: JsonMessage[]): JsonMessage[] => messages.filter((m) => m.ruleId.startsWith('live-'));
const at = (messages: JsonMessage[]): string[] => messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`).sort();

let named: Named;
let disagreeing: Named;
let disagreeDir: string;
const fakes: FakeServer[] = [];

beforeAll(async () => {
  // The second server serves the same zones but a newer serial and another DMARC policy.
  disagreeDir = mkdtempSync(join(tmpdir(), 'mxlint-served-'));
  cpSync(join(fixtures, 'served'), disagreeDir, { recursive: true });
  const zone = join(disagreeDir, 'example.com.zone');
  writeFileSync(zone, readFileSync(zone, 'utf8').replace('2026120299', '2026120300').replace('p=none', 'p=quarantine'));
  [named, disagreeing] = await Promise.all([startNamed(join(fixtures, 'served')), startNamed(disagreeDir)]);
}, 20_000);

afterAll(async () => {
  await Promise.all([named?.stop(), disagreeing?.stop(), ...fakes.map((f) => f.stop())]);
  rmSync(disagreeDir, { recursive: true, force: true });
});

describe('mxlint --online against named on 127.0.0.1', () => {
  it('reports each difference at the repository line it concerns', () => {
    const r = mxlint(['--online', '--nameserver', `127.0.0.1:${named.port}`, '.']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(at(live(r.messages))).toEqual([
      '12:15 live-drift The repository says TXT "v=DMARC1; p=reject; rua=mailto:dmarc@example.com" at _dmarc.example.com., the name servers serve TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.com".',
      '13:19 live-drift The repository says TXT "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=" at s1._domainkey.example.com., the name servers do not serve it (no TXT there at all).',
      '4:10 live-soa-serial x',
    ]);
  });
});
