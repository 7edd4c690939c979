#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  rulePage
} from "./chunk-ICN6K6MD.js";
import "./chunk-4JIZROIX.js";
import "./chunk-JDX4HU6J.js";
import "./chunk-CCFEVKPO.js";
export {
  rulePage
};
