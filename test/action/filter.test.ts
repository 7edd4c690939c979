/** The filter modes and the diff parsing they rest on, as pure functions. */
import { describe, expect, it } from 'vitest';
import { filterResults, findingKey } from '../../src/git/filter.ts';
import { addedLines, hunkRanges, parseApiPatch, parseUnifiedDiff } from '../../src/git/diff.ts';
import type { Diagnostic } from '../../src/model/diagnostic.ts';
import type { FileResult } from '../../src/model/result.ts';
import { SourceText } from '../../src/model/source.ts';

const HEAD = ['$ORIGIN example.com.', '$TTL 3600', '@ IN MX 10 mail', '@ IN TXT "v=spf1 +all"', 'www IN A 192.0.2.1', 'ftp IN A 192.0.2.2', 'old IN A 192.0.2.3', ''].join('\n');

const DIFF = `diff --git a/zones/example.com.zone b/zones/example.com.zone
index 1111111..2222222 100644
--- a/zones/example.com.zone
+++ b/zones/example.com.zone
@@ -1,7 +1,7 @@
 $ORIGIN example.com.
 $TTL 3600
 @ IN MX 10 mail
-mail IN A 192.0.2.25
-@ IN TXT "v=spf1 -all"
+@ IN TXT "v=spf1 +all"
+www IN A 192.0.2.1
 ftp IN A 192.0.2.2
 old IN A 192.0.2.3
diff --git a/README.md b/docs/README.md
similarity index 90%
rename from README.md
rename to docs/README.md
index 3333333..4444444 100644
--- a/README.md
+++ b/docs/README.md
@@ -1 +1 @@
-hello
+hello world
diff --git a/zones/gone.zone b/zones/gone.zone
deleted file mode 100644
index 5555555..0000000
--- a/zones/gone.zone
+++ /dev/null
@@ -1,2 +0,0 @@
-$ORIGIN gone.
-@ IN A 192.0.2.9
diff --git a/zones/new.zone b/zones/new.zone
new file mode 100644
index 0000000..6666666
--- /dev/null
+++ b/zones/new.zone
@@ -0,0 +1 @@
+$ORIGIN new.
`;

function at(source: SourceText, needle: string, ruleId: string, fingerprint: string, message = `${ruleId} at ${needle}`): Diagnostic {
  const start = source.text.indexOf(needle);
  if (start < 0) throw new Error(needle);
  return { ruleId, severity: 'error', message, span: { source, start, end: start + needle.length }, fingerprint };
}

function head(): { results: FileResult[]; source: SourceText; d: Record<string, Diagnostic> } {
  const source = new SourceText('zones/example.com.zone', HEAD, 'octets');
  const d = {
    mx: at(source, 'mail', 'mx-dangling-target', 'mx-dangling-target|example.com.|MX|mail', 'MX target `mail.example.com.` does not exist'),
    spf: at(source, '+all', 'spf-permissive-all', 'spf-permissive-all|example.com.|TXT'),
    www: at(source, 'www', 'zone-x', 'zone-x|www'),
    ftp: at(source, 'ftp', 'zone-x', 'zone-x|ftp'),
    old: at(source, 'old', 'zone-x', 'zone-x|old'),
  };
  return { results: [{ path: source.path, source, diagnostics: Object.values(d) }], source, d };
}

describe('parseUnifiedDiff', () => {
  const files = parseUnifiedDiff(DIFF);

  it('reads statuses, paths and renames', () => {
    expect(files.map((f) => [f.status, f.path, f.oldPath])).toEqual([
      ['modified', 'zones/example.com.zone', 'zones/example.com.zone'],
      ['renamed', 'docs/README.md', 'README.md'],
      ['deleted', 'zones/gone.zone', 'zones/gone.zone'],
      ['added', 'zones/new.zone', undefined],
    ]);
  });

  it('gives added lines, hunk ranges and change blocks', () => {
    const [zone] = files;
    expect([...(addedLines(zone) ?? [])]).toEqual([4, 5]);
    expect(hunkRanges(zone)).toEqual([[1, 7]]);
    expect(zone.hunks[0].blocks).toEqual([
      {
        at: 4,
        deleted: [
          { line: 4, text: 'mail IN A 192.0.2.25' },
          { line: 5, text: '@ IN TXT "v=spf1 -all"' },
        ],
        added: [
          { line: 4, text: '@ IN TXT "v=spf1 +all"' },
          { line: 5, text: 'www IN A 192.0.2.1' },
        ],
      },
    ]);
  });

  it('places a pure deletion at the head line that follows it', () => {
    const [file] = parseUnifiedDiff('--- a/z.zone\n+++ b/z.zone\n@@ -3 +2,0 @@\n-mail IN A 192.0.2.25\n');
    expect(file.hunks[0].blocks[0].at).toBe(3);
    expect(hunkRanges(file)).toEqual([[2, 3]]);
    expect(addedLines(file)?.size).toBe(0);
  });
});

