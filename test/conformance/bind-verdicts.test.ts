/**
 * Verdicts cross-checked with BIND: the fixture zones under `bind-verdicts/` hold the problems
 * `named-checkzone` detects for mail routing (MX to a CNAME or below a DNAME, MX written as an
 * address, MX target without address records, CNAME and other data, TTL mismatch in an RRset)
 * plus controls where both tools must stay silent. Each fixture is checked by
 *
 *  - `named-checkzone` with the matching options, once with every check at `warn` and once at
 *    `fail`; every line it prints must be one this test understands (a finding or bookkeeping);
 *  - mxlint's `run()`, keeping the diagnostics of the rules in MAPPING;
 *
 * (bind-verdicts/mxlint.config.json turns on ttl-rrset-mismatch, an advisory rule of mxlint:strict)
 * and the findings are compared as (rule, owner, MX target or line). They must agree exactly,
 * except for the differences listed in DIFFERENCES (asserted too, so they cannot drift), and
 * BIND's exit status must follow the option modes (fail → non-zero).
 *
 * `-i local` runs the integrity checks for in-zone names only, so BIND never resolves a name
 * (mxlint judges only names the run holds, too). The run is also wrapped in `unshare -n` where
 * user namespaces are allowed, so an out-of-zone lookup could never leave the machine.
 * named-checkzone must be installed (CI installs bind9-utils): without it the test fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { exchangeText, mxRecords } from '../../src/engine/mx.ts';
import { run } from '../../src/engine/run.ts';
import type { Diagnostic, Severity } from '../../src/model/diagnostic.ts';
import type { ZoneRecord } from '../../src/model/record.ts';
import { locate } from '../../src/model/span.ts';
import type { Zone } from '../../src/model/zone.ts';
import { nameKey } from '../../src/zone/names.ts';
import { rules } from '../../rules/index.ts';

const FIXTURES = fileURLToPath(new URL('./bind-verdicts/', import.meta.url));

// ───────────────────────────── the mapping ─────────────────────────────

type RuleId = 'mx-target-cname' | 'mx-target-ip' | 'mx-dangling-target' | 'zone-cname-and-other-data' | 'ttl-rrset-mismatch';

/** What identifies a finding on both sides besides rule and owner. */
type Detail =
  /** The MX exchange (absolute): BIND's post-load checks name owner and target, not a line. */
  | 'target'
  /** The exchange as written and its line: BIND's loader names file and line, not the owner. */
  | 'written+line'
  /** The line: loader messages. */
  | 'line';

interface BindKind {
  /** One line of named-checkzone's output; named groups as `runBind` reads them. */
  pattern: RegExp;
  rule: RuleId;
  detail: Detail;
  /**
   * What makes BIND reject the zone: an option at `fail` (`-M`, `-m`), always (a load error) or
   * never (a warning only).
   */
  fails: '-M' | '-m' | 'always' | 'never';
  /** The severity mxlint gives it. */
  severity: Severity;
}

