/**
 * Zones BIND refuses to load, checked against BIND itself: on every zone of the fixture folders of
 * zone-apex-ns-target, zone-check-names and zone-apex-ds, named-checkzone names the same name servers (`-i
 * local`: "has no address records", "is a CNAME (illegal)", "is below a DNAME"; those written
 * without their final dot are zone-target-missing-dot's) and the same lines (`-k fail`, named's
 * default for primary zones: "(check-names)"; "DS record at top of zone") as the rules, and
 * refuses exactly the zones they report.
 * named-checkzone must be installed (CI installs bind9-utils); `unshare -n` keeps it offline where
 * user namespaces are allowed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.ts';
import { locate } from '../../src/model/span.ts';
import { nameKey } from '../../src/zone/names.ts';
import { rules } from '../../rules/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const offline = spawnSync('unshare', ['-n', 'true']).status === 0;

function named(args: string[], cwd: string): { status: number; lines: string[] } {
  const [cmd, argv] = offline ? ['unshare', ['-n', 'named-checkzone', ...args]] : ['named-checkzone', args];
  const out = spawnSync(cmd, argv, { cwd, encoding: 'utf8', timeout: 20_000 });
  if (out.error) throw out.error;
  return { status: out.status ?? -1, lines: `${out.stdout}\n${out.stderr}`.split('\n') };
}

/** The fixture zones of a rule that hold an SOA (a fragment is no zone BIND loads), with their origin. */
function zonesOf(rule: string): { dir: string; file: string; origin: string }[] {
  const dir = join(root, 'rules', rule, 'fixtures');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.zone') && /\sSOA\s/.test(readFileSync(join(dir, f), 'utf8').replace(/;.*$/gm, '')))
    .map((file) => ({ dir, file, origin: file.replace(/\.zone$/, '') }));
}

async function findings(rule: string, dir: string, file: string) {
  const outcome = await run({ rules, paths: [join(dir, file)] });
  return outcome.results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId === rule);
}

describe('zone-apex-ns-target names the name servers BIND refuses a zone for', () => {
  it.each(zonesOf('zone-apex-ns-target'))('$file', async ({ dir, file, origin }) => {
    const bind = named(['-i', 'local', '-k', 'ignore', '-w', dir, origin, file], dir);
    const refused = bind.lines.flatMap((l) => /NS '([^']+)' (?:has no address records|is a CNAME \(illegal\)|is below a DNAME)/.exec(l)?.[1] ?? []);
    const ours = (await findings('zone-apex-ns-target', dir, file)).map((d) => d.fingerprint!.split('|')[3]);
    // A name written without its final dot is zone-target-missing-dot's finding (the fix is the dot).
    const undotted = (await findings('zone-target-missing-dot', dir, file)).filter((d) => d.fingerprint!.split('|')[2] === 'NS');
    expect([...ours, ...undotted.map((d) => d.fingerprint!.split('|')[4])].sort()).toEqual(refused.map((n) => nameKey(n + '.')).sort());
    expect(bind.status !== 0).toBe(ours.length + undotted.length > 0);
  });
});

describe('zone-check-names reports the lines BIND refuses a primary zone for', () => {
  it.each(zonesOf('zone-check-names'))('$file', async ({ dir, file, origin }) => {
    const bind = named(['-i', 'none', '-k', 'fail', '-w', dir, origin, file], dir);
    const refused = bind.lines.flatMap((l) => (/\(check-names\)$/.test(l) ? (/:(\d+): /.exec(l)?.[1] ?? []) : []));
    const ours = (await findings('zone-check-names', dir, file)).map((d) => String(locate(d.span).line));
    expect([...new Set(ours)].sort()).toEqual([...new Set(refused)].sort());
    expect(refused.length).toBeGreaterThan(0);
    expect(bind.status).not.toBe(0);
  });
});

describe('zone-apex-ds reports the DS records BIND refuses a zone for', () => {
  it.each(zonesOf('zone-apex-ds'))('$file', async ({ dir, file, origin }) => {
    const bind = named(['-i', 'none', '-w', dir, origin, file], dir);
    const refused = bind.lines.flatMap((l) => /:(\d+): DS record at top of zone/.exec(l)?.[1] ?? []);
    const ours = (await findings('zone-apex-ds', dir, file)).map((d) => String(locate(d.span).line));
    expect(ours).toEqual(refused);
    expect(bind.status !== 0).toBe(ours.length > 0);
  });
});
