/** Property tests: no parser throws, and every offset any parser reports lies inside its text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBimi } from '../../src/mail/bimi.ts';
import { DkimKeySummary, decodeBase64, parseDkimKey, summarizeDkimKey } from '../../src/mail/dkim.ts';
import { parseDmarc } from '../../src/mail/dmarc.ts';
import { parseMtaSts } from '../../src/mail/mta-sts.ts';
import { type DnsResponse, type SpfAnswerTypes, type SpfQueryType, checkHost } from '../../src/mail/spf-eval.ts';
import { parseExplanation, parseSpf } from '../../src/mail/spf.ts';
import { parseTlsRpt } from '../../src/mail/tls-rpt.ts';

/** Walks an AST and returns every {start, end} pair that falls outside [0, length] or is reversed. */
function badSpans(node: unknown, length: number, path = '$', out: string[] = []): string[] {
  if (node === null || typeof node !== 'object' || node instanceof Uint8Array) return out;
  const o = node as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    if (!(o.start >= 0 && o.start <= o.end && o.end <= length)) out.push(`${path} [${o.start}, ${o.end})`);
  }
  for (const [k, v] of Object.entries(o)) badSpans(v, length, `${path}.${k}`, out);
  // Pieces a parse makes when asked (getters of its classes, as SPF terms have) are checked too.
  const proto: unknown = Object.getPrototypeOf(o);
  if (proto !== null && proto !== Object.prototype && proto !== Array.prototype) {
    for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(proto))) if (d.get) badSpans(o[k], length, `${path}.${k}`, out);
  }
  return out;
}

/** Octet strings (one char per octet), biased toward the characters these grammars care about. */
const octets = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)), maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...'v=spf1 DMARC1 STSv1 TLSRPTv1 BIMI1 DKIM1 ;:/,.!%{}_-+~?ai4p6mxlre0123456789 \t\r\n'.split('')), maxLength: 80 }),
);

const prefixed = (prefix: string): fc.Arbitrary<string> => octets.map((s) => prefix + s);

/** An SPF parse with the pieces its terms make from the record text when asked, so their spans are checked too. */
function spfWithPieces(text: string): unknown {
  const record = parseSpf(text);
  const pieces = record.terms.map((t) =>
    t.type === 'mechanism'
      ? { name: t.name(text), argument: t.argument(text), value: t.value(text), domainSpec: t.domainSpec(text) }
      : t.type === 'modifier'
        ? { name: t.name(text), value: t.value(text), macro: t.macro(text) }
        : {},
  );
  return { record, pieces };
}

const parsers: Array<[string, (t: string) => unknown, fc.Arbitrary<string>]> = [
  ['parseSpf', spfWithPieces, fc.oneof(octets, prefixed('v=spf1 '))],
  ['parseExplanation', parseExplanation, octets],
  ['parseDmarc', parseDmarc, fc.oneof(octets, prefixed('v=DMARC1; '))],
  ['parseDkimKey', parseDkimKey, fc.oneof(octets, prefixed('v=DKIM1; p='))],
  ['parseMtaSts', parseMtaSts, fc.oneof(octets, prefixed('v=STSv1; '))],
  ['parseTlsRpt', parseTlsRpt, fc.oneof(octets, prefixed('v=TLSRPTv1; rua='))],
  ['parseBimi', parseBimi, fc.oneof(octets, prefixed('v=BIMI1; '))],
];

describe('parsers on arbitrary input', () => {
  for (const [name, parse, arb] of parsers) {
    it(`${name} never throws and keeps every span inside the text`, () => {
      fc.assert(
        fc.property(arb, (text) => {
          const ast = parse(text);
          expect(badSpans(ast, text.length)).toEqual([]);
        }),
        { numRuns: 1500 },
      );
    });
  }
});

/** DKIM key records whose p= is base64 of any octets, some of them a DER key's head (SPKI with the RSA or Ed25519 OID, PKCS#1). */
const base64Keys = fc
  .tuple(fc.constantFrom('', '30820122300d06092a864886f70d01010105000382010f00', '302a300506032b6570032100', '3081', '3082010a0282010100'), fc.uint8Array({ maxLength: 300 }))
  .map(([head, tail]) => `v=DKIM1; k=rsa; p=${Buffer.concat([Buffer.from(head, 'hex'), tail]).toString('base64')}`);

