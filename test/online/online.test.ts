/**
 * The outside view against real servers on 127.0.0.1: BIND's named serving zones that differ
 * from test/fixtures/online/repo in known ways, a second named that disagrees with the first,
 * and small servers that time out, refuse or answer SERVFAIL. The bundled CLI runs as users run it.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DnsClient, parseServer } from '../../src/online/dns-client.ts';
import { cleanup, makeRepo, pullRequestEvent, runAction } from '../action/harness.ts';
import { freePort, startFakeServer, startNamed, startPolicyServer, type FakeServer, type Named, type PolicyServer } from './servers.ts';
import { rules } from '../../rules/index.ts';

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

/** Runs the bundled CLI without blocking: the fake servers answer from this process's event loop. */
async function mxlint(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; messages: JsonMessage[]; stderr: string }> {
  const { NODE_EXTRA_CA_CERTS: _ca, ...inherited } = process.env;
  const child = spawn(process.execPath, [cli, '--format', 'json', ...args], { cwd: repo, env: { ...inherited, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const parsed = stdout ? (JSON.parse(stdout) as { messages: JsonMessage[] }[]) : [];
  return { code, messages: parsed.flatMap((f) => f.messages), stderr };
}

const live = (messages: JsonMessage[]): JsonMessage[] => messages.filter((m) => m.ruleId.startsWith('live-'));
const at = (messages: JsonMessage[]): string[] => messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`).sort();

let named: Named;
let disagreeing: Named;
let disagreeDir: string;
let policy: PolicyServer;
const fakes: FakeServer[] = [];

beforeAll(async () => {
  // The second server serves the same zones but a newer serial and another DMARC policy.
  disagreeDir = mkdtempSync(join(tmpdir(), 'mxlint-served-'));
  cpSync(join(fixtures, 'served'), disagreeDir, { recursive: true });
  const zone = join(disagreeDir, 'example.com.zone');
  writeFileSync(zone, readFileSync(zone, 'utf8').replace('2026120299', '2026120300').replace('p=none', 'p=quarantine'));
  [named, disagreeing, policy] = await Promise.all([
    startNamed(join(fixtures, 'served')),
    startNamed(disagreeDir),
    startPolicyServer('mta-sts.example.com', 'version: STSv1\r\nmode: enforce\r\nmx: mx1.example.com\r\nmx: *.backup.example.net\r\nmax_age: 3600\r\n'),
  ]);
}, 20_000);

afterAll(async () => {
  await Promise.all([named?.stop(), disagreeing?.stop(), policy?.stop(), ...fakes.map((f) => f.stop())]);
  rmSync(disagreeDir, { recursive: true, force: true });
  cleanup();
});

describe('mxlint --online against named on 127.0.0.1', () => {
  it('reports each difference at the repository line it concerns, and what a file cannot know', async () => {
    const r = await mxlint(['--online', '--nameserver', `127.0.0.1:${named.port}`, '--https-port', String(policy.port), '.'], { NODE_EXTRA_CA_CERTS: policy.caFile });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(at(live(r.messages))).toEqual([
      '11:18 live-drift The repository says A 192.0.2.10 at mx1.example.com., the name servers serve A 192.0.2.11.',
      '12:17 live-dane-unsigned example.com. has TLSA records for SMTP but no DS record at its parent: the zone is not signed as the world sees it, and senders ignore TLSA records they cannot validate (RFC 7672).',
      '13:18 live-drift The repository says TXT "v=DMARC1; p=reject; rua=mailto:dmarc@example.com,mailto:agg@reports.test,mailto:agg@auth.test" at _dmarc.example.com., the name servers serve TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.com,mailto:agg@reports.test,mailto:agg@auth.test".',
      '13:68 live-dmarc-report-auth rua=mailto:agg@reports.test sends the DMARC reports of example.com. to reports.test., which publishes no v=DMARC1 record at example.com._report._dmarc.reports.test.: receivers send it nothing.',
      '14:22 live-drift The repository says TXT "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=" at s1._domainkey.example.com., the name servers do not serve it (no TXT there at all).',
      '15:18 live-mta-sts The MTA-STS policy of example.com has max_age 3600: under a day, senders keep it too briefly to resist a downgrade (RFC 8461 suggests weeks).',
      '5:1 live-drift The name servers serve TXT "v=TLSRPTv1; rua=mailto:tls@example.com" at _smtp._tls.example.com., which the repository does not have.',
      "5:59 live-soa-serial The repository's SOA serial is 2026120301, the name servers serve 2026120299 (behind the repository): the zone served is not the zone in the repository.",
      '7:18 live-drift The repository says MX 10 mx1.example.com. at example.com., the name servers serve MX 10 old-mx.example.com.',
      "8:21 live-mta-sts MX target mx.hosted.test. is not covered by the MTA-STS policy's mx patterns (mx1.example.com, *.backup.example.net): in mode enforce, senders refuse to deliver there.",
      '8:21 live-mx-address MX target mx.hosted.test. resolves to 10.1.2.3, a private (RFC 1918) address that senders on the Internet cannot reach.',
      '9:19 live-spf Over real DNS, SPF for example.com ends in permerror after 11 lookups and 0 void lookups: Evaluating include:d.provider.test needs DNS lookup number 11; SPF allows at most 10 (RFC 7208 §4.6.4). Receivers treat the domain as having no usable SPF.',
    ]);
    // The TLSA record is served with its hex in capitals: the same data, no finding.
    expect(r.messages.some((m) => m.line === 12 && m.ruleId === 'live-drift')).toBe(false);
  });

  it('fetches the MTA-STS policy only with a certificate it can verify', async () => {
    const r = await mxlint(['--online', '--nameserver', `127.0.0.1:${named.port}`, '--https-port', String(policy.port), '.']);
    expect(r.messages.filter((m) => m.ruleId === 'live-mta-sts').map((m) => `${m.line} ${m.message}`)).toEqual([
      '15 The MTA-STS policy of example.com could not be fetched from https://mta-sts.example.com/.well-known/mta-sts.txt: unable to verify the first certificate (UNABLE_TO_VERIFY_LEAF_SIGNATURE); senders accept only a certificate valid for the policy host.',
    ]);
  });

  it('reports name servers that disagree with each other', async () => {
    const r = await mxlint(['--online', '--nameserver', `127.0.0.1:${named.port}`, '--nameserver', `127.0.0.1:${disagreeing.port}`, '.']);
    const disagree = at(r.messages.filter((m) => m.ruleId === 'live-servers-disagree'));
    expect(disagree).toEqual([
      `13:18 live-servers-disagree The name servers disagree about TXT at _dmarc.example.com.: 127.0.0.1:${named.port} serves TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.com,mailto:agg@reports.test,mailto:agg@auth.test"; 127.0.0.1:${disagreeing.port} serves TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com,mailto:agg@reports.test,mailto:agg@auth.test".`,
      `5:18 live-servers-disagree The name servers disagree about SOA at example.com.: 127.0.0.1:${named.port} serves SOA ns1.example.com. hostmaster.example.com. 2026120299 7200 3600 1209600 3600; 127.0.0.1:${disagreeing.port} serves SOA ns1.example.com. hostmaster.example.com. 2026120300 7200 3600 1209600 3600.`,
    ]);
    // Drift is then told per server.
    expect(r.messages.filter((m) => m.ruleId === 'live-soa-serial').map((m) => m.message)).toEqual([
      `The repository's SOA serial is 2026120301, the name servers (127.0.0.1:${named.port}) serve 2026120299 (behind the repository): the zone served is not the zone in the repository.`,
      `The repository's SOA serial is 2026120301, the name servers (127.0.0.1:${disagreeing.port}) serve 2026120300 (behind the repository): the zone served is not the zone in the repository.`,
    ]);
  });

  it('turns timeouts, refusals, SERVFAIL and a closed port into diagnostics, within the timeout', async () => {
    const silent = await startFakeServer('silent');
    const refusing = await startFakeServer('REFUSED');
    const failing = await startFakeServer('SERVFAIL');
    fakes.push(silent, refusing, failing);
    const closed = await freePort();
    const started = Date.now();
    const servers = [silent, refusing, failing].map((s) => `127.0.0.1:${s.port}`).concat(`127.0.0.1:${closed}`);
    const r = await mxlint(['--online', '--dns-timeout', '0.2', ...servers.flatMap((s) => ['--nameserver', s]), '.']);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const failures = r.messages.filter((m) => m.ruleId === 'live-dns-failure' && m.line === 5).map((m) => m.message).sort();
    expect(failures).toEqual([
      `127.0.0.1:${closed} gave no usable answer to 10 of 10 questions about example.com.: connection refused (nothing listens on that port).`,
      `127.0.0.1:${failing.port} gave no usable answer to 10 of 10 questions about example.com.: the server answered SERVFAIL.`,
      `127.0.0.1:${refusing.port} gave no usable answer to 10 of 10 questions about example.com.: the server refused the query (REFUSED): it does not serve this name to us.`,
      `127.0.0.1:${silent.port} gave no usable answer to 10 of 10 questions about example.com.: no answer within 0.2 s (2 tries).`,
    ].sort());
    expect(silent.received).toBeGreaterThan(0);
    expect(refusing.received).toBeGreaterThan(0);
    // Nothing answered: no drift is claimed, SPF and the hosted exchanger are "could not look up".
    expect(r.messages.filter((m) => m.ruleId === 'live-drift')).toEqual([]);
    expect(r.messages.filter((m) => m.ruleId === 'live-dns-failure').map((m) => m.line).sort()).toEqual([12, 13, 13, 5, 5, 5, 5, 8, 9]);
  });

  it('stays offline without --online, and refuses --nameserver without it', async () => {
    const r = await mxlint(['.']);
    expect(live(r.messages)).toEqual([]);
    // The DNS client lives in a chunk that only --online imports.
    expect(readFileSync(cli, 'utf8')).not.toContain('udpPayloadSize');
    const bad = await mxlint(['--nameserver', '127.0.0.1', '.']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--nameserver, --dns-timeout and --https-port need --online');
    const wrong = await mxlint(['--online', '--nameserver', 'ns1.example.com', '.']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("not 'ns1.example.com'");
  });
});

