#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);

// src/providers/meta.ts
var proxied = /* @__PURE__ */ new WeakSet();
var automaticTtl = /* @__PURE__ */ new WeakSet();
function isProxied(record) {
  return proxied.has(record);
}
function isAutomaticTtl(record) {
  return automaticTtl.has(record);
}
function markProxied(record) {
  proxied.add(record);
}
function markAutomaticTtl(record) {
  automaticTtl.add(record);
}
var AUTOMATIC_TTL = 300;

export {
  isProxied,
  isAutomaticTtl,
  markProxied,
  markAutomaticTtl,
  AUTOMATIC_TTL
};
