import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArrayRdataStore, fieldCharOffset } from '../../src/model/record.ts';
import { locate, spanText } from '../../src/model/span.ts';
import { txtOf } from '../../src/engine/records.ts';
import { readZone } from '../../src/zone/reader.ts';
import { CompactTxt, rdataToWire, txtOffset, txtText, type TxtRdata } from '../../src/zone/rdata/index.ts';
import { decodeCharString } from '../../src/zone/rdata/text.ts';

function zoneDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mxlint-reader-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function read(text: string | Buffer, origin = 'example.com.', extra: Record<string, string> = {}) {
  const dir = zoneDir({ 'example.com.zone': text, ...extra });
  return readZone(join(dir, 'example.com.zone'), { origin, root: dir });
}

const where = (d: { span: Parameters<typeof locate>[0] }) => {
  const at = locate(d.span);
  return `${at.line}:${at.column}-${at.endLine}:${at.endColumn}`;
};

describe('BIND reader', () => {
  it('inherits owner, TTL and class; accepts TTL and class in either order and TTL units', () => {
    const zone = read('$TTL 1h\n@ IN SOA ns hostmaster 1 7200 3600 1209600 300\n  NS ns\nmail 300 IN A 192.0.2.1\n     IN 1w2d3h4m5s AAAA 2001:db8::1\nwww in cname mail\n');
    expect(zone.records.map((r) => `${r.owner} ${r.ttl} ${r.type} ${r.rdataText}`)).toEqual([
      'example.com. 3600 SOA ns hostmaster 1 7200 3600 1209600 300',
      'example.com. 3600 NS ns',
      'mail.example.com. 300 A 192.0.2.1',
      'mail.example.com. 788645 AAAA 2001:db8::1',
      'www.example.com. 3600 CNAME mail',
    ]);
    expect(zone.diagnostics).toEqual([]);
  });

  it('keeps the exact span of every field, across parentheses and lines', () => {
    const zone = read('$TTL 300\n@ SOA ns.example.com. hostmaster.example.com. (\n    2024010101 ; serial\n    7200 )\n');
    expect(zone.diagnostics.map((d) => d.message)).toHaveLength(1); // the SOA lacks fields
    const ok = read('$TTL 300\n@ SOA ns.example.com. hostmaster.example.com. (\n    2024010101 ; serial\n    7200 3600 1209600 300 )\n  MX 10 mail\n');
    const [soa, mx] = ok.records;
    expect(where({ span: soa.fields[2].span })).toBe('3:5-3:15');
    expect(where({ span: soa.fields[6].span })).toBe('4:23-4:26');
    expect(where({ span: mx.fields[1].span })).toBe('5:9-5:13');
    expect(where({ span: mx.ttlSpan })).toBe('5:3-5:5'); // implicit TTL: the type stands in
    expect(ok.comments.map((c) => c.text)).toEqual([' serial']);
  });

  it('maps each character of a TXT record split over strings and lines back to the file', () => {
    const zone = read('$TTL 300\n@ TXT ( "v=spf1 ip4:192.0.2.1 "\n        "+al\\108" )\n');
    const txt = txtOf(zone.records[0])!;
    expect(txt.text).toBe('v=spf1 ip4:192.0.2.1 +all');
    const start = txt.text.indexOf('+all');
    const span = txt.span(start, start + 4);
    expect(where({ span })).toBe('3:10-3:17');
    expect(spanText(span)).toBe('+al\\108');
    expect(where({ span: txt.span(0, 6) })).toBe('2:10-2:16');
  });

  it('keeps TXT rdata compact and gives what decoding its strings gives', () => {
    const zone = read('$TTL 300\n@ TXT "v=spf1 -all"\n@ TXT ( "v=DKIM1; k=rsa; " "p=MIIB"\n  "IjAN" )\n@ TXT "a\\059b" "c"\n@ TXT "" "x"\n@ TXT v=x "" "yz"\n');
    const kept = zone.records.map((r) => r.keptRdata);
    // Written without escapes: compact; with one, the parse is kept as it is.
    expect(kept.map((k) => k instanceof CompactTxt)).toEqual([true, true, false, true, true]);
    for (const record of zone.records) {
      // The strings as the TXT codec decodes them, in a plain object.
      const strings = record.fields.map((f, i) => decodeCharString(f, i, 'TXT string'));
      const plain = { type: 'TXT', strings } as TxtRdata;
      const rdata = record.keptRdata as TxtRdata;
      expect(rdata.strings).toEqual(strings);
      expect(txtText(rdata)).toBe(txtText(plain));
      expect(rdataToWire(rdata)).toEqual(rdataToWire(plain));
      const view = txtOf(record)!;
      expect(view.text).toBe(txtText(plain));
      expect(view.stringLengths).toEqual(strings.map((s) => s.value.length));
      // The record answers from its token offsets; the field objects are the reference.
      const fields = record.fields;
      const reference = new ArrayRdataStore();
      reference.add(fields);
      for (let i = 0; i <= view.length; i++) expect(txtOffset(rdata, record, i)).toBe(txtOffset(plain, reference, i));
      for (let f = 0; f < fields.length; f++) {
        expect(record.fieldSpan(f)).toEqual(fields[f].span);
        expect(record.textEnd(f)).toBe(fieldCharOffset(fields[f], fields[f].text.length));
        for (let i = 0; i <= fields[f].text.length; i++) expect(record.textOffset(f, i)).toBe(fieldCharOffset(fields[f], i));
      }
    }
    const dkim = txtOf(zone.records[1])!;
    expect(spanText(dkim.span(dkim.text.indexOf('MIIB'), dkim.text.indexOf('IjAN') + 4))).toBe('MIIB"\n  "IjAN');
  });

  it('reads escapes, quotes and semicolons inside strings', () => {
    const zone = read('$TTL 300\n@ TXT "a \\"quoted\\" \\; b" ; comment\n');
    expect(txtOf(zone.records[0])!.text).toBe('a "quoted" ; b');
    expect(zone.comments[0].text).toBe(' comment');
  });

  it('accepts CRLF line endings and tabs', () => {
    const zone = read(Buffer.from('$TTL 300\r\n@\tIN\tMX\t10 mail\r\nmail\tA\t192.0.2.1\r\n', 'utf8'));
    expect(zone.diagnostics).toEqual([]);
    expect(zone.records.map((r) => r.rdataText)).toEqual(['10 mail', '192.0.2.1']);
    expect(where({ span: zone.records[0].fields[1].span })).toBe('2:12-2:16');
  });

  it('reports a byte-order mark, which BIND does not skip, and reads the rest as meant', () => {
    const zone = read(Buffer.from('\ufeff$TTL 300\r\n@\tIN\tMX\t10 mail\r\nmail\tA\t192.0.2.1\r\n', 'utf8'));
    expect(zone.diagnostics.map((d) => `${where(d)} ${d.severity} ${d.ruleId}`)).toEqual(['1:1-1:2 error syntax/byte-order-mark']);
    expect(zone.records.map((r) => r.rdataText)).toEqual(['10 mail', '192.0.2.1']);
    expect(where({ span: zone.records[0].fields[1].span })).toBe('2:12-2:16');
  });

  it('counts columns in characters on lines with UTF-8 text', () => {
    const zone = read(Buffer.from('$TTL 300\n@ TXT "café" "x" 10\n', 'utf8'));
    expect(zone.records).toHaveLength(1);
    expect(where({ span: zone.records[0].fields[2].span })).toBe('2:18-2:20');
  });

  it('reports bad input at its position and resumes at the next record', () => {
    const zone = read('$TTL 300\n@ MX ten mail\nbad..name A 192.0.2.1\n@ A 192.0.2.300\n@ FOO bar\n@ TXT "unterminated\nok A 192.0.2.2\n$BOGUS x\nlong TXT "' + 'x'.repeat(256) + '"\n');
    expect(zone.records.map((r) => r.owner)).toEqual(['ok.example.com.']);
    expect(zone.diagnostics.map((d) => `${where(d)} ${d.ruleId}`)).toEqual([
      '2:6-2:9 syntax/bad-number',
      '3:1-3:10 syntax/bad-owner',
      '4:5-4:16 syntax/bad-ipv4',
      '5:3-5:6 syntax/unknown-type',
      '6:7-6:20 syntax/unterminated-string',
      '8:1-8:7 syntax/unknown-directive',
      '9:10-9:268 syntax/string-too-long',
    ]);
    for (const d of zone.diagnostics) expect(d.message.length).toBeGreaterThan(10);
  });

  it('recovers from an unclosed parenthesis at the line after it', () => {
    const zone = read('$TTL 300\n@ TXT ( "a"\nmail A 192.0.2.1\n');
    expect(zone.diagnostics.map((d) => `${where(d)} ${d.ruleId}`)).toEqual(['2:7-2:8 syntax/unclosed-parenthesis']);
    expect(zone.records.map((r) => r.owner)).toEqual(['mail.example.com.']);
  });

  it('falls back to the SOA minimum without $TTL, with a warning as BIND gives one', () => {
    const zone = read('@ SOA ns hostmaster 1 7200 3600 1209600 600\n@ NS ns\n');
    expect(zone.records.map((r) => r.ttl)).toEqual([600, 600]);
    expect(zone.diagnostics.map((d) => `${d.severity} ${d.ruleId}`)).toEqual(['warning syntax/no-default-ttl']);
  });

  it('follows $ORIGIN, relative names, escaped dots and @', () => {
    const zone = read('$TTL 300\n$ORIGIN sub.example.com.\n@ A 192.0.2.1\nwww A 192.0.2.2\na\\.b A 192.0.2.3\n$ORIGIN example.com.\nmx MX 0 .\n');
    expect(zone.records.map((r) => r.owner)).toEqual(['sub.example.com.', 'www.sub.example.com.', 'a\\.b.sub.example.com.', 'mx.example.com.']);
  });

  it('reads $INCLUDE relative to the including file, with an optional origin', () => {
    const zone = read('$TTL 300\n$INCLUDE inc/mail.inc\n$INCLUDE inc/mail.inc other.example.\nafter A 192.0.2.9\n', 'example.com.', { 'inc/mail.inc': 'mx A 192.0.2.1\n' });
    expect(zone.records.map((r) => `${r.owner} ${r.source.path.endsWith('mail.inc')}`)).toEqual([
      'mx.example.com. true',
      'mx.other.example. true',
      'after.example.com. false',
    ]);
  });

  it('names a Windows DNS aging stamp for what it is', () => {
    const zone = read('$TTL 300\nwks1 [AGE:3c5b2d1] 1200 A 192.0.2.77\n');
    expect(zone.diagnostics.map((d) => `${d.ruleId} ${d.message}`)).toEqual([
      "syntax/unknown-type '[AGE:3c5b2d1]' is not a record type (a Windows DNS aging stamp, which BIND does not read: delete it; the record's TTL and type follow it)",
    ]);
  });

  it("reads cli53's alias lines as ALIAS records to their target, with the provider's TTL, said once per file", () => {
    const zone = read('$TTL 300\n@ 86400 AWS ALIAS A d111111abcdef8.cloudfront.net. Z2FDTNDATAQYW2 false\nwww 86400 AWS ALIAS AAAA @ $self true ; AWS routing="WEIGHTED" weight=1 identifier="one"\n');
    expect(zone.records.map((r) => `${r.owner} ${r.type} ${r.rdataText} ${r.automaticTtl}`)).toEqual(['example.com. ALIAS d111111abcdef8.cloudfront.net. true', 'www.example.com. ALIAS @ true']);
    expect(zone.diagnostics.map((d) => `${d.ruleId} ${d.severity} ${locate(d.span).line}`)).toEqual(['syntax/cli53-alias info 2']);
    // Anything else after `AWS` is no record BIND or Route 53 knows.
    expect(read('$TTL 300\nwww 86400 AWS ALIAS A target.example.\n').diagnostics.map((d) => d.ruleId)).toEqual(['syntax/unknown-type']);
  });

  it('never reads outside the lint root nor loops on an include cycle', () => {
    const outside = zoneDir({ 'secret.zone': 'x A 192.0.2.1\n' });
    const dir = zoneDir({
      'example.com.zone': `$TTL 300\n$INCLUDE ../escape.zone\n$INCLUDE ${join(outside, 'secret.zone')}\n$INCLUDE link.zone\n$INCLUDE a.inc\n$INCLUDE missing.inc\n`,
      'a.inc': '$INCLUDE b.inc\n',
      'b.inc': '$INCLUDE a.inc\nb A 192.0.2.2\n',
    });
    symlinkSync(join(outside, 'secret.zone'), join(dir, 'link.zone'));
    const zone = readZone(join(dir, 'example.com.zone'), { origin: 'example.com.', root: dir });
    expect(zone.diagnostics.map((d) => d.ruleId)).toEqual([
      'syntax/include-not-found',
      'syntax/include-outside-root',
      'syntax/include-outside-root',
      'syntax/include-cycle',
      'syntax/include-not-found',
    ]);
    expect(zone.records.map((r) => r.owner)).toEqual(['b.example.com.']);
  });

  it('expands $GENERATE with ${offset,width,base} and a step, and refuses huge ranges', () => {
    const zone = read('$TTL 300\n$GENERATE 1-5/2 host-${10,3,d} A 192.0.2.$\n$GENERATE 10-11 $.rev PTR host${0,2,x}.example.com.\n$GENERATE 0-70000 h$ A 192.0.2.1\n');
    expect(zone.records.map((r) => `${r.owner} ${r.rdataText}`)).toEqual([
      'host-011.example.com. 192.0.2.1',
      'host-013.example.com. 192.0.2.3',
      'host-015.example.com. 192.0.2.5',
      '10.rev.example.com. host0a.example.com.',
      '11.rev.example.com. host0b.example.com.',
    ]);
    expect(zone.diagnostics.map((d) => `${where(d)} ${d.ruleId}`)).toEqual(['4:11-4:18 syntax/generate-too-large']);
  });

  it('keeps unknown types and the RFC 3597 generic form without error', () => {
    const zone = read('$TTL 300\n@ TYPE65534 \\# 3 abcdef\n@ CLASS1 TYPE1 \\# 4 c0000201\n');
    expect(zone.diagnostics).toEqual([]);
    expect(zone.records.map((r) => r.type)).toEqual(['TYPE65534', 'A']);
  });
});
