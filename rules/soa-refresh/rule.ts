import { defineRule } from '../../src/engine/rule.ts';
import { checkSoaTimer, duration, secondsOption } from '../../src/engine/zone-checks.ts';

interface Options {
  min: number;
}

export default defineRule<Options>({
  meta: {
    id: 'soa-refresh',
    description: 'The SOA refresh timer is shorter than Zonemaster ZONE02 recommends (4 hours).',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: { min: secondsOption(14400, 'Smallest acceptable SOA refresh, in seconds (Zonemaster ZONE02: 14400).') },
    },
    messages: {
      low: "SOA refresh '{{value}}' ({{duration}}) is below {{min}} seconds ({{minDuration}}): secondaries poll the primary that often for nothing, since NOTIFY already tells them of changes; write at least {{min}}.",
    },
  },
  check(context) {
    const { min } = context.options;
    checkSoaTimer(context, 'refresh', (soa) =>
      soa.refresh < min ? [{ messageId: 'low', data: { min, minDuration: duration(min) }, aspect: 'min' }] : [],
    );
  },
});
