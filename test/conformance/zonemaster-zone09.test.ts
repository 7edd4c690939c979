/**
 * Conformance with Zonemaster's ZONE09 scenarios (MX present or absent, null MX, mail for a TLD
 * or the root), read at test time from ../shared/corpus/zonemaster. `specs/zone09.md` lists for
 * each scenario the message tags that must and must not appear.
 *
 * How the corpus lays the scenarios out: most scenario zones are one shared file,
 * `COMMON.zone09.xa` (SOA, NS, addresses, no MX), served by CoreDNS for every scenario name; the
 * MX records of each scenario exist only as `template IN MX <zone> { answer "…" }` blocks in
 * `zone09.cfg`, one server block per name server (ns1 and ns2 may answer differently: that is
 * what the INCONSISTENT-* scenarios test). The TLD and root scenarios are plain zone files. So,
 * for each scenario and each of its name servers, this test builds the zone that server answers
 * from (the common file under the scenario's `$ORIGIN`, plus the template's MX and address
 * answers) in a temp folder, and lints it with mxlint's recommended rules. Template answers are
 * written after `$ORIGIN .` because CoreDNS parses them as absolute names.
 *
 * Message tags map to mxlint as follows: a tag a rule stands for is judged by that rule's
 * findings; a tag that states a fact about the zone's MX data (informational in Zonemaster, no
 * finding in mxlint) is judged from the zone model; a tag about what name servers answer on
 * the wire (timeouts, RCODEs, the AA flag, servers disagreeing) needs live DNS and is listed with
 * the reason. A tag is raised for a scenario when it is raised for any of its servers' zones,
 * except the facts about the whole MX RRset, which look at all servers together as Zonemaster does.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.ts';
import { ConfigLoader } from '../../src/engine/config.ts';
import { lintZones } from '../../src/engine/lint.ts';
import { mxRecords } from '../../src/engine/mx.ts';
import type { Diagnostic } from '../../src/model/diagnostic.ts';
import type { Zone } from '../../src/model/zone.ts';
import { nameKey } from '../../src/zone/names.ts';
import { readZone } from '../../src/zone/reader.ts';
import { countsBy, type Judge as JudgeOf, LIVE, readSpec, type Scenario, unknownTags, unmet, zonesOf } from './zonemaster.ts';

const ZONES = zonesOf('zone09');

// ───────────────────────────── the spec ─────────────────────────────

/** Tags of a table cell. The spec has a typo, "Z09_MX_FOUND Z09, NO_MX_FOUND": a lone "Z09" joins the next word. */
function tagsOf(cell: string): string[] {
  const words = cell.split(/[\s,]+/).filter((w) => w !== '' && w !== '(none)');
  const tags: string[] = [];
  for (let i = 0; i < words.length; i++) tags.push(words[i] === 'Z09' && i + 1 < words.length ? `Z09_${words[++i]}` : words[i]);
  return tags.map((t) => t.replace(/\\_/g, '_'));
}

// ───────────────────────────── the zones each server answers from ─────────────────────────────

interface ServerBlock {
  binds: string[];
  /** zone (name key) → corpus file serving it. */
  files: Map<string, string>;
  /** zone (name key) → answer lines of its templates. */
  answers: Map<string, string[]>;
}

function readServers(): ServerBlock[] {
  const text = readFileSync(join(ZONES, 'zone09.cfg'), 'utf8');
  return text.split(/^\. \{/m).slice(1).map((block) => {
    const server: ServerBlock = { binds: [], files: new Map(), answers: new Map() };
    for (const m of block.matchAll(/^\s*bind\s+(\S+)/gm)) server.binds.push(m[1]);
    for (const m of block.matchAll(/^\s*file\s+Zone-TP\/zone09\/(\S+)\s+(\S+)/gm)) server.files.set(nameKey(m[2].endsWith('.') ? m[2] : m[2] + '.'), m[1]);
    for (const m of block.matchAll(/^\s*template\s+IN\s+(\w+)\s+(\S+)\s*\{([^}]*)\}/gm)) {
      // The SOA template of NON-AUTH-MX-RESPONSE restates the file's SOA: only MX and address answers add data.
      if (!['MX', 'A', 'AAAA'].includes(m[1])) continue;
      const zone = nameKey(m[2].endsWith('.') ? m[2] : m[2] + '.');
      const list = server.answers.get(zone) ?? [];
      for (const a of m[3].matchAll(/answer\s+"([^"]*)"/g)) list.push(a[1]);
      server.answers.set(zone, list);
    }
    return server;
  });
}

