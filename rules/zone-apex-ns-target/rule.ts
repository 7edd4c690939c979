/**
 * zone-apex-ns-target: an NS record at the zone's apex names a host of the zone that has no
 * address, or that is an alias. BIND refuses to load such a zone, so none of it is served.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { forgottenDotGuess } from '../../src/engine/mx.ts';
import { nameField, recordsOfType } from '../../src/engine/records.ts';
import { resolveInZone } from '../../src/engine/resolver.ts';
import { apexSoa } from '../../src/engine/zone-checks.ts';
import { isAtOrBelow, nameKey } from '../../src/zone/names.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'zone-apex-ns-target',
    description: 'The name servers a zone names at its apex, when they are hosts of the zone, must have an A or AAAA record and must not be aliases.',
    severity: 'error',
    options: { type: 'object', additionalProperties: false, properties: {} },
    messages: {
      missing:
        'Name server `{{target}}` does not exist in zone {{origin}}: BIND refuses to load the zone ("NS \'{{target}}\' has no address records"), so the domain and its mail go dark; add an A or AAAA record for it, or name a server that has one.',
      noAddress:
        'Name server `{{target}}` has no A or AAAA record in zone {{origin}}: BIND refuses to load the zone ("NS \'{{target}}\' has no address records"), so the domain and its mail go dark; add an address record for it, or name a server that has one.',
      belowDname:
        'Name server `{{target}}` lies below the DNAME of `{{dname}}`, which rewrites every name under it, so it has no records of its own: BIND refuses to load the zone ("NS \'{{target}}\' is below a DNAME \'{{dnameShown}}\' (illegal)"), so the domain and its mail go dark; name a server outside the DNAME\'s subtree.',
      alias:
        'Name server `{{target}}` is an alias (CNAME): an NS record must name a host (RFC 2181 §10.3), and BIND refuses to load the zone ("NS \'{{target}}\' is a CNAME (illegal)"), so the domain and its mail go dark; name the host the alias points to.',
    },
  },
  check(context) {
    const { zone, zones } = context;
    // A zone BIND loads: a BIND file with its SOA (a fragment's servers may be in the file that includes it).
    if (zone.format !== 'bind' || !apexSoa(zone, zones)) return;
    const originKey = nameKey(zone.origin);
    for (const record of recordsOfType(zone, 'NS')) {
      if (nameKey(record.owner) !== originKey) continue;
      const target = nameField(record, 0);
      // Hosts outside the zone are another zone's business: BIND loads the zone without them.
      if (!target || !isAtOrBelow(target, zone.origin)) continue;
      // A name written without its final dot is zone-target-missing-dot's finding, where the fix goes.
      const written = record.fieldText(0);
      if (written !== undefined && forgottenDotGuess(zones, zone, written, record.origin, target)) continue;
      // As BIND checks it when it loads the zone: in the zone alone.
      const at = resolveInZone(zones, zone, nameKey(target));
      // Below a delegation of the zone (glue, the child's business): BIND loads the zone.
      if (at.kind === 'outside' || at.kind === 'delegated') continue;
      const messageId =
        at.kind === 'missing' ? 'missing' : at.kind === 'dname' ? 'belowDname' : at.cname ? 'alias' : at.addresses.length === 0 ? 'noAddress' : undefined;
      if (!messageId) continue;
      const cause = at.kind === 'dname' ? at.dname : at.kind === 'found' ? at.cname : undefined;
      context.report({
        messageId,
        data: { target: target.replace(/\.$/, ''), origin: zone.origin, dname: at.kind === 'dname' ? at.dname.owner : '', dnameShown: at.kind === 'dname' ? at.dname.owner.replace(/\.$/, '') : '' },
        span: record.fields[0].span,
        related: cause ? [{ span: cause.typeSpan, message: `\`${cause.owner}\` is ${cause.type === 'DNAME' ? 'a DNAME' : 'an alias (CNAME)'} here` }] : undefined,
        fingerprint: `${originKey}|NS|${nameKey(target)}|${messageId}`,
      });
    }
  },
});
