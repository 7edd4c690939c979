/**
 * spf-redirect-ignored: a `redirect=` in a record that also has an `all` mechanism, which
 * RFC 7208 §6.1 says receivers MUST ignore.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { firstAll, spanOf, spfFingerprint, spfRecords, textOf } from '../../src/engine/spf.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'spf-redirect-ignored',
    description: 'An SPF record has both `redirect=` and an `all` mechanism, so the redirect is never followed.',
    severity: 'warning',
    messages: {
      ignored:
        '`{{term}}` is ignored because the record also has `{{all}}` (RFC 7208 §6.1), so the policy of `{{target}}` never applies; remove `{{all}}` to delegate to it, or remove the redirect.',
    },
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      const all = firstAll(entry.spf);
      const redirect = entry.spf.redirect;
      if (!all || !redirect) continue;
      context.report({
        messageId: 'ignored',
        data: { term: textOf(entry, redirect), all: textOf(entry, all), target: redirect.value(entry.spf.text).text },
        span: spanOf(entry, redirect),
        related: [{ span: spanOf(entry, all), message: `\`${textOf(entry, all)}\` ends the evaluation here` }],
        fingerprint: spfFingerprint(entry, 'redirect-ignored'),
      });
    }
  },
});
