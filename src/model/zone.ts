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

/**
 * Where a zone's origin came from, most reliable first: the zone statement of named.conf that
 * loads the file, the file's content ($ORIGIN, SOA, the export's zone field), the configuration,
 * the file name, the records' common suffix (a guess). A zone whose origin is `unknown` takes no
 * part in lookups from other zones.
 */
export type OriginSource = 'named-conf' | 'content' | 'config' | 'file-name' | 'records' | 'unknown';

export type ZoneFormat = 'bind' | 'route53' | 'cloudflare' | 'google' | 'azure' | 'digitalocean' | 'powerdns' | 'octodns';

/** Everything one zone file (or export) yields: records, the reader's diagnostics, comments. */
export interface Zone {
  /** Absolute origin of the zone (its apex), with a final dot. */
  origin: string;
  format: ZoneFormat;
  /** The file the run named; `$INCLUDE`d files appear in `files` and in record sources. */
  source: SourceText;
  files: SourceText[];
  /**
   * Absolute paths an `$INCLUDE` that found no file was looked for at: deleting or renaming a
   * file one of them named breaks this zone, though none of its files changed.
   */
  missingIncludes?: string[];
  records: ZoneRecord[];
  diagnostics: Diagnostic[];
  comments: Comment[];
  /** Set by the run (engine/zones.ts); absent on zones read outside a run. */
  originFrom?: OriginSource;
  /** The view (split-horizon DNS) the configuration or named.conf puts the file in; lookups stay inside one view. */
  view?: string;
  /** The view answers private clients only (named.conf's match-clients): senders on the Internet never see this zone. */
  internalView?: boolean;
}
