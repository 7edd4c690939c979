/**
 * dmarc-policy-none: a DMARC policy record that only monitors: `p=none`, and `sp=none` or
 * `np=none` for subdomains and non-existent subdomains. Mail that fails DMARC is delivered.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { dmarcFingerprint, policyRecords } from '../../src/engine/dmarc.ts';
import { textSpan } from '../../src/engine/records.ts';

interface Options {
  subdomainPolicies: boolean;
}

export default defineRule<Options>({
  meta: {
    id: 'dmarc-policy-none',
    description: 'DMARC policies should be at enforcement: `p=none`, `sp=none` and `np=none` only monitor.',
    severity: 'warning',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        subdomainPolicies: {
          type: 'boolean',
          default: true,
          description: 'Also report `sp=none` (subdomains) and `np=none` (non-existent subdomains), not only `p=none`.',
        },
      },
    },
    messages: {
      p: '`p=none` only monitors: receivers deliver mail that fails DMARC, so anyone can still send as `{{domain}}`; once the aggregate reports show your own senders pass, write `p=quarantine` or `p=reject`.',
      sp: '`sp=none` only monitors subdomains of `{{domain}}`: receivers deliver spoofed mail from them; write `sp=quarantine` or `sp=reject`, or remove `sp=` so that subdomains inherit `p=`.',
      np: '`np=none` lets through mail from subdomains of `{{domain}}` that do not exist, which no real sender uses; write `np=reject`.',
    },
  },
  check(context) {
    const tags = context.options.subdomainPolicies ? (['p', 'sp', 'np'] as const) : (['p'] as const);
    for (const entry of policyRecords(context.zone)) {
      for (const key of tags) {
        const value = entry.dmarc[key];
        if (value?.value !== 'none') continue;
        const tag = entry.dmarc.tags.find((t) => t.key === key && !t.duplicate);
        if (!tag) continue;
        context.report({
          messageId: key,
          data: { domain: entry.domain },
          span: textSpan(entry, tag),
          fingerprint: dmarcFingerprint(entry, key),
        });
      }
    }
  },
});
