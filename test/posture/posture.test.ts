/**
 * The mail posture of a domain, read from zones as a run reads them: every part the review
 * compares (inbound with addresses and TTLs, null and implicit MX, SPF flattened through in-repo
 * includes, DMARC inherited from the organizational domain, DKIM keys, MTA-STS, TLS-RPT, DANE,
 * BIMI).
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPaths } from '../../src/engine/run.ts';
import { ZoneSet } from '../../src/model/zoneset.ts';
import { postureSet } from '../../src/posture/posture.ts';
import { rules } from '../../rules/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'mxlint-posture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

writeFileSync(
  join(dir, 'example.com.zone'),
  [
    '$ORIGIN example.com.',
    '$TTL 3600',
    '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600',
    '@ IN NS ns1',
    'ns1 IN A 192.0.2.53',
    '@ 300 IN MX 20 mx2',
    '@ 300 IN MX 10 mx1',
    'mx1 600 IN A 192.0.2.10',
    'mx1 600 IN AAAA 2001:db8::10',
    'mx2 IN CNAME mail-b',
    'mail-b 60 IN A 192.0.2.11',
    '_25._tcp.mx1 IN TLSA 3 1 1 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    '@ IN TXT "v=spf1 ip4:192.0.2.0/24 include:_spf.example.com include:spf.vendor.example -all"',
    '_spf IN TXT "v=spf1 ip6:2001:db8::/32 a:relay.example.com ~all"',
    'relay IN A 192.0.2.99',
    '_dmarc IN TXT "v=DMARC1; p=reject; sp=quarantine; adkim=s; rua=mailto:d@example.com; ruf=mailto:f@example.com; t=y"',
    `rsa1._domainkey IN TXT ( "v=DKIM1; k=rsa; p=${rsa.slice(0, 200)}" "${rsa.slice(200)}" )`,
    'old._domainkey IN TXT "v=DKIM1; p="',
    '_mta-sts IN TXT "v=STSv1; id=2024a"',
    '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com"',
    'default._bimi IN TXT "v=BIMI1; l=https://example.com/logo.svg"',
    'parked IN MX 0 .',
    'parked IN TXT "v=spf1 -all"',
    'shop IN A 192.0.2.80',
    'shop IN TXT "v=spf1 a -all"',
    '',
  ].join('\n'),
);

describe('mail posture', async () => {
  const { zones } = await readPaths({ rules, paths: [dir] });
  const postures = postureSet(new ZoneSet(zones));

  it('finds the mail domains of the zone in DNS order', () => {
    expect([...postures.keys()]).toEqual(['example.com.', 'parked.example.com.', 'shop.example.com.']);
  });

  it('describes every part of a domain', () => {
    const p = postures.get('example.com.')!.posture;
    expect(p.inbound).toEqual({
      kind: 'mx',
      ttl: 300,
      exchangers: [
        {
          name: 'mx1.example.com',
          preference: 10,
          ttl: 300,
          addresses: [
            { address: '192.0.2.10', ttl: 600 },
            { address: '2001:db8::10', ttl: 600 },
          ],
          dane: { state: 'yes', tlsa: ['3 1 1 0123456789abcdef…'] },
        },
        { name: 'mx2.example.com', preference: 20, ttl: 300, addresses: [{ address: '192.0.2.11', ttl: 60 }], dane: { state: 'no' } },
      ],
    });
    expect(p.senders).toEqual({
      ttl: 3600,
      record: 'v=spf1 ip4:192.0.2.0/24 include:_spf.example.com include:spf.vendor.example -all',
      authorised: [
        { term: 'ip4:192.0.2.0/24', via: [] },
        { term: 'ip6:2001:db8::/32', via: ['_spf.example.com'] },
        { term: 'a:relay.example.com', via: ['_spf.example.com'] },
        { term: 'include:spf.vendor.example', via: [], lookups: 1 },
      ],
      all: '-all',
      lookups: 3,
      lookupsAtLeast: true,
    });
    expect(p.dmarc).toEqual({ from: 'example.com', inherited: false, ttl: 3600, p: 'reject', sp: 'quarantine', adkim: 's', aspf: 'r', t: 'y', rua: ['mailto:d@example.com'], ruf: ['mailto:f@example.com'] });
    expect(p.dkim).toEqual([
      { selector: 'old', keyType: 'rsa', fingerprint: 'revoked' },
      { selector: 'rsa1', keyType: 'rsa', bits: 1024, fingerprint: expect.stringMatching(/^[0-9a-f]{12}$/) },
    ]);
    expect(p.mtaSts).toEqual({ id: '2024a', ttl: 3600 });
    expect(p.tlsRpt).toEqual({ rua: ['mailto:tls@example.com'] });
    expect(p.bimi).toEqual([{ selector: 'default', logo: 'https://example.com/logo.svg' }]);
  });

  it('null MX, implicit MX and DMARC inherited from the organizational domain', () => {
    const parked = postures.get('parked.example.com.')!.posture;
    expect(parked.inbound).toEqual({ kind: 'null-mx' });
    expect(parked.senders?.all).toBe('-all');
    expect(parked.dmarc).toMatchObject({ from: 'example.com', inherited: true, p: 'reject', sp: 'quarantine' });
    const shop = postures.get('shop.example.com.')!.posture;
    expect(shop.inbound).toEqual({ kind: 'implicit', addresses: ['192.0.2.80'] });
    expect(shop.senders?.authorised).toEqual([{ term: 'a:shop.example.com', via: [], lookups: 1 }]);
  });
});

describe('Markdown review size', () => {
  it('lists domains up to the size limit and counts the others', async () => {
    const { formatDiffMarkdown } = await import('../../src/posture/format.ts');
    const diffs = Array.from({ length: 50 }, (_, i) => ({
      domain: `d${i}.example.com`,
      status: 'changed' as const,
      changes: [{ aspect: 'DMARC' as const, text: 'p=reject → p=none', weakens: true }],
    }));
    const text = formatDiffMarkdown(diffs, 50, '## Mail impact', 1000);
    expect(Buffer.byteLength(text)).toBeLessThan(1200);
    const listed = (text.match(/^\*\*d\d+\.example\.com\*\*$/gm) ?? []).length;
    expect(listed).toBeGreaterThan(5);
    expect(text).toContain(`${50 - listed} more mail domains changed, not listed here for size: \`mxlint diff\` lists them all.`);
  });
});
