/**
 * dmarc-testing: `t=y`, RFC 9989's testing mode: receivers apply the policy one step softer than
 * written. Meant for a roll-out, easily forgotten afterwards.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { dmarcFingerprint, policyRecords } from '../../src/engine/dmarc.ts';
import { textSpan } from '../../src/engine/records.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dmarc-testing',
    description: 'DMARC records in testing mode (`t=y`) are not applied in full.',
    severity: 'warning',
    messages: {
      testing:
        '`t=y` puts the DMARC policy of `{{domain}}` in testing mode: receivers apply it one step softer (`p=reject` as quarantine, `p=quarantine` as none, RFC 9989); remove `t=y` (or write `t=n`) once the reports show your mail passes.',
    },
  },
  check(context) {
    for (const entry of policyRecords(context.zone)) {
      const { dmarc } = entry;
      if (dmarc.t?.value !== 'y') continue;
      // With nothing above none, testing mode changes nothing: dmarc-policy-none says what matters.
      const enforcing = [dmarc.p, dmarc.sp, dmarc.np].some((v) => v !== undefined && v.value !== 'none');
      if (!enforcing) continue;
      const tag = dmarc.tags.find((t) => t.key === 't' && !t.duplicate);
      if (!tag) continue;
      context.report({ messageId: 'testing', data: { domain: entry.domain }, span: textSpan(entry, tag), fingerprint: dmarcFingerprint(entry, 't') });
    }
  },
});
