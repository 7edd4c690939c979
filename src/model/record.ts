import type { SourceText } from './source.ts';
import type { Span } from './span.ts';

/**
 * One rdata field in presentation form, as written: a BIND token (escapes kept, quotes removed
 * from quoted strings) or the matching piece of a provider export's value.
 */
export interface RdataField {
  text: string;
  /** Written as a quoted string: `"v=spf1 -all"`. */
  quoted: boolean;
  span: Span;
  /**
   * For a quoted field whose text was re-encoded by a provider reader (JSON string escapes):
   * the file offset of each character of `text`. Absent when `text` is a verbatim slice of
   * the file starting one character after `span.start`.
   */
  offsets?: Int32Array;
}

/** Where a record's rdata fields live; shared by all records of one file to keep records small. */
export interface RdataStore {
  fields(first: number, count: number): RdataField[];
}

/** The file a record is written in and the store holding its rdata fields. */
interface RecordPart {
  source: SourceText;
  store: RdataStore;
}

// Columns of RecordTable, interleaved: one Int32Array row of STRIDE numbers per record.
const START = 0, END = 1, OWNER_START = 2, OWNER_END = 3, TTL_START = 4, TTL_END = 5, TYPE_START = 6, TYPE_END = 7;
const FIRST_FIELD = 8, FIELD_COUNT = 9, TTL = 10, TYPE = 11, ORIGIN = 12, PART = 13, STRIDE = 14;
/** Rows are kept in fixed chunks: growing never copies, and memory is touched once. */
const CHUNK_BITS = 14;
const CHUNK_ROWS = 1 << CHUNK_BITS;

/**
 * The records of one zone, stored column-wise: numbers in one typed array, names in arrays of
 * shared strings. A million-record zone then costs a few typed arrays instead of a million
 * objects of seventeen fields each, which is most of what reading it would otherwise spend in
 * allocation and garbage collection.
 */
export class RecordTable {
  private readonly chunks: Int32Array[] = [];
  private count = 0;
  /** Owners are strings shared by consecutive records of one owner (blank owners, repeated names). */
  private readonly owners: string[] = [];
  private readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  private readonly parts: RecordPart[] = [];
  private lastSource: SourceText | undefined;
  private lastStore: RdataStore | undefined;

  get length(): number {
    return this.count;
  }

  /** Appends a record; positions are offsets into `source`, fields `first…first+fieldCount` of `store`. */
  add(
    owner: string,
    ttl: number,
    type: string,
    origin: string,
    source: SourceText,
    store: RdataStore,
    start: number,
    end: number,
    ownerStart: number,
    ownerEnd: number,
    ttlStart: number,
    ttlEnd: number,
    typeStart: number,
    typeEnd: number,
    firstField: number,
    fieldCount: number,
  ): number {
    if (source !== this.lastSource || store !== this.lastStore) {
      this.parts.push({ source, store });
      this.lastSource = source;
      this.lastStore = store;
    }
    const index = this.count++;
    if ((index & (CHUNK_ROWS - 1)) === 0) this.chunks.push(new Int32Array(CHUNK_ROWS * STRIDE));
    const rows = this.chunks[index >> CHUNK_BITS];
    let at = (index & (CHUNK_ROWS - 1)) * STRIDE;
    rows[at++] = start;
    rows[at++] = end;
    rows[at++] = ownerStart;
    rows[at++] = ownerEnd;
    rows[at++] = ttlStart;
    rows[at++] = ttlEnd;
    rows[at++] = typeStart;
    rows[at++] = typeEnd;
    rows[at++] = firstField;
    rows[at++] = fieldCount;
    rows[at++] = ttl; // TTLs go up to 2^32-1: read back with >>> 0
    rows[at++] = this.nameId(type);
    rows[at++] = this.nameId(origin);
    rows[at] = this.parts.length - 1;
    this.owners.push(owner);
    return index;
  }

