/**
 * zone-name-doubled: an owner that names the zone twice, `_dmarc.hack.af.hack.af.` in zone
 * `hack.af.`: the zone name was written in a relative owner (`_dmarc.hack.af` without a final
 * dot, or an octoDNS/YAML key that spells the whole name), and the origin was appended again.
 * The record then serves a name nobody asks for. Names in rdata are the missing-dot rules'.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { spanText } from '../../src/model/span.ts';
import { nameKey } from '../../src/zone/names.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'zone-name-doubled',
    description: 'An owner name holds the zone name twice (`_dmarc.example.com.example.com.`): the zone name was written in a relative owner.',
    severity: 'error',
    messages: {
      doubled:
        'Owner `{{written}}` names the zone `{{zone}}` twice: a name without a final dot gets the zone name appended, so this {{type}} record is at `{{owner}}`, where nobody looks for it; write `{{relative}}` (or `{{meant}}` with the final dot).',
    },
  },
  check(context) {
    const { zone } = context;
    const originKey = nameKey(zone.origin);
    if (originKey === '.') return;
    const twice = originKey.slice(0, -1) + '.' + originKey;
    const suffix = '.' + twice;
    const reported = new Set<string>();
    for (const record of zone.records) {
      // A blank owner repeats the one above: that record is the one to fix. An SOA away from the
      // apex is the reader's finding (syntax/soa-owner) and soa-count's.
      if (record.ownerEnd <= record.ownerStart || record.type === 'SOA') continue;
      const owner = record.owner;
      const key = nameKey(owner);
      // Once per owner: every record there has the same fix.
      if ((key !== twice && !key.endsWith(suffix)) || reported.has(key)) continue;
      reported.add(key);
      // The owner as meant: one copy of the origin fewer (case kept as written).
      const meant = owner.slice(0, owner.length - zone.origin.length);
      const relative = meant.length > zone.origin.length ? meant.slice(0, meant.length - zone.origin.length - 1) : '@';
      context.report({
        messageId: 'doubled',
        data: { written: spanText(record.ownerSpan), zone: zone.origin, type: record.type, owner, meant, relative },
        span: record.ownerSpan,
        fingerprint: `${key}|owner|doubled`,
      });
    }
  },
});
