// `npm run lint`: typescript-eslint plus the import rules that keep one home per rule —
// no import cycles, pure domain modules, browser code that reaches the server only through pure modules.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** What pure code (domain modules, view-models, browser code) must never import. */
const FRAMEWORK = ['@nestjs/*', 'typeorm', 'typeorm/*', 'express', 'socket.io', 'sqlite3', 'pg'];
const SERVER_ONLY = ['**/*.service', '**/*.entity', '**/*.module', '**/*.controller', '**/*.gateway', '**/*.listener', '**/*.store', '**/*.guard', '**/*.filter', '**/*.interceptor', '**/database/**'];

export default tseslint.config(
  { basePath: root },
  { ignores: ['dist/**', 'node_modules/**', 'views/assets/**', 'coverage/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: [`${root}/tsconfig.json`, `${root}/views/tsconfig.json`], noWarnOnMultipleProjects: true })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: '@nestjs/common', importNames: ['ParseIntPipe', 'ParseFloatPipe'], message: 'ids and numbers in paths go through ParseIdPipe (src/common/parse-id.pipe.ts): ParseIntPipe reads 0x10 as 16 and 1e1 as 10.' }],
      }],
    },
  },
  {
    files: ['src/**/domain/**/*.ts', 'src/**/view-models/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: [...FRAMEWORK, ...SERVER_ONLY], message: 'domain/ and view-models/ are pure (the browser imports them): no Nest, TypeORM, entities or services; move the type or const into a domain module.' }],
      }],
    },
  },
  {
    files: ['views/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: [...FRAMEWORK], message: 'browser code cannot use server libraries.' },
          { regex: '^(\\.\\./)+src/(?!(.+/)?(domain|view-models)/)', message: 'the browser imports only pure modules of the server: src/**/domain or src/**/view-models.' },
        ],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: Object.fromEntries(['require', 'module', 'process', '__dirname', 'console', 'Buffer', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'].map((name) => [name, 'readonly'])) },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
