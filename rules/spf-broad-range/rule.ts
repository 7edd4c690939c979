/**
 * spf-broad-range: `ip4:`/`ip6:` (or `a`/`mx` with a prefix length) networks so wide that
 * they authorize far more hosts than any organisation sends mail from: `0.0.0.0/0` and `::/0`
 * are the whole Internet.
 */
import { defineRule } from '../../src/engine/rule.ts';
import type { SpfMechanism } from '../../src/mail/spf.ts';
import { spanOf, spfFingerprint, spfRecords, textOf } from '../../src/engine/spf.ts';

interface Options {
  ip4MinPrefix: number;
  ip6MinPrefix: number;
}

export default defineRule<Options>({
  meta: {
    id: 'spf-broad-range',
    description: 'An SPF record authorizes a huge network (`ip4:0.0.0.0/0`, `::/0`, or prefixes shorter than /16 and /32).',
    severity: 'error',
    options: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      additionalProperties: false,
      properties: {
        ip4MinPrefix: {
          type: 'integer',
          minimum: 1,
          maximum: 32,
          default: 16,
          description: 'Warn about IPv4 networks with a prefix shorter than this (a /16 is 65,536 addresses). A /0 is always an error.',
        },
        ip6MinPrefix: {
          type: 'integer',
          minimum: 1,
          maximum: 128,
          default: 32,
          description: 'Warn about IPv6 networks with a prefix shorter than this (a /32 is a whole provider allocation). A /0 is always an error.',
        },
      },
    },
    messages: {
      everything:
        '`{{term}}` authorizes every {{family}} address on the Internet to send mail as `{{owner}}`, which makes the policy worthless; list your mail servers\' own addresses or networks instead.',
      broad:
        '`{{term}}` authorizes a /{{prefix}} {{family}} network ({{size}} addresses) to send mail as `{{owner}}`, far more than any set of mail servers; list the servers\' own addresses or a network of /{{min}} or narrower.',
    },
  },
  check(context) {
    const min4 = context.options.ip4MinPrefix;
    const min6 = context.options.ip6MinPrefix;
    for (const entry of spfRecords(context.zone)) {
      for (const term of entry.spf.terms) {
        // Only a pass authorizes; `-ip4:0.0.0.0/0` or `?ip4:…` grant nothing.
        if (term.type !== 'mechanism' || term.qualifier !== '+') continue;
        for (const family of FAMILIES) {
          const prefix = authorizedPrefix(term, family);
          const min = family === 4 ? min4 : min6;
          if (prefix < 0 || prefix >= min) continue;
          context.report({
            messageId: prefix === 0 ? 'everything' : 'broad',
            data: { term: textOf(entry, term), family: family === 4 ? 'IPv4' : 'IPv6', owner: entry.record.owner, prefix, min, size: size(family, prefix) },
            span: spanOf(entry, term),
            fingerprint: spfFingerprint(entry, 'range', textOf(entry, term), family),
            ...(prefix === 0 ? {} : { severity: 'warning' as const }),
          });
        }
      }
    }
  },
});

const FAMILIES = [4, 6] as const;

/** The prefix length of the network of `family` a mechanism authorizes; -1 when none (most terms: no list is made). */
function authorizedPrefix(term: SpfMechanism, family: 4 | 6): number {
  switch (term.kind) {
    case 'ip4':
    case 'ip6':
      return term.hasAddress && term.kind === (family === 4 ? 'ip4' : 'ip6') ? term.prefixLength(family) : -1;
    case 'a':
    case 'mx':
      return family === 4 ? term.length4 : term.length6;
    default:
      return -1;
  }
}

function size(family: 4 | 6, prefix: number): string {
  const bits = (family === 4 ? 32 : 128) - prefix;
  return bits <= 32 ? (2 ** bits).toLocaleString('en-US') : `2^${bits}`;
}
