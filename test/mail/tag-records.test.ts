import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBimiRecord, parseBimi } from '../../src/mail/bimi.ts';
import { isMtaStsRecord, parseMtaSts } from '../../src/mail/mta-sts.ts';
import { tokenizeTagList } from '../../src/mail/tag-list.ts';
import { isTlsRptRecord, parseTlsRpt } from '../../src/mail/tls-rpt.ts';
import { problemTuples } from './helpers.ts';

describe('tokenizeTagList', () => {
  it('gives spans for names, values and whole tags', () => {
    const list = tokenizeTagList(' a = 1 ;b=two words;', { label: 'X', spaceAroundEquals: true, leadingSpace: true, namePattern: /^[a-z]+$/, valueChar: (c) => c >= 0x20 && c <= 0x7e && c !== 0x3b });
    expect(list.problems).toEqual([]);
    expect(list.tags.map((t) => [t.name.text, t.name.start, t.name.end, t.value.text, t.value.start, t.value.end, t.start, t.end])).toEqual([
      ['a', 1, 2, '1', 5, 6, 1, 6],
      ['b', 8, 9, 'two words', 10, 19, 8, 19],
    ]);
  });

  it('reports what the strict grammars forbid', () => {
    const list = tokenizeTagList(' v =x;;n', { label: 'X', namePattern: /^[a-z]$/ });
    expect(problemTuples(list.problems)).toEqual([
      ['leading-space', 0, 1],
      ['space-around-equals', 2, 4],
      ['empty-tag', 6, 7],
      ['missing-equals', 7, 8],
    ]);
  });
});

describe('tokenizeTagList values', () => {
  /** Letters, and the Latin Extended-A block (U+0100–U+017F) above the octets. */
  const valueChar = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x100 && c <= 0x17f);
  const unit = fc.oneof(fc.constantFrom('a', 'B', ' ', '\t', '\r', '\n', '\u0101', '\u0180', '\u2028', '\uffff', '\ud800'), fc.integer({ min: 0, max: 0x3ff }).map((c) => String.fromCharCode(c)));
  for (const [name, options] of [
    ['strict', {}],
    ['with spaces in values', { spaceInValues: true }],
    ['with folding whitespace in values', { spaceInValues: true, fws: true }],
  ] as const) {
    it(`report the first character a value may not hold, whatever its code (${name})`, () => {
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 30 }), (value) => {
          const text = `k=${value}`;
          const list = tokenizeTagList(text, { label: 'X', namePattern: /^k$/, valueChar, ...options });
          const tag = list.tags[0];
          const spaces = options.spaceInValues ? (options.fws ? ' \t\r\n' : ' \t') : '';
          let expected: number | undefined;
          for (let i = tag.value.start; i < tag.value.end && expected === undefined; i++) {
            if (!valueChar(text.charCodeAt(i)) && !spaces.includes(text[i])) expected = i;
          }
          const found = list.problems.find((p) => p.code === 'invalid-character');
          expect(found?.start).toBe(expected);
        }),
        { numRuns: 1500 },
      );
    });
  }
});

describe('parseMtaSts', () => {
  it('parses v and id with spans', () => {
    const r = parseMtaSts('v=STSv1; id=20240101T000000Z;');
    expect(r.problems).toEqual([]);
    expect(r.version).toEqual({ text: 'STSv1', start: 2, end: 7 });
    expect(r.id).toEqual({ text: '20240101T000000Z', start: 12, end: 28 });
    expect(isMtaStsRecord('v=STSv1; id=1')).toBe(true);
    expect(isMtaStsRecord('v=STSv10; id=1')).toBe(false);
  });

  it('checks id, version, spacing and presence', () => {
    expect(problemTuples(parseMtaSts('v=STSv1; id=2024-01-01').problems)).toEqual([['invalid-id', 12, 22]]);
    expect(problemTuples(parseMtaSts('v=STSv1; id=123456789012345678901234567890123').problems)).toEqual([['invalid-id', 12, 45]]);
    expect(problemTuples(parseMtaSts('v=STSv1').problems)).toEqual([['missing-id', 0, 7]]);
    expect(problemTuples(parseMtaSts('v=stsv1; id=1').problems)).toEqual([['invalid-version', 2, 7]]);
    expect(problemTuples(parseMtaSts('v=STSv1; id = 1').problems)).toEqual([['space-around-equals', 11, 14]]);
    expect(problemTuples(parseMtaSts('id=1; v=STSv1').problems)).toEqual([['missing-version', 6, 13]]);
  });

  it('keeps extensions', () => {
    const r = parseMtaSts('v=STSv1; id=abc; ext.1=x');
    expect(r.problems).toEqual([]);
    expect(r.extensions.map((t) => t.name.text)).toEqual(['ext.1']);
  });
});

describe('parseTlsRpt', () => {
  it('parses a rua list with spans', () => {
    const text = 'v=TLSRPTv1; rua=mailto:tls@example.com , https://reports.example.com/tls';
    const r = parseTlsRpt(text);
    expect(r.problems).toEqual([]);
    expect(r.rua?.map((u) => [u.scheme, u.start, u.end])).toEqual([
      ['mailto', 16, 38],
      ['https', 41, 72],
    ]);
    expect(isTlsRptRecord(text)).toBe(true);
  });

  it('checks schemes, addresses and presence', () => {
    expect(problemTuples(parseTlsRpt('v=TLSRPTv1; rua=http://x.example.com/').problems)).toEqual([['unsupported-uri-scheme', 16, 37]]);
    expect(problemTuples(parseTlsRpt('v=TLSRPTv1; rua=mailto:nobody').problems)).toEqual([['invalid-uri', 16, 29]]);
    expect(problemTuples(parseTlsRpt('v=TLSRPTv1;').problems)).toEqual([['missing-rua', 0, 11]]);
    expect(problemTuples(parseTlsRpt('v=TLSRPTv1; rua=').problems)).toEqual([['empty-value', 12, 16]]);
  });
});

describe('parseBimi', () => {
  it('parses l= and a= with spans', () => {
    const text = 'v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.pem';
    const r = parseBimi(text);
    expect(r.problems).toEqual([]);
    expect(r.location).toMatchObject({ text: 'https://example.com/logo.svg', start: 11, end: 39, declined: false, valid: true });
    expect(r.evidence).toMatchObject({ start: 43, end: 70, declined: false });
    expect(isBimiRecord(text)).toBe(true);
  });

  it('treats empty values as declining', () => {
    const r = parseBimi('v=BIMI1; l=; a=;');
    expect(r.problems).toEqual([]);
    expect([r.location?.declined, r.evidence?.declined]).toEqual([true, true]);
  });

  it('requires https and one URI', () => {
    expect(problemTuples(parseBimi('v=BIMI1; l=http://example.com/logo.svg').problems)).toEqual([['unsupported-uri-scheme', 11, 38]]);
    expect(problemTuples(parseBimi('v=BIMI1; l=https://a.example/1.svg,https://b.example/2.svg').problems)).toEqual([['invalid-uri', 11, 58]]);
    expect(problemTuples(parseBimi('v=BIMI1; a=').problems)).toEqual([['missing-location', 0, 11]]);
    expect(problemTuples(parseBimi('v=BIMI1; l=; x=1').problems)).toEqual([['unknown-tag', 13, 16]]);
  });
});
