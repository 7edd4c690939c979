/** MTA-STS policy indicator TXT records at _mta-sts.<domain> (RFC 8461 §3.1). */
import { type MailProblem, type SpannedText, sortProblems } from './common.ts';
import { type RawTag, checkVersion, tokenizeTagList } from './tag-list.ts';

export interface MtaStsRecord {
  text: string;
  tags: RawTag[];
  version: SpannedText | null;
  /** id=: 1–32 letters and digits; changes whenever the policy file changes. */
  id?: SpannedText;
  /** Tags other than v and id (sts-extension), which receivers ignore. */
  extensions: RawTag[];
  problems: MailProblem[];
}

/** RFC 8461 ext-name: (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / "."). Shared with TLS-RPT. */
export const EXT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;
/** ext-value = 1*(%x21-3A / %x3C / %x3E-7E): no space, ";" or "=". Shared with TLS-RPT. */
export const extValueChar = (c: number): boolean => c >= 0x21 && c <= 0x7e && c !== 0x3b && c !== 0x3d;

const MTA_STS_VERSION = /^v=STSv1(?:[ \t]*;|[ \t]*$)/;

export function isMtaStsRecord(text: string): boolean {
  return MTA_STS_VERSION.test(text);
}

/** Parses an MTA-STS TXT record. Never throws. */
export function parseMtaSts(text: string): MtaStsRecord {
  const list = tokenizeTagList(text, { label: 'MTA-STS', namePattern: EXT_NAME, valueChar: extValueChar });
  const problems = list.problems;
  const record: MtaStsRecord = { text, tags: list.tags, version: checkVersion(list, text, 'STSv1', 'MTA-STS', problems), extensions: [], problems };
  for (const tag of list.tags) {
    if (tag.duplicate || tag.key === 'v') continue;
    if (tag.key !== 'id') {
      record.extensions.push(tag);
      if (tag.value.text === '') problems.push({ code: 'empty-value', message: `The MTA-STS tag "${tag.name.text}" has no value.`, start: tag.start, end: tag.end });
      continue;
    }
    record.id = tag.value;
    if (!/^[A-Za-z0-9]{1,32}$/.test(tag.value.text)) {
      problems.push({
        code: 'invalid-id',
        message:
          tag.value.text === ''
            ? 'The MTA-STS id= is empty; write 1–32 letters and digits, such as the timestamp "20240101000000".'
            : `The MTA-STS id "${tag.value.text}" must be 1–32 letters and digits (no punctuation); for example "${tag.value.text.replace(/[^A-Za-z0-9]/g, '').slice(0, 32) || '20240101'}".`,
        start: tag.value.start,
        end: tag.value.end,
      });
    }
  }
  if (!list.byKey.has('id')) {
    problems.push({ code: 'missing-id', message: 'An MTA-STS record needs an id= tag (1–32 letters and digits) that changes whenever the policy changes.', start: 0, end: text.length });
  }
  sortProblems(problems);
  return record;
}
