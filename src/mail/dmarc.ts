/**
 * DMARC policy records: RFC 9989 (DMARCbis, which obsoletes RFC 7489) with the RFC 7489 tags
 * it removed (pct, rf, ri) still parsed and marked `removed`, so a rule can say so.
 */
import { type MailProblem, type SpannedText, type TextSpan, quote, spanned, sortProblems, valued } from './common.ts';
import { type RawTag, type TagListOptions, checkVersion, nonEmptyItems, splitList, tokenizeTagList } from './tag-list.ts';
import { parseUri } from './uri.ts';

export type DmarcPolicy = 'none' | 'quarantine' | 'reject';
export type DmarcAlignment = 'r' | 's';
export type DmarcFailureOption = '0' | '1' | 'd' | 's';

/** A value with its text and span; `value` is normalised (lowercase for keywords). */
export interface DmarcValue<T> extends SpannedText {
  value: T;
}

export interface DmarcSizeLimit extends SpannedText {
  /** The number as written. */
  amount: number;
  unit: '' | 'k' | 'm' | 'g' | 't';
  /** amount × unit in bytes (approximate past 2^53). */
  bytes: number;
}

export interface DmarcUri extends SpannedText {
  /** The URI without its "!size" suffix. */
  uri: SpannedText;
  /** Lowercased scheme, when the URI has one. */
  scheme?: string;
  size?: DmarcSizeLimit;
  valid: boolean;
}

export interface DmarcTag extends RawTag {
  /** A tag RFC 9989 or RFC 7489 defines. */
  known: boolean;
  /** pct, rf and ri: defined by RFC 7489, removed by RFC 9989. */
  removed: boolean;
}

export interface DmarcRecord {
  text: string;
  /** Span of "DMARC1" when the record starts with a valid v= tag. */
  version: SpannedText | null;
  tags: DmarcTag[];
  p?: DmarcValue<DmarcPolicy>;
  sp?: DmarcValue<DmarcPolicy>;
  np?: DmarcValue<DmarcPolicy>;
  psd?: DmarcValue<'y' | 'n' | 'u'>;
  t?: DmarcValue<'y' | 'n'>;
  adkim?: DmarcValue<DmarcAlignment>;
  aspf?: DmarcValue<DmarcAlignment>;
  fo?: DmarcValue<DmarcFailureOption>[];
  rua?: DmarcUri[];
  ruf?: DmarcUri[];
  /** Removed by RFC 9989. */
  pct?: DmarcValue<number>;
  /** Removed by RFC 9989. */
  rf?: DmarcValue<string>[];
  /** Removed by RFC 9989. */
  ri?: DmarcValue<number>;
  removedTags: DmarcTag[];
  problems: MailProblem[];
}

const POLICIES = ['none', 'quarantine', 'reject'] as const;
const PERCENT = /^[0-9]{1,3}$/;
const SECONDS = /^[0-9]{1,32}$/;
const CURRENT = new Set(['v', 'p', 'sp', 'np', 'psd', 't', 'adkim', 'aspf', 'rua', 'ruf', 'fo']);
const REMOVED = new Set(['pct', 'rf', 'ri']);

const DMARC_VERSION = /^v[ \t]*=[ \t]*DMARC1[ \t]*(?:;|$)/;

/** DMARC discovery (RFC 9989 §4.7): a TXT record is a policy record when it starts "v=DMARC1". */
export function isDmarcRecord(text: string): boolean {
  return DMARC_VERSION.test(text);
}

function enumValue<T extends string>(tag: Pick<RawTag, 'name' | 'value'>, allowed: readonly T[], hint: string, problems: MailProblem[]): DmarcValue<T> | undefined {
  const v = tag.value.text.toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return valued(tag.value, v as T);
  problems.push({
    code: 'invalid-value',
    message: `${tag.name.text}=${tag.value.text} is not valid; ${hint}.`,
    start: tag.value.start,
    end: tag.value.end,
  });
  return undefined;
}

/** The schemes a report URI may have (RFC 9989 §4.7: mailto; http and https from RFC 7489). */
const URI_SCHEMES = ['mailto', 'https', 'http'];

const UNITS: Record<string, number> = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };

function parseUriList(text: string, tag: RawTag, problems: MailProblem[]): DmarcUri[] {
  const out: DmarcUri[] = [];
  for (const item of nonEmptyItems(splitList(text, tag.value.start, tag.value.end, ','), `${tag.name.text}=`, problems)) {
    const bang = item.text.lastIndexOf('!');
    const uriEnd = bang >= 0 ? item.start + bang : item.end;
    const entry: DmarcUri = { text: item.text, start: item.start, end: item.end, uri: spanned(text, item.start, uriEnd), scheme: undefined, size: undefined, valid: true };
    const before = problems.length;
    if (bang >= 0) {
      const m = /^!([0-9]+)([kmgtKMGT]?)$/.exec(item.text.slice(bang));
      const sizeSpan: TextSpan = { start: uriEnd, end: item.end };
      if (!m) {
        problems.push({
          code: 'invalid-size-limit',
          message: `The size limit ${quote(item.text.slice(bang))} is malformed; write "!" and a number with an optional k, m, g or t, such as "!10m".`,
          ...sizeSpan,
        });
      } else if (BigInt(m[1]) > 0xffffffffffffffffn) {
        problems.push({ code: 'invalid-size-limit', message: `The size limit ${quote(item.text.slice(bang))} does not fit in 64 bits.`, ...sizeSpan });
      } else {
        const unit = m[2].toLowerCase() as DmarcSizeLimit['unit'];
        entry.size = { ...spanned(text, sizeSpan.start, sizeSpan.end), amount: Number(m[1]), unit, bytes: Number(m[1]) * UNITS[unit] };
      }
    }
    const parsed = parseUri(text, entry.uri, URI_SCHEMES, `${tag.name.text}= address`, problems);
    if (parsed) entry.scheme = parsed.scheme;
    else {
      const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(entry.uri.text);
      if (m) entry.scheme = m[1].toLowerCase();
    }
    entry.valid = problems.length === before;
    out.push(entry);
  }
  return out;
}

