/** BIMI assertion records at <selector>._bimi.<domain> (draft-brand-indicators-for-message-identification). */
import { type MailProblem, type SpannedText, sortProblems } from './common.ts';
import { type RawTag, type TagListOptions, checkVersion, tokenizeTagList } from './tag-list.ts';
import { parseUri } from './uri.ts';

export interface BimiUri extends SpannedText {
  /** True for an empty value: the domain declines to publish (a logo, or evidence). */
  declined: boolean;
  valid: boolean;
}

export interface BimiRecord {
  text: string;
  tags: RawTag[];
  version: SpannedText | null;
  /** l=: the https URI of the SVG Tiny PS logo, or empty. */
  location?: BimiUri;
  /** a=: the https URI of the Verified Mark Certificate (PEM), or empty. */
  evidence?: BimiUri;
  /** avp=: avatar preference, "brand" or "personal". */
  avatarPreference?: SpannedText;
  problems: MailProblem[];
}

const BIMI_VERSION = /^v[ \t]*=[ \t]*BIMI1[ \t]*(?:;|$)/;

export function isBimiRecord(text: string): boolean {
  return BIMI_VERSION.test(text);
}

/** The BIMI tag-list grammar, made once. */
const TAG_LIST: TagListOptions = { label: 'BIMI', spaceAroundEquals: true, namePattern: /^[A-Za-z][A-Za-z0-9_]*$/ };

/** Parses a BIMI assertion record. Never throws. */
export function parseBimi(text: string): BimiRecord {
  const list = tokenizeTagList(text, TAG_LIST);
  const problems = list.problems;
  const record: BimiRecord = { text, tags: list.tags, version: checkVersion(list, text, 'BIMI1', 'BIMI', problems), problems };
  for (const tag of list.tags) {
    if (tag.duplicate || tag.key === 'v') continue;
    if (tag.key === 'l' || tag.key === 'a') {
      const what = tag.key === 'l' ? 'logo location (l=)' : 'evidence (a=)';
      const before = problems.length;
      if (tag.value.text !== '') {
        if (tag.value.text.includes(',')) {
          problems.push({ code: 'invalid-uri', message: `The ${what} holds several URIs; BIMI takes exactly one https URI.`, start: tag.value.start, end: tag.value.end });
        } else {
          parseUri(text, tag.value, ['https'], what, problems);
        }
      }
      const uri: BimiUri = { text: tag.value.text, start: tag.value.start, end: tag.value.end, declined: tag.value.text === '', valid: problems.length === before };
      if (tag.key === 'l') record.location = uri;
      else record.evidence = uri;
    } else if (tag.key === 'avp') {
      record.avatarPreference = tag.value;
      if (!['brand', 'personal'].includes(tag.value.text.toLowerCase())) {
        problems.push({ code: 'invalid-value', message: `avp=${tag.value.text} is not valid; write avp=brand or avp=personal.`, start: tag.value.start, end: tag.value.end });
      }
    } else {
      problems.push({ code: 'unknown-tag', message: `"${tag.name.text}" is not a BIMI tag and is ignored; known tags are v, l, a and avp.`, start: tag.start, end: tag.end });
    }
  }
  if (!list.byKey.has('l') && record.version) {
    problems.push({ code: 'missing-location', message: 'A BIMI record needs an l= tag: the https URI of the logo, or empty to decline.', start: 0, end: text.length });
  }
  sortProblems(problems);
  return record;
}
