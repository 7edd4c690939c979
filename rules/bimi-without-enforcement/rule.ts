/**
 * bimi-without-enforcement: a BIMI assertion record for a domain whose DMARC policy is not at
 * enforcement. Mailbox providers show a BIMI logo only for mail that passes DMARC under a policy
 * of quarantine or reject applied to all mail, so the record does nothing.
 */
import { defineRule } from '../../src/engine/rule.ts';
import type { RelatedSpan } from '../../src/model/diagnostic.ts';
import { type DmarcEntry, bimiEntries, discoverPolicy, versionSpan } from '../../src/engine/dmarc.ts';
import { textSpan } from '../../src/engine/records.ts';
import type { TextSpan } from '../../src/mail/common.ts';

interface Verdict {
  messageId: 'notEnforced' | 'noPolicy' | 'partial' | 'testing';
  tag?: TextSpan;
  text: string;
}

/** Why the DMARC record that applies to a domain (itself, or a parent for a subdomain) is not at enforcement. */
function judge(entry: DmarcEntry, self: boolean): Verdict | undefined {
  const { dmarc } = entry;
  const policy = !self && dmarc.sp ? dmarc.sp : dmarc.p;
  const pTag = dmarc.tags.find((t) => !t.duplicate && t.key === (!self && dmarc.sp ? 'sp' : 'p'));
  if (!policy || !pTag) {
    // An invalid p= is dmarc-syntax's finding; a missing one reads as none.
    return dmarc.tags.some((t) => t.key === 'p') ? undefined : { messageId: 'noPolicy', text: '' };
  }
  const tagText = (t: TextSpan): string => dmarc.text.slice(t.start, t.end);
  if (policy.value === 'none') return { messageId: 'notEnforced', tag: pTag, text: tagText(pTag) };
  const pct = dmarc.tags.find((t) => !t.duplicate && t.key === 'pct');
  if (pct && dmarc.pct && dmarc.pct.value < 100) return { messageId: 'partial', tag: pct, text: tagText(pct) };
  const t = dmarc.tags.find((tag) => !tag.duplicate && tag.key === 't');
  if (t && dmarc.t?.value === 'y') return { messageId: 'testing', tag: t, text: tagText(t) };
  return undefined;
}

export default defineRule<Record<string, never>>({
  meta: {
    id: 'bimi-without-enforcement',
    description: 'A BIMI record needs the domain’s DMARC policy at enforcement (`p=quarantine` or `p=reject`, applied to all mail).',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    messages: {
      noDmarc:
        'The BIMI record of `{{domain}}` has no effect: the domain has no DMARC policy, and mailbox providers show a BIMI logo only under DMARC at enforcement; publish `_dmarc.{{org}} TXT "v=DMARC1; p=quarantine"` (or `p=reject`).',
      noPolicy:
        'The BIMI record of `{{domain}}` has no effect: the DMARC record at `{{dmarcOwner}}` has no `p=`, which counts as `p=none`, and BIMI requires DMARC at enforcement; write `p=quarantine` or `p=reject`.',
      notEnforced:
        'The BIMI record of `{{domain}}` has no effect: `{{tag}}` at `{{dmarcOwner}}` is not at enforcement, and BIMI requires DMARC at `quarantine` or `reject`; write `{{key}}=quarantine` or `{{key}}=reject`.',
      partial:
        'The BIMI record of `{{domain}}` has no effect: `{{tag}}` at `{{dmarcOwner}}` applies the policy to only part of the mail, and BIMI requires it for all of it; remove `{{tag}}`.',
      testing:
        'The BIMI record of `{{domain}}` has no effect: `{{tag}}` at `{{dmarcOwner}}` puts DMARC in testing mode, and BIMI requires it at full enforcement; remove `{{tag}}`.',
    },
  },
  check(context) {
    const { zone, zones } = context;
    for (const entry of bimiEntries(zone)) {
      // A declination (`l=` empty) asks for no logo; a broken record is bimi-syntax's.
      if (!entry.valid || !entry.bimi.version || !entry.bimi.location || entry.bimi.location.declined) continue;
      const discovery = discoverPolicy(zones, entry.domainKey, zone);
      const fingerprint = [entry.ownerKey, 'TXT', 'bimi', 'enforcement'].join('|');
      if (discovery.kind === 'unknown') continue;
      if (discovery.kind === 'missing') {
        context.report({ messageId: 'noDmarc', data: { domain: entry.domain, org: discovery.org }, span: versionSpan(entry), fingerprint });
        continue;
      }
      // Several records apply none: dmarc-multiple-records says so.
      if (discovery.entries.length !== 1) continue;
      const dmarc = discovery.entries[0];
      const verdict = judge(dmarc, discovery.self);
      if (!verdict) continue;
      const related: RelatedSpan[] = [
        { span: verdict.tag ? textSpan(dmarc, verdict.tag) : versionSpan(dmarc), message: `the DMARC policy of \`${entry.domain}\` is here` },
      ];
      context.report({
        messageId: verdict.messageId,
        data: { domain: entry.domain, dmarcOwner: dmarc.record.owner, tag: verdict.text, key: verdict.text.split('=')[0].trim() },
        span: versionSpan(entry),
        related,
        fingerprint,
      });
    }
  },
});
