// custom-elements.json is generated from the elements' JSDoc; never edit it by hand.
// The same run writes editor data for VS Code and JetBrains into dist/.
// The attribute types name unions (CrisisRegion, ColorScheme, ...) derived from the one id list;
// cem-plugin-expanded-types spells them out (`expandedType`), so editors, Storybook and React list
// the allowed values without a second copy of any list.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { expandTypesPlugin, getTsProgram } from 'cem-plugin-expanded-types';

const editorOutdir = process.env.IPT_EDITOR_DATA_DIR ?? 'dist';
// The JSX types are TypeScript source beside src/frameworks/react.ts, so tsc checks and ships them.
const jsxOutdir = process.env.IPT_JSX_DIR ?? 'src/frameworks';
/** Where each element's class is declared, relative to the generated JSX types. */
const ELEMENT_MODULE = {
  'ipt-explainer': '../explainer/explainer.js',
  'ipt-problem-area-quiz': '../quiz/quiz.js',
  'ipt-selfcare-checklist': '../checklist/checklist.js',
  'ipt-crisis-help': '../crisis-help/crisis-help.js',
  'ipt-provider': '../provider/provider.js',
  'ipt-quick-exit': '../quick-exit/quick-exit.js',
};

export default {
  globs: ['src/**/*.ts'],
  // src/define.ts is the registration helper: its `customElements.define(tag, ...)` is no element.
  // Content is data, not elements; its id list (src/content/ids.ts) stays in, so attribute types
  // such as CrisisRegion expand to their values.
  exclude: ['src/content/en/**', 'src/content/!(ids).ts', 'src/**/*.styles.ts', 'src/frameworks/**', 'src/define.ts'],
  outdir: process.env.IPT_MANIFEST_DIR ?? '.',
  litelement: true,
  packagejson: false,
  // The type checker lets the plugin below resolve type aliases to their members.
  overrideModuleCreation: ({ ts, globs }) =>
    getTsProgram(ts, globs, 'tsconfig.json')
      .getSourceFiles()
      .filter((file) => globs.some((glob) => file.fileName.endsWith(glob))),
  plugins: [
    expandTypesPlugin(),
    {
      // `heading-level` takes 2 or '2': list each value once for editors and Storybook.
      name: 'ipt-unique-values',
      packageLinkPhase: ({ customElementsManifest }) => {
        for (const mod of customElementsManifest.modules)
          for (const item of (mod.declarations ?? []).flatMap((d) => [...(d.attributes ?? []), ...(d.members ?? [])]))
            if (item.expandedType?.text) {
              const seen = new Set();
              item.expandedType.text = item.expandedType.text
                .split(' | ')
                .filter((part) => !seen.has(part.replace(/'/g, '')) && seen.add(part.replace(/'/g, '')))
                .join(' | ');
            }
      },
    },
    // File order from the glob follows the file system, which differs between checkouts: sort
    // modules by path so the committed manifest is the same on every machine.
    {
      name: 'ipt-sort-modules',
      packageLinkPhase: ({ customElementsManifest }) =>
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path)),
    },
    customElementVsCodePlugin({
      outdir: editorOutdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      typesSrc: 'expandedType',
    }),
    customElementJetBrainsPlugin({ outdir: editorOutdir, packageJson: false, hideLogs: true, typesSrc: 'expandedType' }),
    // React (and other JSX) types, generated from the manifest: attributes with their allowed values
    // and `on<event-name>` handlers with typed details.
    customElementJsxPlugin({
      outdir: jsxOutdir,
      fileName: 'custom-elements-jsx.ts',
      componentTypePath: (name, tag) => ELEMENT_MODULE[tag],
      hideLogs: true,
    }),
  ],
};
