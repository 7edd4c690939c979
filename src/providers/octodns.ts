/**
 * octoDNS YAML zone files (`YamlProvider`: `config/example.com.yaml`).
 *
 * - Top-level keys are names relative to the zone, `''` for the apex; each holds one record
 *   (`{type, ttl, value | values}`) or a list of them.
 * - Scalar types take `value`/`values` strings; MX takes `exchange`/`preference` (or the legacy
 *   `value`/`priority`), SRV `priority`/`weight`/`port`/`target`, CAA `flags`/`tag`/`value`,
 *   SSHFP, TLSA, DS and NAPTR their octoDNS keys.
 * - TXT/SPF values are written with `\;` escapes; longer than 255 octets, they are split as
 *   octoDNS does. Name values must be absolute (octoDNS requires the final dot): a name
 *   without one is read as relative, as a zone file would, and rules say so.
 * - `ttl` defaults to 3600 (YamlProvider's `default_ttl`); `octodns:` metadata is ignored, as are
 *   provider-specific types (`Provider/Type`, URLFWD); records with `octodns: {ignored: true}`
 *   are skipped, as octoDNS skips them.
 * - `!include file.yaml` is read (tree.ts), `# mxlint-disable…` comments work as in zone files.
 * - The zone is the configured or file-name origin (the file does not name it): `example.com.yaml`,
 *   or the split layout's folder `example.com./` (one file per name, `$example.com.yaml` for the apex).
 */
import type { JsonSchema } from '../model/json-schema.ts';
import type { RdataField } from '../model/record.ts';
import { absolute, nameField, range, scalarField, textFields, type Adapter, type ZoneBuilder } from './build.ts';
import { arr, bool, get, num, str, type Node } from './tree.ts';

const DEFAULT_TTL = 3600;

const scalar = { type: ['string', 'number'] };
const objectValue = { type: 'object' };
const value = { anyOf: [scalar, objectValue] };

const record: JsonSchema = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { type: 'string', minLength: 1 },
    ttl: { type: 'integer', minimum: 0, maximum: 2147483647 },
    value,
    values: { type: 'array', items: value },
    octodns: { type: 'object' },
  },
};

// A null item is an `!include` that could not be followed: the reader has reported it.
const schema: JsonSchema = {
  type: 'object',
  additionalProperties: { anyOf: [record, { type: 'array', items: { anyOf: [record, { type: 'null' }] } }] },
};

type Maker = (b: ZoneBuilder, v: Node) => (RdataField | undefined)[];

function key(b: ZoneBuilder, v: Node, names: string[], kind: 'scalar' | 'name' | 'text'): RdataField | undefined {
  for (const k of names) {
    const node = get(v, k);
    if (node && (node.kind === 'string' || node.kind === 'number')) {
      if (kind === 'name') return nameField(b.source, node, false);
      if (kind === 'text') return textFields(b.source, node, true)[0];
      return scalarField(b.source, node);
    }
  }
  b.problem('missing-field', `octoDNS: value has no '${names[0]}'`, range(v));
  return undefined;
}

function plain(kind: 'scalar' | 'name'): Maker {
  return (b, v) => {
    if (v.kind !== 'string' && v.kind !== 'number') {
      b.problem('bad-value', 'octoDNS: this value must be a string', range(v));
      return [undefined];
    }
    return [kind === 'name' ? nameField(b.source, v, false) : scalarField(b.source, v)];
  };
}

const text: Maker = (b, v) => {
  if (v.kind !== 'string' && v.kind !== 'number') {
    b.problem('bad-value', 'octoDNS: a TXT value must be a string', range(v));
    return [undefined];
  }
  return textFields(b.source, v, true);
};

