/**
 * PowerDNS Authoritative HTTP API: a zone (`GET /api/v1/servers/localhost/zones/{zone}`:
 * `{"name": "example.com.", "kind": "Native", "rrsets": […]}`) or a `PATCH` payload
 * (`{"rrsets": [{"changetype": "REPLACE", …}]}`).
 *
 * - Names are absolute; `records[].content` is rdata in zone-file form.
 * - Records with `disabled: true` are not served: skipped.
 * - In a PATCH payload only `REPLACE` record sets are zone content; `DELETE` (and the partial
 *   `EXTEND`/`PRUNE` of newer versions) are skipped.
 * - The zone is `name`, else the SOA owner, else the configured or file-name origin, else the
 *   names' common suffix.
 */
import type { JsonSchema } from '../model/json-schema.ts';
import { chooseOrigin, ownerName, presentationFields, range, type Adapter } from './build.ts';
import { arr, bool, get, num, str } from './tree.ts';

const schema: JsonSchema = {
  type: 'object',
  required: ['rrsets'],
  properties: {
    name: { type: 'string' },
    kind: { type: 'string' },
    rrsets: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'type'],
        properties: {
          name: { type: 'string', minLength: 1 },
          type: { type: 'string', minLength: 1 },
          ttl: { type: 'integer', minimum: 0, maximum: 2147483647 },
          changetype: { type: 'string' },
          records: {
            type: 'array',
            items: { type: 'object', required: ['content'], properties: { content: { type: 'string' }, disabled: { type: 'boolean' } } },
          },
          comments: { type: 'array' },
        },
      },
    },
  },
};

export const powerdns: Adapter = {
  format: 'powerdns',
  title: 'PowerDNS',
  schema: () => schema,
  read(root, b, context) {
    const sets = arr(get(root, 'rrsets')).filter((s) => {
      const change = str(get(s, 'changetype'))?.toUpperCase();
      return change === undefined || change === 'REPLACE';
    });
    const names: string[] = [];
    let soa: string | undefined;
    for (const set of sets) {
      const name = str(get(set, 'name'));
      if (!name) continue;
      const absolute = name.endsWith('.') ? name : name + '.';
      names.push(absolute);
      if (str(get(set, 'type'))?.toUpperCase() === 'SOA') soa ??= absolute;
    }
    b.origin = chooseOrigin({ stated: str(get(root, 'name')), soa, names, context: context.origin }) ?? '.';
    for (const set of sets) {
      const nameNode = get(set, 'name');
      const typeNode = get(set, 'type');
      const type = str(typeNode)?.toUpperCase();
      if (!nameNode || nameNode.kind !== 'string' || !typeNode || !type) continue;
      const records = arr(get(set, 'records')).filter((r) => bool(get(r, 'disabled')) !== true);
      if (records.length === 0) continue;
      const owner = ownerName(b, nameNode, true);
      if (!owner) continue;
      const ttlNode = get(set, 'ttl');
      const ttl = num(ttlNode);
      if (ttl === undefined || !ttlNode) {
        if (!ttlNode) b.problem('no-ttl', `${type} record set ${nameNode.value as string} has no ttl`, range(typeNode));
        continue;
      }
      for (const record of records) {
        const content = get(record, 'content');
        if (!content || content.kind !== 'string') continue;
        b.add({ owner, ownerAt: range(nameNode), type, typeAt: range(typeNode), ttl, ttlAt: range(ttlNode), fields: presentationFields(b.source, content), at: range(record), rdataAt: range(content) });
      }
    }
  },
};
