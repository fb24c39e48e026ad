// Property hardening: frameworks such as React 19 set element properties, not attributes, so a
// property may receive a number, a boolean, an object or a URL. For every attribute in
// custom-elements.json, its property gets such values before and after the element connects. Nothing may throw;
// the element still renders; any warning names the element and the attribute.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import {
  TAGS,
  captureWarnings,
  mainHeading,
  mount,
  restoreStorage,
  trapErrors,
  unmountAll,
  useMemoryStorage,
} from './helpers.js';

interface ManifestAttribute {
  name: string;
  fieldName?: string;
}
interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean; attributes?: ManifestAttribute[] }[] }[];
}

const VALUES: readonly { name: string; value: unknown }[] = [
  { name: 'a number', value: 42 },
  { name: 'false', value: false },
  { name: 'true', value: true },
  { name: 'an object', value: { a: 1 } },
  { name: 'an array', value: ['uk'] },
  { name: 'a URL object', value: new URL('https://example.org/ipt') },
  { name: 'NaN', value: Number.NaN },
];

const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
const FIELDS = new Map<string, ManifestAttribute[]>();
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (decl.customElement && decl.tagName) FIELDS.set(decl.tagName, (decl.attributes ?? []).filter((a) => a.fieldName));
  }
}

function create(tag: string): HTMLElement {
  const el = document.createElement(tag);
  if (tag === 'ipt-provider') el.append(document.createElement('ipt-crisis-help'));
  return el;
}

const setProperty = (el: Element, field: string, value: unknown) => {
  (el as unknown as Record<string, unknown>)[field] = value;
};

describe('hardening: properties set from script', () => {
  before(() => useMemoryStorage());
  after(() => restoreStorage());
  afterEach(() => unmountAll());

  it('finds properties for every element in custom-elements.json', () => {
    for (const tag of TAGS) expect(FIELDS.get(tag)?.length ?? 0, tag).to.be.greaterThan(0);
  });

  for (const tag of TAGS) {
    for (const { name: attribute, fieldName } of FIELDS.get(tag) ?? []) {
      it(`<${tag}>.${fieldName!} takes non-string values before and after it connects, without throwing`, async () => {
        const trap = trapErrors();
        const warn = captureWarnings();
        const problems: string[] = [];
        try {
          for (const { name, value } of VALUES) {
            for (const when of ['after', 'before'] as const) {
              const el = create(tag);
              try {
                if (when === 'before') {
                  setProperty(el, fieldName!, value);
                  await mount(el);
                } else {
                  await mount(el);
                  setProperty(el, fieldName!, value);
                  await mount(el);
                }
              } catch (error) {
                problems.push(`${name} (${when}): threw ${String(error)}`);
                continue;
              }
              if (!mainHeading(el)) problems.push(`${name} (${when}): no main heading`);
              el.remove();
            }
          }
          for (const message of warn.messages) {
            if (!message.includes(`<${tag}>`) || !message.includes(attribute))
              problems.push(`warning does not name <${tag}> and ${attribute}: ${message.slice(0, 120)}`);
          }
        } finally {
          warn.restore();
          trap.restore();
        }
        expect(problems).to.deep.equal([]);
        expect(trap.errors).to.deep.equal([]);
      });
    }
  }

  it('reads a number set on headingLevel as that level', async () => {
    const el = document.createElement('ipt-crisis-help') as HTMLElement & { headingLevel: unknown };
    el.headingLevel = 4;
    await mount(el);
    expect(mainHeading(el)?.localName).to.equal('h4');
  });
});
