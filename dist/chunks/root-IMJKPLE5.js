#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  repositoryRoot
} from "./chunk-CQYOOGBA.js";
import "./chunk-CCFEVKPO.js";
export {
  repositoryRoot
};