/**
 * BIND message kind ↔ mxlint rule (named-checkzone 9.18 wording). Differences in behaviour:
 *
 *  - `is a CNAME` / `is below a DNAME`: BIND looks at the MX target itself only; mxlint also
 *    follows the CNAME chain and reports mx-dangling-target when it ends at a name without an
 *    address (DIFFERENCES, mx-cname-chain). Wildcard CNAMEs are aliases to both.
 *  - `MX is an address`: BIND checks the exchange as written with inet_pton, IPv4 and IPv6. An
 *    IPv6 exchange (`2001:db8::25.`) loads in BIND (`:` is an ordinary label character there),
 *    and in mxlint's reader, which reads names as BIND does; but mx-target-ip knows IPv4 only
 *    (DIFFERENCES, mx-ipv6). A relative IPv4 exchange (`192.0.2.26`, which becomes
 *    `192.0.2.26.example.com.`) also gets BIND's `has no address records`; mxlint keeps that one
 *    finding on the miswritten exchange and leaves mx-dangling-target silent (DIFFERENCES, mx-ip).
 *  - `has no address records`: in BIND 9.18 it is an error under `-m fail` (older BINDs always
 *    warned); it only runs with `-i` other than `none`, and not at all when the load failed
 *    (CNAME and other data, an MX address under `-m fail`): mxlint reports everything at once.
 *  - `CNAME and other data`: a load error whatever the options; BIND reports it on the later of
 *    the two records, as mxlint does (the extra record beside a CNAME, or the CNAME added to a
 *    name that has data).
 *  - `TTL set to prior TTL`: a warning on the later record, never fatal; mxlint warns there too.
 *
 * Not compared here: `-k` (check-names: zone-check-names, and the apex NS checks of `-i`:
 * zone-apex-ns-target, both compared with BIND in test/engine/bind-refusals.test.ts); `-S` (SRV
 * to CNAME; mxlint has no SRV rule), `-n` (NS is an address), `-r` (records equal in plain DNS but
 * not under DNSSEC) and `-W` (non-terminal wildcards): no mxlint rule matches them. All are set to
 * `ignore`.
 */
const MAPPING = {
  'is a CNAME': {
    pattern: /^zone (?<zone>\S+)\/IN: (?<owner>\S+)\/MX '(?<target>[^']+)' is a CNAME \(illegal\)$/,
    rule: 'mx-target-cname',
    detail: 'target',
    fails: '-M',
    severity: 'error',
  },
  'is below a DNAME': {
    pattern: /^zone (?<zone>\S+)\/IN: (?<owner>\S+)\/MX '(?<target>[^']+)' is below a DNAME '[^']+' \(illegal\)$/,
    rule: 'mx-target-cname',
    detail: 'target',
    fails: '-M',
    severity: 'error',
  },
  'MX is an address': {
    // `-m warn`: `<file>:<line>: warning: '<text>': MX is an address`;
    // `-m fail`: `dns_rdata_fromtext: <file>:<line>: near '<text>': MX is an address`.
    pattern: /^(?:dns_rdata_fromtext: )?(?<file>.+):(?<line>\d+): (?:warning: |near )'(?<written>[^']+)': MX is an address$/,
    rule: 'mx-target-ip',
    detail: 'written+line',
    fails: '-m',
    severity: 'error',
  },
  'has no address records': {
    pattern: /^zone (?<zone>\S+)\/IN: (?<owner>\S+)\/MX '(?<target>[^']+)' has no address records \(A or AAAA\)$/,
    rule: 'mx-dangling-target',
    detail: 'target',
    fails: '-m',
    severity: 'error',
  },
  'CNAME and other data': {
    pattern: /^dns_master_load: (?<file>.+):(?<line>\d+): (?<owner>\S+): CNAME and other data$/,
    rule: 'zone-cname-and-other-data',
    detail: 'line',
    fails: 'always',
    severity: 'error',
  },
  'TTL set to prior TTL': {
    pattern: /^(?<file>.+):(?<line>\d+): TTL set to prior TTL \(\d+\)$/,
    rule: 'ttl-rrset-mismatch',
    detail: 'line',
    fails: 'never',
    severity: 'warning',
  },
} satisfies Record<string, BindKind>;

type KindName = keyof typeof MAPPING;
const KINDS = Object.keys(MAPPING) as KindName[];
const RULES = new Set<string>(KINDS.map((k) => MAPPING[k].rule));
const detailOf = (rule: string): Detail => MAPPING[KINDS.find((k) => MAPPING[k].rule === rule)!].detail;

/** Lines that report no finding: the load's outcome. */
const BOOKKEEPING = [
  /^zone \S+\/IN: loaded serial \d+$/,
  /^OK$/,
  /^zone \S+\/IN: not loaded due to errors\.$/,
  /^zone \S+\/IN: loading from master file .+ failed: .+$/,
];

