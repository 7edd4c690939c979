/**
 * spf-permissive-all: the `all` mechanism that ends an SPF record passes everyone (`+all`, or
 * `all` with its implicit `+`).
 */
import { defineRule } from '../../src/engine/rule.ts';
import { firstAll, spanOf, spfFingerprint, spfRecords, textOf } from '../../src/engine/spf.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'spf-permissive-all',
    description: 'An SPF record ends with `+all` (or a bare `all`), which lets every host on the Internet send as the domain.',
    severity: 'error',
    messages: {
      explicit: '`{{term}}` lets every host on the Internet pass SPF for `{{owner}}`, so anyone can send mail as this domain; end the record with `-all` (or `~all` while you roll it out).',
      implicit:
        '`{{term}}` has the implicit qualifier `+`, so it lets every host on the Internet pass SPF for `{{owner}}`; write `-all` (or `~all` while you roll it out).',
    },
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      const all = firstAll(entry.spf);
      if (!all || all.qualifier !== '+') continue;
      context.report({
        messageId: all.qualifierSpan ? 'explicit' : 'implicit',
        data: { term: textOf(entry, all), owner: entry.record.owner },
        span: spanOf(entry, all),
        fingerprint: spfFingerprint(entry, 'all'),
      });
    }
  },
});
