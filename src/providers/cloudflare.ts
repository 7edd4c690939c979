/**
 * Cloudflare API v4 DNS records: the body of `GET /zones/{zone_id}/dns_records`
 * (`{"result": […], "success": true, …}`) or a bare array of its records.
 *
 * - `name` and name-valued `content` are fully qualified without the final dot.
 * - MX (and SRV, URI) keep the preference in `priority`; `content` holds the rest.
 * - TXT `content` may be quoted character-strings (`"v=spf1 …" "…"`) or plain text, which is
 *   split into 255-octet strings as Cloudflare serves it.
 * - `ttl: 1` means "automatic": the record gets 300 s (Cloudflare's automatic TTL) and
 *   `record.automaticTtl` is true, so TTL rules can leave it alone.
 * - `proxied: true` is kept as `record.proxied` (rule `mx-target-proxied`).
 * - The zone name is `zone_name` when present (older responses), else the origin from the
 *   configuration or file name, else the names' common suffix.
 */
import type { JsonSchema } from '../model/json-schema.ts';
import type { RdataField } from '../model/record.ts';
import { FLAG_AUTOMATIC_TTL, FLAG_PROXIED } from '../model/record.ts';
import { PROVIDER_CHOSEN_TTL, chooseOrigin, field, nameField, nameText, ownerName, presentationFields, range, scalarField, textFields, tokenize, escapeNonAscii, type Adapter, type ZoneBuilder } from './build.ts';
import { arr, bool, get, num, str, type Node } from './tree.ts';


const record: JsonSchema = {
  type: 'object',
  required: ['name', 'type', 'content'],
  properties: {
    id: { type: 'string' },
    zone_name: { type: 'string' },
    name: { type: 'string', minLength: 1 },
    type: { type: 'string', minLength: 1 },
    content: { type: 'string' },
    proxied: { type: 'boolean' },
    proxiable: { type: 'boolean' },
    ttl: { type: 'integer', minimum: 1, maximum: 2147483647 },
    priority: { type: 'integer', minimum: 0, maximum: 65535 },
    comment: { type: ['string', 'null'] },
    tags: { type: 'array' },
  },
};

const records: JsonSchema = { type: 'array', items: record };
const envelope: JsonSchema = { type: 'object', required: ['result'], properties: { result: records, success: { type: 'boolean' } } };

/** Types whose `content` is one domain name. */
const NAME_TYPES = new Set(['CNAME', 'NS', 'PTR', 'DNAME']);
/** Types whose preference or priority lives in `priority`. */
const PRIORITY_TYPES = new Set(['MX', 'SRV', 'URI']);

function items(root: Node): Node[] {
  return root.kind === 'array' ? arr(root) : arr(get(root, 'result'));
}

function fieldsOf(b: ZoneBuilder, type: string, item: Node, content: Node): RdataField[] {
  const priority = get(item, 'priority');
  const lead = PRIORITY_TYPES.has(type) && priority && num(priority) !== undefined ? [scalarField(b.source, priority)] : [];
  if (type === 'MX') return [...lead, nameField(b.source, content, true)];
  if (NAME_TYPES.has(type)) return [nameField(b.source, content, true)];
  if (type === 'TXT' || type === 'SPF') {
    return (str(content) ?? '').trimStart().startsWith('"') ? presentationFields(b.source, content) : textFields(b.source, content);
  }
  if (type === 'SRV') {
    // `content` is "weight port target"; the target is fully qualified without its final dot.
    const tokens = tokenize(content.mapped());
    return [
      ...lead,
      ...tokens.map((t, i) => field(b.source, i === tokens.length - 1 && !t.quoted ? nameText(t.text, true) : escapeNonAscii(t.text), t.quoted, t.at)),
    ];
  }
  return [...lead, ...presentationFields(b.source, content)];
}

export const cloudflare: Adapter = {
  format: 'cloudflare',
  title: 'Cloudflare',
  schema: (root) => (root.kind === 'array' ? records : envelope),
  read(root, b, context) {
    const list = items(root);
    const names = list.map((i) => str(get(i, 'name'))).filter((n): n is string => !!n).map((n) => (n.endsWith('.') ? n : n + '.'));
    const stated = list.map((i) => str(get(i, 'zone_name'))).find((z) => !!z);
    b.origin = chooseOrigin({ stated, names, context: context.origin }) ?? '.';
    for (const item of list) {
      const nameNode = get(item, 'name');
      const typeNode = get(item, 'type');
      const content = get(item, 'content');
      const type = str(typeNode)?.toUpperCase();
      if (!nameNode || nameNode.kind !== 'string' || !typeNode || !type || !content || content.kind !== 'string') continue;
      const owner = ownerName(b, nameNode, true);
      if (!owner) continue;
      const ttlNode = get(item, 'ttl');
      const rawTtl = num(ttlNode);
      if (ttlNode && rawTtl === undefined) continue; // reported by the schema check
      const automatic = rawTtl === undefined || rawTtl === 1;
      const added = b.add({
        owner,
        ownerAt: range(nameNode),
        type,
        typeAt: range(typeNode),
        ttl: automatic ? PROVIDER_CHOSEN_TTL : rawTtl,
        ttlAt: ttlNode ? range(ttlNode) : undefined,
        fields: fieldsOf(b, type, item, content),
        at: range(item),
        rdataAt: range(content),
      });
      if (!added) continue;
      if (automatic) added.flag(FLAG_AUTOMATIC_TTL);
      if (bool(get(item, 'proxied')) === true) added.flag(FLAG_PROXIED);
    }
  },
};
