import { describe, expect, it } from 'vitest';
import { type SpfMechanism, type SpfModifier, isSpfRecord, parseExplanation, parseSpf } from '../../src/mail/spf.ts';

const codes = (text: string): string[] => parseSpf(text).problems.map((p) => p.code);
const problemAt = (text: string): Array<[string, number, number]> => parseSpf(text).problems.map((p) => [p.code, p.start, p.end]);

describe('isSpfRecord', () => {
  it('accepts v=spf1 in any case, alone or followed by a space', () => {
    expect(isSpfRecord('v=spf1')).toBe(true);
    expect(isSpfRecord('V=SpF1 -all')).toBe(true);
  });
  it('rejects look-alikes', () => {
    for (const t of ['v=spf10', 'v=spf2.0/pra', 'v=spf1mx', ' v=spf1', 'v=spf1\t-all', '']) expect(isSpfRecord(t)).toBe(false);
  });
});

const GRAMMAR_WORDS: ReadonlySet<string> = new Set([
  ...['mechanism', 'modifier', 'invalid', 'redirect', 'exp', 'unknown', '+', '-', '~', '?'],
  ...['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'],
]);

describe('parseSpf terms and offsets', () => {
  const text = 'v=spf1 ~mx:mail.example.com/24//64 -ip4:192.0.2.0/24 ip6:2001:db8::/32 a include:_spf.example.net ?all exp=why.%{d}';
  const rec = parseSpf(text);

  it('has no problems and finds every term', () => {
    expect(rec.problems).toEqual([]);
    expect(rec.version).toEqual({ text: 'v=spf1', start: 0, end: 6 });
    expect(rec.terms.map((t) => (t.type === 'mechanism' ? `${t.qualifier}${t.kind}` : t.type === 'modifier' ? `${t.kind}=` : '!'))).toEqual([
      '~mx',
      '-ip4',
      '+ip6',
      '+a',
      '+include',
      '?all',
      'exp=',
    ]);
  });

  it('gives exact spans for the mx term, its qualifier, value and both prefix lengths', () => {
    const mx = rec.terms[0] as SpfMechanism;
    expect([mx.start, mx.end]).toEqual([7, 34]);
    expect(mx.qualifierSpan).toEqual({ start: 7, end: 8 });
    expect(mx.name(text)).toEqual({ text: 'mx', start: 8, end: 10 });
    expect(mx.value(text)).toEqual({ text: 'mail.example.com', start: 11, end: 27 });
    expect(mx.cidr4).toEqual({ length: 24, start: 27, end: 30 });
    expect(mx.cidr6).toEqual({ length: 64, start: 30, end: 34 });
    expect(text.slice(mx.cidr6!.start, mx.cidr6!.end)).toBe('//64');
  });

  it('decodes ip4/ip6 networks', () => {
    const ip4 = rec.terms[1] as SpfMechanism;
    expect(ip4.value(text)).toEqual({ text: '192.0.2.0', start: 40, end: 49 });
    expect(Array.from(ip4.address(text)!)).toEqual([192, 0, 2, 0]);
    expect(ip4.cidr4?.length).toBe(24);
    const ip6 = rec.terms[2] as SpfMechanism;
    expect(ip6.qualifier).toBe('+');
    expect(ip6.qualifierSpan).toBeUndefined();
    expect(ip6.value(text)?.text).toBe('2001:db8::');
    expect(ip6.cidr6).toEqual({ length: 32, start: 67, end: 70 });
  });

  it('parses the exp= modifier and its macros', () => {
    const exp = rec.terms[6] as SpfModifier;
    expect(rec.exp).toBe(exp);
    expect(exp.name(text)).toEqual({ text: 'exp', start: 103, end: 106 });
    expect(exp.value(text)).toEqual({ text: 'why.%{d}', start: 107, end: 115 });
    expect(exp.macro(text).parts).toEqual([
      { type: 'literal', text: 'why.', start: 107, end: 111 },
      { type: 'macro', letter: 'd', urlEscape: false, reverse: false, delimiters: '.', start: 111, end: 115 },
    ]);
  });

  it('keeps numbers per term, no object and no text: records of the same shape share their terms', () => {
    for (const term of rec.terms) {
      expect(Object.values(term).filter((v) => typeof v === 'object')).toEqual([]);
      // The only strings a term holds are grammar constants (type, kind).
      expect(Object.values(term).filter((v) => typeof v === 'string' && !GRAMMAR_WORDS.has(v))).toEqual([]);
    }
    const a = parseSpf('v=spf1 ip4:192.0.2.1 include:_spf.example.net -all');
    const b = parseSpf('v=spf1 ip4:192.0.2.9 include:_spf.example.org -all');
    expect(b.terms).toBe(a.terms);
    expect(Array.from((b.terms[0] as SpfMechanism).address(b.text)!)).toEqual([192, 0, 2, 9]);
    expect(parseSpf('v=spf1 ip4:192.0.2.1 include:_spf.example.net ~all').terms).not.toBe(a.terms);
    expect(parseSpf('v=spf1 ip4:192.0.2.1 include:_spf.example.net/4 -all').terms).not.toBe(a.terms);
  });

  it('reads a prefix length of a or mx up to the end of its own term, not into the next one', () => {
    const r = parseSpf('v=spf1 a/24 mx/28//64 a//48 mx -all');
    expect(r.problems).toEqual([]);
    const lengths = r.terms.map((t) => (t.type === 'mechanism' ? [t.kind, t.length4, t.length6] : []));
    expect(lengths).toEqual([
      ['a', 24, -1],
      ['mx', 28, 64],
      ['a', -1, 48],
      ['mx', -1, -1],
      ['all', -1, -1],
    ]);
  });

  it('reads back every kind, qualifier and prefix length at the ends of their ranges', () => {
    const r = parseSpf('v=spf1 ip6:::/128 -ip4:0.0.0.0/32 ~a/0//0 ?mx//128 +exists:x.example.com ptr include:y.example.com all ip4:1.2.3/8');
    const read = r.terms.map((t) => (t.type === 'mechanism' ? [t.qualifier + t.kind, t.length4, t.length6, t.hasAddress, t.valid] : []));
    expect(read).toEqual([
      ['+ip6', -1, 128, true, true],
      ['-ip4', 32, -1, true, true],
      ['~a', 0, 0, false, true],
      ['?mx', -1, 128, false, true],
      ['+exists', -1, -1, false, true],
      ['+ptr', -1, -1, false, true],
      ['+include', -1, -1, false, true],
      ['+all', -1, -1, false, true],
      ['+ip4', 8, -1, false, false],
    ]);
  });

  it('tolerates several spaces between terms and trailing spaces', () => {
    const r = parseSpf('v=spf1  a   -all  ');
    expect(r.problems).toEqual([]);
    expect(r.terms.map((t) => [t.start, t.end])).toEqual([
      [8, 9],
      [12, 16],
    ]);
  });

  it('is case-insensitive for mechanism and modifier names', () => {
    const r = parseSpf('V=SPF1 IP4:192.0.2.1 MX REDIRECT=Example.COM');
    expect(r.problems).toEqual([]);
    expect(r.redirect?.kind).toBe('redirect');
  });
});

