/**
 * zone-apex-ds: a DS record at the zone's apex. DS records are the parent's (RFC 4034 §5): one at a
 * zone's own apex is the key's digest pasted into the wrong zone, and BIND refuses the zone.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { recordsOfType } from '../../src/engine/records.ts';
import { nameKey } from '../../src/zone/names.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'zone-apex-ds',
    description: 'A zone holds no DS record at its apex: DS records belong in the parent zone.',
    severity: 'error',
    options: { type: 'object', additionalProperties: false, properties: {} },
    messages: {
      apex:
        'This DS record stands at the apex of zone {{origin}}, but a DS record is published by the parent zone, where it vouches for this zone\'s key (RFC 4034 §5): BIND refuses to load the zone ("DS record at top of zone"), so the domain and its mail go dark; remove it here and give it to the parent zone (the registrar, for a top-level domain\'s child).',
    },
  },
  check(context) {
    const { zone } = context;
    const originKey = nameKey(zone.origin);
    for (const record of recordsOfType(zone, 'DS')) {
      if (nameKey(record.owner) !== originKey) continue;
      context.report({
        messageId: 'apex',
        data: { origin: zone.origin },
        span: record.typeSpan,
        fingerprint: `${originKey}|DS|apex|${record.fieldText(0) ?? ''}`,
      });
    }
  },
});
