// Fails when custom-elements.json or the JSX types generated from it (src/frameworks/custom-elements-jsx.ts)
// are not what the analyzer makes from the current sources, or when the manifest names an element
// that is not one of ours (every tag starts with `ipt-`).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const dir = '.cache/manifest-check'; // the analyzer resolves its outdir against the working directory
const GENERATED = [
  ['custom-elements.json', `${dir}/custom-elements.json`],
  ['src/frameworks/custom-elements-jsx.ts', `${dir}/custom-elements-jsx.ts`],
];

/** Every tag name the manifest declares, from the elements (base classes have none) and from their definitions. */
export function tagsIn(manifest) {
  const tags = [];
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) if (declaration.tagName !== undefined) tags.push(declaration.tagName);
    for (const entry of mod.exports ?? []) if (entry.kind === 'custom-element-definition') tags.push(entry.name);
  }
  return tags;
}

try {
  execFileSync('npx', ['custom-elements-manifest', 'analyze'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, IPT_MANIFEST_DIR: dir, IPT_EDITOR_DATA_DIR: dir, IPT_JSX_DIR: dir },
  });
  for (const [committed, fresh] of GENERATED) {
    if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
      console.error(`${committed} is stale: run \`npm run analyze\` and commit the result.`);
      process.exit(1);
    }
  }
  const strays = tagsIn(JSON.parse(readFileSync('custom-elements.json', 'utf8'))).filter((tag) => !/^ipt-[a-z0-9-]+$/.test(String(tag)));
  if (strays.length) {
    console.error(`custom-elements.json declares elements that are not ours: ${strays.join(', ')} (every tag starts with "ipt-").`);
    process.exit(1);
  }
  // Keyword attributes list their values, so editors, Storybook and React offer them.
  const ENUMERATED = ['region', 'layout', 'persist', 'reset', 'color-scheme', 'heading-level'];
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  for (const declaration of manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName)) {
    for (const attribute of declaration.attributes ?? []) {
      if (!ENUMERATED.includes(attribute.name)) continue;
      const text = attribute.expandedType?.text ?? attribute.type?.text ?? '';
      if (!/'[^']+'( \| '[^']+')+/.test(text)) {
        console.error(`<${declaration.tagName}> ${attribute.name} is typed "${text}": type it as a union of its values.`);
        process.exit(1);
      }
    }
  }
  console.log('custom-elements.json and the JSX types match the sources; every element is an ipt- tag; keyword attributes list their values.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
