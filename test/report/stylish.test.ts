import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/report/stylish.ts';
import { excerpt, printable } from '../../src/report/text.ts';
import { diag, sampleResults, zoneSource } from './fixture.ts';

const PLAIN = [
  '',
  'zones/example.com.zone',
  '  3:12  error    MX target "192.0.2.1" is an IP address, not a host name  mx-target-ip',
  '    3 | @       IN      MX      10 192.0.2.1',
  '      |                            ^~~~~~~~~',
  '  4:43  warning  SPF ends in ~all (softfail)                              spf-softfail',
  '    4 | @ IN TXT "v=spf1 include:_spf.example.net ~all"',
  '      |                                           ^~~~',
  '  5:1   info     mail.example.com. has no PTR record in the zones read    mx-no-reverse',
  '    5 | mail IN A 192.0.2.1',
  '      | ^~~~~~~~~',
  '  6:6   error    Bad TTL "abc"                                            syntax/bad-ttl',
  '    6 | $TTL abc',
  '      |      ^~~',
  '',
  '✖ 4 problems (2 errors, 1 warning, 1 info)',
  '',
].join('\n');

describe('formatStylish', () => {
  it('lays out findings as ESLint stylish does, with the source line and a marker', () => {
    expect(formatStylish(sampleResults(), { color: false })).toBe(PLAIN);
  });

  it('colours with ANSI codes when asked', () => {
    const out = formatStylish(sampleResults(), { color: true });
    const dim = (s: string) => `\x1b[2m${s}\x1b[22m`;
    const red = (s: string) => `\x1b[31m${s}\x1b[39m`;
    const yellow = (s: string) => `\x1b[33m${s}\x1b[39m`;
    const blue = (s: string) => `\x1b[34m${s}\x1b[39m`;
    const expected =
      '\x1b[0m\n' +
      '\x1b[4mzones/example.com.zone\x1b[24m\n' +
      `  ${dim('3:12')}  ${red('error')}    MX target "192.0.2.1" is an IP address, not a host name  ${dim('mx-target-ip')}\n` +
      `    ${dim('3 |')} @       IN      MX      10 192.0.2.1\n` +
      `    ${dim('  |')} ${red('                           ^~~~~~~~~')}\n` +
      `  ${dim('4:43')}  ${yellow('warning')}  SPF ends in ~all (softfail)                              ${dim('spf-softfail')}\n` +
      `    ${dim('4 |')} @ IN TXT "v=spf1 include:_spf.example.net ~all"\n` +
      `    ${dim('  |')} ${yellow('                                          ^~~~')}\n` +
      `  ${dim('5:1')}   ${blue('info')}     mail.example.com. has no PTR record in the zones read    ${dim('mx-no-reverse')}\n` +
      `    ${dim('5 |')} mail IN A 192.0.2.1\n` +
      `    ${dim('  |')} ${blue('^~~~~~~~~')}\n` +
      `  ${dim('6:6')}   ${red('error')}    Bad TTL "abc"                                            ${dim('syntax/bad-ttl')}\n` +
      `    ${dim('6 |')} $TTL abc\n` +
      `    ${dim('  |')} ${red('     ^~~')}\n` +
      '\n' +
      '\x1b[31m\x1b[1m✖ 4 problems (2 errors, 1 warning, 1 info)\n\x1b[22m\x1b[39m\x1b[0m';
    expect(out).toBe(expected);
    // Stripped of its escapes it is the plain output.
    expect(out.replace(/\x1b\[\d+m/g, '')).toBe(PLAIN);
  });

  it('prints nothing when there are no problems', () => {
    const clean = sampleResults().slice(1);
    expect(formatStylish(clean, { color: false })).toBe('');
    expect(formatStylish(clean, { color: true })).toBe('');
    expect(formatStylish([], { color: true })).toBe('');
  });

  it('leaves infos out of the counts when there are none, and colours the summary by the worst', () => {
    const [file] = sampleResults();
    const warningsOnly = [{ ...file, diagnostics: file.diagnostics.filter((d) => d.severity === 'warning') }];
    const out = formatStylish(warningsOnly, { color: false, excerpts: false });
    expect(out).toBe(
      '\nzones/example.com.zone\n  4:43  warning  SPF ends in ~all (softfail)  spf-softfail\n\n✖ 1 problem (0 errors, 1 warning)\n',
    );
    expect(formatStylish(warningsOnly, { color: true })).toContain('\x1b[33m\x1b[1m✖ 1 problem');
  });

  it('marks a multi-line span to the end of its first line, an empty span with one caret', () => {
    const source = zoneSource('z.zone', 'www IN TXT ( "a"\n  "b" )\nx IN A 192.0.2.7\n');
    const open = source.text.indexOf('(');
    const results = [
      {
        path: 'z.zone',
        source,
        diagnostics: [
          { ruleId: 'zone-x', severity: 'warning' as const, message: 'Spans lines', span: { source, start: open, end: source.text.indexOf(')') + 1 } },
          { ...diag(source, '192.0.2.7', 'zone-y', 'error', 'Empty'), span: { source, start: source.text.indexOf('192'), end: source.text.indexOf('192') } },
        ],
      },
    ];
    expect(formatStylish(results, { color: false })).toBe(
      [
        '',
        'z.zone',
        '  1:12  warning  Spans lines  zone-x',
        '    1 | www IN TXT ( "a"',
        '      |            ^~~~~',
        '  3:8   error    Empty        zone-y',
        '    3 | x IN A 192.0.2.7',
        '      |        ^',
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('never lets record text reach the terminal as an escape sequence', () => {
    const text = 'evil IN TXT "\x1b[2J\x1b]0;pwned\x07 \u202e"\n';
    const source = zoneSource('evil\x1b[31m.zone', text);
    const results = [
      { path: source.path, source, diagnostics: [diag(source, '"\x1b[2J', 'txt-x', 'error', 'Bad \x1b[2J text\nnext line')] },
    ];
    const out = formatStylish(results, { color: false });
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f\u202e]/);
    expect(out).toContain('evil␛[31m.zone');
    expect(out).toContain('Bad ␛[2J text␊next line');
    expect(out).toContain('    1 | evil IN TXT "␛[2J␛]0;pwned␇ \ufffd"');
  });

  it('counts columns in characters for UTF-8 text kept as octets', () => {
    const utf8 = Buffer.from('café IN TXT "naïve"\n', 'utf8').toString('latin1');
    const source = zoneSource('u.zone', utf8);
    const start = source.text.indexOf('"');
    const results = [{ path: 'u.zone', source, diagnostics: [{ ruleId: 'txt-x', severity: 'info' as const, message: 'm', span: { source, start, end: start + 8 } }] }];
    const out = formatStylish(results, { color: false });
    expect(out).toContain('  1:13  info  m  txt-x\n    1 | café IN TXT "naïve"\n      |             ^~~~~~~\n');
  });
});

describe('excerpt', () => {
  it('expands tabs so the marker stays under the span', () => {
    expect(excerpt('a\tbc', 2, 4)).toEqual({ text: 'a       bc', marker: '        ^~' });
    expect(excerpt('a\tb', 1, 2)).toEqual({ text: 'a       b', marker: ' ^~~~~~~' });
  });

  it('clips a long line around the span', () => {
    const line = 'x'.repeat(100) + 'TARGET' + 'y'.repeat(100);
    const { text, marker } = excerpt(line, 100, 106, 40);
    expect(text.length).toBe(40);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.slice(marker.indexOf('^'), marker.length)).toBe('TARGET');
  });

  it('points past the end of the line for a span at its end', () => {
    expect(excerpt('abc', 3, 3)).toEqual({ text: 'abc', marker: '   ^' });
    expect(excerpt('abc', 9, 12)).toEqual({ text: 'abc', marker: '   ^' });
  });

  it('shows controls as visible characters', () => {
    expect(printable('a\x00b\x1bc\x7fd\x9be\u2066')).toBe('a␀b␛c␡d\ufffde\ufffd');
  });
});
