// The JSON Schema of a language pack (what registerLocale accepts), generated from the TypeScript
// type LanguagePack by ts-json-schema-generator, for translators and CMS tooling. Written to
// dist/language-pack.schema.json by `npm run build`; the Node tests validate the shipped packs with it.
import { writeFileSync, mkdirSync } from 'node:fs';
import { createGenerator } from 'ts-json-schema-generator';

export function packSchema() {
  const schema = createGenerator({
    path: 'src/content/locales.ts',
    type: 'LanguagePack',
    tsconfig: 'tsconfig.json',
    skipTypeCheck: true,
    additionalProperties: false,
  }).createSchema('LanguagePack');
  return {
    $id: 'https://unpkg.com/ipt-widgets/dist/language-pack.schema.json',
    title: 'ipt-widgets language pack',
    description:
      'A language for the ipt-widgets elements: registerLocale({ lang, dir, content }). Ids, citations, numbers and links are those of English; only the words change.',
    ...schema,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/language-pack.schema.json', `${JSON.stringify(packSchema(), null, 2)}\n`);
  console.log('dist/language-pack.schema.json written.');
}
