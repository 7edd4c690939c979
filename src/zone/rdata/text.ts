/**
 * Presentation-form scalars: decimal numbers, TTLs with units, character-strings (RFC 1035 §5.1
 * escapes) with the file offset of every decoded octet.
 */
import { type RdataField, fieldCharOffset } from '../../model/record.ts';
import { RdataError } from './codec.ts';

/** A character-string as decoded octets, with where each octet is written in the file. */
export interface TxtString {
  /** Decoded octets, one char per octet (latin1). */
  value: string;
  /** Index of the rdata field it comes from. */
  field: number;
  /**
   * File offset of each decoded octet (the first character of its escape) when the string has
   * escapes; absent when it is written verbatim, and octet i is character i of its field.
   */
  offsets?: Int32Array;
}

/**
 * Decodes `\X` and `\DDD` escapes of a field (index `index`). Raises `bad-escape` for a lone
 * backslash, a short `\DD` or `\DDD` above 255; `bad-text` for an unescaped quote in an
 * unquoted field.
 */
export function decodeField(field: RdataField, index: number, what: string): TxtString {
  const text = field.text;
  // Most strings have no escape: the text is the value, and offsets are worked out when asked for.
  if (isVerbatim(field)) return { value: text, field: index };
  const n = text.length;
  const offsets = new Int32Array(n);
  const octets: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = i;
    let c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      if (i + 1 >= n) throw new RdataError('bad-escape', `${what} '${text}' ends with a lone backslash.`, index);
      const d = text.charCodeAt(i + 1);
      if (d >= 48 && d <= 57) {
        const digits = text.slice(i + 1, i + 4);
        if (!/^[0-9]{3}$/.test(digits)) throw new RdataError('bad-escape', `${what} '${text}' has a \\DDD escape without three digits.`, index);
        c = Number(digits);
        if (c > 255) throw new RdataError('bad-escape', `${what} '${text}' has the escape \\${digits}, above 255.`, index);
        i += 3;
      } else {
        c = d;
        i += 1;
      }
    } else if (c === 34 /* " */ && !field.quoted) {
      throw new RdataError('bad-text', `${what} '${text}' has an unescaped quote.`, index);
    }
    offsets[octets.length] = fieldCharOffset(field, start);
    octets.push(c);
  }
  const value = Buffer.from(octets).toString('latin1');
  return { value, field: index, offsets: octets.length === n ? offsets : offsets.slice(0, octets.length) };
}

/** True when a field's text is its decoded value: no escape, and no quote in an unquoted field (which is an error). */
export function isVerbatim(field: RdataField): boolean {
  return field.text.indexOf('\\') === -1 && (field.quoted || field.text.indexOf('"') === -1);
}

/** The most octets a character-string holds. */
export const CHAR_STRING_MAX = 255;

/** A character-string (≤ 255 octets). */
export function decodeCharString(field: RdataField, index: number, what: string): TxtString {
  const s = decodeField(field, index, what);
  if (s.value.length > CHAR_STRING_MAX) {
    throw new RdataError('string-too-long', `${what} "${abbreviate(field.text)}" is ${s.value.length} octets long; a character-string holds at most ${CHAR_STRING_MAX} (split it into several quoted strings).`, index);
  }
  return s;
}

/**
 * Text of a BIND file's token (one char per octet) as a person wrote it: UTF-8 octets shown as
 * their characters (`düsseldorf`, not `dÃ¼sseldorf`); other text as it is.
 */
export function asWritten(s: string): string {
  if (!/[\x80-\xff]/.test(s) || /[^\x00-\xff]/.test(s)) return s;
  const decoded = Buffer.from(s, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? s : decoded;
}

export function abbreviate(s: string, max = 40): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

/** A decimal number 0..max; raises `bad-number` or `number-too-large`. */
export function parseDecimal(text: string, max: number, what: string, index: number): number {
  if (!/^[0-9]+$/.test(text)) throw new RdataError('bad-number', `${what} '${text}' is not a decimal number.`, index);
  const v = Number(text);
  if (v > max) throw new RdataError('number-too-large', `${what} '${text}' is larger than ${max}.`, index);
  return v;
}
