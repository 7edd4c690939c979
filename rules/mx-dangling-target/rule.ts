/**
 * mx-dangling-target: an MX exchanger that the zones of the run hold, but that has no address:
 * the name does not exist, owns no A/AAAA record, or is an alias of such a name.
 */
import { defineRule } from '../../src/engine/rule.ts';
import type { RelatedSpan } from '../../src/model/diagnostic.ts';
import { exchangeChase, exchangeSpan, isMiswrittenExchange, mxFingerprint, mxRecords } from '../../src/engine/mx.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'mx-dangling-target',
    description: 'MX exchangers defined in the linted zones must exist and have an A or AAAA record.',
    severity: 'error',
    messages: {
      missing:
        'MX target `{{target}}` does not exist in zone `{{zone}}`, so senders cannot deliver mail for `{{owner}}` to it; add an A or AAAA record for it, or point the MX at a host that has one.',
      noAddress:
        'MX target `{{target}}` exists but has no A or AAAA record, so senders cannot deliver mail for `{{owner}}` to it; add an address record for it, or point the MX at a host that has one.',
      aliasMissing:
        'MX target `{{target}}` is an alias of `{{end}}`, which does not exist in zone `{{zone}}`; point the MX at a host name with an A or AAAA record.',
      aliasNoAddress:
        'MX target `{{target}}` is an alias of `{{end}}`, which has no A or AAAA record; point the MX at a host name with an A or AAAA record.',
    },
  },
  check(context) {
    const { zone, zones } = context;
    for (const mx of mxRecords(zone)) {
      if (mx.isNull || isMiswrittenExchange(zones, zone, mx)) continue;
      const chain = exchangeChase(zones, zone, mx);
      const { end } = chain;
      if (chain.broken || (end.kind !== 'missing' && end.kind !== 'found')) continue;
      if (end.kind === 'found' && end.addresses.length > 0) continue;
      const aliased = chain.cnames.length > 0;
      const related: RelatedSpan[] = chain.cnames.map((r) => ({ span: r.span, message: `\`${r.owner}\` is an alias (CNAME) here` }));
      if (end.kind === 'found' && end.records.length > 0) {
        related.push({ span: end.records[0].span, message: `\`${chain.name}\` is defined here, without an address` });
      }
      context.report({
        messageId: end.kind === 'missing' ? (aliased ? 'aliasMissing' : 'missing') : aliased ? 'aliasNoAddress' : 'noAddress',
        data: { target: mx.exchange, owner: mx.record.owner, end: chain.name, zone: end.zone.origin },
        span: exchangeSpan(mx),
        related: related.length ? related : undefined,
        fingerprint: mxFingerprint(mx),
      });
    }
  },
});
