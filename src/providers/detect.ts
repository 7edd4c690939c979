/**
 * Which provider wrote an export, from its content (never its file name): each format has keys
 * no other one uses at that place.
 */
import type { ZoneFormat } from '../model/zone.ts';
import { arr, get, str, type Node } from './tree.ts';

/** Formats a JSON document can be, in the order they are tried (and named when none fits). */
export const JSON_FORMATS: readonly ZoneFormat[] = ['route53', 'cloudflare', 'google', 'azure', 'digitalocean', 'powerdns'];

function has(node: Node | undefined, key: string): boolean {
  return !!node?.entries?.some((e) => e.key === key);
}

/** The first few items of an array (detection needs no more). */
function sample(node: Node | undefined): Node[] {
  return arr(node).slice(0, 8);
}

/** Every sampled item of a non-empty array passes `test`: a format matches as a whole, not by one key. */
function all(node: Node | undefined, test: (n: Node) => boolean): boolean {
  const items = sample(node);
  return items.length > 0 && items.every(test);
}

const azureType = (n: Node) => /^Microsoft\.Network\/dnszones\//i.test(str(get(n, 'type')) ?? '');
const googleSet = (n: Node) => has(n, 'name') && has(n, 'type') && (has(n, 'rrdatas') || has(n, 'routingPolicy') || str(get(n, 'kind')) === 'dns#resourceRecordSet');
const cloudflareRecord = (n: Node) => has(n, 'content') && has(n, 'name') && has(n, 'type');
const doRecord = (n: Node) => has(n, 'data') && has(n, 'name') && has(n, 'type');
const route53Change = (n: Node) => has(n, 'Action') && has(n, 'ResourceRecordSet');
const powerdnsSet = (n: Node) => has(n, 'name') && has(n, 'type') && (has(n, 'records') || has(n, 'changetype'));

/** The export format of a parsed JSON document, or undefined when it is none mxlint knows. */
export function detectJson(root: Node): ZoneFormat | undefined {
  if (root.kind === 'object') {
    // Route 53's key is its own: its record sets are then checked against the schema.
    if (get(root, 'ResourceRecordSets')?.kind === 'array') return 'route53';
    const batch = get(root, 'ChangeBatch') ?? root;
    if (all(get(batch, 'Changes'), route53Change)) return 'route53';
    if (all(get(root, 'domain_records'), doRecord) || has(get(root, 'domain_record'), 'type')) return 'digitalocean';
    if (all(get(root, 'rrsets'), googleSet)) return 'google';
    if (all(get(root, 'rrsets'), powerdnsSet)) return 'powerdns';
    if (all(get(root, 'result'), cloudflareRecord) || (get(root, 'result')?.kind === 'array' && has(root, 'success'))) return 'cloudflare';
    if (all(get(root, 'value'), azureType)) return 'azure';
    return undefined;
  }
  if (root.kind === 'array') {
    if (all(root, azureType)) return 'azure';
    if (all(root, googleSet)) return 'google';
    if (all(root, cloudflareRecord)) return 'cloudflare';
    if (all(root, doRecord)) return 'digitalocean';
  }
  return undefined;
}

/** Not a zone, but a file mxlint recognises and says why it leaves alone. */
export interface Recognised {
  skip: string;
}

/**
 * A YAML document: Google Cloud's `record-sets export` (documents of `dns#resourceRecordSet`), an
 * octoDNS zone file (every top-level value a record or a list of records, each with a `type`), or
 * an octoDNS main configuration (`providers:` and `zones:`), which is recognised and left alone.
 */
export function detectYaml(root: Node): ZoneFormat | Recognised | undefined {
  if (root.kind === 'array') return all(root, googleSet) ? 'google' : undefined;
  if (root.kind !== 'object') return undefined;
  if (has(root, 'providers') && has(root, 'zones')) return { skip: octodnsConfigSkip(root) };
  if (googleSet(root) && str(get(root, 'kind')) === 'dns#resourceRecordSet') return 'google';
  const entries = root.entries ?? [];
  // A null item stands for an `!include` that could not be followed (reported by the reader).
  const isRecord = (n: Node) => (n.kind === 'object' && str(get(n, 'type')) !== undefined) || n.kind === 'null';
  const octodns = entries.length > 0 && entries.every((e) => isRecord(e.value) || (e.value.kind === 'array' && all(e.value, isRecord)));
  return octodns ? 'octodns' : undefined;
}

/** Why an octoDNS main configuration is left alone, naming the folders its YAML providers read. */
function octodnsConfigSkip(root: Node): string {
  const folders = (get(root, 'providers')?.entries ?? []).flatMap(({ value }) => {
    const directory = str(get(value, 'directory'));
    return /YamlProvider$/.test(str(get(value, 'class')) ?? '') && directory ? [`\`${directory}\``] : [];
  });
  const where = folders.length ? `in ${[...new Set(folders)].join(', ')}, where its YAML providers read them` : 'its YAML providers read';
  return `the octoDNS main configuration: mxlint reads the zone files ${where}, not this file`;
}
