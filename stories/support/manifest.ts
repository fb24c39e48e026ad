/**
 * Story helpers fed by custom-elements.json: argTypes (attributes, CSS custom properties, events)
 * and one render function per element. Rendering only: no widget logic lives here.
 */
import { render, type TemplateResult } from 'lit';
import type { ArgTypes, Args, Meta } from '@storybook/web-components-vite';
import manifest from '../../custom-elements.json';
import '../../src/index.js';

interface CemItem {
  readonly name: string;
  readonly description?: string;
  readonly default?: string;
  readonly attribute?: string;
  readonly kind?: string;
  readonly privacy?: string;
  readonly static?: boolean;
  readonly type?: { readonly text: string };
  /** The type with its aliases spelled out (`'us' | 'ca' | ... | null`), from cem-plugin-expanded-types. */
  readonly expandedType?: { readonly text: string };
}

interface CemDeclaration {
  readonly tagName?: string;
  readonly attributes?: readonly CemItem[];
  readonly members?: readonly CemItem[];
  readonly cssProperties?: readonly CemItem[];
  readonly events?: readonly CemItem[];
}

const declarations = (manifest as { modules: { declarations?: CemDeclaration[] }[] }).modules.flatMap(
  (module) => module.declarations ?? [],
);

export type IptTag =
  | 'ipt-explainer'
  | 'ipt-problem-area-quiz'
  | 'ipt-selfcare-checklist'
  | 'ipt-crisis-help'
  | 'ipt-provider'
  | 'ipt-quick-exit';

/** The manifest entry of one element. */
export function declarationOf(tag: IptTag): CemDeclaration {
  const declaration = declarations.find((d) => d.tagName === tag);
  if (!declaration) throw new Error(`${tag} is missing from custom-elements.json; run npm run analyze`);
  return declaration;
}

/** Every CSS custom property the manifest documents, each once, with its first description and default. */
export function allCssProperties(): CemItem[] {
  const byName = new Map<string, CemItem>();
  for (const d of declarations) for (const p of d.cssProperties ?? []) if (!byName.has(p.name)) byName.set(p.name, p);
  return [...byName.values()];
}

/** The allowed values of a keyword attribute, from its type in the manifest (`'a' | 'b' | null`); none for free text. */
export function valuesOf(item: CemItem): string[] {
  const parts = (item.expandedType?.text ?? item.type?.text ?? '').split('|').map((part) => part.trim());
  const values = parts.filter((part) => /^'.*'$/.test(part)).map((part) => part.slice(1, -1));
  return values.length && values.length === parts.filter((part) => part !== 'null' && part !== 'undefined').length ? values : [];
}

/**
 * argTypes from the manifest: a control per attribute (a select where the values are known),
 * a colour or text control per CSS custom property, and no controls for the duplicate property
 * rows (the attribute controls drive the element). Events are logged in the Actions panel.
 */
export function argTypesFor(tag: IptTag): ArgTypes {
  const declaration = declarationOf(tag);
  const argTypes: ArgTypes = {};
  for (const member of declaration.members ?? []) {
    if (member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public') {
      argTypes[member.name] = { control: false };
    }
  }
  for (const attribute of declaration.attributes ?? []) {
    const values = valuesOf(attribute);
    argTypes[attribute.name] =
      attribute.type?.text === 'boolean'
        ? { control: 'boolean', table: { category: 'attributes' } }
        : values.length
          ? {
              control: { type: 'select', labels: { '': '(not set)' } },
              options: ['', ...values],
              table: { category: 'attributes' },
            }
          : { control: 'text', table: { category: 'attributes' } };
  }
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = {
      control: property.default?.startsWith('#') ? 'color' : 'text',
      table: { category: 'css custom properties' },
    };
  }
  return argTypes;
}

/** The events the manifest lists for an element (its `ipt-*` events), for the Actions panel. */
export const eventsOf = (tag: IptTag): string[] =>
  (declarationOf(tag).events ?? []).map((event) => event.name).filter((name) => name.startsWith('ipt-'));

/**
 * Renders one element from args: attribute args become attributes, `--ipt-*` args become inline
 * custom properties, empty values are left out. `children` go into the element's light DOM.
 */
export function renderElement(tag: IptTag, args: Args, children?: TemplateResult | Node): HTMLElement {
  const element = document.createElement(tag);
  const attributes = new Set((declarationOf(tag).attributes ?? []).map((a) => a.name));
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (name.startsWith('--')) element.style.setProperty(name, String(value));
    else if (value === true && attributes.has(name)) element.setAttribute(name, '');
    else if (attributes.has(name)) element.setAttribute(name, Array.isArray(value) ? value.join(' ') : String(value));
  }
  if (children instanceof Node) element.append(children);
  else if (children) render(children, element);
  return element;
}

/**
 * The manifest-fed part of an element's default export: argTypes, the render function and the
 * events for the Actions panel. `title` and `component` stay literal in each story file, where
 * Storybook's indexer reads them.
 */
export function fromManifest(tag: IptTag): Meta {
  return {
    argTypes: argTypesFor(tag),
    render: (args) => renderElement(tag, args),
    parameters: { actions: { handles: eventsOf(tag) } },
  };
}

/** A `<script type="application/json">` child holding content overrides, as CMS authors write it. */
export function jsonChild(overrides: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(overrides, null, 2);
  return script;
}
