/**
 * The record table of a file read by two threads (split.ts): the worker's rows cross to this
 * thread as transferable arrays, names by number, and are adopted without a rewrite. While the
 * worker finishes, this thread makes the record objects of the rows it expects ("ahead"), so
 * that adopting only fills them in.
 */
import { RecordChunk, RecordTable, chunkRows, type RdataStore } from '../model/record.ts';
import type { SourceText } from '../model/source.ts';

/** Records in a form that crosses threads: rows as transferable arrays, names by number. */
export interface PortableRecords {
  /** `owners` is left out when no owner name was made yet (a BIND file's names are made when asked for). */
  chunks: { rows: Int32Array<ArrayBuffer>; count: number; owners?: (string | undefined)[] }[];
  names: string[];
  /** How many (file, store) parts the rows number. */
  parts: number;
}

export class SplitRecordTable extends RecordTable {
  /** Chunks made ahead, with their record objects, for rows another thread is still reading. */
  private ahead: RecordChunk[] = [];
  private aheadRows = 0;

  /**
   * Makes the record objects of one more chunk of rows that another thread is still reading, so
   * that adopt() only fills them in, while `expected` rows are not covered yet; false once they are.
   * The chunks are sized as the other thread's table sizes its own (chunkRows), so they pair up.
   */
  makeAhead(expected: number): boolean {
    if (this.aheadRows >= expected) return false;
    const rows = chunkRows(this.ahead.length);
    const chunk = new RecordChunk(this.names, this.parts, 0, new Int32Array(0), undefined, rows);
    chunk.makeViews();
    this.ahead.push(chunk);
    this.aheadRows += rows;
    return true;
  }

  discardAhead(): void {
    this.ahead = [];
    this.aheadRows = 0;
  }

  /** The rows, for another thread to adopt. The table is not used afterwards (its arrays move). */
  portable(): PortableRecords {
    const chunks = this.chunks.map((c) => ({ rows: c.rows, count: c.count, owners: c.owners }));
    return { chunks, names: this.names, parts: this.parts.length };
  }

  /** Appends records another thread read from `source`, whose fields are now in `store` at `fieldShift` past where that thread put them. */
  adopt(records: PortableRecords, source: SourceText, store: RdataStore, fieldShift: number): void {
    const part = { source, store };
    const parts = Array.from({ length: records.parts }, () => part);
    records.chunks.forEach(({ rows, count, owners }, i) => {
      const chunk = this.ahead[i];
      if (chunk === undefined) {
        this.chunks.push(new RecordChunk(records.names, parts, fieldShift, rows, owners, count));
        return;
      }
      // A chunk made ahead: its record objects stay, its rows arrive.
      chunk.names = records.names;
      chunk.parts = parts;
      chunk.fieldBase = fieldShift;
      chunk.rows = rows;
      chunk.owners = owners;
      chunk.count = count;
      if (chunk.views.length > count) chunk.views.length = count;
      this.chunks.push(chunk);
    });
    this.discardAhead();
  }
}
