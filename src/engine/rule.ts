/**
 * The rule API, in ESLint's manner: each rule declares `meta` (id, description, default severity,
 * an options schema, messages keyed by id with {{placeholders}}) beside one `check` function.
 * A rule never reads files, never prints and never knows the output format.
 */
import type { RelatedSpan, Severity } from '../model/diagnostic.ts';
import type { Span } from '../model/span.ts';
import type { Zone } from '../model/zone.ts';
import type { ZoneSet } from '../model/zoneset.ts';
import type { JsonSchema } from '../model/json-schema.ts';
import { repositoryFileUrl } from '../version.ts';

export type { JsonSchema };

export type RuleSetting = Severity | 'off';

export interface RuleMeta {
  /** Stable kebab-case id with its family prefix: `mx-`, `spf-`, `dmarc-`, `ttl-`, `soa-`, `zone-`… */
  id: string;
  /** One line: what the rule finds. */
  description: string;
  /** Severity in `mxlint:recommended`. */
  severity: RuleSetting;
  /** Severity in `mxlint:strict` (defaults to `error` for every rule that is on in strict). */
  strict?: RuleSetting;
  /** JSON Schema of the rule's options object; its `default`s are the defaults. */
  options?: JsonSchema;
  /** Message templates keyed by id; `{{name}}` is replaced by `data.name`. */
  messages: Record<string, string>;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** The exact field at fault: the MX preference, the MX target, the TTL. */
  span: Span;
  related?: RelatedSpan[];
  /**
   * Identity of the finding that survives edits elsewhere in the file: owner, type and field,
   * never a line number (pull-request mode matches findings across versions by it).
   */
  fingerprint: string;
  /** A finding that is informational by nature (a revoked DKIM key) may lower the rule's severity. */
  severity?: Severity;
}

export interface RuleContext<Options> {
  zone: Zone;
  zones: ZoneSet;
  /**
   * The zones of the pull request's base, in pull-request mode only (the action reads the base
   * before linting the head): change rules compare the head's mail posture with the base's and
   * say nothing without it.
   */
  base?: ZoneSet;
  options: Options;
  report(report: Report): void;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  check(context: RuleContext<Options>): void;
}

/** Typed identity helper so rule modules get their options type checked. */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** The page of a rule (rules/<id>/README.md), or of a reader diagnostic (docs/syntax.md, one anchor per code). */
export function docsPath(ruleId: string): string {
  // The online checks (src/online/) are not rules of the offline walk: their pages are in docs/live/.
  if (ruleId.startsWith('live-')) return `docs/live/${ruleId}.md`;
  return ruleId.startsWith('syntax/') ? 'docs/syntax.md' : `rules/${ruleId}/README.md`;
}

export function docsUrl(ruleId: string): string {
  const anchor = ruleId.startsWith('syntax/') ? `#${ruleId.slice('syntax/'.length)}` : '';
  return repositoryFileUrl(docsPath(ruleId)) + anchor;
}
