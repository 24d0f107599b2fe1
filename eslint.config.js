import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'docs/api/**',
      '.tmp/**',
      '.cache/**',
      '**/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Lit and web-component rules for the widgets (templates, properties, lifecycle, naming).
  { files: ['packages/widgets/src/**/*.ts'], ...lit.configs['flat/recommended'] },
  { files: ['packages/widgets/src/**/*.ts'], ...wc.configs['flat/recommended'] },
  {
    rules: {
      // TypeScript checks names; this rule does not know the browser and Node globals.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name=/^(only|skip)$/]',
          message: 'No focused or skipped tests.',
        },
      ],
    },
  },
);
