import type { Diagnostic } from './diagnostic.ts';
import type { ZoneRecord } from './record.ts';
import type { SourceText } from './source.ts';

/** A comment in a zone file (`; …` in BIND files), kept for suppression comments. */
export interface Comment {
  source: SourceText;
  /** Offset of the `;`. */
  start: number;
  end: number;
  /** Text after the `;`, as written. */
  text: string;
}

export type ZoneFormat = 'bind' | 'route53' | 'cloudflare' | 'google' | 'azure' | 'digitalocean' | 'powerdns' | 'octodns';

/** Everything one zone file (or export) yields: records, the reader's diagnostics, comments. */
export interface Zone {
  /** Absolute origin of the zone (its apex), with a final dot. */
  origin: string;
  format: ZoneFormat;
  /** The file the run named; `$INCLUDE`d files appear in `files` and in record sources. */
  source: SourceText;
  files: SourceText[];
  records: ZoneRecord[];
  diagnostics: Diagnostic[];
  comments: Comment[];
}
