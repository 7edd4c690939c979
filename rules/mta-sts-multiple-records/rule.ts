/** mta-sts-multiple-records: more than one `v=STSv1` TXT record at one `_mta-sts.<domain>` name. */
import { defineRule } from '../../src/engine/rule.ts';
import { mtaStsRecords, reportMultiple } from '../../src/engine/mail-records.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'mta-sts-multiple-records',
    description: 'A domain must publish exactly one MTA-STS (v=STSv1) record: with more, senders assume it has no policy (RFC 8461 §3.1).',
    severity: 'error',
    messages: {
      multiple:
        '`{{owner}}` has {{count}} {{kind}} records, and RFC 8461 §3.1 tells senders that find more than one to assume the domain has no MTA-STS policy at all; keep one record and give it the current policy id.',
    },
  },
  check(context) {
    reportMultiple(context, mtaStsRecords(context.zone), 'mta-sts', 'v=STSv1');
  },
});