describe('the DKIM key summary', () => {
  it('says what the full parse says, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(octets, prefixed('v=DKIM1; p='), prefixed('v=DKIM1; h=sha1; t=y; k='), base64Keys), (text) => {
        const full = parseDkimKey(text);
        const summary = new DkimKeySummary(full);
        // summarizeDkimKey decodes into a scratch buffer instead: the same summary.
        expect(summarizeDkimKey(text)).toEqual(summary);
        const p = full.publicKey;
        const k = full.keyType;
        expect(summary.codes).toEqual(full.problems.map((problem) => problem.code));
        expect(summary.keyType).toBe(k.value);
        expect(summary.keyTypeRange()).toEqual('implicit' in k ? undefined : { start: k.start, end: k.end });
        expect(p ? summary.keyRange() : summary.keyStart).toEqual(p ? { start: p.start, end: p.end } : -1);
        expect([summary.revoked, summary.octets, summary.algorithm, summary.encoding, summary.oid, summary.rsaModulusBits]).toEqual([
          p?.revoked ?? false, p?.bytes?.length ?? 0, p?.algorithm, p?.encoding, p?.oid, p?.rsaModulusBits,
        ]);
        expect([summary.hashAlgorithms, summary.flags]).toEqual([full.hashAlgorithms?.map((h) => h.value), full.flags?.map((f) => f.value)]);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('the DKIM key summary of a long key', () => {
  it('counts octets past the scratch buffer summaries decode into', () => {
    for (const length of [8191, 8192, 8193, 12000]) {
      const text = `v=DKIM1; p=${Buffer.alloc(length, 7).toString('base64')}`;
      expect(summarizeDkimKey(text)).toEqual(new DkimKeySummary(parseDkimKey(text)));
      expect(summarizeDkimKey(text).octets).toBe(length);
    }
  });
});

describe('checkHost on arbitrary records', () => {
  it('never throws and always returns a result within the limits', () => {
    fc.assert(
      fc.property(fc.oneof(octets, prefixed('v=spf1 ')), fc.oneof(octets, prefixed('v=spf1 ')), (a, b) => {
        const zone: Record<string, string[]> = { 'example.com': [a], 'b.example.com': [b] };
        const resolver = {
          query<T extends SpfQueryType>(name: string, type: T): DnsResponse<SpfAnswerTypes[T]> {
            const txt = zone[name.toLowerCase()];
            if (!txt) return { rcode: 'NXDOMAIN', answers: [] };
            // TXT is the only type this zone holds; other types answer empty.
            return { rcode: 'NOERROR', answers: (type === 'TXT' ? txt : []) as SpfAnswerTypes[T][] };
          },
        };
        const r = checkHost('192.0.2.1', 'example.com', 'x@example.com', resolver);
        expect(['pass', 'fail', 'softfail', 'neutral', 'none', 'permerror', 'temperror']).toContain(r.result);
        expect(r.lookups).toBeLessThanOrEqual(11);
        expect(r.voidLookups).toBeLessThanOrEqual(3);
      }),
      { numRuns: 1000 },
    );
  });

  it('decodeBase64 gives the octets Node decodes, whatever folding whitespace splits the text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.array(fc.constantFrom(' ', '\t', '\r\n '), { maxLength: 6 }), fc.nat(), (bytes, spaces, seed) => {
        let text = Buffer.from(bytes).toString('base64');
        // Folding whitespace at places the seed picks.
        for (const space of spaces) {
          const at = (seed * 7919 + text.length) % (text.length + 1);
          text = text.slice(0, at) + space + text.slice(at);
        }
        const problems: never[] = [];
        const decoded = decodeBase64(text, 0, text.length, 'key', problems);
        expect(problems).toEqual([]);
        expect(decoded.bytes).toEqual(new Uint8Array(bytes));
      }),
      { numRuns: 1000 },
    );
  });
});
