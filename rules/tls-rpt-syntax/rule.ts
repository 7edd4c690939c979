/**
 * tls-rpt-syntax: a TXT record at `_smtp._tls.<domain>` that RFC 8460 §3 does not accept: not
 * starting with `v=TLSRPTv1`, no rua=, report addresses that are not `mailto:` or `https:` URIs.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { reportVersionedProblems, tlsRptRecords } from '../../src/engine/mail-records.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'tls-rpt-syntax',
    description: 'TLS-RPT records at _smtp._tls.<domain> must read `v=TLSRPTv1; rua=<mailto: or https: URIs>` (RFC 8460 §3).',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    messages: {
      problem: '{{message}}',
    },
  },
  check(context) {
    for (const entry of tlsRptRecords(context.zone)) reportVersionedProblems(context, entry, 'tls-rpt');
  },
});
