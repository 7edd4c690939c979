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

const azureType = (n: Node) => /^Microsoft\.Network\/dnszones\//i.test(str(get(n, 'type')) ?? '');
const googleSet = (n: Node) => has(n, 'rrdatas') || str(get(n, 'kind')) === 'dns#resourceRecordSet';
const cloudflareRecord = (n: Node) => has(n, 'content') && has(n, 'name') && has(n, 'type');
const doRecord = (n: Node) => has(n, 'data') && has(n, 'name') && has(n, 'type');
const route53Set = (n: Node) => has(n, 'Name') && has(n, 'Type');

/** The export format of a parsed JSON document, or undefined when it is none mxlint knows. */
export function detectJson(root: Node): ZoneFormat | undefined {
  if (root.kind === 'object') {
    if (has(root, 'ResourceRecordSets') || has(root, 'ChangeBatch')) return 'route53';
    if (has(root, 'Changes') && sample(get(root, 'Changes')).some((c) => has(c, 'ResourceRecordSet') || has(c, 'Action'))) return 'route53';
    if (has(root, 'domain_records') || has(root, 'domain_record')) return 'digitalocean';
    if (has(root, 'rrsets')) {
      const sets = sample(get(root, 'rrsets'));
      return sets.length && sets.every(googleSet) ? 'google' : 'powerdns';
    }
    if (has(root, 'result') && (get(root, 'result')?.kind === 'array')) return 'cloudflare';
    if (has(root, 'value') && sample(get(root, 'value')).some(azureType)) return 'azure';
    return undefined;
  }
  if (root.kind === 'array') {
    const items = sample(root);
    if (items.length === 0) return undefined;
    if (items.some(azureType)) return 'azure';
    if (items.some(googleSet)) return 'google';
    if (items.some(cloudflareRecord)) return 'cloudflare';
    if (items.some(doRecord)) return 'digitalocean';
    if (items.some(route53Set)) return undefined;
  }
  return undefined;
}

/** Any YAML mapping is read as an octoDNS zone file (discovery only sends octoDNS-looking YAML). */
export function detectYaml(root: Node): ZoneFormat | undefined {
  return root.kind === 'object' ? 'octodns' : undefined;
}
