/**
 * The layer rules of src/, checked by `npm run deps` (part of `npm test`). See
 * CONTRIBUTING.md, "The layers". From the top down, a folder may import only folders below it:
 *
 *   cli                         the shell: flags → options → library → format → write → exit code
 *   api (and src/index.ts)      the library: setup, period, inputs, run
 *   engine, config, diff        records × rules → result; the config file; two reports compared
 *   whatif                      alternatives (what-if files, readings) as engine variants
 *   ingest, rules, report, sample   bytes → records; the rules; result → text
 *   messages                    every code's words (rejections, warnings, usage errors), rendered at the edge
 *   format                      numbers, durations and instants in words
 *   calendar                    KST time and the working calendar
 *   model                       types shared by all (no logic that needs another folder)
 *
 * Folders not named here (new ones) may import the layers below engine and must not form a cycle.
 */
const LAYERS = [
  ['model'],
  ['calendar'],
  ['format'],
  ['messages'],
  ['ingest', 'rules', 'report', 'sample'],
  ['engine', 'config', 'diff'],
  ['whatif'],
  ['api'],
  ['cli'],
];

const folder = (name) => `^src/${name}/`;
const any = (names) => `^src/(${names.join('|')})/`;

/** For each layer: it must not import any layer above it, nor a sibling of the same layer except itself. */
const layerRules = LAYERS.flatMap((layer, i) => {
  const above = LAYERS.slice(i + 1).flat();
  return layer.map((name) => ({
    name: `layer-${name}`,
    severity: 'error',
    comment: `src/${name} is below ${above.join(', ') || 'nothing'}: it may import only ${LAYERS.slice(0, i).flat().join(', ') || 'itself'}`,
    from: { path: folder(name) },
    to: {
      path: above.length ? `${any(above)}|^src/index\\.ts$` : '^$',
    },
  }));
});

/** Same-layer folders do not import each other (ingest, rules, report and sample stand apart). */
const siblingRules = LAYERS.filter((l) => l.length > 1).flatMap((layer) =>
  layer.map((name) => ({
    name: `sibling-${name}`,
    severity: 'error',
    comment: `src/${name} does not import its siblings ${layer.filter((n) => n !== name).join(', ')}`,
    from: { path: folder(name) },
    to: { path: any(layer.filter((n) => n !== name)) },
  })),
);

/** Only these files may touch the machine: the thin Node adapters. The core could run in a browser. */
const NODE_ADAPTERS = [
  '^src/cli/',
  '^src/api/setup\\.ts$',
  '^src/api/audit\\.ts$',
  '^src/api/whatif\\.ts$',
  '^src/config/load\\.ts$',
  '^src/ingest/open\\.ts$',
  '^src/ingest/inputs\\.ts$',
  '^src/ingest/holiday-file\\.ts$',
  '^src/ingest/parallel\\.ts$',
  '^src/ingest/worker\\.ts$',
];

module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment: 'Folders of src/ form no import cycle (a cycle means two folders are one idea, or the layers are wrong).',
      from: { path: '^src/' },
      to: { circular: true },
      scope: 'folder',
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No module import cycle at run time (types may refer to each other).',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    ...layerRules,
    ...siblingRules,
    {
      name: 'io-in-adapters-only',
      severity: 'error',
      comment: 'File, process and stream I/O live in the thin Node adapters; the core works on bytes already read.',
      from: { path: '^src/', pathNot: NODE_ADAPTERS },
      to: {
        path: '^(node:)?(fs|fs/promises|path|child_process|os|process|readline|stream|net|http|https|worker_threads)$',
        dependencyTypes: ['core'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'core-platform-modules-in-one-place',
      severity: 'error',
      comment:
        'The core names no other Node module than zlib, and that only in report/deflate.ts, the one file a browser build swaps.',
      from: { path: '^src/(calendar|model|format|messages|rules|engine|report)/', pathNot: '^src/report/deflate\\.ts$' },
      to: { dependencyTypes: ['core'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'engine-not-on-ingest',
      severity: 'error',
      comment:
        'The engine runs opened inputs (a model type) and words its rejections with model/ and format/, not with the reader.',
      from: { path: '^src/engine/' },
      to: { path: '^src/ingest/' },
    },
    {
      name: 'not-to-test',
      severity: 'error',
      from: { path: '^(src|bench|bin)/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js'],
    },
  },
};
