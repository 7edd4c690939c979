import type { Span } from './span.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface RelatedSpan {
  span: Span;
  message: string;
}

/**
 * One finding. `ruleId` is a rule's id, or `syntax/<code>` for the readers' own diagnostics
 * (stable codes in the manner of Knot's zone scanner: `syntax/bad-ttl`, `syntax/unclosed-parenthesis`).
 */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  related?: RelatedSpan[];
  /**
   * What identifies the finding across versions of a file (owner, type, field), never its line:
   * pull-request mode matches base and head findings by it.
   */
  fingerprint?: string;
}
