// Eleventy + ipt-widgets: a static site whose widgets are rendered at build time (declarative shadow
// DOM), so each page shows their content at once and with JavaScript off; the module script then
// makes them interactive.
//
//   npm install -D @11ty/eleventy                  (beside ipt-widgets)
//   npx @11ty/eleventy                             (in this folder: pages/ in, the site out to dist/)
//
// Write the widgets as plain tags in any page (HTML, Markdown, a layout). The transform below
// renders each one with `renderToString` from 'ipt-widgets/ssr': only the widgets' own attributes
// pass, every value is escaped, and an unknown tag (a typo such as <ipt-explainr>) fails the build.
// What to know:
// - Give each widget its `region`, and its `lang` on a page not in English: on the server a widget
//   sees only its own attributes, not <html lang> nor an <ipt-provider> around it.
// - In Markdown, put the closing tag on the next line (as in pages/index.md), or the widget lands
//   inside a <p>.
// - The pages load the CDN file copied into the site: ipt-widgets.js, or ipt-widgets.es.js on Spanish
//   pages (the English file has no Spanish, so the widgets would turn English once it runs).
// - Under a strict Content-Security-Policy, allow the widgets' inline styles with the directive that
//   `npx ipt-widgets csp` prints (one hash per widget type), not 'unsafe-inline'.
//
// Why not @lit-labs/eleventy-plugin-lit: it renders our built modules to the same markup, but in its
// default worker mode any failed build (a template error, a bad tag) leaves its worker thread running,
// so `eleventy` prints the error and never exits; its vm mode needs Node's
// --experimental-vm-modules; and it leaves a tag it cannot render as an empty box, silently.
// The cost here: 'ipt-widgets/ssr' installs Lit's small DOM shim (window, document, customElements)
// as globals in Eleventy's process.
import { fileURLToPath } from 'node:url';
import { renderToString } from 'ipt-widgets/ssr';

/** A file of the installed ipt-widgets package, as a path. */
const fromPackage = (specifier) => fileURLToPath(import.meta.resolve(specifier));

// Scripts, styles, text areas and comments (left as they are: tags in them are text), or an ipt
// widget's opening tag with the closing tag that may follow it.
const PIECES =
  /<(script|style|textarea)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<(ipt-[a-z0-9-]*)(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>(\s*<\/\2\s*>)?/gi;

/** Renders every ipt widget in a built HTML page (the ones given as text in scripts and comments aside). */
function renderWidgets(content) {
  if (!String(this.page.outputPath).endsWith('.html')) return content; // outputPath is false for a page not written
  return content.replace(PIECES, (piece, _text, tag, closingTag) => {
    if (!tag) return piece;
    if (closingTag === undefined) {
      throw new Error(
        `[ipt-widgets] <${tag}> needs its closing tag right after it (<${tag} …></${tag}>): widgets take no content here, and one inside an <ipt-provider> would not see it on the server.`,
      );
    }
    // Throws on a tag that is not an ipt widget; Eleventy names the page.
    return renderToString(piece);
  });
}

export default function (eleventyConfig) {
  eleventyConfig.addTransform('ipt-widgets', renderWidgets);
  // The widgets' script, hosted by the site itself, with the chunks it loads when a person prints or
  // saves notes or the calendar file (the widgets fetch nothing else).
  eleventyConfig.addPassthroughCopy({
    [fromPackage('ipt-widgets/cdn/ipt-widgets.js')]: 'ipt-widgets.js',
    [fromPackage('ipt-widgets/cdn/ipt-widgets.es.js')]: 'ipt-widgets.es.js',
    [fromPackage('ipt-widgets/cdn/chunks/notes.js')]: 'chunks/notes.js',
    [fromPackage('ipt-widgets/cdn/chunks/reminder.js')]: 'chunks/reminder.js',
  });
}

export const config = {
  dir: { input: 'pages', output: 'dist' },
};
