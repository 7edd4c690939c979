#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  DONE,
  READ,
  readRange,
  readRegion
} from "./chunks/chunk-ATMOH74O.js";
import {
  SourceText
} from "./chunks/chunk-5KNXT2RY.js";
import "./chunks/chunk-CUWRVAA3.js";
import "./chunks/chunk-C7ZOMXXB.js";
import "./chunks/chunk-CCFEVKPO.js";

// src/zone/split-worker.ts
import { workerData } from "node:worker_threads";
var job = workerData;
var bytes = Buffer.from(job.bytes);
var read = 1;
try {
  readRange(job.path, bytes, job.at, bytes.length);
} catch {
  read = 2;
}
Atomics.store(job.flags, READ, read);
Atomics.notify(job.flags, READ);
job.port.once("message", (start) => {
  if (start) {
    let region;
    try {
      if (read === 1) region = readRegion(SourceText.fromBytes(job.display, bytes), job.at, start);
    } catch {
      region = void 0;
    }
    const transfer = region ? [...region.records.chunks.map((c) => c.rows.buffer), ...region.fields.chunks.map((c) => c.buffer), ...region.comments.map((c) => c.data.buffer)] : [];
    job.port.postMessage(region ?? null, transfer);
    Atomics.store(job.flags, DONE, 1);
    Atomics.notify(job.flags, DONE);
  }
  job.port.close();
});
