// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Globals that only a page has: model/ and io/ run in Node and in workers too.
const pageGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'DOMParser',
  'HTMLElement',
  'Element',
  'requestAnimationFrame',
].map((name) => ({ name, message: 'model/ and io/ are pure: no page APIs (DESIGN.md, "Data flow").' }));

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'test-results', 'playwright-report', '.stryker-tmp', 'reports'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/view/**/*.tsx', 'src/view/**/*.ts', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Imports flow view -> state -> model/io, never back.
    files: ['src/model/**', 'src/io/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'model/ and io/ are pure TypeScript: no React.',
            },
            { group: ['zustand', 'zustand/*'], message: 'model/ and io/ do not know the store.' },
            { group: ['sigma', 'sigma/*', '@sigma/*'], message: 'model/ and io/ do not draw.' },
            {
              group: ['**/state', '**/state/**', '**/view', '**/view/**', '**/workers/**'],
              message: 'Imports flow view -> state -> model/io, never back.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...pageGlobals],
    },
  },
  {
    files: ['src/state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/view', '**/view/**', 'react-dom', 'react-dom/*'],
              message: 'state/ does not import the view.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'test/**', '*.config.{js,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
