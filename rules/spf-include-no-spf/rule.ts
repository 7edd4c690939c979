/**
 * spf-include-no-spf: `include:` or `redirect=` names a domain of the run that has no SPF
 * record, which makes the evaluation a permerror (RFC 7208 §5.2, §6.1).
 */
import { defineRule } from '../../src/engine/rule.ts';
import { resolverFor } from '../../src/engine/resolver.ts';
import { lookupTerms, policyAt, spanOf, spfFingerprint, spfRecords, targetOf, textOf } from '../../src/engine/spf.ts';
import { txtOf } from '../../src/engine/records.ts';
import { quote } from '../../src/mail/common.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'spf-include-no-spf',
    description: '`include:` or `redirect=` points at a name of the run that publishes no SPF record, a permerror.',
    severity: 'error',
    messages: {
      nxdomain:
        '`{{term}}` points at `{{target}}`, which does not exist, and RFC 7208 {{section}} makes that a permerror for the whole policy of `{{owner}}`; fix the name or publish a `v=spf1 … -all` TXT record there.',
      'no-txt':
        '`{{term}}` points at `{{target}}`, which has no TXT record, and RFC 7208 {{section}} makes that a permerror for the whole policy of `{{owner}}`; publish a `v=spf1 … -all` TXT record there or fix the name.',
      'no-spf':
        '`{{term}}` points at `{{target}}`, whose TXT records are not SPF (none starts with `v=spf1`), and RFC 7208 {{section}} makes that a permerror for the whole policy of `{{owner}}`; publish a `v=spf1 … -all` TXT record there or fix the name.',
    },
  },
  check(context) {
    const resolver = resolverFor(context.zones, context.zone);
    for (const entry of spfRecords(context.zone)) {
      for (const term of lookupTerms(entry.spf)) {
        const isInclude = term.type === 'mechanism' && term.kind === 'include';
        if (!isInclude && term.type !== 'modifier') continue;
        const target = targetOf(entry, entry.record.owner, term);
        if (!target) continue;
        const policy = policyAt(resolver, target);
        if (policy.kind !== 'none') continue;
        context.report({
          messageId: policy.why,
          data: { term: textOf(entry, term), target, owner: entry.record.owner, section: isInclude ? '§5.2' : '§6.1' },
          span: spanOf(entry, term),
          related: policy.txt.map((record) => ({ span: record.rdataSpan, message: `a TXT record of \`${target}\`: ${quote(txtOf(record)?.text ?? '', 40)}` })),
          fingerprint: spfFingerprint(entry, 'no-spf', textOf(entry, term)),
        });
      }
    }
  },
});
