/**
 * Injection corpus for the hardening tests. Every payload that could ever run sets
 * `window.__iptPwned = true`; the tests assert it stays undefined.
 *
 * Groups keep each `it` short: markup, URLs, template and encoding tricks, CSS, Unicode.
 */

const P = 'window.__iptPwned=true';

export interface Payload {
  readonly group: PayloadGroup;
  readonly value: string;
}

export type PayloadGroup = 'markup' | 'url' | 'template' | 'encoded' | 'css' | 'unicode' | 'long';

const markup = [
  `<script>${P}</script>`,
  `<SCRIPT>${P}</SCRIPT>`,
  `<script src="data:text/javascript,${P}"></script>`,
  `<script type="module">${P}</script>`,
  `"><script>${P}</script>`,
  `'><script>${P}</script>`,
  `</p><script>${P}</script>`,
  `<scr<script>ipt>${P}</scr</script>ipt>`,
  `<img src=x onerror=${P}>`,
  `<img src=x onerror="${P}">`,
  `<IMG SRC=x OnErRoR=${P}>`,
  `<img/src=x/onerror=${P}>`,
  `<img src=x onerror\n=${P}>`,
  `"><img src=x onerror=${P}>`,
  `' onmouseover='${P}' x='`,
  `" onfocus="${P}" autofocus x="`,
  `" onerror="${P}`,
  `<svg onload=${P}>`,
  `<svg/onload=${P}>`,
  `<svg><script>${P}</script></svg>`,
  `<svg><animate onbegin=${P} attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${P}"><text x=0 y=20>x</text></a></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${P}'/></svg>#x"/></svg>`,
  `<svg><foreignObject><img src=x onerror=${P}></foreignObject></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${P}>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:${P}">x</maction></math>`,
  `<math href="javascript:${P}">x</math>`,
  `<template><img src=x onerror=${P}></template>`,
  `<template shadowrootmode="open"><img src=x onerror=${P}></template>`,
  `<iframe srcdoc="<script>parent.__iptPwned=true</script>"></iframe>`,
  `<iframe src="javascript:parent.__iptPwned=true"></iframe>`,
  `<iframe onload=${P}></iframe>`,
  `<object data="javascript:${P}"></object>`,
  `<embed src="javascript:${P}">`,
  `<body onload=${P}>`,
  `<details open ontoggle=${P}>`,
  `<input autofocus onfocus=${P}>`,
  `<video><source onerror=${P}></video>`,
  `<audio src=x onerror=${P}>`,
  `<form><button formaction="javascript:${P}">x</button></form>`,
  `<form action="javascript:${P}"><input type=submit></form>`,
  `<a href="javascript:${P}">click</a>`,
  `<marquee onstart=${P}>x</marquee>`,
  `<noscript><p title="</noscript><img src=x onerror=${P}>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${P}">`,
  `<base href="javascript:${P}//">`,
  `<link rel=import href="data:text/html,<script>parent.__iptPwned=true</script>">`,
  `<isindex type=image src=1 onerror=${P}>`,
  `<select autofocus onfocus=${P}>`,
  `<textarea autofocus onfocus=${P}>`,
  `<keygen autofocus onfocus=${P}>`,
  `<div style="width:expression(${P})">x</div>`,
  `<!--<img src="--><img src=x onerror=${P}//">`,
  `<![CDATA[<img src=x onerror=${P}>]]>`,
  `<xmp><img src=x onerror=${P}></xmp>`,
];

const url = [
  `javascript:${P}`,
  `JavaScript:${P}`,
  `javascript:window.__iptPwned=!0`,
  `JAVASCRIPT:${P}`,
  ` javascript:${P}`,
  `\tjavascript:${P}`,
  `\njavascript:${P}`,
  `java\tscript:${P}`,
  `java\nscript:${P}`,
  `java\u0000script:${P}`,
  `jav&#x09;ascript:${P}`,
  `jav&#9;ascript:${P}`,
  `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${P}`,
  `&#x6A;avascript:${P}`,
  `javascript&colon;${P}`,
  `\u0001javascript:${P}`,
  `javascript://%0a${P}`,
  `vbscript:msgbox(1)`,
  `data:text/html,<script>parent.__iptPwned=true</script>`,
  `data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19pcHRQd25lZD10cnVlPC9zY3JpcHQ+`,
  `DATA:text/html,<script>parent.__iptPwned=true</script>`,
  ` data:image/svg+xml,<svg onload="parent.__iptPwned=true">`,
  `data:text/javascript,${P}`,
  `//evil.example/x.js`,
  `https://evil.example/"><img src=x onerror=${P}>`,
  `https://example.org/#"><script>${P}</script>`,
  `tel:<script>${P}</script>`,
  `mailto:a@b.c?body=<script>${P}</script>`,
  `sms:+1";${P};"`,
];

