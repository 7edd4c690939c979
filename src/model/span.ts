import type { SourceText } from './source.ts';

/** A half-open range of character offsets in one source file. */
export interface Span {
  source: SourceText;
  start: number;
  end: number;
}

/** A span resolved to 1-based lines and columns (end column exclusive, as ESLint's). */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function locate(span: Span): Location {
  const from = span.source.positionAt(span.start);
  const to = span.source.positionAt(Math.max(span.start, span.end));
  return { file: span.source.path, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

export function spanText(span: Span): string {
  return span.source.display(span.source.slice(span.start, span.end));
}
