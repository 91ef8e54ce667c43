// Lint rules that hold the architecture: import direction between folders, no floating
// promises, and no page text into HTML sinks.
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

/** Folders each folder must not import from (ARCHITECTURE.md, "Import direction"). */
const forbidden = {
  rules: ['entrypoints', 'components', 'storage', 'lib', 'scripts', 'tests'],
  lib: ['entrypoints', 'components', 'storage', 'scripts', 'tests'],
  storage: ['entrypoints', 'components', 'scripts', 'tests'],
  components: ['entrypoints', 'storage', 'scripts', 'tests'],
  entrypoints: ['scripts', 'tests'],
};

const folderPatterns = (folder) =>
  forbidden[folder].map((name) => ({
    group: [`**/${name}/**`, `../${name}`, `../../${name}`],
    message: `${folder}/ must not import from ${name}/ (see ARCHITECTURE.md).`,
  }));

/** Content scripts stay small and away from the database: no zod, no Dexie, no storage/. */
const contentScriptBans = {
  paths: [
    { name: 'zod', message: 'zod stays out of content scripts (size); validate in the background.' },
    { name: 'dexie', message: 'Content scripts never touch the database.' },
  ],
  patterns: [
    { group: ['**/storage/**'], message: 'Content scripts never touch the database.' },
    { group: ['zod/*'], message: 'zod stays out of content scripts (size); validate in the background.' },
  ],
};

const boundaryRules = Object.keys(forbidden).map((folder) => ({
  files: [`${folder}/**/*.{ts,tsx}`],
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: { 'no-restricted-imports': ['error', { patterns: folderPatterns(folder) }] },
}));

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'demo-output/**',
      'bench-output/**',
      'scripts/verify-cli.generated.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // A leading underscore names what is left out on purpose (rest-destructuring a field away).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page text never reaches HTML.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: MV3 ships no dynamic code.' },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No new Function: MV3 ships no dynamic code.',
        },
      ],
    },
  },
  ...boundaryRules,
  // Listed after the folder rules: the same rule name, so these settings must include both.
  {
    files: ['rules/**/*.ts'],
    ignores: ['**/*.test.ts', 'rules/**/schema.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: contentScriptBans.paths,
          patterns: [...folderPatterns('rules'), ...contentScriptBans.patterns],
        },
      ],
    },
  },
  {
    files: ['entrypoints/*.content.ts', 'entrypoints/*.content/**', 'lib/report-detection.ts'],
    rules: { 'no-restricted-imports': ['error', contentScriptBans] },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Tests build their fixture DOM from constant strings; no page text is involved.
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-unsanitized/property': 'off', 'no-unsanitized/method': 'off' },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
);
