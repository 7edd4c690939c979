#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);

// src/git/command.ts
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";
var gitExecutable;
function gitCommand() {
  if (gitExecutable) return gitExecutable;
  const names = process.platform === "win32" ? ["git.exe"] : ["git"];
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir || !isAbsolute(dir)) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      try {
        if (!statSync(candidate).isFile()) continue;
        accessSync(candidate, constants.X_OK);
        gitExecutable = candidate;
        return candidate;
      } catch {
      }
    }
  }
  return "git";
}

export {
  gitCommand
};
