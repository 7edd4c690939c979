/**
 * dmarc-wrong-name: a `v=DMARC1` record where no receiver looks for one: at the domain itself,
 * at `dmarc.<domain>`, anywhere but `_dmarc.<domain>` (or a report authorization name).
 */
import { defineRule } from '../../src/engine/rule.ts';
import { dmarcEntries, dmarcFingerprint, versionSpan } from '../../src/engine/dmarc.ts';

/** Where the record was probably meant to go. */
function suggestion(owner: string, ownerKey: string): string {
  const first = ownerKey.slice(0, ownerKey.indexOf('.'));
  // `dmarc.example.com.`, `_dmarc_.example.com.`, `dmarc1.example.com.`: the label was mistyped.
  if (/^_?dmarc\d*_?$/.test(first) && ownerKey.length > first.length + 1) return `_dmarc.${owner.slice(owner.indexOf('.') + 1)}`;
  // `www._dmarc.example.com.`: the labels were put on the wrong side of `_dmarc`.
  const labels = ownerKey.slice(0, -1).split('.');
  const at = labels.indexOf('_dmarc');
  if (at >= 1) return `_dmarc.${[...labels.slice(0, at), ...labels.slice(at + 1)].join('.')}.`;
  return owner === '.' ? '_dmarc.' : `_dmarc.${owner}`;
}

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dmarc-wrong-name',
    description: 'DMARC records must be published at `_dmarc.<domain>`.',
    severity: 'error',
    messages: {
      wrongName:
        'This DMARC record at `{{owner}}` is never read: receivers look for the policy of a domain only at `_dmarc.<domain>`; move it to `{{suggestion}}`.',
    },
  },
  check(context) {
    for (const entry of dmarcEntries(context.zone)) {
      if (entry.place !== 'elsewhere' || !entry.valid) continue;
      // A wildcard TXT is a catch-all answer, not a misplaced policy.
      if (entry.ownerKey.startsWith('*')) continue;
      const { record } = entry;
      context.report({
        messageId: 'wrongName',
        data: { owner: record.owner, suggestion: suggestion(record.owner, entry.ownerKey) },
        span: record.ownerEnd > record.ownerStart ? record.ownerSpan : versionSpan(entry),
        fingerprint: dmarcFingerprint(entry, 'wrong-name'),
      });
    }
  },
});
