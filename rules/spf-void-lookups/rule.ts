/**
 * spf-void-lookups: evaluating an SPF record reaches more than two lookups that return nothing
 * (names of the run that do not exist or have no records of the queried type), after which
 * RFC 7208 §4.6.4 lets receivers return permerror.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { type VoidHit, analyze, partsOf, spanOf, spfFingerprint, spfRecords, textOf, voidsOf, voidsOfPart } from '../../src/engine/spf.ts';

/** RFC 7208 §4.6.4: implementations SHOULD stop after two void lookups. */
const LIMIT = 2;

export default defineRule<Record<string, never>>({
  meta: {
    id: 'spf-void-lookups',
    description: 'Evaluating an SPF record makes more than two void lookups (names that do not exist or have no records), a permerror.',
    severity: 'warning',
    messages: {
      voids:
        'Evaluating the SPF record of `{{owner}}` makes {{count}} void lookups {{clients}} ({{names}}), and RFC 7208 §4.6.4 lets receivers return permerror after 2; remove the mechanisms whose names no longer exist or add the missing records.',
    },
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      const analysis = analyze(context.zones, context.zone, entry);
      // Each lookup is void at most once per client family: two or fewer cannot pass the limit.
      if (analysis.voidable <= LIMIT) continue;
      const voids = voidsOf(context.zones, context.zone, analysis);
      const v4 = voids.voids4.length;
      const v6 = voids.voids6.length;
      if (v4 <= LIMIT && v6 <= LIMIT) continue;
      const family: 4 | 6 = v4 >= v6 ? 4 : 6;
      const hits = family === 4 ? voids.voids4 : voids.voids6;
      const both = v4 > LIMIT && v6 > LIMIT;
      const clients = both && v4 === v6 ? 'for every client' : `for ${family === 4 ? 'IPv4' : 'IPv6'} clients`;
      // The term of this record through which the third void lookup is reached.
      let seen = 0;
      const parts = partsOf(context.zones, context.zone, analysis);
      const part =
        parts.find((p) => {
          const through = voidsOfPart(context.zones, context.zone, analysis, p);
          return (seen += (family === 4 ? through.voids4 : through.voids6).length) > LIMIT;
        }) ?? parts[0];
      context.report({
        messageId: 'voids',
        data: { owner: entry.record.owner, count: hits.length, clients, names: hits.map(describe).join(', ') },
        span: spanOf(entry, part.term),
        related: hits.map((hit, i) => ({ span: spanOf(hit.entry, hit.term), message: `void lookup ${i + 1}: ${describe(hit)}` })),
        fingerprint: spfFingerprint(entry, 'void-lookups'),
      });
    }
  },
});

function describe(hit: VoidHit): string {
  const term = textOf(hit.entry, hit.term);
  return hit.why === 'nxdomain' ? `\`${term}\`: \`${hit.name}\` does not exist` : `\`${term}\`: \`${hit.name}\` has no ${hit.type} record`;
}
