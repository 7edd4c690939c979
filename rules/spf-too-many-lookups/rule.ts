/**
 * spf-too-many-lookups: evaluating an SPF record needs more than the 10 DNS-querying terms
 * RFC 7208 §4.6.4 allows (include, a, mx, ptr, exists, redirect), counted through the
 * includes and redirects whose targets are in the run.
 */
import type { RelatedSpan } from '../../src/model/diagnostic.ts';
import { defineRule } from '../../src/engine/rule.ts';
import { type LookupPart, analyze, partsOf, recordTextSpan, spfFingerprint, spfRecords, textOf } from '../../src/engine/spf.ts';

interface Options {
  warnAt: number;
}

/** RFC 7208 §4.6.4: the eleventh DNS-querying term is a permerror. */
const LIMIT = 10;

export default defineRule<Options>({
  meta: {
    id: 'spf-too-many-lookups',
    description: 'Evaluating an SPF record takes more than 10 DNS lookups (include, a, mx, ptr, exists, redirect), a permerror.',
    severity: 'error',
    options: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      additionalProperties: false,
      properties: {
        warnAt: {
          type: 'integer',
          minimum: 1,
          maximum: LIMIT,
          default: 9,
          description: 'Warn when a record needs this many lookups or more (and at most 10): it is one new include away from the limit.',
        },
      },
    },
    messages: {
      over:
        'Evaluating the SPF record of `{{owner}}` takes {{count}} DNS lookups ({{chain}}), but RFC 7208 §4.6.4 allows 10 and receivers return permerror beyond that; replace includes with the `ip4:`/`ip6:` networks they stand for, or drop the ones you no longer use.',
      near:
        'Evaluating the SPF record of `{{owner}}` takes {{count}} DNS lookups ({{chain}}), close to the limit of 10 of RFC 7208 §4.6.4 past which receivers return permerror; replace includes with `ip4:`/`ip6:` networks before adding another one.',
    },
  },
  check(context) {
    const warnAt = context.options.warnAt;
    for (const entry of spfRecords(context.zone)) {
      const analysis = analyze(context.zones, context.zone, entry);
      if (analysis.lookups < warnAt) continue;
      const count = analysis.atLeast ? `at least ${analysis.lookups}` : String(analysis.lookups);
      const parts = partsOf(context.zones, context.zone, analysis);
      const related: RelatedSpan[] = [];
      for (const part of parts) {
        if (!part.nested) continue;
        related.push({
          span: recordTextSpan(part.nested.entry),
          message: `\`${textOf(entry, part.term)}\` adds ${describe(part)} lookups from the policy of \`${part.nested.domain}\` here`,
        });
      }
      context.report({
        messageId: analysis.lookups > LIMIT ? 'over' : 'near',
        data: { owner: entry.record.owner, count, chain: chain(entry, parts) },
        span: recordTextSpan(entry),
        related,
        fingerprint: spfFingerprint(entry, 'lookups'),
        ...(analysis.lookups > LIMIT ? {} : { severity: 'warning' as const }),
      });
    }
  },
});

function describe(part: LookupPart): string {
  return part.atLeast ? `at least ${part.count}` : String(part.count);
}

/** `mx` 1, `include:_spf.example.com` 10, at least 1 each for `include:_spf.google.com` (outside the zones linted). */
function chain(entry: Parameters<typeof textOf>[0], parts: readonly LookupPart[]): string {
  const known: string[] = [];
  const outside: string[] = [];
  for (const p of parts) {
    if (p.atLeast && !p.nested) outside.push(`\`${textOf(entry, p.term)}\``);
    else known.push(`\`${textOf(entry, p.term)}\` ${describe(p)}`);
  }
  if (outside.length === 1) known.push(`at least 1 for ${outside[0]} (outside the zones linted)`);
  else if (outside.length > 1) known.push(`at least 1 each for ${outside.join(', ')} (outside the zones linted)`);
  return known.join(', ');
}
