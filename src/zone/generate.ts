/**
 * BIND's `$GENERATE range lhs [ttl] [class] type rhs`: `$` is the iterator, `${offset,width,base}`
 * formats it (base d, o, x, X, n or N for nibbles), `\$` is a literal dollar.
 */
import { Entry, Lexer } from './lexer.ts';
import { SourceText } from '../model/source.ts';
import { parseTtl } from './ttl.ts';

export const GENERATE_LIMIT = 65536;
const MAX_WIDTH = 255;

interface Token {
  text: string;
  quoted: boolean;
  start: number;
  end: number;
}

interface Offsets {
  start: number;
  end: number;
}

export interface GeneratedRecord {
  owner: string;
  ttl?: number;
  type: string;
  rdata: { text: string; quoted: boolean }[];
}

export type GenerateResult =
  | { ok: true; records: GeneratedRecord[]; ownerSpan: Offsets; ttlSpan?: Offsets; typeSpan: Offsets; rdataSpan: Offsets }
  | { ok: false; code: string; message: string; start: number; end: number };

export function expandGenerate(tokens: Token[]): GenerateResult {
  const fail = (code: string, message: string, at: Offsets): GenerateResult => ({ ok: false, code, message, start: at.start, end: at.end });
  if (tokens.length < 4) {
    const at = tokens[tokens.length - 1] ?? { start: 0, end: 0 };
    return fail('bad-generate', 'expected `$GENERATE range owner [ttl] [class] type rdata`', at);
  }
  const range = /^(\d+)-(\d+)(?:\/(\d+))?$/.exec(tokens[0].text);
  if (!range) return fail('bad-generate-range', `range '${tokens[0].text}' is not start-stop or start-stop/step`, tokens[0]);
  const from = Number(range[1]);
  const to = Number(range[2]);
  const step = range[3] === undefined ? 1 : Number(range[3]);
  if (from > to || step < 1 || to > 4294967295) return fail('bad-generate-range', `range '${tokens[0].text}' must run upwards with a step of at least 1`, tokens[0]);
  const count = Math.floor((to - from) / step) + 1;
  if (count > GENERATE_LIMIT) return fail('generate-too-large', `range '${tokens[0].text}' makes ${count} records; more than ${GENERATE_LIMIT} is refused`, tokens[0]);

  const lhs = tokens[1];
  let i = 2;
  let ttl: number | undefined;
  let ttlSpan: Offsets | undefined;
  for (let k = 0; k < 2 && i < tokens.length - 2; k++) {
    const text = tokens[i].text;
    if (ttl === undefined && /^\d/.test(text)) {
      const parsed = parseTtl(text);
      if (!parsed.ok) return fail(parsed.code, parsed.message, tokens[i]);
      ttl = parsed.value;
      ttlSpan = tokens[i];
      i++;
    } else if (/^in$/i.test(text)) i++;
    else break;
  }
  const typeToken = tokens[i];
  // BIND reads only the rdata template as a quoted string ("unbalanced quotes" anywhere before it).
  const quoted = tokens.slice(0, i + 1).find((t) => t.quoted);
  if (quoted) return fail('bad-generate', `'${quoted.text}' cannot be quoted: only the rdata template is read as a quoted string`, quoted);
  const rhsTokens = tokens.slice(i + 1);
  if (rhsTokens.length === 0) return fail('bad-generate', 'the rdata template is missing', typeToken);
  // BIND takes the template as one token: rdata with blanks is quoted (`MX "10 mail$"`).
  if (rhsTokens.length > 1) {
    return fail('bad-generate', `the rdata template is one token: quote rdata with blanks ("${rhsTokens.map((t) => t.text).join(' ')}")`, { start: rhsTokens[1].start, end: rhsTokens[rhsTokens.length - 1].end });
  }
  const rhs = rhsTokens[0].text;
  const rdataSpan = { start: rhsTokens[0].start, end: rhsTokens[0].end };

  const records: GeneratedRecord[] = [];
  for (let n = from; n <= to; n += step) {
    const owner = substitute(lhs.text, n);
    if (typeof owner !== 'string') return fail('bad-generate-template', owner.error, lhs);
    const data = substitute(rhs, n);
    if (typeof data !== 'string') return fail('bad-generate-template', data.error, rdataSpan);
    records.push({ owner, ttl, type: typeToken.text, rdata: splitFields(data) });
  }
  return { ok: true, records, ownerSpan: lhs, ttlSpan, typeSpan: typeToken, rdataSpan };
}

/** Splits substituted rdata into fields with the zone-file lexer, as BIND re-reads it. */
function splitFields(text: string): { text: string; quoted: boolean }[] {
  const lexer = new Lexer(new SourceText('', text, 'octets'), undefined, () => undefined);
  const entry = new Entry();
  const out: { text: string; quoted: boolean }[] = [];
  while (lexer.next(entry)) for (let i = 0; i < entry.count; i++) out.push({ text: lexer.tokenText(entry, i), quoted: entry.quoted[i] });
  return out;
}

function substitute(template: string, n: number): string | { error: string } {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '\\' && template[i + 1] === '$') {
      out += '\\$';
      i++;
      continue;
    }
    if (c !== '$') {
      out += c;
      continue;
    }
    if (template[i + 1] !== '{') {
      out += String(n);
      continue;
    }
    const close = template.indexOf('}', i);
    if (close === -1) return { error: `'\${' without a closing '}' in '${template}'` };
    const spec = /^([+-]?\d+)(?:,(\d+)(?:,([doxXnN]))?)?$/.exec(template.slice(i + 2, close));
    if (!spec) return { error: `'${template.slice(i, close + 1)}' is not \${offset[,width[,base]]} with base d, o, x, X, n or N` };
    const width = Number(spec[2] ?? 0);
    // Nothing generated can be longer than a name or a character-string: a wider field is a mistake (or a memory bomb).
    if (width > MAX_WIDTH) return { error: `width ${spec[2]} in '${template.slice(i, close + 1)}' is over ${MAX_WIDTH}` };
    out += format(n + Number(spec[1]), width, spec[3] ?? 'd');
    i = close;
  }
  return out;
}

function format(value: number, width: number, base: string): string {
  if (base === 'n' || base === 'N') {
    // Nibble form for ip6.arpa, as BIND writes it: hex digits from the lowest, each followed by a
    // dot, until `width` characters are written and no digit is left (so a width can end on a dot).
    let out = '';
    let v = value;
    for (let w = width; ; ) {
      out += (v & 15).toString(16);
      v = Math.floor(v / 16);
      if (--w <= 0 && v === 0) break;
      out += '.';
      if (--w <= 0 && v === 0) break;
    }
    return base === 'N' ? out.toUpperCase() : out;
  }
  const radix = base === 'o' ? 8 : base === 'd' ? 10 : 16;
  const text = Math.abs(value).toString(radix).padStart(width, '0');
  const signed = value < 0 ? '-' + text : text;
  return base === 'X' ? signed.toUpperCase() : signed;
}
