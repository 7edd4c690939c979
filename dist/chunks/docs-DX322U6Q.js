#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  rulePage
} from "./chunk-BRA3G5FL.js";
import "./chunk-CIGZ5PDF.js";
import "./chunk-4AEENPI5.js";
import "./chunk-CCFEVKPO.js";
export {
  rulePage
};
