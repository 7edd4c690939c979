/**
 * spf-parked-domain: a name that says it takes no mail (null MX, `MX 0 .`), or optionally a
 * "parked" name with addresses but no MX, without the null SPF policy `v=spf1 -all`, so
 * forgers can still use it as a sender domain.
 */
import type { Zone } from '../../src/model/zone.ts';
import type { ZoneSet } from '../../src/model/zoneset.ts';
import { type RuleContext, defineRule } from '../../src/engine/rule.ts';
import { exchangeSpan, exchangersOfRun, mxByOwner, mxRecords, ownerOrTypeSpan } from '../../src/engine/mx.ts';
import { resolveName } from '../../src/engine/resolver.ts';
import { resolverFor } from '../../src/engine/resolver.ts';
import { type SpfEntry, distinctEntries, flowOf, policyAt, recordTextSpan, spanOf, spfEntriesOf, spfEntryOf, spfFingerprint, targetOf, textOf } from '../../src/engine/spf.ts';
import { nameKey } from '../../src/zone/names.ts';

interface Options {
  parkedWithoutMx: boolean;
}

export default defineRule<Options>({
  meta: {
    id: 'spf-parked-domain',
    description: 'A name that takes no mail (null MX, or optionally addresses without MX) does not publish `v=spf1 -all`.',
    severity: 'warning',
    options: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      additionalProperties: false,
      properties: {
        parkedWithoutMx: {
          type: 'boolean',
          default: false,
          description:
            'Also treat names with A/AAAA records but no MX record and no SPF record as parked (hosts that never send mail), and ask them for `v=spf1 -all`.',
        },
      },
    },
    messages: {
      nullMxMissing:
        '`{{owner}}` has a null MX, so it takes no mail, but it publishes no SPF record, so anyone can still send mail in its name; add `{{owner}} TXT "v=spf1 -all"` (M3AAWG parked-domain guidance).',
      nullMxNotNull:
        '`{{owner}}` has a null MX, so it takes no mail and should send none, yet its SPF record starts with `{{term}}` instead of `-all`; publish `v=spf1 -all` (RFC 7505 §4.2, M3AAWG parked-domain guidance).',
      parked:
        '`{{owner}}` has addresses but no MX and no SPF record, so anyone can send mail in its name; if it never sends mail, add `{{owner}} TXT "v=spf1 -all"`.',
    },
  },
  check(context) {
    const parked = context.options.parkedWithoutMx;
    // Most zones have no null MX: then, unless parked hosts are asked for, no owner's MX records need grouping.
    if (!parked && !mxRecords(context.zone).some((mx) => mx.isNull)) return;
    const resolver = resolverFor(context.zones, context.zone);
    const mxGroups = mxByOwner(context.zone);
    for (const [owner, group] of mxGroups) {
      const nullMx = group.find((mx) => mx.isNull);
      // A null MX beside other MX records is mx-null-mx's finding: the name's intent is unclear.
      if (!nullMx || group.length > 1) continue;
      const entries = distinctEntries(spfEntriesOf(context.zones.index(context.zone).get(owner) ?? []));
      if (entries.length === 0) {
        context.report({
          messageId: 'nullMxMissing',
          data: { owner: nullMx.record.owner },
          span: exchangeSpan(nullMx),
          fingerprint: [owner, 'MX', '.', 'no-spf'].join('|'),
        });
        continue;
      }
      // Several SPF records are spf-multiple-records' finding.
      if (entries.length > 1) continue;
      const entry = entries[0];
      if (isNullPolicy(resolver, entry, entry.record.owner, 0) !== false) continue;
      const first = entry.spf.terms[0];
      context.report({
        messageId: 'nullMxNotNull',
        data: { owner: nullMx.record.owner, term: first ? textOf(entry, first) : 'v=spf1' },
        span: first ? spanOf(entry, first) : recordTextSpan(entry),
        related: [{ span: exchangeSpan(nullMx), message: `the null MX of \`${nullMx.record.owner}\`` }],
        fingerprint: spfFingerprint(entry, 'parked'),
      });
    }
    if (parked) parkedHosts(context.zones, context.zone, mxGroups, context.report);
  },
});

/**
 * Whether a policy authorizes nothing: its first mechanism is `-all`, or it has none and
 * redirects to such a policy. Undefined when that cannot be told offline.
 */
function isNullPolicy(resolver: ReturnType<typeof resolverFor>, entry: SpfEntry, domain: string, depth: number): boolean | undefined {
  const flow = flowOf(entry.spf);
  const first = flow.reached[0];
  if (first) return first.kind === 'all' && first.qualifier === '-';
  if (!flow.redirect || depth > 8) return false;
  const target = targetOf(entry, domain, flow.redirect);
  if (!target) return undefined;
  const policy = policyAt(resolver, target);
  // A target without one policy is a permerror that spf-include-no-spf or spf-multiple-records reports.
  return policy.kind === 'found' ? isNullPolicy(resolver, policy.entry, target, depth + 1) : undefined;
}

function parkedHosts(
  zones: ZoneSet,
  zone: Zone,
  mxGroups: Map<string, unknown>,
  report: RuleContext<Options>['report'],
): void {
  // Mail exchangers send mail too (bounces, HELO): they are not parked.
  const exchangers = exchangersOfRun(zones);
  const index = zones.index(zone);
  index.forEach((key, owner) => {
    if (mxGroups.has(key) || index.some(owner, (r) => spfEntryOf(r) !== undefined) || exchangers.has(key) || key.startsWith('*.')) return;
    const address = index.find(owner, (r) => r.type === 'A' || r.type === 'AAAA');
    if (!address || index.some(owner, (r) => r.type === 'MX')) return;
    // Glue below a delegation belongs to the child zone.
    if (resolveName(zones, address.owner, zone).kind !== 'found') return;
    report({
      messageId: 'parked',
      data: { owner: address.owner },
      span: ownerOrTypeSpan(address),
      fingerprint: [nameKey(address.owner), 'A', 'parked'].join('|'),
    });
  });
}
