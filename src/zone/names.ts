/**
 * Domain names in presentation form (RFC 1035 §5.1): `@`, relative and absolute names, `\X`
 * and `\DDD` escapes. Names are kept as written (case and escapes preserved, always absolute with
 * a final dot); `nameKey` gives the form to compare them by.
 */

export type NameResult = { ok: true; name: string } | { ok: false; message: string };

/**
 * Octets a label may hold unescaped, as BIND reads master files: every octet but white space, the
 * separator and the master-file specials (`.`, `\\`, `"`, `(`, `)`, `;`), so raw 8-bit octets too
 * (UTF-8 names are their octets). Names are kept in this form, so `nameKey` writes these octets
 * as they are and escapes the rest.
 */
const PLAIN = new Uint8Array(256).fill(1);
for (const c of ' \t\r\n.\\"();') PLAIN[c.charCodeAt(0)] = 0;

/**
 * Checks a name token and makes it absolute. `origin` is absolute (ends with a dot), `.` for the root.
 * Label length ≤ 63 and name length ≤ 255 octets are checked in wire form.
 */
export function parseName(text: string, origin: string): NameResult {
  if (text === '@') return { ok: true, name: origin };
  if (text === '.') return { ok: true, name: '.' };
  const checked = checkName(text, origin);
  if (typeof checked === 'string') return { ok: false, message: checked };
  if (checked) return { ok: true, name: text };
  return { ok: true, name: origin === '.' ? text + '.' : text + '.' + origin };
}

/**
 * parseName's name for a token already found valid (nameProblem) with this origin, without checking
 * it again: the owner names of a zone are made long after it was read, one per owner.
 */
export function absoluteName(text: string, origin: string): string {
  if (text === '@') return origin;
  if (text === '.' || endsWithDot(text)) return text;
  return origin === '.' ? text + '.' : text + '.' + origin;
}

/** The token ends with a dot that is no escape's (`a\.` ends with an escaped one). */
function endsWithDot(text: string): boolean {
  let i = text.length - 1;
  if (text.charCodeAt(i) !== 46) return false; /* . */
  let backslashes = 0;
  while (--i >= 0 && text.charCodeAt(i) === 92) backslashes++;
  return backslashes % 2 === 0;
}

/** Why a name token is not a valid name, or undefined when it is (parseName without making the name). */
export function nameProblem(text: string, origin: string): string | undefined {
  if (text === '@' || text === '.') return undefined;
  const checked = checkName(text, origin);
  return typeof checked === 'string' ? checked : undefined;
}

/** The problem with a name token (a message), or whether it is absolute. */
function checkName(text: string, origin: string): string | boolean {
  let wireLength = 1; // the root label
  let labelLength = 0;
  let absolute = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) {
      if (labelLength === 0) return i === 0 ? 'a name cannot start with a dot' : 'empty label (two dots in a row)';
      wireLength += labelLength + 1;
      labelLength = 0;
      if (i === n - 1) absolute = true;
      continue;
    }
    if (c === 92 /* \ */) {
      const d1 = text.charCodeAt(i + 1);
      if (i + 1 >= n) return 'a name cannot end with a lone backslash';
      // BIND reads `\[` opening a label as an RFC 2673 binary label, which it refuses.
      if (d1 === 91 && labelLength === 0) return "'\\[' at the start of a label opens a binary label (RFC 2673), which BIND refuses: write \\091";
      if (d1 >= 48 && d1 <= 57) {
        const d2 = text.charCodeAt(i + 2);
        const d3 = text.charCodeAt(i + 3);
        if (!(d2 >= 48 && d2 <= 57 && d3 >= 48 && d3 <= 57)) return 'a \\DDD escape needs exactly three decimal digits';
        if ((d1 - 48) * 100 + (d2 - 48) * 10 + (d3 - 48) > 255) return 'a \\DDD escape cannot exceed 255';
        i += 3;
      } else {
        i += 1;
      }
    } else if (!PLAIN[c]) {
      if (c > 0xff) return `character '${String.fromCodePoint(text.codePointAt(i) ?? c)}' is not an octet: write the name's UTF-8 octets`;
      return `character ${describeChar(c)} must be escaped in a name (write \\${String(c).padStart(3, '0')})`;
    }
    labelLength++;
    if (labelLength > 63) return 'a label is longer than 63 octets';
  }
  if (labelLength > 0) wireLength += labelLength + 1;
  if (!absolute) {
    if (origin !== '.') wireLength += wireLengthOf(origin) - 1;
    if (wireLength > 255) return `the name is longer than 255 octets once the origin ${origin} is appended`;
    return false;
  }
  if (wireLength > 255) return 'the name is longer than 255 octets';
  return true;
}

function describeChar(c: number): string {
  if (c === 32) return 'space';
  if (c === 9) return 'tab';
  return c < 0x20 || c === 0x7f ? `0x${c.toString(16).padStart(2, '0')}` : `'${String.fromCharCode(c)}'`;
}

