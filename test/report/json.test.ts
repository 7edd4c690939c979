import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/model/source.ts';
import { formatJson, toJsonResults, type JsonFileResult } from '../../src/report/json.ts';
import { diag, sampleResults, zoneSource } from './fixture.ts';

describe('formatJson', () => {
  it('writes ESLint JSON formatter results, one line', () => {
    const out = formatJson(sampleResults(), { cwd: '/repo' });
    expect(out).not.toContain('\n');
    const parsed = JSON.parse(out) as JsonFileResult[];
    expect(parsed).toHaveLength(2);
    const [file, clean] = parsed;
    expect(Object.keys(file)).toEqual([
      'filePath',
      'messages',
      'suppressedMessages',
      'errorCount',
      'fatalErrorCount',
      'warningCount',
      'fixableErrorCount',
      'fixableWarningCount',
      'infoCount',
      'usedDeprecatedRules',
      'source',
    ]);
    expect(file).toMatchObject({
      filePath: '/repo/zones/example.com.zone',
      suppressedMessages: [],
      errorCount: 2,
      fatalErrorCount: 0,
      warningCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      infoCount: 1,
    });
    expect(file.messages).toEqual([
      { ruleId: 'mx-target-ip', severity: 2, message: 'MX target "192.0.2.1" is an IP address, not a host name.', line: 3, column: 12, endLine: 3, endColumn: 21, nodeType: null },
      { ruleId: 'spf-softfail', severity: 1, message: 'SPF ends in ~all (softfail).', line: 4, column: 43, endLine: 4, endColumn: 47, nodeType: null },
      { ruleId: 'mx-no-reverse', severity: 1, message: 'mail.example.com. has no PTR record in the zones read.', line: 5, column: 1, endLine: 5, endColumn: 10, nodeType: null },
      { ruleId: 'syntax/bad-ttl', severity: 2, message: 'Bad TTL "abc".', line: 6, column: 6, endLine: 6, endColumn: 9, nodeType: null },
    ]);
    expect(file.source).toBe(sampleResults()[0].source?.text);
    // Files without findings are listed too, without their source.
    expect(clean).toEqual({
      filePath: '/repo/zones/clean.zone',
      messages: [],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      infoCount: 0,
      usedDeprecatedRules: [],
    });
  });

  it('keeps an absolute path as it is', () => {
    const [file] = sampleResults();
    const parsed = JSON.parse(formatJson([{ ...file, path: '/abs/x.zone' }], { cwd: '/repo' })) as JsonFileResult[];
    expect(parsed[0].filePath).toBe('/abs/x.zone');
  });

  it('writes a large source in pieces exactly as one JSON.stringify would', () => {
    // Octets of UTF-8 text, as the reader keeps a file: emoji (surrogate pairs once decoded) among
    // quotes, backslashes, tabs, line breaks and control characters.
    // The first piece ends between the halves of the first emoji.
    let text = 'x'.repeat((1 << 16) - 1) + '\u{1F600}';
    for (let i = 0; text.length < 300_000; i++) text += `h${i} IN TXT "a\\"b\t\u0001 \u00e9 \u{1F600}"\r\n`;
    // As a test builds a source from text, and as the reader keeps a file: its octets, never decoded whole.
    for (const source of [zoneSource('zones/big.zone', Buffer.from(text, 'utf8').toString('latin1')), SourceText.fromBytes('zones/big.zone', Buffer.from(text, 'utf8'))]) {
      const results = [{ path: 'zones/big.zone', source, diagnostics: [diag(source, 'IN TXT', 'mx-target-ip', 'error', 'x')] }];
      const out = formatJson(results, { cwd: '/repo' });
      expect(out).toBe(JSON.stringify(toJsonResults(results, { cwd: '/repo' })));
      expect((JSON.parse(out) as JsonFileResult[])[0].source).toBe(text);
    }
  });
});
