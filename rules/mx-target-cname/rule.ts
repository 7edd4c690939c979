/**
 * mx-target-cname: an MX exchanger that is an alias: it owns a CNAME (a wildcard CNAME
 * included) or lies below a DNAME. RFC 2181 §10.3 and RFC 5321 §5.1 forbid it.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { rdataOf } from '../../src/engine/records.ts';
import { exchangeChase, exchangeSpan, mxFingerprint, mxRecords } from '../../src/engine/mx.ts';
import { nameKey, relativeName } from '../../src/zone/names.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'mx-target-cname',
    description: 'MX exchangers must be host names, not aliases (CNAME or below a DNAME).',
    severity: 'error',
    messages: {
      cname:
        'MX target `{{target}}` is an alias (CNAME) of `{{canonical}}`; an MX must name the host itself (RFC 2181 §10.3, RFC 5321 §5.1) and many mail servers refuse aliases: point the MX at `{{canonical}}` instead.',
      cnameLoop:
        'MX target `{{target}}` is an alias (CNAME) whose chain loops or is longer than 8 links; an MX must name a host with an A or AAAA record (RFC 2181 §10.3): point the MX at the mail host itself.',
      dname:
        'MX target `{{target}}` lies below `{{dnameOwner}}`, a DNAME to `{{dnameTarget}}`, so it is an alias too (RFC 6672 §3); point the MX at `{{canonical}}` instead.',
    },
  },
  check(context) {
    const { zone, zones } = context;
    for (const mx of mxRecords(zone)) {
      if (mx.isNull) continue;
      const chain = exchangeChase(zones, zone, mx);
      const { end } = chain;
      if (chain.cnames.length === 0 && end.kind === 'dname') {
        const dnameTarget = rdataOf(end.dname, 'DNAME')?.target;
        if (!dnameTarget) continue;
        const rest = relativeName(mx.exchange, end.dname.owner);
        context.report({
          messageId: 'dname',
          data: {
            target: mx.exchange,
            dnameOwner: end.dname.owner,
            dnameTarget,
            canonical: dnameTarget === '.' ? `${rest}.` : `${rest}.${dnameTarget}`,
          },
          span: exchangeSpan(mx),
          related: [{ span: end.dname.span, message: `\`${end.dname.owner}\` redirects its subtree to \`${dnameTarget}\` here` }],
          fingerprint: mxFingerprint(mx, 'DNAME'),
        });
        continue;
      }
      const alias = chain.cnames[0];
      if (!alias) continue;
      const wildcard = nameKey(alias.owner) !== mx.exchangeKey;
      context.report({
        messageId: chain.broken ? 'cnameLoop' : 'cname',
        data: { target: mx.exchange, canonical: chain.name },
        span: exchangeSpan(mx),
        related: [
          {
            span: alias.span,
            message: wildcard ? `the wildcard \`${alias.owner}\` makes \`${mx.exchange}\` an alias here` : `\`${alias.owner}\` is an alias here`,
          },
        ],
        fingerprint: mxFingerprint(mx, 'CNAME'),
      });
    }
  },
});
