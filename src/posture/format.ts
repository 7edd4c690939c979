/**
 * The mail-change review as text: terminal lines, Markdown (also the action's "Mail impact"
 * section) and JSON. Record text comes from the zones (maybe a fork's pull request): terminal
 * output shows control characters as pictures, Markdown escapes it as HTML.
 */
import { escapeHtml } from '../report/github-summary.ts';
import { plural } from '../report/counts.ts';
import { printable } from '../report/text.ts';
import { type DomainDiff, impactOf } from './diff.ts';

function headline(diffs: readonly DomainDiff[], compared: number): string {
  if (diffs.length === 0) return `No mail record changed (${plural(compared, 'mail domain')} compared).`;
  const weakened = diffs.filter((d) => d.changes.some((c) => c.weakens)).length;
  return `${plural(diffs.length, 'mail domain')} changed${weakened ? `, ${weakened} weakened` : ''} (${compared} compared).`;
}

/** Changes of one domain grouped by aspect: `DMARC: p=reject → p=none; rua removed`. */
function grouped(diff: DomainDiff): { aspect: string; texts: string[]; weakens: boolean }[] {
  const groups = new Map<string, { aspect: string; texts: string[]; weakens: boolean }>();
  for (const change of diff.changes) {
    const group = groups.get(change.aspect) ?? { aspect: change.aspect, texts: [], weakens: false };
    group.texts.push(change.text);
    group.weakens ||= change.weakens;
    groups.set(change.aspect, group);
  }
  return [...groups.values()];
}

export function formatDiffText(diffs: readonly DomainDiff[], compared: number): string {
  const lines = [headline(diffs, compared)];
  for (const diff of diffs) {
    lines.push('', `${printable(diff.domain)}${diff.status === 'changed' ? '' : ` (${diff.status})`}`);
    for (const g of grouped(diff)) lines.push(`  ${g.weakens ? '!' : ' '} ${g.aspect}: ${printable(g.texts.join('; '))}`);
  }
  if (diffs.some((d) => d.changes.some((c) => c.weakens))) lines.push('', '! = weakens protection');
  return lines.join('\n') + '\n';
}

/**
 * Markdown (record text escaped as HTML). Domains past `maxBytes` (UTF-8) are counted, not
 * listed: a job summary must stay under GitHub's 1 MiB beside the findings.
 */
export function formatDiffMarkdown(diffs: readonly DomainDiff[], compared: number, heading = '## Mail impact', maxBytes = 64 * 1024): string {
  let out = [heading, '', escapeHtml(headline(diffs, compared))].join('\n') + '\n';
  let left = 0;
  for (const diff of diffs) {
    const lines = ['', `**${escapeHtml(diff.domain)}**${diff.status === 'changed' ? '' : ` (${diff.status})`}`, ''];
    for (const g of grouped(diff)) lines.push(`- ${g.weakens ? '⚠️ ' : ''}${escapeHtml(g.aspect)}: ${escapeHtml(g.texts.join('; '))}`);
    const block = lines.join('\n') + '\n';
    if (left > 0 || Buffer.byteLength(out) + Buffer.byteLength(block) > maxBytes) left++;
    else out += block;
  }
  if (left > 0) out += `\n${plural(left, 'more mail domain')} changed, not listed here for size: \`mxlint diff\` lists them all.\n`;
  return out;
}

export function formatDiffJson(diffs: readonly DomainDiff[], compared: number): string {
  return (
    JSON.stringify(
      {
        impact: impactOf(diffs),
        compared,
        domains: diffs.map((d) => ({
          domain: d.domain,
          status: d.status,
          changes: d.changes.map((c) => ({ aspect: c.aspect, text: c.text, weakens: c.weakens, ...(c.kind ? { rule: `change-${c.kind}` } : {}) })),
          base: d.base ?? null,
          head: d.head ?? null,
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
