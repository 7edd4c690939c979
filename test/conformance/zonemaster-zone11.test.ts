/**
 * Conformance with Zonemaster's ZONE11 scenarios (the SPF policy at a zone's apex), read at test
 * time from ../shared/corpus/zonemaster. `specs/zone11.md` lists for each scenario the message
 * tags that must appear; every other tag of the test case is forbidden ("2)" in the table).
 *
 * How the corpus lays the scenarios out: each scenario zone is a zone file (with `$INCLUDE` of
 * COMMON-* files beside it), served by CoreDNS as `zone11.cfg` says. Scenarios whose name
 * servers disagree have one file per server (`ns1.…`, `ns2.…`). The cfg can also alter the TXT
 * answer on the wire (`template IN TXT … { rcode SERVFAIL }`, `header { response clear aa }`):
 * then what a resolver sees is not the file. The three root scenarios share the zone `.` and are
 * told apart by file name (`root-no-spf.zone`, `root-null-spf.zone`, `root-non-null-spf.zone`).
 *
 * Each server's file is linted on its own with `run()` and the recommended rules (two versions
 * of one zone in one run would be sibling files). Message tags map to mxlint as follows:
 *   - a tag a rule stands for is judged by that rule's findings on the apex, in any server's file;
 *   - a tag that states what the apex publishes (no SPF, a valid one, a null one in a zone that
 *     takes no mail) is judged from mxlint's SPF model (`src/engine/spf.ts`) together with the
 *     absence of spf-syntax and spf-multiple-records findings, over all the servers' files, as
 *     Zonemaster does once the servers agree;
 *   - a tag about what servers answer on the wire (RCODE, AA flag, servers disagreeing) needs
 *     live DNS and is listed with the reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.ts';
import { distinctEntries, flowOf, spfRecords } from '../../src/engine/spf.ts';
import type { Diagnostic } from '../../src/model/diagnostic.ts';
import type { Zone } from '../../src/model/zone.ts';
import { nameKey } from '../../src/zone/names.ts';
import { countsBy, type Judge as JudgeOf, LIVE, raised as raisedBy, readSpec, type Scenario, unknownTags, unmet, zonesOf } from './zonemaster.ts';
import { rules } from '../../rules/index.ts';

const ZONES = zonesOf('zone11');

// ───────────────────────────── the spec ─────────────────────────────

/** Tags of a table cell; a forbidden cell "2)" (all tags but the mandatory ones) is expanded by readSpec. */
const tagsOf = (cell: string) => cell.split(/[\s,]+/).filter((t) => t.startsWith('Z11_'));

// ───────────────────────────── the files each server answers from ─────────────────────────────

interface Served {
  file: string;
  /** The TXT answer at the apex is altered on the wire (an RCODE template, the AA flag cleared). */
  altered: boolean;
}

