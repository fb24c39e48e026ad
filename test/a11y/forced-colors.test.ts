// Forced colours (Windows High Contrast and the like) replace every colour with a few system ones, so
// whatever is drawn only with colour or a background disappears. These checks read computed styles
// with forced colours really on (scripts/forced-colors-plugin.mjs). Chromium only: the other
// launchers cannot turn them on.
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';

const isChromium = /Chrom(e|ium)\//.test(navigator.userAgent);
const forcedColors = (active: boolean) => executeServerCommand('emulate-forced-colors', { active });

const WIDGETS = [
  { markup: '<ipt-explainer region="uk"></ipt-explainer>', buttons: true, checkboxes: false },
  { markup: '<ipt-problem-area-quiz region="uk"></ipt-problem-area-quiz>', buttons: true, checkboxes: false },
  { markup: '<ipt-selfcare-checklist region="uk" persist="none"></ipt-selfcare-checklist>', buttons: true, checkboxes: true },
  { markup: '<ipt-crisis-help region="uk"></ipt-crisis-help>', buttons: false, checkboxes: false },
];

/** Every element matching `selector` in the widget's shadow root and the shadow roots nested in it. */
function deepAll<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  const found: T[] = [];
  const visit = (root: ShadowRoot) => {
    found.push(...root.querySelectorAll<T>(selector));
    for (const node of root.querySelectorAll('*')) if (node.shadowRoot) visit(node.shadowRoot);
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}

const shown = (node: Element) => node.getClientRects().length > 0 && getComputedStyle(node).visibility === 'visible';
const invisibleColor = (color: string) => color === 'transparent' || /rgba\(\d+, \d+, \d+, 0\)/.test(color);
const describeNode = (node: Element) =>
  `<${(node.getRootNode() as ShadowRoot).host?.localName}> ${node.localName} "${(node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;

/** Sides drawn without a visible line, e.g. ["top: 0px none rgb(0, 0, 0)"]; empty when all four show. */
function missingBorders(node: Element): string[] {
  const style = getComputedStyle(node);
  return (['top', 'right', 'bottom', 'left'] as const).flatMap((side) => {
    const width = style.getPropertyValue(`border-${side}-width`);
    const kind = style.getPropertyValue(`border-${side}-style`);
    const color = style.getPropertyValue(`border-${side}-color`);
    const visible = parseFloat(width) > 0 && kind !== 'none' && kind !== 'hidden' && !invisibleColor(color);
    return visible ? [] : [`${side}: ${width} ${kind} ${color}`];
  });
}

/** Each node whose border has a side missing, with the sides, for a readable failure. */
const withoutBorders = (nodes: Element[]) =>
  nodes.filter((node) => missingBorders(node).length).map((node) => `${describeNode(node)}: ${missingBorders(node).join(', ')}`);

/** Focuses `node` as after keyboard use and describes its outline when none is visible. */
async function focusOutlineProblem(node: HTMLElement): Promise<string | undefined> {
  await sendKeys({ press: 'Tab' }); // programmatic focus counts as :focus-visible after a key press
  node.focus();
  const { outlineStyle, outlineWidth, outlineColor } = getComputedStyle(node);
  if (!node.matches(':focus-visible')) return `${describeNode(node)} is not :focus-visible`;
  if (outlineStyle === 'none' || !(parseFloat(outlineWidth) > 0) || invisibleColor(outlineColor)) {
    return `${describeNode(node)}: outline ${outlineStyle} ${outlineWidth} ${outlineColor}`;
  }
  return undefined;
}

describe('emulate-forced-colors command', () => {
  it('turns forced colours on, and off again', async function () {
    if (!isChromium) this.skip();
    try {
      await forcedColors(true);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    } finally {
      await forcedColors(false);
    }
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
  });
});

for (const widget of WIDGETS) {
  const tag = widget.markup.slice(1, widget.markup.indexOf(' '));

  describe(`<${tag}> in forced colours`, () => {
    let el: HTMLElement;
    /** Links drawn with a border in normal colours (the crisis lines), noted before forced colours. */
    let borderedLinks: HTMLAnchorElement[];

    beforeEach(async function () {
      if (!isChromium) this.skip();
      el = await fixture<HTMLElement>(widget.markup);
      borderedLinks = deepAll<HTMLAnchorElement>(el, 'a').filter((link) => shown(link) && missingBorders(link).length === 0);
      await forcedColors(true);
    });

    afterEach(async () => {
      if (isChromium) await forcedColors(false);
    });

    it('keeps a visible border round the crisis box', () => {
      const boxes = deepAll(el, 'ipt-crisis-help').map((help) => help.shadowRoot!.querySelector('section')!);
      if (el.localName === 'ipt-crisis-help') boxes.push(el.shadowRoot!.querySelector('section')!);
      expect(boxes.length, 'crisis boxes').to.be.greaterThan(0);
      expect(withoutBorders(boxes)).to.deep.equal([]);
    });

    it('keeps the border of each link drawn as a button', () => {
      expect(borderedLinks.length, 'links drawn with a border').to.be.greaterThan(0);
      expect(withoutBorders(borderedLinks)).to.deep.equal([]);
    });

    it('shows an outline round a focused link', async () => {
      const link = deepAll<HTMLAnchorElement>(el, 'a[href]').find(shown)!;
      expect(await focusOutlineProblem(link)).to.equal(undefined);
    });

    if (widget.buttons) {
      // Buttons, and the explainer's section summaries, which work as buttons.
      it('keeps a visible border on every button', () => {
        const buttons = deepAll(el, 'button, summary').filter(shown);
        expect(buttons.length, 'buttons').to.be.greaterThan(0);
        expect(withoutBorders(buttons)).to.deep.equal([]);
      });

      it('shows an outline round a focused button', async () => {
        const button = deepAll(el, 'button, summary').find(shown)!;
        expect(await focusOutlineProblem(button)).to.equal(undefined);
      });
    }

    if (widget.checkboxes) {
      it('keeps every checkbox visible', () => {
        const boxes = deepAll<HTMLInputElement>(el, 'input[type="checkbox"]');
        expect(boxes.length, 'checkboxes').to.be.greaterThan(0);
        const problems = boxes.flatMap((box) => {
          const style = getComputedStyle(box);
          const { width, height } = box.getBoundingClientRect();
          const found: string[] = [];
          if (!shown(box) || style.opacity === '0') found.push('hidden');
          if (!(width > 0 && height > 0)) found.push(`size ${width}x${height}`);
          // forced-color-adjust: none keeps the page's colours, so the box must then draw its own border.
          if (style.forcedColorAdjust === 'none' && missingBorders(box).length) found.push('forced-color-adjust: none and no border');
          return found.map((problem) => `${box.id}: ${problem}`);
        });
        expect(problems).to.deep.equal([]);
      });
    }
  });
}
