/** dkim-testing: a DKIM key published with the testing flag `t=y`. */
import { defineRule } from '../../src/engine/rule.ts';
import { dkimKeys } from '../../src/engine/mail-records.ts';
import { textSpan } from '../../src/engine/records.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dkim-testing',
    description: 'A DKIM key in production should not carry the testing flag t=y (RFC 6376 §3.6.1).',
    severity: 'warning',
    messages: {
      testing:
        'DKIM key `{{selector}}` has the testing flag `y` in `t=`, so verifiers must treat its signatures like unsigned mail (RFC 6376 §3.6.1) and DMARC gains nothing from them; remove `y` from t= once signing works.',
    },
  },
  check(context) {
    for (const key of dkimKeys(context.zone)) {
      if (!key.summary.flags?.includes('y')) continue;
      const flag = key.details().flags?.find((f) => f.value === 'y');
      if (!flag) continue;
      context.report({
        messageId: 'testing',
        data: { selector: key.selector },
        span: textSpan(key, flag),
        fingerprint: `${key.ownerKey}|TXT|dkim|t|y`,
      });
    }
  },
});
