import { defineRule } from '../../src/engine/rule.ts';
import { checkSoaTimer, duration, secondsOption, type TimerFinding } from '../../src/engine/zone-checks.ts';

interface Options {
  min: number;
}

export default defineRule<Options>({
  meta: {
    id: 'soa-retry',
    description: 'The SOA retry timer is shorter than an hour (Zonemaster ZONE04) or not shorter than refresh (ZONE03).',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: { min: secondsOption(3600, 'Smallest acceptable SOA retry, in seconds (Zonemaster ZONE04: 3600).') },
    },
    messages: {
      low: "SOA retry '{{value}}' ({{duration}}) is below {{min}} seconds ({{minDuration}}): secondaries hammer an unreachable primary that often; write at least {{min}}.",
      notBelowRefresh:
        "SOA retry '{{value}}' is not below the refresh '{{against}}': retry is the shorter wait used after a failed refresh, so a retry at or above refresh means failed transfers are never retried sooner; write a retry that is a fraction of the refresh.",
    },
  },
  check(context) {
    const { min } = context.options;
    checkSoaTimer(context, 'retry', (soa) => {
      const findings: TimerFinding[] = [];
      if (soa.retry < min) findings.push({ messageId: 'low', data: { min, minDuration: duration(min) }, aspect: 'min' });
      if (soa.retry >= soa.refresh) findings.push({ messageId: 'notBelowRefresh', against: 'refresh', aspect: 'refresh' });
      return findings;
    });
  },
});