/** The owner of a finding on a record mxlint's reader rejected (it has no owner to compare). */
const UNREAD = '(record-not-read-by-mxlint)';

/**
 * Where the two tools differ on a fixture, as finding keys (see `key`): `bindOnly` are BIND
 * findings mxlint does not make, `mxlintOnly` the reverse. See MAPPING's comment for why.
 */
const DIFFERENCES: Record<string, { bindOnly: string[]; mxlintOnly: string[]; syntax?: string[] }> = {
  // BIND does not follow the CNAME chain to its missing end.
  'mx-cname-chain': { bindOnly: [], mxlintOnly: ['mx-dangling-target example.org. mx.example.org.'] },
  // The relative IPv4 exchange landed in the zone without an address; mxlint says it once, as mx-target-ip.
  'mx-ip': { bindOnly: ['mx-dangling-target example.com. 192.0.2.26.example.com.'], mxlintOnly: [] },
  // BIND loads an IPv6 exchange and says it is an address; mxlint reads it too, but mx-target-ip knows IPv4 only.
  'mx-ipv6': { bindOnly: ["mx-target-ip example.org. '2001:db8::25.' line 10"], mxlintOnly: [] },
};

/** The findings both tools must make on each fixture (controls: none). */
const AGREED: Record<string, string[]> = {
  'mx-cname': ['mx-target-cname example.com. mail.example.com.'],
  'mx-cname-chain': ['mx-target-cname example.org. mx.example.org.'],
  'mx-alias-wildcard-dname': ['mx-target-cname example.net. in.relay.example.net.', 'mx-target-cname example.net. mx.legacy.example.net.'],
  'mx-ip': ["mx-target-ip example.com. '192.0.2.25.' line 11", "mx-target-ip example.com. '192.0.2.26' line 12"],
  'mx-ipv6': [],
  'mx-no-address': ['mx-dangling-target example.com. mail.example.com.', 'mx-dangling-target example.com. mx2.example.com.'],
  'cname-and-other-data': ['zone-cname-and-other-data www.example.org. line 17', 'zone-cname-and-other-data shop.example.org. line 19'],
  'ttl-mismatch': ['ttl-rrset-mismatch example.com. line 11', 'ttl-rrset-mismatch mail.example.com. line 15'],
  'control-clean': [],
  'control-aliases': [],
};

// ───────────────────────────── findings ─────────────────────────────

interface Finding {
  rule: RuleId;
  owner: string;
  target?: string;
  written?: string;
  line?: number;
}

function key(f: Finding): string {
  const detail = detailOf(f.rule);
  const parts: string[] = [f.rule, f.owner];
  if (detail === 'target') parts.push(f.target ?? '?');
  if (detail === 'written+line') parts.push(`'${f.written ?? '?'}'`);
  if (detail !== 'target') parts.push(`line ${f.line ?? '?'}`);
  return parts.join(' ');
}

/** A name as BIND prints it (no final dot, case as written) or as mxlint holds it, compared by key. */
function absolute(name: string): string {
  return nameKey(name.endsWith('.') ? name : `${name}.`);
}

function lineOf(record: ZoneRecord): number {
  return record.source.positionAt(record.start).line;
}

/**
 * The record a line of the file starts (BIND's loader messages name the line only), as mxlint
 * read it; undefined when mxlint's reader rejected the record.
 */
function recordAt(zone: Zone, line: number): ZoneRecord | undefined {
  const found = zone.records.filter((r) => lineOf(r) === line);
  expect(found.length, `records on line ${line} of ${zone.source.path}`).toBeLessThanOrEqual(1);
  return found[0];
}


interface BindRun {
  status: number;
  lines: string[];
  findings: (Finding & { kind: KindName })[];
  unknown: string[];
}

let unshareWorks = false;

