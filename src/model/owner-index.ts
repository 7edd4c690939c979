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
  /**
   * One array for all the numbers kept, at three offsets, each part sized for one owner per run
   * of records (an owner met again in a later run leaves its part's end unused):
   * - `first`: owner `o`'s records are the positions `first[o]` to `first[o + 1] - 1` of `order`,
   *   which holds record numbers grouped by owner; when every owner's records follow each other
   *   (most zones), `order` is undefined and the positions are record numbers;
   * - the hash of each owner's key (hashOf);
   * - owner key → owner number: an open-addressing table (linear probing) of owner number + 1 per
   *   slot, 0 for an empty one, at least twice as many slots as runs. Built in typed arrays, the
   *   index of a million-record zone took about a third less CPU than with a Map (which also kept
   *   more); a lookup costs about twice a Map's, as the key's hash is worked out on each ask.
   */
  private readonly cells: Int32Array;
  private readonly hashAt: number;
  private readonly tableAt: number;
  private readonly mask: number;
  private readonly order: Int32Array | undefined;

  constructor(private readonly records: readonly ZoneRecord[]) {
    const n = records.length;
    // Runs of records that share the owner's string (records of one owner mostly follow each
    // other): the start of each run, then each run's owner number.
    const { runStart, runOwner } = workArrays(n);
    let runs = 0;
    for (let start = 0; start < n; ) {
      const owner = records[start].owner;
      let end = start + 1;
      while (end < n && records[end].owner === owner) end++;
      runStart[runs++] = start;
      start = end;
    }
    runStart[runs] = n;
    // There are at most as many owners as runs: the table is sized for them and built once (an
    // owner met again in a later run leaves a few cells unused).
    const size = tableSize(runs);
    const cells = new Int32Array(2 * runs + 1 + size);
    const hashAt = runs + 1;
    const tableAt = 2 * runs + 1;
    const mask = size - 1;
    this.cells = cells;
    this.hashAt = hashAt;
    this.tableAt = tableAt;
    this.mask = mask;
    const keys = this.keys;
    let recurs = false;
    for (let r = 0; r < runs; r++) {
      const owner = records[runStart[r]].owner;
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
      let slot = hash & mask;
      let number = -1;
      for (; cells[tableAt + slot] !== 0; slot = (slot + 1) & mask) {
        const o = cells[tableAt + slot] - 1;
        if (cells[hashAt + o] === hash && keys[o] === key) {
          number = o;
          break;
        }
      }
      if (number < 0) {
        number = keys.length;
        keys.push(key);
        cells[hashAt + number] = hash;
        cells[tableAt + slot] = number + 1;
      } else recurs = true;
      runOwner[r] = number;
    }
    if (!recurs) {
      // One run per owner, in owner order: the run starts are the owners' first positions.
      cells.set(runStart.subarray(0, runs + 1), 0);
      this.order = undefined;
      return;
    }
    // An owner met again later (a zone sorted by type): group the record numbers by owner, each
    // group in file order (a counting sort over the runs).
    const owners = keys.length;
    for (let r = 0; r < runs; r++) cells[runOwner[r] + 1] += runStart[r + 1] - runStart[r];
    for (let o = 0; o < owners; o++) cells[o + 1] += cells[o];
    const next = cells.slice(0, owners);
    const order = new Int32Array(n);
    for (let r = 0; r < runs; r++) {
      const o = runOwner[r];
      for (let i = runStart[r]; i < runStart[r + 1]; i++) order[next[o]++] = i;
    }
    this.order = order;
  }

  /** The owner number of `key` (whose hash is `hash`), or -1. */
  private lookup(key: string, hash: number): number {
    const cells = this.cells;
    const { tableAt, mask, hashAt } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const owner = cells[tableAt + slot] - 1;
      if (owner < 0) return -1;
      if (cells[hashAt + owner] === hash && this.keys[owner] === key) return owner;
    }
  }

  has(key: string): boolean {
    return this.lookup(key, hashOf(key)) >= 0;
  }

  /** The owner number of a name key, or -1 when no record has that owner. */
  ownerOf(key: string): number {
    return this.lookup(key, hashOf(key));
  }

  /** How many records owner `owner` has. */
  count(owner: number): number {
    return this.cells[owner + 1] - this.cells[owner];
  }

  /** Record `i` (from 0, in file order) of owner `owner`. */
  record(owner: number, i: number): ZoneRecord {
    const at = this.cells[owner] + i;
    return this.records[this.order === undefined ? at : this.order[at]];
  }

  /** The records of owner `owner`, in file order, in a new list. */
  recordsOf(owner: number): ZoneRecord[] {
    const from = this.cells[owner];
    const to = this.cells[owner + 1];
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
    const to = this.cells[owner + 1];
    for (let at = this.cells[owner]; at < to; at++) {
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

/** The arrays an index is built in; zones of up to SHARED_WORK records share one set (a repository is thousands of small zones). */
interface WorkArrays {
  runStart: Int32Array;
  runOwner: Int32Array;
}

const SHARED_WORK = 1 << 14;
let shared: WorkArrays | undefined;

function workArrays(records: number): WorkArrays {
  const make = (n: number): WorkArrays => ({ runStart: new Int32Array(n + 1), runOwner: new Int32Array(n) });
  if (records > SHARED_WORK) return make(records);
  return (shared ??= make(SHARED_WORK));
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

/**
 * FNV-1a's start value, drawn anew by each process: owner names come from files mxlint is handed
 * (a pull request's zones), and names chosen to fall into one slot of a fixed hash would make
 * every insertion probe them all. A start value nobody knows in advance keeps them apart.
 */
const FNV_BASIS = (0x811c9dc5 ^ Math.floor(Math.random() * 0x100000000)) | 0;
const FNV_PRIME = 0x01000193;

function mixed(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
