/** Provider exports (JSON, YAML) read into the same Zone model as BIND files. */
import type { Zone } from '../model/zone.ts';

export interface ExportOptions {
  origin?: string;
  readFile?: (absolutePath: string) => Uint8Array | undefined;
}

export function readExport(path: string, kind: 'json' | 'yaml', options: ExportOptions): Zone {
  void path;
  void kind;
  void options;
  throw new Error('provider exports are not supported yet');
}
