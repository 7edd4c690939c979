/**
 * Azure DNS: `az network dns record-set list -g GROUP -z ZONE -o json` (a bare array of record
 * sets) or the REST `Record Sets - List By DNS Zone` body (`{"value": [{…, "properties": {…}}]}`).
 *
 * - Keys are matched ignoring case: CLI versions write `MXRecords`, `mxRecords` or `mxrecords`,
 *   `TTL` or `ttl`, `ARecords` or `aRecords`.
 * - `type` is `Microsoft.Network/dnszones/MX`; `name` is relative to the zone, `@` at the apex;
 *   name values (exchange, cname, nsdname, target…) are fully qualified with or without a dot.
 * - TXT `value` arrays are the character-strings of one record.
 * - Alias record sets (`targetResource`, no records) are skipped without a finding.
 * - The zone is taken from `id` (`…/dnszones/example.com/MX/@`), else from `fqdn` minus `name`,
 *   else the configured or file-name origin.
 */
import type { JsonSchema } from '../model/json-schema.ts';
import type { RdataField } from '../model/record.ts';
import { absolute, nameField, range, scalarField, textFields, withDot, type Adapter, type ZoneBuilder } from './build.ts';
import { arr, entry, get, Mapped, num, str, type Node } from './tree.ts';

const TYPE_PATTERN = '^Microsoft\\.Network/(dnszones|dnsZones|DNSZONES)/[A-Za-z0-9]+$';

const recordSet: JsonSchema = {
  type: 'object',
  required: ['name', 'type'],
  properties: {
    name: { type: 'string', minLength: 1 },
    type: { type: 'string', pattern: TYPE_PATTERN },
    id: { type: 'string' },
    fqdn: { type: 'string' },
    ttl: { type: 'integer', minimum: 0, maximum: 2147483647 },
    TTL: { type: 'integer', minimum: 0, maximum: 2147483647 },
    properties: { type: 'object' },
  },
};

const bare: JsonSchema = { type: 'array', items: recordSet };
const rest: JsonSchema = { type: 'object', required: ['value'], properties: { value: bare, nextLink: { type: ['string', 'null'] } } };

function sets(root: Node): Node[] {
  return root.kind === 'array' ? arr(root) : arr(get(root, 'value'));
}

/** A key of the record set, or of its `properties` (REST form), ignoring case. */
function prop(set: Node, key: string): Node | undefined {
  return get(set, key, true) ?? get(get(set, 'properties', true), key, true);
}

function zoneOf(set: Node): string | undefined {
  const id = str(get(set, 'id'));
  const m = id ? /\/dnszones\/([^/]+)\//i.exec(id) : null;
  if (m) return withDot(m[1]);
  const fqdn = str(prop(set, 'fqdn'));
  const name = str(get(set, 'name'));
  if (!fqdn || !name) return undefined;
  const full = withDot(fqdn);
  if (name === '@') return full;
  const prefix = name.toLowerCase() + '.';
  return full.toLowerCase().startsWith(prefix) ? full.slice(prefix.length) : undefined;
}

type Maker = (b: ZoneBuilder, item: Node, at: Node) => RdataField[] | undefined;

/** A sub-key of a record item as a field; undefined (and a diagnostic) when missing. */
function sub(b: ZoneBuilder, item: Node, key: string, kind: 'scalar' | 'name'): RdataField | undefined {
  const node = get(item, key, true);
  if (!node || (node.kind !== 'string' && node.kind !== 'number')) {
    b.problem('missing-field', `Azure DNS: record has no '${key}'`, range(node ?? item));
    return undefined;
  }
  return kind === 'name' ? nameField(b.source, node, true) : scalarField(b.source, node);
}

function all(...fields: (RdataField | undefined)[]): RdataField[] | undefined {
  return fields.every((f) => f !== undefined) ? (fields as RdataField[]) : undefined;
}

