/**
 * Cloudflare's BIND export (dashboard: DNS → Records → Export; API:
 * `GET /zones/{zone_id}/dns_records/export`), read as the zone file it is, plus what Cloudflare
 * writes beside the records:
 *
 * - the zone in a `;; Domain: example.com.` header (there is no `$ORIGIN`; the SOA owner is
 *   written without its final dot, so BIND reads it as `example.com.example.com.`: the zone stays
 *   `example.com.` and that one line gets one informational finding, instead of every record
 *   falling outside);
 * - `; cf_tags=cf-proxied:true` after a proxied record: `record.proxied` (rule mx-target-proxied);
 * - TTL 1 for "automatic": `record.automaticTtl`, as in Cloudflare's JSON.
 *
 * Imports nothing heavy: BIND-only runs load it.
 */
import type { Zone } from '../model/zone.ts';
import { nameKey } from '../zone/names.ts';
import { FLAG_AUTOMATIC_TTL, FLAG_PROXIED, recordsByLine } from '../model/record.ts';

/** The zone a Cloudflare export's header names, from the first lines of the file. */
export function cloudflareDomain(head: string): string | undefined {
  const match = /^;;\s*Domain:\s+(\S+)\s*$/m.exec(head.slice(0, 4096));
  if (!match || !/^;;\s*Exported:/m.test(head.slice(0, 4096))) return undefined;
  return match[1].endsWith('.') ? match[1] : match[1] + '.';
}

/** Reports the SOA owner Cloudflare writes without its dot; marks proxied and automatic-TTL records. */
export function applyCloudflareExport(zone: Zone): void {
  for (const record of zone.records) {
    if (record.source !== zone.source) continue;
    if (record.type === 'SOA' && nameKey(record.owner) !== nameKey(zone.origin)) {
      const written = zone.source.text.slice(record.ownerStart, record.ownerEnd);
      // Information, not an error: the export is for review and archives (its own header says it must
      // be edited before a server loads it), and every export has it, so a repository of exports
      // would never lint clean.
      zone.diagnostics.push({
        ruleId: 'syntax/soa-owner',
        severity: 'info',
        message: `Cloudflare's export writes the SOA owner \`${written}\` without its final dot and without $ORIGIN, so BIND would read it as \`${record.owner}\`, below the zone's apex, and refuse the zone; before a name server loads this file, write \`${zone.origin}\` (mxlint reads it as the export it is)`,
        span: record.ownerSpan,
      });
    }
    if (record.ttl === 1 && record.ttlStart >= 0) record.flag(FLAG_AUTOMATIC_TTL);
  }
  const byLine = recordsByLine(zone.records, zone.source);
  for (const comment of zone.comments) {
    if (comment.source !== zone.source || !/\bcf_tags=\S*\bcf-proxied:true\b/.test(comment.text)) continue;
    for (const record of byLine.get(zone.source.positionAt(comment.start).line) ?? []) record.flag(FLAG_PROXIED);
  }
}
