/**
 * The bundled examples (`examples/`), linted exactly as a newcomer does after cloning:
 * `node dist/cli.js --format json examples/` from the repository root. Together the example zones
 * must make every rule of `rules/index.ts` fire, the clean zone must stay clean, and a few
 * well-known findings must stay where the examples README says they are.
 * Run `npm run build` first: the test uses the bundled CLI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Message {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
}

interface FileResult {
  filePath: string;
  messages: Message[];
}

/** Rule ids in the order of `rules/index.ts`, read from its imports (`./<id>/rule.ts`). */
function ruleIds(): string[] {
  const source = readFileSync(join(root, 'rules', 'index.ts'), 'utf8');
  return [...source.matchAll(/from '\.\/([a-z0-9-]+)\/rule\.ts'/g)].map((m) => m[1]);
}

/** The path of a result relative to `examples/`, with forward slashes. */
function shortPath(file: FileResult): string {
  return file.filePath.split('\\').join('/').replace(/^.*?\/examples\//, '');
}

describe('examples/ linted with the bundled CLI', () => {
  let code: number | null;
  let stderr: string;
  let results: FileResult[];

  beforeAll(() => {
    const env = { ...process.env };
    delete env.FORCE_COLOR;
    const r = spawnSync(process.execPath, ['dist/cli.js', '--format', 'json', 'examples/'], { cwd: root, encoding: 'utf8', env });
    code = r.status;
    stderr = r.stderr;
    results = JSON.parse(r.stdout) as FileResult[];
  });

  function messagesOf(path: string): Message[] {
    const file = results.find((f) => shortPath(f) === path);
    expect(file, `no result for examples/${path}`).toBeDefined();
    return file!.messages;
  }

  function at(path: string, ruleId: string): string[] {
    return messagesOf(path)
      .filter((m) => m.ruleId === ruleId)
      .map((m) => `${m.line}:${m.column}`);
  }

  it('exits with 1 (problems found) and writes nothing to stderr', () => {
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('lints every example file', () => {
    expect(results.map(shortPath).sort()).toEqual([
      'providers/cloudflare/shop.example.com.json',
      'providers/octodns/eu.example.com.yaml',
      'providers/route53/news.example.com.json',
      'zones/clean/brand.example.zone',
      'zones/db.example.net',
      'zones/db.lab.example.com',
      'zones/example.com.zone',
      'zones/example.org.zone',
      'zones/includes/mail.inc',
      'zones/internal/example.com.zone',
    ]);
  });

  it('makes every rule of rules/index.ts fire at least once', () => {
    // Change rules compare a pull request's head with its base: test/posture and their fixtures cover them.
    const ids = ruleIds().filter((id) => !id.startsWith('change-'));
    expect(ids.length).toBe(77);
    const fired = new Set(results.flatMap((f) => f.messages.map((m) => m.ruleId)));
    expect(ids.filter((id) => !fired.has(id))).toEqual([]);
  });

  it('shows the reader’s syntax diagnostics too', () => {
    expect(at('zones/db.lab.example.com', 'syntax/bad-ttl')).toEqual(['24:13']);
  });

  it('reports nothing for the clean zone', () => {
    expect(messagesOf('zones/clean/brand.example.zone')).toEqual([]);
  });

  it('has no internal errors and no stale suppressions', () => {
    const ids = results.flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(ids).not.toContain('mxlint/internal-error');
    expect(ids).not.toContain('mxlint/unused-suppression');
    expect(ids).not.toContain(null);
  });

  it('honours the configuration: the override and the suppression comment', () => {
    // mx-private-address is off for the internal view (overrides in examples/mxlint.config.json) …
    expect(at('zones/internal/example.com.zone', 'mx-private-address')).toEqual([]);
    expect(at('zones/example.org.zone', 'mx-private-address')).toEqual(['32:25']);
    // … mx-exchanger-policy, off by default, is on …
    expect(at('zones/db.lab.example.com', 'mx-exchanger-policy')).toEqual(['9:24']);
    // … and the terraform-provisioned exchanger of status.example.com is suppressed with a reason.
    expect(at('zones/example.com.zone', 'mx-dangling-target')).toEqual([]);
  });

  it('puts well-known findings at their exact line and column', () => {
    // `+all` in the second string of an SPF record split over two lines.
    expect(at('zones/db.lab.example.com', 'spf-permissive-all')).toEqual(['13:24']);
    // `+all` in the second string of a Route 53 TXT value, inside the JSON.
    expect(at('providers/route53/news.example.com.json', 'spf-permissive-all')).toEqual(['4:135']);
    // The SPF record of example.com, split over four lines, needs 11 lookups: an error.
    const lookups = messagesOf('zones/example.com.zone').filter((m) => m.ruleId === 'spf-too-many-lookups');
    expect(lookups.map((m) => [m.line, m.column, m.severity])).toEqual([[28, 28, 2]]);
    expect(lookups[0].message).toContain('at least 11 DNS lookups');
    // The MX target that is an IP address, and the one whose final dot was forgotten.
    expect(at('zones/example.org.zone', 'mx-target-ip')).toEqual(['35:28']);
    expect(at('zones/example.com.zone', 'mx-target-missing-dot')).toEqual(['75:30']);
    // A record of the $INCLUDEd fragment is reported in the fragment itself.
    expect(at('zones/includes/mail.inc', 'zone-out-of-zone')).toEqual(['11:1']);
    // The Cloudflare-proxied exchanger, in the provider export.
    expect(at('providers/cloudflare/shop.example.com.json', 'mx-target-proxied')).toEqual(['3:93']);
  });
});
