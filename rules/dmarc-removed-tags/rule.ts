/**
 * dmarc-removed-tags: tags RFC 9989 (DMARCbis) removed: `pct` (replaced by `t=`), `rf` and `ri`.
 * A `pct` below 100 changes meaning between receivers (warning); the rest is dead weight (info),
 * except `pct=100`, which every receiver reads the same way and is not reported.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { dmarcEntries, dmarcFingerprint } from '../../src/engine/dmarc.ts';
import { textSpan } from '../../src/engine/records.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dmarc-removed-tags',
    description: 'DMARC records should not use the tags RFC 9989 removed: `pct`, `rf` and `ri`.',
    severity: 'warning',
    messages: {
      pctPartial:
        '`{{tag}}` asks RFC 7489 receivers to apply the policy to only {{percent}}% of failing mail, but RFC 9989 removed `pct` and its receivers apply the policy to all of it; remove `pct=`, and write `t=y` instead while you are testing.',
      pctNoEffect: '`{{tag}}` was removed by RFC 9989 and does nothing under a policy of none; remove it.',
      removed: '`{{tag}}` was removed by RFC 9989 and receivers ignore it; remove it.',
      rf: '`{{tag}}` was removed by RFC 9989 (failure reports have one format) and receivers ignore it; remove it.',
      ri: '`{{tag}}` was removed by RFC 9989 (aggregate reports are sent daily) and receivers ignore it; remove it.',
    },
  },
  check(context) {
    for (const entry of dmarcEntries(context.zone)) {
      if (!entry.valid || entry.place === 'elsewhere') continue;
      for (const tag of entry.dmarc.removedTags) {
        if (tag.duplicate) continue;
        const pct = tag.key === 'pct' ? entry.dmarc.pct?.value : undefined;
        // `pct=100` is what every receiver applies anyway: harmless, and in most real records.
        if (pct === 100) continue;
        const text = entry.dmarc.text.slice(tag.start, tag.end);
        // A percentage of "none" is still none: only an enforcing policy changes meaning.
        const { p, sp } = entry.dmarc;
        const enforcing = (p !== undefined && p.value !== 'none') || (sp !== undefined && sp.value !== 'none');
        const partial = pct !== undefined && pct < 100 && enforcing;
        let messageId = tag.key;
        if (partial) messageId = 'pctPartial';
        else if (pct !== undefined && pct < 100) messageId = 'pctNoEffect';
        else if (tag.key === 'pct') messageId = 'removed';
        context.report({
          messageId,
          data: { tag: text, percent: pct ?? '' },
          span: textSpan(entry, tag),
          fingerprint: dmarcFingerprint(entry, tag.key),
          severity: partial ? undefined : 'info',
        });
      }
    }
  },
});