describe('DnsClient against named', () => {
  it('falls back to TCP for a truncated answer, asks for any type, and caches per run', async () => {
    const client = new DnsClient({ timeoutMs: 1000 });
    const server = parseServer(`127.0.0.1:${named.port}`)!;
    const big = await client.query(server, 'big.test.', 'TXT');
    expect(big.rcode).toBe('NOERROR');
    expect(big.answers).toHaveLength(3);
    expect(client.sent).toBe(2); // UDP (truncated), then TCP
    await client.query(server, 'BIG.test', 'TXT');
    expect(client.sent).toBe(2);
    const svcb = await client.query(server, 'svc.test.', 'TYPE64');
    expect(svcb.rcode).toBe('NOERROR');
    expect((svcb.answers[0].data as Buffer).toString('hex')).toBe('0001037376630474657374000001000302683200030002' + '20fb');
    const missing = await client.query(server, 'nothing.test.', 'A');
    expect(missing.rcode).toBe('NXDOMAIN');
  });

  it("finds a zone's name servers through a resolver: its NS names and their addresses", async () => {
    const { zoneServers } = await import('../../src/online/index.ts');
    const { readZone } = await import('../../src/zone/reader.ts');
    const zone = readZone(join(repo, 'zones', 'example.com.zone'), { origin: 'example.com.', root: repo });
    const client = new DnsClient({ timeoutMs: 1000 });
    // Only the discovery is run: the servers found (192.0.2.53) are not asked anything here.
    expect(await zoneServers(client, [parseServer(`127.0.0.1:${named.port}`)!], zone)).toEqual({ servers: [{ address: '192.0.2.53', port: 53, label: 'ns1.example.com. (192.0.2.53)' }] });
    const none = await zoneServers(client, [], zone);
    expect('failure' in none && none.failure.message).toBe('Could not find the name servers of example.com.: no resolver is configured on this machine (give --nameserver).');
  });

  it('compares each zone with the servers its configuration names (online.nameservers)', async () => {
    const { run } = await import('../../src/engine/run.ts');
    const { checkOnline, configuredServers } = await import('../../src/online/index.ts');
    const dir = mkdtempSync(join(tmpdir(), 'mxlint-configured-'));
    try {
      cpSync(repo, dir, { recursive: true });
      writeFileSync(join(dir, 'mxlint.config.json'), JSON.stringify({ online: { nameservers: [`127.0.0.1:${named.port}`] } }));
      const outcome = await run({ rules, paths: [dir] });
      const configured = await configuredServers(outcome.zones, undefined);
      expect([...configured.values()]).toEqual([[parseServer(`127.0.0.1:${named.port}`)]]);
      // Senders' lookups go to a resolver that refuses everything: only drift can be judged.
      const refusing = await startFakeServer('REFUSED');
      fakes.push(refusing);
      const results = await checkOnline(outcome.zones, outcome.results, { configured, resolvers: [parseServer(`127.0.0.1:${refusing.port}`)!], timeoutMs: 500 });
      const drift = results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId === 'live-drift' || d.ruleId === 'live-soa-serial');
      expect(drift).toHaveLength(6);
      writeFileSync(join(dir, 'mxlint.config.json'), JSON.stringify({ online: { nameservers: ['ns1.example.com'] } }));
      await expect(configuredServers(outcome.zones, undefined)).rejects.toThrow("online.nameservers: 'ns1.example.com' is not an IP address");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps to the run deadline', async () => {
    const silent = await startFakeServer('silent');
    fakes.push(silent);
    const client = new DnsClient({ timeoutMs: 5000, deadlineMs: 300 });
    const started = Date.now();
    const answer = await client.query(parseServer(`127.0.0.1:${silent.port}`)!, 'example.com.', 'A');
    expect(answer.rcode).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1500);
    const later = await client.query(parseServer(`127.0.0.1:${silent.port}`)!, 'example.net.', 'A');
    expect(later.detail).toBe("the run's deadline of 0.3 s passed before this query");
  });
});

