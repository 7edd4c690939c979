/**
 * dkim-syntax: a DKIM key record (`<selector>._domainkey.<domain>` TXT) that RFC 6376 §3.6.1
 * does not accept: v= not first or not DKIM1, no p=, p= that is not base64, malformed or
 * duplicate tags, an unknown k=. Tags verifiers ignore (unknown names) are warnings.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { dkimKeys, reportProblems } from '../../src/engine/mail-records.ts';
import { splitKeys } from '../dkim-split-key/pieces.ts';

/** Findings of dkim-key-type-mismatch: p= that decodes but does not hold the key k= names. */
const ELSEWHERE = new Set(['key-type-mismatch', 'invalid-public-key']);
const elsewhere = (code: string): boolean => ELSEWHERE.has(code);
/** Verifiers ignore unknown tags (RFC 6376 §3.6.1), so the record still works. */
const LOWERED = new Map([['unknown-tag', 'warning' as const]]);

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dkim-syntax',
    description: 'DKIM key records must follow the tag=value grammar of RFC 6376 §3.6.1, with v=DKIM1 first and a base64 p=.',
    severity: 'error',
    messages: {
      problem: '{{message}}',
    },
  },
  check(context) {
    // A piece of a key split over several records is dkim-split-key's finding, not a key missing its p=.
    const split = splitKeys(context.zone);
    for (const key of dkimKeys(context.zone)) {
      // The problems and their messages come from a second parse, made only for a key that has some to report.
      if (split.has(key.ownerKey) || key.summary.codes.every(elsewhere)) continue;
      reportProblems(context, key, key.details().problems, 'dkim', ELSEWHERE, LOWERED);
    }
  },
});
