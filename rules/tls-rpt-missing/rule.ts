/**
 * tls-rpt-missing: a domain that asks senders for authenticated TLS (an MTA-STS record, or DANE
 * TLSA records for one of its exchangers) but publishes no TLS-RPT record at
 * `_smtp._tls.<domain>`, so failures of that TLS go unreported (RFC 8460).
 */
import { defineRule } from '../../src/engine/rule.ts';
import type { Span } from '../../src/model/span.ts';
import { isMiswrittenExchange, mxByOwner, ownerOrTypeSpan } from '../../src/engine/mx.ts';
import { resolveName } from '../../src/engine/resolver.ts';
import { bare, daneCoverage, judged, mtaStsRecords, tlsaInRun } from '../../src/engine/mail-records.ts';

interface Need {
  domain: string;
  span: Span;
  messageId: 'mtaSts' | 'dane';
  exchanger?: string;
}

export default defineRule<Record<string, never>>({
  meta: {
    id: 'tls-rpt-missing',
    description: 'A domain with MTA-STS or DANE for its mail should publish a TLS-RPT record so that senders report TLS failures (RFC 8460).',
    severity: 'info',
    messages: {
      mtaSts:
        '`{{domain}}` publishes an MTA-STS policy but no TLS-RPT record, so you will not hear from senders whose deliveries fail the policy; add `_smtp._tls.{{domain}} TXT "v=TLSRPTv1; rua=mailto:tls-reports@{{mailDomain}}"`.',
      dane:
        '`{{domain}}` has DANE TLSA records for its exchanger `{{exchanger}}` but no TLS-RPT record, so you will not hear from senders whose deliveries fail DANE; add `_smtp._tls.{{domain}} TXT "v=TLSRPTv1; rua=mailto:tls-reports@{{mailDomain}}"`.',
    },
  },
  check(context) {
    const { zone, zones } = context;
    const needs = new Map<string, Need>();
    for (const entry of mtaStsRecords(zone)) {
      if (entry.indicator && !needs.has(entry.domainKey)) {
        needs.set(entry.domainKey, { domain: entry.domain, span: ownerOrTypeSpan(entry.record), messageId: 'mtaSts' });
      }
    }
    // An exchanger can be covered by DANE only in a run that holds TLSA records.
    if (tlsaInRun(zones)) {
      for (const [ownerKey, group] of mxByOwner(zone)) {
        if (needs.has(ownerKey)) continue;
        // Coverage is known once per exchanger, how the exchange was written is judged per record: coverage first.
        const covered = group.find((mx) => !mx.isNull && daneCoverage(zones, zone, mx.exchange).state === 'yes' && !isMiswrittenExchange(zones, zone, mx));
        if (covered) needs.set(ownerKey, { domain: covered.record.owner, span: ownerOrTypeSpan(covered.record), messageId: 'dane', exchanger: covered.exchange });
      }
    }
    for (const [domainKey, need] of needs) {
      const name = `_smtp._tls.${need.domain}`;
      const where = resolveName(zones, name, zone);
      // Any TXT there is judged by tls-rpt-syntax; a CNAME hands reporting to whoever it points at.
      if (!judged(where) || (where.kind === 'found' && where.records.some((r) => r.type === 'TXT' || r.type === 'CNAME'))) continue;
      context.report({
        messageId: need.messageId,
        data: { domain: need.domain, mailDomain: bare(need.domain), exchanger: need.exchanger ?? '' },
        span: need.span,
        fingerprint: `${domainKey}|TXT|tls-rpt|missing`,
      });
    }
  },
});
