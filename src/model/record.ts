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

/**
 * A resource record with its source positions. Names are absolute, in presentation form as
 * written (case kept, escapes kept); compare them with `nameKey`.
 */
export class ZoneRecord {
  constructor(
    readonly owner: string,
    readonly ttl: number,
    readonly class_: string,
    /** Upper-case mnemonic (`MX`) or `TYPEnnn` for types without one. */
    readonly type: string,
    /** `$ORIGIN` in force where the record stands: relative names in its rdata hang from it. */
    readonly origin: string,
    readonly source: SourceText,
    /** Offsets of the whole record text (first to last token). */
    readonly start: number,
    readonly end: number,
    /** Where the owner is written; equal to start..start when inherited from the previous record. */
    readonly ownerStart: number,
    readonly ownerEnd: number,
    /** Where the TTL is written; -1 when it comes from $TTL, the previous record or the SOA. */
    readonly ttlStart: number,
    readonly ttlEnd: number,
    readonly typeStart: number,
    readonly typeEnd: number,
    private readonly store: RdataStore,
    private readonly firstField: number,
    readonly fieldCount: number,
  ) {}

  get fields(): RdataField[] {
    return this.store.fields(this.firstField, this.fieldCount);
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
