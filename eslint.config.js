// ESLint: zero warnings, and the layer boundaries of docs/DESIGN.md made visible.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronOnly = {
  name: 'electron',
  message: 'Only src/main/electron and src/preload may import electron (docs/DESIGN.md: Layers).',
};
const domOrReact = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'].map((name) => ({
  name,
  message: 'The domain runs in plain Node: no React or DOM modules here.',
}));

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'bench/.data/**',
      'resources/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The contract, the domain, the CLI and the tests never load Electron or the DOM.
    files: ['src/shared/**', 'src/main/**', 'src/cli/**', 'tests/**', 'bench/**'],
    ignores: ['src/main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnly, ...domOrReact] }] },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, ...domOrReact],
          patterns: [
            {
              group: ['node:*', '../main/*', '../renderer/*'],
              message: 'src/shared does no I/O and depends on nothing but zod.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            {
              group: ['node:*', '**/main/**'],
              message: 'The renderer talks to the archive only through api-client.',
            },
          ],
        },
      ],
    },
  },
);
