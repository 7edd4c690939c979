import { defineRule } from '../../src/engine/rule.ts';
import { rdataOf } from '../../src/engine/records.ts';
import { byRoutingSet, type ZoneRecord } from '../../src/model/record.ts';
import { nameKey } from '../../src/zone/names.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'zone-multiple-cname',
    description: 'A name has more than one CNAME record (RFC 2181 §10.1), or more than one DNAME record (RFC 6672 §2.4).',
    severity: 'error',
    options: { type: 'object', additionalProperties: false, properties: {} },
    messages: {
      multiple:
        "{{owner}} already is a CNAME to {{first}}, so this second CNAME to '{{target}}' makes servers reject the zone or answer with either alias at random (RFC 2181 §10.1); keep one CNAME and delete the other.",
      multipleDname:
        "{{owner}} already has a DNAME to {{first}}, so this second DNAME to '{{target}}' makes BIND refuse the zone (\"multiple RRs of singleton type\"; RFC 6672 §2.4 allows one DNAME per name); keep one DNAME and delete the other.",
    },
  },
  check(context) {
    const index = context.zones.index(context.zone);
    index.forEach((key, owner) => {
      // Most owners hold no CNAME or DNAME, or one: records are listed only for an owner of two.
      let cnames = 0;
      let dnames = 0;
      for (let i = 0, count = index.count(owner); i < count; i++) {
        const type = index.record(owner, i).type;
        if (type === 'CNAME') cnames++;
        else if (type === 'DNAME') dnames++;
      }
      if (cnames > 1) reportRepeats(key, owner, 'CNAME');
      if (dnames > 1) reportRepeats(key, owner, 'DNAME');
    });

    function reportRepeats(key: string, owner: number, type: 'CNAME' | 'DNAME'): void {
      // A provider's routing policy serves one of its record sets (a CNAME per region): alternatives.
      for (const records of byRoutingSet(index.recordsOf(owner).filter((r) => r.type === type), (r) => r)) if (records.length > 1) reportSet(key, records, type);
    }

    function reportSet(key: string, records: ZoneRecord[], type: 'CNAME' | 'DNAME'): void {
      const first = records[0];
      const firstTarget = rdataOf(first, type)?.target;
      if (firstTarget === undefined) return;
      const seen = new Set([nameKey(firstTarget)]);
      for (const record of records.slice(1)) {
        const target = rdataOf(record, type)?.target;
        // An exact repeat of a target is zone-duplicate-record's finding, not a second alias.
        if (target === undefined || seen.has(nameKey(target))) continue;
        seen.add(nameKey(target));
        const field = record.fields[0];
        context.report({
          messageId: type === 'CNAME' ? 'multiple' : 'multipleDname',
          data: { owner: record.owner, first: firstTarget, target: field.text },
          span: field.span,
          related: [{ span: first.fields[0].span, message: `the first ${type} of ${first.owner}` }],
          fingerprint: `${key}|${type}|target|${nameKey(target)}`,
        });
      }
    }
  },
});
