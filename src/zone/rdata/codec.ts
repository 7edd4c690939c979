/**
 * The machinery the per-type field table is built from: a cursor over a record's rdata fields,
 * the error a field parser raises, a byte writer, and the `Codec` interface every field kind
 * implements (parse presentation fields → value, value → wire octets).
 */
import type { RdataField } from '../../model/record.ts';

/** A problem with one rdata field; `field` is its index, or the field count when one is missing. */
export class RdataError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field: number,
  ) {
    super(message);
  }
}

/** Field keys that name a list, said in the singular in messages about one item. */
const ITEM: Record<string, string> = { strings: 'string', items: 'item', types: 'type', params: 'parameter' };

/** How messages name a field of a type: `MX exchange` for type MX, key `exchange`. */
export function fieldLabel(type: string, key: string): string {
  return `${type} ${ITEM[key] ?? key.replace(/[A-Z]/g, (c) => ' ' + c.toLowerCase())}`;
}

/** Where parsing stands in a record's rdata fields. */
export class Cursor {
  i = 0;
  /** What the field being parsed is, for messages: `MX preference`. */
  label = '';

  constructor(
    readonly fields: readonly RdataField[],
    /** Absolute origin relative names hang from. */
    readonly origin: string,
  ) {}

  get done(): boolean {
    return this.i >= this.fields.length;
  }

  /** The next field; raises `missing-field` when there is none. */
  take(): RdataField {
    if (this.i >= this.fields.length) throw new RdataError('missing-field', `${this.label} is missing.`, this.fields.length);
    return this.fields[this.i++];
  }

  /**
   * The next field, which must not be quoted: BIND takes a quoted string only where a
   * character-string goes, and refuses it as a number, name, address or blob ("unexpected token").
   */
  token(): RdataField {
    const field = this.take();
    if (field.quoted) this.fail('quoted-field', `${this.label} "${field.text.length > 40 ? field.text.slice(0, 40) + '…' : field.text}" must not be quoted: only character-strings are written in quotes.`);
    return field;
  }

  /** Text of the next field (not quoted). */
  text(): string {
    return this.token().text;
  }

  /** An error about the field just taken (or the next one when none was taken yet). */
  fail(code: string, message: string, back = 1): never {
    throw new RdataError(code, message, Math.max(0, this.i - back));
  }
}

/** Appends octets; grows as needed. */
export class Writer {
  private buf = new Uint8Array(64);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  u8(v: number): void {
    this.room(1);
    this.buf[this.length++] = v & 0xff;
  }

  u16(v: number): void {
    this.u8(v >>> 8);
    this.u8(v);
  }

  u32(v: number): void {
    this.u16(v >>> 16);
    this.u16(v & 0xffff);
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  /** Octets of a latin1 string (one char = one octet). */
  octets(s: string): void {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.length++] = s.charCodeAt(i);
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/**
 * One field kind. `parse` consumes one or more fields (a base64 blob may span several, a LOC
 * coordinate several) and returns the value rules see; `encode` writes its wire form. `record`
 * holds the values parsed so far, for fields whose form depends on an earlier one (IPSECKEY gateway).
 */
export interface Codec<V> {
  parse(cur: Cursor, record: Readonly<Record<string, unknown>>): V;
  encode(value: V, out: Writer, record: Readonly<Record<string, unknown>>): void;
  /** Fewest wire octets the field can take (checks RFC 3597 rdata of known types). */
  readonly min: number;
  /**
   * Where this field, starting at octet `at` of wire-form rdata, ends; -1 when the octets hold no
   * such field. Lets RFC 3597 rdata of a known type be checked as BIND decodes it; absent for kinds
   * not checked that way.
   */
  readonly end?: (wire: Uint8Array, at: number) => number;
}

/** `end` of a field of `n` octets. */
export function fixedEnd(n: number): (wire: Uint8Array, at: number) => number {
  return (wire, at) => (at + n <= wire.length ? at + n : -1);
}
