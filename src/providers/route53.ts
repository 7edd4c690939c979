/**
 * AWS Route 53: `aws route53 list-resource-record-sets --hosted-zone-id Z… --output json`
 * (`{"ResourceRecordSets": […]}`) and change batches (`{"Changes": [{"Action", "ResourceRecordSet"}]}`,
 * bare or inside `{"ChangeBatch": …}` as `change-resource-record-sets --cli-input-json` takes).
 *
 * - Names are absolute; Route 53 writes unusual characters as octal `\ooo` (`\052` is the `*` of a
 *   wildcard), in names and TXT values alike: they become zone-file `\DDD` (decimal) escapes.
 * - `ResourceRecords[].Value` is rdata in zone-file form (TXT quoted and chunked), its names fully
 *   qualified with or without the final dot, as Route 53 reads them.
 * - Alias record sets (`AliasTarget`, no TTL, no values) of type A, AAAA or CNAME become ALIAS
 *   records whose target is `AliasTarget.DNSName`: rules see that the name has an address. Their
 *   TTL is the target's, unknown here: 300 and `record.automaticTtl`. Aliases of other types (an MX
 *   or TXT alias to another record set of the zone) are skipped without a finding.
 * - Change batches: CREATE and UPSERT are zone content; DELETE is not.
 * - Routing policies (SetIdentifier: weighted, latency, failover…) keep every record set: each
 *   answers some resolvers. Each is a routing set of its records (ZoneRecord.routingSet), so two
 *   geolocation CNAMEs of a name are two answers, not two CNAMEs in one RRset.
 */
import type { JsonSchema } from '../model/json-schema.ts';
import { FLAG_AUTOMATIC_TTL } from '../model/record.ts';
import { PROVIDER_CHOSEN_TTL, chooseOrigin, nameField, octalEscapes, ownerName, presentationFields, range, type Adapter } from './build.ts';
import { arr, get, num, str, type Node } from './tree.ts';

const recordSet: JsonSchema = {
  type: 'object',
  required: ['Name', 'Type'],
  properties: {
    Name: { type: 'string', minLength: 1 },
    Type: { type: 'string', minLength: 1 },
    TTL: { type: 'integer', minimum: 0, maximum: 2147483647 },
    SetIdentifier: { type: 'string' },
    Weight: { type: 'integer' },
    ResourceRecords: { type: 'array', items: { type: 'object', required: ['Value'], properties: { Value: { type: 'string' } } } },
    AliasTarget: {
      type: 'object',
      required: ['DNSName'],
      properties: { HostedZoneId: { type: 'string' }, DNSName: { type: 'string', minLength: 1 }, EvaluateTargetHealth: { type: 'boolean' } },
    },
  },
};

const list: JsonSchema = {
  type: 'object',
  required: ['ResourceRecordSets'],
  properties: { ResourceRecordSets: { type: 'array', items: recordSet }, IsTruncated: { type: 'boolean' } },
};

const changes: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['Action', 'ResourceRecordSet'],
    properties: { Action: { enum: ['CREATE', 'DELETE', 'UPSERT'] }, ResourceRecordSet: recordSet },
  },
};

const batch: JsonSchema = { type: 'object', required: ['Changes'], properties: { Comment: { type: 'string' }, Changes: changes } };
const cliInput: JsonSchema = { type: 'object', required: ['ChangeBatch'], properties: { HostedZoneId: { type: 'string' }, ChangeBatch: batch } };

const ADDRESS_ALIASES = new Set(['A', 'AAAA', 'CNAME']);

/** The record sets that are zone content, in file order. */
function recordSets(root: Node): Node[] {
  const sets = get(root, 'ResourceRecordSets');
  if (sets) return arr(sets);
  const list = get(root, 'Changes') ?? get(get(root, 'ChangeBatch'), 'Changes');
  return arr(list)
    .filter((c) => str(get(c, 'Action')) !== 'DELETE')
    .map((c) => get(c, 'ResourceRecordSet'))
    .filter((s): s is Node => s !== undefined);
}

