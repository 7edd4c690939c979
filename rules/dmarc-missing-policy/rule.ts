/**
 * dmarc-missing-policy: a DMARC policy record without `p=`. RFC 9989 made the tag optional: a
 * record without it counts as `p=none`; RFC 7489 required it, and receivers that still follow
 * it apply no DMARC at all unless the record has a valid `rua=`.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { dmarcFingerprint, policyRecords, versionSpan } from '../../src/engine/dmarc.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dmarc-missing-policy',
    description: 'DMARC policy records should state their policy with `p=`.',
    severity: 'warning',
    messages: {
      missing:
        'The DMARC record of `{{domain}}` has no `p=` tag, so RFC 9989 receivers treat it as `p=none` (monitoring only) and RFC 7489 receivers, which require `p=`, fall back to `p=none` too because it has a `rua=`; write `p=quarantine` or `p=reject`, or `p=none` explicitly while you monitor.',
      missingNoRua:
        'The DMARC record of `{{domain}}` has no `p=` tag, so RFC 9989 receivers treat it as `p=none` (monitoring only) and RFC 7489 receivers, which require `p=`, ignore it entirely as it has no valid `rua=` either; write `p=quarantine` or `p=reject`, or `p=none` explicitly while you monitor.',
    },
  },
  check(context) {
    for (const entry of policyRecords(context.zone)) {
      if (entry.dmarc.tags.some((t) => t.key === 'p')) continue;
      const rua = entry.dmarc.rua?.some((u) => u.valid) ?? false;
      context.report({
        messageId: rua ? 'missing' : 'missingNoRua',
        data: { domain: entry.domain },
        span: versionSpan(entry),
        fingerprint: dmarcFingerprint(entry, 'p', 'missing'),
      });
    }
  },
});
