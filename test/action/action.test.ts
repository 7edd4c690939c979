/**
 * End to end: the committed dist/action.js on real repositories and recorded pull_request events.
 * dist/ is kept fresh by `npm run build` (CI fails when it is stale); these tests never rebuild it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, cleanup, git, makeRepo, pullRequestEvent, runAction, tempDir, zone } from './harness.ts';

beforeAll(() => {
  if (!existsSync(ACTION)) throw new Error(`${ACTION} is missing: run npm run build`);
});
afterAll(cleanup);

const ZONE = 'zones/example.com.zone';
/** Turns on the advisory rules these tests use as a pre-existing warning (they are off in mxlint:recommended). */
const ADVISORY = JSON.stringify({ rules: { 'soa-refresh': 'warn', 'ttl-too-short': 'warn' } });

/** The workflow commands that are annotations (not set-output, add-mask…). */
function annotations(commands: string[], level?: 'error' | 'warning' | 'notice'): string[] {
  return commands.filter((c) => (level ? c.startsWith(`::${level} `) || c.startsWith(`::${level}::`) : /^::(error|warning|notice)[ :]/.test(c)));
}

describe('pull request: introduced findings', { timeout: 60_000 }, () => {
  it('annotates +all added to an SPF record at its line and column, and only that', async () => {
    // The base already has a finding (short SOA refresh): pre-existing, not reported.
    const base = zone('example.com').replace(' 14400 3600 ', ' 7200 3600 ');
    const head = base.replace('"v=spf1 mx -all"', '"v=spf1 mx +all"');
    const repo = makeRepo({ [ZONE]: base, 'README.md': '# zones\n', 'mxlint.config.json': ADVISORY }, { [ZONE]: head });
    const sarif = join(tempDir(), 'out', 'mxlint.sarif');
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo), inputs: { 'sarif-file': sarif } });

    expect(r.stderr).toBe('');
    const errors = annotations(r.commands, 'error');
    expect(errors).toHaveLength(1);
    const line = head.split('\n').findIndex((l) => l.includes('+all')) + 1;
    const column = head.split('\n')[line - 1].indexOf('+all') + 1;
    expect(errors[0]).toBe(
      `::error file=${ZONE},line=${line},col=${column},endLine=${line},endColumn=${column + 4},title=mxlint (spf-permissive-all)::` +
        errors[0].slice(errors[0].indexOf('::', 2) + 2),
    );
    expect(errors[0]).toContain('`+all`');
    expect(annotations(r.commands, 'warning')).toEqual([]);

    expect(r.status).toBe(1); // fail-level error
    expect(r.outputs['error-count']).toBe('1');
    expect(r.outputs['warning-count']).toBe('0');
    expect(r.summary).toContain('spf-permissive-all');
    expect(r.summary).not.toContain('soa-refresh');
    expect(r.summary).toContain('1 pre-existing finding that this change did not introduce is not listed.');
    expect(r.summary).toContain('Changes: git diff');

    // SARIF: every finding of the head, for code scanning to compare with the base branch's analysis.
    expect(r.outputs['sarif-file']).toBe(sarif);
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(log.runs[0].results.map((x) => x.ruleId).sort()).toEqual(['soa-refresh', 'spf-permissive-all']);
  });

  it('passes with fail-level none, and with fail-level warning fails on warnings only when there are some', async () => {
    const base = zone('example.com');
    const head = base.replace('"v=spf1 mx -all"', '"v=spf1 mx +all"');
    const repo = makeRepo({ [ZONE]: base }, { [ZONE]: head });
    const none = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo), inputs: { 'fail-level': 'none' } });
    expect(none.status).toBe(0);
    expect(none.outputs['error-count']).toBe('1');

    const ttl = makeRepo({ [ZONE]: base, 'mxlint.config.json': ADVISORY }, { [ZONE]: base.replace('@       IN MX   10', '@ 60    IN MX   10') });
    const warning = await runAction({ cwd: ttl.dir, event: pullRequestEvent(ttl), inputs: { 'fail-level': 'warning' } });
    expect(annotations(warning.commands, 'warning').some((c) => c.includes('ttl-too-short'))).toBe(true);
    expect(warning.outputs['error-count']).toBe('0');
    expect(warning.status).toBe(1);
    const error = await runAction({ cwd: ttl.dir, event: pullRequestEvent(ttl) });
    expect(error.status).toBe(0);
  });

  it('reports an MX left dangling by a deleted A record on its unchanged line, with the deletion as related location', async () => {
    const base = zone('example.com');
    const head = zone('example.com', [], { mailA: false });
    const repo = makeRepo({ [ZONE]: base }, { [ZONE]: head });
    const sarif = join(tempDir(), 'mxlint.sarif');
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo), inputs: { 'sarif-file': sarif } });

    const mxLine = head.split('\n').findIndex((l) => l.includes('IN MX')) + 1;
    const errors = annotations(r.commands, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^::error file=${ZONE},line=${mxLine},col=\\d+,.*title=mxlint \\(mx-dangling-target\\)::`));
    expect(r.status).toBe(1);

    const log = JSON.parse(readFileSync(sarif, 'utf8')) as {
      runs: { results: { ruleId: string; relatedLocations?: { message: { text: string }; physicalLocation: { region: { startLine: number } } }[] }[] }[];
    };
    const [result] = log.runs[0].results;
    expect(result.ruleId).toBe('mx-dangling-target');
    const related = result.relatedLocations?.find((l) => l.message.text.startsWith('deleted by this pull request'));
    expect(related?.message.text).toBe('deleted by this pull request (line 7 of the base): `mail IN A 192.0.2.25`');
    // Where the deleted line stood in the head: the record after it.
    expect(related?.physicalLocation.region.startLine).toBe(7);

    // The MX line itself did not change: `added` mode reports nothing.
    const added = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo), inputs: { 'filter-mode': 'added' } });
    expect(annotations(added.commands)).toEqual([]);
    expect(added.status).toBe(0);
    expect(added.summary).toContain('1 finding of the head outside the changes (filter mode <code>added</code>) is not listed.');
  });

  it('follows a renamed zone: its old findings stay pre-existing', async () => {
    const base = zone('example.com').replace(' 14400 3600 ', ' 7200 3600 ');
    const head = base.replace('"v=spf1 mx -all"', '"v=spf1 mx +all"');
    const repo = makeRepo({ [ZONE]: base, 'mxlint.config.json': ADVISORY }, { [ZONE]: null, 'zones/primary/example.com.zone': head });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    const found = annotations(r.commands);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^::error file=zones\/primary\/example\.com\.zone,.*\(spf-permissive-all\)::/);
    expect(r.summary).toContain('1 pre-existing finding that this change did not introduce is not listed.');
  });

  it('finds an introduced finding past the limit of findings per file, and keeps to the limit in what it reports', async () => {
    // Three pre-existing dangling MX fill the limit of two; the new one comes after them in the file.
    const gone = [1, 2, 3].map((i) => `@       IN MX   ${20 + i} gone${i}.example.com.`);
    const base = zone('example.com', gone);
    const head = zone('example.com', [...gone, '@       IN MX   30 new-gone.example.com.']);
    const limited = JSON.stringify({ limits: { findingsPerFile: 2 } });
    const repo = makeRepo({ [ZONE]: base, 'mxlint.config.json': limited }, { [ZONE]: head });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo), inputs: { 'fail-level': 'none' } });
    const errors = annotations(r.commands, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`line=${head.split('\n').findIndex((l) => l.includes('new-gone')) + 1},`);
    expect(r.summary).toContain('3 pre-existing findings that this change did not introduce are not listed.');

    // Outside a pull request every finding counts, and the report keeps to the limit.
    const push = await runAction({ cwd: repo.dir, eventName: 'push', event: { ref: 'refs/heads/main', after: repo.headSha }, inputs: { 'fail-level': 'none' } });
    expect(push.outputs['error-count']).toBe('3');
    expect(push.summary).toContain('2 more findings in this file were not reported');
  });

  it('matches a pre-existing finding whose line moved', async () => {
    const base = zone('example.com', ['@       IN MX   20 gone.example.com.']);
    const head = zone('example.com', ['www     IN CNAME example.org.', '@       IN MX   20 gone.example.com.']);
    const repo = makeRepo({ [ZONE]: base }, { [ZONE]: head });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo), inputs: { 'fail-level': 'none' } });
    // The dangling `gone` MX was there before, one line up: nothing introduced.
    expect(annotations(r.commands)).toEqual([]);
    expect(r.summary).toContain('No problems found.');
  });
});

describe('annotation limits and escaping', { timeout: 60_000 }, () => {
  it('shows 10 error annotations and a note for 30 findings; the summary lists all 30', async () => {
    const base = zone('example.com');
    const mx = Array.from({ length: 30 }, (_, i) => `@       IN MX   ${20 + i} mx${i + 1}.example.com.`);
    const repo = makeRepo({ [ZONE]: base }, { [ZONE]: zone('example.com', mx) });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });

    const errors = annotations(r.commands, 'error');
    expect(errors).toHaveLength(10);
    expect(errors.every((e) => e.includes('title=mxlint (mx-dangling-target)'))).toBe(true);
    expect(errors[9]).toContain('%0A%0A20 more errors not shown as annotations (GitHub shows at most 10 per step); the job summary lists them all.');
    expect(r.outputs['error-count']).toBe('30');
    expect(r.summary.match(/<code>mx-dangling-target<\/code>/g)).toHaveLength(30);
    expect(r.summary).toContain('30 problems (30 errors, 0 warnings) in 1 file.');
    expect(r.status).toBe(1);
  });

  it('never lets record text inject a workflow command', async () => {
    const base = zone('example.com');
    const evil = [
      'evil    IN TXT  "v=spf1 ::error::pwned%25\\010::warning\\010file=x::y -all"',
      '_dmarc.evil IN TXT "v=DMARC1; p=reject; rua=mailto:a%41::error::x\\010::notice::y@example.com"',
    ];
    const repo = makeRepo({ [ZONE]: base }, { [ZONE]: zone('example.com', evil) });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo), inputs: { 'fail-level': 'none' } });

    const lines = r.stdout.split(/\r?\n/);
    // Every line the runner would read as a command (it trims leading blanks) is one of ours.
    const commands = lines.filter((l) => l.trimStart().startsWith('::'));
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const c of commands) expect(c).toMatch(/^::(error|warning|notice) file=zones\/example\.com\.zone,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=mxlint \([a-z-]+\)::/);
    expect(lines.some((l) => /^\s*::error::/.test(l))).toBe(false);
    expect(lines.some((l) => /^\s*::(warning|notice)[ :]/.test(l) && !l.includes('title=mxlint'))).toBe(false);
    // The escapes survive: `%` as %25 in the command, the \010 shown as text, never a line break.
    const spf = commands.find((c) => c.includes('spf-syntax'));
    expect(spf).toBeDefined();
    expect(spf).toContain('::error::pwned%2525');
    expect(spf).toContain('\\x0A');
    expect(r.summary).toContain('::error::pwned%25');
    expect(r.summary).not.toMatch(/<script|\n::error/);
  });
});

describe('what the pull request changes', { timeout: 60_000 }, () => {
  it('says there is nothing to lint when only unrelated files change', async () => {
    const base = zone('example.com', [], { spf: 'v=spf1 +all' }); // a pre-existing error stays silent
    const repo = makeRepo({ [ZONE]: base, 'README.md': '# zones\n' }, { 'README.md': '# zones\n\nMail lives here.\n', 'docs/notes.txt': 'hello\n' });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    expect(r.status).toBe(0);
    expect(annotations(r.commands)).toEqual([]);
    expect(r.summary).toContain('No zone file changed in this pull request: nothing to lint.');
    expect(r.outputs['error-count']).toBe('0');
  });

  it('lints a changed provider export (Route 53 JSON)', async () => {
    const json = (spf: string) =>
      JSON.stringify(
        {
          ResourceRecordSets: [
            { Name: 'example.net.', Type: 'SOA', TTL: 900, ResourceRecords: [{ Value: 'ns-1.awsdns-01.org. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400' }] },
            { Name: 'example.net.', Type: 'NS', TTL: 172800, ResourceRecords: [{ Value: 'ns-1.awsdns-01.org.' }] },
            { Name: 'example.net.', Type: 'MX', TTL: 3600, ResourceRecords: [{ Value: '10 mail.example.net.' }] },
            { Name: 'mail.example.net.', Type: 'A', TTL: 3600, ResourceRecords: [{ Value: '192.0.2.25' }] },
            { Name: 'example.net.', Type: 'TXT', TTL: 3600, ResourceRecords: [{ Value: `"${spf}"` }] },
          ],
        },
        null,
        2,
      ) + '\n';
    const path = 'route53/example.net.json';
    const repo = makeRepo({ [path]: json('v=spf1 mx -all') }, { [path]: json('v=spf1 mx +all') });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    expect(r.stderr).toBe('');
    const errors = annotations(r.commands, 'error');
    expect(errors).toHaveLength(1);
    const line = json('v=spf1 mx +all').split('\n').findIndex((l) => l.includes('+all')) + 1;
    expect(errors[0]).toMatch(new RegExp(`^::error file=route53/example\\.net\\.json,line=${line},.*\\(spf-permissive-all\\)::`));
  });

  it('lints the octoDNS zone whose `!include`d file changed, and annotates the `!include`', async () => {
    const zoneYaml = "'':\n  - type: MX\n    value:\n      exchange: mx.example.net.\n      preference: 10\n  - !include common/spf.yaml\n_dmarc:\n  type: TXT\n  value: v=DMARC1\\; p=reject\n";
    const spf = (all: string) => `type: TXT\nvalues:\n  - v=spf1 include:_spf.example.net ${all}\n`;
    const repo = makeRepo({ 'config/example.com.yaml': zoneYaml, 'config/common/spf.yaml': spf('-all') }, { 'config/common/spf.yaml': spf('+all') });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    expect(r.stderr).toBe('');
    const errors = annotations(r.commands, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error file=config\/example\.com\.yaml,line=6,.*\(spf-permissive-all\)::/);
    expect(r.status).toBe(1);
  });

  it('reports the zone whose `$INCLUDE`d file the change deletes, though the zone file did not change', async () => {
    const base = zone('example.com', ['$INCLUDE zones/common/mail.inc']).replace(/^@ +IN MX.*\n/m, '');
    const repo = makeRepo({ [ZONE]: base, 'zones/common/mail.inc': '@ IN MX 10 mail\n' }, { 'zones/common/mail.inc': null });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    expect(r.stderr).toBe('');
    const errors = annotations(r.commands, 'error');
    expect(errors).toHaveLength(1);
    const line = base.split('\n').findIndex((l) => l.startsWith('$INCLUDE')) + 1;
    expect(errors[0]).toMatch(new RegExp(`^::error file=zones/example\\.com\\.zone,line=${line},.*\\(syntax/include-not-found\\)::`));
    expect(r.status).toBe(1);
  });

  it('reads a symbolic link to a zone at the base as at the head: its findings stay pre-existing', async () => {
    const parked = '$TTL 3600\n@ IN SOA ns1.example.net. hostmaster.example.net. 1 7200 3600 1209600 3600\n@ IN NS ns1.example.net.\n@ IN MX 0 .\n@ IN TXT "v=spf1 +all"\n';
    const base = zone('example.com');
    const repo = makeRepo({ [ZONE]: base, 'templates/parked.tmpl': parked }, { [ZONE]: base.replace('"v=spf1 mx -all"', '"v=spf1 mx +all"') });
    // Linked in a commit of the base branch, which the pull request then merges.
    git(repo.dir, 'checkout', '-q', 'main');
    symlinkSync('../templates/parked.tmpl', join(repo.dir, 'zones', 'parked.example.zone'));
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'link');
    const baseSha = git(repo.dir, 'rev-parse', 'HEAD');
    git(repo.dir, 'checkout', '-q', 'feature');
    git(repo.dir, 'merge', '-q', '--no-edit', 'main');
    const headSha = git(repo.dir, 'rev-parse', 'HEAD');
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent({ baseSha, headSha }) });
    expect(r.stderr).toBe('');
    // Only the +all the pull request adds to example.com; the parked zone's are pre-existing.
    expect(annotations(r.commands, 'error').map((c) => c.slice(0, c.indexOf(','))).sort()).toEqual([`::error file=${ZONE}`]);
  });

  it('lints everything outside a pull request (push), and says so', async () => {
    const repo = makeRepo({ [ZONE]: zone('example.com', [], { spf: 'v=spf1 +all' }) }, {});
    const r = await runAction({ cwd: repo.dir, eventName: 'push', event: { ref: 'refs/heads/main', after: repo.headSha } });
    expect(annotations(r.commands, 'error')).toHaveLength(1);
    expect(r.stdout).toContain('Not a pull request (push): linting every zone of the paths');
    expect(r.summary).toContain('Not a pull request (the push event)');
    expect(r.status).toBe(1);
  });

  it('honours paths and config inputs', async () => {
    const base = zone('example.com');
    const head = base.replace('"v=spf1 mx -all"', '"v=spf1 mx +all"');
    const config = JSON.stringify({ rules: { 'spf-permissive-all': 'warn' } });
    const repo = makeRepo({ [ZONE]: base, 'other/example.org.zone': zone('example.org'), 'ci/mxlint.json': config }, { [ZONE]: head, 'other/example.org.zone': zone('example.org', [], { spf: 'v=spf1 +all' }) });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo), inputs: { paths: 'zones\n', config: 'ci/mxlint.json' } });
    expect(annotations(r.commands, 'error')).toEqual([]);
    const warnings = annotations(r.commands, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`file=${ZONE},`);
    expect(r.status).toBe(0);
    expect(r.outputs['warning-count']).toBe('1');
  });
});

describe('checkouts', { timeout: 60_000 }, () => {
  function bareWithShallowClone() {
    const base = zone('example.com');
    const head = base.replace('"v=spf1 mx -all"', '"v=spf1 mx +all"');
    const repo = makeRepo({ [ZONE]: base }, { [ZONE]: head });
    const origin = join(tempDir(), 'origin.git');
    git(repo.dir, 'clone', '-q', '--bare', repo.dir, origin);
    const clone = join(tempDir(), 'checkout');
    // What actions/checkout does by default: one commit deep.
    git(repo.dir, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, clone);
    expect(() => git(clone, 'cat-file', '-e', `${repo.baseSha}^{commit}`)).toThrow();
    return { ...repo, dir: clone, head };
  }

  it('fetches the base commit of a shallow clone from origin', async () => {
    const repo = bareWithShallowClone();
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    expect(r.stdout).toContain(`The base commit ${repo.baseSha.slice(0, 7)} is not in the checkout (shallow clone): fetching it from origin.`);
    expect(r.summary).toContain('after fetching the base commit from origin (shallow clone)');
    const errors = annotations(r.commands, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('(spf-permissive-all)');
    expect(git(repo.dir, 'cat-file', '-t', repo.baseSha)).toBe('commit');
  });

  it('without a token, fails clearly when the base commit cannot be fetched', async () => {
    const repo = bareWithShallowClone();
    git(repo.dir, 'remote', 'set-url', 'origin', join(tempDir(), 'nowhere.git'));
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    expect(r.status).toBe(1);
    const errors = annotations(r.commands, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::mxlint: The base commit [0-9a-f]{40} is not in the checkout and could not be fetched from origin/);
    expect(errors[0]).toContain('fetch-depth: 0');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('falls back to the GitHub API with a token (pull request files and base contents)', async () => {
    const repo = bareWithShallowClone();
    git(repo.dir, 'remote', 'set-url', 'origin', join(tempDir(), 'nowhere.git'));
    const base = zone('example.com');
    const GONE = 'zones/example.net.zone';
    const baseLines = base.split('\n');
    const headLines = repo.head.split('\n');
    const at = headLines.findIndex((l) => l.includes('+all'));
    const patch = [
      `@@ -${at - 2},7 +${at - 2},7 @@`,
      ...headLines.slice(at - 3, at).map((l) => ` ${l}`),
      `-${baseLines[at]}`,
      `+${headLines[at]}`,
      ...headLines.slice(at + 1, at + 4).map((l) => ` ${l}`),
    ].join('\n');
    const requests: { url: string; auth?: string }[] = [];
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      requests.push({ url: req.url ?? '', auth: req.headers.authorization });
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      // Octokit writes the path parameter with its slashes encoded (%2F), which GitHub accepts.
      url.pathname = decodeURIComponent(url.pathname);
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(body));
      };
      if (url.pathname === '/repos/acme/zones/pulls/7/files') {
        json(200, [
          { sha: 'x', filename: ZONE, status: 'modified', additions: 1, deletions: 1, changes: 2, patch },
          // A zone the pull request deletes: only the API has it (the mail-impact review reads it).
          { sha: 'y', filename: GONE, status: 'removed', additions: 0, deletions: 12, changes: 12 },
        ]);
      } else if (url.pathname === `/repos/acme/zones/contents/${ZONE}` && url.searchParams.get('ref') === repo.baseSha) {
        json(200, { type: 'file', encoding: 'base64', path: ZONE, name: 'example.com.zone', content: Buffer.from(base).toString('base64') });
      } else if (url.pathname === `/repos/acme/zones/contents/${GONE}` && url.searchParams.get('ref') === repo.baseSha) {
        json(200, { type: 'file', encoding: 'base64', path: GONE, name: 'example.net.zone', content: Buffer.from(zone('example.net')).toString('base64') });
      } else json(404, { message: 'Not Found' });
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    try {
      const { port } = server.address() as AddressInfo;
      const r = await runAction({
        cwd: repo.dir,
        event: pullRequestEvent(repo, { fork: true }),
        inputs: { token: 'ghs_testtoken' },
        env: { GITHUB_API_URL: `http://127.0.0.1:${port}` },
      });
      expect(r.stderr).toBe('');
      expect(r.summary).toContain("Changes: the pull request&#39;s files from the GitHub API");
      expect(r.stdout).toContain('(from a fork)');
      const errors = annotations(r.commands, 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`file=${ZONE},line=${at + 1},`);
      expect(errors[0]).toContain('(spf-permissive-all)');
      expect(requests.map((q) => decodeURIComponent(new URL(q.url, 'http://x').pathname))).toEqual([
        '/repos/acme/zones/pulls/7/files',
        `/repos/acme/zones/contents/${ZONE}`,
        `/repos/acme/zones/contents/${GONE}`,
      ]);
      expect(r.outputs['mail-impact']).toBe('weakened');
      expect(r.summary).toContain('**example.com**\n\n- ⚠️ senders: -all → +all (anyone may send)');
      expect(r.summary).toContain('**example.net** (removed)');
      expect(requests.every((q) => q.auth === 'token ghs_testtoken')).toBe(true);
      // Masked: the only mention is the add-mask command that tells the runner to hide it.
      expect(r.stdout.split('\n').filter((l) => l.includes('ghs_testtoken'))).toEqual(['::add-mask::ghs_testtoken']);
    } finally {
      server.close();
    }
  });
});