/** zone key → one entry per server block serving it. */
function readServers(): Map<string, Served[]> {
  const text = readFileSync(join(ZONES, 'zone11.cfg'), 'utf8');
  const out = new Map<string, Served[]>();
  for (const block of text.split(/^(?=\S+:53 \{)/m).slice(1)) {
    const file = /^\s*file\s+Zone-TP\/zone11\/(\S+)\s+(\S+)/m.exec(block);
    if (!file) continue;
    const key = nameKey(file[2].endsWith('.') ? file[2] : file[2] + '.');
    const rcodes = [...block.matchAll(/template\s+IN\s+TXT[^{]*\{[^}]*?rcode\s+(\w+)/g)].map((m) => m[1]);
    const altered = /response\s+clear\s+aa/.test(block) || rcodes.some((r) => r !== 'NOERROR');
    const list = out.get(key) ?? [];
    list.push({ file: file[1], altered });
    out.set(key, list);
  }
  return out;
}

function scenarioFiles(scenario: Scenario, servers: Map<string, Served[]>): Served[] {
  const all = servers.get(nameKey(scenario.zone)) ?? [];
  if (nameKey(scenario.zone) !== '.') return all;
  // NO-SPF-ROOT-ZONE → root-no-spf.zone, and so on.
  const stem = `root-${scenario.name.replace(/-ROOT-ZONE$/, '').toLowerCase()}.zone`;
  return all.filter((s) => s.file === stem);
}

// ───────────────────────────── tags → mxlint ─────────────────────────────

interface Linted {
  served: Served;
  zone: Zone;
  diagnostics: Diagnostic[];
}

type Judge = JudgeOf<Linted>;

const apex = (l: Linted) => nameKey(l.zone.origin);
/** A finding of `rule` on the apex's SPF records (fingerprints start `<rule>|<owner>|TXT|spf|`). */
const apexFinding = (l: Linted, rule: string) => l.diagnostics.some((d) => d.ruleId === rule && (d.fingerprint ?? '').startsWith(`${rule}|${apex(l)}|TXT|spf|`));
/** Root, TLD and .arpa zones take no mail (Zonemaster's "non-mail domain"). */
const nonMail = (origin: string) => {
  const key = nameKey(origin);
  return key === '.' || key.split('.').length === 2 || key.endsWith('.arpa.') || key === 'arpa.';
};

/** The apex's SPF records, distinct ones in file order. */
const apexSpf = (l: Linted) => distinctEntries(spfRecords(l.zone).filter((e) => e.ownerKey === apex(l)));

type Verdict = 'none' | 'multiple' | 'syntax-error' | 'null' | 'non-null';

/** What the apex publishes in one file, as mxlint sees it. */
function verdict(l: Linted): Verdict {
  const entries = apexSpf(l);
  if (entries.length === 0) return 'none';
  if (apexFinding(l, 'spf-multiple-records')) return 'multiple';
  if (apexFinding(l, 'spf-syntax')) return 'syntax-error';
  const first = flowOf(entries[0].spf).reached[0];
  return first && first.kind === 'all' && first.qualifier === '-' ? 'null' : 'non-null';
}

/**
 * The apex's SPF, when every server's file publishes the same one and none alters the answer on
 * the wire; undefined otherwise (what Zonemaster sees then is a live matter).
 */
function agreed(all: Linted[]): { verdict: Verdict; nonMail: boolean } | undefined {
  if (all.length === 0 || all.some((l) => l.served.altered)) return undefined;
  const texts = all.map((l) =>
    apexSpf(l)
      .map((e) => e.view.text)
      .sort()
      .join('\n'),
  );
  if (texts.some((t) => t !== texts[0])) return undefined;
  return { verdict: verdict(all[0]), nonMail: nonMail(all[0].zone.origin) };
}

const model = (why: string, test: (a: { verdict: Verdict; nonMail: boolean }) => boolean): Judge => ({
  by: 'model',
  why,
  raised: (all) => {
    const a = agreed(all);
    return a === undefined ? undefined : test(a);
  },
});

const TAGS: Record<string, Judge> = {
  Z11_SPF_MULTIPLE_RECORDS: { by: 'rule', rule: 'spf-multiple-records', raised: (l) => apexFinding(l, 'spf-multiple-records') },
  Z11_SPF_SYNTAX_ERROR: { by: 'rule', rule: 'spf-syntax', raised: (l) => apexFinding(l, 'spf-syntax') },
  Z11_SPF_SYNTAX_OK: model('informational: one SPF record at the apex of a mail domain without spf-syntax or spf-multiple-records findings', (a) => !a.nonMail && (a.verdict === 'null' || a.verdict === 'non-null')),
  Z11_NO_SPF_FOUND: model('a notice: mxlint has no rule requiring SPF at an apex; judged from the SPF model (no v=spf1 TXT at the apex)', (a) => !a.nonMail && a.verdict === 'none'),
  Z11_NO_SPF_NON_MAIL_DOMAIN: model('informational: no SPF in a root, TLD or .arpa zone; judged from the SPF model', (a) => a.nonMail && a.verdict === 'none'),
  Z11_NULL_SPF_NON_MAIL_DOMAIN: model('informational: `v=spf1 -all` in a root, TLD or .arpa zone; judged from the SPF model', (a) => a.nonMail && a.verdict === 'null'),
  Z11_NON_NULL_SPF_NON_MAIL_DOMAIN: model('no mxlint rule yet for an authorizing SPF in a zone that takes no mail; judged from the SPF model', (a) => a.nonMail && a.verdict === 'non-null'),
  Z11_UNABLE_TO_CHECK_FOR_SPF: { by: 'live', why: `the TXT query fails (SERVFAIL, an answer without the AA flag): ${LIVE}` },
  Z11_INCONSISTENT_SPF_POLICIES: { by: 'live', why: `servers publish different SPF policies: ${LIVE} (a zone file is one server's version)` },
  Z11_DIFFERENT_SPF_POLICIES_FOUND: { by: 'live', why: `which servers publish which policy: ${LIVE}` },
};

const raised = (tag: string, all: Linted[]) => raisedBy(TAGS, tag, all);

// ───────────────────────────── the test ─────────────────────────────

const scenarios = readSpec('zone11.md', tagsOf);
const servers = readServers();
const verdicts = new Map<string, string[]>();

async function lint(files: Served[]): Promise<Linted[]> {
  const out: Linted[] = [];
  for (const served of files) {
    const outcome = await run({ rules, paths: [join(ZONES, served.file)] });
    expect(outcome.zones.length).toBe(1);
    out.push({ served, zone: outcome.zones[0], diagnostics: outcome.results.flatMap((r) => r.diagnostics) });
  }
  return out;
}

describe('Zonemaster ZONE11 (SPF)', () => {
  it('reads every scenario of the spec, and knows every tag it names', () => {
    expect(scenarios.map((s) => s.name)).toEqual([
      'GOOD-SPF-1', 'GOOD-SPF-2', 'SAME-SPF-DIFFERENT-TXT', 'NO-TXT', 'NO-SPF-TXT', 'NO-SPF-ROOT-ZONE', 'NO-SPF-TLD-ZONE', 'NO-SPF-ARPA-ZONE',
      'NULL-SPF-ROOT-ZONE', 'NULL-SPF-TLD-ZONE', 'NULL-SPF-ARPA-ZONE', 'NON-NULL-SPF-ROOT-ZONE', 'NON-NULL-SPF-TLD-ZONE', 'NON-NULL-SPF-ARPA-ZONE',
      'INVALID-SYNTAX-1', 'INVALID-SYNTAX-2', 'INVALID-SYNTAX-3', 'NON-AUTH-TXT', 'SERVFAIL', 'INCONSISTENT-SPF', 'SPF-MISSING-ON-ONE',
      'ALL-DIFFERENT-SPF', 'MULTIPLE-SPF-RECORDS',
    ]);
    expect(unknownTags(TAGS, scenarios)).toEqual([]);
    // Counts for the record: 2 tags judged by rules, 5 from the SPF model, 3 need live DNS.
    expect(countsBy(TAGS)).toEqual([2, 5, 3]);
    for (const s of scenarios) expect(scenarioFiles(s, servers).length, s.name).toBeGreaterThan(0);
  });

  for (const scenario of scenarios) {
    it(`${scenario.name}: every judgeable mandatory tag is raised and no forbidden one`, async () => {
      const linted = await lint(scenarioFiles(scenario, servers));
      for (const l of linted) expect(apex(l), l.served.file).toBe(nameKey(scenario.zone));
      expect(linted.flatMap((l) => l.diagnostics).filter((d) => d.ruleId.startsWith('syntax/') || d.ruleId.startsWith('mxlint/')).map((d) => d.message)).toEqual([]);
      expect(unmet(TAGS, scenario, linted)).toEqual({ missing: [], unwanted: [] });
      // Every mandatory tag is either judged or needs live DNS (a model tag left unjudged must be
      // a scenario whose answers are altered on the wire or whose servers disagree).
      for (const tag of scenario.mandatory) {
        if (raised(tag, linted) === undefined && TAGS[tag].by !== 'live') expect(agreed(linted), `${scenario.name} ${tag}`).toBeUndefined();
      }
      verdicts.set(scenario.name, Object.keys(TAGS).filter((tag) => raised(tag, linted) === true));
    });
  }

  it('raises these tags per scenario (a judged mandatory tag in 18 of 23 scenarios; the other 5 are live)', () => {
    if (verdicts.size !== scenarios.length) return; // a scenario failed above
    expect(Object.fromEntries(verdicts)).toEqual({
      'GOOD-SPF-1': ['Z11_SPF_SYNTAX_OK'],
      'GOOD-SPF-2': ['Z11_SPF_SYNTAX_OK'],
      'SAME-SPF-DIFFERENT-TXT': ['Z11_SPF_SYNTAX_OK'],
      'NO-TXT': ['Z11_NO_SPF_FOUND'],
      'NO-SPF-TXT': ['Z11_NO_SPF_FOUND'],
      'NO-SPF-ROOT-ZONE': ['Z11_NO_SPF_NON_MAIL_DOMAIN'],
      'NO-SPF-TLD-ZONE': ['Z11_NO_SPF_NON_MAIL_DOMAIN'],
      'NO-SPF-ARPA-ZONE': ['Z11_NO_SPF_NON_MAIL_DOMAIN'],
      'NULL-SPF-ROOT-ZONE': ['Z11_NULL_SPF_NON_MAIL_DOMAIN'],
      'NULL-SPF-TLD-ZONE': ['Z11_NULL_SPF_NON_MAIL_DOMAIN'],
      'NULL-SPF-ARPA-ZONE': ['Z11_NULL_SPF_NON_MAIL_DOMAIN'],
      'NON-NULL-SPF-ROOT-ZONE': ['Z11_NON_NULL_SPF_NON_MAIL_DOMAIN'],
      'NON-NULL-SPF-TLD-ZONE': ['Z11_NON_NULL_SPF_NON_MAIL_DOMAIN'],
      'NON-NULL-SPF-ARPA-ZONE': ['Z11_NON_NULL_SPF_NON_MAIL_DOMAIN'],
      'INVALID-SYNTAX-1': ['Z11_SPF_SYNTAX_ERROR'],
      'INVALID-SYNTAX-2': ['Z11_SPF_SYNTAX_ERROR'],
      'INVALID-SYNTAX-3': ['Z11_SPF_SYNTAX_ERROR'],
      'NON-AUTH-TXT': [],
      SERVFAIL: [],
      'INCONSISTENT-SPF': [],
      'SPF-MISSING-ON-ONE': [],
      'ALL-DIFFERENT-SPF': [],
      'MULTIPLE-SPF-RECORDS': ['Z11_SPF_MULTIPLE_RECORDS'],
    });
  });
});
