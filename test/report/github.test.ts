import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../../src/model/diagnostic.ts';
import type { FileResult } from '../../src/model/result.ts';
import { escapeData, escapeProperty, formatGithubAnnotations } from '../../src/report/github-annotations.ts';
import { escapeHtml, formatGithubSummary } from '../../src/report/github-summary.ts';
import { DOCS, diag, sampleResults, zoneSource } from './fixture.ts';

/** `count` findings of one severity, one per line of a generated zone. */
function many(severity: Severity, count: number, path = 'zones/many.zone'): FileResult {
  const text = Array.from({ length: count }, (_, i) => `h${i} IN A 192.0.2.${i % 250}`).join('\n');
  const source = zoneSource(path, text);
  const diagnostics: Diagnostic[] = Array.from({ length: count }, (_, i) => {
    const start = source.lineOffset(i + 1);
    return { ruleId: `rule-${severity}`, severity, message: `finding ${i + 1}`, span: { source, start, end: start + 2 } };
  });
  return { path, source, diagnostics };
}

describe('formatGithubAnnotations', () => {
  it('emits workflow commands, most severe first', () => {
    const { lines, omitted } = formatGithubAnnotations(sampleResults());
    expect(lines).toEqual([
      '::error file=zones/example.com.zone,line=3,col=12,endLine=3,endColumn=21,title=mxlint (mx-target-ip)::MX target "192.0.2.1" is an IP address, not a host name.',
      '::error file=zones/example.com.zone,line=6,col=6,endLine=6,endColumn=9,title=mxlint (syntax/bad-ttl)::Bad TTL "abc".',
      '::warning file=zones/example.com.zone,line=4,col=43,endLine=4,endColumn=47,title=mxlint (spf-softfail)::SPF ends in ~all (softfail).',
      '::notice file=zones/example.com.zone,line=5,col=1,endLine=5,endColumn=10,title=mxlint (mx-no-reverse)::mail.example.com. has no PTR record in the zones read.',
    ]);
    expect(omitted).toEqual({ errors: 0, warnings: 0, notices: 0 });
  });

  it('escapes so that no record text can start or end a command', () => {
    const source = zoneSource('zones/a,b:c%d.zone', 'x IN TXT "::error::pwned"\n');
    const d = diag(source, '"::error::pwned"', 'txt-x', 'warning', 'Text "::error::pwned" 100%\r\n::set-env name=X::y\nend', {});
    const { lines } = formatGithubAnnotations([{ path: source.path, source, diagnostics: [d] }]);
    expect(lines).toEqual([
      '::warning file=zones/a%2Cb%3Ac%25d.zone,line=1,col=10,endLine=1,endColumn=26,title=mxlint (txt-x)::Text "::error::pwned" 100%25%0D%0A::set-env name=X::y%0Aend',
    ]);
    expect(lines[0]).not.toMatch(/[\r\n]/);
  });

  it('escapes as @actions/core does', () => {
    expect(escapeData('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad:e,f');
    expect(escapeProperty('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad%3Ae%2Cf');
    // `%` goes first, so an escape already in the text is not taken for one.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('caps each level and says on the last one how many were left out', () => {
    const results = [many('warning', 13, 'zones/w.zone'), many('error', 25, 'zones/e.zone'), many('info', 3, 'zones/i.zone')];
    const { lines, omitted } = formatGithubAnnotations(results);
    expect(omitted).toEqual({ errors: 15, warnings: 3, notices: 0 });
    expect(lines).toHaveLength(23);
    expect(lines.slice(0, 10).every((l) => l.startsWith('::error '))).toBe(true);
    expect(lines.slice(10, 20).every((l) => l.startsWith('::warning '))).toBe(true);
    expect(lines.slice(20).every((l) => l.startsWith('::notice '))).toBe(true);
    expect(lines[0]).toBe('::error file=zones/e.zone,line=1,col=1,endLine=1,endColumn=3,title=mxlint (rule-error)::finding 1');
    expect(lines[8]).toBe('::error file=zones/e.zone,line=9,col=1,endLine=9,endColumn=3,title=mxlint (rule-error)::finding 9');
    expect(lines[9]).toBe(
      '::error file=zones/e.zone,line=10,col=1,endLine=10,endColumn=3,title=mxlint (rule-error)::finding 10' +
        '%0A%0A15 more errors not shown as annotations (GitHub shows at most 10 per step); the job summary lists them all.',
    );
    expect(lines[19]).toBe(
      '::warning file=zones/w.zone,line=10,col=1,endLine=10,endColumn=3,title=mxlint (rule-warning)::finding 10' +
        '%0A%0A3 more warnings not shown as annotations (GitHub shows at most 10 per step); the job summary lists them all.',
    );
    expect(lines[22]).toBe('::notice file=zones/i.zone,line=3,col=1,endLine=3,endColumn=3,title=mxlint (rule-info)::finding 3');
  });

  it('takes another cap, and says "1 more" in the singular', () => {
    const { lines, omitted } = formatGithubAnnotations([many('error', 3)], { maxPerLevel: 2 });
    expect(omitted).toEqual({ errors: 1, warnings: 0, notices: 0 });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('::finding 2%0A%0A1 more error not shown as annotations (GitHub shows at most 2 per step)');
    expect(formatGithubAnnotations([many('info', 3)], { maxPerLevel: 0 })).toEqual({ lines: [], omitted: { errors: 0, warnings: 0, notices: 3 } });
  });
});

describe('formatGithubSummary', () => {
  it('lists every finding in HTML tables', () => {
    expect(formatGithubSummary(sampleResults(), { preExisting: 2 })).toBe(
      [
        '<h2>mxlint</h2>',
        '',
        '4 problems (2 errors, 1 warning, 1 info) in 1 file.',
        '',
        '2 pre-existing findings that this change did not introduce are not listed.',
        '',
        '<h3><code>zones/example.com.zone</code></h3>',
        '<table>',
        '<thead><tr><th>Line</th><th>Severity</th><th>Rule</th><th>Message</th></tr></thead>',
        '<tbody>',
        `<tr><td>3:12</td><td>error</td><td><a href="${DOCS}rules/mx-target-ip/README.md"><code>mx-target-ip</code></a></td><td>MX target &quot;192.0.2.1&quot; is an IP address, not a host name.</td></tr>`,
        `<tr><td>4:43</td><td>warning</td><td><a href="${DOCS}rules/spf-softfail/README.md"><code>spf-softfail</code></a></td><td>SPF ends in ~all (softfail).</td></tr>`,
        `<tr><td>5:1</td><td>info</td><td><a href="${DOCS}rules/mx-no-reverse/README.md"><code>mx-no-reverse</code></a></td><td>mail.example.com. has no PTR record in the zones read.</td></tr>`,
        `<tr><td>6:6</td><td>error</td><td><a href="${DOCS}docs/syntax.md#bad-ttl"><code>syntax/bad-ttl</code></a></td><td>Bad TTL &quot;abc&quot;.</td></tr>`,
        '</tbody>',
        '</table>',
        '',
        '',
      ].join('\n'),
    );
  });

  it('escapes markup, pipes, backticks and line breaks', () => {
    const source = zoneSource('zones/<b>|`x`.zone', 'x IN TXT "<script>alert(1)</script>"\n');
    const d = diag(source, '"<script>', 'txt-x', 'warning', `Text "<script>alert('1')</script>" | a & b \`code\`\n\n# heading`);
    const out = formatGithubSummary([{ path: source.path, source, diagnostics: [d] }], { title: 'mxlint <img src=x>' });
    expect(out).toBe(
      [
        '<h2>mxlint &lt;img src=x&gt;</h2>',
        '',
        '1 problem (0 errors, 1 warning) in 1 file.',
        '',
        '<h3><code>zones/&lt;b&gt;&#124;&#96;x&#96;.zone</code></h3>',
        '<table>',
        '<thead><tr><th>Line</th><th>Severity</th><th>Rule</th><th>Message</th></tr></thead>',
        '<tbody>',
        `<tr><td>1:10</td><td>warning</td><td><a href="${DOCS}rules/txt-x/README.md"><code>txt-x</code></a></td>` +
          '<td>Text &quot;&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt;&quot; &#124; a &amp; b &#96;code&#96;<br><br># heading</td></tr>',
        '</tbody>',
        '</table>',
        '',
        '',
      ].join('\n'),
    );
    expect(out).not.toContain('<script');
    expect(escapeHtml('&<>"\'|`\r\n')).toBe('&amp;&lt;&gt;&quot;&#39;&#124;&#96;<br>');
  });

  it('says so when there is nothing to report', () => {
    expect(formatGithubSummary([])).toBe('<h2>mxlint</h2>\n\nNo problems found.\n\n');
    expect(formatGithubSummary(sampleResults().slice(1), { preExisting: 1 })).toBe(
      '<h2>mxlint</h2>\n\nNo problems found.\n\n1 pre-existing finding that this change did not introduce is not listed.\n\n',
    );
  });

  it('stays under the size limit and says how many rows it left out', () => {
    const results = [many('error', 40, 'zones/a.zone'), many('warning', 40, 'zones/b.zone')];
    const out = formatGithubSummary(results, { maxBytes: 6000 });
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(6000);
    const rows = out.match(/<tr><td>/g)?.length ?? 0;
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(80);
    expect(out).toContain(`${80 - rows} more findings left out: the summary is limited in size.`);
    expect(out).toContain('80 problems (40 errors, 40 warnings) in 2 files.');
  });
});
