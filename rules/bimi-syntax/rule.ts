/**
 * bimi-syntax: what the BIMI grammar rejects in an assertion record at
 * `<selector>._bimi.<domain>`: `v=BIMI1` not first, duplicate or unknown tags, a logo (`l=`) or
 * evidence (`a=`) that is not one https URI, a missing `l=`.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { bimiEntries, problemReports } from '../../src/engine/dmarc.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'bimi-syntax',
    description: 'BIMI assertion records must follow the BIMI grammar.',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    messages: {
      problem: '{{message}}',
    },
  },
  check(context) {
    for (const entry of bimiEntries(context.zone)) {
      for (const report of problemReports(entry, 'bimi', entry.bimi.problems)) context.report(report);
    }
  },
});
