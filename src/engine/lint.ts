/**
 * Runs the rules over the zones of one run and turns their reports into diagnostics grouped by
 * file, after suppression comments. A rule that throws becomes one internal-error diagnostic; the
 * other rules and files still run.
 */
import type { Diagnostic, RelatedSpan, Severity } from '../model/diagnostic.ts';
import type { Span } from '../model/span.ts';
import type { FileResult } from '../model/result.ts';
import type { SourceText } from '../model/source.ts';
import type { Zone } from '../model/zone.ts';
import { ZoneSet } from '../model/zoneset.ts';
import type { ResolvedConfig } from './config.ts';
import type { Report, Rule, RuleContext } from './rule.ts';
import { applySuppressions, SUPPRESSION_MARK } from './suppressions.ts';
import { addRuleTime, timingEnabled } from './timing.ts';

export const INTERNAL_ERROR = 'mxlint/internal-error';

export interface LintOutcome {
  results: FileResult[];
  /** Some rule crashed: the run exits 2 (ESLint's internal error) after reporting everything else. */
  internalError: boolean;
}

export function lintZones(zones: readonly Zone[], rules: readonly Rule<never>[], configFor: (zone: Zone) => ResolvedConfig, base?: readonly Zone[]): LintOutcome {
  const zoneSetOf = ZoneSet.perView(zones);
  const baseSet = base ? new ZoneSet(base) : undefined;
  const knownRules = new Set(rules.map((r) => r.meta.id));
  const byFile = new Map<SourceText, Diagnostic[]>();
  // A file $INCLUDEd by two zones would report its findings twice: only findings in such files
  // are checked against those already reported (most runs have none, and a key per finding of a
  // large zone is megabytes of strings).
  const sharedPaths = pathsOfSeveralZones(zones);
  const seen = new Set<string>();
  // The findings of the zone being linted: every rule's context reports into it.
  let found: Diagnostic[] = [];
  // The rules a configuration turns on, in rule order, each with its context (made once, pointed at
  // each zone in turn): zones mostly share one configuration.
  const enabledBy = new Map<ResolvedConfig, { rule: Rule<never>; context: RuleContext<never> }[]>();
  const enabledFor = (config: ResolvedConfig, zone: Zone, zoneSet: ZoneSet) => {
    let enabled = enabledBy.get(config);
    if (!enabled) {
      enabled = [];
      for (const rule of rules) {
        const setting = config.rules.get(rule.meta.id);
        if (!setting) continue;
        const report = (r: Report) => {
          found.push(new Finding(rule.meta.id, lower(setting.severity, r.severity), template(rule, r.messageId), r.data, r.span, r.related, `${rule.meta.id}|${r.fingerprint}`));
        };
        // Made for the first zone of this configuration; pointed at each zone before the rule is called.
        const context: RuleContext<never> = { zone, zones: zoneSet, base: baseSet, options: setting.options as never, report };
        enabled.push({ rule, context });
      }
      enabledBy.set(config, enabled);
    }
    return enabled;
  };
  let internalError = false;
  for (const zone of zones) {
    for (const file of zone.files) if (!byFile.has(file)) byFile.set(file, []);
    const zoneSet = zoneSetOf(zone);
    found = [...zone.diagnostics];
    for (const { rule, context } of enabledFor(configFor(zone), zone, zoneSet)) {
      const start = timingEnabled ? performance.now() : 0;
      context.zone = zone;
      context.zones = zoneSet;
      try {
        rule.check(context);
      } catch (error) {
        internalError = true;
        found.push({
          ruleId: INTERNAL_ERROR,
          severity: 'error',
          message: `rule ${rule.meta.id} failed on this zone: ${error instanceof Error ? error.message : String(error)} (please report this)`,
          span: { source: zone.source, start: 0, end: 0 },
        });
      }
      if (timingEnabled) addRuleTime(rule.meta.id, performance.now() - start);
    }
    // Most files hold no suppression comment: then their comments are not even made.
    const comments = zone.files.some((file) => file.includes(SUPPRESSION_MARK)) ? zone.comments : [];
    for (const d of applySuppressions(found, comments, knownRules)) {
      if (sharedPaths.has(d.span.source.path)) {
        const key = `${d.span.source.path}\0${d.span.start}\0${d.ruleId}\0${d.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      const list = byFile.get(d.span.source) ?? [];
      list.push(d);
      byFile.set(d.span.source, list);
    }
  }
  // One result per path, as ESLint gives: a file $INCLUDEd by several zones was read by each.
  const byPath = new Map<string, FileResult>();
  for (const [source, diagnostics] of byFile) {
    const result = byPath.get(source.path);
    if (result) result.diagnostics.push(...diagnostics);
    else byPath.set(source.path, { path: source.path, source, diagnostics });
  }
  const results = [...byPath.values()];
  for (const { diagnostics } of results) diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return { results, internalError };
}

/** Paths of the files that belong to more than one zone (each zone reads an included file on its own). */
function pathsOfSeveralZones(zones: readonly Zone[]): Set<string> {
  const once = new Set<string>();
  const shared = new Set<string>();
  for (const zone of zones) for (const path of new Set(zone.files.map((file) => file.path))) (once.has(path) ? shared : once).add(path);
  return shared;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function lower(configured: Severity, requested: Severity | undefined): Severity {
  return requested && RANK[requested] < RANK[configured] ? requested : configured;
}

/**
 * A message template cut at its `{{ key }}` placeholders, once per rule and message id: literal
 * text, then for each placeholder its text as written and its key, then literal text again. A
 * zone can hold tens of thousands of findings; a regular-expression replace per finding showed
 * in profiles.
 */
type Template = readonly string[];

const templates = new WeakMap<Rule<never>, Map<string, Template>>();

function template(rule: Rule<never>, messageId: string): Template {
  let byId = templates.get(rule);
  if (!byId) templates.set(rule, (byId = new Map()));
  let pieces = byId.get(messageId);
  if (!pieces) {
    const text = rule.meta.messages[messageId];
    // A rule that reports an undeclared message id has a bug: surface it as an internal error.
    if (text === undefined) throw new Error(`message id '${messageId}' is not declared in meta.messages`);
    byId.set(messageId, (pieces = text.split(/(\{\{\s*(\w+)\s*\}\})/)));
  }
  return pieces;
}

/** The message: each placeholder filled from `data`, or left as written when `data` lacks its key. */
function fill(pieces: Template, data: Record<string, string | number> | undefined): string {
  let out = pieces[0];
  for (let i = 1; i < pieces.length; i += 3) {
    const key = pieces[i + 1];
    out += (data && key in data ? String(data[key]) : pieces[i]) + pieces[i + 2];
  }
  return out;
}

/**
 * A rule's finding as lintZones keeps it: the message is filled from its template when first
 * read. Most findings of a large zone lie past the report's limit of findings per file (a
 * generated zone of a million records has 170,000, of which 10,000 are shown), and their
 * messages are never made. `settled` turns a finding into a plain Diagnostic before it leaves the
 * engine, so that callers (and JSON.stringify, and object spread) see a message like any other.
 */
class Finding implements Diagnostic {
  private filled: string | undefined;

  constructor(
    readonly ruleId: string,
    readonly severity: Severity,
    private readonly pieces: Template,
    private readonly data: Record<string, string | number> | undefined,
    readonly span: Span,
    readonly related: RelatedSpan[] | undefined,
    readonly fingerprint: string,
  ) {}

  get message(): string {
    return (this.filled ??= fill(this.pieces, this.data));
  }
}

/** The diagnostic as a plain object: a rule's finding gets its message now (see Finding). */
export function settled(d: Diagnostic): Diagnostic {
  if (!(d instanceof Finding)) return d;
  return { ruleId: d.ruleId, severity: d.severity, message: d.message, span: d.span, related: d.related, fingerprint: d.fingerprint };
}
