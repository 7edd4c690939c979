/** mx-duplicate-exchanger: one exchanger listed at two preferences of the same owner. */
import { defineRule } from '../../src/engine/rule.ts';
import { byRoutingSet } from '../../src/model/record.ts';
import { type MxEntry, exchangeSpan, mxByOwner, mxFingerprint } from '../../src/engine/mx.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'mx-duplicate-exchanger',
    description: 'An MX exchanger should appear once per name, at one preference.',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    messages: {
      twice:
        '`{{exchange}}` is already an exchanger of `{{owner}}` at preference {{firstPreference}}; listing it again at preference {{preference}} adds no fallback (senders try each host once): remove one of the two records, or point the backup at another host.',
    },
  },
  check(context) {
    // A provider's routing policy serves one of its record sets: alternatives, not one MX set.
    for (const group of [...mxByOwner(context.zone).values()].flatMap((entries) => byRoutingSet(entries, (mx) => mx.record))) {
      if (group.length < 2) continue;
      const first = new Map<string, MxEntry>();
      for (const mx of group) {
        // Several null MX are mx-null-mx's finding.
        if (mx.isNull) continue;
        const earlier = first.get(mx.exchangeKey);
        if (!earlier) first.set(mx.exchangeKey, mx);
        // Identical records (same preference) are zone-duplicate-record's finding.
        else if (earlier.preference !== mx.preference) {
          context.report({
            messageId: 'twice',
            data: { exchange: mx.exchange, owner: mx.record.owner, firstPreference: earlier.preference, preference: mx.preference },
            span: exchangeSpan(mx),
            related: [{ span: earlier.record.rdataSpan, message: `\`${earlier.exchange}\` is listed at preference ${earlier.preference} here` }],
            fingerprint: mxFingerprint(mx, 'preference', mx.preference),
          });
        }
      }
    }
  },
});
