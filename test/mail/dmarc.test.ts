import { describe, expect, it } from 'vitest';
import { isDmarcRecord, parseDmarc } from '../../src/mail/dmarc.ts';
import { problemTuples, spanOf } from './helpers.ts';

describe('parseDmarc', () => {
  it('parses every RFC 9989 tag with spans', () => {
    const text = 'v=DMARC1; p=reject; sp=quarantine; np=reject; psd=n; t=y; adkim=s; aspf=r; fo=0:d; rua=mailto:agg@example.com; ruf=mailto:fail@example.com';
    const r = parseDmarc(text);
    expect(r.problems).toEqual([]);
    expect(r.version).toEqual({ text: 'DMARC1', ...spanOf(text, 'DMARC1') });
    expect(r.p).toEqual({ text: 'reject', value: 'reject', start: 12, end: 18 });
    expect(r.sp?.value).toBe('quarantine');
    expect(r.np?.value).toBe('reject');
    expect(r.psd?.value).toBe('n');
    expect(r.t?.value).toBe('y');
    expect([r.adkim?.value, r.aspf?.value]).toEqual(['s', 'r']);
    expect(r.fo?.map((f) => [f.value, f.start, f.end])).toEqual([
      ['0', 78, 79],
      ['d', 80, 81],
    ]);
    expect(r.rua?.[0]).toMatchObject({ scheme: 'mailto', valid: true, ...spanOf(text, 'mailto:agg@example.com') });
    expect(r.removedTags).toEqual([]);
    expect(isDmarcRecord(text)).toBe(true);
  });

  it('is lenient about whitespace around tags and "="', () => {
    const text = 'v = DMARC1 ;  p = none ;rua = mailto:a@example.com , mailto:b@example.org!50k ;';
    const r = parseDmarc(text);
    expect(r.problems).toEqual([]);
    expect(r.p).toEqual({ text: 'none', value: 'none', ...spanOf(text, 'none') });
    expect(r.rua?.map((u) => [u.uri.text, u.size?.bytes])).toEqual([
      ['mailto:a@example.com', undefined],
      ['mailto:b@example.org', 50 * 1024],
    ]);
    expect(r.rua?.[1].size).toMatchObject({ text: '!50k', amount: 50, unit: 'k', ...spanOf(text, '!50k') });
  });

  it('requires v=DMARC1 first, exactly', () => {
    expect(problemTuples(parseDmarc('p=none; v=DMARC1').problems)).toEqual([['missing-version', 8, 16]]);
    expect(problemTuples(parseDmarc('v=dmarc1; p=none').problems)).toEqual([['invalid-version', 2, 8]]);
    expect(isDmarcRecord('v=DMARC10; p=none')).toBe(false);
  });

  it('reports bad values, unknown and duplicate tags', () => {
    const text = 'v=DMARC1; p=block; adkim=x; fo=1:x; t=maybe; psd=q; foo=bar; p=none';
    expect(problemTuples(parseDmarc(text).problems)).toEqual([
      ['invalid-value', 12, 17],
      ['invalid-value', 25, 26],
      ['invalid-value', 33, 34],
      ['invalid-value', 38, 43],
      ['invalid-value', 49, 50],
      ['unknown-tag', 52, 59],
      ['duplicate-tag', 61, 67],
    ]);
    expect(parseDmarc(text).problems[0].message).toBe('p=block is not valid; write none, quarantine or reject.');
  });

  it('marks pct, rf and ri as removed but still validates them', () => {
    const r = parseDmarc('v=DMARC1; p=none; pct=50; rf=afrf; ri=86400');
    expect(r.problems).toEqual([]);
    expect(r.removedTags.map((t) => t.key)).toEqual(['pct', 'rf', 'ri']);
    expect([r.pct?.value, r.rf?.[0].value, r.ri?.value]).toEqual([50, 'afrf', 86400]);
    expect(problemTuples(parseDmarc('v=DMARC1; p=none; pct=150').problems)).toEqual([['invalid-value', 22, 25]]);
  });

  it('checks report URIs one by one', () => {
    const text = 'v=DMARC1; p=none; rua=dmarc@example.com,mailto:x@example.com!10q,,ftp://x.example.com/';
    const r = parseDmarc(text);
    expect(problemTuples(r.problems)).toEqual([
      ['invalid-uri', 22, 39],
      ['invalid-size-limit', 60, 64],
      ['empty-list-item', 65, 65],
      ['unsupported-uri-scheme', 66, 86],
    ]);
    expect(r.problems[0].message).toContain('write "mailto:dmarc@example.com"');
    expect(r.rua?.map((u) => u.valid)).toEqual([false, false, false]);
  });

  it('reports empty tags and missing "="', () => {
    expect(problemTuples(parseDmarc('v=DMARC1;; p').problems)).toEqual([
      ['empty-tag', 9, 10],
      ['missing-equals', 11, 12],
    ]);
  });
});
