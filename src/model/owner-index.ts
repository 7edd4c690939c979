import { nameKey } from '../zone/names.ts';
import type { ZoneRecord } from './record.ts';

/**
 * A zone's records by owner: its owners (name keys) in order of first appearance, each with its
 * records in file order. It keeps one number per owner, not a list: a million-record zone has
 * hundreds of thousands of owners, and a list each was copied by every young-generation
 * collection after it was made. Lists are made when a reader asks for one (`get`, `recordsOf`),
 * and are garbage soon after unless the reader keeps them.
 *
 * Owners are numbered from 0 in order of first appearance; `forEach` visits them in that order.
 */
export class OwnerIndex {
  /** Owner number → owner key. */
  private readonly keys: string[] = [];
  /** Owner number → the hash of its key (hashOf). */
  private hashes: Int32Array;
  /**
   * Owner key → owner number, an open-addressing table (linear probing) of owner number + 1 per
   * slot, 0 for an empty one, at least twice as many slots as owners. Built in a few typed
   * arrays, it costs a fraction of a Map's insertions at hundreds of thousands of owners.
   */
  private table: Int32Array;
  /**
   * Owner `o`'s records are the positions `first[o]` to `first[o + 1] - 1` of `order`, which
   * holds record numbers grouped by owner; when every owner's records follow each other (most
   * zones), `order` is undefined and the positions are record numbers.
   */
  private readonly first: Int32Array;
  private readonly order: Int32Array | undefined;

  constructor(private readonly records: readonly ZoneRecord[]) {
    const n = records.length;
    // Runs of records that share the owner's string (records of one owner mostly follow each
    // other): the start of each run and its owner number.
    const runStart = new Int32Array(n + 1);
    const runOwner = new Int32Array(n);
    this.hashes = new Int32Array(n);
    this.table = new Int32Array(tableSize(n >> 2));
    let runs = 0;
    let recurs = false;
    for (let start = 0; start < n; ) {
      const owner = records[start].owner;
      let end = start + 1;
      while (end < n && records[end].owner === owner) end++;
      // hashOf(nameKey(owner)) in one pass over a name that is its own key (most are).
      let hash = FNV_BASIS;
      let plain = true;
      for (let i = 0; i < owner.length; i++) {
        const c = owner.charCodeAt(i);
        // What nameKey changes: upper case, escapes, octets past ASCII.
        if ((c >= 65 && c <= 90) || c === 92 || c >= 128) {
          plain = false;
          break;
        }
        hash = Math.imul(hash ^ c, FNV_PRIME);
      }
      const key = plain ? owner : nameKey(owner);
      hash = plain ? mixed(hash) : hashOf(key);
      let number = this.lookup(key, hash);
      if (number < 0) number = this.add(key, hash);
      else recurs = true;
      runStart[runs] = start;
      runOwner[runs++] = number;
      start = end;
    }
    runStart[runs] = n;
    const owners = this.keys.length;
    this.hashes = this.hashes.slice(0, owners);
    if (!recurs) {
      // One run per owner, in owner order: the run starts are the owners' first positions.
      this.first = runStart.slice(0, owners + 1);
      this.order = undefined;
      return;
    }
    // An owner met again later (a zone sorted by type): group the record numbers by owner, each
    // group in file order (a counting sort over the runs).
    const first = new Int32Array(owners + 1);
    for (let r = 0; r < runs; r++) first[runOwner[r] + 1] += runStart[r + 1] - runStart[r];
    for (let o = 0; o < owners; o++) first[o + 1] += first[o];
    const next = first.slice(0, owners);
    const order = new Int32Array(n);
    for (let r = 0; r < runs; r++) {
      const o = runOwner[r];
      for (let i = runStart[r]; i < runStart[r + 1]; i++) order[next[o]++] = i;
    }
    this.first = first;
    this.order = order;
  }

  /** The owner number of `key` (whose hash is `hash`), or -1. */
  private lookup(key: string, hash: number): number {
    const table = this.table;
    const mask = table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const owner = table[slot] - 1;
      if (owner < 0) return -1;
      if (this.hashes[owner] === hash && this.keys[owner] === key) return owner;
    }
  }

  /** Numbers a new owner; the table doubles when it would be more than half full. */
  private add(key: string, hash: number): number {
    const owner = this.keys.length;
    this.keys.push(key);
    this.hashes[owner] = hash;
    if ((owner + 1) * 2 > this.table.length) {
      this.table = new Int32Array(this.table.length * 2);
      for (let o = 0; o < owner; o++) this.place(o);
    }
    this.place(owner);
    return owner;
  }

  private place(owner: number): void {
    const table = this.table;
    const mask = table.length - 1;
    let slot = this.hashes[owner] & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = owner + 1;
  }

  /** How many owners there are. */
  get size(): number {
    return this.keys.length;
  }

  has(key: string): boolean {
    return this.lookup(key, hashOf(key)) >= 0;
  }

  /** The owner number of a name key, or -1 when no record has that owner. */
  ownerOf(key: string): number {
    return this.lookup(key, hashOf(key));
  }

  /** The name key of owner `owner`. */
  keyOf(owner: number): string {
    return this.keys[owner];
  }

  /** How many records owner `owner` has. */
  count(owner: number): number {
    return this.first[owner + 1] - this.first[owner];
  }

  /** Record `i` (from 0, in file order) of owner `owner`. */
  record(owner: number, i: number): ZoneRecord {
    const at = this.first[owner] + i;
    return this.records[this.order === undefined ? at : this.order[at]];
  }

  /** The records of owner `owner`, in file order, in a new list. */
  recordsOf(owner: number): ZoneRecord[] {
    const from = this.first[owner];
    const to = this.first[owner + 1];
    if (this.order === undefined) return this.records.slice(from, to);
    const out = new Array<ZoneRecord>(to - from);
    for (let i = from; i < to; i++) out[i - from] = this.records[this.order[i]];
    return out;
  }

  /** The records owned by name key `key`, in file order, in a new list; undefined when it owns none. */
  get(key: string): ZoneRecord[] | undefined {
    const owner = this.ownerOf(key);
    return owner < 0 ? undefined : this.recordsOf(owner);
  }

  /** True when a record of owner `owner` satisfies `test` (no list is made). */
  some(owner: number, test: (record: ZoneRecord) => boolean): boolean {
    return this.find(owner, test) !== undefined;
  }

  /** The first record of owner `owner` that satisfies `test` (no list is made). */
  find(owner: number, test: (record: ZoneRecord) => boolean): ZoneRecord | undefined {
    const to = this.first[owner + 1];
    for (let at = this.first[owner]; at < to; at++) {
      const record = this.records[this.order === undefined ? at : this.order[at]];
      if (test(record)) return record;
    }
    return undefined;
  }

  /** Calls `visit` with each owner's key and number, in order of first appearance. */
  forEach(visit: (key: string, owner: number) => void): void {
    const keys = this.keys;
    for (let owner = 0; owner < keys.length; owner++) visit(keys[owner], owner);
  }
}

/** A table of at least 16 slots, a power of two, for `owners` owners at most half full. */
function tableSize(owners: number): number {
  let size = 16;
  while (size < owners * 2) size *= 2;
  return size;
}

/** FNV-1a over the key's characters, then mixed (MurmurHash3's finalizer) so that the low bits the table uses depend on every character. */
function hashOf(key: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return mixed(h);
}

const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function mixed(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
