/** A minimal DER reader: enough to read a SubjectPublicKeyInfo or a PKCS#1 RSAPublicKey. */

export interface Tlv {
  tag: number;
  /** Offset of the content octets. */
  start: number;
  /** Offset just past the content octets. */
  end: number;
}

/** Reads one TLV at `pos`, or null if it is malformed or runs past `limit`. Low-tag-number form only. */
export function readTlv(bytes: Uint8Array, pos: number, limit = bytes.length): Tlv | null {
  if (pos + 2 > limit) return null;
  const tag = bytes[pos];
  if ((tag & 0x1f) === 0x1f) return null;
  let len = bytes[pos + 1];
  let start = pos + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    // 0x80 is BER's indefinite length, which DER forbids; four octets cover any real key.
    if (n === 0 || n > 4 || start + n > limit) return null;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + bytes[start + i];
    start += n;
  }
  const end = start + len;
  return end > limit ? null : { tag, start, end };
}

/** Reads the children of a constructed TLV, or null if they do not exactly fill it. */
export function readChildren(bytes: Uint8Array, parent: Tlv): Tlv[] | null {
  const out: Tlv[] = [];
  let pos = parent.start;
  while (pos < parent.end) {
    const child = readTlv(bytes, pos, parent.end);
    if (!child) return null;
    out.push(child);
    pos = child.end;
  }
  return out;
}

/** Content octets of OIDs that keys carry, and their text: found by comparison, with no text made. */
const KNOWN_OIDS: readonly (readonly [Uint8Array, string])[] = [
  [Uint8Array.of(0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01), '1.2.840.113549.1.1.1'],
  [Uint8Array.of(0x2b, 0x65, 0x70), '1.3.101.112'],
];

/** Dotted text of an OBJECT IDENTIFIER's content octets. */
export function oidText(bytes: Uint8Array, tlv: Tlv): string {
  for (const [octets, text] of KNOWN_OIDS) if (sameOctets(bytes, tlv, octets)) return text;
  const parts: number[] = [];
  let value = 0;
  for (let i = tlv.start; i < tlv.end; i++) {
    value = value * 128 + (bytes[i] & 0x7f);
    if (!(bytes[i] & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  if (parts.length === 0) return '';
  const first = parts[0];
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...parts.slice(1)].join('.');
}

function sameOctets(bytes: Uint8Array, tlv: Tlv, octets: Uint8Array): boolean {
  if (tlv.end - tlv.start !== octets.length) return false;
  for (let i = 0; i < octets.length; i++) if (bytes[tlv.start + i] !== octets[i]) return false;
  return true;
}

/** Bit length of a non-negative INTEGER's content (leading zero octets ignored). */
export function integerBits(bytes: Uint8Array, tlv: Tlv): number {
  let i = tlv.start;
  while (i < tlv.end && bytes[i] === 0) i++;
  if (i === tlv.end) return 0;
  return (tlv.end - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
}

export const DER_SEQUENCE = 0x30;
export const DER_INTEGER = 0x02;
export const DER_BIT_STRING = 0x03;
export const DER_OID = 0x06;
