/** The compact policy TXT facts: what the engine keeps per TXT view, DKIM key and DMARC record agrees with the full parse. */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bimiEntries, dmarcEntries, externalDestinations, policyRecords } from '../../src/engine/dmarc.ts';
import { dkimKeys, mtaStsRecords, tlsRptRecords } from '../../src/engine/mail-records.ts';
import { rdataOf, txtOf } from '../../src/engine/records.ts';
import { parseDkimKey } from '../../src/mail/dkim.ts';
import { spanText } from '../../src/model/span.ts';
import { readZone } from '../../src/zone/reader.ts';
import { splitKeys } from '../../rules/dkim-split-key/pieces.ts';

/** A zone of example.com. (or of `origin`) holding these lines. */
function zoneOf(...lines: string[]) {
  return zoneAt('example.com.', ...lines);
}

function zoneAt(origin: string, ...lines: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'mxlint-policy-'));
  writeFileSync(join(dir, `${origin}zone`), ['$TTL 300', ...lines, ''].join('\n'));
  return readZone(join(dir, `${origin}zone`), { origin, root: dir });
}

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

describe('TxtView', () => {
  it('holds the octets of a record of several strings once, with the strings as they were', () => {
    const zone = zoneOf('@ TXT ( "v=spf1 ip4:192.0.2.1 " "+al\\108" "" "x" )');
    const record = zone.records[0];
    const view = txtOf(record)!;
    expect(view.text).toBe('v=spf1 ip4:192.0.2.1 +allx');
    expect(view.length).toBe(view.text.length);
    expect(view.stringLengths).toEqual([21, 4, 0, 1]);
    expect(rdataOf(record, 'TXT')!.strings.map((s) => s.value)).toEqual(['v=spf1 ip4:192.0.2.1 ', '+all', '', 'x']);
    const at = view.text.indexOf('+all');
    expect(spanText(view.span(at, at + 4))).toBe('+al\\108');
    expect(spanText(view.span(view.length - 1, view.length))).toBe('x');
  });
});

describe('DKIM keys', () => {
  it('keeps a summary that agrees with the full parse, and makes names and details when asked', () => {
    const key = `v=DKIM1; k=rsa; h=sha1; t=y:s; p=${rsa}`;
    const strings = [key.slice(0, 200), key.slice(200)].map((s) => `"${s}"`).join(' ');
    const zone = zoneOf(`s1.eu._domainkey.Mail TXT ( ${strings} )`, 'sel._domainkey TXT "v=DKIM1; k=ed25519; p="');
    const [first, second] = dkimKeys(zone);
    expect([first.selector, first.domain, first.domainKey, first.ownerKey]).toEqual(['s1.eu', 'Mail.example.com.', 'mail.example.com.', 's1.eu._domainkey.mail.example.com.']);
    const full = parseDkimKey(key);
    expect(first.details()).toEqual(full);
    const summary = first.summary;
    expect(summary.keyRange()).toEqual({ start: full.publicKey!.start, end: full.publicKey!.end });
    expect(summary.keyTypeRange()).toEqual({ start: 11, end: 14 });
    expect([summary.keyType, summary.algorithm, summary.encoding, summary.rsaModulusBits, summary.octets, summary.revoked]).toEqual(['rsa', 'rsa', 'spki', 2048, full.publicKey!.bytes!.length, false]);
    expect([summary.hashAlgorithms, summary.flags, summary.codes]).toEqual([['sha1'], ['y', 's'], []]);
    expect(second.selector).toBe('sel');
    expect([second.summary.keyType, second.summary.revoked, second.summary.octets, second.summary.keyRange()]).toEqual(['ed25519', true, 0, { start: 22, end: 22 }]);
  });

  it('keeps the problem codes in the order of the problems, and no k= span when k= is absent', () => {
    const zone = zoneOf('a._domainkey TXT "p=AAAAAAAA; x=1"');
    const [entry] = dkimKeys(zone);
    expect(entry.summary.codes).toEqual(entry.details().problems.map((p) => p.code));
    expect(entry.summary.codes).toEqual(['invalid-public-key', 'unknown-tag']);
    expect(entry.summary.keyTypeRange()).toBeUndefined();
  });
});

