// Builds the comparison pages from the real widget, rendered once in Chromium at run time:
// (a) static HTML with declarative shadow DOM, (b) a vanilla element stamping the same DOM,
// (c) our CDN file (ipt-widgets.es.js for a Spanish case), (d) the same content with Shoelace
// controls; and (e) the case's markup server-rendered by dist/ssr in Node plus the CDN file.
// Nothing is hand-copied.
import { renderWithSsr } from './ssr-render.mjs';

export const CDN = '/dist/cdn/ipt-widgets.js';
// English and Spanish: the file a site loads when a widget on the page is in Spanish (README "Languages").
export const CDN_ES = '/dist/cdn/ipt-widgets.es.js';
const SL = '/node_modules/@shoelace-style/shoelace/cdn';
export const VARIANTS = ['static', 'vanilla', 'ours', 'shoelace', 'ssr'];
export const VARIANT_LABELS = {
  static: '(a) static HTML floor',
  vanilla: '(b) vanilla JS floor',
  ours: '(c) ipt-widgets CDN',
  shoelace: '(d) Shoelace',
  ssr: '(e) server-rendered + CDN',
  // Quiz only, when (a) to (d) show its first question: the floor of what (e) shows, its intro.
  'static-intro': "(a') static HTML floor of the intro",
  // Memory only: what the file itself holds, which every widget on the page shares.
  'file-only': '(c0) ipt-widgets CDN file, no widget on the page',
};
/** The memory table's pages, in order: (c0) sits between the floors and (c). */
export const MEMORY_VARIANTS = ['static', 'vanilla', 'file-only', 'ours', 'ssr'];
/** The widget script each page runs, for the main-thread trace (measure.mjs traceScriptTime). */
export const SCRIPT_OF = {
  vanilla: (caseId) => `/gen/${caseId}/floor.js`,
  ours: (caseId) => cdnOf(CASES.find((c) => c.id === caseId)),
  ssr: (caseId) => cdnOf(CASES.find((c) => c.id === caseId)),
};
const SL_MODULES = {
  'sl-details': `${SL}/components/details/details.js`,
  'sl-checkbox': `${SL}/components/checkbox/checkbox.js`,
  'sl-radio-group': `${SL}/components/radio-group/radio-group.js`,
  'sl-radio': `${SL}/components/radio/radio.js`,
};
// The quiz keeps its place in sessionStorage under this key (src/quiz/session.ts).
const QUIZ_SESSION_KEY = 'ipt-quiz:v1';

const checklists = (n) =>
  Array.from(
    { length: n },
    (_, i) => `<ipt-selfcare-checklist persist="none" storage-key="bench-${i + 1}"></ipt-selfcare-checklist>`,
  ).join('\n');

export const CASES = [
  {
    id: 'explainer',
    label: '`<ipt-explainer layout="expanded">`',
    markup: '<ipt-explainer layout="expanded"></ipt-explainer>',
  },
  { id: 'checklist-1', label: '`<ipt-selfcare-checklist>` x 1', markup: checklists(1) },
  { id: 'checklist-50', label: '`<ipt-selfcare-checklist>` x 50', markup: checklists(50) },
  {
    id: 'quiz',
    label: '`<ipt-problem-area-quiz>` first question',
    markup: '<ipt-problem-area-quiz></ipt-problem-area-quiz>',
  },
  {
    id: 'explainer-es',
    label: '`<ipt-explainer layout="expanded" lang="es">` (Spanish)',
    // The widget's own `lang`, first in the README's order of choice and the only one a server
    // renderer sees, so (c) and (e) show the same Spanish.
    markup: '<ipt-explainer layout="expanded" lang="es"></ipt-explainer>',
    cdn: CDN_ES,
    // Left out of quick mode (CI), which must stay short; `--case explainer-es` runs it.
    inQuick: false,
  },
];

// The cases whose memory the bench measures (issue 20): one expanded explainer, 50 checklists.
export const MEMORY_CASES = ['explainer', 'checklist-50'];