  /** Types and origins repeat on every record: each is stored once and referred to by number. */
  private nameId(name: string): number {
    let id = this.nameIndex.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, id);
    }
    return id;
  }

  /** A record object for each row. */
  records(): ZoneRecord[] {
    const out = new Array<ZoneRecord>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = new ZoneRecord(this, i);
    return out;
  }

  owner(index: number): string {
    return this.owners[index];
  }

  cell(index: number, column: number): number {
    return this.chunks[index >> CHUNK_BITS][(index & (CHUNK_ROWS - 1)) * STRIDE + column];
  }

  name(index: number, column: number): string {
    return this.names[this.cell(index, column)];
  }

  part(index: number): RecordPart {
    return this.parts[this.cell(index, PART)];
  }
}

/**
 * A resource record with its source positions: a view of one row of a RecordTable. Names are
 * absolute, in presentation form as written (case kept, escapes kept); compare them with `nameKey`.
 */
export class ZoneRecord {
  constructor(
    private readonly table: RecordTable,
    private readonly index: number,
  ) {}

  get owner(): string {
    return this.table.owner(this.index);
  }

  get ttl(): number {
    return this.table.cell(this.index, TTL) >>> 0;
  }

  /** Only Internet-class zones are read. */
  get class_(): string {
    return 'IN';
  }

  /** Upper-case mnemonic (`MX`) or `TYPEnnn` for types without one. */
  get type(): string {
    return this.table.name(this.index, TYPE);
  }

  /** `$ORIGIN` in force where the record stands: relative names in its rdata hang from it. */
  get origin(): string {
    return this.table.name(this.index, ORIGIN);
  }

  get source(): SourceText {
    return this.table.part(this.index).source;
  }

  /** Offsets of the whole record text (first to last token). */
  get start(): number {
    return this.table.cell(this.index, START);
  }

  get end(): number {
    return this.table.cell(this.index, END);
  }

  /** Where the owner is written; equal to start..start when inherited from the previous record. */
  get ownerStart(): number {
    return this.table.cell(this.index, OWNER_START);
  }

  get ownerEnd(): number {
    return this.table.cell(this.index, OWNER_END);
  }

  /** Where the TTL is written; -1 when it comes from $TTL, the previous record or the SOA. */
  get ttlStart(): number {
    return this.table.cell(this.index, TTL_START);
  }

  get ttlEnd(): number {
    return this.table.cell(this.index, TTL_END);
  }

  get typeStart(): number {
    return this.table.cell(this.index, TYPE_START);
  }

  get typeEnd(): number {
    return this.table.cell(this.index, TYPE_END);
  }

  get fieldCount(): number {
    return this.table.cell(this.index, FIELD_COUNT);
  }

  get fields(): RdataField[] {
    return this.table.part(this.index).store.fields(this.table.cell(this.index, FIRST_FIELD), this.fieldCount);
  }

  get span(): Span {
    return { source: this.source, start: this.start, end: this.end };
  }

  get ownerSpan(): Span {
    return { source: this.source, start: this.ownerStart, end: this.ownerEnd };
  }

  /** The TTL as written; when the TTL is implicit, the type (a TTL would be written before it). */
  get ttlSpan(): Span {
    return this.ttlStart >= 0
      ? { source: this.source, start: this.ttlStart, end: this.ttlEnd }
      : { source: this.source, start: this.typeStart, end: this.typeEnd };
  }

  get typeSpan(): Span {
    return { source: this.source, start: this.typeStart, end: this.typeEnd };
  }

  /** Span of all rdata fields together. */
  get rdataSpan(): Span {
    const fields = this.fields;
    if (fields.length === 0) return this.typeSpan;
    return { source: fields[0].span.source, start: fields[0].span.start, end: fields[fields.length - 1].span.end };
  }

  /** Rdata in presentation form (one space between fields, quoted fields re-quoted). */
  get rdataText(): string {
    return this.fields.map((f) => (f.quoted ? `"${f.text}"` : f.text)).join(' ');
  }
}

/** A plain array store, for records whose fields are not slices of a BIND file. */
export class ArrayRdataStore implements RdataStore {
  private readonly all: RdataField[] = [];
  add(fields: RdataField[]): number {
    const first = this.all.length;
    for (const f of fields) this.all.push(f);
    return first;
  }
  fields(first: number, count: number): RdataField[] {
    return this.all.slice(first, first + count);
  }
}
