import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/checklist/define.js';
import '../../src/locales/es/index.js';
import type { IptSelfcareChecklist } from '../../src/checklist/checklist.js';
import { en } from '../../src/content/en/index.js';
import { es } from '../../src/content/es/index.js';
import { checklistUi as ui } from '../../src/content/en/checklist-ui.js';
import { sources, type Source, type SourceId } from '../../src/content/sources.js';
import { sourceHref } from '../../src/content/source-href.js';
import { say } from '../../src/shared/format.js';
import { AXE_TIMEOUT, addStep, checkbox, cleanStorage, describeNode, focused, root, text } from './helpers.js';

const citations = (scope: ParentNode): HTMLAnchorElement[] => [
  ...scope.querySelectorAll<HTMLAnchorElement>('a[part="citation"]'),
];
const entries = (el: IptSelfcareChecklist): HTMLLIElement[] => [
  ...root(el).querySelectorAll<HTMLLIElement>('[part="sources"] > li'),
];
const sourcesBox = (el: IptSelfcareChecklist): HTMLDetailsElement => root(el).querySelector('details.sources-box')!;
/** Every source the English content cites, in reading order (the intro, then each step), without repeats. */
const citedInOrder = (): SourceId[] => [
  ...new Set([
    ...en.selfCare.intro.flatMap((block) => block.cite),
    ...en.selfCare.groups.flatMap((group) =>
      en.selfCare.items.filter((item) => item.group === group.id).flatMap((item) => item.cite),
    ),
  ]),
];

