import { defineRule } from '../../src/engine/rule.ts';
import { checkSoaTimer, duration, secondsOption, type TimerFinding } from '../../src/engine/zone-checks.ts';

interface Options {
  min: number;
}

export default defineRule<Options>({
  meta: {
    id: 'soa-expire',
    description: 'The SOA expire timer is shorter than a week or than the refresh timer (Zonemaster ZONE05).',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: { min: secondsOption(604800, 'Smallest acceptable SOA expire, in seconds (Zonemaster ZONE05: 604800).') },
    },
    messages: {
      low: "SOA expire '{{value}}' ({{duration}}) is below {{min}} seconds ({{minDuration}}): if the primary is down longer than that, every secondary stops answering and mail to the domain is deferred, then bounced; write at least {{min}}.",
      belowRefresh:
        "SOA expire '{{value}}' is below the refresh '{{against}}': secondaries would drop the zone before they even try to refresh it; write an expire well above the refresh.",
    },
  },
  check(context) {
    const { min } = context.options;
    checkSoaTimer(context, 'expire', (soa) => {
      const findings: TimerFinding[] = [];
      if (soa.expire < min) findings.push({ messageId: 'low', data: { min, minDuration: duration(min) }, aspect: 'min' });
      if (soa.expire < soa.refresh) findings.push({ messageId: 'belowRefresh', against: 'refresh', aspect: 'refresh' });
      return findings;
    });
  },
});
