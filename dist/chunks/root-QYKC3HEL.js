#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  repositoryRoot
} from "./chunk-36HG7PXG.js";
import "./chunk-6NVZVCCY.js";
import "./chunk-CCFEVKPO.js";
export {
  repositoryRoot
};
