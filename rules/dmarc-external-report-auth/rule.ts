/**
 * dmarc-external-report-auth: a report destination outside the policy domain's organizational
 * domain that has not consented to receive its reports: receivers look for a `v=DMARC1` TXT
 * record at `<domain>._report._dmarc.<destination>` and send nothing when there is none. Judged
 * only when a zone of the run holds the destination.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { dmarcEntry, dmarcFingerprint, externalDestinations, policyRecords } from '../../src/engine/dmarc.ts';
import { textSpan } from '../../src/engine/records.ts';
import { resolveName } from '../../src/engine/resolver.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'dmarc-external-report-auth',
    description: 'External DMARC report destinations must publish a `_report._dmarc` authorization record.',
    severity: 'error',
    messages: {
      missing:
        '`{{uri}}` sends the DMARC reports of `{{domain}}` outside its organization, but zone `{{zone}}` has no `v=DMARC1` TXT record at `{{name}}` to accept them, so receivers drop those reports (RFC 9989 external destination verification); add `{{name}} TXT "v=DMARC1"` to zone `{{zone}}`.',
    },
  },
  check(context) {
    const { zone, zones } = context;
    for (const entry of policyRecords(zone)) {
      // Made for a record with a destination to report, not for each record.
      let seen: Set<string> | undefined;
      for (const { tag, uri, destination, name } of externalDestinations(entry)) {
        const at = resolveName(zones, name);
        // Outside the run, delegated, or an alias: the run cannot tell.
        if (at.kind !== 'found' && at.kind !== 'missing') continue;
        if (at.kind === 'found' && (at.cname || at.records.some((r) => dmarcEntry(r)?.valid))) continue;
        const key = `${tag}|${destination}`;
        seen ??= new Set();
        if (seen.has(key)) continue;
        seen.add(key);
        context.report({
          messageId: 'missing',
          data: { uri: `${tag}=${uri.uri.text}`, domain: entry.domain, zone: at.zone.origin, name },
          span: textSpan(entry, uri.uri),
          fingerprint: dmarcFingerprint(entry, tag, 'external', destination),
        });
      }
    }
  },
});