/** Addresses of the name servers the parent zone09.xa delegates a scenario zone to (its glue). */
function delegatedAddresses(zone: string): Set<string> {
  const label = nameKey(zone).split('.')[0];
  const parent = readFileSync(join(ZONES, 'zone09.xa'), 'utf8');
  const out = new Set<string>();
  const glue = new RegExp(`^ns\\d\\.${label.replace(/[-.]/g, '\\$&')}\\s+A\\s+(\\S+)`, 'gm');
  for (const m of parent.matchAll(glue)) out.add(m[1]);
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'mxlint-zone09-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** One zone per name server of the scenario, as that server would answer; empty when the corpus holds no data for it. */
function scenarioZones(scenario: Scenario, servers: ServerBlock[]): { server: string; path: string; origin: string }[] {
  const key = nameKey(scenario.zone);
  const serving = servers.filter((s) => s.files.has(key));
  if (serving.length === 0) return [];
  const file = serving[0].files.get(key)!;
  if (!file.startsWith('COMMON.')) {
    // A zone of its own (the TLD, the root): every server serves the same file.
    return [{ server: serving[0].binds[0], path: join(ZONES, file), origin: scenario.zone }];
  }
  const ns = delegatedAddresses(scenario.zone);
  const common = readFileSync(join(ZONES, file), 'utf8');
  return serving
    .filter((s) => s.binds.some((b) => ns.has(b)))
    .map((s) => {
      const answers = s.answers.get(key) ?? [];
      const text = `$ORIGIN ${scenario.zone}\n${common}\n$ORIGIN .\n${answers.join('\n')}\n`;
      const path = join(tmp, `${s.binds[0]}-${scenario.zone}zone`);
      writeFileSync(path, text);
      return { server: s.binds[0], path, origin: scenario.zone };
    });
}

// ───────────────────────────── tags → mxlint ─────────────────────────────

interface Linted {
  zone: Zone;
  diagnostics: Diagnostic[];
}

type Judge = JudgeOf<Linted>;

const apexMx = (l: Linted) => mxRecords(l.zone).filter((mx) => mx.ownerKey === nameKey(l.zone.origin));
const labelCount = (origin: string) => (nameKey(origin) === '.' ? 0 : nameKey(origin).split('.').length - 1);
const isArpa = (origin: string) => nameKey(origin).endsWith('arpa.');
/** An mx-null-mx finding on the apex whose fingerprint names what is wrong (`…|preference|n` or `…|mixed`). */
const nullMxFinding = (l: Linted, what: string) =>
  l.diagnostics.some((d) => d.ruleId === 'mx-null-mx' && (d.fingerprint ?? '').startsWith(`mx-null-mx|${nameKey(l.zone.origin)}|MX|.|${what}`));

const TAGS: Record<string, Judge> = {
  Z09_NULL_MX_WITH_OTHER_MX: { by: 'rule', rule: 'mx-null-mx', raised: (l) => nullMxFinding(l, 'mixed') },
  Z09_NULL_MX_NON_ZERO_PREF: { by: 'rule', rule: 'mx-null-mx', raised: (l) => nullMxFinding(l, 'preference') },
  Z09_MX_DATA: {
    by: 'model',
    why: 'informational (the MX targets); mxlint reports no finding for it: the apex holds non-null MX only, below a TLD (a TLD or the root gets the *_EMAIL_DOMAIN tags instead)',
    raised: (all) =>
      labelCount(all[0].zone.origin) > 1 && all.some((l) => apexMx(l).some((mx) => !mx.isNull)) && !all.some((l) => apexMx(l).some((mx) => mx.isNull)),
  },
  Z09_MISSING_MAIL_TARGET: {
    by: 'model',
    why: 'a notice (no MX, so mail goes to the A/AAAA of the apex); mxlint does not require MX, mx-implicit reports the names that send mail without one',
    raised: (all) => all.every((l) => apexMx(l).length === 0) && labelCount(all[0].zone.origin) > 1 && !isArpa(all[0].zone.origin),
  },
  Z09_TLD_EMAIL_DOMAIN: {
    by: 'model',
    why: 'no mxlint rule for dotless mail domains (RFC 7085) yet: judged from the zone model',
    raised: (all) => labelCount(all[0].zone.origin) === 1 && all.some((l) => apexMx(l).some((mx) => !mx.isNull)),
  },
  Z09_ROOT_EMAIL_DOMAIN: {
    by: 'model',
    why: 'no mxlint rule for mail at the root yet: judged from the zone model',
    raised: (all) => labelCount(all[0].zone.origin) === 0 && all.some((l) => apexMx(l).some((mx) => !mx.isNull)),
  },
  Z09_NO_RESPONSE_MX_QUERY: { by: 'live', why: `a server that does not answer MX queries: ${LIVE}` },
  Z09_UNEXPECTED_RCODE_MX: { by: 'live', why: `an RCODE other than NOERROR: ${LIVE}` },
  Z09_NON_AUTH_MX_RESPONSE: { by: 'live', why: `an answer without the AA flag: ${LIVE}` },
  Z09_INCONSISTENT_MX: { by: 'live', why: `some servers answer with MX and some without: ${LIVE} (a zone file is one version)` },
  Z09_INCONSISTENT_MX_DATA: { by: 'live', why: `servers answer with different MX RRsets: ${LIVE}` },
  Z09_MX_FOUND: { by: 'live', why: `which servers answered with MX: ${LIVE}` },
  Z09_NO_MX_FOUND: { by: 'live', why: `which servers answered without MX: ${LIVE}` },
};

// ───────────────────────────── the test ─────────────────────────────

const scenarios = readSpec('zone09.md', tagsOf);
const servers = readServers();

async function lint(paths: { path: string; origin: string }[]): Promise<Linted[]> {
  const loader = new ConfigLoader(rules);
  await loader.validateAll();
  const out: Linted[] = [];
  // One run per server's zone: two versions of one zone in one run would be sibling files.
  for (const { path, origin } of paths) {
    const zone = readZone(path, { origin, root: '/' });
    const outcome = lintZones([zone], rules, (z) => loader.resolve(z.source.path));
    out.push({ zone, diagnostics: outcome.results.flatMap((r) => r.diagnostics) });
  }
  return out;
}

describe('Zonemaster ZONE09 (MX)', () => {
  it('reads every scenario of the spec, and knows every tag it names', () => {
    expect(scenarios.map((s) => s.name)).toEqual([
      'NO-RESPONSE-MX-QUERY', 'UNEXPECTED-RCODE-MX', 'NON-AUTH-MX-RESPONSE', 'INCONSISTENT-MX', 'INCONSISTENT-MX-DATA', 'NULL-MX-WITH-OTHER-MX',
      'NULL-MX-NON-ZERO-PREF', 'TLD-EMAIL-DOMAIN', 'ROOT-EMAIL-DOMAIN', 'MX-DATA', 'NULL-MX', 'NO-MX-SLD', 'NO-MX-TLD', 'NO-MX-ARPA',
    ]);
    expect(unknownTags(TAGS, scenarios)).toEqual([]);
    // Counts for the record: 2 tags judged by rules, 4 from the zone model, 7 need live DNS.
    expect(countsBy(TAGS)).toEqual([2, 4, 7]);
  });

  for (const scenario of scenarios) {
    const zones = scenarioZones(scenario, servers);
    // NO-MX-TLD (served as `xa.`) and NO-MX-ARPA (`arpa.`) have no zone file in the corpus.
    const run = zones.length > 0 ? it : it.skip;
    run(`${scenario.name}: every judgeable mandatory tag is raised and no forbidden one`, async () => {
      const linted = await lint(zones);
      expect(linted.flatMap((l) => l.diagnostics).filter((d) => d.ruleId.startsWith('syntax/')).map((d) => d.message)).toEqual([]);
      expect(unmet(TAGS, scenario, linted)).toEqual({ missing: [], unwanted: [] });
    });
  }
});