describe('parseApiPatch', () => {
  it('reads a pulls/{n}/files entry', () => {
    const file = parseApiPatch({ filename: 'zones/a.zone', status: 'modified', patch: '@@ -1,2 +1,2 @@\n $TTL 60\n-@ IN A 192.0.2.1\n+@ IN A 192.0.2.2' });
    expect(file).toMatchObject({ path: 'zones/a.zone', oldPath: 'zones/a.zone', status: 'modified' });
    expect([...(addedLines(file) ?? [])]).toEqual([2]);
  });

  it('keeps renames and treats a file without patch as changed everywhere', () => {
    const renamed = parseApiPatch({ filename: 'b.zone', previous_filename: 'a.zone', status: 'renamed' });
    expect(renamed).toMatchObject({ path: 'b.zone', oldPath: 'a.zone', status: 'renamed', wholeFile: true });
    expect(addedLines(renamed)).toBeUndefined();
    expect(parseApiPatch({ filename: 'c.zone', status: 'added', patch: '@@ -0,0 +1 @@\n+x' }).oldPath).toBeUndefined();
    expect(parseApiPatch({ filename: 'd.zone', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' }).status).toBe('deleted');
  });
});

describe('filter modes', () => {
  const changes = parseUnifiedDiff(DIFF);
  const kept = (results: FileResult[]) => results.flatMap((r) => r.diagnostics.map((d) => d.span.source.text.slice(d.span.start, d.span.end)));

  it('nofilter keeps everything', () => {
    const out = filterResults('nofilter', { head: head().results, changes: [] });
    expect(kept(out.results)).toEqual(['mail', '+all', 'www', 'ftp', 'old']);
    expect(out.notReported).toBe(0);
  });

  it('file keeps the findings of changed files', () => {
    expect(filterResults('file', { head: head().results, changes }).reported).toBe(5);
    expect(filterResults('file', { head: head().results, changes: changes.slice(1) }).reported).toBe(0);
  });

  it('added keeps findings on added or modified lines', () => {
    const out = filterResults('added', { head: head().results, changes });
    expect(kept(out.results)).toEqual(['+all', 'www']);
    expect(out.notReported).toBe(3);
  });

  it('diff_context keeps findings within the hunks, context included', () => {
    const narrow = parseUnifiedDiff(DIFF.replace('@@ -1,7 +1,7 @@\n $ORIGIN example.com.\n $TTL 3600\n', '@@ -3,4 +3,4 @@\n').replace(' ftp IN A 192.0.2.2\n old IN A 192.0.2.3\n', ' ftp IN A 192.0.2.2\n'));
    expect(hunkRanges(narrow[0])).toEqual([[3, 6]]);
    const out = filterResults('diff_context', { head: head().results, changes: narrow });
    expect(kept(out.results)).toEqual(['mail', '+all', 'www', 'ftp']);
    const zeroContext = parseUnifiedDiff('--- a/zones/example.com.zone\n+++ b/zones/example.com.zone\n@@ -4,2 +4,2 @@\n-a\n-b\n+c\n+d\n');
    expect(kept(filterResults('diff_context', { head: head().results, changes: zeroContext }).results)).toEqual(['+all', 'www']);
  });

  it('introduced reports what the base did not have, by fingerprint, not line', () => {
    const { results, source, d } = head();
    // The base had the dangling MX and the ftp finding, at other lines.
    const baseSource = new SourceText(source.path, '\n\n\n' + HEAD, 'octets');
    const base: FileResult[] = [{ path: source.path, source: baseSource, diagnostics: [at(baseSource, 'ftp', 'zone-x', d.ftp.fingerprint!), at(baseSource, 'mail', 'mx-dangling-target', d.mx.fingerprint!)] }];
    const out = filterResults('introduced', { head: results, changes, base, sources: new Map([[source.path, source]]) });
    expect(kept(out.results)).toEqual(['+all', 'www', 'old']);
    expect(out.notReported).toBe(2);
    // `old` is on an unchanged line: the change block is its related location.
    const old = out.results[0].diagnostics[2];
    expect(old.related?.map((r) => r.message)).toEqual(['changed by this pull request: `@ IN TXT "v=spf1 +all"` (and 1 more line), was `mail IN A 192.0.2.25`']);
    expect(out.results[0].diagnostics[0].related).toBeUndefined();
    // SARIF's view: every finding, the reported ones with their related locations.
    expect(out.all[0].diagnostics).toHaveLength(5);
    expect(out.all[0].diagnostics[4].related).toHaveLength(1);
  });

  it('introduced counts duplicates, and takes the ones on changed lines as the new ones', () => {
    const source = new SourceText('zones/example.com.zone', HEAD, 'octets');
    const same = 'zone-x|same';
    const results: FileResult[] = [{ path: source.path, source, diagnostics: [at(source, '+all', 'zone-x', same), at(source, 'ftp', 'zone-x', same)] }];
    const base: FileResult[] = [{ path: source.path, source, diagnostics: [at(source, 'ftp', 'zone-x', same)] }];
    const out = filterResults('introduced', { head: results, changes, base });
    expect(kept(out.results)).toEqual(['+all']);
    expect(out.notReported).toBe(1);
  });

  it('keys findings by rule, path and fingerprint, or message when there is none', () => {
    const { d } = head();
    expect(findingKey('./zones/example.com.zone', d.spf)).toBe(findingKey('zones/example.com.zone', d.spf));
    expect(findingKey('a', { ...d.spf, fingerprint: undefined })).toContain('message\0');
  });

  it('points a finding caused by a deletion at where the deleted record stood', () => {
    const source = new SourceText('z.zone', '$ORIGIN example.com.\n@ IN MX 10 mail\n@ IN TXT "v=spf1 -all"\n', 'octets');
    const mx = at(source, 'mail', 'mx-dangling-target', 'mx|mail', 'MX target `mail.example.com.` does not exist');
    const deletion = parseUnifiedDiff('--- a/z.zone\n+++ b/z.zone\n@@ -2,3 +2,2 @@\n @ IN MX 10 mail\n-mail IN A 192.0.2.25\n @ IN TXT "v=spf1 -all"\n');
    const out = filterResults('introduced', { head: [{ path: 'z.zone', source, diagnostics: [mx] }], changes: deletion, base: [], sources: new Map([['z.zone', source]]) });
    const [related] = out.results[0].diagnostics[0].related ?? [];
    expect(related.message).toBe('deleted by this pull request (line 3 of the base): `mail IN A 192.0.2.25`');
    expect(source.positionAt(related.span.start)).toEqual({ line: 3, column: 1 });
  });

  it('annotates a finding at the related location the change touched, in whichever file it is', () => {
    const { results, source } = head();
    // The fix goes on `ftp` (unchanged line); the pull request changed `www`, a related location.
    const www = source.text.indexOf('www');
    const finding: Diagnostic = { ...at(source, 'ftp', 'mx-private-address', 'f|ftp'), related: [{ span: { source, start: www, end: www + 3 }, message: 'the MX that leads here' }] };
    const other = new SourceText('zones/other.zone', '$ORIGIN other.\n@ IN A 10.0.0.1\n', 'octets');
    const elsewhere: Diagnostic = { ...at(other, '10.0.0.1', 'mx-private-address', 'f|other'), related: [{ span: { source, start: www, end: www + 3 }, message: 'the MX in example.com' }] };
    const head2: FileResult[] = [{ ...results[0], diagnostics: [finding] }, { path: other.path, source: other, diagnostics: [elsewhere] }];
    for (const mode of ['added', 'introduced'] as const) {
      const out = filterResults(mode, { head: head2, changes, base: [], sources: new Map([[source.path, source]]) });
      expect(kept(out.results), mode).toEqual(['www', 'www']);
      const [moved] = out.results[0].diagnostics;
      expect(moved.related?.[0]).toEqual({ span: finding.span, message: 'the record to edit (where this finding stands outside the pull request)' });
      // SARIF keeps each finding at its primary location.
      expect(out.all[1].diagnostics[0].span).toBe(elsewhere.span);
    }
    // In diff_context `ftp` is a context line of the hunk: that finding stays where it is.
    const context = filterResults('diff_context', { head: head2, changes });
    expect(context.results[0].diagnostics.map((d) => d.fingerprint)).toEqual(['f|other', 'f|ftp']);
    // A finding none of whose locations the change touched stays out.
    expect(filterResults('added', { head: [{ ...results[0], diagnostics: [{ ...finding, related: [] }] }], changes }).reported).toBe(0);
  });
});
