/**
 * spf-type99: records of type SPF (99). RFC 7208 §3.1 removed the type: receivers query only
 * TXT, so an SPF-type record is dead weight that drifts from the TXT record over time.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { recordsOfType, txtOf } from '../../src/engine/records.ts';
import { spfEntriesOf } from '../../src/engine/spf.ts';
import { nameKey } from '../../src/zone/names.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'spf-type99',
    description: 'A record of the obsolete type SPF (99); receivers only read TXT records.',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    messages: {
      same: 'Record type `{{type}}` (99) is obsolete and no receiver reads it (RFC 7208 §3.1); delete it, the TXT record of `{{owner}}` already carries the same policy.',
      differs:
        'Record type `{{type}}` (99) is obsolete and no receiver reads it (RFC 7208 §3.1), and its policy differs from the TXT record of `{{owner}}`, which is the one that applies; delete it.',
      only: 'Record type `{{type}}` (99) is obsolete and no receiver reads it (RFC 7208 §3.1), so `{{owner}}` has no SPF policy; publish the same text as a TXT record and delete this one.',
    },
  },
  check(context) {
    for (const record of [...recordsOfType(context.zone, 'SPF'), ...recordsOfType(context.zone, 'TYPE99')]) {
      const txt = spfEntriesOf(context.zones.recordsAt(context.zone, record.owner));
      const text = txtOf(record)?.text;
      const messageId = txt.length === 0 ? 'only' : text !== undefined && txt.some((e) => e.view.text === text) ? 'same' : 'differs';
      context.report({
        messageId,
        data: { type: record.type, owner: record.owner },
        span: record.typeSpan,
        related: txt.map((e) => ({ span: e.record.rdataSpan, message: `the TXT SPF record of \`${record.owner}\`` })),
        fingerprint: [nameKey(record.owner), record.type, 'spf', 'type99'].join('|'),
      });
    }
  },
});
