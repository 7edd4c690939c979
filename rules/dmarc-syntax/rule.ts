/**
 * dmarc-syntax: what the DMARC grammar rejects, at its span: `v=DMARC1` not first, empty or
 * duplicate tags, unknown tags, bad values. Report URIs that are not `mailto:` are
 * dmarc-report-uri's finding, not this rule's.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { dmarcEntries, problemReports } from '../../src/engine/dmarc.ts';
import type { DmarcRecord } from '../../src/mail/dmarc.ts';
import type { MailProblem } from '../../src/mail/common.ts';

const OTHER_RULE_SCHEMES = new Set(['mailto', 'http', 'https']);

/** Problems inside a report URI that has no scheme or an unknown one: dmarc-report-uri explains those. */
function reportedElsewhere(dmarc: DmarcRecord, problem: MailProblem): boolean {
  for (const uri of [...(dmarc.rua ?? []), ...(dmarc.ruf ?? [])]) {
    if (problem.start < uri.uri.start || problem.end > uri.uri.end) continue;
    return uri.scheme === undefined || !OTHER_RULE_SCHEMES.has(uri.scheme);
  }
  return false;
}

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dmarc-syntax',
    description: 'DMARC records must follow the RFC 9989 grammar.',
    severity: 'error',
    messages: {
      problem: '{{message}}',
    },
  },
  check(context) {
    for (const entry of dmarcEntries(context.zone)) {
      // A record where no receiver looks is dmarc-wrong-name's finding; its details do not matter yet.
      if (entry.place === 'elsewhere') continue;
      const problems = entry.dmarc.problems.filter((problem) => !reportedElsewhere(entry.dmarc, problem));
      for (const report of problemReports(entry, 'dmarc', problems)) context.report(report);
    }
  },
});
