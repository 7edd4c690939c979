import { defineRule } from '../../src/engine/rule.ts';
import { nameKey } from '../../src/zone/names.ts';
import { apexSoa } from '../../src/engine/zone-checks.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'zone-apex-ns-missing',
    description: 'A BIND zone with an SOA has no NS records at its apex.',
    severity: 'error',
    options: { type: 'object', additionalProperties: false, properties: {} },
    messages: {
      missing:
        'Zone {{origin}} has an SOA but no NS records at its apex: name servers refuse to load a zone without them (RFC 1035 §5.2), so the domain and its mail go dark; add `@ IN NS <name server>` for each server that serves the zone.',
    },
  },
  check(context) {
    const { zone, zones } = context;
    if (zone.format !== 'bind') return;
    const found = apexSoa(zone, zones);
    if (!found) return;
    if (zones.recordsAt(zone, zone.origin).some((r) => r.type === 'NS')) return;
    context.report({
      messageId: 'missing',
      data: { origin: zone.origin },
      span: found.record.typeSpan,
      fingerprint: `${nameKey(zone.origin)}|NS|missing`,
    });
  },
});
