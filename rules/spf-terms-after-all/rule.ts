/**
 * spf-terms-after-all: mechanisms written after `all`, which receivers never evaluate.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { flowOf, spanOf, spfFingerprint, spfRecords, textOf } from '../../src/engine/spf.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'spf-terms-after-all',
    description: 'An SPF record has mechanisms after `all`, which are never evaluated.',
    severity: 'warning',
    messages: {
      after:
        '{{terms}} after `{{all}}` {{verb}} never evaluated, because `all` matches every sender and ends the check (RFC 7208 §5.1); move {{them}} before `{{all}}` or remove {{them}}.',
    },
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      const { all, after } = flowOf(entry.spf);
      if (!all || after.length === 0) continue;
      const first = after[0];
      const last = after[after.length - 1];
      const shown = after.slice(0, 4).map((t) => `\`${textOf(entry, t)}\``);
      if (after.length > 4) shown.push('…');
      context.report({
        messageId: 'after',
        data: { terms: shown.join(', '), all: textOf(entry, all), verb: after.length === 1 ? 'is' : 'are', them: after.length === 1 ? 'it' : 'them' },
        span: spanOf(entry, { start: first.start, end: last.end }),
        related: [{ span: spanOf(entry, all), message: `\`${textOf(entry, all)}\` ends the evaluation here` }],
        fingerprint: spfFingerprint(entry, 'after-all', after.map((t) => textOf(entry, t)).join(' ')),
      });
    }
  },
});
