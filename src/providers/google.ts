/**
 * Google Cloud DNS: `gcloud dns record-sets list --zone=ZONE --format=json` (a bare array of
 * `dns#resourceRecordSet`), the REST `resourceRecordSets.list` body (`{"rrsets": […]}`), or
 * `gcloud dns record-sets export FILE --zone=ZONE` (YAML, one `kind: dns#resourceRecordSet`
 * document per record set; tree.ts makes the documents one array).
 *
 * - Names are absolute; `rrdatas` are rdata in zone-file form (TXT quoted and chunked).
 * - Record sets with a `routingPolicy` (geo, weighted round robin, failover) and no `rrdatas`
 *   are skipped without a finding: their answers are chosen per query from the policy's items.
 * - The zone is the SOA owner, else the configured or file-name origin, else the names' common suffix.
 */
import type { JsonSchema } from '../model/json-schema.ts';
import { chooseOrigin, ownerName, presentationFields, range, type Adapter } from './build.ts';
import { arr, get, num, str, type Node } from './tree.ts';

const recordSet: JsonSchema = {
  type: 'object',
  required: ['name', 'type'],
  properties: {
    kind: { type: 'string' },
    name: { type: 'string', minLength: 1 },
    type: { type: 'string', minLength: 1 },
    ttl: { type: 'integer', minimum: 0, maximum: 2147483647 },
    rrdatas: { type: 'array', items: { type: 'string' } },
    signatureRrdatas: { type: 'array', items: { type: 'string' } },
    routingPolicy: { type: 'object' },
  },
};

const bare: JsonSchema = { type: 'array', items: recordSet };
const response: JsonSchema = { type: 'object', required: ['rrsets'], properties: { kind: { type: 'string' }, rrsets: bare } };

function sets(root: Node): Node[] {
  if (root.kind === 'array') return arr(root);
  return get(root, 'rrsets') ? arr(get(root, 'rrsets')) : [root];
}

export const google: Adapter = {
  format: 'google',
  title: 'Google Cloud DNS',
  schema: (root) => (root.kind === 'array' ? bare : get(root, 'rrsets') ? response : recordSet),
  read(root, b, context) {
    const list = sets(root);
    const names: string[] = [];
    let soa: string | undefined;
    for (const set of list) {
      const name = str(get(set, 'name'));
      if (!name) continue;
      const absolute = name.endsWith('.') ? name : name + '.';
      names.push(absolute);
      if (str(get(set, 'type'))?.toUpperCase() === 'SOA') soa ??= absolute;
    }
    b.origin = chooseOrigin({ soa, names, context: context.origin }) ?? '.';
    for (const set of list) {
      const nameNode = get(set, 'name');
      const typeNode = get(set, 'type');
      const type = str(typeNode)?.toUpperCase();
      if (!nameNode || nameNode.kind !== 'string' || !typeNode || !type) continue;
      const rrdatas = get(set, 'rrdatas');
      if (!rrdatas) continue;
      const owner = ownerName(b, nameNode, true);
      if (!owner) continue;
      const ttlNode = get(set, 'ttl');
      const ttl = num(ttlNode);
      if (ttl === undefined) {
        if (!ttlNode) b.problem('no-ttl', `${type} record set ${nameNode.value as string} has no ttl`, range(typeNode));
        continue;
      }
      for (const value of arr(rrdatas)) {
        if (value.kind !== 'string') continue;
        b.add({ owner, ownerAt: range(nameNode), type, typeAt: range(typeNode), ttl, ttlAt: range(ttlNode as Node), fields: presentationFields(b.source, value), at: range(value) });
      }
    }
  },
};
