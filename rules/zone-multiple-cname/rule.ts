import { defineRule } from '../../src/engine/rule.ts';
import { rdataOf } from '../../src/engine/records.ts';
import { nameKey } from '../../src/zone/names.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'zone-multiple-cname',
    description: 'A name has more than one CNAME record (RFC 2181 §10.1).',
    severity: 'error',
    options: { type: 'object', additionalProperties: false, properties: {} },
    messages: {
      multiple:
        "{{owner}} already is a CNAME to {{first}}, so this second CNAME to '{{target}}' makes servers reject the zone or answer with either alias at random (RFC 2181 §10.1); keep one CNAME and delete the other.",
    },
  },
  check(context) {
    const index = context.zones.index(context.zone);
    index.forEach((key, owner) => {
      // Most owners hold no CNAME or one: records are listed only for an owner of two.
      let cnames = 0;
      for (let i = 0, count = index.count(owner); i < count && cnames < 2; i++) if (index.record(owner, i).type === 'CNAME') cnames++;
      if (cnames < 2) return;
      const records = index.recordsOf(owner).filter((r) => r.type === 'CNAME');
      const first = records[0];
      const firstTarget = rdataOf(first, 'CNAME')?.target;
      if (firstTarget === undefined) return;
      const seen = new Set([nameKey(firstTarget)]);
      for (const record of records.slice(1)) {
        const target = rdataOf(record, 'CNAME')?.target;
        // An exact repeat of a target is zone-duplicate-record's finding, not a second alias.
        if (target === undefined || seen.has(nameKey(target))) continue;
        seen.add(nameKey(target));
        const field = record.fields[0];
        context.report({
          messageId: 'multiple',
          data: { owner: record.owner, first: firstTarget, target: field.text },
          span: field.span,
          related: [{ span: first.fields[0].span, message: `the first CNAME of ${first.owner}` }],
          fingerprint: `${key}|CNAME|target|${nameKey(target)}`,
        });
      }
    });
  },
});
