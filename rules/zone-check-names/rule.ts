/**
 * zone-check-names: a name that must be a host name (the owner of an address or MX record, the
 * target of an MX, NS or SRV record or of a PTR record in a reverse zone, the SOA's primary
 * server) is not one. BIND's named refuses to load a primary zone that holds such a name
 * (`check-names primary fail`, its default).
 */
import { defineRule } from '../../src/engine/rule.ts';
import { exchangeSpan, mxRecords } from '../../src/engine/mx.ts';
import { nameField, rdataOf, recordsOfType } from '../../src/engine/records.ts';
import type { Span } from '../../src/model/span.ts';
import type { ZoneRecord } from '../../src/model/record.ts';
import { nameKey, nameLabels } from '../../src/zone/names.ts';

/** A host name label (RFC 952, RFC 1123 §2.1): letters, digits and hyphens, no hyphen at either end. */
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
/** The same for a whole name without escapes, with its final dot: one test for nearly every name. */
const PLAIN_HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+$/;

/** True when every label of `name` from `from` on is a host name label (BIND's dns_name_ishostname). */
function isHostName(name: string, from = 0): boolean {
  if (name === '.') return true;
  if (name.indexOf('\\') !== -1) return nameLabels(name).slice(from).every((label) => HOST_LABEL.test(label));
  // Without escapes, a label ends at each dot (an absolute name ends with one).
  let rest = name;
  for (let i = 0; i < from; i++) rest = rest.slice(rest.indexOf('.') + 1);
  return rest === '' || PLAIN_HOST.test(rest);
}

/** An owner may also be a wildcard (`*.example.com.`). */
function isHostOwner(name: string): boolean {
  return name.startsWith('*.') ? isHostName(name.slice(2)) : isHostName(name);
}

