import type { Diagnostic } from './diagnostic.ts';
import type { SourceText } from './source.ts';

/** The findings of one file of a run, as reporters receive them. */
export interface FileResult {
  /** Path as shown to the user (relative to the working directory when below it). */
  path: string;
  /** The file's text, when it was read (reporters quote the source line). */
  source?: SourceText;
  /** Sorted by position. */
  diagnostics: Diagnostic[];
}
