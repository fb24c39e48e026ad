// custom-elements.json is generated from the elements' JSDoc; never edit it by hand.
// The same run writes editor data for VS Code and JetBrains into dist/.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

const editorOutdir = process.env.IPT_EDITOR_DATA_DIR ?? 'dist';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/content/**', 'src/**/*.styles.ts'],
  outdir: process.env.IPT_MANIFEST_DIR ?? '.',
  litelement: true,
  packagejson: false,
  plugins: [
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
    }),
    customElementJetBrainsPlugin({ outdir: editorOutdir, packageJson: false, hideLogs: true }),
  ],
};
