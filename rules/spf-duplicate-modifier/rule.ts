/**
 * spf-duplicate-modifier: `redirect=` or `exp=` written more than once in one SPF record, a
 * permerror (RFC 7208 §6).
 */
import { defineRule } from '../../src/engine/rule.ts';
import type { SpfModifier } from '../../src/mail/spf.ts';
import { spanOf, spfFingerprint, spfRecords, textOf } from '../../src/engine/spf.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'spf-duplicate-modifier',
    description: 'An SPF record has `redirect=` or `exp=` more than once, which is a permerror.',
    severity: 'error',
    messages: {
      duplicate:
        '`{{term}}` repeats the `{{name}}=` modifier already given as `{{first}}`; RFC 7208 §6 allows each modifier once, so receivers return permerror: keep only one.',
    },
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      const first = new Map<string, SpfModifier>();
      for (const term of entry.spf.terms) {
        if (term.type !== 'modifier' || term.kind === 'unknown') continue;
        const earlier = first.get(term.kind);
        if (!earlier) {
          first.set(term.kind, term);
          continue;
        }
        context.report({
          messageId: 'duplicate',
          data: { term: textOf(entry, term), name: term.kind, first: textOf(entry, earlier) },
          span: spanOf(entry, term),
          related: [{ span: spanOf(entry, earlier), message: `the first \`${term.kind}=\`` }],
          fingerprint: spfFingerprint(entry, 'duplicate', term.kind, textOf(entry, term)),
        });
      }
    }
  },
});
