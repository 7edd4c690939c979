/**
 * mx-implicit: a name with an address and mail records (SPF that authorises senders, DKIM keys,
 * DMARC) but no MX: mail to it falls back to its A/AAAA address (implicit MX, RFC 5321 §5.1).
 */
import { defineRule } from '../../src/engine/rule.ts';
import { exchangersOfRun, namePattern, ownerOrTypeSpan } from '../../src/engine/mx.ts';
import { resolveName } from '../../src/engine/resolver.ts';
import { dmarcEntry } from '../../src/engine/dmarc.ts';
import { mailNameRole } from '../../src/engine/mail-records.ts';
import { authorisingSpf } from '../../src/engine/spf.ts';
import { abbreviate } from '../../src/zone/rdata/text.ts';
import type { ZoneRecord } from '../../src/model/record.ts';
import type { OwnerIndex } from '../../src/model/owner-index.ts';

interface Options {
  ignore: string[];
}

interface Evidence {
  record: ZoneRecord;
  what: string;
}

const DKIM_LABEL = '_domainkey.';

/**
 * Owners at DKIM selector names (`<selector>._domainkey.<name>`) by the key of `<name>`, the first
 * record found for each. Any record counts, not only a key TXT as dkim-syntax reads it: a CNAME
 * there hands the key to a sending provider (`s1._domainkey CNAME s1.domainkey.u123.wl.sendgrid.net.`),
 * which says the name sends mail just as well.
 */
function dkimOwners(index: OwnerIndex): Map<string, ZoneRecord> {
  const out = new Map<string, ZoneRecord>();
  index.forEach((key, owner) => {
    let at = 0;
    if (!key.startsWith(DKIM_LABEL)) {
      at = key.lastIndexOf('.' + DKIM_LABEL) + 1;
      if (at === 0) return;
    }
    const name = key.slice(at + DKIM_LABEL.length) || '.';
    if (!out.has(name)) out.set(name, index.record(owner, 0));
  });
  return out;
}

export default defineRule<Options>({
  meta: {
    id: 'mx-implicit',
    description: 'Names that send mail and have an address should publish an MX (or a null MX) instead of relying on the implicit MX.',
    // Advisory: it does not break mail or let the domain be spoofed (see the README's preset policy).
    severity: 'off',
    strict: 'error',
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ignore: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: [],
          description:
            'Name patterns to leave alone (`*` is any characters within a label, `?` one character, `**` one or more labels; the final dot is optional), e.g. hosts that deliberately receive their own mail: `relay?.example.com.`.',
        },
      },
    },
    messages: {
      implicit:
        '`{{name}}` has an address and is used for mail ({{evidence}}) but has no MX record, so mail to it goes to its A/AAAA address (implicit MX, RFC 5321 §5.1); add an MX record, or a null MX `MX 0 .` (RFC 7505) if it receives no mail.',
    },
  },
  check(context) {
    const { zone, zones, options } = context;
    const index = zones.index(zone);
    const ignore = options.ignore.map(namePattern);
    let dkim: Map<string, ZoneRecord> | undefined;
    index.forEach((key, owner) => {
      // Service names (`_dmarc`, `_domainkey`, SRV owners) and wildcards receive no mail of their own.
      if (mailNameRole(key) !== 'domain') return;
      const address = index.find(owner, (r) => r.type === 'A' || r.type === 'AAAA');
      if (!address || index.some(owner, (r) => r.type === 'MX' || r.type === 'CNAME')) return;
      const spf = authorisingSpf(index.recordsOf(owner));
      let evidence: Evidence | undefined = spf && { record: spf.record, what: `SPF \`${abbreviate(spf.view.text)}\`` };
      if (!evidence) {
        const dmarc = index.get(`_dmarc.${key}`)?.find((r) => dmarcEntry(r)?.valid);
        if (dmarc) evidence = { record: dmarc, what: `a DMARC record at \`${dmarc.owner}\`` };
      }
      if (!evidence) {
        dkim ??= dkimOwners(index);
        const dkimKey = dkim.get(key);
        if (dkimKey) evidence = { record: dkimKey, what: `a DKIM key at \`${dkimKey.owner}\`` };
      }
      if (!evidence) return;
      // The mail hosts themselves receive through their address records by design.
      if (exchangersOfRun(zones).has(key)) return;
      if (ignore.some((matches) => matches(address.owner))) return;
      const at = resolveName(zones, address.owner, zone);
      // Glue at a delegation, or a name another zone of the run answers for.
      if (at.kind !== 'found' || at.zone !== zone) return;
      context.report({
        messageId: 'implicit',
        data: { name: address.owner, evidence: evidence.what },
        span: ownerOrTypeSpan(address),
        related: [{ span: evidence.record.span, message: `this record says \`${address.owner}\` is used for mail` }],
        fingerprint: `${key}|MX|implicit`,
      });
    });
  },
});
