/**
 * Server rendering (Node 20.19+): `import { renderToString } from 'ipt-widgets/ssr'`. Renders ipt
 * widgets, with their attributes, region and language, to HTML with declarative shadow DOM, so a
 * page shows their content before (and without) JavaScript. Built on @lit-labs/ssr.
 *
 * Input is a snippet of widget tags as an author writes them (`<ipt-explainer region="us">`) or a
 * list of { tag, attributes }. Only ipt tags and their own attributes pass; every value is escaped,
 * so nothing given here can add markup of its own.
 */
// The DOM shim must be installed before any element module runs (import order is evaluation order).
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { VERSION } from '../version.js';

// The elements register themselves when loaded, so they load after the DOM shim above; a static
// import would be evaluated first. Spanish comes along, so `lang="es"` works on the server too.
await import('../index.js');
await import('../locales/es/index.js');

/** One widget: its tag and attributes (`true` for a boolean attribute such as `share-results`). */
export interface WidgetSpec {
  readonly tag: string;
  readonly attributes?: Readonly<Record<string, string | true>>;
}

const TAGS = ['ipt-explainer', 'ipt-problem-area-quiz', 'ipt-selfcare-checklist', 'ipt-crisis-help', 'ipt-provider', 'ipt-quick-exit'];
/** Global attributes an author may set on any widget. */
const GLOBAL_ATTRIBUTES = ['lang', 'dir', 'id', 'class', 'title'];

/** Reads author markup such as `<ipt-explainer region="us"></ipt-explainer>` into widget specs. */
export function parseWidgets(markup: string): WidgetSpec[] {
  const specs: WidgetSpec[] = [];
  const tag = /<([a-z][a-z0-9-]*)((?:\s+[a-z][a-z0-9-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
  for (const match of markup.matchAll(tag)) {
    const attributes: Record<string, string | true> = {};
    for (const attr of match[2]!.matchAll(/([a-z][a-z0-9-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gi)) {
      attributes[attr[1]!.toLowerCase()] = attr[2] ?? attr[3] ?? attr[4] ?? true;
    }
    specs.push({ tag: match[1]!.toLowerCase(), attributes });
  }
  if (!specs.length) throw new Error(`[ipt-widgets] no widget tag found in ${JSON.stringify(markup.slice(0, 80))}; try '<ipt-explainer region="us">'.`);
  return specs;
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The attributes an element observes (its own) plus the global ones; anything else is left out, with a warning. */
function allowedAttributes(tag: string): Set<string> {
  const ctor = customElements.get(tag) as unknown as { observedAttributes?: string[] } | undefined;
  // `defer-hydration` is observed by Lit's hydration support, not an author's attribute.
  return new Set([...(ctor?.observedAttributes ?? []).filter((name) => name !== 'defer-hydration'), ...GLOBAL_ATTRIBUTES]);
}

function template(specs: readonly WidgetSpec[]) {
  const parts = specs.map(({ tag, attributes = {} }) => {
    if (!TAGS.includes(tag)) throw new Error(`[ipt-widgets] <${tag}> is not an ipt widget; expected one of ${TAGS.join(', ')}.`);
    const allowed = allowedAttributes(tag);
    const attrs = Object.entries(attributes)
      .filter(([name]) => {
        if (allowed.has(name)) return true;
        console.warn(`[ipt-widgets] <${tag}> ${name}="…" is not an attribute of this widget; it is left out.`);
        return false;
      })
      .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(value)}"`))
      .join('');
    // Tag and attribute names are checked against the widgets' own lists and values are escaped above.
    return html`${unsafeStatic(`<${tag}${attrs}>`)}${unsafeStatic(`</${tag}>`)}`;
  });
  return html`${parts}`;
}

const specsOf = (widgets: string | readonly WidgetSpec[]) => (typeof widgets === 'string' ? parseWidgets(widgets) : widgets);

/** The widgets as HTML with declarative shadow DOM. The same input always gives the same output. */
export function renderToString(widgets: string | readonly WidgetSpec[]): string {
  return collectResultSync(render(template(specsOf(widgets))));
}

/** The same HTML as a Node stream, for a response that starts before the whole page is ready. */
export function renderToStream(widgets: string | readonly WidgetSpec[]): Readable {
  return new RenderResultReadable(render(template(specsOf(widgets))));
}

/**
 * The module script a page adds so the rendered widgets become interactive: the all-in-one CDN file
 * (`ipt-widgets.es.js` for Spanish), hosted by the site itself, since the widgets fetch nothing else.
 */
export function moduleScript(src = 'ipt-widgets.js'): string {
  return `<script type="module" src="${escape(src)}"></script>`;
}

/**
 * The Content-Security-Policy sources (`'sha256-…'`) of every inline `<style>` in server output, so
 * a page can allow exactly these styles instead of `style-src 'unsafe-inline'`. Sorted, no repeats.
 */
export function styleHashes(renderedHtml: string): string[] {
  const hashes = new Set<string>();
  for (const [, text] of renderedHtml.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes].sort();
}

/**
 * The `style-src` directive that allows every widget's server-rendered styles: a widget's styles do
 * not depend on its attributes, so one list covers any page. The browser's own styles after the
 * script loads are constructed style sheets, which a policy does not restrict.
 */
export function cspStyleSrc(): string {
  const everyWidget = renderToString(TAGS.map((tag) => ({ tag })));
  return ["style-src 'self'", ...styleHashes(everyWidget)].join(' ');
}

export { VERSION };