function bindAvailable(): void {
  const probe = spawnSync('named-checkzone', ['-v'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'named-checkzone (BIND 9) is not installed or does not run: this test compares mxlint with it. ' +
        'Install it (Debian/Ubuntu: apt-get install bind9-utils; macOS: brew install bind). ' +
        `(${probe.error?.message ?? probe.stderr})`,
    );
  }
  unshareWorks = spawnSync('unshare', ['-n', 'true']).status === 0;
}

function runBind(zone: Zone, file: string, dir: string, mode: 'warn' | 'fail'): BindRun {
  const origin = zone.origin.replace(/\.$/, '');
  const args = [
    ...['-i', 'local', '-M', mode, '-m', mode, '-S', mode],
    ...['-k', 'ignore', '-n', 'ignore', '-r', 'ignore', '-W', 'ignore'],
    ...['-w', dir, origin, file],
  ];
  const [cmd, argv] = unshareWorks ? ['unshare', ['-n', 'named-checkzone', ...args]] : ['named-checkzone', args];
  const out = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 20_000 });
  if (out.error) throw out.error;
  const lines = `${out.stdout}\n${out.stderr}`.split('\n').filter((l) => l.trim() !== '');
  const findings: BindRun['findings'] = [];
  const unknown: string[] = [];
  for (const line of lines) {
    if (BOOKKEEPING.some((re) => re.test(line))) continue;
    const kind = KINDS.find((k) => MAPPING[k].pattern.test(line));
    const groups = kind ? MAPPING[kind].pattern.exec(line)?.groups : undefined;
    if (!kind || !groups) {
      unknown.push(line);
      continue;
    }
    const { rule } = MAPPING[kind];
    if (groups.zone !== undefined) expect(absolute(groups.zone), line).toBe(absolute(zone.origin));
    if (groups.file !== undefined) expect(groups.file, line).toBe(file);
    const lineNo = groups.line === undefined ? undefined : Number(groups.line);
    // Loader messages without an owner: the owner of the record on that line.
    const record = lineNo === undefined ? undefined : recordAt(zone, lineNo);
    if (groups.owner !== undefined && lineNo !== undefined) expect(record && absolute(record.owner), line).toBe(absolute(groups.owner));
    const owner = groups.owner ?? record?.owner;
    findings.push({
      kind,
      rule,
      owner: owner === undefined ? UNREAD : absolute(owner),
      target: groups.target === undefined ? undefined : absolute(groups.target),
      written: groups.written,
      line: lineNo,
    });
  }
  return { status: out.status ?? -1, lines, findings, unknown };
}

interface MxlintRun {
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** The readers' own diagnostics, as `syntax/<code> <severity> line <n>`. */
  syntax: string[];
}

async function runMxlint(file: string): Promise<MxlintRun & { zone: Zone }> {
  const outcome = await run({ rules, paths: [file] });
  expect(outcome.internalError).toBe(false);
  expect(outcome.zones).toHaveLength(1);
  const zone = outcome.zones[0];
  const all = outcome.results.flatMap((r) => r.diagnostics);
  const syntax = all.filter((d) => d.ruleId.startsWith('syntax/')).map((d) => `${d.ruleId} ${d.severity} line ${locate(d.span).line}`);
  const diagnostics = all.filter((d) => RULES.has(d.ruleId));
  const findings = diagnostics.map((d): Finding => {
    const record = zone.records.find((r) => r.source === d.span.source && r.start <= d.span.start && d.span.start < r.end);
    if (!record) throw new Error(`${d.ruleId}: no record at ${JSON.stringify(locate(d.span))}`);
    const mx = mxRecords(zone).find((m) => m.record === record);
    return {
      rule: d.ruleId as RuleId,
      owner: absolute(record.owner),
      target: mx ? absolute(mx.exchange) : undefined,
      written: mx ? exchangeText(mx) : undefined,
      line: locate(d.span).line,
    };
  });
  return { zone, findings, diagnostics, syntax };
}

