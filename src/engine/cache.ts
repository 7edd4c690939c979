/**
 * Caches of derived rule data (parsed records, per-zone indexes, name resolutions) that the rules
 * of one family share. Zones live for the whole run, so a plain module-level `WeakMap` keyed by a
 * record or zone would keep every family's data alive at once; caches made here are registered
 * and `clearRuleCaches()` drops them all, which the lint loop does between rule families and after
 * each zone. Clearing only costs time: whatever is asked for again is derived again.
 */

/** The part of `WeakMap` the caches use. */
export interface RuleCache<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): this;
  has(key: K): boolean;
  delete(key: K): boolean;
}

class ClearableCache<K extends object, V> implements RuleCache<K, V> {
  private map = new WeakMap<K, V>();

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): this {
    this.map.set(key, value);
    return this;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  delete(key: K): boolean {
    return this.map.delete(key);
  }

  clear(): void {
    this.map = new WeakMap();
  }
}

const registry: { clear(): void }[] = [];

/** A cache keyed by objects (records, zones, runs) that `clearRuleCaches()` empties. Call once, at module level. */
export function ruleCache<K extends object, V>(): RuleCache<K, V> {
  const cache = new ClearableCache<K, V>();
  registry.push(cache);
  return cache;
}

/** Drops everything every rule cache holds. */
export function clearRuleCaches(): void {
  for (const cache of registry) cache.clear();
}
