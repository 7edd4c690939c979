#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);

// src/model/fingerprint.ts
import { createHash } from "node:crypto";
import { sep } from "node:path";
function findingFingerprint(d, uri) {
  const identity = d.fingerprint === void 0 ? `message\0${d.message}` : `fingerprint\0${d.fingerprint}`;
  return createHash("sha256").update(`${d.ruleId}\0${uri}\0${identity}`).digest("hex");
}
function relativeUri(path) {
  const segments = sep === "\\" ? path.split(/[\\/]/) : path.split("/");
  return segments.map((s) => encodeURIComponent(s)).join("/");
}

export {
  findingFingerprint,
  relativeUri
};