// ───────────────────────────── the test ─────────────────────────────

const fixtures = readdirSync(FIXTURES)
  .filter((name) => statSync(join(FIXTURES, name)).isDirectory())
  .sort();

describe('verdicts equal named-checkzone', () => {
  beforeAll(() => {
    bindAvailable();
  });

  it('named-checkzone is installed', () => {
    expect(execFileSync('named-checkzone', ['-v'], { encoding: 'utf8' })).toMatch(/^9\./);
  });

  it('every fixture folder has a declared verdict, and every declared verdict a folder', () => {
    expect(fixtures).toEqual(Object.keys(AGREED).sort());
    for (const name of Object.keys(DIFFERENCES)) expect(fixtures).toContain(name);
  });

  it.each(fixtures)('%s', async (name) => {
    const dir = join(FIXTURES, name);
    const zoneFiles = readdirSync(dir).filter((f) => f.endsWith('.zone'));
    expect(zoneFiles, `one zone file in ${name}`).toHaveLength(1);
    const file = join(dir, zoneFiles[0]);

    const mxlint = await runMxlint(file);
    const warn = runBind(mxlint.zone, file, dir, 'warn');
    const fail = runBind(mxlint.zone, file, dir, 'fail');

    // Every line BIND prints is understood: a finding of MAPPING or the load's outcome.
    expect(warn.unknown, `named-checkzone (warn) printed:\n${warn.lines.join('\n')}`).toEqual([]);
    expect(fail.unknown, `named-checkzone (fail) printed:\n${fail.lines.join('\n')}`).toEqual([]);

    const ours = [...new Set(mxlint.findings.map(key))].sort();
    const theirs = [...new Set(warn.findings.map(key))].sort();
    const declared = DIFFERENCES[name] ?? { bindOnly: [], mxlintOnly: [] };
    // Fixtures are valid zones to mxlint's reader unless declared otherwise.
    expect(mxlint.syntax, 'syntax diagnostics').toEqual(declared.syntax ?? []);
    const report = `named-checkzone:\n${warn.lines.join('\n')}\nmxlint:\n${mxlint.findings.map(key).join('\n')}`;
    expect(theirs.filter((k) => !ours.includes(k)), `BIND-only findings\n${report}`).toEqual([...declared.bindOnly].sort());
    expect(ours.filter((k) => !theirs.includes(k)), `mxlint-only findings\n${report}`).toEqual([...declared.mxlintOnly].sort());
    expect(ours.filter((k) => theirs.includes(k)), `agreed findings\n${report}`).toEqual([...AGREED[name]].sort());

    // mxlint's severity follows BIND's: load errors are errors, BIND's warnings-only are warnings.
    for (const f of warn.findings) {
      for (const d of mxlint.diagnostics.filter((x) => x.ruleId === f.rule)) expect(d.severity, d.message).toBe(MAPPING[f.kind].severity);
    }

    // Exit status: with every check at warn only load errors fail; at fail, every -M/-m finding does too.
    const kinds = new Set(warn.findings.map((f) => MAPPING[f.kind].fails));
    expect(warn.status !== 0, `warn-mode exit ${warn.status}`).toBe(kinds.has('always'));
    expect(fail.status !== 0, `fail-mode exit ${fail.status}`).toBe(kinds.has('always') || kinds.has('-M') || kinds.has('-m'));
    // At fail BIND stops at the first fatal stage, so it reports a subset of its warn-mode findings.
    for (const k of fail.findings.map(key)) expect(theirs).toContain(k);

    // Controls: both silent, BIND even with every check at fail.
    if (name.startsWith('control-')) {
      expect(fail.lines.filter((l) => !/^zone \S+\/IN: loaded serial \d+$|^OK$/.test(l))).toEqual([]);
      expect(fail.status).toBe(0);
      expect(mxlint.diagnostics).toEqual([]);
    }
  });
});