describe('DKIM keys split over several records', () => {
  it('are found by name, in the order of their first records, with their records in file order', () => {
    const zone = zoneOf(
      'b._domainkey TXT "v=DKIM1"',
      'a._domainkey TXT "v=DKIM1; k=rsa"',
      'one._domainkey TXT "v=DKIM1; p=AAAA"',
      'a._domainkey TXT "p=AAAA"',
      'b._domainkey TXT "p=AAAA"',
      'two._domainkey TXT "v=DKIM1; p=AAAA"',
      'two._domainkey TXT "v=DKIM1; p=BBBB"',
    );
    // Two whole keys at one name (two) are two keys; a name with one record is no split key.
    expect([...splitKeys(zone)].map(([key, records]) => [key, records.map((r) => txtOf(r)!.text)])).toEqual([
      ['b._domainkey.example.com.', ['v=DKIM1', 'p=AAAA']],
      ['a._domainkey.example.com.', ['v=DKIM1; k=rsa', 'p=AAAA']],
    ]);
  });
});

describe('DMARC, MTA-STS, TLS-RPT and BIMI entries', () => {
  it('tell their place and the domain they speak for from the owner', () => {
    const zone = zoneOf(
      '_dmarc TXT "v=DMARC1; p=none"',
      '_dmarc.Sub TXT "v=DMARC1; p=reject"',
      'other.example.net._report._dmarc TXT "v=DMARC1"',
      // The first `_report` label is the first label or is not followed by `_dmarc`: no receiver looks there (as before).
      'a._report.b._report._dmarc TXT "v=DMARC1"',
      '_report._dmarc TXT "v=DMARC1"',
      '_report.x._report._dmarc TXT "v=DMARC1"',
      'stray TXT "v=DMARC1; p=none"',
      // A near miss counts at a `_dmarc` name only.
      '_dmarc.near TXT "p=none; v=DMARC1"',
      'near.example.org._report._dmarc TXT "p=none; v=DMARC1"',
      'near TXT "p=none; v=DMARC1"',
      '_mta-sts.Shop TXT "v=STSv1; id=1"',
      '_smtp._tls.Shop TXT "v=TLSRPTv1; rua=mailto:tls@example.com"',
      'Brand._bimi.Shop TXT "v=BIMI1; l=https://example.com/logo.svg"',
      'brand._bimi TXT "v=BIMI1; l="',
      'x._bimi_.shop TXT "v=BIMI1; l="',
    );
    expect(dmarcEntries(zone).map((e) => [e.place, e.domainKey, e.domain])).toEqual([
      ['policy', 'example.com.', 'example.com.'],
      ['policy', 'sub.example.com.', 'Sub.example.com.'],
      ['authorization', 'other.example.net.', 'other.example.net._report._dmarc.example.com.'],
      ['elsewhere', 'a._report.b._report._dmarc.example.com.', 'a._report.b._report._dmarc.example.com.'],
      ['elsewhere', '_report._dmarc.example.com.', '_report._dmarc.example.com.'],
      ['elsewhere', '_report.x._report._dmarc.example.com.', '_report.x._report._dmarc.example.com.'],
      ['elsewhere', 'stray.example.com.', 'stray.example.com.'],
      ['policy', 'near.example.com.', 'near.example.com.'],
      ['authorization', 'near.example.org.', 'near.example.org._report._dmarc.example.com.'],
    ]);
    expect(mtaStsRecords(zone).map((e) => [e.domain, e.domainKey, e.indicator])).toEqual([['Shop.example.com.', 'shop.example.com.', true]]);
    expect(tlsRptRecords(zone).map((e) => [e.domain, e.domainKey, e.indicator])).toEqual([['Shop.example.com.', 'shop.example.com.', true]]);
    expect(bimiEntries(zone).map((e) => [e.selector, e.domain, e.domainKey])).toEqual([
      ['brand', 'Shop.example.com.', 'shop.example.com.'],
      ['brand', 'example.com.', 'example.com.'],
    ]);
  });
});

describe('DMARC report destinations', () => {
  it('are judged against each record’s own organization, also where records share one parse', () => {
    const text = '"v=DMARC1; p=none; rua=mailto:r@a.test,mailto:r@A.test.; ruf=mailto:f@b.test"';
    const zone = zoneAt('test.', `_dmarc.b TXT ${text}`, `_dmarc.a TXT ${text}`, `_dmarc.x.a TXT ${text}`);
    const [b, a, xa] = policyRecords(zone);
    expect(b.dmarc).toBe(a.dmarc);
    const external = (entry: typeof a) => externalDestinations(entry).map((d) => [d.tag, d.destination, d.name]);
    expect(external(b)).toEqual([
      ['rua', 'a.test.', 'b.test._report._dmarc.a.test.'],
      ['rua', 'a.test.', 'b.test._report._dmarc.a.test.'],
    ]);
    expect(external(a)).toEqual([['ruf', 'b.test.', 'a.test._report._dmarc.b.test.']]);
    expect(external(xa)).toEqual([['ruf', 'b.test.', 'x.a.test._report._dmarc.b.test.']]);
  });
});
