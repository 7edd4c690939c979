/**
 * The action's mail-change review on real repositories: the "Mail impact" section of the job
 * summary, the `mail-impact` output, and the change rules' annotations on the changed lines.
 * Runs the committed dist/action.js (npm run build first).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, cleanup, makeRepo, pullRequestEvent, runAction, zone } from './harness.ts';

beforeAll(() => {
  if (!existsSync(ACTION)) throw new Error(`${ACTION} is missing: run npm run build`);
});
afterAll(cleanup);

const ZONE = 'zones/example.com.zone';

/** The Mail impact section of a job summary (up to the notes that follow it). */
function mailSection(summary: string): string {
  const at = summary.indexOf('<h2>Mail impact</h2>');
  expect(at).toBeGreaterThanOrEqual(0);
  return summary.slice(at, summary.indexOf('<p>', at));
}

describe('Mail impact in pull requests', { timeout: 60_000 }, () => {
  it('weakened: DMARC lowered and a vendor include, with annotations on the changed lines', async () => {
    const base = zone('example.com');
    const head = base.replace('p=reject', 'p=quarantine').replace('"v=spf1 mx -all"', '"v=spf1 mx include:_spf.vendor.example -all"');
    const repo = makeRepo({ [ZONE]: base }, { [ZONE]: head });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    expect(r.stderr).toBe('');
    expect(r.outputs['mail-impact']).toBe('weakened');
    expect(mailSection(r.summary)).toBe(
      [
        '<h2>Mail impact</h2>',
        '',
        '1 mail domain changed, 1 weakened (1 compared).',
        '',
        '**example.com**',
        '',
        '- senders: +include:_spf.vendor.example (adds 1 lookup, at least 2 of 10 used)',
        '- ⚠️ DMARC: p=reject → p=quarantine',
        '',
        '',
      ].join('\n'),
    );
    const lines = head.split('\n');
    const dmarcLine = lines.findIndex((l) => l.startsWith('_dmarc')) + 1;
    const spfLine = lines.findIndex((l) => l.includes('v=spf1')) + 1;
    expect(r.commands.filter((c) => c.startsWith('::warning ')).map((c) => /line=(\d+).*title=mxlint \(([\w-]+)\)/.exec(c)?.slice(1).join(' '))).toEqual([
      `${dmarcLine} change-dmarc-weakened`,
    ]);
    // The new include is a notice (info), listed in the summary with the findings.
    expect(r.summary).toContain('<code>change-spf-widened</code>');
    expect(r.summary).toContain(`<tr><td>${spfLine}:`);
    expect(r.status).toBe(0); // warnings and info only
  });

  it('changed: a backup exchanger added, nothing weakened', async () => {
    const base = zone('example.com');
    const head = zone('example.com', ['@       IN MX   20 mail2', 'mail2   IN A    192.0.2.26']);
    const repo = makeRepo({ [ZONE]: base }, { [ZONE]: head });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    expect(r.outputs['mail-impact']).toBe('changed');
    expect(mailSection(r.summary)).toContain('- inbound: +mail2.example.com (preference 20)');
    expect(r.summary).not.toContain('change-inbound-moved');
  });

  it('none: a change that touches no mail record says so in one line', async () => {
    const base = zone('example.com');
    const repo = makeRepo({ [ZONE]: base }, { [ZONE]: zone('example.com', ['www     IN A    192.0.2.80']) });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    expect(r.outputs['mail-impact']).toBe('none');
    expect(mailSection(r.summary)).toBe('<h2>Mail impact</h2>\n\nNo mail record changed (1 mail domain compared).\n\n');
  });

  it('none when no zone file changed at all', async () => {
    const repo = makeRepo({ [ZONE]: zone('example.com'), 'README.md': '# zones\n' }, { 'README.md': '# zones, edited\n' });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    expect(r.outputs['mail-impact']).toBe('none');
    expect(mailSection(r.summary)).toContain('No mail record changed (1 mail domain compared).');
  });

  it('a deleted zone: its domain is no longer a mail domain, which weakens it', async () => {
    const repo = makeRepo({ [ZONE]: zone('example.com'), 'zones/example.net.zone': zone('example.net') }, { 'zones/example.net.zone': null });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    expect(r.outputs['mail-impact']).toBe('weakened');
    expect(mailSection(r.summary)).toContain('**example.net** (removed)\n\n- ⚠️ domain: no longer a mail domain in the zones');
  });

  it('a renamed zone with a changed MX, in filter mode added: the change rule stands on the changed line', async () => {
    const base = zone('example.com');
    const head = base.replace('@       IN MX   10 mail.example.com.', '@       IN MX   10 mx.provider.example.');
    const repo = makeRepo({ [ZONE]: base }, { [ZONE]: null, 'zones/db.example.com': head });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo), inputs: { 'filter-mode': 'added' } });
    expect(r.outputs['mail-impact']).toBe('changed');
    expect(mailSection(r.summary)).toContain('- inbound: all exchangers replaced: mail.example.com → mx.provider.example');
    const mxLine = head.split('\n').findIndex((l) => l.includes('IN MX')) + 1;
    expect(r.summary).toMatch(new RegExp(`<tr><td>${mxLine}:\\d+</td><td>info</td><td><a [^>]+><code>change-inbound-moved</code>`));
  });

  it('sets no mail-impact outside a pull request', async () => {
    const repo = makeRepo({ [ZONE]: zone('example.com') }, {});
    const r = await runAction({ cwd: repo.dir, eventName: 'push', event: {} });
    expect(r.outputs['mail-impact']).toBeUndefined();
    expect(r.summary).not.toContain('Mail impact');
  });
});
