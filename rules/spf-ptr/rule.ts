/**
 * spf-ptr: the `ptr` mechanism (and the `%{p}` macro), which RFC 7208 §5.5 and §7.3 say
 * SHOULD NOT be used.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { macrosOf, spanOf, spfFingerprint, spfRecords, textOf } from '../../src/engine/spf.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'spf-ptr',
    description: 'An SPF record uses the `ptr` mechanism or the `%{p}` macro, which are slow, unreliable and deprecated.',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    messages: {
      mechanism:
        '`{{term}}` makes receivers do a reverse lookup and then forward lookups for every check, which is slow and fails often, and RFC 7208 §5.5 says it SHOULD NOT be used; list the senders with `ip4:`, `ip6:` or `a:` instead.',
      macro:
        'The `{{macro}}` macro in `{{term}}` needs the same reverse and forward lookups as `ptr`, and RFC 7208 §7.3 says it SHOULD NOT be used; use another macro or list the senders with `ip4:`/`ip6:`.',
    },
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      for (const term of entry.spf.terms) {
        if (term.type === 'mechanism' && term.kind === 'ptr') {
          context.report({
            messageId: 'mechanism',
            data: { term: textOf(entry, term) },
            span: spanOf(entry, term),
            fingerprint: spfFingerprint(entry, 'ptr', textOf(entry, term)),
          });
        }
        for (const part of macrosOf(entry, term)) {
          if (part.letter !== 'p') continue;
          context.report({
            messageId: 'macro',
            data: { macro: textOf(entry, part), term: textOf(entry, term) },
            span: spanOf(entry, part),
            fingerprint: spfFingerprint(entry, 'ptr-macro', textOf(entry, term)),
          });
        }
      }
    }
  },
});
