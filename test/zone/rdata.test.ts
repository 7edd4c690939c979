import { describe, expect, it } from 'vitest';
import { ArrayRdataStore, type RdataField } from '../../src/model/record.ts';
import { SourceText } from '../../src/model/source.ts';
import {
  type Rdata, type TxtRdata, alpnIds, classNumber, parseRdata, rdataToWire, txtOffset, txtText, typeName, typeNumber,
} from '../../src/zone/rdata/index.ts';

/** Field positions as a provider export's records give them: from field objects (index 0 is the first field). */
function positionsOf(fields: RdataField[]): ArrayRdataStore {
  const store = new ArrayRdataStore();
  store.add(fields);
  return store;
}

/** Splits rdata text into fields as the BIND reader does (quoted strings, escapes kept, parentheses dropped). */
function fieldsOf(text: string): { fields: RdataField[]; source: SourceText } {
  const source = new SourceText('t.zone', text, 'octets');
  const fields: RdataField[] = [];
  let i = 0;
  while (i < text.length) {
    if (/[\s()]/.test(text[i])) {
      i++;
      continue;
    }
    const start = i;
    const quoted = text[i] === '"';
    if (quoted) i++;
    while (i < text.length && (quoted ? text[i] !== '"' : !/[\s"]/.test(text[i]))) i += text[i] === '\\' ? 2 : 1;
    if (quoted) i++;
    fields.push({ text: text.slice(start + (quoted ? 1 : 0), quoted ? i - 1 : i), quoted, span: { source, start, end: i } });
  }
  return { fields, source };
}

function parse(type: string, text: string, origin = 'example.com.'): Rdata {
  const r = parseRdata(type, fieldsOf(text).fields, origin);
  if (!r.ok) throw new Error(r.error.message);
  return r.rdata;
}

function wireHex(type: string, text: string, origin = '.'): string {
  return Buffer.from(rdataToWire(parse(type, text, origin)) ?? []).toString('hex').toUpperCase();
}

function error(type: string, text: string) {
  const r = parseRdata(type, fieldsOf(text).fields, 'example.com.');
  if (r.ok) throw new Error(`${type} ${text} was accepted`);
  return r.error;
}

describe('registry', () => {
  it('maps mnemonics and TYPEnnn both ways', () => {
    expect(typeNumber('mx')).toBe(15);
    expect(typeNumber('TYPE15')).toBe(15);
    expect(typeNumber('type65535')).toBe(65535);
    expect(typeNumber('TYPE65536')).toBeUndefined();
    expect(typeNumber('BOGUS')).toBeUndefined();
    expect(typeName(257)).toBe('CAA');
    expect(typeName(65000)).toBe('TYPE65000');
    expect(classNumber('in')).toBe(1);
    expect(classNumber('CH')).toBe(3);
    expect(classNumber('CLASS32')).toBe(32);
  });
});

describe('parseRdata', () => {
  it('types MX with an absolute exchange', () => {
    const r = parse('MX', '10 mail');
    expect(r).toEqual({ type: 'MX', preference: 10, exchange: 'mail.example.com.' });
    if (r.type === 'MX') expect(r.exchange).toBe('mail.example.com.');
  });

  it('reads SOA timers with TTL units', () => {
    expect(parse('SOA', 'ns hostmaster 2024010101 1h 15m 2w 300')).toMatchObject({
      type: 'SOA', mname: 'ns.example.com.', rname: 'hostmaster.example.com.', serial: 2024010101, refresh: 3600, retry: 900, expire: 1209600, minimum: 300,
    });
    expect(error('SOA', '@ @ 1h 0 0 0 0')).toMatchObject({ code: 'bad-number', field: 2 });
    // BIND: after a unit, every number needs one.
    expect(error('SOA', '@ @ 1 1h30 0 0 0')).toMatchObject({ code: 'bad-number', field: 3 });
  });

  it('normalises AAAA and accepts a dotted tail', () => {
    expect(parse('AAAA', '2001:DB8:0:0::1')).toEqual({ type: 'AAAA', address: '2001:db8::1' });
    expect(wireHex('AAAA', '0::1.2.3.4')).toBe('00000000000000000000000001020304');
    expect(error('AAAA', '0::FFFFF').code).toBe('bad-ipv6');
  });

  it('reports the offending field, quoting it', () => {
    expect(error('MX', '65536 mail')).toMatchObject({ code: 'number-too-large', field: 0 });
    expect(error('MX', '65536 mail').message).toContain("'65536'");
    expect(error('MX', '10')).toMatchObject({ code: 'missing-field', field: 1 });
    expect(error('MX', '10 mail extra')).toMatchObject({ code: 'unexpected-field', field: 2 });
    expect(error('A', '1.2.3')).toMatchObject({ code: 'bad-ipv4', field: 0 });
    expect(error('NS', 'a..b')).toMatchObject({ code: 'bad-name', field: 0 });
  });

  it('rejects a character-string over 255 octets', () => {
    expect(error('TXT', `"ok" "${'x'.repeat(256)}"`)).toMatchObject({ code: 'string-too-long', field: 1 });
    expect(parse('TXT', `"${'x'.repeat(255)}"`).type).toBe('TXT');
  });

  it('rejects an unescaped quote in an unquoted string (a provider export can hand one over)', () => {
    const source = new SourceText('z.json', '{"v":"a\\"b"}', 'utf8');
    const field: RdataField = { text: 'a"b', quoted: false, span: { source, start: 5, end: 12 } };
    const r = parseRdata('TXT', [field], '.');
    expect(r.ok ? r.rdata : r.error).toMatchObject({ code: 'bad-text', field: 0 });
  });

  it('keeps RFC 3597 generic rdata raw and checks its length', () => {
    expect(parse('TYPE65000', '\\# 3 0102 03')).toEqual({ type: 'unknown', rrtype: 65000, wire: Uint8Array.of(1, 2, 3) });
    expect(parse('MX', '\\# 3 0001 00')).toMatchObject({ type: 'unknown', rrtype: 15 });
    expect(error('TYPE65000', '\\# 2 00').code).toBe('generic-length');
    expect(error('TYPE65000', '\\# 1 0G').code).toBe('bad-hex');
    expect(error('MX', '\\# 0').code).toBe('generic-length');
    // Decoded as the type's wire form, as BIND does: a compression pointer, octets left over, a string cut short.
    expect(error('MR', '\\# 2 c000').code).toBe('bad-generic');
    expect(error('A', '\\# 5 c000020100').code).toBe('bad-generic');
    expect(error('TXT', '\\# 3 016162').code).toBe('bad-generic');
    expect(parse('TXT', '\\# 4 01610162')).toMatchObject({ type: 'unknown', rrtype: 16 });
    expect(error('TYPE65000', 'foo').code).toBe('generic-required');
  });

  it('reads CAA, TLSA, DS and SSHFP', () => {
    expect(parse('CAA', '0 issue "letsencrypt.org"')).toMatchObject({ type: 'CAA', flags: 0, tag: 'issue', value: { value: 'letsencrypt.org' } });
    const tlsa = parse('TLSA', '3 1 1 0102 FF');
    expect(tlsa).toMatchObject({ type: 'TLSA', usage: 3, selector: 1, matchingType: 1 });
    if (tlsa.type === 'TLSA') expect([...tlsa.data]).toEqual([1, 2, 255]);
    expect(wireHex('DS', '60485 RSASHA1 3 2BB183AF')).toBe('EC4505032BB183AF');
    expect(error('SSHFP', '1 1 0').code).toBe('bad-hex');
  });

  it('reads HTTPS SvcParams, sorted, with value lists', () => {
    const r = parse('HTTPS', '1 . port=8443 alpn=h2,h3 mandatory=alpn,port');
    if (r.type !== 'HTTPS') throw new Error('not HTTPS');
    expect(r.params.map((p) => p.key)).toEqual([0, 1, 3]);
    expect(alpnIds(r.params[1].value)).toEqual(['h2', 'h3']);
    expect(error('HTTPS', '1 . mandatory=port').message).toContain("'port'");
    expect(error('SVCB', '1 . key123=a key123=b').code).toBe('bad-svcparam');
    expect(wireHex('SVCB', '1 . alpn="f\\\\\\\\oo\\\\,bar,h2"')).toBe('0001000001000C08665C6F6F2C626172026832');
  });

  it('encodes names as written, without lower-casing', () => {
    expect(wireHex('CNAME', 'WWW.Example.', '.')).toBe('03575757074578616D706C6500');
    expect(wireHex('NS', '\\065b', 'c.')).toBe('0241620163' + '00');
  });

  it('encodes type bitmaps and LOC', () => {
    expect(wireHex('NSEC', 'host.example.com. A MX RRSIG NSEC TYPE1234')).toBe(
      '04686F7374076578616D706C6503636F6D000006400100000003041B000000000000000000000000000000000000000000000000000020',
    );
    expect(wireHex('LOC', '1 N 1 E 0')).toBe('001216138036EE808036EE8000989680');
  });
});

describe('SINK, A6 and NXT as BIND 9.18 reads them', () => {
  it('encodes their wire forms', () => {
    expect(wireHex('SINK', '1 2 3 AQ ID')).toBe('010203010203');
    // The prefix bits of the suffix address are cleared, as BIND does.
    expect(wireHex('A6', '65 ffff:ffff:ffff:ffff:ffff::1 p.')).toBe('417FFF000000000001017000');
    expect(wireHex('A6', '0 ::1')).toBe('00' + '00'.repeat(15) + '01');
    expect(wireHex('NXT', 'n. A NS 127')).toBe('016E00' + '60' + '00'.repeat(14) + '01');
    expect(wireHex('NXT', 'n. 65537 +5')).toBe('016E00' + '44');
  });

  it('refuses what BIND refuses', () => {
    expect(error('A6', '129 ::1 p.').code).toBe('number-too-large');
    expect(error('A6', '64 ::1')).toMatchObject({ code: 'missing-field', field: 2 });
    expect(error('NXT', 'n. 128')).toMatchObject({ code: 'bad-type', field: 1 });
    expect(error('SINK', '1 2')).toMatchObject({ code: 'missing-field', field: 2 });
    expect(error('A6', '\\# 3 7f8100').code).toBe('bad-generic');
    expect(error('NXT', '\\# 3 004000').code).toBe('bad-generic');
  });
});

describe('field errors', () => {
  it('gives a code per kind of mistake', () => {
    expect(error('DNSKEY', '257 3 13 AA =').code).toBe('bad-base64');
    expect(error('NSEC3', '1 0 0 - 123456 78').code).toBe('bad-base32hex');
    expect(error('NSEC', 'a. A BOGUS')).toMatchObject({ code: 'bad-type', field: 2 });
    expect(error('RRSIG', 'A 8 2 300 22260101000000 0 1 . AA==')).toMatchObject({ code: 'bad-time', field: 4 });
    expect(error('LOC', '91 0 0 N 0 0 0 E 0').code).toBe('number-too-large');
    expect(error('APL', '2:0.0.0.0/32').code).toBe('bad-apl');
    expect(error('IPSECKEY', '0 4 0 .').code).toBe('bad-gateway');
    expect(error('SVCB', '1 . alpn=a,,b').code).toBe('bad-svcparam');
    expect(error('EUI48', '00-00-00-00-00').code).toBe('bad-hex');
    expect(error('TXT', '"\\256"').code).toBe('bad-escape');
  });

  it('refuses quotes where BIND takes a plain token, and a URI target without them', () => {
    expect(error('MX', '10 "mail"')).toMatchObject({ code: 'quoted-field', field: 1 });
    expect(error('CAA', '0 "issue" "ca.example"')).toMatchObject({ code: 'quoted-field', field: 1 });
    expect(error('URI', '1 2 https://a.example/')).toMatchObject({ code: 'unquoted-field', field: 2 });
    expect(parse('CAA', '0 issue ca.example')).toMatchObject({ tag: 'issue' });
  });

  it('checks an RRSIG signer against the labels field, not a SIG signer', () => {
    expect(error('RRSIG', 'A 8 1 300 20250101000000 20240101000000 1 a.example.com. AQID')).toMatchObject({ code: 'bad-signer', field: 7 });
    expect(parse('SIG', 'A 8 1 300 20250101000000 20240101000000 1 a.example.com. AQID')).toMatchObject({ signer: 'a.example.com.' });
  });

  it('reads RRSIG dates as serial-number seconds', () => {
    expect(parse('RRSIG', 'A 8 2 3600 20240101000000 0 1 . AA==')).toMatchObject({ typeCovered: 1, originalTtl: 3600, expiration: 1704067200 });
    // The original TTL is a plain number: BIND refuses TTL units there.
    expect(error('RRSIG', 'A 8 2 1h 20240101000000 0 1 . AA==')).toMatchObject({ field: 3 });
  });
});

describe('TXT offsets', () => {
  it('joins strings and maps every decoded octet, escapes included, back to the file', () => {
    const text = '"v=spf1 \\"x\\"" ( \n "\\043all" )';
    const { fields } = fieldsOf(text);
    const r = parseRdata('TXT', fields, '.');
    if (!r.ok || r.rdata.type !== 'TXT') throw new Error('not TXT');
    const joined = txtText(r.rdata);
    const at = positionsOf(fields);
    expect(joined).toBe('v=spf1 "x"+all');
    const plus = joined.indexOf('+all');
    expect(text.slice(txtOffset(r.rdata, at, plus), txtOffset(r.rdata, at, plus) + 4)).toBe('\\043');
    expect(text[txtOffset(r.rdata, at, plus + 1)]).toBe('a');
    expect(text.slice(txtOffset(r.rdata, at, joined.indexOf('"')), txtOffset(r.rdata, at, joined.indexOf('"')) + 2)).toBe('\\"');
    expect(txtOffset(r.rdata, at, joined.length)).toBe(text.lastIndexOf('"'));
  });

  it('uses a field\'s own offsets when a provider reader re-encoded it', () => {
    const source = new SourceText('z.json', '{"v":"a\\u0062c"}', 'utf8');
    const field: RdataField = { text: 'abc', quoted: true, span: { source, start: 5, end: 16 }, offsets: Int32Array.of(6, 7, 13) };
    const r = parseRdata('TXT', [field], '.');
    if (!r.ok || r.rdata.type !== 'TXT') throw new Error('not TXT');
    expect([0, 1, 2].map((i) => txtOffset(r.rdata as TxtRdata, positionsOf([field]), i))).toEqual([6, 7, 13]);
  });
});