/** The CDN file a case's (c) and (e) pages load. */
export const cdnOf = (c) => c.cdn ?? CDN;

// Ways to reach the quiz's first question, tried in this order by probeQuiz().
const QUIZ_MODES = {
  direct: { markup: '<ipt-problem-area-quiz></ipt-problem-area-quiz>', pre: '', post: '' },
  session: {
    markup: '<ipt-problem-area-quiz persist="session"></ipt-problem-area-quiz>',
    pre: `<script>try{sessionStorage.setItem(${JSON.stringify(QUIZ_SESSION_KEY)},'{"step":0,"answers":{}}')}catch{}</script>`,
    post: '',
  },
  click: { markup: '<ipt-problem-area-quiz></ipt-problem-area-quiz>', pre: '', post: 'await __bench.clickStart();' },
};
export const QUIZ_MODE_NOTES = {
  direct: 'the quiz shows its first question on load',
  session: 'first question reached by a saved session state (`persist="session"`, step 0, no answers)',
  click:
    'first question reached by clicking Start inside the page before marking rendered (so (c) also pays for the intro render and the click)',
  intro:
    'the quiz element offers no way to its first question yet (no radios after load, a saved session or a Start button), so this measures its intro screen',
};

/**
 * In-page harness, identical on every page: `__bench.settle()` waits until every element with an
 * `updateComplete` promise (Lit, Shoelace) has finished, shadow roots included; `__bench.mark()`
 * records "rendered", waits one rAF plus a task (the paint happens between) and resolves `done`.
 * It also leaves the User Timing marks `ipt-bench-rendered` and `ipt-bench-painted`, which end the
 * traced window of measure.mjs traceScriptTime(). `__bench.fcp()` resolves with the page's first
 * contentful paint (its entry arrives once the frame is presented, so it is awaited; null after 5 s). Page (e) only: `__bench.interactive()` waits until every ipt tag on the page (shadow roots
 * included) is defined, every instance has finished updating, and a quiz's Start button is shown
 * and enabled; `__bench.probe()`, run after the timing, clicks the quiz's Start (expects a question)
 * or a checklist's first box (expects `ipt-checklist-change`) to check that the control responds.
 */
export const HARNESS = `<script>(()=>{let ok;const b=window.__bench={};b.done=new Promise(r=>ok=r);
const all=(root,out=[])=>{for(const e of root.querySelectorAll('*')){out.push(e);if(e.shadowRoot)all(e.shadowRoot,out)}return out};
b.all=all;
b.settle=async()=>{let n=-1;for(let i=0;i<20;i++){const els=all(document).filter(e=>e.updateComplete&&typeof e.updateComplete.then==='function');
const r=await Promise.all(els.map(e=>e.updateComplete));if(els.length===n&&r.every(x=>x!==false))return;n=els.length}};
b.radios=()=>all(document).filter(e=>e.matches('input[type=radio],[role=radio]'));
b.clickStart=async()=>{const btn=all(document).find(e=>e.matches('button,[role=button]')&&/\\b(start|begin)\\b/i.test(e.textContent));if(btn){btn.click();await b.settle()}};
b.fcp=()=>new Promise(r=>{const o=new PerformanceObserver(l=>{const e=l.getEntriesByName('first-contentful-paint')[0];if(e){o.disconnect();r(e.startTime)}});
o.observe({type:'paint',buffered:true});setTimeout(()=>{o.disconnect();r(null)},5000)});
const frame=()=>new Promise(r=>requestAnimationFrame(r));
const start=()=>all(document).find(e=>e.matches('[part~=start-button]'));
b.interactive=async()=>{const tags=[...new Set(all(document).map(e=>e.localName).filter(t=>t.startsWith('ipt-')))];
await Promise.all(tags.map(t=>customElements.whenDefined(t)));await b.settle();
const s=start();if(s)for(let i=0;i<600&&(s.disabled||!s.getClientRects().length);i++)await frame()};
b.probe=async()=>{const s=start();if(s){const shown=!s.disabled&&s.getClientRects().length>0;s.click();await b.settle();return{control:'quiz Start',responds:shown&&b.radios().length>0}}
const box=all(document).find(e=>e.matches('input[type=checkbox]'));if(box){let fired=false;
document.addEventListener('ipt-checklist-change',()=>fired=true,{once:true});box.click();await b.settle();
return{control:'checklist tick',responds:fired&&box.checked}}return null};
b.mark=()=>{const rendered=performance.now();performance.mark('ipt-bench-rendered');requestAnimationFrame(()=>{const c=new MessageChannel();c.port1.onmessage=()=>{performance.mark('ipt-bench-painted');ok({rendered,painted:performance.now()})};c.port2.postMessage(0)})};
})();</script>`;

