/**
 * DigitalOcean: the API's `GET /v2/domains/{domain}/records` body (`{"domain_records": […]}`),
 * one record (`{"domain_record": {…}}`) or `doctl compute domain records list DOMAIN -o json`
 * (a bare array of the same records).
 *
 * - `name` is relative to the domain, `@` at the apex.
 * - `data` holds the value: an address, a host name (fully qualified with or without the final
 *   dot, `@` for the apex), or TXT text, which is one string (split into 255-octet strings as
 *   DigitalOcean serves it); MX and SRV take `priority` (and SRV `weight`, `port`), CAA `flags`
 *   and `tag`.
 * - The SOA "record" DigitalOcean lists carries only a TTL: skipped.
 * - Neither output names the domain: the origin comes from a `links.pages` URL when the body has
 *   one, else from the configuration or the file name (`example.com.json`).
 */
import type { JsonSchema } from '../model/json-schema.ts';
import type { RdataField } from '../model/record.ts';
import { absolute, field, nameText, range, scalarField, textFields, type Adapter, type ZoneBuilder } from './build.ts';
import { arr, get, num, str, type Node } from './tree.ts';

const record: JsonSchema = {
  type: 'object',
  required: ['type', 'name', 'data'],
  properties: {
    id: { type: 'integer' },
    type: { type: 'string', minLength: 1 },
    name: { type: 'string', minLength: 1 },
    data: { type: 'string' },
    priority: { type: ['integer', 'null'], minimum: 0, maximum: 65535 },
    port: { type: ['integer', 'null'], minimum: 0, maximum: 65535 },
    weight: { type: ['integer', 'null'], minimum: 0, maximum: 65535 },
    ttl: { type: 'integer', minimum: 0, maximum: 2147483647 },
    flags: { type: ['integer', 'null'], minimum: 0, maximum: 255 },
    tag: { type: ['string', 'null'] },
  },
};

const records: JsonSchema = { type: 'array', items: record };
const list: JsonSchema = { type: 'object', required: ['domain_records'], properties: { domain_records: records, links: { type: 'object' }, meta: { type: 'object' } } };
const one: JsonSchema = { type: 'object', required: ['domain_record'], properties: { domain_record: record } };

function items(root: Node): Node[] {
  if (root.kind === 'array') return arr(root);
  const single = get(root, 'domain_record');
  return single ? [single] : arr(get(root, 'domain_records'));
}

/** The domain of a `links.pages` URL (`…/v2/domains/example.com/records?page=2`). */
function domainFromLinks(root: Node): string | undefined {
  const pages = get(get(root, 'links'), 'pages');
  for (const e of pages?.entries ?? []) {
    const m = /\/v2\/domains\/([^/?#]+)\/records/.exec(str(e.value) ?? '');
    if (m) return decodeURIComponent(m[1]) + '.';
  }
  return undefined;
}

const NAME_TYPES = new Set(['CNAME', 'NS', 'PTR']);

function need(b: ZoneBuilder, item: Node, key: string): RdataField | undefined {
  const node = get(item, key);
  if (num(node) === undefined) {
    b.problem('missing-field', `DigitalOcean: ${str(get(item, 'type'))} record has no '${key}'`, range(node ?? item));
    return undefined;
  }
  return scalarField(b.source, node as Node);
}

function host(b: ZoneBuilder, data: Node): RdataField {
  return field(b.source, nameText(data.mapped(), true), false, range(data));
}

function fieldsOf(b: ZoneBuilder, type: string, item: Node, data: Node): (RdataField | undefined)[] {
  switch (type) {
    case 'MX':
      return [need(b, item, 'priority'), host(b, data)];
    case 'SRV':
      return [need(b, item, 'priority'), need(b, item, 'weight'), need(b, item, 'port'), host(b, data)];
    case 'CAA': {
      const tag = get(item, 'tag');
      return [need(b, item, 'flags'), tag && tag.kind === 'string' ? scalarField(b.source, tag) : undefined, ...textFields(b.source, data)];
    }
    case 'TXT':
      return textFields(b.source, data);
    default:
      return NAME_TYPES.has(type) ? [host(b, data)] : [scalarField(b.source, data)];
  }
}

export const digitalocean: Adapter = {
  format: 'digitalocean',
  title: 'DigitalOcean',
  schema: (root) => (root.kind === 'array' ? records : get(root, 'domain_record') ? one : list),
  read(root, b, context) {
    const origin = domainFromLinks(root) ?? context.origin;
    if (!origin) {
      b.problem('no-origin', 'DigitalOcean: the export does not name its domain: name the file after it (example.com.json) or set its origin in the configuration', { start: root.start, end: root.start + 1 });
      return;
    }
    b.origin = origin;
    for (const item of items(root)) {
      const nameNode = get(item, 'name');
      const typeNode = get(item, 'type');
      const data = get(item, 'data');
      const type = str(typeNode)?.toUpperCase();
      if (!nameNode || nameNode.kind !== 'string' || !typeNode || !type || !data || data.kind !== 'string') continue;
      if (type === 'SOA') continue;
      const owner = absolute(nameNode.value as string, b.origin);
      if (!owner.ok) {
        b.problem('bad-owner', `owner '${nameNode.value as string}': ${owner.message}`, range(nameNode));
        continue;
      }
      const ttlNode = get(item, 'ttl');
      const ttl = num(ttlNode);
      if (ttl === undefined || !ttlNode) {
        b.problem('no-ttl', `DigitalOcean: ${type} record ${nameNode.value as string} has no ttl`, range(typeNode));
        continue;
      }
      const fields = fieldsOf(b, type, item, data);
      if (fields.some((f) => f === undefined)) continue;
      b.add({ owner: owner.name, ownerAt: range(nameNode), type, typeAt: range(typeNode), ttl, ttlAt: range(ttlNode), fields: fields as RdataField[], at: range(item), rdataAt: range(data) });
    }
  },
};