/** Per type: the key holding the records (`MXRecords`, or `CNAMERecord` for one), and how to make fields. */
const TYPES: Record<string, { key: string; single?: boolean; make: Maker }> = {
  A: { key: 'ARecords', make: (b, i) => all(sub(b, i, 'ipv4Address', 'scalar')) },
  AAAA: { key: 'AAAARecords', make: (b, i) => all(sub(b, i, 'ipv6Address', 'scalar')) },
  CNAME: { key: 'CNAMERecord', single: true, make: (b, i) => all(sub(b, i, 'cname', 'name')) },
  MX: { key: 'MXRecords', make: (b, i) => all(sub(b, i, 'preference', 'scalar'), sub(b, i, 'exchange', 'name')) },
  NS: { key: 'NSRecords', make: (b, i) => all(sub(b, i, 'nsdname', 'name')) },
  PTR: { key: 'PTRRecords', make: (b, i) => all(sub(b, i, 'ptrdname', 'name')) },
  SRV: { key: 'SRVRecords', make: (b, i) => all(sub(b, i, 'priority', 'scalar'), sub(b, i, 'weight', 'scalar'), sub(b, i, 'port', 'scalar'), sub(b, i, 'target', 'name')) },
  SOA: {
    key: 'SOARecord',
    single: true,
    make: (b, i) =>
      all(
        sub(b, i, 'host', 'name'),
        sub(b, i, 'email', 'name'),
        sub(b, i, 'serialNumber', 'scalar'),
        sub(b, i, 'refreshTime', 'scalar'),
        sub(b, i, 'retryTime', 'scalar'),
        sub(b, i, 'expireTime', 'scalar'),
        sub(b, i, 'minimumTtl', 'scalar'),
      ),
  },
  TXT: {
    key: 'TXTRecords',
    make: (b, i) => {
      const value = get(i, 'value', true);
      if (!value || value.kind !== 'array') {
        b.problem('missing-field', "Azure DNS: TXT record has no 'value' array", range(value ?? i));
        return undefined;
      }
      return arr(value).flatMap((v) => (v.kind === 'string' ? textFields(b.source, v) : []));
    },
  },
  CAA: {
    key: 'caaRecords',
    make: (b, i) => {
      const value = get(i, 'value', true);
      return all(sub(b, i, 'flags', 'scalar'), sub(b, i, 'tag', 'scalar'), value && value.kind === 'string' ? textFields(b.source, value)[0] : sub(b, i, 'value', 'scalar'));
    },
  },
  TLSA: {
    key: 'tlsaRecords',
    make: (b, i) => all(sub(b, i, 'usage', 'scalar'), sub(b, i, 'selector', 'scalar'), sub(b, i, 'matchingType', 'scalar'), sub(b, i, 'certAssociationData', 'scalar')),
  },
  DS: {
    key: 'dsRecords',
    make: (b, i) => {
      const digest = get(i, 'digest', true);
      return all(sub(b, i, 'keyTag', 'scalar'), sub(b, i, 'algorithm', 'scalar'), digest ? sub(b, digest, 'algorithmType', 'scalar') : undefined, digest ? sub(b, digest, 'value', 'scalar') : sub(b, i, 'digest', 'scalar'));
    },
  },
};

export const azure: Adapter = {
  format: 'azure',
  title: 'Azure DNS',
  schema: (root) => (root.kind === 'array' ? bare : rest),
  read(root, b, context) {
    const list = sets(root);
    const stated = list.map(zoneOf).find((z) => z !== undefined);
    const origin = stated ?? context.origin;
    if (!origin) {
      b.problem('no-origin', 'Azure DNS: the zone name is unknown (no id or fqdn): name the file after the zone or set its origin in the configuration', { start: root.start, end: root.start + 1 });
      return;
    }
    b.origin = origin;
    for (const set of list) {
      const nameNode = get(set, 'name');
      const typeEntry = entry(set, 'type');
      const typeText = str(typeEntry?.value);
      if (!nameNode || nameNode.kind !== 'string' || !typeEntry || !typeText) continue;
      const slash = typeText.lastIndexOf('/');
      const type = typeText.slice(slash + 1).toUpperCase();
      const typeMapped: Mapped = typeEntry.value.mapped();
      const typeAt = typeMapped.span(slash + 1, typeText.length, typeEntry.value.start);
      const spec = TYPES[type];
      if (!spec) {
        b.problem('unsupported-type', `Azure DNS: ${type} record sets are not read by mxlint`, typeAt, 'warning');
        continue;
      }
      const ownerText = nameNode.value as string;
      const owner = absolute(ownerText === '@' ? '@' : ownerText, b.origin);
      if (!owner.ok) {
        b.problem('bad-owner', `owner '${ownerText}': ${owner.message}`, range(nameNode));
        continue;
      }
      const ttlNode = prop(set, 'ttl');
      const ttl = num(ttlNode);
      const holder = prop(set, spec.key);
      if (!holder) continue; // an alias record set (targetResource) or an empty one
      if (ttl === undefined || !ttlNode) {
        b.problem('no-ttl', `Azure DNS: ${type} record set ${ownerText} has no TTL`, typeAt);
        continue;
      }
      const items = spec.single ? (holder.kind === 'object' ? [holder] : []) : arr(holder);
      for (const item of items) {
        const fields = spec.make(b, item, holder);
        if (!fields) continue;
        b.add({ owner: owner.name, ownerAt: range(nameNode), type, typeAt, ttl, ttlAt: range(ttlNode), fields, at: range(item) });
      }
    }
  },
};