const page = ({ title, head = '', body, script = '' }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${HARNESS}${head}
<style>body{margin:0;padding:1rem;font:16px/1.5 system-ui,sans-serif}</style></head>
<body>
${body}
${script}
</body></html>
`;

/**
 * The (e) page: the case's markup server-rendered (declarative shadow DOM), then the CDN file as a
 * site adds it (`moduleScript()` of ipt-widgets/ssr: a plain module script), then the harness, which
 * marks once every widget is interactive (`__bench.interactive()`).
 */
export function ssrPage(c, html) {
  return page({
    title: `ssr: ${c.id}`,
    body: html,
    script: `<script type="module" src="${cdnOf(c)}"></script>\n<script type="module">await __bench.interactive();__bench.mark();</script>`,
  });
}

/** The (c) page: host markup plus the CDN file; also what the generator renders and serialises. */
export function oursPage(c, mode = {}) {
  return page({
    title: `ours: ${c.id}`,
    head: mode.pre ?? '',
    body: mode.markup ?? c.markup,
    script: `<script type="module">import '${cdnOf(c)}';await __bench.settle();${mode.post ?? ''}__bench.mark();</script>`,
  });
}

/**
 * Serialises `document.body` as it is rendered, in one of three forms. Runs inside the page, so it
 * must be self-contained. `dsd`: every shadow root as `<template shadowrootmode="open">` with its
 * adopted styles as a <style>. `floor`: hosts get `data-floor=k` and their shadow content goes to
 * `templates[k]` (deduplicated: ids differ per instance but are scoped to each shadow root).
 * `shoelace`: like `dsd`, with sections, details, checkboxes and radio groups as Shoelace elements.
 */
export function serialiseInPage(mode) {
  const VOID = new Set([
    'area',
    'base',
    'br',
    'col',
    'embed',
    'hr',
    'img',
    'input',
    'link',
    'meta',
    'source',
    'track',
    'wbr',
  ]);
  const RAW = new Set(['style', 'script']);
  const esc = (s) =>
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\u00a0/g, '&nbsp;');
  const escAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const templates = [];
  const keys = new Map();
  const used = new Set();
  const skip = new Set();
  const cssOf = (root) =>
    [...root.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
  const attrs = (e, extra = '') => {
    let s = '';
    for (const a of e.attributes) s += ` ${a.name}${a.value === '' ? '' : `="${escAttr(a.value)}"`}`;
    // Properties set by the template, not reflected, still shape what people see.
    if (e.localName === 'input' && e.checked && !e.hasAttribute('checked')) s += ' checked';
    return s + extra;
  };
  const text = (e) => e.textContent.replace(/\s+/g, ' ').trim();
  const kids = (parent) => {
    let s = '';
    for (const n of parent.childNodes) {
      if (n.nodeType === 1) s += el(n);
      else if (n.nodeType === 3) s += RAW.has(parent.localName) ? n.data : esc(n.data);
    }
    return s;
  };
  const shadow = (e) => {
    const root = e.shadowRoot;
    const css = cssOf(root);
    const body = kids(root);
    if (mode !== 'floor') {
      const style = css ? `<style>${css}</style>` : '';
      return `<template shadowrootmode="open"${root.delegatesFocus ? ' shadowrootdelegatesfocus' : ''}>${style}${body}</template>`;
    }
    const key = e.localName + '\n' + css + '\n' + body.replace(/\d+/g, '#');
    if (!keys.has(key)) {
      keys.set(key, templates.length);
      templates.push({ tag: e.localName, css, html: body, delegatesFocus: root.delegatesFocus });
    }
    return keys.get(key);
  };
  const slot = (tag, attrsStr, inner) => {
    used.add(tag);
    return `<${tag}${attrsStr}>${inner}</${tag}>`;
  };
  const shoelace = (e) => {
    if (skip.has(e)) return '';
    // An explainer section (heading + panel) becomes one sl-details, open when the panel is shown.
    const panel = e.matches('[part~=section]') && [...e.children].find((c) => c.matches('[part~=panel]'));
    if (panel) {
      const head = [...e.children].find((c) => c !== panel);
      const open = !panel.hidden && !panel.hasAttribute('hidden');
      return slot('sl-details', ` summary="${escAttr(head ? text(head) : '')}"${open ? ' open' : ''}`, kids(panel));
    }
    if (e.localName === 'details') {
      const summary = [...e.children].find((c) => c.localName === 'summary');
      if (summary) skip.add(summary);
      return slot('sl-details', ` summary="${escAttr(summary ? text(summary) : '')}"${e.open ? ' open' : ''}`, kids(e));
    }
    const checkbox = (input) => ` value="${escAttr(input.value)}"${input.checked ? ' checked' : ''}`;
    if (e.localName === 'label') {
      const input = e.querySelector('input[type=checkbox]');
      if (input) {
        skip.add(input);
        return slot('sl-checkbox', checkbox(input), kids(e));
      }
    }
    if (e.matches('input[type=checkbox]')) {
      const label = e.id && e.getRootNode().querySelector(`label[for="${CSS.escape(e.id)}"]`);
      if (label) skip.add(label);
      return slot('sl-checkbox', checkbox(e), label ? kids(label) : '');
    }
    const radios = e.matches('fieldset, [role=radiogroup]') && [...e.querySelectorAll('input[type=radio]')];
    if (radios && radios.length) {
      const legend = e.querySelector('legend') ?? e.querySelector('[id]');
      const labelOf = (r) =>
        r.closest('label') ?? (r.id && e.getRootNode().querySelector(`label[for="${CSS.escape(r.id)}"]`));
      const items = radios
        .map((r) => {
          const l = labelOf(r);
          used.add('sl-radio');
          return `<sl-radio value="${escAttr(r.value)}">${l ? esc(text(l)) : ''}</sl-radio>`;
        })
        .join('');
      const value = radios.find((r) => r.checked)?.value;
      return slot(
        'sl-radio-group',
        ` label="${escAttr(legend ? text(legend) : '')}" name="${escAttr(radios[0].name)}"${value ? ` value="${escAttr(value)}"` : ''}`,
        items,
      );
    }
    return null;
  };
  function el(e) {
    const tag = e.localName;
    if (tag === 'script') return '';
    if (mode === 'shoelace') {
      const s = shoelace(e);
      if (s !== null) return s;
    }
    if (VOID.has(tag)) return `<${tag}${attrs(e)}>`;
    if (e.shadowRoot && mode === 'floor') return `<${tag}${attrs(e, ` data-floor="${shadow(e)}"`)}>${kids(e)}</${tag}>`;
    const sr = e.shadowRoot ? shadow(e) : '';
    return `<${tag}${attrs(e)}>${sr}${tag === 'template' ? kids(e.content) : kids(e)}</${tag}>`;
  }
  return { html: kids(document.body), templates, used: [...used] };
}

/** The vanilla floor's module: one tiny class per tag, stamping a cloned template into a shadow root. */
export function floorModule(templates) {
  const data = JSON.stringify(
    templates.map(({ tag, css, html, delegatesFocus }) => ({ tag, css, html, d: delegatesFocus })),
  );
  return `const T=${data};
const cache=[];
const get=(k)=>{if(!cache[k]){const t=document.createElement('template');t.innerHTML=T[k].html;const s=new CSSStyleSheet();s.replaceSync(T[k].css);cache[k]={t,s}}return cache[k]};
class Floor extends HTMLElement{connectedCallback(){if(this.shadowRoot)return;const k=+this.dataset.floor;const{t,s}=get(k);
const r=this.attachShadow({mode:'open',delegatesFocus:!!T[k].d});r.adoptedStyleSheets=[s];r.append(document.importNode(t.content,true))}}
for(const tag of new Set(T.map(t=>t.tag)))customElements.define(tag,class extends Floor{});
`;
}

/** Opens `url` in a fresh context, waits for the harness, and returns the serialised forms. */
async function renderAndSerialise(browser, url) {
  const ctx = await browser.createBrowserContext();
  try {
    const p = await ctx.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto(url, { waitUntil: 'load' });
    await p.evaluate(() => window.__bench.done);
    const radios = await p.evaluate(() => window.__bench.radios().length);
    const out = {};
    for (const m of ['dsd', 'floor', 'shoelace']) out[m] = await p.evaluate(serialiseInPage, m);
    return { ...out, radios, errors };
  } finally {
    await ctx.close();
  }
}

/** Tries each way to the quiz's first question; returns the first that shows radios, else 'intro'. */
async function probeQuiz(browser, origin, pages) {
  const c = CASES.find((x) => x.id === 'quiz');
  for (const [name, mode] of Object.entries(QUIZ_MODES)) {
    pages.set('/gen/probe.html', oursPage(c, mode));
    const r = await renderAndSerialise(browser, `${origin}/gen/probe.html`);
    if (r.radios > 0) return { name, mode, rendered: r };
  }
  pages.set('/gen/probe.html', oursPage(c, QUIZ_MODES.direct));
  return {
    name: 'intro',
    mode: QUIZ_MODES.direct,
    rendered: await renderAndSerialise(browser, `${origin}/gen/probe.html`),
  };
}

/**
 * Renders each case once with the CDN file and writes the four pages per case into `pages`.
 * Returns per-case metadata (the quiz mode used, console errors, Shoelace tags used).
 */
export async function generatePages(browser, origin, pages, cases = CASES) {
  const meta = {};
  // (e): each case's own markup, server-rendered in Node by dist/ssr (in a child process). The quiz
  // gets its plain markup: a server cannot see a saved session, so (e) shows the quiz's intro, and
  // its first content is compared with (a'), the static floor of that intro.
  const rendered = renderWithSsr(cases.map((c) => c.markup));
  meta.extraVariants = {};
  for (const c of cases) {
    let mode = {};
    let r;
    if (c.id === 'quiz') {
      const q = await probeQuiz(browser, origin, pages);
      mode = q.mode;
      r = q.rendered;
      meta.quizMode = q.name;
    } else {
      pages.set('/gen/probe.html', oursPage(c));
      r = await renderAndSerialise(browser, `${origin}/gen/probe.html`);
    }
    const base = `/gen/${c.id}`;
    pages.set(`${base}/ours.html`, oursPage(c, mode));
    pages.set(`${base}/file-only.html`, oursPage(c, { markup: '' }));
    pages.set(
      `${base}/static.html`,
      page({
        title: `static: ${c.id}`,
        body: r.dsd.html,
        script: '<script>__bench.settle().then(__bench.mark)</script>',
      }),
    );
    pages.set(`${base}/floor.js`, floorModule(r.floor.templates));
    pages.set(
      `${base}/vanilla.html`,
      page({
        title: `vanilla: ${c.id}`,
        body: r.floor.html,
        script: `<script type="module">import '${base}/floor.js';await __bench.settle();__bench.mark();</script>`,
      }),
    );
    const used = r.shoelace.used.filter((t) => SL_MODULES[t]);
    pages.set(
      `${base}/shoelace.html`,
      page({
        title: `shoelace: ${c.id}`,
        head: `<link rel="stylesheet" href="${SL}/themes/light.css">`,
        body: r.shoelace.html,
        script: `<script type="module">${used.map((t) => `import '${SL_MODULES[t]}';`).join('')}await __bench.settle();__bench.mark();</script>`,
      }),
    );
    const ssr = rendered[cases.indexOf(c)];
    pages.set(`${base}/ssr.html`, ssrPage(c, ssr.html));
    if (c.id === 'quiz' && meta.quizMode !== 'direct') {
      pages.set('/gen/probe.html', oursPage(c, QUIZ_MODES.direct));
      const intro = await renderAndSerialise(browser, `${origin}/gen/probe.html`);
      pages.set(
        `${base}/static-intro.html`,
        page({
          title: `static intro: ${c.id}`,
          body: intro.dsd.html,
          script: '<script>__bench.settle().then(__bench.mark)</script>',
        }),
      );
      meta.extraVariants[c.id] = ['static-intro'];
    }
    meta[c.id] = {
      errors: r.errors,
      shoelaceTags: used,
      templates: r.floor.templates.length,
      staticBytes: Buffer.byteLength(pages.get(`${base}/static.html`)),
      ssrBytes: Buffer.byteLength(pages.get(`${base}/ssr.html`)),
      staticIntroBytes: pages.has(`${base}/static-intro.html`)
        ? Buffer.byteLength(pages.get(`${base}/static-intro.html`))
        : undefined,
      ssrRenderMs: ssr.ms,
    };
    pages.delete('/gen/probe.html');
  }
  return meta;
}

export const pageUrl = (origin, caseId, variant) => `${origin}/gen/${caseId}/${variant}.html`;

/** Where the bench serves the demo page. */
export const DEMO_PATH = '/gen/demo.html';

/**
 * The project's own demo page (index.html), as a site would embed it: the one built CDN file
 * instead of the sources Vite serves, and its own storage key.
 */
export function demoPage(indexHtml) {
  const page = indexHtml
    .replace('<script type="module" src="/src/index.ts"></script>', '<script type="module" src="/dist/cdn/ipt-widgets.js"></script>')
    .replace('storage-key="demo"', 'storage-key="bench-demo"')
    // The bench measures the English file; its Spanish demo section then shows English.
    .replace(/\s*<!-- Spanish for the section below[^>]*-->\s*<script type="module" src="\/src\/locales\/es\/index.ts"><\/script>/, '');
  if (!page.includes('/dist/cdn/ipt-widgets.js') || page.includes('/src/')) throw new Error('index.html loads other sources; update demoPage()');
  return page;
}

/** The static floor of the bench demo page: the rendered demo with every widget as DSD, no script. */
export async function generateDemoFloor(browser, origin, pages) {
  const ctx = await browser.createBrowserContext();
  try {
    const p = await ctx.newPage();
    await p.goto(`${origin}${DEMO_PATH}`, { waitUntil: 'load' });
    await p.evaluate(async () => {
      await Promise.all(
        ['ipt-explainer', 'ipt-problem-area-quiz', 'ipt-selfcare-checklist', 'ipt-crisis-help'].map((t) =>
          customElements.whenDefined(t),
        ),
      );
      // Same settle loop as the harness (the demo page carries no harness).
      const all = (root, out = []) => {
        for (const e of root.querySelectorAll('*')) {
          out.push(e);
          if (e.shadowRoot) all(e.shadowRoot, out);
        }
        return out;
      };
      for (let i = 0; i < 5; i++)
        await Promise.all(
          all(document)
            .map((e) => e.updateComplete)
            .filter(Boolean),
        );
    });
    const head = await p.evaluate(() =>
      [...document.head.children]
        .filter((e) => e.localName !== 'script')
        .map((e) => e.outerHTML)
        .join('\n'),
    );
    const { html } = await p.evaluate(serialiseInPage, 'dsd');
    pages.set(
      '/gen/demo-static.html',
      `<!doctype html>\n<html lang="en"><head>${head}</head><body>${html}</body></html>\n`,
    );
    return '/gen/demo-static.html';
  } finally {
    await ctx.close();
  }
}