export default defineRule<Record<string, never>>({
  meta: {
    id: 'zone-check-names',
    description: 'Names that DNS uses as host names (owners of A, AAAA and MX records; MX, NS and SRV targets, PTR targets in reverse zones; the SOA primary server) must be host names: letters, digits and hyphens.',
    severity: 'warning',
    options: { type: 'object', additionalProperties: false, properties: {} },
    messages: {
      owner:
        '`{{name}}` owns an {{type}} record but is not a host name ({{why}}): BIND\'s named refuses to load a primary zone with it ("bad owner name (check-names)", `check-names primary fail` is its default); rename the host with letters, digits and hyphens only.',
      target:
        'The {{field}} `{{name}}` is not a host name ({{why}}): BIND\'s named refuses to load a primary zone with it ("bad name (check-names)", `check-names primary fail` is its default); name the host with letters, digits and hyphens only.',
    },
  },
  check(context) {
    const { zone } = context;
    // BIND's check: master files only (providers and other servers take any name).
    if (zone.format !== 'bind') return;
    const reportTarget = (record: ZoneRecord, field: string, name: string, span: Span, from = 0) => {
      context.report({
        messageId: 'target',
        data: { field, name, why: why(name, false, from) },
        span,
        fingerprint: `${nameKey(record.owner)}|${record.type}|${field}|${nameKey(name)}|check-names`,
      });
    };
    // Owners of address and MX records: records of one owner follow each other and share its
    // name, which is tested once.
    const reportOwner = (record: ZoneRecord, owner: string) => {
      context.report({
        messageId: 'owner',
        data: { name: owner, type: record.type, why: why(owner, true) },
        span: record.ownerEnd > record.ownerStart ? record.ownerSpan : record.typeSpan,
        fingerprint: `${nameKey(owner)}|${record.type}|owner|check-names`,
      });
    };
    for (const type of ['A', 'AAAA']) {
      let last = '';
      let lastOk = true;
      for (const record of recordsOfType(zone, type)) {
        const owner = record.owner;
        if (owner !== last) {
          last = owner;
          lastOk = isHostOwner(owner);
        }
        if (!lastOk) reportOwner(record, owner);
      }
    }
    // MX records: their entries hold owner and exchanger keys already; a zone names few
    // exchangers, each judged once.
    let lastOwner = '';
    let lastOwnerOk = true;
    const exchangers = new Map<string, boolean>();
    for (const mx of mxRecords(zone)) {
      if (mx.ownerKey !== lastOwner) {
        lastOwner = mx.ownerKey;
        lastOwnerOk = isHostOwner(mx.ownerKey);
      }
      if (!lastOwnerOk) reportOwner(mx.record, mx.record.owner);
      if (mx.isNull) continue;
      let ok = exchangers.get(mx.exchangeKey);
      if (ok === undefined) exchangers.set(mx.exchangeKey, (ok = isHostName(mx.exchangeKey)));
      if (!ok) reportTarget(mx.record, 'MX exchanger', mx.exchange, exchangeSpan(mx));
    }
    for (const record of recordsOfType(zone, 'NS')) {
      const target = nameField(record, 0);
      if (target !== undefined && !isHostName(target)) reportTarget(record, 'name server', target, record.fields[0].span);
    }
    // SRV and PTR targets as written, read in the file's octets: a large zone holds tens of
    // thousands of such records, not worth cutting out or typing.
    const origins = new Map<string, boolean>();
    const targetAsWritten = (type: string, index: number, field: string) => {
      for (const record of recordsOfType(zone, type)) {
        if (record.fieldCount !== index + 1) continue;
        const span = record.fieldSpan(index);
        const written = writtenHost(span.source.bytes, span.start, span.end);
        if (written === 'absolute') continue;
        if (written === 'relative') {
          // A relative name: the origin's labels count too.
          let ok = origins.get(record.origin);
          if (ok === undefined) origins.set(record.origin, (ok = isHostName(record.origin)));
          if (ok) continue;
        }
        const target = nameField(record, index);
        if (target !== undefined && !isHostName(target)) reportTarget(record, field, target, record.fields[index].span);
      }
    };
    targetAsWritten('SRV', 3, 'SRV target');
    // PTR targets, in reverse zones only (BIND checks them where the owner is an address's name).
    const originKey = nameKey(zone.origin);
    if (/(^|\.)(in-addr|ip6)\.arpa\.$/.test(originKey)) targetAsWritten('PTR', 0, 'PTR target');
    for (const record of recordsOfType(zone, 'SOA')) {
      const soa = rdataOf(record, 'SOA');
      if (!soa) continue;
      if (!isHostName(soa.mname)) reportTarget(record, 'SOA primary server', soa.mname, record.fields[0].span);
      // The mailbox's first label is a local part: any character; the rest is a host name.
      if (!isHostName(soa.rname, 1)) reportTarget(record, 'SOA mailbox', soa.rname, record.fields[1].span, 1);
    }
  },
});

/**
 * How a name token (octets `start` to `end`) reads: `absolute` or `relative` when it is written in
 * host name labels (`@` and `.` too), `other` for anything else (escapes, quotes, `_`…), which is
 * then judged from its text.
 */
function writtenHost(octets: Uint8Array, start: number, end: number): 'absolute' | 'relative' | 'other' {
  if (end - start === 1 && (octets[start] === 64 /* @ */ || octets[start] === 46) /* . */) return octets[start] === 46 ? 'absolute' : 'relative';
  let labelStart = start;
  for (let i = start; i < end; i++) {
    const c = octets[i];
    if (c === 46 /* . */) {
      if (i === labelStart || octets[i - 1] === 45 /* - */) return 'other';
      labelStart = i + 1;
    } else if (c === 45 /* - */) {
      if (i === labelStart) return 'other';
    } else if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return 'other';
  }
  if (labelStart === end) return 'absolute';
  return octets[end - 1] === 45 ? 'other' : 'relative';
}

/** What makes `name` no host name, for the message: the first label at fault. */
function why(name: string, owner: boolean, from = 0): string {
  const labels = nameLabels(name);
  const start = owner && labels[0] === '*' ? 1 : from;
  for (const label of labels.slice(start)) {
    if (HOST_LABEL.test(label)) continue;
    const shown = nameKey(label + '.').slice(0, -1);
    if (label === '*') return 'a wildcard is no host';
    if (label.includes('_')) return `\`_\` in the label \`${shown}\``;
    if (label.startsWith('-') || label.endsWith('-')) return `the label \`${shown}\` starts or ends with a hyphen`;
    return `the label \`${shown}\` holds characters other than letters, digits and hyphens`;
  }
  return 'a label is not a host name label';
}
