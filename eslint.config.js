// @ts-check
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'node_modules/**', 'custom-elements.json', 'examples/**/dist/**', 'bench/results/**', 'tmp/**', 'src/frameworks/custom-elements-jsx.ts'] }, // generated
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render content as text; never innerHTML.' },
        { selector: "CallExpression[callee.name='unsafeHTML']", message: 'Render content as text; never unsafeHTML.' },
      ],
    },
  },
  {
    files: ['test/**', 'scripts/**', '*.config.*'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