describe('<ipt-selfcare-checklist> sources', () => {
  beforeEach(cleanStorage);
  afterEach(cleanStorage);

  it('shows the intro and each step with numbered citations named "Source n: <title>"', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    const intro = root(el).querySelector('.intro')!;
    expect(citations(intro).map(text)).to.deep.equal(['[1]', '[2]']);
    expect(citations(intro).map((link) => link.getAttribute('aria-label'))).to.deep.equal([
      say(ui.citation, { number: 1, title: sources.nhsCoping.title }),
      say(ui.citation, { number: 2, title: sources.nice2022.title }),
    ]);
    for (const item of en.selfCare.items) {
      const links = citations(checkbox(el, item.label).closest('li')!);
      expect(
        links.map((link) => link.dataset['source']),
        item.id,
      ).to.deep.equal([...item.cite]);
      for (const link of links)
        expect(link.getAttribute('href')).to.equal(sourceHref(sources[link.dataset['source'] as SourceId]));
    }
  });

  it('numbers sources in the order they are first cited, and gives a source the same number everywhere', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    const order = citedInOrder();
    for (const link of citations(root(el))) {
      expect(text(link), link.dataset['source']).to.equal(`[${order.indexOf(link.dataset['source'] as SourceId) + 1}]`);
    }
  });

  it('resolves every citation number to the entry with that number and the right title, linked to the source', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    const list = entries(el);
    expect(list.map((entry) => entry.value)).to.deep.equal(citedInOrder().map((_, index) => index + 1));
    for (const link of citations(root(el))) {
      const number = Number(/\d+/.exec(text(link))![0]);
      const entry = list.find((candidate) => candidate.value === number)!;
      const source: Source = sources[link.dataset['source'] as SourceId];
      expect(entry, text(link)).to.exist;
      expect(entry.id).to.equal(`source-${link.dataset['source']}`);
      const title = entry.querySelector('a')!;
      expect(text(title)).to.equal(source.title);
      expect(title.getAttribute('href')).to.equal(sourceHref(source));
      expect(link.getAttribute('aria-label')).to.equal(say(ui.citation, { number, title: source.title }));
      if (source.publisher) expect(text(entry)).to.include(source.publisher);
    }
  });

  it('keeps the numbered sources list closed at first, under a "Sources" heading that opens it', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    const box = sourcesBox(el);
    expect(box.open).to.equal(false);
    expect(text(box.querySelector('summary h3'))).to.equal(ui.sourcesHeading);
    box.querySelector('summary')!.click();
    await el.updateComplete;
    expect(box.open).to.equal(true);
    expect(entries(el).every((entry) => entry.getBoundingClientRect().height > 0)).to.equal(true);
  });

  it('gives the person’s own steps no citations', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    await addStep(el, 'Walk to the shop');
    expect(citations(checkbox(el, 'Walk to the shop').closest('li')!)).to.deep.equal([]);
    expect(entries(el)).to.have.length(citedInOrder().length);
  });

  it('moves focus to the numbered entry when a citation is clicked, and opens the list', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    const link = citations(checkbox(el, en.selfCare.items[2].label).closest('li')!)[1];
    link.click();
    await el.updateComplete;
    expect(sourcesBox(el).open).to.equal(true);
    expect(focused(el)).to.equal(describeNode(root(el).getElementById(`source-${link.dataset['source']}`)));
    expect(location.href).to.not.include(link.getAttribute('href')!);
  });

  it('reaches a citation with Tab, and Enter moves focus to its entry in the list', async () => {
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    const first = citations(root(el).querySelector('.intro')!)[0];
    // Start from the crisis shortcut just before the intro (WebKit only tabs to links when told to).
    root(el).querySelector<HTMLElement>('.crisis-shortcut a')!.focus();
    for (let i = 0; i < 3 && root(el).activeElement !== first; i++) await sendKeys({ press: 'Tab' });
    if (
      root(el).activeElement !== first &&
      /AppleWebKit/.test(navigator.userAgent) &&
      !/Chrome\//.test(navigator.userAgent)
    ) {
      // WebKit keeps links out of the Tab order unless the browser's "tab to links" setting is on.
      first.focus();
    }
    expect(focused(el)).to.equal(describeNode(first));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)).to.equal(describeNode(root(el).getElementById('source-nhsCoping')));
    expect(sourcesBox(el).open).to.equal(true);
  });

  it('names citations and the list in the widget’s language', async () => {
    const el = await fixture<IptSelfcareChecklist>(
      html`<ipt-selfcare-checklist lang="es" persist="none"></ipt-selfcare-checklist>`,
    );
    const [first] = citations(root(el).querySelector('.intro')!);
    expect(first.getAttribute('aria-label')).to.equal(
      say(es.checklistUi.citation, { number: 1, title: sources.nhsCoping.title }),
    );
    expect(text(sourcesBox(el).querySelector('summary'))).to.equal(es.checklistUi.sourcesHeading);
  });

  it('prints the whole sources list, closed or not, with each address; citations print as numbers only', async function () {
    // emulateMedia works only through the Chrome DevTools Protocol; the other engines skip this.
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    expect(sourcesBox(el).open).to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      const list = root(el).querySelector('[part="sources"]')!;
      expect(list.getBoundingClientRect().height).to.be.greaterThan(0);
      for (const entry of entries(el)) {
        expect(entry.getBoundingClientRect().height, entry.id).to.be.greaterThan(0);
        const link = entry.querySelector('a')!;
        expect(getComputedStyle(link, '::after').content, entry.id).to.include(link.getAttribute('href')!);
      }
      for (const link of citations(root(el))) expect(getComputedStyle(link, '::after').content).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('passes axe with the sources list open', async function () {
    this.timeout(AXE_TIMEOUT);
    const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    sourcesBox(el).querySelector('summary')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  describe('on a phone', () => {
    /** setViewport is not available through WebKit's WebDriver; there the box of the same width gives the same layout width. */
    async function viewport(width: number, height: number): Promise<void> {
      try {
        await setViewport({ width, height });
      } catch {
        // WebKit: rely on the box.
      }
    }

    afterEach(() => viewport(800, 600));

    /** Lines of text in a block: its height over its line height. */
    const lines = (node: Element): number =>
      node.getBoundingClientRect().height / parseFloat(getComputedStyle(node).lineHeight);

    /**
     * Label, why and citations take at most 4 lines of text on a phone, so a screen shows several
     * steps: the longest labels and reasons each wrap to two lines at 320px (the full source titles
     * they replace made the longest row about 11 lines). Checked on every built-in step, so the
     * longest is among them, in a font as wide as the common sans-serif ones (Arial's metrics), not
     * each engine's default serif.
     */
    const MAX_LINES = 4;

    for (const width of [320, 390]) {
      it(`keeps every step's row within ${MAX_LINES} lines of text at ${width}px`, async () => {
        await viewport(width, 800);
        const box = await fixture<HTMLDivElement>(
          html`<div style="max-width: ${width}px; font-family: Arial, 'Liberation Sans', sans-serif">
            <ipt-selfcare-checklist></ipt-selfcare-checklist>
          </div>`,
        );
        const el = box.querySelector('ipt-selfcare-checklist')!;
        for (const item of en.selfCare.items) {
          const row = checkbox(el, item.label).closest('li')!;
          const label = row.querySelector('label')!;
          const why = row.querySelector('[part="why"]')!;
          const used = Math.round(lines(label) + lines(why));
          expect(used, `${item.id}: ${used} lines`).to.be.at.most(MAX_LINES);
          // The whole row stays within those lines, plus its own padding and border and the gap above the why.
          const style = getComputedStyle(row);
          const lineHeight = Math.max(
            parseFloat(getComputedStyle(label).lineHeight),
            parseFloat(getComputedStyle(why).lineHeight),
          );
          const chrome =
            parseFloat(style.paddingTop) +
            parseFloat(style.paddingBottom) +
            parseFloat(style.borderTopWidth) +
            parseFloat(getComputedStyle(why).marginTop);
          // One pixel for rounding.
          expect(row.getBoundingClientRect().height, item.id).to.be.at.most(MAX_LINES * lineHeight + chrome + 1);
        }
      });
    }
  });
});