/** The DMARC tag-list grammar; one object, so its value table is made once (tag-list.ts keys it by `valueChar`). */
const TAG_LIST: TagListOptions = {
  label: 'DMARC',
  spaceAroundEquals: true,
  namePattern: /^[A-Za-z]+$/,
  caseInsensitiveNames: true,
  // dmarc-value = %x20-3A / %x3C-7E: printable ASCII and space, no ";".
  valueChar: (c) => c >= 0x20 && c <= 0x7e && c !== 0x3b,
};

/** Parses a DMARC policy record. Never throws. */
export function parseDmarc(text: string): DmarcRecord {
  const list = tokenizeTagList(text, TAG_LIST);
  const problems = list.problems;
  const record: DmarcRecord = { text, version: null, tags: [], removedTags: [], problems };
  record.version = checkVersion(list, text, 'DMARC1', 'DMARC', problems);
  for (const raw of list.tags) {
    // Spelled out, not spread: spreading a tag here cost more than the rest of the parse.
    const removed = REMOVED.has(raw.key);
    const tag: DmarcTag = { name: raw.name, value: raw.value, key: raw.key, duplicate: raw.duplicate, start: raw.start, end: raw.end, known: removed || CURRENT.has(raw.key), removed };
    record.tags.push(tag);
    if (tag.removed) record.removedTags.push(tag);
    if (tag.duplicate || tag.key === 'v') continue;
    if (!tag.known) {
      problems.push({
        code: 'unknown-tag',
        message: `"${tag.name.text}" is not a DMARC tag and is ignored; known tags are p, sp, np, psd, t, adkim, aspf, rua, ruf and fo.`,
        start: tag.start,
        end: tag.end,
      });
      continue;
    }
    if (tag.value.text === '') {
      problems.push({ code: 'empty-value', message: `The DMARC tag "${tag.name.text}" has no value.`, start: tag.start, end: tag.end });
      continue;
    }
    switch (tag.key) {
      case 'p':
      case 'sp':
      case 'np': {
        const v = enumValue(tag, POLICIES, 'write none, quarantine or reject', problems);
        if (v) record[tag.key] = v;
        break;
      }
      case 'adkim':
      case 'aspf': {
        const v = enumValue(tag, ['r', 's'] as const, 'write r (relaxed) or s (strict)', problems);
        if (v) record[tag.key] = v;
        break;
      }
      case 't': {
        const v = enumValue(tag, ['y', 'n'] as const, 'write y (testing) or n', problems);
        if (v) record.t = v;
        break;
      }
      case 'psd': {
        const v = enumValue(tag, ['y', 'n', 'u'] as const, 'write y, n or u', problems);
        if (v) record.psd = v;
        break;
      }
      case 'fo': {
        const opts: DmarcValue<DmarcFailureOption>[] = [];
        for (const item of nonEmptyItems(splitList(text, tag.value.start, tag.value.end, ':'), 'fo=', problems)) {
          const v = enumValue({ name: tag.name, value: item }, ['0', '1', 'd', 's'] as const, 'each fo= option is 0, 1, d or s, separated by ":"', problems);
          if (v) opts.push(v);
        }
        record.fo = opts;
        break;
      }
      case 'rua':
      case 'ruf':
        record[tag.key] = parseUriList(text, tag, problems);
        break;
      case 'pct':
      case 'ri': {
        const max = tag.key === 'pct' ? 100 : 0xffffffff;
        const ok = tag.key === 'pct' ? PERCENT : SECONDS;
        const n = Number(tag.value.text);
        if (!ok.test(tag.value.text) || n > max) {
          problems.push({
            code: 'invalid-value',
            message: tag.key === 'pct' ? `pct=${tag.value.text} is not a percentage 0–100.` : `ri=${tag.value.text} is not a number of seconds.`,
            start: tag.value.start,
            end: tag.value.end,
          });
        } else {
          record[tag.key] = valued(tag.value, n);
        }
        break;
      }
      case 'rf': {
        const formats: DmarcValue<string>[] = [];
        for (const item of nonEmptyItems(splitList(text, tag.value.start, tag.value.end, ':'), 'rf=', problems)) {
          if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(item.text)) {
            problems.push({ code: 'invalid-value', message: `rf= format ${quote(item.text)} is not a keyword such as "afrf".`, start: item.start, end: item.end });
          } else {
            formats.push(valued(item, item.text.toLowerCase()));
          }
        }
        record.rf = formats;
        break;
      }
    }
  }
  sortProblems(problems);
  return record;
}
