#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  rulePage
} from "./chunk-FRAA5ASS.js";
import "./chunk-7VO5ODOI.js";
import "./chunk-US3UHWYF.js";
import "./chunk-CCFEVKPO.js";
export {
  rulePage
};
