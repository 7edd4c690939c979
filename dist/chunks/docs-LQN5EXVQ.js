#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  rulePage
} from "./chunk-JATQ427E.js";
import "./chunk-OTU3AAMB.js";
import "./chunk-V73H2GFS.js";
import "./chunk-CCFEVKPO.js";
export {
  rulePage
};
