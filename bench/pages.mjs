// Builds the comparison pages from the real widget, rendered once in Chromium at run time:
// (a) static HTML with declarative shadow DOM, (b) a vanilla element stamping the same DOM,
// (c) our CDN file, (d) the same content with Shoelace controls. Nothing is hand-copied.

export const CDN = '/dist/cdn/ipt-widgets.js';
const SL = '/node_modules/@shoelace-style/shoelace/cdn';
export const VARIANTS = ['static', 'vanilla', 'ours', 'shoelace'];
export const VARIANT_LABELS = {
  static: '(a) static HTML floor',
  vanilla: '(b) vanilla JS floor',
  ours: '(c) ipt-widgets CDN',
  shoelace: '(d) Shoelace',
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
];

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
 */
export const HARNESS = `<script>(()=>{let ok;const b=window.__bench={};b.done=new Promise(r=>ok=r);
const all=(root,out=[])=>{for(const e of root.querySelectorAll('*')){out.push(e);if(e.shadowRoot)all(e.shadowRoot,out)}return out};
b.all=all;
b.settle=async()=>{let n=-1;for(let i=0;i<20;i++){const els=all(document).filter(e=>e.updateComplete&&typeof e.updateComplete.then==='function');
const r=await Promise.all(els.map(e=>e.updateComplete));if(els.length===n&&r.every(x=>x!==false))return;n=els.length}};
b.radios=()=>all(document).filter(e=>e.matches('input[type=radio],[role=radio]'));
b.clickStart=async()=>{const btn=all(document).find(e=>e.matches('button,[role=button]')&&/\\b(start|begin)\\b/i.test(e.textContent));if(btn){btn.click();await b.settle()}};
b.mark=()=>{const rendered=performance.now();requestAnimationFrame(()=>{const c=new MessageChannel();c.port1.onmessage=()=>ok({rendered,painted:performance.now()});c.port2.postMessage(0)})};
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

/** The (c) page: host markup plus the CDN file; also what the generator renders and serialises. */
export function oursPage(c, mode = {}) {
  return page({
    title: `ours: ${c.id}`,
    head: mode.pre ?? '',
    body: mode.markup ?? c.markup,
    script: `<script type="module">import '${CDN}';await __bench.settle();${mode.post ?? ''}__bench.mark();</script>`,
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
export async function generatePages(browser, origin, pages) {
  const meta = {};
  for (const c of CASES) {
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
    meta[c.id] = {
      errors: r.errors,
      shoelaceTags: used,
      templates: r.floor.templates.length,
      staticBytes: Buffer.byteLength(pages.get(`${base}/static.html`)),
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
