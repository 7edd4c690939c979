/**
 * What change rules share: the changes of the linted zone's mail domains between the pull
 * request's base and the head (`RuleContext.base`), computed once per zone for all change
 * rules, and one way to report a change on the head line it stands on.
 *
 * How change rules get the base: in pull-request mode the action reads the base version of the
 * zones first (the files of the head at the base commit, following renames, plus zone files the
 * change deletes) and lints the head with them as `context.base`. Without a base (the CLI, the
 * pre-commit hook, a push) `context.base` is undefined and change rules report nothing.
 */
import type { Span } from '../model/span.ts';
import type { Zone } from '../model/zone.ts';
import type { ZoneSet } from '../model/zoneset.ts';
import { zoneFact } from '../engine/facts.ts';
import { defineRule, type JsonSchema, type Rule, type RuleContext, type RuleSetting } from '../engine/rule.ts';
import { nameKey } from '../zone/names.ts';
import { type Change, type ChangeKind, diffDomain } from './diff.ts';
import { type DomainPosture, isMailDomainOf, mailDomains, postureOf } from './posture.ts';

export interface ZoneChange {
  head: DomainPosture;
  change: Change;
}

// Per head zone, per base: the change rules of one run share one comparison.
const changesCache = zoneFact('mail changes against a base', () => new WeakMap<ZoneSet, ZoneChange[]>());

/** The changes of every mail domain of `zone` (head) against the base, in DNS order. */
export function zoneChanges(zones: ZoneSet, zone: Zone, base: ZoneSet): ZoneChange[] {
  const byBase = changesCache(zone);
  let list = byBase.get(base);
  if (!list) {
    list = [];
    for (const key of mailDomains(zone)) {
      const head = postureOf(zones, zone, key);
      const before = basePosture(base, key);
      for (const change of diffDomain(before, head)) list.push({ head, change });
    }
    byBase.set(base, list);
  }
  return list;
}

function basePosture(base: ZoneSet, key: string): DomainPosture | undefined {
  const zone = base.zoneFor(key);
  return zone && isMailDomainOf(zone, key) ? postureOf(base, zone, key) : undefined;
}

/** Where a change is reported: its head record's rdata (or TTL), else the domain's first record. */
function spanOf(item: ZoneChange, field: 'rdata' | 'ttl'): Span | undefined {
  const record = item.change.record ?? item.head.zone.records.find((r) => nameKey(r.owner) === item.head.key);
  if (!record) return undefined;
  return field === 'ttl' ? record.ttlSpan : record.rdataSpan;
}

export interface ChangeRuleSpec<Options> {
  kind: ChangeKind;
  description: string;
  severity: RuleSetting;
  strict?: RuleSetting;
  /** The message; `{{domain}}` and `{{change}}` are filled in. */
  message: string;
  options?: JsonSchema;
  /** Extra judgement over the change (an allowed exchanger set); default: report every change of the kind. */
  keep?: (item: ZoneChange, options: Options) => boolean;
  /** Changes that do not weaken protection are reported as info (an added include is a notice, `+all` a warning). */
  lowerUnlessWeakens?: boolean;
  field?: 'rdata' | 'ttl';
}

/** A `change-<kind>` rule: reports each change of its kind on the head record it stands on. */
export function changeRule<Options>(spec: ChangeRuleSpec<Options>): Rule<Options> {
  return defineRule<Options>({
    meta: {
      id: `change-${spec.kind}`,
      description: spec.description,
      severity: spec.severity,
      strict: spec.strict,
      options: spec.options,
      messages: { change: spec.message },
    },
    check(context: RuleContext<Options>) {
      if (!context.base) return;
      for (const item of zoneChanges(context.zones, context.zone, context.base)) {
        if (item.change.kind !== spec.kind || (spec.keep && !spec.keep(item, context.options))) continue;
        const span = spanOf(item, spec.field ?? 'rdata');
        if (!span) continue;
        context.report({
          messageId: 'change',
          data: { domain: item.head.posture.domain, change: item.change.text },
          span,
          // Without the parenthesised figures (lookup counts), which other edits may change.
          fingerprint: `${item.head.key}|change|${item.change.aspect}|${item.change.text.replace(/ \(.*$/, '')}`,
          severity: spec.lowerUnlessWeakens && !item.change.weakens ? 'info' : undefined,
        });
      }
    },
  });
}
