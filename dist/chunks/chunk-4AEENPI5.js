#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "mxlint",
  version: "0.1.0",
  description: "Lint DNS zones for mail-routing mistakes: MX, SPF, DMARC, DKIM, MTA-STS, TLS-RPT, DANE, TTL and SOA",
  license: "MIT",
  homepage: "https://github.com/mxlint-dns/mxlint#readme",
  repository: {
    type: "git",
    url: "git+https://github.com/mxlint-dns/mxlint.git"
  },
  bugs: {
    url: "https://github.com/mxlint-dns/mxlint/issues"
  },
  type: "module",
  bin: {
    mxlint: "dist/cli.js"
  },
  exports: {
    ".": {
      types: "./dist/api.d.ts",
      default: "./dist/api.js"
    },
    "./package.json": "./package.json"
  },
  types: "dist/api.d.ts",
  files: [
    "dist",
    "!dist/action.js",
    "schema",
    "rules/*/README.md",
    "docs/syntax.md",
    "docs/live/*.md"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node build.mjs",
    test: "vitest run",
    "test:conformance": "vitest run --config vitest.conformance.config.ts",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    bench: "node bench/read.mjs"
  },
  keywords: [
    "dns",
    "zone",
    "lint",
    "mx",
    "spf",
    "dmarc",
    "dkim",
    "bind"
  ],
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@eslint/js": "^10.0.1",
    "@microsoft/sarif-multitool": "^5.7.0",
    "@types/dns-packet": "^5.6.5",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    "dns-packet": "^5.6.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.11.0",
    husky: "^9.1.7",
    ignore: "^7.0.17",
    "jsonc-parser": "^3.3.1",
    "lint-staged": "^16.4.0",
    "parse-diff": "^0.12.0",
    picocolors: "^1.1.1",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.74.0",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  }
};

// src/version.ts
var VERSION = package_default.version;
var REPOSITORY = package_default.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
var DOCS_REF = `v${VERSION}`;
function repositoryFileUrl(path) {
  return `${REPOSITORY}/blob/${DOCS_REF}/${path}`;
}

export {
  VERSION,
  REPOSITORY,
  DOCS_REF,
  repositoryFileUrl
};
