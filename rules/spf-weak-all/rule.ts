/**
 * spf-weak-all: an SPF record that ends neutral: with `?all`, or with neither an `all`
 * mechanism nor a `redirect=`. Records that only serve as include targets are not judged.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { flowOf, includedNames, isMailDomain, recordTextSpan, spanOf, spfFingerprint, spfRecords, textOf } from '../../src/engine/spf.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'spf-weak-all',
    description: 'An SPF record ends neutral (`?all`, or no `all` and no `redirect=`), so it does not tell receivers to reject forged mail.',
    severity: 'warning',
    messages: {
      neutral:
        '`{{term}}` gives mail from unlisted hosts the result `neutral`, which receivers treat like no policy at all for `{{owner}}`; end the record with `-all` (or `~all`).',
      missing:
        'The SPF record of `{{owner}}` has neither an `all` mechanism nor `redirect=`, so mail from unlisted hosts gets `neutral`, as if there were no policy; end it with `-all` (or `~all`).',
    },
  },
  check(context) {
    const included = includedNames(context.zones);
    for (const entry of spfRecords(context.zone)) {
      // An include target's own ending only decides whether the include matches: neutral is fine there.
      if (!isMailDomain(entry.ownerKey) || included.has(entry.ownerKey)) continue;
      const flow = flowOf(entry.spf);
      if (flow.all) {
        if (flow.all.qualifier !== '?') continue;
        context.report({
          messageId: 'neutral',
          data: { term: textOf(entry, flow.all), owner: entry.record.owner },
          span: spanOf(entry, flow.all),
          fingerprint: spfFingerprint(entry, 'all'),
        });
      } else if (!entry.spf.redirect) {
        context.report({
          messageId: 'missing',
          data: { owner: entry.record.owner },
          span: recordTextSpan(entry),
          fingerprint: spfFingerprint(entry, 'no-all'),
        });
      }
    }
  },
});
