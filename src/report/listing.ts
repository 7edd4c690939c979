/** `--list-files`: one line per file looked at — taken as what, which zone and how that was found, or why not. */
import { relative } from 'node:path';
import type { ListedFile } from '../engine/zones.ts';

const FROM: Record<string, string> = {
  'named-conf': 'from named.conf',
  content: 'from its content',
  config: 'from the configuration',
  'file-name': 'from the file name',
  records: 'guessed from the records\' common suffix',
};

export function formatListing(files: readonly ListedFile[]): string {
  return files
    .map((file) => {
      const path = relative(process.cwd(), file.path) || file.path;
      if (!file.as) return `${path}: skipped: ${file.why}\n`;
      const from = file.conf ? `from ${relative(process.cwd(), file.conf) || file.conf}` : FROM[file.originFrom ?? 'content'];
      const zone = file.origin ? `zone ${file.origin} (${from})` : file.originFrom === 'unknown' ? 'zone unknown' : 'part of another zone';
      const view = file.view ? `, view ${file.view}${file.internalView ? ' (private clients only)' : ''}` : '';
      return `${path}: ${file.as}, ${zone}${view}: ${file.why}\n`;
    })
    .join('');
}