describe('parseSpf problems', () => {
  it('reports non-SPF text once', () => {
    expect(problemAt('v=spf10 -all')).toEqual([['not-spf', 0, 7]]);
    expect(parseSpf('v=spf10 -all').terms).toEqual([]);
  });

  it('reports bad terms with exact spans', () => {
    expect(problemAt('v=spf1 a: ip4 +foo -all.')).toEqual([
      ['empty-domain', 7, 9],
      ['missing-value', 10, 13],
      ['unknown-mechanism', 14, 18],
      ['unknown-mechanism', 19, 24],
    ]);
    expect(parseSpf('v=spf1 -all.').problems[0].message).toContain('did you mean "-all"');
  });

  it('validates addresses and prefix lengths', () => {
    expect(problemAt('v=spf1 ip4:1.2.3 ip4:1.2.3.4/33 ip4:1.2.3.4/032 ip6:::1/129 ip4:01.2.3.4 ip6::CAFE::BABE')).toEqual([
      ['invalid-ip4', 11, 16],
      ['cidr-out-of-range', 28, 31],
      ['invalid-cidr', 43, 47],
      ['cidr-out-of-range', 55, 59],
      ['invalid-ip4', 64, 72],
      ['invalid-ip6', 77, 88],
    ]);
    expect(codes('v=spf1 ip4:1.2.3.4//32')).toEqual(['invalid-cidr']);
    expect(codes('v=spf1 ip4:1.2.3.4:8080')).toEqual(['invalid-ip4']);
    expect(parseSpf('v=spf1 ip4:2001:db8::1').problems[0].message).toContain('ip6:');
  });

  it('checks dual-cidr-length on a and mx', () => {
    expect(codes('v=spf1 a/24//64 mx//0 a:x.example.com/0')).toEqual([]);
    expect(problemAt('v=spf1 a/24/64')).toEqual([['invalid-cidr', 8, 14]]);
    expect(problemAt('v=spf1 mx//129')).toEqual([['cidr-out-of-range', 9, 14]]);
    expect(problemAt('v=spf1 ptr/0')).toEqual([['unexpected-cidr', 10, 12]]);
  });

  it('splits the dual-cidr-length off the domain where RFC 7208 ends it', () => {
    const cidrs = (term: string) => {
      const mech = parseSpf(`v=spf1 ${term}`).terms[0] as SpfMechanism;
      return [mech.value(`v=spf1 ${term}`)?.text, mech.cidr4?.length, mech.cidr6?.length];
    };
    expect(cidrs('a:x.example.com/24//64')).toEqual(['x.example.com', 24, 64]);
    expect(cidrs('a:x.example.com//64')).toEqual(['x.example.com', undefined, 64]);
    expect(cidrs('mx:x.example.com/0/24')).toEqual(['x.example.com/0', 24, undefined]);
    expect(cidrs('mx:x.example.com///64')).toEqual(['x.example.com/', undefined, 64]);
    expect(cidrs('a:x.example.com/24//')).toEqual(['x.example.com/24//', undefined, undefined]);
    expect(cidrs('a:x.example.com//64/24')).toEqual(['x.example.com//64', 24, undefined]);
  });

  it('requires domain-spec to end in a top-level label or a macro (§7.1)', () => {
    expect(codes('v=spf1 a:foo-bar')).toEqual(['invalid-domain']);
    expect(codes('v=spf1 a:abc.123')).toEqual(['invalid-domain']);
    expect(codes('v=spf1 a:example.-com')).toEqual(['invalid-domain']);
    expect(codes('v=spf1 a:museum.')).toEqual(['invalid-domain']);
    expect(codes('v=spf1 a:foo.example.xn--zckzah a:%{d} a:%{i}.bl.%{d2} a:.com. a:foo:bar/baz.example.com')).toEqual([]);
    // domain-end is "." toplabel ["."] or a macro: a dot after a macro is neither.
    expect(codes('v=spf1 a:%{i}.bl.%{d2}.')).toEqual(['invalid-domain']);
    expect(problemAt('v=spf1 include:ip5.example.com/24')).toEqual([['invalid-domain', 15, 33]]);
  });

  it('checks the macro grammar', () => {
    expect(problemAt('v=spf1 exists:%(ir).sbl.example.com')).toEqual([['invalid-macro', 14, 16]]);
    expect(problemAt('v=spf1 exists:foo%.sbl.example.com')).toEqual([['invalid-macro', 17, 19]]);
    expect(problemAt('v=spf1 a:%{a}.example.com')).toEqual([['invalid-macro', 9, 13]]);
    expect(problemAt('v=spf1 a:%{d0}.example.com')).toEqual([['invalid-macro', 9, 14]]);
    expect(problemAt('v=spf1 a:%{d.example.com')).toEqual([['invalid-macro', 9, 24]]);
    expect(problemAt('v=spf1 -all exp=%{r}.example.com')).toEqual([['exp-only-macro', 16, 20]]);
    expect(codes('v=spf1 a:macro%%percent%_%_space%-url-space.example.com')).toEqual([]);
    const rec = parseSpf('v=spf1 exists:%{L2r+-}.user.%{d2}');
    const parts = (rec.terms[0] as SpfMechanism).domainSpec(rec.text)!.parts;
    expect(parts[0]).toEqual({ type: 'macro', letter: 'l', urlEscape: true, keep: 2, reverse: true, delimiters: '+-', start: 14, end: 22 });
  });

  it('handles modifiers: names, duplicates, empty values', () => {
    expect(codes('v=spf1 moo.cow-far_out=man:dog/cat -all')).toEqual([]);
    expect(codes('v=spf1 moo.cow/far_out=man:dog/cat')).toEqual(['unknown-mechanism']);
    expect(problemAt('v=spf1 1up=foo =all')).toEqual([
      ['invalid-modifier-name', 7, 14],
      ['invalid-modifier-name', 15, 19],
    ]);
    expect(problemAt('v=spf1 redirect=a.example redirect=b.example')).toEqual([['duplicate-modifier', 26, 44]]);
    expect(problemAt('v=spf1 ?all redirect=')).toEqual([['empty-domain', 12, 21]]);
    expect(codes('v=spf1 exp=-all')).toEqual(['invalid-domain']);
    expect(parseSpf('v=spf1 redirect:example.com').problems[0].message).toContain('redirect=domain');
    expect(problemAt('v=spf1 -all foo=%abc')).toEqual([['invalid-macro', 16, 18]]);
  });

  it('reports control and non-ASCII octets once per term', () => {
    expect(problemAt('v=spf1 a:ctrl.example.com\rptr -all')).toEqual([['invalid-character', 25, 26]]);
    expect(problemAt('v=spf1 \x80a:example.net -all')).toEqual([['invalid-character', 7, 8]]);
    expect(problemAt('v=spf1 a:foo.example.com\0')).toEqual([['invalid-character', 24, 25]]);
    expect(problemAt('v=spf1 ip4:192.0.2.5\n include:x.example.com')).toEqual([['invalid-character', 20, 21]]);
  });
});

describe('parseExplanation', () => {
  it('allows spaces and the c, r, t letters', () => {
    const { macro, problems } = parseExplanation('%{c} is not allowed by %{r} at %{t}.');
    expect(problems).toEqual([]);
    expect(macro.parts.filter((p) => p.type === 'macro').map((p) => (p.type === 'macro' ? p.letter : ''))).toEqual(['c', 'r', 't']);
  });
  it('refuses bad macros and non-ASCII', () => {
    expect(parseExplanation('The %{x}-files.').problems.map((p) => [p.code, p.start, p.end])).toEqual([['invalid-macro', 4, 8]]);
    expect(parseExplanation('\xEF\xBB\xBFExplanation').problems[0].code).toBe('invalid-character');
  });
});