describe('inputs', { timeout: 60_000 }, () => {
  it('rejects a bad input with a clear message and no stack trace', async () => {
    const repo = makeRepo({ [ZONE]: zone('example.com') }, {});
    for (const [inputs, message] of [
      [{ 'fail-level': 'fatal' }, "::error::mxlint: Input 'fail-level' must be one of error, warning, none, not 'fatal'."],
      [{ 'filter-mode': 'lines' }, "::error::mxlint: Input 'filter-mode' must be one of introduced, added, diff_context, file, nofilter, not 'lines'."],
      [{ annotate: 'yes' }, "::error::mxlint: Input 'annotate' must be true or false, not 'yes'."],
      [{ paths: 'nope/' }, "::error::mxlint: Input 'paths': no such file or directory: nope/"],
      [{ config: 'missing.json' }, "::error::mxlint: Input 'config': no such file: missing.json"],
    ] as const) {
      const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo), inputs });
      expect(r.status, JSON.stringify(inputs) + r.stderr).toBe(1);
      expect(r.commands, r.stderr).toContain(message);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reports a broken configuration as a configuration error', async () => {
    const repo = makeRepo({ [ZONE]: zone('example.com'), 'mxlint.config.json': '{ "rules": { "no-such-rule": "error" } }' }, {});
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    expect(r.status).toBe(1);
    expect(r.commands.some((c) => c.startsWith('::error::mxlint: configuration error: '))).toBe(true);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('can leave annotations and the summary out', async () => {
    const base = zone('example.com');
    const repo = makeRepo({ [ZONE]: base }, { [ZONE]: base.replace('"v=spf1 mx -all"', '"v=spf1 mx +all"') });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo), inputs: { annotate: 'false', summary: 'false' } });
    expect(r.summary).toBe('');
    // Without annotations, the failure itself is the one annotation.
    expect(annotations(r.commands)).toEqual(['::error::mxlint: 1 problem (1 error, 0 warnings) (fail-level: error).']);
    expect(r.outputs['error-count']).toBe('1');
    expect(r.status).toBe(1);
  });
});
