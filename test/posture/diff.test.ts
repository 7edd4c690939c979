/**
 * `mxlint diff` end to end: the committed dist/cli.js on real git repositories with a base and a
 * head commit (or the working tree, or two directories), one repository per kind of change and
 * per input format. Set UPDATE_GOLDEN=1 to rewrite the golden outputs, then review the diff.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, cleanup, git, makeRepo, tempDir, type Files } from '../action/harness.ts';

afterAll(cleanup);

const CLI = join(ROOT, 'dist/cli.js');

function diff(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'diff', ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The review of a pull request's base (`main`) against its head commit. */
function review(base: Files, head: Files, format = 'text'): string {
  const repo = makeRepo(base, head);
  const r = diff(repo.dir, 'main', 'HEAD', '--format', format);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

function golden(name: string, actual: string): void {
  const file = join(ROOT, 'test', 'golden', name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const DKIM_ED25519 = '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';
const TLSA = '_25._tcp.{host} IN TLSA 3 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

/** A BIND zone with every part of a mail posture. */
function bind(opts: { mx?: string[]; spf?: string; dmarc?: string; sts?: string; dkim?: string[]; tlsa?: string[]; extra?: string[]; spfTtl?: number } = {}): string {
  const mx = opts.mx ?? ['10 mx1', '20 mx2'];
  return [
    '$ORIGIN example.com.',
    '$TTL 3600',
    '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600',
    '@ IN NS ns1',
    'ns1 IN A 192.0.2.53',
    ...mx.map((m) => `@ IN MX ${m}`),
    'mx1 IN A 192.0.2.10',
    'mx2 IN A 192.0.2.11',
    'mx3 IN A 192.0.2.12',
    ...(opts.tlsa ?? ['mx1', 'mx2']).map((h) => TLSA.replace('{host}', h)),
    `@ ${opts.spfTtl ?? 3600} IN TXT "${opts.spf ?? 'v=spf1 ip4:192.0.2.0/24 include:_spf.example.com -all'}"`,
    '_spf IN TXT "v=spf1 ip4:198.51.100.0/24 ~all"',
    `_dmarc IN TXT "${opts.dmarc ?? 'v=DMARC1; p=reject; rua=mailto:dmarc@example.com'}"`,
    `_mta-sts IN TXT "${opts.sts ?? 'v=STSv1; id=20240101'}"`,
    '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com"',
    ...(opts.dkim ?? ['s1']).map((s) => `${s}._domainkey IN TXT "v=DKIM1; k=ed25519; p=${DKIM_ED25519}"`),
    ...(opts.extra ?? []),
    '',
  ].join('\n');
}

const ZONE = 'zones/example.com.zone';

describe('mxlint diff: one change kind each (BIND)', { timeout: 60_000 }, () => {
  it('a change that touches no mail record says so in one line', () => {
    const out = review({ [ZONE]: bind() }, { [ZONE]: bind({ extra: ['www IN A 192.0.2.80'] }) });
    expect(out).toBe('No mail record changed (1 mail domain compared).\n');
  });

  it('DMARC weakened: p lowered, t=y added, reporting removed', () => {
    const out = review({ [ZONE]: bind() }, { [ZONE]: bind({ dmarc: 'v=DMARC1; p=quarantine; t=y' }) });
    expect(out).toContain('! DMARC: p=reject → p=quarantine; t=n → t=y (testing: receivers apply one policy level lower); rua removed (no more aggregate reports; was mailto:dmarc@example.com)');
  });

  it('senders widened: a new include with its lookups, a softer all', () => {
    const out = review({ [ZONE]: bind() }, { [ZONE]: bind({ spf: 'v=spf1 ip4:192.0.2.0/24 include:_spf.example.com include:_spf.vendor.example ~all' }) });
    expect(out).toContain('! senders: +include:_spf.vendor.example (adds 1 lookup, at least 2 of 10 used); -all → ~all');
  });

  it('senders: networks flattened through an include defined in the repository', () => {
    const out = review({ [ZONE]: bind() }, { [ZONE]: bind().replace('ip4:198.51.100.0/24 ~all', 'ip4:198.51.100.0/24 ip6:2001:db8::/32 ~all') });
    expect(out).toContain('senders: +ip6:2001:db8::/32 (via _spf.example.com)');
  });

  it('inbound moved: the primary exchanger changed', () => {
    const out = review({ [ZONE]: bind() }, { [ZONE]: bind({ mx: ['5 mx3', '10 mx1', '20 mx2'], tlsa: ['mx1', 'mx2', 'mx3'] }) });
    expect(out).toContain('inbound: primary exchanger mx1.example.com → mx3.example.com');
  });

  it('inbound moved: all exchangers replaced; MTA-STS id not updated', () => {
    const out = review({ [ZONE]: bind() }, { [ZONE]: bind({ mx: ['10 mx.provider.example.'] }) });
    expect(out).toContain('inbound: all exchangers replaced: mx1.example.com, mx2.example.com → mx.provider.example');
    expect(out).toContain('! MTA-STS: exchangers changed but id=20240101 did not');
    // With the id changed, MTA-STS says so and does not warn.
    const updated = review({ [ZONE]: bind() }, { [ZONE]: bind({ mx: ['10 mx.provider.example.'], sts: 'v=STSv1; id=20240601' }) });
    expect(updated).toContain('  MTA-STS: id=20240101 → id=20240601');
    expect(updated).not.toContain('did not');
  });

  it('DANE broken: an exchanger added without TLSA while the others have it', () => {
    const out = review({ [ZONE]: bind() }, { [ZONE]: bind({ mx: ['10 mx1', '20 mx2', '30 mx3'] }) });
    expect(out).toContain('inbound: +mx3.example.com (preference 30)');
    expect(out).toContain('! DANE: mx3.example.com added without TLSA while mx1.example.com, mx2.example.com have it');
  });

  it('DKIM: a selector removed, another added', () => {
    const out = review({ [ZONE]: bind() }, { [ZONE]: bind({ dkim: ['s2'] }) });
    expect(out).toMatch(/DKIM: \+selector s2 \(ed25519, [0-9a-f]{12}\); -selector s1 \(ed25519, [0-9a-f]{12}\): mail in flight signed with it fails DKIM/);
  });

  it('DKIM: selectors delegated by CNAME to the sending service count as selectors', () => {
    const m365 = ['selector1', 'selector2'].map((s) => `${s}._domainkey IN CNAME ${s}-example-com._domainkey.example.onmicrosoft.com.`);
    const out = review({ [ZONE]: bind({ extra: m365 }) }, { [ZONE]: bind({ extra: [m365[0], 's3._domainkey IN CNAME s3.dkim.mailer.example.'] }) });
    expect(out).toContain('DKIM: +selector s3 (CNAME to s3.dkim.mailer.example); -selector selector2 (CNAME to selector2-example-com._domainkey.example.onmicrosoft.com): mail in flight signed with it fails DKIM');
  });

  it('TTL of a mail record raised in the same change as its content', () => {
    const out = review({ [ZONE]: bind() }, { [ZONE]: bind({ spf: 'v=spf1 ip4:192.0.2.0/24 include:_spf.example.com ip4:203.0.113.7 -all', spfTtl: 86400 }) });
    expect(out).toContain('TTL: SPF TTL raised 3600 → 86400 in the same change as its content');
  });

  it('golden: a pull request that changes much at once, in text, Markdown and JSON', () => {
    const base = { [ZONE]: bind() };
    const head = { [ZONE]: bind({ mx: ['5 mx.provider.example.', '20 mx2'], spf: 'v=spf1 ip4:192.0.2.0/24 include:_spf.example.com include:_spf.newvendor.example ~all', dmarc: 'v=DMARC1; p=none; rua=mailto:dmarc@example.com', dkim: [] }) };
    golden('diff.txt', review(base, head));
    golden('diff.md', review(base, head, 'markdown'));
    const json = JSON.parse(review(base, head, 'json')) as { impact: string; domains: { changes: { rule?: string }[] }[] };
    expect(json.impact).toBe('weakened');
    expect(json.domains[0].changes.map((c) => c.rule).filter(Boolean)).toEqual([
      'change-inbound-moved',
      'change-mta-sts-not-updated',
      'change-spf-widened',
      'change-spf-widened',
      'change-dmarc-weakened',
      'change-dkim-selector-removed',
    ]);
  });
});

describe('mxlint diff: revisions, files and formats', { timeout: 60_000 }, () => {
  it('compares with the working tree when no head is given', () => {
    const repo = makeRepo({ [ZONE]: bind() }, {});
    writeFileSync(join(repo.dir, ZONE), bind({ dmarc: 'v=DMARC1; p=none' }));
    const r = diff(repo.dir, 'HEAD');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('! DMARC: p=reject → p=none');
  });

  it('compares two directories', () => {
    const dir = tempDir();
    for (const [side, text] of [['a', bind()], ['b', bind({ spf: 'v=spf1 +all' })]]) {
      mkdirSync(join(dir, side));
      writeFileSync(join(dir, side, 'example.com.zone'), text);
    }
    const r = diff(dir, join(dir, 'a'), join(dir, 'b'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('! senders: -ip4:192.0.2.0/24; -ip4:198.51.100.0/24 (via _spf.example.com); -all → +all (anyone may send)');
  });

  it('a renamed zone file is the same domain: no change', () => {
    const out = review({ [ZONE]: bind() }, { [ZONE]: null, 'zones/db.example.com': bind() });
    expect(out).toBe('No mail record changed (1 mail domain compared).\n');
  });

  it('added and deleted zones', () => {
    const other = bind().replaceAll('example.com', 'example.net');
    const out = review({ [ZONE]: bind(), 'zones/example.net.zone': other }, { [ZONE]: null, 'zones/example.org.zone': bind().replaceAll('example.com', 'example.org'), 'zones/example.net.zone': other });
    expect(out).toContain('example.com (removed)\n  ! domain: no longer a mail domain in the zones');
    expect(out).toContain('example.org (added)\n    domain: new mail domain: inbound mx1.example.org (10), mx2.example.org (20)');
  });

  it('a change inside an $INCLUDEd file', () => {
    const main = bind({ dmarc: 'v=DMARC1; p=reject', extra: ['$INCLUDE mail.inc'] }).replace(/^_dmarc.*\n/m, '');
    const out = review(
      { [ZONE]: main, 'zones/mail.inc': '_dmarc IN TXT "v=DMARC1; p=reject"\n' },
      { 'zones/mail.inc': '_dmarc IN TXT "v=DMARC1; p=none"\n' },
    );
    expect(out).toContain('! DMARC: p=reject → p=none');
  });

  it('provider exports: Route 53, Cloudflare and octoDNS', () => {
    const route53 = (spf: string) => JSON.stringify({
      ResourceRecordSets: [
        { Name: 'news.example.com.', Type: 'MX', TTL: 300, ResourceRecords: [{ Value: '10 in.news.example.com.' }] },
        { Name: 'news.example.com.', Type: 'TXT', TTL: 300, ResourceRecords: [{ Value: `"${spf}"` }] },
        { Name: 'in.news.example.com.', Type: 'A', TTL: 300, ResourceRecords: [{ Value: '198.51.100.60' }] },
      ],
    });
    expect(review({ 'news.example.com.json': route53('v=spf1 mx -all') }, { 'news.example.com.json': route53('v=spf1 mx ?all') })).toContain('! senders: -all → ?all');

    const cloudflare = (exchange: string) => JSON.stringify({
      result: [
        { zone_name: 'shop.example.com', name: 'shop.example.com', type: 'MX', content: exchange, priority: 10, ttl: 1 },
        { zone_name: 'shop.example.com', name: 'mail.shop.example.com', type: 'A', content: '198.51.100.40', ttl: 1 },
      ],
    });
    expect(review({ 'shop.example.com.json': cloudflare('mail.shop.example.com') }, { 'shop.example.com.json': cloudflare('mx.vendor.example') })).toContain(
      'inbound: all exchangers replaced: mail.shop.example.com → mx.vendor.example',
    );

    const octodns = (p: string) => `---\n'':\n  - type: MX\n    value:\n      exchange: mail.eu.example.com.\n      preference: 10\n_dmarc:\n  type: TXT\n  value: v=DMARC1\\; p=${p}\nmail:\n  type: A\n  value: 198.51.100.50\n`;
    expect(review({ 'eu.example.com.yaml': octodns('reject') }, { 'eu.example.com.yaml': octodns('quarantine') })).toContain('! DMARC: p=reject → p=quarantine');
  });

  // The providers' test fixtures (and the BIND zone they mirror) each hold a DMARC record with `p=none`: the same change in every format.
  const FIXTURES = join(ROOT, 'test/providers/fixtures');
  for (const file of ['example.com.zone', ...readdirSync(FIXTURES).filter((d) => d !== 'example.com.zone').map((d) => join(d, readdirSync(join(FIXTURES, d))[0]))]) {
    it(`DMARC lowered in ${file}`, () => {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      const at = text.lastIndexOf('p=none'); // the record's, not a comment's
      const out = review({ [file]: text.slice(0, at) + 'p=reject' + text.slice(at + 6) }, { [file]: text });
      expect(out).toContain('example.com\n  ! DMARC: p=reject → p=none');
    });
  }

  it('says what is wrong with a bad revision or format, without a stack trace', () => {
    const repo = makeRepo({ [ZONE]: bind() }, {});
    const bad = diff(repo.dir, 'no-such-branch');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("'no-such-branch' is neither a directory nor a git revision");
    const format = diff(repo.dir, 'HEAD', '--format', 'xml');
    expect(format.status).toBe(2);
    expect(format.stderr).toContain("unknown format 'xml'");
    expect(git(repo.dir, 'status', '--porcelain')).toBe('');
  });
});
