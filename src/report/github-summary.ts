/**
 * A GitHub job summary ($GITHUB_STEP_SUMMARY): GitHub-flavoured Markdown whose tables are HTML,
 * so record text with `|`, backticks or markup can never break the layout or inject any.
 */
import type { Severity } from '../model/diagnostic.ts';
import type { FileResult } from '../model/result.ts';
import { locate } from '../model/span.ts';
import { docsUrl } from '../engine/rule.ts';
import { countSeverities, describeCounts, plural } from './counts.ts';

export interface SummaryOptions {
  /** Findings that were there before the change (pull-request mode); they are not listed. */
  preExisting?: number;
  /** Heading (default `mxlint`). */
  title?: string;
  /**
   * Size the summary stays under, in UTF-8 bytes; GitHub refuses a step summary over 1 MiB.
   * Rows past it are left out, with a line that says how many.
   */
  maxBytes?: number;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '\r': '',
  '\n': '<br>',
};

/**
 * Escapes text for HTML inside Markdown: the five HTML specials, plus `|` and backticks, and
 * line breaks as `<br>` (a blank line would end the HTML block and let Markdown in).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'|`\r\n]/g, (ch) => ESCAPES[ch]);
}

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'info' };

export function formatGithubSummary(results: readonly FileResult[], opts: SummaryOptions = {}): string {
  const maxBytes = opts.maxBytes ?? 1000 * 1024;
  const counts = countSeverities(results);
  const files = results.filter((r) => r.diagnostics.length > 0);
  const paragraphs = [`<h2>${escapeHtml(opts.title ?? 'mxlint')}</h2>`];
  paragraphs.push(counts.total === 0 ? 'No problems found.' : `${describeCounts(counts)} in ${plural(files.length, 'file')}.`);
  if (opts.preExisting !== undefined) {
    const n = opts.preExisting;
    paragraphs.push(`${plural(n, 'pre-existing finding')} that this change did not introduce ${n === 1 ? 'is' : 'are'} not listed.`);
  }

  const reserve = 200; // room for the "left out" line
  let output = `${paragraphs.join('\n\n')}\n\n`;
  let size = Buffer.byteLength(output);
  let left = 0;
  for (const result of files) {
    const open = `<h3><code>${escapeHtml(result.path)}</code></h3>\n<table>\n<thead><tr><th>Line</th><th>Severity</th><th>Rule</th><th>Message</th></tr></thead>\n<tbody>\n`;
    const close = '</tbody>\n</table>\n\n';
    const rows: string[] = [];
    let sectionSize = Buffer.byteLength(open) + close.length;
    for (const d of result.diagnostics) {
      const loc = locate(d.span);
      const row =
        `<tr><td>${loc.line}:${loc.column}</td><td>${SEVERITY_LABEL[d.severity]}</td>` +
        `<td><a href="${escapeHtml(docsUrl(d.ruleId))}"><code>${escapeHtml(d.ruleId)}</code></a></td>` +
        `<td>${escapeHtml(d.message)}</td></tr>\n`;
      const rowSize = Buffer.byteLength(row);
      if (left > 0 || size + sectionSize + rowSize + reserve > maxBytes) {
        left++;
        continue;
      }
      rows.push(row);
      sectionSize += rowSize;
    }
    if (rows.length > 0) {
      output += open + rows.join('') + close;
      size += sectionSize;
    }
  }
  if (left > 0) output += `${plural(left, 'more finding')} left out: the summary is limited in size. The SARIF or JSON output lists them all.\n`;
  return output;
}
