/**
 * dmarc-multiple-records: more than one `v=DMARC1` record at one `_dmarc` name. Receivers then
 * apply none of them (RFC 9989 policy discovery), as if the domain had no DMARC at all.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { byRoutingSet } from '../../src/model/record.ts';
import { type DmarcEntry, dmarcEntries, dmarcFingerprint, versionSpan } from '../../src/engine/dmarc.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dmarc-multiple-records',
    description: 'A `_dmarc` name must hold exactly one DMARC record.',
    severity: 'error',
    messages: {
      policy:
        '`{{owner}}` has {{count}} DMARC records, and receivers that find more than one apply none of them (RFC 9989), so `{{domain}}` has no DMARC policy at all; merge them into one record.',
      authorization:
        '`{{owner}}` has {{count}} DMARC records, and receivers that find more than one cannot confirm the report authorization, so they send no reports there; keep one `v=DMARC1` record.',
    },
  },
  check(context) {
    const byOwner = new Map<string, DmarcEntry[]>();
    for (const entry of dmarcEntries(context.zone)) {
      if (!entry.valid || entry.place === 'elsewhere') continue;
      const list = byOwner.get(entry.ownerKey);
      if (list) list.push(entry);
      else byOwner.set(entry.ownerKey, [entry]);
    }
    // A provider's routing policy serves one of its record sets: alternatives, not two records.
    for (const list of [...byOwner.values()].flatMap((entries) => byRoutingSet(entries, (e) => e.record))) {
      if (list.length < 2) continue;
      const [first, second] = list;
      context.report({
        messageId: first.place,
        data: { owner: first.record.owner, count: list.length, domain: first.domain },
        span: versionSpan(second),
        related: list
          .filter((e) => e !== second)
          .map((e) => ({ span: versionSpan(e), message: `another DMARC record of \`${e.record.owner}\` is here` })),
        fingerprint: dmarcFingerprint(first, 'multiple'),
      });
    }
  },
});