const TYPES: Record<string, Maker> = {
  A: plain('scalar'),
  AAAA: plain('scalar'),
  CNAME: plain('name'),
  ALIAS: plain('name'),
  DNAME: plain('name'),
  NS: plain('name'),
  PTR: plain('name'),
  TXT: text,
  SPF: text,
  MX: (b, v) => [key(b, v, ['preference', 'priority'], 'scalar'), key(b, v, ['exchange', 'value'], 'name')],
  SRV: (b, v) => [key(b, v, ['priority'], 'scalar'), key(b, v, ['weight'], 'scalar'), key(b, v, ['port'], 'scalar'), key(b, v, ['target'], 'name')],
  CAA: (b, v) => [get(v, 'flags') ? key(b, v, ['flags'], 'scalar') : zeroFlags(b, v), key(b, v, ['tag'], 'scalar'), key(b, v, ['value'], 'text')],
  SSHFP: (b, v) => [key(b, v, ['algorithm'], 'scalar'), key(b, v, ['fingerprint_type'], 'scalar'), key(b, v, ['fingerprint'], 'scalar')],
  TLSA: (b, v) => [
    key(b, v, ['certificate_usage'], 'scalar'),
    key(b, v, ['selector'], 'scalar'),
    key(b, v, ['matching_type'], 'scalar'),
    key(b, v, ['certificate_association_data'], 'scalar'),
  ],
  DS: (b, v) => [key(b, v, ['key_tag'], 'scalar'), key(b, v, ['algorithm'], 'scalar'), key(b, v, ['digest_type'], 'scalar'), key(b, v, ['digest'], 'scalar')],
  NAPTR: (b, v) => [
    key(b, v, ['order'], 'scalar'),
    key(b, v, ['preference'], 'scalar'),
    key(b, v, ['flags'], 'text'),
    key(b, v, ['service'], 'text'),
    key(b, v, ['regexp'], 'text'),
    key(b, v, ['replacement'], 'name'),
  ],
};

/** CAA `flags` defaults to 0 in octoDNS; the field then points at the value object. */
function zeroFlags(b: ZoneBuilder, v: Node): RdataField {
  return { text: '0', quoted: false, span: { source: b.source, start: v.start, end: v.start }, offsets: Int32Array.of(v.start) };
}

export const octodns: Adapter = {
  format: 'octodns',
  title: 'octoDNS YAML',
  schema: () => schema,
  read(root, b, context) {
    if (!context.origin) {
      b.problem('no-origin', 'octoDNS: the zone name is unknown: name the file after the zone (example.com.yaml) or set its origin in the configuration', { start: root.start, end: root.start + 1 });
      return;
    }
    b.origin = context.origin;
    for (const { key: name, keyNode, value: body } of root.entries ?? []) {
      const owner = absolute(name, b.origin);
      if (!owner.ok) {
        b.problem('bad-owner', `owner '${name}': ${owner.message}`, range(keyNode));
        continue;
      }
      const list = body.kind === 'array' ? arr(body) : [body];
      for (const rec of list) {
        const typeNode = get(rec, 'type');
        const type = str(typeNode)?.toUpperCase();
        if (!typeNode || !type) continue;
        // `octodns: {ignored: true}`: octoDNS leaves the record alone at the provider, so does mxlint.
        if (bool(get(get(rec, 'octodns'), 'ignored')) === true) continue;
        const maker = TYPES[type];
        if (!maker) {
          // Provider-specific types (`Route53Provider/ALIAS`) and URLFWD are not DNS data.
          if (!type.includes('/') && type !== 'URLFWD') b.problem('unsupported-type', `octoDNS: ${type} records are not read by mxlint`, range(typeNode), 'warning');
          continue;
        }
        const ttlNode = get(rec, 'ttl');
        const ttl = num(ttlNode) ?? DEFAULT_TTL;
        const values = get(rec, 'values');
        const single = get(rec, 'value');
        const items = values ? arr(values) : single ? [single] : [];
        if (items.length === 0) {
          b.problem('missing-field', `octoDNS: ${type} record ${name === '' ? "''" : name} has no value or values`, range(typeNode));
          continue;
        }
        for (const v of items) {
          const fields = maker(b, v);
          if (fields.some((f) => f === undefined)) continue;
          b.add({ owner: owner.name, ownerAt: range(keyNode), type, typeAt: range(typeNode), ttl, ttlAt: ttlNode && num(ttlNode) !== undefined ? range(ttlNode) : undefined, fields: fields as RdataField[], at: range(v) });
        }
      }
    }
  },
};
