/** Test helpers: exact spans by locating a unique needle, so expectations stay readable. */
export function spanOf(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`${JSON.stringify(needle)} not in ${JSON.stringify(text)}`);
  if (from === 0 && text.indexOf(needle, start + 1) >= 0) throw new Error(`${JSON.stringify(needle)} is not unique in ${JSON.stringify(text)}`);
  return { start, end: start + needle.length };
}

export function problemTuples(problems: Array<{ code: string; start: number; end: number }>): Array<[string, number, number]> {
  return problems.map((p) => [p.code, p.start, p.end]);
}