describe('the action with online: true', () => {
  it('annotates drift on a scheduled run, leaves drift out of a pull request, and refuses nameservers without online', async () => {
    const inputs = { online: 'true', nameservers: `127.0.0.1:${named.port}`, 'filter-mode': 'nofilter' };
    const scheduled = await runAction({ cwd: repo, eventName: 'schedule', inputs });
    expect(scheduled.status).toBe(1);
    expect(scheduled.commands.filter((c) => c.includes('live-drift')).length).toBe(5);
    expect(scheduled.commands.some((c) => c.startsWith('::warning file=zones/example.com.zone,line=5,') && c.includes('live-soa-serial'))).toBe(true);
    // On a pull request the change is not served yet: no drift, but what a file cannot know still runs.
    const text = readFileSync(join(repo, 'zones', 'example.com.zone'), 'utf8');
    const pr = makeRepo({ 'zones/example.com.zone': text }, { 'zones/example.com.zone': text.replace('MX   10 mx1', 'MX   10 mx2') });
    const reviewed = await runAction({ cwd: pr.dir, event: pullRequestEvent(pr), inputs });
    expect(reviewed.stderr).toBe('');
    expect(reviewed.commands.filter((c) => /live-(drift|soa-serial|servers-disagree)/.test(c))).toEqual([]);
    expect(reviewed.commands.filter((c) => c.includes('(live-spf)'))).toHaveLength(1);
    const off = await runAction({ cwd: repo, eventName: 'schedule', inputs: { nameservers: `127.0.0.1:${named.port}` } });
    expect(off.status).toBe(1);
    expect(off.stdout).toContain("Input 'nameservers' needs 'online: true'.");
  });
});
