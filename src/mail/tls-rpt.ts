/** SMTP TLS Reporting TXT records at _smtp._tls.<domain> (RFC 8460 §3). */
import { type MailProblem, type SpannedText, sortProblems } from './common.ts';
import { EXT_NAME, extValueChar } from './mta-sts.ts';
import { type RawTag, checkVersion, nonEmptyItems, splitList, tokenizeTagList } from './tag-list.ts';
import { parseUri } from './uri.ts';

export interface TlsRptUri extends SpannedText {
  /** "mailto" or "https" when valid. */
  scheme?: string;
  valid: boolean;
}

export interface TlsRptRecord {
  text: string;
  tags: RawTag[];
  version: SpannedText | null;
  rua?: TlsRptUri[];
  extensions: RawTag[];
  problems: MailProblem[];
}

const TLS_RPT_VERSION = /^v=TLSRPTv1(?:[ \t]*;|[ \t]*$)/;

export function isTlsRptRecord(text: string): boolean {
  return TLS_RPT_VERSION.test(text);
}

/** Parses a TLS-RPT TXT record. Never throws. */
export function parseTlsRpt(text: string): TlsRptRecord {
  const list = tokenizeTagList(text, {
    label: 'TLS-RPT',
    namePattern: EXT_NAME,
    // tlsrpt-rua allows *WSP around the commas of its URI list.
    spaceInValues: true,
    valueChar: extValueChar,
  });
  const problems = list.problems;
  const record: TlsRptRecord = { text, tags: list.tags, version: checkVersion(list, text, 'TLSRPTv1', 'TLS-RPT', problems), extensions: [], problems };
  for (const tag of list.tags) {
    if (tag.duplicate || tag.key === 'v') continue;
    if (tag.key !== 'rua') {
      record.extensions.push(tag);
      continue;
    }
    record.rua = [];
    if (tag.value.text === '') {
      problems.push({ code: 'empty-value', message: 'rua= is empty; write at least one "mailto:" or "https:" URI.', start: tag.start, end: tag.end });
      continue;
    }
    for (const item of nonEmptyItems(splitList(text, tag.value.start, tag.value.end, ','), 'rua=', problems)) {
      const before = problems.length;
      const parsed = parseUri(text, item, ['mailto', 'https'], 'rua= address', problems);
      record.rua.push({ text: item.text, start: item.start, end: item.end, scheme: parsed?.scheme, valid: problems.length === before });
    }
  }
  if (!list.byKey.has('rua')) {
    problems.push({ code: 'missing-rua', message: 'A TLS-RPT record needs rua= with a "mailto:" or "https:" address for reports.', start: 0, end: text.length });
  }
  sortProblems(problems);
  return record;
}
