/** tls-rpt-multiple-records: more than one `v=TLSRPTv1` TXT record at one `_smtp._tls.<domain>` name. */
import { defineRule } from '../../src/engine/rule.ts';
import { reportMultiple, tlsRptRecords } from '../../src/engine/mail-records.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'tls-rpt-multiple-records',
    description: 'A domain must publish exactly one TLS-RPT (v=TLSRPTv1) record: with more, senders send no reports (RFC 8460 §3).',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    messages: {
      multiple:
        '`{{owner}}` has {{count}} {{kind}} records, and RFC 8460 §3 tells senders that find more than one to assume the domain does not want TLS reports; merge them into one record, listing every address in one `rua=` separated by commas.',
    },
  },
  check(context) {
    reportMultiple(context, tlsRptRecords(context.zone), 'tls-rpt', 'v=TLSRPTv1');
  },
});
