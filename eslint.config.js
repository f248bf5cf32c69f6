// ESLint (flat config): typescript-eslint's recommended rules over the TypeScript of the
// project, and Node's globals. Formatting is Prettier's job (`npm run format:check`), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: false },
    },
    rules: {
      // Unused names are TypeScript's to report (noUnusedLocals / noUnusedParameters); `_x` is deliberate.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // The sanitizers and their tests match control characters on purpose (report/sanitize.ts).
      'no-control-regex': 'off',
      'no-console': 'error',
    },
  },
  {
    // Tests, the benchmark and the scripts may print and may use `any` at boundaries.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'bin/**/*.js', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['bin/**/*.js', '*.cjs', '*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
  },
);
