/** IPv4 and IPv6 addresses in presentation form ↔ octets. */

/** Four octets of a dotted-quad address, or undefined. */
export function ipv4Bytes(text: string): Uint8Array | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    if (!/^[0-9]{1,3}$/.test(parts[i])) return undefined;
    const v = Number(parts[i]);
    if (v > 255) return undefined;
    out[i] = v;
  }
  return out;
}

/** Sixteen octets of an IPv6 address (RFC 4291 §2.2 forms, dotted-quad tail included), or undefined. */
export function ipv6Bytes(text: string): Uint8Array | undefined {
  let s = text;
  const lastColon = s.lastIndexOf(':');
  if (lastColon !== -1 && s.indexOf('.', lastColon) !== -1) {
    const v4 = ipv4Bytes(s.slice(lastColon + 1));
    if (!v4) return undefined;
    s = s.slice(0, lastColon + 1) + (((v4[0] << 8) | v4[1]).toString(16) + ':' + ((v4[2] << 8) | v4[3]).toString(16));
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    for (const g of part.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const a = parse(halves[0]);
  const b = halves.length === 2 ? parse(halves[1]) : [];
  if (!a || !b) return undefined;
  if (halves.length === 1 ? a.length !== 8 : a.length + b.length > 7) return undefined;
  const groups = [...a, ...new Array<number>(8 - a.length - b.length).fill(0), ...b];
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    out[2 * i] = g >> 8;
    out[2 * i + 1] = g & 0xff;
  });
  return out;
}

/** RFC 5952 text of sixteen octets: lower case, longest run of ≥ 2 zero groups as `::`. */
export function formatIpv6(b: Uint8Array): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((b[i] << 8) | b[i + 1]);
  let bestStart = -1;
  let bestLen = 1;
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
  const hex = (gs: number[]): string => gs.map((g) => g.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return hex(groups.slice(0, bestStart)) + '::' + hex(groups.slice(bestStart + bestLen));
}

export function formatIpv4(b: Uint8Array): string {
  return Array.from(b.subarray(0, 4)).join('.');
}
