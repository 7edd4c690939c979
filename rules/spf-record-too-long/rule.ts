/**
 * spf-record-too-long: an SPF record longer than fits comfortably in a DNS answer over UDP
 * (RFC 7208 §3.4: keep it under 450 octets; 512 is the classic UDP payload limit).
 */
import { defineRule } from '../../src/engine/rule.ts';
import { spanOf, spfFingerprint, spfRecords, textOf } from '../../src/engine/spf.ts';

interface Options {
  warnAbove: number;
  errorAbove: number;
}

export default defineRule<Options>({
  meta: {
    id: 'spf-record-too-long',
    description: 'An SPF record is longer than 450 octets (warning) or 512 octets (error), so answers may need TCP or be truncated.',
    severity: 'error',
    options: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      additionalProperties: false,
      properties: {
        warnAbove: {
          type: 'integer',
          minimum: 1,
          default: 450,
          description: 'Warn when the joined record text is longer than this many octets (RFC 7208 §3.4 advises staying under 450).',
        },
        errorAbove: {
          type: 'integer',
          minimum: 1,
          default: 512,
          description: 'Report an error when the joined record text is longer than this many octets (the classic 512-octet DNS answer over UDP).',
        },
      },
    },
    messages: {
      long:
        'The SPF record of `{{owner}}` is {{length}} octets long (it passes {{limit}} at `{{term}}`), so with the rest of the answer it may not fit in {{packet}} DNS response and some receivers fail to fetch it (RFC 7208 §3.4); move groups of senders into `include:` records or merge addresses into `ip4:`/`ip6:` networks.',
    },
  },
  check(context) {
    const warnAbove = context.options.warnAbove;
    const errorAbove = context.options.errorAbove;
    for (const entry of spfRecords(context.zone)) {
      const length = entry.view.text.length;
      if (length <= warnAbove) continue;
      const error = length > errorAbove;
      const limit = error ? errorAbove : warnAbove;
      // Underline the term in which the limit is crossed.
      const term = entry.spf.terms.find((t) => t.end > limit) ?? entry.spf.version;
      const range = term ?? { start: limit, end: length };
      context.report({
        messageId: 'long',
        data: { owner: entry.record.owner, length, limit, term: textOf(entry, range), packet: error ? 'a 512-octet UDP' : 'one UDP' },
        span: spanOf(entry, range),
        fingerprint: spfFingerprint(entry, 'length'),
        ...(error ? {} : { severity: 'warning' as const }),
      });
    }
  },
});
