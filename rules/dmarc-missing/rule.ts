/**
 * dmarc-missing: a domain that receives mail (an MX other than a null MX) or sends it (an SPF
 * record that authorises senders) with no DMARC policy: none at `_dmarc.<domain>` and none at
 * a parent up to its organizational domain (RFC 9989 policy discovery). Names whose discovery
 * leaves the run (a parent zone that is not linted, a delegation, an alias) are not judged.
 * One record at the organizational domain fixes every such name below it, so the finding is
 * reported once per organizational domain, in its zone, with the other names as related locations.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { coveredInZone, discoverPolicy } from '../../src/engine/dmarc.ts';
import { mailNameRole } from '../../src/engine/mail-records.ts';
import { authorisingSpf } from '../../src/engine/spf.ts';
import { namePattern, ownerOrTypeSpan } from '../../src/engine/mx.ts';
import { authoritativeZone, resolveName } from '../../src/engine/resolver.ts';
import { rdataOf } from '../../src/engine/records.ts';
import { runFact } from '../../src/engine/facts.ts';
import type { ZoneRecord } from '../../src/model/record.ts';
import type { Zone } from '../../src/model/zone.ts';
import type { ZoneSet } from '../../src/model/zoneset.ts';
import { isPrivateNamespace, nameKey } from '../../src/zone/names.ts';

interface Options {
  ignore: string[];
}

/** An MX record of `records` with a real exchanger (not the RFC 7505 null MX `.`). */
function receivingMx(records: readonly ZoneRecord[]): ZoneRecord | undefined {
  return records.find((r) => {
    const mx = r.type === 'MX' ? rdataOf(r, 'MX') : undefined;
    return mx !== undefined && nameKey(mx.exchange) !== '.';
  });
}

export default defineRule<Options>({
  meta: {
    id: 'dmarc-missing',
    description: 'Domains that receive or send mail should publish a DMARC policy.',
    severity: 'warning',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ignore: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: [],
          description:
            'Name patterns to leave alone (`*` is any characters within a label, `?` one character, `**` any labels; the final dot is optional), e.g. `lists.example.com.` when a mailing-list host is covered elsewhere.',
        },
      },
    },
    messages: {
      receives:
        '`{{name}}` receives mail (MX) but has no DMARC policy, neither at `_dmarc.{{name}}` nor at its organizational domain `{{org}}`, so receivers cannot tell mail forged in its name from the real thing; add `_dmarc.{{org}} TXT "v=DMARC1; p=none; rua=mailto:…"` and move to `p=reject` once the reports are clean.{{more}}',
      sends:
        '`{{name}}` sends mail (its SPF record authorises senders) but has no DMARC policy, neither at `_dmarc.{{name}}` nor at its organizational domain `{{org}}`, so receivers cannot tell mail forged in its name from the real thing; add `_dmarc.{{org}} TXT "v=DMARC1; p=none; rua=mailto:…"` and move to `p=reject` once the reports are clean.{{more}}',
    },
  },
  check(context) {
    const { zone, zones, options } = context;
    const ignore = options.ignore.map(namePattern);
    // One finding per organizational domain, in the zone where its `_dmarc` record belongs.
    for (const group of missingByHome(zones).get(zone)?.values() ?? []) {
      const names = group.names.filter((n) => !ignore.some((matches) => matches(n.evidence.owner)));
      // `_dmarc.<org>` written with the zone name twice: zone-name-doubled reports the fix there.
      if (names.length === 0 || zones.recordsAt(zone, `_dmarc.${group.org}${zone.origin}`).some((r) => r.type === 'TXT')) continue;
      // The organizational domain's own MX or SPF first: that is where the fix is read from.
      const primary = names.find((n) => n.key === group.org) ?? names[0];
      const others = names.filter((n) => n !== primary);
      const org = group.org === primary.key ? primary.evidence.owner : group.org;
      context.report({
        messageId: primary.receives ? 'receives' : 'sends',
        data: {
          name: primary.evidence.owner,
          org,
          more: others.length === 0 ? '' : ` This one record also covers ${others.length} more name${others.length === 1 ? '' : 's'} of \`${org}\` that ${others.length === 1 ? 'uses' : 'use'} mail (see the related locations).`,
        },
        span: ownerOrTypeSpan(primary.evidence),
        related: others.map((n) => ({
          span: ownerOrTypeSpan(n.evidence),
          message: `\`${n.evidence.owner}\` ${n.receives ? 'receives mail (MX)' : 'sends mail (SPF)'} and has no DMARC policy either`,
        })),
        fingerprint: `${group.org}|TXT|dmarc|missing`,
      });
    }
  },
});

interface Group {
  /** Name key of the organizational domain. */
  org: string;
  names: MailName[];
}

interface MailName {
  key: string;
  /** The MX (receives) or the authorising SPF record (sends) that shows the name uses mail. */
  evidence: ZoneRecord;
  receives: boolean;
}

// Per run (small): the names that use mail without a DMARC policy, by the zone that would hold
// `_dmarc.<org>` (each view of a split-horizon pair its own), then by organizational domain.
const missingByHome = runFact('dmarc missing by home zone', (zones: ZoneSet): Map<Zone, Map<string, Group>> => {
  const groups = new Map<Zone, Map<string, Group>>();
  for (const zone of zones.zones) {
    // No receiver on the Internet can look up a policy there (a private namespace, a view only
    // private clients see), nor the domain itself.
    if (zone.internalView || isPrivateNamespace(nameKey(zone.origin))) continue;
    const index = zones.index(zone);
    index.forEach((key, owner) => {
      // The root and top-level names are public suffixes: their DMARC is a PSD's business.
      if (mailNameRole(key) !== 'domain' || key.indexOf('.') === key.length - 1) return;
      if (!index.some(owner, (r) => r.type === 'MX' || r.type === 'TXT') || coveredInZone(zone, key)) return;
      const records = index.recordsOf(owner);
      const mx = receivingMx(records);
      const evidence = mx ?? authorisingSpf(records)?.record;
      if (!evidence) return;
      // Data at or below a delegation is glue or stale: the child zone answers for the name.
      const at = resolveName(zones, evidence.owner, zone);
      if (at.kind !== 'found' || at.zone !== zone) return;
      const discovery = discoverPolicy(zones, key, zone);
      if (discovery.kind !== 'missing') return;
      const home = authoritativeZone(zones, discovery.org, zone);
      if (!home) return;
      let byOrg = groups.get(home);
      if (!byOrg) groups.set(home, (byOrg = new Map()));
      let group = byOrg.get(discovery.org);
      if (!group) byOrg.set(discovery.org, (group = { org: discovery.org, names: [] }));
      group.names.push({ key, evidence, receives: mx !== undefined });
    });
  }
  return groups;
});
