/**
 * bimi-syntax: what the BIMI grammar rejects in an assertion record at
 * `<selector>._bimi.<domain>`: `v=BIMI1` not first, duplicate or unknown tags, a logo (`l=`) or
 * evidence (`a=`) that is not one https URI, a missing `l=`.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { bimiEntries, textSpan } from '../../src/engine/dmarc.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'bimi-syntax',
    description: 'BIMI assertion records must follow the BIMI grammar.',
    severity: 'error',
    messages: {
      problem: '{{message}}',
    },
  },
  check(context) {
    for (const entry of bimiEntries(context.zone)) {
      for (const problem of entry.bimi.problems) {
        context.report({
          messageId: 'problem',
          data: { message: problem.message },
          span: textSpan(entry, problem),
          fingerprint: [entry.ownerKey, 'TXT', 'bimi', problem.code, entry.bimi.text.slice(problem.start, problem.end)].join('|'),
        });
      }
    }
  },
});
