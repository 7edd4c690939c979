/**
 * mta-sts-syntax: a TXT record at `_mta-sts.<domain>` that RFC 8461 §3.1 does not accept:
 * not starting with `v=STSv1`, no id= or an id that is not 1–32 letters and digits, malformed tags.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { mtaStsRecords, reportVersionedProblems } from '../../src/engine/mail-records.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'mta-sts-syntax',
    description: 'MTA-STS records at _mta-sts.<domain> must read `v=STSv1; id=<1–32 letters and digits>` (RFC 8461 §3.1).',
    severity: 'error',
    messages: {
      problem: '{{message}}',
    },
  },
  check(context) {
    for (const entry of mtaStsRecords(context.zone)) reportVersionedProblems(context, entry, 'mta-sts');
  },
});
