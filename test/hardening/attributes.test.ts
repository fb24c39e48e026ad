// Attribute hardening: every attribute in custom-elements.json gets empty, wrong-type, huge,
// right-to-left and emoji values, set before the element upgrades, after it upgrades, and changed
// while it runs. Nothing may throw; each bad value gives at most one warning that names the element
// and the attribute; the element still renders its heading and content.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import {
  IptCrisisHelp,
  IptExplainer,
  IptProblemAreaQuiz,
  IptProvider,
  IptSelfcareChecklist,
  define,
} from '../../src/elements.js';
import {
  TAGS,
  captureWarnings,
  mainHeading,
  manifestAttributes,
  mount,
  restoreStorage,
  settle,
  trapErrors,
  unmountAll,
  useMemoryStorage,
  type Tag,
} from './helpers.js';

const MB = 'x'.repeat(1024 * 1024);

const VALUES: readonly { name: string; value: string }[] = [
  { name: 'empty', value: '' },
  { name: 'a word', value: 'abc' },
  { name: 'negative', value: '-1' },
  { name: 'a fraction', value: '2.5' },
  { name: 'a boolean', value: 'true' },
  { name: '1 MB', value: MB },
  { name: 'Hebrew', value: 'עברית' },
  { name: 'an RTL override', value: '\u202Eabc' },
  { name: 'emoji', value: '😀🏳️‍🌈' },
];

const CLASSES: Record<Tag, CustomElementConstructor> = {
  'ipt-explainer': IptExplainer,
  'ipt-problem-area-quiz': IptProblemAreaQuiz,
  'ipt-selfcare-checklist': IptSelfcareChecklist,
  'ipt-crisis-help': IptCrisisHelp,
  'ipt-provider': IptProvider,
};

const SECTION_IDS = [
  'what',
  'how-it-helps',
  'core-concepts',
  'problem-areas',
  'process',
  'evidence',
  'combining',
  'self-care',
  'sources',
];
const tokens = (v: string) =>
  v
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);

/**
 * Whether a non-empty value is valid, written from the documented contract (README and
 * custom-elements.json), not from the parsers, so a parser that forgets to warn is caught.
 */
function isValid(tag: Tag, attribute: string, value: string): boolean {
  const v = value.trim();
  switch (attribute) {
    case 'heading-level':
      return /^[1-6]$/.test(v);
    case 'region':
      return ['us', 'ca', 'uk', 'ie', 'au', 'eu'].includes(v.toLowerCase());
    case 'color-scheme':
      return ['light', 'dark', 'auto'].includes(v.toLowerCase());
    case 'layout':
      return ['accordion', 'expanded'].includes(v.toLowerCase());
    case 'sections':
    case 'open':
      return tokens(v).every((t) => SECTION_IDS.includes(t));
    case 'persist':
      return (tag === 'ipt-selfcare-checklist' ? ['local', 'none'] : ['none', 'session']).includes(v.toLowerCase());
    case 'reset':
      return ['none', 'weekly'].includes(v.toLowerCase());
    case 'storage-key':
      return /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(v);
    case 'explainer-href':
      // http(s) or relative: a value without a scheme and without control characters is relative.
      return !/^[a-z][a-z0-9+.-]*:/i.test(v) && !/[\u0000-\u001f\u007f]/.test(value);
    case 'share-results':
    case 'no-heading':
      // A boolean attribute: present means on, whatever its value; never a warning.
      return true;
    case 'heading':
      // The title's text: any text is shown as text, never as markup; never a warning.
      return true;
    case 'locale':
      return v.toLowerCase().split('-')[0] === 'en';
    default:
      throw new Error(`no contract for ${attribute}; add it to isValid()`);
  }
}

/** How many warnings a value should give: one when non-empty and invalid, none otherwise. */
const expectedWarnings = (tag: Tag, attribute: string, value: string) =>
  value.trim() !== '' && !isValid(tag, attribute, value) ? 1 : 0;

/** Warnings about this attribute and value (the message quotes the value, cut at 80 characters). */
const about = (messages: string[], attribute: string, value: string) =>
  messages.filter((m) => m.toLowerCase().includes(`${attribute}="${value.slice(0, 80)}"`.toLowerCase()));

/** The element shows its main heading and its core content. */
function renderProblems(el: Element, tag: Tag): string[] {
  const problems: string[] = [];
  const headingEl = mainHeading(el);
  if (!headingEl || !/^h[1-6]$/.test(headingEl.localName)) problems.push('no main heading');
  const root = el.shadowRoot;
  const core: Record<Tag, string> = {
    'ipt-explainer': '[part="section"]',
    'ipt-problem-area-quiz': '[part="start-button"]',
    'ipt-selfcare-checklist': 'input[type="checkbox"]',
    'ipt-crisis-help': 'a[part="link"]',
    'ipt-provider': 'slot',
  };
  if (!root?.querySelector(core[tag])) problems.push(`no ${core[tag]}`);
  return problems;
}

/** A fresh element for `tag` (or a subclass registered under `localTag`), with a widget inside a provider. */
function create(tag: Tag, localTag: string = tag): HTMLElement {
  const el = document.createElement(localTag);
  if (tag === 'ipt-provider') el.append(document.createElement('ipt-crisis-help'));
  return el;
}

