/** Just enough RFC 3986 to check report and logo URIs and to tell an operator what is wrong. */
import { type MailProblem, type TextSpan, quote } from './common.ts';

export interface ParsedUri {
  /** Lowercased scheme. */
  scheme: string;
  /** For mailto: the address; for http(s): the host. */
  target: string;
}

const NOT_URI_CHAR = /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const BARE_ADDRESS = /^[^@\s:]+@[^@\s]+$/;
const HTTP_HOST = /^\/\/([^/?#:]*)(?::([0-9]*))?/;

/** Reports the whole URI as wrong; null for the caller to return. */
function invalid(problems: MailProblem[], at: TextSpan, code: string, message: string): null {
  problems.push({ code, message, start: at.start, end: at.end });
  return null;
}

/**
 * Parses an absolute URI in text[start, end), pushing problems with spans into the text.
 * `allowed` lists the schemes the record type accepts (lowercase).
 */
export function parseUri(text: string, at: TextSpan, allowed: readonly string[], what: string, problems: MailProblem[]): ParsedUri | null {
  const raw = text.slice(at.start, at.end);
  const m = SCHEME.exec(raw);
  if (!m) {
    if (BARE_ADDRESS.test(raw) && allowed.includes('mailto')) {
      return invalid(problems, at, 'invalid-uri', `The ${what} ${quote(raw)} is a bare address; write "mailto:${raw}".`);
    }
    return invalid(problems, at, 'invalid-uri', `The ${what} ${quote(raw)} is not a URI; write a full URI such as "${allowed[0]}:${allowed[0] === 'mailto' ? 'reports@example.com' : '//example.com/'}".`);
  }
  // The first character that needs percent-encoding, or a "%" that starts no %HH escape.
  const badChar = NOT_URI_CHAR.exec(raw);
  const badPercent = BAD_PERCENT.exec(raw);
  if (badChar && (!badPercent || badChar.index < badPercent.index)) {
    const i = badChar.index;
    problems.push({
      code: 'invalid-uri',
      message: `The ${what} ${quote(raw)} contains ${quote(raw[i])}, which must be percent-encoded in a URI.`,
      start: at.start + i,
      end: at.start + i + 1,
    });
    return null;
  }
  if (badPercent) {
    const i = badPercent.index;
    problems.push({
      code: 'invalid-uri',
      message: `The ${what} ${quote(raw)} has a "%" that does not start a %HH escape.`,
      start: at.start + i,
      end: Math.min(at.end, at.start + i + 3),
    });
    return null;
  }
  const scheme = m[1].toLowerCase();
  const rest = raw.slice(m[0].length);
  if (!allowed.includes(scheme)) {
    return invalid(problems, at, 'unsupported-uri-scheme', `The ${what} ${quote(raw)} uses "${m[1]}:"; only ${allowed.map((s) => `${s}:`).join(' or ')} is supported here.`);
  }
  if (scheme === 'mailto') {
    const addr = rest.split('?')[0];
    const at2 = addr.lastIndexOf('@');
    if (at2 <= 0 || at2 === addr.length - 1 || !addr.slice(at2 + 1).includes('.')) {
      return invalid(problems, at, 'invalid-uri', `The ${what} ${quote(raw)} has no valid mail address after "mailto:"; write "mailto:reports@example.com".`);
    }
    return { scheme, target: addr };
  }
  if (scheme === 'http' || scheme === 'https') {
    const hm = HTTP_HOST.exec(rest);
    if (!hm || hm[1] === '' || hm[1].includes('@')) {
      return invalid(problems, at, 'invalid-uri', `The ${what} ${quote(raw)} has no host; write "${scheme}://host/path".`);
    }
    return { scheme, target: hm[1] };
  }
  return { scheme, target: rest };
}
