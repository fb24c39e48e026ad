import { defineConfig } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * `vite` (npm start) serves the demo page; `vite build --mode lib` writes the npm modules to dist/
 * with lit left external, one file per source module so bundlers can tree-shake. Their html``
 * templates are minified exactly as in the CDN files: server rendering (dist/ssr) uses these modules,
 * and hydration adopts server markup only when both sides have the same template strings.
 * The self-contained CDN files are built by scripts/build-cdn.mjs.
 * Storybook also loads this file, in its own modes, and gets only the shared part.
 */
export const LIB_ENTRIES = {
  index: 'src/index.ts',
  elements: 'src/elements.ts',
  'content/index': 'src/content/index.ts',
  'explainer/define': 'src/explainer/define.ts',
  'quiz/define': 'src/quiz/define.ts',
  'checklist/define': 'src/checklist/define.ts',
  'crisis-help/define': 'src/crisis-help/define.ts',
  'provider/define': 'src/provider/define.ts',
  'quick-exit/define': 'src/quick-exit/define.ts',
  'locales/es/index': 'src/locales/es/index.ts',
  'ssr/index': 'src/ssr/index.ts',
};

export default defineConfig(({ mode }) => ({
  server: { host: '127.0.0.1', port: 5173 },
  ...(mode === 'lib' && {
    plugins: [minifyHTML({ failOnError: true })],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      lib: { entry: LIB_ENTRIES, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^node:/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  }),
}));
