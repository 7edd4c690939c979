/**
 * dane-usage: a TLSA record for SMTP (`_25._tcp.<host>`) with certificate usage 0 (PKIX-TA) or
 * 1 (PKIX-EE), whose SMTP treatment RFC 7672 §3.1.3 leaves undefined and lets clients treat as unusable.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { tlsaFingerprint, tlsaRecords, usageSpan } from '../../src/engine/mail-records.ts';

const NAMES = ['PKIX-TA', 'PKIX-EE'];

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dane-usage',
    description: 'TLSA records for SMTP should use DANE-EE (3) or DANE-TA (2): SMTP clients may treat PKIX-TA (0) and PKIX-EE (1) as unusable (RFC 7672 §3.1.3).',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    messages: {
      pkix:
        'TLSA usage {{usage}} ({{name}}) at `{{owner}}` is unusable for SMTP: RFC 7672 §3.1.3 leaves PKIX-TA and PKIX-EE undefined for SMTP and lets senders treat them as unusable (Postfix does), so this host gets no DANE protection; publish `3 1 1` (DANE-EE: SHA-256 of the server’s public key) or `2 1 1` (DANE-TA: SHA-256 of your CA’s public key).',
    },
  },
  check(context) {
    for (const entry of tlsaRecords(context.zone)) {
      if (!entry.smtp || entry.usage > 1) continue;
      context.report({
        messageId: 'pkix',
        data: { usage: entry.usage, name: NAMES[entry.usage], owner: entry.record.owner },
        span: usageSpan(entry),
        fingerprint: tlsaFingerprint(entry, 'usage'),
      });
    }
  },
});