export const route53: Adapter = {
  format: 'route53',
  title: 'AWS Route 53',
  schema: (root) => (get(root, 'ResourceRecordSets') ? list : get(root, 'ChangeBatch') ? cliInput : batch),
  read(root, b, context) {
    const sets = recordSets(root);
    const names: string[] = [];
    let soa: string | undefined;
    for (const set of sets) {
      const name = get(set, 'Name');
      if (!name || name.kind !== 'string') continue;
      const text = octalEscapes(name.mapped()).text;
      const absolute = text.endsWith('.') ? text : text + '.';
      names.push(absolute);
      if (str(get(set, 'Type'))?.toUpperCase() === 'SOA') soa ??= absolute;
    }
    b.origin = chooseOrigin({ soa, names, context: context.origin }) ?? '.';
    // Route 53 takes every name as fully qualified: `mail.example.net` is `mail.example.net.`.
    b.rdataOrigin = '.';
    const seenAliases = new Set<string>();
    // Each SetIdentifier (a routing policy's record set) is a routing set of its own.
    const routingSets = new Map<string, number>();
    const routingSetOf = (set: Node): number => {
      const id = str(get(set, 'SetIdentifier'));
      if (id === undefined) return 0;
      const key = `${str(get(set, 'Name'))?.toLowerCase()}\0${str(get(set, 'Type'))?.toUpperCase()}\0${id}`;
      let n = routingSets.get(key);
      if (n === undefined) routingSets.set(key, (n = routingSets.size + 1));
      return n;
    };
    for (const set of sets) {
      const nameNode = get(set, 'Name');
      const typeNode = get(set, 'Type');
      const type = str(typeNode)?.toUpperCase();
      if (!nameNode || nameNode.kind !== 'string' || !typeNode || !type) continue;
      const owner = ownerName(b, nameNode, true, octalEscapes);
      if (!owner) continue;
      const alias = get(set, 'AliasTarget');
      if (alias) {
        const target = get(alias, 'DNSName');
        if (!ADDRESS_ALIASES.has(type) || !target || target.kind !== 'string') continue;
        const fields = [nameField(b.source, target, true, octalEscapes)];
        const key = `${owner.toLowerCase()} ${fields[0].text.toLowerCase()} ${str(get(set, 'SetIdentifier')) ?? ''}`;
        // An A and an AAAA alias to the same target are one ALIAS.
        if (seenAliases.has(key)) continue;
        seenAliases.add(key);
        const record = b.add({ owner, ownerAt: range(nameNode), type: 'ALIAS', typeAt: range(typeNode), ttl: PROVIDER_CHOSEN_TTL, fields, at: range(set) });
        if (record) record.flag(FLAG_AUTOMATIC_TTL);
        const routingSet = routingSetOf(set);
        if (record && routingSet) record.setRoutingSet(routingSet);
        continue;
      }
      const ttlNode = get(set, 'TTL');
      const ttl = num(ttlNode);
      const values = arr(get(set, 'ResourceRecords'));
      if (ttl === undefined) {
        if (!ttlNode && values.length) b.problem('no-ttl', `${type} record set ${nameNode.value as string} has no TTL (only alias record sets may omit it)`, range(typeNode));
        continue;
      }
      if (values.length === 0 && !get(set, 'ResourceRecords')) {
        b.problem('missing-field', `${type} record set ${nameNode.value as string} has neither ResourceRecords nor AliasTarget`, range(typeNode));
        continue;
      }
      const routingSet = routingSetOf(set);
      for (const item of values) {
        const value = get(item, 'Value');
        if (!value || value.kind !== 'string') continue;
        const record = b.add({
          owner,
          ownerAt: range(nameNode),
          type,
          typeAt: range(typeNode),
          ttl,
          ttlAt: ttlNode ? range(ttlNode) : undefined,
          fields: presentationFields(b.source, value, octalEscapes),
          at: range(value),
        });
        if (record && routingSet) record.setRoutingSet(routingSet);
      }
    }
  },
};
