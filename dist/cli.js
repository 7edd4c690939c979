#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);

// src/start.ts
import module from "node:module";
module.enableCompileCache?.();
var { runCli } = await import("./chunks/cli-IDWXSDLP.js");
runCli(new URL("./split-worker.js", import.meta.url));
