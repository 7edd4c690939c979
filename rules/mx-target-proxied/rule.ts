/**
 * mx-target-proxied: an MX exchanger whose address records (or a CNAME on the way to them) are
 * proxied by Cloudflare (`proxied: true`). A proxied name answers with Cloudflare's HTTP(S) proxy
 * addresses, which do not accept SMTP: mail for the domain cannot arrive.
 *
 * The flag exists only in Cloudflare exports; on other zones the rule finds nothing. It reads
 * the flag from the record (`record.proxied`, set by the Cloudflare readers).
 */
import { defineRule } from '../../src/engine/rule.ts';
import type { RelatedSpan } from '../../src/model/diagnostic.ts';
import type { ZoneRecord } from '../../src/model/record.ts';
import { exchangeChase, exchangeSpan, mxFingerprint, mxRecords } from '../../src/engine/mx.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'mx-target-proxied',
    description: 'An MX exchanger must not be proxied by Cloudflare: the proxy carries HTTP(S), not SMTP.',
    severity: 'error',
    messages: {
      proxied:
        'MX target `{{target}}` is proxied by Cloudflare (`proxied: true` on its {{type}} record), so it resolves to Cloudflare\'s HTTP proxy, which does not accept mail for `{{owner}}`; set `proxied: false` on that record (DNS only), or point the MX at a host that is not proxied.',
    },
  },
  check(context) {
    const { zone, zones } = context;
    if (zone.format !== 'cloudflare' && !zone.records.some((r) => r.proxied)) return;
    for (const mx of mxRecords(zone)) {
      if (mx.isNull) continue;
      const chain = exchangeChase(zones, zone, mx);
      const candidates: ZoneRecord[] = [...chain.cnames];
      if (chain.end.kind === 'found') candidates.push(...chain.end.records.filter((r) => r.type === 'A' || r.type === 'AAAA' || r.type === 'CNAME'));
      const culprit = candidates.find((r) => r.proxied);
      if (!culprit) continue;
      const related: RelatedSpan[] = [{ span: culprit.span, message: `\`${culprit.owner}\` ${culprit.type} is proxied here` }];
      context.report({
        messageId: 'proxied',
        data: { target: mx.exchange, owner: mx.record.owner, type: culprit.type },
        span: exchangeSpan(mx),
        related,
        fingerprint: mxFingerprint(mx),
      });
    }
  },
});
