import { defineRule } from '../../src/engine/rule.ts';
import { nameKey } from '../../src/zone/names.ts';
import { canonicalRdata, isIncludedElsewhere, soaRecords } from '../../src/engine/zone-checks.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'soa-count',
    description: 'A BIND zone file has no SOA record, more than one, or one away from the zone apex.',
    severity: 'error',
    options: { type: 'object', additionalProperties: false, properties: {} },
    messages: {
      missing:
        'This zone file for {{origin}} has no SOA record: name servers refuse to load a zone without one; start the zone with `@ IN SOA <primary-ns> <hostmaster> <serial> <refresh> <retry> <expire> <minimum>`.',
      extra: 'A second SOA record at {{owner}}: a zone has exactly one SOA, at its apex, and servers refuse to load it with two; delete this one.',
      notAtApex:
        'SOA record at {{owner}}, below the apex {{origin}}: an SOA marks the top of a zone, so a child zone belongs in its own file, delegated with NS records; delete this SOA or move it, with the records below it, to a zone file of its own.',
    },
  },
  check(context) {
    const { zone, zones } = context;
    if (zone.format !== 'bind' || isIncludedElsewhere(zone, zones)) return;
    const soas = soaRecords(zone);
    if (soas.length === 0) {
      // An empty file (or one the reader could not use) already has its own diagnostics.
      if (zone.records.length === 0) return;
      const first = zone.records[0];
      context.report({ messageId: 'missing', data: { origin: zone.origin }, span: first.ownerSpan.end > first.ownerSpan.start ? first.ownerSpan : first.typeSpan, fingerprint: `${nameKey(zone.origin)}|SOA|missing` });
      return;
    }
    const apex = nameKey(zone.origin);
    const first = soas.find((r) => nameKey(r.owner) === apex) ?? soas[0];
    const firstRdata = soas.length > 1 ? canonicalRdata(first) : undefined;
    for (const record of soas) {
      if (record === first) continue;
      const key = nameKey(record.owner);
      // A copy of the zone's SOA (dig's AXFR output ends with one) is one record to BIND, which loads
      // the zone; zone-duplicate-record judges the copy.
      if (key === apex && firstRdata !== undefined && canonicalRdata(record) === firstRdata) continue;
      context.report({
        messageId: key === apex ? 'extra' : 'notAtApex',
        data: { owner: record.owner, origin: zone.origin },
        span: record.typeSpan,
        related: [{ span: first.typeSpan, message: `the zone's SOA at ${first.owner}` }],
        fingerprint: `${key}|SOA|${key === apex ? 'extra' : 'not-at-apex'}`,
      });
    }
  },
});
