/**
 * The second thread of a split read (split.ts): reads its part of the file into the shared
 * octets, waits for the state to start in, reads the records from there and sends them back.
 */
import { workerData } from 'node:worker_threads';
import { SourceText } from '../model/source.ts';
import { readRegion, type PortableRegion, type RegionState } from './reader.ts';
import { DONE, READ, readRange, type SplitJob } from './split.ts';

const job = workerData as SplitJob;
const bytes = Buffer.from(job.bytes);
let read = 1;
try {
  readRange(job.path, bytes, job.at, bytes.length);
} catch {
  read = 2;
}
Atomics.store(job.flags, READ, read);
Atomics.notify(job.flags, READ);

job.port.once('message', (start: RegionState | null) => {
  if (start) {
    let region: PortableRegion | undefined;
    try {
      if (read === 1) region = readRegion(SourceText.fromBytes(job.display, bytes), job.at, start);
    } catch {
      region = undefined; // the first thread reads on alone
    }
    const transfer = region ? [...region.records.chunks.map((c) => c.rows.buffer), ...region.fields.chunks.map((c) => c.buffer), ...region.comments.map((c) => c.data.buffer)] : [];
    job.port.postMessage(region ?? null, transfer);
    Atomics.store(job.flags, DONE, 1);
    Atomics.notify(job.flags, DONE);
  }
  job.port.close();
});
