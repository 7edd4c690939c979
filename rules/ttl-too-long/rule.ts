import { defineRule } from '../../src/engine/rule.ts';
import { reportTtlHits, ttlLimitHits, ttlLimitsSchema, type TtlLimits } from '../../src/engine/zone-checks.ts';

export default defineRule<TtlLimits>({
  meta: {
    id: 'ttl-too-long',
    description: 'A mail record (MX, SPF or another mail TXT record, the address of an MX target) has a TTL so long that changes take days to reach senders.',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    options: ttlLimitsSchema({ MX: 604800, TXT: 604800, exchangerAddress: 604800, default: null }, 'maximum'),
    messages: {
      long:
        "TTL '{{ttl}}' ({{duration}}) on this {{what}} is above the {{limit}}-second maximum ({{limitDuration}}): a move to another mail provider or an emergency fix waits that long in resolver caches; write a TTL of at most {{limit}}.",
      longInherited:
        'This {{what}} has no TTL of its own and inherits {{ttl}} seconds ({{duration}}, from $TTL or an earlier record), above the {{limit}}-second maximum ({{limitDuration}}): a move to another mail provider or an emergency fix waits that long in resolver caches; write a TTL of at most {{limit}} before the type.',
    },
  },
  check(context) {
    reportTtlHits(context, ttlLimitHits(context, (ttl, limit) => ttl > limit), 'long', 'longInherited');
  },
});
