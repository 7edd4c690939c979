/**
 * What the Zonemaster conformance tests (`zonemaster-zone*.test.ts`) share: where the corpus is,
 * how a test case's spec (`specs/zoneNN.md`) lists its scenarios and their message tags, and how a
 * tag is judged against mxlint (by a rule's findings, from a model of the zone, or not at all
 * because it needs live DNS). What a test case's zones look like, and what its tags mean, stay in
 * its own test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Zonemaster corpus, beside this repository: `specs/` and `zones/`. */
export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/zonemaster/', import.meta.url));

/** The folder of one test case's zones and CoreDNS config (`zone09`, `zone11`). */
export const zonesOf = (testCase: string): string => join(CORPUS, 'zones', testCase);

// ───────────────────────────── the spec ─────────────────────────────

export interface Scenario {
  name: string;
  /** The scenario's zone, absolute (ends with a dot). */
  zone: string;
  mandatory: string[];
  forbidden: string[];
}

/**
 * The scenarios of `specs/<file>`: the zone from each `### NAME` section's `* Zone: "…"` line, the
 * tags from the table row `NAME | mandatory | forbidden` (with or without outer pipes). `tagsOf`
 * splits a cell into tags. A forbidden cell `2)` is the spec's footnote "all tags except the
 * mandatory ones": every tag of its `## All message tags` list but the row's mandatory ones.
 */
export function readSpec(file: string, tagsOf: (cell: string) => string[]): Scenario[] {
  const text = readFileSync(join(CORPUS, 'specs', file), 'utf8');
  const allTags = () =>
    [...text.slice(text.indexOf('## All message tags'), text.indexOf('## Test scenarios and message tags')).matchAll(/^\* (Z\d\d_\w+)/gm)].map((m) => m[1]);
  const zones = new Map<string, string>();
  for (const section of text.split(/^### /m).slice(1)) {
    const name = /^([A-Z0-9-]+)/.exec(section)?.[1];
    const zone = /^\* Zone: "?([^"\s]+)"?/m.exec(section)?.[1];
    if (name && zone) zones.set(name, zone.endsWith('.') ? zone : zone + '.');
  }
  const out: Scenario[] = [];
  for (const line of text.split('\n')) {
    let cells = line.split('|').map((c) => c.trim());
    if (cells.length > 2 && cells[0] === '' && cells[cells.length - 1] === '') cells = cells.slice(1, -1);
    if (cells.length !== 3 || !zones.has(cells[0])) continue;
    const mandatory = tagsOf(cells[1]);
    const forbidden = cells[2] === '2)' ? allTags().filter((t) => !mandatory.includes(t)) : tagsOf(cells[2]);
    out.push({ name: cells[0], zone: zones.get(cells[0])!, mandatory, forbidden });
  }
  return out;
}

// ───────────────────────────── tags → mxlint ─────────────────────────────

/**
 * How a message tag is judged, over the linted zones `L` of a scenario (one per name server):
 * by a rule's findings in any of them, from a model of all of them together (undefined when the
 * model cannot tell), or not at all because it needs live DNS (`why` says what).
 */
export type Judge<L> =
  | { by: 'rule'; rule: string; raised: (l: L) => boolean }
  | { by: 'model'; why: string; raised: (all: L[]) => boolean | undefined }
  | { by: 'live'; why: string };

/** The reason shared by the tags that need live DNS. */
export const LIVE = 'needs the answers of each name server on the wire';

/** Whether `tag` is raised for a scenario's linted zones; undefined when it cannot be judged. */
export function raised<L>(tags: Record<string, Judge<L>>, tag: string, all: L[]): boolean | undefined {
  const judge = tags[tag];
  if (!judge || judge.by === 'live') return undefined;
  return judge.by === 'rule' ? all.some(judge.raised) : judge.raised(all);
}

/** The tags the scenarios name that `tags` does not judge (nor list as live). */
export function unknownTags<L>(tags: Record<string, Judge<L>>, scenarios: Scenario[]): string[] {
  const named = new Set(scenarios.flatMap((s) => [...s.mandatory, ...s.forbidden]));
  return [...named].filter((t) => !tags[t]);
}

/** How many tags are judged by rules, from the model, and need live DNS: `[rule, model, live]`. */
export function countsBy<L>(tags: Record<string, Judge<L>>): [number, number, number] {
  const by = (kind: Judge<L>['by']) => Object.values(tags).filter((j) => j.by === kind).length;
  return [by('rule'), by('model'), by('live')];
}

/** The scenario's judgeable mandatory tags not raised, and its forbidden tags raised. */
export function unmet<L>(tags: Record<string, Judge<L>>, scenario: Scenario, all: L[]): { missing: string[]; unwanted: string[] } {
  const missing = scenario.mandatory.filter((tag) => raised(tags, tag, all) === false);
  const unwanted = scenario.forbidden.filter((tag) => raised(tags, tag, all) === true);
  return { missing, unwanted };
}
