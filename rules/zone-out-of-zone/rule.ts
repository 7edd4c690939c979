import { defineRule } from '../../src/engine/rule.ts';
import { nameKey, nameLabels } from '../../src/zone/names.ts';
import { isIncludedElsewhere, shortHash } from '../../src/engine/zone-checks.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'zone-out-of-zone',
    description: 'A record whose owner is not at or below the zone apex (BIND: "ignoring out-of-zone data").',
    severity: 'error',
    options: { type: 'object', additionalProperties: false, properties: {} },
    messages: {
      outside:
        "Owner '{{owner}}' is outside zone {{origin}}, so name servers ignore this {{type}} record (BIND: \"ignoring out-of-zone data\"); did you mean {{suggestion}}, or does the record belong in the zone file of its own domain?",
    },
  },
  check(context) {
    const { zone, zones } = context;
    const origin = zone.origin;
    const apex = nameKey(origin);
    // A fragment read on its own has a guessed origin; its records are judged in the including zone.
    if (apex === '.' || isIncludedElsewhere(zone, zones)) return;
    const below = '.' + apex;
    const index = zones.index(zone);
    index.forEach((key, owner) => {
      if (key === apex || key.endsWith(below)) return;
      const records = index.recordsOf(owner);
      const suggestion = suggest(records[0].owner, origin);
      for (const record of records) {
        const written = record.ownerSpan.end > record.ownerSpan.start;
        context.report({
          messageId: 'outside',
          data: { owner: record.owner, origin, type: record.type, suggestion },
          span: written ? record.ownerSpan : record.typeSpan,
          fingerprint: `${key}|${record.type}|owner|${shortHash(record.rdataText)}`,
        });
      }
    });
  },
});

/** The owner's leading labels on the zone's apex: `www.exmaple.com.` in `example.com.` → `www.example.com.` */
function suggest(owner: string, origin: string): string {
  const keep = nameLabels(owner).length - nameLabels(origin).length;
  if (keep <= 0) return origin;
  // Labels as written (escapes kept): cut at unescaped dots.
  const written = owner.slice(0, -1).split(/(?<!\\)\./);
  return `${written.slice(0, keep).join('.')}.${origin}`;
}