const template = [
  `\${${P}}`,
  `\`\${${P}}\``,
  `{{constructor.constructor('${P}')()}}`,
  `<?lit$1234$>`,
  `lit$1234$`,
  `<!--?lit$1234$-->`,
  `<!--lit$1234$-->`,
  `<?lit$1234$><img src=x onerror=${P}>`,
  `lit$1234$="x" onerror="${P}"`,
  `<div lit$1234$="${P}">`,
  `$lit$`,
  `<?xml version="1.0"?><script>${P}</script>`,
  `%3Cscript%3E${P}%3C/script%3E`,
  `{"__proto__":{"polluted":true}}`,
];

const encoded = [
  `&lt;script&gt;${P}&lt;/script&gt;`,
  `&lt;img src=x onerror=${P}&gt;`,
  `&amp;lt;script&amp;gt;`,
  `&#60;script&#62;${P}&#60;/script&#62;`,
  `&#x3C;script&#x3E;${P}&#x3C;/script&#x3E;`,
  `\\u003cscript\\u003e${P}\\u003c/script\\u003e`,
  `\u003cscript\u003e${P}\u003c/script\u003e`,
  `＜script＞${P}＜/script＞`,
  `<scr\u0000ipt>${P}</scr\u0000ipt>`,
];

const css = [
  `</style><script>${P}</script>`,
  `</style><img src=x onerror=${P}>`,
  `red;}</style><script>${P}</script>`,
  `x{background:url("javascript:${P}")}`,
  `@import 'javascript:${P}';`,
  `x;behavior:url(#default#time2)`,
  `expression(${P})`,
  `"}</style><svg onload=${P}>`,
];

const unicode = [
  `\u202Eevil\u202C<script>${P}</script>`,
  `\u202Eabc`,
  `עברית`,
  `עברית \u202Etxet <img src=x onerror=${P}>`,
  `a\u200Db\u200Cc\u200Bd\uFEFF`,
  `👩‍👩‍👧‍👦🏳️‍🌈`,
  `e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308`,
  `Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035A\u035B\u035C\u035D\u035E\u035F\u0360\u0361\u0362`,
  `lone \uD800 high`,
  `lone \uDC00 low`,
  `nul\u0000byte`,
  `\u0000<script>${P}</script>`,
  `\u2028\u2029line separators`,
  `\uFFFE\uFFFF`,
  `\u{1F600}\u{10FFFF}`,
];

/** Long strings: near the 500-character override limit and far over it. */
const long = [
  `${'A'.repeat(480)}<script>${P}</script>`.slice(0, 499),
  `<img src=x onerror=${P}>${'x'.repeat(470)}`.slice(0, 500),
  `${'<b>'.repeat(2000)}<img src=x onerror=${P}>`,
  `${'\u202E'.repeat(300)}${'😀'.repeat(100)}`,
  'A'.repeat(100_000),
];

const build = (group: PayloadGroup, values: readonly string[]): Payload[] => values.map((value) => ({ group, value }));

export const PAYLOADS: readonly Payload[] = [
  ...build('markup', markup),
  ...build('url', url),
  ...build('template', template),
  ...build('encoded', encoded),
  ...build('css', css),
  ...build('unicode', unicode),
  ...build('long', long),
];

export const PAYLOAD_GROUPS: readonly PayloadGroup[] = [
  'markup',
  'url',
  'template',
  'encoded',
  'css',
  'unicode',
  'long',
];

export const payloadsIn = (group: PayloadGroup): Payload[] => PAYLOADS.filter((p) => p.group === group);

declare global {
  interface Window {
    __iptPwned?: boolean;
  }
}
