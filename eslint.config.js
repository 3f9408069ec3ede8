import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';

/** Every feature folder: each gets its own boundary. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'bench/.tmp',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Use the data layer (src/data/client.ts).' },
      ],
      'react-refresh/only-export-components': 'off',
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The one module allowed to call fetch.
    files: ['src/data/client.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  // The boundaries (as bulletproof-react draws them): the app shell in src/app is the only place
  // features meet. A feature imports shared code, never another feature or the shell; shared
  // code (components, lib, data) imports neither. src/testing/boundaries.test.ts proves it holds.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^@/app(/|$)', message: 'Features must not import the app shell.' },
            {
              regex: `^@/features/(?!${feature}(/|$))`,
              message:
                'Features never import each other: share it through src/components or src/lib.',
            },
            {
              regex: '^\\.\\./(?!.*mock-data/)',
              message:
                "Leave the feature's folder through '@/…', so the boundaries can be checked.",
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/{components,lib,data}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/|(\\.\\./)+)(app|features)(/|$)',
              message: 'Shared code never imports the app shell or a feature.',
            },
          ],
        },
      ],
    },
  },
);
