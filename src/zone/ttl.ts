/** TTL values in BIND notation: seconds, or units `1w2d3h4m5s` (any case, any order). */

export type TtlResult = { ok: true; value: number } | { ok: false; code: string; message: string };

const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const MAX = 4294967295;

export function parseTtl(text: string): TtlResult {
  const n = text.length;
  if (n === 0) return { ok: false, code: 'bad-ttl', message: 'empty TTL' };
  let total = 0;
  let value = -1;
  let united = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = (value < 0 ? 0 : value) * 10 + (c - 48);
      if (value > MAX) return overflow(text);
      continue;
    }
    const unit = UNIT[String.fromCharCode(c | 32)];
    if (unit === undefined || value < 0) {
      return c === 45 && i === 0
        ? { ok: false, code: 'bad-ttl', message: `TTL '${text}' is negative; a TTL is 0 to 4294967295 seconds` }
        : { ok: false, code: 'bad-ttl', message: `TTL '${text}' is not a number of seconds or a duration like 1h30m (units w, d, h, m, s)` };
    }
    total += value * unit;
    if (total > MAX) return overflow(text);
    value = -1;
    united = true;
  }
  if (value >= 0) {
    // BIND takes a bare number only as the whole TTL: after a unit, every number needs one (`1h30` is refused).
    if (united) return { ok: false, code: 'bad-ttl', message: `TTL '${text}' ends in a number without a unit; write each part with one, like 1h30m` };
    total += value;
  }
  if (total > MAX) return overflow(text);
  return { ok: true, value: total };
}

function overflow(text: string): TtlResult {
  return { ok: false, code: 'ttl-overflow', message: `TTL '${text}' exceeds 4294967295 seconds` };
}