let lastLengthName = '.';
let lastLength = 1;

/** Octets of the wire form of an absolute, valid name (the last answer is kept: origins repeat). */
export function wireLengthOf(name: string): number {
  if (name !== lastLengthName) {
    lastLength = nameToWire(name).length;
    lastLengthName = name;
  }
  return lastLength;
}

/** Wire form (RFC 1035 §3.1) of an absolute name already checked by `parseName`. */
export function nameToWire(name: string): Uint8Array {
  const out: number[] = [];
  if (name === '.') return Uint8Array.of(0);
  let lengthAt = 0;
  out.push(0);
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c === 46) {
      out[lengthAt] = out.length - lengthAt - 1;
      lengthAt = out.length;
      out.push(0);
      continue;
    }
    if (c === 92) {
      const d1 = name.charCodeAt(i + 1);
      if (d1 >= 48 && d1 <= 57) {
        c = Number(name.slice(i + 1, i + 4));
        i += 3;
      } else {
        c = d1;
        i += 1;
      }
    }
    out.push(c);
  }
  // The final dot closed the last label and opened the root label, already 0.
  return Uint8Array.from(out);
}

/** The labels of an absolute name as octet strings (escapes decoded), root excluded. */
export function nameLabels(name: string): string[] {
  const wire = nameToWire(name);
  const labels: string[] = [];
  for (let i = 0; wire[i] !== 0; i += wire[i] + 1) labels.push(String.fromCharCode(...wire.subarray(i + 1, i + 1 + wire[i])));
  return labels;
}

/**
 * The key to compare names by: ASCII letters lower-cased, escapes of plain characters decoded,
 * other octets as `\DDD`. Two names are equal in DNS exactly when their keys are equal.
 */
export function nameKey(name: string): string {
  if (name.indexOf('\\') === -1) return asciiLower(name);
  return nameLabels(name).map(escapeLabel).join('.') + '.';
}

function escapeLabel(label: string): string {
  let out = '';
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (PLAIN[c]) out += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
    else out += '\\' + String(c).padStart(3, '0');
  }
  return out;
}

function asciiLower(s: string): string {
  // Most names are written in lower case: then the name is its own key, and no string is made.
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) break;
  }
  if (i === s.length) return s;
  // toLowerCase would also fold latin1 letters, which DNS treats as distinct octets.
  return /[\x80-\xff]/.test(s) ? s.replace(/[A-Z]/g, (ch) => ch.toLowerCase()) : s.toLowerCase();
}

/** True when `name` equals `ancestor` or lies below it (both absolute). */
export function isAtOrBelow(name: string, ancestor: string): boolean {
  const a = nameKey(name);
  const b = nameKey(ancestor);
  if (b === '.') return true;
  return a === b || a.endsWith('.' + b);
}

/** `name` relative to `origin` when below it (`mail` for `mail.example.com.` in `example.com.`). */
export function relativeName(name: string, origin: string): string {
  const key = nameKey(name);
  const o = nameKey(origin);
  if (key === o) return '@';
  if (o !== '.' && key.endsWith('.' + o)) return name.slice(0, name.length - origin.length - 1);
  return name;
}

/** Longest run of whole trailing labels shared by all names (absolute, with a final dot). */
export function commonSuffix(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  const split = names.map((n) => nameKey(n).split('.').filter(Boolean).reverse());
  const first = split[0];
  let n = 0;
  while (n < first.length && split.every((labels) => labels[n] === first[n])) n++;
  if (n === 0) return undefined;
  // Keep the case as written in the first name.
  const labels = names[0].split('.').filter(Boolean);
  return labels.slice(labels.length - n).join('.') + '.';
}

/**
 * Namespaces the Internet's resolvers never answer for, where a zone serves a private network
 * only: `internal` (ICANN, 2024), `home.arpa` (RFC 8375), `local` (mDNS, RFC 6762), `localhost`
 * and `invalid` (RFC 6761), `localdomain`, and `lan`, `corp`, `home`, `intranet`, `private`,
 * which private networks use and the root does not delegate. `test` and `example` (RFC 2606) are
 * not among them: a zone there stands for a public one in examples and tests.
 */
const PRIVATE_NAMESPACES = ['internal.', 'home.arpa.', 'local.', 'localhost.', 'invalid.', 'localdomain.', 'lan.', 'corp.', 'home.', 'intranet.', 'private.'];

/** True when name key `key` lies in a namespace no one on the Internet can resolve (PRIVATE_NAMESPACES). */
export function isPrivateNamespace(key: string): boolean {
  return PRIVATE_NAMESPACES.some((suffix) => key === suffix || (key.endsWith(suffix) && key.charCodeAt(key.length - suffix.length - 1) === 46)); /* . */
}