const short = (value: string) =>
  JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}...(${value.length})` : value);

/** Checks warnings for each value: the expected count, and each naming the element and the attribute. */
function warningProblems(tag: Tag, localTag: string, attribute: string, messages: string[], values = VALUES): string[] {
  const problems: string[] = [];
  let explained = 0;
  for (const { name, value } of values) {
    const found = about(messages, attribute, value);
    explained += found.length;
    const want = expectedWarnings(tag, attribute, value);
    if (found.length !== want) problems.push(`${name} ${short(value)}: ${found.length} warnings, expected ${want}`);
    for (const message of found) {
      if (!message.includes(attribute)) problems.push(`${name}: warning does not name ${attribute}`);
      // The tag it runs under, or its canonical tag (see the dedicated test on naming below).
      if (!message.includes(`<${localTag}>`) && !message.includes(`<${tag}>`))
        problems.push(`${name}: warning names no tag: ${message.slice(0, 120)}`);
    }
  }
  if (explained !== messages.length)
    problems.push(
      `unexpected warnings: ${messages
        .filter((m) => !values.some((v) => about([m], attribute, v.value).length))
        .map((m) => m.slice(0, 120))
        .join(' | ')}`,
    );
  return problems;
}

let subclassCount = 0;

/** Attributes per tag from custom-elements.json, read before the tests are declared. */
const MANIFEST = await manifestAttributes();

it('reads attributes for every element from custom-elements.json', () => {
  for (const tag of TAGS) expect(MANIFEST.get(tag)?.length ?? 0, tag).to.be.greaterThan(0);
});

describe('hardening: attributes', () => {
  before(() => useMemoryStorage());
  after(() => restoreStorage());
  afterEach(() => unmountAll());

  for (const tag of TAGS) {
    // One `it` per attribute and path keeps each under the 20 s timeout in the slowest engine.
    for (const attribute of MANIFEST.get(tag) ?? []) {
      describe(`<${tag} ${attribute}>`, () => {
        it('takes every value after the element upgrades, warning once per bad value', async () => {
          const trap = trapErrors();
          const warn = captureWarnings();
          const problems: string[] = [];
          try {
            for (const { name, value } of VALUES) {
              const el = create(tag);
              try {
                el.setAttribute(attribute, value);
                await mount(el);
              } catch (error) {
                problems.push(`${name}: threw ${String(error)}`);
                continue;
              }
              problems.push(...renderProblems(el, tag).map((p) => `${name}: ${p}`));
              el.remove();
            }
            problems.push(...warningProblems(tag, tag, attribute, warn.messages));
          } finally {
            warn.restore();
            trap.restore();
          }
          expect(problems).to.deep.equal([]);
          expect(trap.errors).to.deep.equal([]);
        });

        it('takes every value set before the element upgrades (registered under a new tag afterwards)', async () => {
          const trap = trapErrors();
          const warn = captureWarnings();
          const problems: string[] = [];
          const localTag = `x-hard-${tag.replace(/^ipt-/, '')}-${++subclassCount}`;
          try {
            const elements = VALUES.map(({ value }) => {
              const el = create(tag, localTag);
              el.setAttribute(attribute, value);
              return el;
            });
            // On the page, not yet defined: the "script loads later" path.
            for (const el of elements) await mount(el);
            try {
              define(localTag, class extends (CLASSES[tag] as typeof HTMLElement) {});
              await Promise.all(elements.map(settle));
            } catch (error) {
              problems.push(`upgrade threw ${String(error)}`);
            }
            for (const [i, el] of elements.entries()) {
              problems.push(...renderProblems(el, tag).map((p) => `${VALUES[i]!.name}: ${p}`));
            }
            problems.push(...warningProblems(tag, localTag, attribute, warn.messages));
          } finally {
            warn.restore();
            trap.restore();
          }
          expect(problems).to.deep.equal([]);
          expect(trap.errors).to.deep.equal([]);
        });

        it('takes every value changed while the element runs, and warns only once when a bad value comes back', async () => {
          const trap = trapErrors();
          const warn = captureWarnings();
          const problems: string[] = [];
          try {
            const el = await mount(create(tag));
            // Twice through every value, with the attribute removed in between.
            for (const round of [1, 2]) {
              for (const { name, value } of VALUES) {
                try {
                  el.setAttribute(attribute, value);
                  await settle(el);
                  problems.push(...renderProblems(el, tag).map((p) => `${name} (round ${round}): ${p}`));
                  el.removeAttribute(attribute);
                  await settle(el);
                  problems.push(...renderProblems(el, tag).map((p) => `removed after ${name}: ${p}`));
                } catch (error) {
                  problems.push(`${name}: threw ${String(error)}`);
                }
              }
            }
            problems.push(...warningProblems(tag, tag, attribute, warn.messages));
          } finally {
            warn.restore();
            trap.restore();
          }
          expect(problems).to.deep.equal([]);
          expect(trap.errors).to.deep.equal([]);
        });
      });
    }
  }

  // Apps that register the classes under their own tags (the `elements` entry) read warnings
  // about those tags; a warning naming <ipt-explainer> for <my-explainer> sends them looking
  // for an element that is not on their page.
  for (const tag of ['ipt-explainer', 'ipt-problem-area-quiz', 'ipt-selfcare-checklist', 'ipt-crisis-help'] as const) {
    it(`<${tag}> registered under another tag names that tag in its heading-level warning`, async () => {
      const localTag = `x-hard-named-${tag.replace(/^ipt-/, '')}`;
      if (!customElements.get(localTag)) define(localTag, class extends (CLASSES[tag] as typeof HTMLElement) {});
      const warn = captureWarnings();
      try {
        const el = document.createElement(localTag);
        el.setAttribute('heading-level', 'seven');
        await mount(el);
      } finally {
        warn.restore();
      }
      expect(warn.messages).to.have.length(1);
      expect(warn.messages[0]).to.include(`<${localTag}> heading-level="seven"`);
    });
  }
});
