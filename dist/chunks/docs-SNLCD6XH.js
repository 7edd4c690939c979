#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  rulePage
} from "./chunk-3ZZ24WZM.js";
import "./chunk-CSDF2OFR.js";
import "./chunk-Q3UCMREY.js";
import "./chunk-CCFEVKPO.js";
export {
  rulePage
};
