/**
 * Suppression comments in zone files:
 *   ; mxlint-disable-next-line mx-dangling-target, ttl-too-short -- reason
 *   ; mxlint-disable spf-all-permissive -- reason   …   ; mxlint-enable spf-all-permissive
 *   ; mxlint-disable-file ttl-too-short -- reason
 * A directive without rule ids applies to every rule. A suppression that silences nothing is
 * itself reported, so stale ones do not pile up.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import type { SourceText } from '../model/source.ts';
import type { Comment } from '../model/zone.ts';

export const UNUSED_SUPPRESSION = 'mxlint/unused-suppression';
export const BAD_SUPPRESSION = 'mxlint/bad-suppression';

interface Suppression {
  kind: 'next-line' | 'range' | 'file';
  comment: Comment;
  /** Rule ids, or undefined for all rules. */
  rules: string[] | undefined;
  /** Lines covered (1-based, inclusive). */
  fromLine: number;
  toLine: number;
  used: Set<string>;
}

/** Text every suppression comment holds (a file without it has none). */
export const SUPPRESSION_MARK = 'mxlint-';

const DIRECTIVE = /^\s*mxlint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([^]*)$/;

export function applySuppressions(diagnostics: Diagnostic[], comments: Comment[], knownRules: ReadonlySet<string>): Diagnostic[] {
  const bySource = new Map<SourceText, Suppression[]>();
  const problems: Diagnostic[] = [];
  const open = new Map<string, Suppression>();
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const [, kind, rest] = match;
    const list = rest.split(/\s--\s|\s--$/)[0].trim();
    const rules = list === '' ? undefined : list.split(/[\s,]+/).filter(Boolean);
    for (const id of rules ?? []) {
      if (!knownRules.has(id)) {
        problems.push({ ruleId: BAD_SUPPRESSION, severity: 'warning', message: `'${id}' in this suppression comment is not a rule of mxlint`, span: { source: comment.source, start: comment.start, end: comment.end } });
      }
    }
    const line = comment.source.positionAt(comment.start).line;
    const suppressions = bySource.get(comment.source) ?? [];
    bySource.set(comment.source, suppressions);
    const add = (k: Suppression['kind'], fromLine: number, toLine: number) => {
      const s: Suppression = { kind: k, comment, rules, fromLine, toLine, used: new Set() };
      suppressions.push(s);
      return s;
    };
    if (kind === 'disable-next-line') add('next-line', line + 1, line + 1);
    else if (kind === 'disable-line') add('next-line', line, line);
    else if (kind === 'disable-file') add('file', 1, Number.MAX_SAFE_INTEGER);
    else if (kind === 'disable') {
      for (const id of rules ?? ['*']) open.set(`${comment.source.path}\0${id}`, add('range', line, Number.MAX_SAFE_INTEGER));
    } else {
      for (const id of rules ?? ['*']) {
        const key = `${comment.source.path}\0${id}`;
        const started = open.get(key);
        if (started) {
          started.toLine = line;
          open.delete(key);
        } else {
          problems.push({ ruleId: BAD_SUPPRESSION, severity: 'warning', message: `mxlint-enable ${id === '*' ? '' : id + ' '}has no matching mxlint-disable above it`, span: { source: comment.source, start: comment.start, end: comment.end } });
        }
      }
    }
  }
  if (bySource.size === 0) return diagnostics.concat(problems);

  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    const suppressions = bySource.get(d.span.source);
    let suppressed = false;
    if (suppressions) {
      const line = d.span.source.positionAt(d.span.start).line;
      for (const s of suppressions) {
        if (line < s.fromLine || line > s.toLine) continue;
        if (s.rules && !s.rules.includes(d.ruleId)) continue;
        s.used.add(d.ruleId);
        suppressed = true;
      }
    }
    if (!suppressed) kept.push(d);
  }
  for (const suppressions of bySource.values()) {
    for (const s of suppressions) {
      const unused = s.rules ? s.rules.filter((id) => knownRules.has(id) && !s.used.has(id)) : s.used.size === 0 ? ['(all rules)'] : [];
      if (unused.length === 0) continue;
      problems.push({
        ruleId: UNUSED_SUPPRESSION,
        severity: 'warning',
        message: `unused suppression: ${unused.join(', ')} reports nothing ${s.kind === 'next-line' ? 'on the line it covers' : s.kind === 'file' ? 'in this file' : 'in the range it covers'}; remove the comment`,
        span: { source: s.comment.source, start: s.comment.start, end: s.comment.end },
      });
    }
  }
  return kept.concat(problems);
}
