/**
 * Google Cloud DNS: `gcloud dns record-sets list --zone=ZONE --format=json` (a bare array of
 * `dns#resourceRecordSet`), the REST `resourceRecordSets.list` body (`{"rrsets": […]}`), or
 * `gcloud dns record-sets export FILE --zone=ZONE` (YAML, one `kind: dns#resourceRecordSet`
 * document per record set; tree.ts makes the documents one array).
 *
 * - Names are absolute; `rrdatas` are rdata in zone-file form (TXT quoted and chunked).
 * - A record set with a `routingPolicy` (geolocation, weighted round robin, failover) answers each
 *   query from one of the policy's items: each item's `rrdatas` are a routing set of their own
 *   (ZoneRecord.routingSet), alternatives, not one RRset.
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
    let routingSets = 0;
    for (const set of list) {
      const nameNode = get(set, 'name');
      const typeNode = get(set, 'type');
      const type = str(typeNode)?.toUpperCase();
      if (!nameNode || nameNode.kind !== 'string' || !typeNode || !type) continue;
      const rrdatas = get(set, 'rrdatas');
      const items = policyItems(get(set, 'routingPolicy'));
      if (!rrdatas && items.length === 0) continue;
      const owner = ownerName(b, nameNode, true);
      if (!owner) continue;
      const ttlNode = get(set, 'ttl');
      const ttl = num(ttlNode);
      if (ttl === undefined) {
        if (!ttlNode) b.problem('no-ttl', `${type} record set ${nameNode.value as string} has no ttl`, range(typeNode));
        continue;
      }
      // The plain rrdatas, then each item of the routing policy as a routing set of its own.
      for (const [index, values] of [rrdatas, ...items].entries()) {
        const routingSet = index === 0 ? 0 : ++routingSets;
        for (const value of arr(values)) {
          if (value.kind !== 'string') continue;
          const record = b.add({ owner, ownerAt: range(nameNode), type, typeAt: range(typeNode), ttl, ttlAt: range(ttlNode as Node), fields: presentationFields(b.source, value), at: range(value) });
          if (record && routingSet) record.setRoutingSet(routingSet);
        }
      }
    }
  },
};

/**
 * The `rrdatas` of a routing policy's items: geolocation (`geo`), weighted round robin (`wrr`) and
 * the backup of a failover policy (`primaryBackup.backupGeoTargets`). Targets that are internal
 * load balancers (`healthCheckedTargets`, `primaryTargets`) hold no rdata.
 */
function policyItems(policy: Node | undefined): Node[] {
  if (!policy) return [];
  const lists = [get(get(policy, 'geo'), 'items'), get(get(policy, 'wrr'), 'items'), get(get(get(policy, 'primaryBackup'), 'backupGeoTargets'), 'items')];
  return lists.flatMap((items) => arr(items).flatMap((item) => (get(item, 'rrdatas') ? [get(item, 'rrdatas') as Node] : [])));
}
