/**
 * mx-duplicate-preference: several exchangers share one preference at the same owner, so senders
 * pick among them at random instead of in the order the zone seems to give.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { byRoutingSet } from '../../src/model/record.ts';
import { type MxEntry, mxByOwner, mxFingerprint, preferenceSpan } from '../../src/engine/mx.ts';

interface Options {
  allowLoadSharing: boolean;
}

export default defineRule<Options>({
  meta: {
    id: 'mx-duplicate-preference',
    description: 'Each MX exchanger of a name should have its own preference.',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowLoadSharing: {
          type: 'boolean',
          default: false,
          description: 'Accept several exchangers at one preference (deliberate load sharing, RFC 5321 §5.1).',
        },
      },
    },
    messages: {
      shared:
        'MX preference {{preference}} of `{{exchange}}` is also the preference of `{{first}}` at `{{owner}}`, so senders pick between them at random; give each exchanger its own preference, or set `allowLoadSharing` if the load sharing is deliberate.',
    },
  },
  check(context) {
    if (context.options.allowLoadSharing) return;
    // A provider's routing policy serves one of its record sets: alternatives, not one MX set.
    for (const group of [...mxByOwner(context.zone).values()].flatMap((entries) => byRoutingSet(entries, (mx) => mx.record))) {
      // A null MX mixed with others is mx-null-mx's finding.
      if (group.length < 2 || group.some((mx) => mx.isNull)) continue;
      const firstAt = new Map<number, MxEntry>();
      for (const mx of group) {
        const first = firstAt.get(mx.preference);
        if (!first) firstAt.set(mx.preference, mx);
        // Identical records are zone-duplicate-record's finding.
        else if (first.exchangeKey !== mx.exchangeKey) {
          context.report({
            messageId: 'shared',
            data: { preference: mx.preference, exchange: mx.exchange, first: first.exchange, owner: mx.record.owner },
            span: preferenceSpan(mx),
            related: [{ span: preferenceSpan(first), message: `\`${first.exchange}\` has preference ${first.preference} here` }],
            fingerprint: mxFingerprint(mx, 'preference', mx.preference),
          });
        }
      }
    }
  },
});
