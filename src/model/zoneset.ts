import { nameKey } from '../zone/names.ts';
import type { ZoneRecord } from './record.ts';
import type { Zone } from './zone.ts';

/**
 * All zones of one run, so a rule can resolve a name in a sibling zone (an MX target defined in
 * another zone file of the repository): which zone holds a name, and each zone's owner index,
 * built on first use. Resolving a name (cuts, aliases, wildcards) is engine/resolver.ts's job.
 */
export class ZoneSet {
  private byOrigin: Map<string, Zone[]> | undefined;
  private readonly names = new Map<Zone, Map<string, ZoneRecord[]>>();

  constructor(readonly zones: readonly Zone[]) {}

  /** The zone whose origin is the closest enclosing one of `name`, if any zone of the run holds it. */
  zoneFor(name: string): Zone | undefined {
    if (!this.byOrigin) {
      this.byOrigin = new Map();
      for (const zone of this.zones) {
        const key = nameKey(zone.origin);
        const list = this.byOrigin.get(key) ?? [];
        list.push(zone);
        this.byOrigin.set(key, list);
      }
    }
    let key = nameKey(name);
    for (;;) {
      const found = this.byOrigin.get(key);
      if (found) return found[0];
      if (key === '.') return undefined;
      const dot = nextLabel(key);
      key = dot < 0 ? '.' : key.slice(dot);
    }
  }

  /** Records owned by `name` in `zone` (all types, in file order). */
  recordsAt(zone: Zone, name: string): ZoneRecord[] {
    return this.index(zone).get(nameKey(name)) ?? [];
  }

  index(zone: Zone): Map<string, ZoneRecord[]> {
    let index = this.names.get(zone);
    if (!index) {
      index = new Map();
      for (const record of zone.records) {
        const key = nameKey(record.owner);
        const list = index.get(key);
        if (list) list.push(record);
        else index.set(key, [record]);
      }
      this.names.set(zone, index);
    }
    return index;
  }
}

/** Index of the dot that starts the parent of a name key (escapes are decoded in keys except `\DDD`). */
function nextLabel(key: string): number {
  for (let i = 0; i < key.length; i++) {
    if (key.charCodeAt(i) === 92) i += 3;
    else if (key.charCodeAt(i) === 46) return i + 1 < key.length ? i + 1 : -1;
  }
  return -1;
}
