/** Strict IP address text parsing and matching, as the SPF ip4/ip6 mechanisms and check_host() need. */

/**
 * Parses a dotted quad per RFC 7208's ip4-network: exactly four decimal parts 0–255 without
 * leading zeros (leading zeros are an octal trap in other parsers, so SPF forbids them).
 */
export function parseIPv4(text: string): Uint8Array | null {
  // A character loop, not split and regular expressions: every A record of a zone comes here.
  const n = text.length;
  if (n < 7 || n > 15) return null;
  const out = new Uint8Array(4);
  let part = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 46;
    if (c === 46 /* . */) {
      if (digits === 0 || part > 3) return null;
      out[part++] = value;
      value = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && value === 0) return null; // a leading zero
      value = value * 10 + (c - 48);
      if (++digits > 3 || value > 255) return null;
    } else return null;
  }
  return part === 4 ? out : null;
}

/** Parses an IPv6 address in any RFC 4291 §2.2 text form, including a trailing dotted quad. */
export function parseIPv6(text: string): Uint8Array | null {
  // A character loop, like parseIPv4: every AAAA record of a zone comes here.
  const n = text.length;
  if (n < 2 || n > 45) return null;
  const groups = new Uint16Array(8);
  let count = 0;
  let gap = -1; // where "::" stands, as a group index
  let i = 0;
  if (text.charCodeAt(0) === 58 /* : */) {
    if (text.charCodeAt(1) !== 58) return null;
    gap = 0;
    i = 2;
  }
  while (i < n) {
    const start = i;
    let value = 0;
    let digits = 0;
    for (; i < n && digits <= 4; i++) {
      const h = hexValue(text.charCodeAt(i));
      if (h < 0) break;
      value = value * 16 + h;
      digits++;
    }
    if (i < n && text.charCodeAt(i) === 46 /* . */) {
      // A dotted-quad tail fills the last two groups.
      const v4 = count <= 6 ? parseIPv4(text.slice(start)) : null;
      if (!v4) return null;
      groups[count++] = (v4[0] << 8) | v4[1];
      groups[count++] = (v4[2] << 8) | v4[3];
      break;
    }
    if (digits === 0 || digits > 4 || count === 8) return null;
    groups[count++] = value;
    if (i === n) break;
    if (text.charCodeAt(i) !== 58) return null;
    i++;
    if (i < n && text.charCodeAt(i) === 58) {
      if (gap >= 0) return null;
      gap = count;
      i++;
    } else if (i === n) return null;
  }
  if (gap < 0 ? count !== 8 : count > 7) return null;
  const out = new Uint8Array(16);
  const zeros = gap < 0 ? 0 : 8 - count;
  for (let g = 0, k = 0; g < 8; g++) {
    const v = gap >= 0 && g >= gap && g < gap + zeros ? 0 : groups[k++];
    out[g * 2] = v >> 8;
    out[g * 2 + 1] = v & 0xff;
  }
  return out;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** An address from either family; `bytes` is 4 or 16 long. */
export interface IpAddress {
  family: 4 | 6;
  bytes: Uint8Array;
}

/**
 * Parses a connecting client's address. An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is
 * treated as the IPv4 address it carries, as RFC 7208 §5 requires.
 */
export function parseClientIp(text: string): IpAddress | null {
  const v4 = parseIPv4(text);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = parseIPv6(text);
  if (!v6) return null;
  const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff;
  return mapped ? { family: 4, bytes: v6.slice(12) } : { family: 6, bytes: v6 };
}

/** Whether the first `prefix` bits of two same-length addresses agree. */
export function prefixMatch(a: Uint8Array, b: Uint8Array, prefix: number): boolean {
  if (a.length !== b.length) return false;
  const whole = Math.floor(prefix / 8);
  for (let i = 0; i < whole; i++) if (a[i] !== b[i]) return false;
  const rest = prefix % 8;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (a[whole] & mask) === (b[whole] & mask);
}

/** RFC 5952 canonical text: lowercase, longest zero run (≥ 2 groups) compressed. */
export function formatIPv6(bytes: Uint8Array): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i] << 8) | bytes[i + 1]);
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestLen < 2) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

export function formatIp(ip: IpAddress): string {
  return ip.family === 4 ? Array.from(ip.bytes).join('.') : formatIPv6(ip.bytes);
}

/** The reverse-lookup name (without "in-addr.arpa"/"ip6.arpa") labels, in reverse order. */
export function reverseLabels(ip: IpAddress): string[] {
  if (ip.family === 4) return Array.from(ip.bytes).reverse().map(String);
  const nibbles: string[] = [];
  for (const b of ip.bytes) nibbles.push((b >> 4).toString(16), (b & 0xf).toString(16));
  return nibbles.reverse();
}

export function reverseName(ip: IpAddress): string {
  return `${reverseLabels(ip).join('.')}.${ip.family === 4 ? 'in-addr' : 'ip6'}.arpa`;
}

/** An IP network (an option, an SPF term, a named.conf address match list): an address (a /32 or /128) or a CIDR block. */
export interface IpNetwork {
  text: string;
  bytes: Uint8Array;
  prefix: number;
}

/** Parses `192.0.2.0/24`, `2001:db8::/32` or a single address; undefined when it is neither. */
export function parseNetwork(text: string): IpNetwork | undefined {
  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  const bytes = parseIPv4(address) ?? parseIPv6(address);
  if (!bytes) return undefined;
  const max = bytes.length * 8;
  if (slash < 0) return { text, bytes, prefix: max };
  const prefixText = text.slice(slash + 1);
  if (!/^[0-9]{1,3}$/.test(prefixText) || Number(prefixText) > max) return undefined;
  return { text, bytes, prefix: Number(prefixText) };
}
