/** Text helpers for terminal output: neutralise control characters, lay out a source excerpt. */

const TAB_WIDTH = 8;

/**
 * Makes record text safe to print on a terminal: C0 controls and DEL become their Unicode
 * control pictures (one character each, so columns stay aligned), C1 controls and bidi
 * overrides (Trojan Source) become U+FFFD. A zone file can hold any octet in a TXT record;
 * none of it may reach the terminal as an escape sequence.
 */
export function printable(text: string): string {
  return text.replace(/[\x00-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}

/**
 * GitHub's runner reads `##[command]` anywhere in a logged line (the legacy form of workflow
 * commands): record text or a file name could stop command processing or forge an error. A
 * zero-width space after `##` keeps the text readable and inert.
 */
export function neutraliseCommands(text: string): string {
  return text.replace(/##\[/g, '##\u200b[');
}

export interface Excerpt {
  /** The source line as shown (tabs expanded, controls made visible, maybe clipped). */
  text: string;
  /** Spaces, then `^` under the first column and `~` under the rest of the span. */
  marker: string;
}

/**
 * Lays out one source line with a marker under the characters `from` (inclusive) to `to`
 * (exclusive), both 0-based indexes into `line`. Tabs expand to the next multiple of 8 so the
 * marker sits under the right characters; a line wider than `maxWidth` is clipped around the
 * span with `…` at the cut ends.
 */
export function excerpt(line: string, from: number, to: number, maxWidth = 120): Excerpt {
  const start = Math.min(Math.max(0, from), line.length);
  const end = Math.min(Math.max(start, to), line.length);
  // pos[i]: display column where character i begins; pos[line.length]: width of the line.
  const pos = new Array<number>(line.length + 1);
  let shown = '';
  for (let i = 0; i < line.length; i++) {
    pos[i] = shown.length;
    const ch = line[i];
    shown += ch === '\t' ? ' '.repeat(TAB_WIDTH - (shown.length % TAB_WIDTH)) : printable(ch);
  }
  pos[line.length] = shown.length;
  let markFrom = pos[start];
  let markWidth = Math.max(1, pos[end] - markFrom);
  if (shown.length <= maxWidth) {
    return { text: shown, marker: ' '.repeat(markFrom) + '^' + '~'.repeat(markWidth - 1) };
  }
  // Clip: keep some context before the span, as much of the span as fits, `…` where cut.
  const context = Math.min(20, Math.floor(maxWidth / 4));
  const windowStart = Math.max(0, Math.min(markFrom - context, shown.length - maxWidth + 1));
  const lead = windowStart > 0 ? '…' : '';
  const room = maxWidth - lead.length;
  const windowEnd = Math.min(shown.length, windowStart + room);
  const trail = windowEnd < shown.length ? '…' : '';
  let text = shown.slice(windowStart, windowEnd - trail.length) + trail;
  text = lead + text;
  markFrom = markFrom - windowStart + lead.length;
  markWidth = Math.max(1, Math.min(markWidth, text.length - markFrom));
  return { text, marker: ' '.repeat(markFrom) + '^' + '~'.repeat(markWidth - 1) };
}
