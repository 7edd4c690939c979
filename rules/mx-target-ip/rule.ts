/** mx-target-ip: an MX exchange that is an IPv4 address written as a name. */
import { defineRule } from '../../src/engine/rule.ts';
import { exchangeAsIp, exchangeSpan, exchangeText, mxFingerprint, mxRecords } from '../../src/engine/mx.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'mx-target-ip',
    description: 'MX exchangers must be host names, not IP addresses.',
    severity: 'error',
    messages: {
      absolute:
        'MX target `{{written}}` is an IP address written as a name; an MX names a host (RFC 1035 §3.3.9, RFC 5321 §5.1), and senders look up `{{written}}` as a name and find nothing: point it at a host name with an A record for {{ip}}.',
      relative:
        'MX target `{{written}}` is an IP address written as a relative name, so it became `{{exchange}}`; an MX names a host (RFC 1035 §3.3.9, RFC 5321 §5.1): point it at a host name with an A record for {{ip}}.',
    },
  },
  check(context) {
    for (const mx of mxRecords(context.zone)) {
      const ip = exchangeAsIp(mx);
      if (!ip) continue;
      context.report({
        messageId: ip.relative ? 'relative' : 'absolute',
        data: { written: exchangeText(mx), exchange: mx.exchange, ip: ip.ip },
        span: exchangeSpan(mx),
        fingerprint: mxFingerprint(mx),
      });
    }
  },
});
