import { nameKey } from '../zone/names.ts';
import { OwnerIndex } from './owner-index.ts';
import type { ZoneRecord } from './record.ts';
import type { Zone } from './zone.ts';

/**
 * All zones of one view of a run, so a rule can resolve a name in a sibling zone (an MX target
 * defined in another zone file of the repository): which zone holds a name, and each zone's owner
 * index, built on first use. Resolving a name (cuts, aliases, wildcards) is engine/resolver.ts's job.
 *
 * A zone whose origin is unknown (or the root) answers for no name of another zone: a stray file
 * read as zone `.` would otherwise make every other zone's external names look missing.
 */
export class ZoneSet {
  private byOrigin: Map<string, Zone[]> | undefined;
  /** zoneForKey's answers (null: no zone of the set holds the name). */
  private readonly holders = new Map<string, Zone | null>();
  private readonly names = new Map<Zone, OwnerIndex>();

  /** `views`: the zones of every view of the run, for comparing one zone across views. */
  constructor(
    readonly zones: readonly Zone[],
    private readonly views: readonly Zone[] = zones,
  ) {}

  /**
   * One set per view: a zone sees the zones of its own view (configuration `views`) and those of
   * no view; with no views configured, one set of all zones.
   */
  static perView(zones: readonly Zone[]): (zone: Zone) => ZoneSet {
    const names = [...new Set(zones.map((z) => z.view).filter((v): v is string => v !== undefined))];
    if (names.length === 0) {
      const all = new ZoneSet(zones);
      return () => all;
    }
    const sets = new Map<string | undefined, ZoneSet>();
    const shared = zones.filter((z) => z.view === undefined);
    for (const view of [undefined, ...names]) sets.set(view, new ZoneSet(view === undefined ? shared : [...zones.filter((z) => z.view === view), ...shared], zones));
    return (zone) => sets.get(zone.view) as ZoneSet;
  }

  /**
   * The same zone in the other views (the first file of each view, as lookups use it); empty for a
   * zone of no view, and for a second copy of a zone in its view (reported as a duplicate).
   */
  otherViews(zone: Zone): Zone[] {
    if (zone.view === undefined || !takesPart(zone)) return [];
    const key = nameKey(zone.origin);
    const first = new Map<string, Zone>();
    for (const z of this.views) if (z.view !== undefined && takesPart(z) && nameKey(z.origin) === key && !first.has(z.view)) first.set(z.view, z);
    if (first.get(zone.view) !== zone) return [];
    return [...first.values()].filter((z) => z !== zone);
  }

  /** The zone whose origin is the closest enclosing one of `name`, if any zone of the run holds it. */
  zoneFor(name: string): Zone | undefined {
    return this.zoneForKey(nameKey(name));
  }

  /** zoneFor of a name key (`nameKey`), answered once per key: rules ask about the same names again and again. */
  zoneForKey(key: string): Zone | undefined {
    let found = this.holders.get(key);
    if (found === undefined) {
      const origins = this.origins();
      for (let at = key; ; ) {
        const zones = origins.get(at);
        if (zones) {
          found = zones[0];
          break;
        }
        if (at === '.') {
          found = null;
          break;
        }
        const dot = nextLabel(at);
        at = dot < 0 ? '.' : at.slice(dot);
      }
      this.holders.set(key, found);
    }
    return found ?? undefined;
  }

  /**
   * True when another zone of the set has the origin of `zone` (two views of it, or a copy): only
   * then do names resolve differently from it (in its own file) than from any other zone.
   */
  sharesOrigin(zone: Zone): boolean {
    const zones = this.origins().get(nameKey(zone.origin));
    return zones !== undefined && (zones.length > 1 || zones[0] !== zone);
  }

  /** The zones that take part in lookups, by origin key. */
  private origins(): Map<string, Zone[]> {
    if (!this.byOrigin) {
      this.byOrigin = new Map();
      for (const zone of this.zones) {
        if (!takesPart(zone)) continue;
        const key = nameKey(zone.origin);
        const list = this.byOrigin.get(key);
        if (list) list.push(zone);
        else this.byOrigin.set(key, [zone]);
      }
    }
    return this.byOrigin;
  }

  /** Records owned by `name` in `zone` (all types, in file order), in a new list. */
  recordsAt(zone: Zone, name: string): ZoneRecord[] {
    return this.index(zone).get(nameKey(name)) ?? [];
  }

  /** The zone's records by owner, built on first use. */
  index(zone: Zone): OwnerIndex {
    let index = this.names.get(zone);
    if (!index) this.names.set(zone, (index = new OwnerIndex(zone.records)));
    return index;
  }
}

function takesPart(zone: Zone): boolean {
  return zone.originFrom !== 'unknown' && zone.origin !== '.';
}

/** Index of the dot that starts the parent of a name key (escapes are decoded in keys except `\DDD`). */
function nextLabel(key: string): number {
  for (let i = 0; i < key.length; i++) {
    if (key.charCodeAt(i) === 92) i += 3;
    else if (key.charCodeAt(i) === 46) return i + 1 < key.length ? i + 1 : -1;
  }
  return -1;
}
