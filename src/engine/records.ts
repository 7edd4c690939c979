/**
 * Typed views of records for rules: the rdata as values (derived once per record: see facts.ts) and the
 * text of TXT records with a map from any character back to its place in the file.
 */
import type { RdataField, ZoneRecord } from '../model/record.ts';
import type { SourceText } from '../model/source.ts';
import type { Span } from '../model/span.ts';
import type { Zone } from '../model/zone.ts';
import { absoluteName } from '../zone/names.ts';
import { keptTxtText, parseRdata, txtOffset, type KnownType, type Rdata, type RdataOf, type TxtRdata } from '../zone/rdata/index.ts';
import type { TextSpan } from '../mail/common.ts';
import { recordFacts, zoneFact } from './facts.ts';

const byType = zoneFact('records by type', (zone: Zone): Map<string, ZoneRecord[]> => {
  const lists = new Map<string, ZoneRecord[]>();
  for (const record of zone.records) {
    const type = record.type;
    const list = lists.get(type);
    if (list) list.push(record);
    else lists.set(type, [record]);
  }
  return lists;
});

const NONE: readonly ZoneRecord[] = [];

/**
 * The zone's records of one type (`TYPEnnn` for types without a mnemonic), in file order: one walk
 * of the zone serves every rule and fact that looks at a few types, which then never visit the rest.
 */
export function recordsOfType(zone: Zone, type: string): readonly ZoneRecord[] {
  return byType(zone).get(type) ?? NONE;
}

/** The types the zone holds, each once. */
export function typesOf(zone: Zone): Iterable<string> {
  return byType(zone).keys();
}

/** The record's typed rdata, or undefined when it cannot be typed (the reader already reported why). */
export function rdataOf<T extends KnownType>(record: ZoneRecord, type: T, fields?: RdataField[]): RdataOf<T> | undefined {
  if (record.type !== type) return undefined;
  // The reader keeps what it typed of the types every mail rule types (zone/reader.ts).
  let rdata = record.keptRdata as Rdata | undefined | null;
  if (!rdata) {
    const facts = recordFacts(record);
    rdata = facts.rdata;
    if (rdata === undefined) {
      // A caller that already holds the record's fields passes them: they are made anew on each ask.
      const parsed = parseRdata(type, fields ?? record.fields, record.origin);
      facts.rdata = rdata = parsed.ok ? parsed.rdata : null;
    }
  }
  // The type check above makes the narrowing sound; TypeScript cannot follow it through the union.
  return rdata && rdata.type === type ? (rdata as unknown as RdataOf<T>) : undefined;
}

/**
 * A name field of a record (`index`), absolute, made from its text without typing the record: the
 * reader checked the name when it read the record. Undefined for generic (RFC 3597) rdata.
 */
export function nameField(record: ZoneRecord, index: number): string | undefined {
  const written = record.fieldText(index);
  if (written === undefined || (index === 0 ? written : record.fieldText(0)) === '\\#') return undefined;
  return absoluteName(written, record.origin);
}

/**
 * The joined text of a TXT (or SPF) record and the file span of any range of it. One per TXT
 * record of a zone, kept as long as the zone: a small object, what the rest needs is worked out
 * when a finding asks.
 */
export class TxtView {
  readonly text: string;

  constructor(
    readonly record: ZoneRecord,
    private readonly rdata: TxtRdata,
  ) {
    this.text = keptTxtText(rdata);
  }

  /** The length of `text`. */
  get length(): number {
    return this.text.length;
  }

  /** Span in the file of characters [start, end) of `text`; may cover several quoted strings and lines. */
  span(start: number, end: number): Span {
    const record = this.record;
    const source = record.fieldCount ? record.fieldSpan(0).source : record.source;
    const from = txtOffset(this.rdata, record, start);
    // The end is just past the last character of the range (which may be an escape).
    const last = end > start ? txtOffset(this.rdata, record, end - 1) : from;
    const lastLength = end > start ? escapeLength(source, last) : 0;
    return { source, start: from, end: last + lastLength };
  }

  /** Number of character-strings and each one's octet length (SPF and DKIM rules care). */
  get stringLengths(): number[] {
    return this.rdata.strings.map((s) => s.value.length);
  }
}

/** The text view of a TXT or SPF record (made once per record). */
export function txtOf(record: ZoneRecord): TxtView | undefined {
  if (record.type !== 'TXT' && record.type !== 'SPF') return undefined;
  const facts = recordFacts(record);
  if (facts.txt === undefined) {
    const rdata = rdataOf(record, record.type as 'TXT') as TxtRdata | undefined;
    facts.txt = rdata ? new TxtView(record, rdata) : null;
  }
  return facts.txt ?? undefined;
}

/** File span of a range of a TXT record's text; an empty range becomes the character at (or before) it. */
export function textSpan(entry: { view: TxtView }, range: TextSpan): Span {
  const length = entry.view.length;
  if (range.end > range.start || length === 0) return entry.view.span(range.start, range.end);
  const start = Math.min(range.start, length - 1);
  return entry.view.span(start, start + 1);
}

/** Length in the file of the character written at `offset` (`\DDD` is 4, `\X` is 2). */
function escapeLength(source: SourceText, offset: number): number {
  if (source.charCodeAt(offset) !== 92) return 1;
  const d = source.charCodeAt(offset + 1);
  return d >= 48 && d <= 57 ? 4 : 2;
}
