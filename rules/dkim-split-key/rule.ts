/**
 * dkim-split-key: one DKIM key published as several TXT records at its selector's name (octoDNS
 * `values: [v=DKIM1, k=rsa, p=…]`, or a long p= cut into two records instead of two strings of
 * one record). A verifier gets separate records, never their concatenation.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { ownerOrTypeSpan } from '../../src/engine/mx.ts';
import { splitKeys } from './pieces.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dkim-split-key',
    description: 'A DKIM key must be one TXT record: split over several records at its selector name, verifiers cannot read it.',
    severity: 'error',
    messages: {
      split:
        'The DKIM key at `{{owner}}` is split over {{count}} TXT records; DNS hands them to a verifier as separate records, never joined, so it finds no usable key (or several) and signatures with this selector fail; publish one TXT record that holds the whole key (its quoted strings are joined: `"v=DKIM1; k=rsa; " "p=…"`).',
    },
  },
  check(context) {
    for (const [key, records] of splitKeys(context.zone)) {
      const [first, ...rest] = records;
      context.report({
        messageId: 'split',
        data: { owner: first.owner, count: records.length },
        span: ownerOrTypeSpan(first),
        related: rest.map((r, i) => ({ span: r.rdataSpan, message: `piece ${i + 2} of ${records.length} of the key` })),
        fingerprint: `${key}|TXT|dkim|split`,
      });
    }
  },
});
