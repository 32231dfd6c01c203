// Lint rules for the TypeScript and Astro code: the recommended sets, type-aware where it pays.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', 'dist.staging/', '.astro/', 'test-results/', 'bench/results/', 'node_modules/', '**/*.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    // In the site's code a `!` or an object cast must say why, beside a disable naming this rule.
    // Tests and the benchmark may assert with `!`: a wrong guess fails them all the same.
    files: ['src/**', 'astro.config.mjs'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'as', objectLiteralTypeAssertions: 'never' }],
    },
  },
);
