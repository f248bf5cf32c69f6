// The CLI in one file (dist/src/cli.bundle.js): the project's own ~170 compiled modules bundled
// by esbuild, the npm dependencies left as imports. Start-up otherwise resolves, reads and links
// every module one by one (~0.1 CPU s of each run, issue 16). The library (`exports`) stays
// the unbundled dist/src/index.js; bin/charter-audit.js runs the bundle when it is there.
import process from 'node:process';

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write(
    'scripts/bundle.mjs: esbuild is not installed — run `npm install` (it became a dev dependency for the CLI bundle)\n',
  );
  process.exit(1);
}

await esbuild.build({
  entryPoints: ['dist/src/cli/main.js'],
  outfile: 'dist/src/cli.bundle.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS packages stay imports (bundling them would need a require shim); the ES-module
  // ones (csv-parse, chalk, the holiday tables, pure-rand) are bundled too.
  external: ['commander', 'iconv-lite', 'cli-table3', 'string-width', 'exceljs', 'date-fns'],
  logLevel: 'warning',
});
