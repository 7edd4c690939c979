/**
 * spf-include-loop: `include:`/`redirect=` chains within the run that lead back to a policy
 * already being evaluated; the evaluation can never finish and ends in permerror.
 */
import { defineRule } from '../../src/engine/rule.ts';
import { analyze, partsOf, spanOf, spfFingerprint, spfRecords, textOf } from '../../src/engine/spf.ts';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'spf-include-loop',
    description: 'An `include:`/`redirect=` chain leads back to the policy it started from, so its evaluation never ends.',
    severity: 'error',
    messages: {
      self: '`{{term}}` makes the SPF policy of `{{owner}}` include itself, so its evaluation never ends and receivers return permerror once it passes 10 lookups; remove it.',
      loop:
        '`{{term}}` leads back to `{{owner}}` ({{path}}), so the evaluation never ends and receivers return permerror once it passes 10 lookups (RFC 7208 §4.6.4); remove one `include:`/`redirect=` of the loop.',
    },
  },
  check(context) {
    for (const entry of spfRecords(context.zone)) {
      const analysis = analyze(context.zones, context.zone, entry);
      if (analysis.loops.length === 0) continue;
      for (const part of partsOf(context.zones, context.zone, analysis)) {
        // Loops that return to this record's own name, entered through this term.
        const loop = part.loops.find((l) => l.path[0] === entry.ownerKey && l.path.length > 0);
        if (!loop) continue;
        const self = loop.path.length === 2 && loop.entry === entry;
        context.report({
          messageId: self ? 'self' : 'loop',
          data: { term: textOf(entry, part.term), owner: entry.record.owner, path: loop.path.map((n) => `\`${n}\``).join(' → ') },
          span: spanOf(entry, part.term),
          related: self ? [] : [{ span: spanOf(loop.entry, loop.term), message: `\`${textOf(loop.entry, loop.term)}\` closes the loop here` }],
          fingerprint: spfFingerprint(entry, 'loop', textOf(entry, part.term)),
        });
      }
    }
  },
});
