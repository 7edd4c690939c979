import { defineRule } from '../../src/engine/rule.ts';
import { checkSoaTimer, duration, secondsOption } from '../../src/engine/zone-checks.ts';

interface Options {
  min: number;
  max: number;
}

export default defineRule<Options>({
  meta: {
    id: 'soa-minimum',
    description: 'The SOA minimum (negative-caching TTL) is outside 5 minutes to 1 day (Zonemaster ZONE06).',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        min: secondsOption(300, 'Smallest acceptable SOA minimum, in seconds (Zonemaster ZONE06: 300).'),
        max: secondsOption(86400, 'Largest acceptable SOA minimum, in seconds (Zonemaster ZONE06: 86400).'),
      },
    },
    messages: {
      low: "SOA minimum '{{value}}' ({{duration}}) is below {{min}} seconds: resolvers forget that a name does not exist almost at once and ask your servers again for every lookup; write at least {{min}}.",
      high: "SOA minimum '{{value}}' ({{duration}}) is above {{max}} seconds ({{maxDuration}}): a name you add, such as a new DKIM selector or MX host, stays unknown to resolvers that already asked for that long; write at most {{max}}.",
    },
  },
  check(context) {
    const { min, max } = context.options;
    checkSoaTimer(context, 'minimum', (soa) => {
      if (soa.minimum < min) return [{ messageId: 'low', data: { min }, aspect: 'min' }];
      if (soa.minimum > max) return [{ messageId: 'high', data: { max, maxDuration: duration(max) }, aspect: 'max' }];
      return [];
    });
  },
});
