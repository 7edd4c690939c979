/**
 * mx-target-missing-dot: an exchange written without its final dot by mistake, so the origin
 * was appended: `mail.example.net` in `example.com.` became `mail.example.net.example.com.`.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { exchangeSpan, exchangeText, missingDotGuess, mxFingerprint, mxRecords } from '../../src/engine/mx.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'mx-target-missing-dot',
    description: 'MX exchangers written as relative names that were meant to be absolute (the final dot forgotten).',
    severity: 'error',
    messages: {
      doubled:
        'MX target `{{written}}` has no final dot, so the origin was appended again and it became `{{exchange}}`; did you mean `{{meant}}`?',
      tld:
        'MX target `{{written}}` has no final dot, so the origin was appended and it became `{{exchange}}`, which does not exist; did you mean `{{meant}}`?',
    },
  },
  check(context) {
    const { zone, zones } = context;
    for (const mx of mxRecords(zone)) {
      const guess = missingDotGuess(zones, zone, mx);
      if (!guess) continue;
      context.report({
        messageId: guess.doubled ? 'doubled' : 'tld',
        data: { written: exchangeText(mx), exchange: mx.exchange, meant: guess.meant },
        span: exchangeSpan(mx),
        fingerprint: mxFingerprint(mx),
      });
    }
  },
});
