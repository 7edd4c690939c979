/**
 * The rules of the online checks (the `live-` family): their default severity, what they find
 * and where their pages are. They run only with `--online`, outside the offline rule walk, so
 * they are listed here rather than under rules/.
 */
import type { Diagnostic, Severity } from '../model/diagnostic.ts';
import type { Span } from '../model/span.ts';
import type { Zone } from '../model/zone.ts';

export const LIVE_RULES = {
  'live-drift': { severity: 'error', description: 'The name servers serve a mail record other than the repository says (missing, extra or different).' },
  'live-soa-serial': { severity: 'warning', description: "The SOA serial served differs from the repository's." },
  'live-servers-disagree': { severity: 'error', description: 'The name servers of a zone give different answers for the same mail record.' },
  'live-dns-failure': { severity: 'warning', description: 'A name server or resolver timed out, refused, answered SERVFAIL or could not be reached.' },
  'live-spf': { severity: 'error', description: 'SPF evaluated over real DNS fails: too many lookups, too many void lookups, a broken include.' },
  'live-mx-address': { severity: 'error', description: 'An exchanger outside the repository does not resolve to a public address.' },
  'live-mta-sts': { severity: 'error', description: 'The MTA-STS policy cannot be fetched over HTTPS or does not cover the exchangers.' },
  'live-dmarc-report-auth': { severity: 'warning', description: 'A DMARC report destination outside the repository has not authorized the reports (no _report._dmarc record).' },
  'live-dane-unsigned': { severity: 'warning', description: 'TLSA records for SMTP in a zone without a DS record at its parent, which senders ignore.' },
} as const satisfies Record<string, { severity: Severity; description: string }>;

export type LiveRuleId = keyof typeof LIVE_RULES;

/** A live- finding; `message` is one sentence, given without its full stop (a name may already end with a dot). */
export function finding(ruleId: LiveRuleId, span: Span, message: string, fingerprint: string, severity: Severity = LIVE_RULES[ruleId].severity): Diagnostic {
  return { ruleId, severity, message: message.endsWith('.') ? message : message + '.', span, fingerprint: `${ruleId}|${fingerprint}` };
}

/** Where a finding about the zone as a whole stands: its SOA record, else its first record, else the file's start. */
export function zoneAnchor(zone: Zone): Span {
  const record = zone.records.find((r) => r.type === 'SOA') ?? zone.records[0];
  return record ? record.span : { source: zone.source, start: 0, end: 0 };
}
