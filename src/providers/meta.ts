/**
 * Provider facts the record model has no place for, kept beside the records in WeakMaps.
 *
 * This module imports nothing, so rules can ask about provider flags without loading the provider
 * readers (jsonc-parser, yaml, ajv) at start-up: a run over BIND files never pays for them.
 */
import type { ZoneRecord } from '../model/record.ts';

const proxied = new WeakSet<ZoneRecord>();
const automaticTtl = new WeakSet<ZoneRecord>();

/**
 * Cloudflare `proxied: true`: the name answers with Cloudflare's HTTP(S) proxy addresses, not
 * the record's own. Mail sent there does not arrive.
 */
export function isProxied(record: ZoneRecord): boolean {
  return proxied.has(record);
}

/**
 * The provider chooses the TTL, not the zone's author: Cloudflare `ttl: 1` ("automatic", 300 s
 * today) and Route 53 alias records (the TTL of the alias target). The record's `ttl` holds 300
 * for both. TTL rules should not report such a record: there is nothing for the author to change.
 */
export function isAutomaticTtl(record: ZoneRecord): boolean {
  return automaticTtl.has(record);
}

/** For the readers only. */
export function markProxied(record: ZoneRecord): void {
  proxied.add(record);
}

/** For the readers only. */
export function markAutomaticTtl(record: ZoneRecord): void {
  automaticTtl.add(record);
}

/** The TTL given to records whose TTL the provider chooses (Cloudflare's documented automatic TTL). */
export const AUTOMATIC_TTL = 300;
