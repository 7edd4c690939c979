/**
 * mx-null-mx: RFC 7505 null MX (`MX 0 .`) written wrong: with a preference other than 0, or
 * beside other MX records of the same name.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { exchangeSpan, mxByOwner, mxFingerprint, mxRecords, preferenceSpan } from '../../src/engine/mx.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'mx-null-mx',
    description: 'A null MX (`MX 0 .`) must have preference 0 and be the only MX record of its name.',
    severity: 'error',
    messages: {
      preference: 'Null MX `{{preference}} .` must have preference 0 (RFC 7505 §3); write `MX 0 .`.',
      mixed:
        'Null MX `.` says `{{owner}}` accepts no mail, yet it also has {{count}} other MX {{records}} ({{others}}); RFC 7505 §3 forbids mixing them: remove the null MX if the name takes mail, or the other MX records if it does not.',
    },
  },
  check(context) {
    // Most zones have no null MX: then no owner's MX records need grouping.
    if (!mxRecords(context.zone).some((mx) => mx.isNull)) return;
    for (const group of mxByOwner(context.zone).values()) {
      const nulls = group.filter((mx) => mx.isNull);
      if (nulls.length === 0) continue;
      for (const mx of nulls) {
        if (mx.preference === 0) continue;
        context.report({
          messageId: 'preference',
          data: { preference: mx.preference },
          span: preferenceSpan(mx),
          fingerprint: mxFingerprint(mx, 'preference', mx.preference),
        });
      }
      const others = group.filter((mx) => !mx.isNull);
      if (others.length === 0) continue;
      const shown = others.slice(0, 3).map((mx) => `\`${mx.preference} ${mx.exchange}\``);
      if (others.length > 3) shown.push('…');
      context.report({
        messageId: 'mixed',
        data: { owner: nulls[0].record.owner, count: others.length, records: others.length === 1 ? 'record' : 'records', others: shown.join(', ') },
        span: exchangeSpan(nulls[0]),
        related: others.map((mx) => ({ span: mx.record.rdataSpan, message: `\`${mx.exchange}\` is an exchanger of \`${mx.record.owner}\` here` })),
        fingerprint: mxFingerprint(nulls[0], 'mixed'),
      });
    }
  },
});
