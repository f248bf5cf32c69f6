#!/usr/bin/env node
// Thin launcher: the compiled program lives in dist/ (built by `npm install` via `prepare`).
// `npm run build` also writes the CLI as one bundled module (scripts/bundle.mjs), which starts
// ~0.1 CPU s faster than loading its ~170 modules one by one. Without it, or when it is older
// than the compiled modules (a `tsc` run alone), the modules run.
import { statSync } from 'node:fs';
import { URL } from 'node:url';

const bundle = new URL('../dist/src/cli.bundle.js', import.meta.url);
const modules = new URL('../dist/src/cli/main.js', import.meta.url);
const fresh =
  (statSync(bundle, { throwIfNoEntry: false })?.mtimeMs ?? -1) >= (statSync(modules, { throwIfNoEntry: false })?.mtimeMs ?? 0);
const { main } = await import(fresh ? bundle.href : modules.href);
main(process.argv);
