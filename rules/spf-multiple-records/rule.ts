/**
 * spf-multiple-records: more than one `v=spf1` TXT record at one name, which makes every SPF
 * check of the name a permerror (RFC 7208 §4.5).
 */
import { defineRule } from '../../src/engine/rule.ts';
import { byRoutingSet } from '../../src/model/record.ts';
import { distinctEntries, recordTextSpan, spfEntriesOf, spfFingerprint, spfRecords } from '../../src/engine/spf.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'spf-multiple-records',
    description: 'A name publishes more than one SPF record, so every SPF check of it ends in permerror.',
    severity: 'error',
    messages: {
      multiple:
        '`{{owner}}` publishes {{count}} SPF records, and RFC 7208 §4.5 makes receivers return permerror when there is more than one, so none of them applies; merge them into a single `v=spf1 … -all` record.',
    },
  },
  check(context) {
    const owners = context.zones.index(context.zone);
    for (const entry of spfRecords(context.zone)) {
      const owner = owners.ownerOf(entry.ownerKey);
      if (owner < 0 || owners.count(owner) < 2) continue;
      const group = spfEntriesOf(owners.recordsOf(owner));
      // One finding per owner, made at its first SPF record.
      if (group[0] !== entry) continue;
      // The same strings written twice are one RR in DNS (zone-duplicate-record reports them).
      // A provider's routing policy serves one of its record sets: alternatives, not two records.
      for (const distinct of byRoutingSet(distinctEntries(group), (e) => e.record)) {
        if (distinct.length < 2) continue;
        const [first, second] = distinct;
        context.report({
          messageId: 'multiple',
          data: { owner: first.record.owner, count: distinct.length },
          span: recordTextSpan(second),
          related: distinct
            .filter((e) => e !== second)
            .map((e) => ({ span: recordTextSpan(e), message: `another SPF record of \`${first.record.owner}\`` })),
          fingerprint: spfFingerprint(first, 'multiple'),
        });
      }
    }
  },
});
