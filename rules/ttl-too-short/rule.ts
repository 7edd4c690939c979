import { defineRule } from '../../src/engine/rule.ts';
import { reportTtlHits, ttlLimitHits, ttlLimitsSchema, type TtlLimits } from '../../src/engine/zone-checks.ts';

export default defineRule<TtlLimits>({
  meta: {
    id: 'ttl-too-short',
    description: 'A mail record (MX, SPF or another mail TXT record, the address of an MX target) has a TTL too short to ride out a name-server outage.',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    options: ttlLimitsSchema({ MX: 300, TXT: 300, exchangerAddress: 300, default: null }, 'minimum'),
    messages: {
      short:
        "TTL '{{ttl}}' on this {{what}} is below the {{limit}}-second minimum: resolvers must ask again every {{duration}}, so an outage of your name servers breaks mail almost at once; write a TTL of at least {{limit}}.",
      shortInherited:
        'This {{what}} has no TTL of its own and inherits {{ttl}} seconds ($TTL or an earlier record), below the {{limit}}-second minimum: resolvers must ask again every {{duration}}, so an outage of your name servers breaks mail almost at once; write a TTL of at least {{limit}} before the type.',
    },
  },
  check(context) {
    reportTtlHits(context, ttlLimitHits(context, (ttl, limit) => ttl < limit), 'short', 'shortInherited');
  },
});
