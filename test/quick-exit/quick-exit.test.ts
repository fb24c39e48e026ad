// <ipt-quick-exit>: a person leaves the page at once, by the button or by pressing Shift 3 times.
// Navigation is stubbed on every element (its `navigate` property), so the test page never leaves.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/quick-exit/define.js';
import '../../src/quiz/define.js';
import '../../src/locales/es/index.js';
import { quickExitUi as en } from '../../src/content/en/quick-exit-ui.js';
import { quickExitUi as es } from '../../src/content/es/quick-exit-ui.js';
import { DEFAULT_EXIT_HREF, type IptQuickExit } from '../../src/quick-exit/quick-exit.js';
import { firstQuickExit } from '../../src/quick-exit/registry.js';
import { say } from '../../src/shared/format.js';
import { captureWarnings } from '../helpers/console.js';

/** A quick exit that records where it would go instead of going there. */
async function quickExit(attributes = '') {
  const visits: string[] = [];
  const host = await fixture<HTMLDivElement>(`<div><ipt-quick-exit ${attributes}></ipt-quick-exit></div>`);
  const el = host.querySelector('ipt-quick-exit')!;
  el.navigate = (url) => visits.push(url);
  await el.updateComplete;
  return { el, visits };
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const status = (el: IptQuickExit) => part(el, 'status').textContent!.trim();
const overlay = (el: IptQuickExit) => part(el, 'overlay') as HTMLDialogElement;

async function pressShift(times: number, el?: IptQuickExit) {
  for (let i = 0; i < times; i += 1) {
    await sendKeys({ press: 'Shift' });
    await el?.updateComplete;
  }
}

/** The deepest focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<ipt-quick-exit>', () => {
  beforeEach(() => {
    // Keys go to the page, not to a field left focused by an earlier test.
    (document.activeElement as HTMLElement | null)?.blur();
  });

  it('passes axe', async () => {
    const { el } = await quickExit();
    await expect(el).to.be.accessible();
  });

  it('passes axe while it counts presses of Shift', async () => {
    const { el } = await quickExit();
    await pressShift(1, el);
    expect(status(el)).to.equal(say(en.pressed, { count: 1 }));
    await expect(el).to.be.accessible();
  });

  it('is a link to the neutral page, named "Leave this page", with the shortcut as its description', async () => {
    const { el } = await quickExit();
    const button = part(el, 'button') as HTMLAnchorElement;
    expect(button.tagName).to.equal('A');
    expect(button.getAttribute('href')).to.equal(DEFAULT_EXIT_HREF);
    expect(button.textContent!.trim()).to.equal(en.button);
    expect(button.rel).to.equal('noreferrer');
    const hint = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(hint.textContent!.trim()).to.equal(en.hint);
  });

  it('covers the whole window, fires ipt-quick-exit and replaces the page when the button is pressed', async () => {
    // Something the page stacks as high as it can: the cover must still be on top.
    const stacked = await fixture<HTMLDivElement>(html`<div style="position: fixed; inset: 0; z-index: 2147483647"></div>`);
    const { el, visits } = await quickExit();
    let coveredWhenFired = false;
    el.addEventListener('ipt-quick-exit', () => (coveredWhenFired = overlay(el).open));
    setTimeout(() => part(el, 'button').click());
    const event = await oneEvent(el, 'ipt-quick-exit');
    expect(event.detail).to.deep.equal({ via: 'button' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
    expect(coveredWhenFired, 'covered before the event').to.equal(true);
    expect(visits).to.deep.equal([DEFAULT_EXIT_HREF]);
    const cover = overlay(el).getBoundingClientRect();
    expect([cover.left, cover.top]).to.deep.equal([0, 0]);
    expect(cover.width).to.be.at.least(document.documentElement.clientWidth);
    expect(cover.height).to.be.at.least(document.documentElement.clientHeight);
    expect(document.elementFromPoint(innerWidth / 2, innerHeight / 2)).to.equal(el);
    expect(overlay(el).textContent!.trim()).to.equal(en.leaving);
    stacked.remove();
  });

  it('leaves for the page set in href', async () => {
    const { el, visits } = await quickExit('href="https://example.org/weather"');
    expect(part(el, 'button').getAttribute('href')).to.equal('https://example.org/weather');
    part(el, 'button').click();
    expect(visits).to.deep.equal(['https://example.org/weather']);
  });

  it('refuses an href that is not http(s), warning once, and leaves for the default page', async () => {
    const warnings = captureWarnings();
    try {
      const { el, visits } = await quickExit('href="javascript:alert(1)"');
      el.requestUpdate();
      await el.updateComplete;
      part(el, 'button').click();
      expect(visits).to.deep.equal([DEFAULT_EXIT_HREF]);
      expect(part(el, 'button').getAttribute('href')).to.equal(DEFAULT_EXIT_HREF);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('<ipt-quick-exit>').and.include('href="javascript:alert(1)"').and.include(DEFAULT_EXIT_HREF);
    } finally {
      warnings.restore();
    }
  });

  it('is reached with Tab and pressed with Enter', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>Before</button>`);
    const { el, visits } = await quickExit();
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(part(el, 'button'));
    await sendKeys({ press: 'Enter' });
    expect(visits).to.deep.equal([DEFAULT_EXIT_HREF]);
  });

  it('counts each press of Shift aloud and on screen, and leaves on the third', async () => {
    const { el, visits } = await quickExit();
    const events: string[] = [];
    el.addEventListener('ipt-quick-exit', (event) => events.push(event.detail.via));
    await pressShift(1, el);
    expect(status(el)).to.equal('Shift pressed 1 of 3 times');
    const region = part(el, 'status');
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getBoundingClientRect().width, 'shown, not only announced').to.be.greaterThan(1);
    await pressShift(1, el);
    expect(status(el)).to.equal('Shift pressed 2 of 3 times');
    expect(visits).to.deep.equal([]);
    await pressShift(1, el);
    expect(visits).to.deep.equal([DEFAULT_EXIT_HREF]);
    expect(events).to.deep.equal(['keyboard']);
    expect(overlay(el).open).to.equal(true);
  });

  it('starts the count again when 5 seconds pass between presses, and says so', async () => {
    const { el, visits } = await quickExit();
    await pressShift(2, el);
    await aTimeout(5300);
    await el.updateComplete;
    expect(status(el)).to.equal(en.reset);
    await pressShift(1, el);
    expect(status(el)).to.equal(say(en.pressed, { count: 1 }));
    expect(visits).to.deep.equal([]);
  });

  it('does not count Shift used with another key (a capital letter)', async function () {
    // WebKit's WebDriver can only press a key and let go; it cannot hold Shift down.
    if (/AppleWebKit/.test(navigator.userAgent) && !/Chrom(e|ium)\//.test(navigator.userAgent)) this.skip();
    const { el, visits } = await quickExit();
    for (let i = 0; i < 3; i += 1) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'KeyA' });
      await sendKeys({ up: 'Shift' });
    }
    await el.updateComplete;
    expect(visits).to.deep.equal([]);
    expect(status(el)).not.to.include(say(en.pressed, { count: 1 }));
  });

  it('does not count Shift while typing in a text field', async () => {
    const { el, visits } = await quickExit();
    const field = await fixture<HTMLInputElement>(html`<input type="text" aria-label="Name" />`);
    field.focus();
    await pressShift(3, el);
    expect(visits).to.deep.equal([]);
    expect(status(el)).to.equal('');
  });

  it('does not count Shift in a text field inside another element\u2019s shadow root', async () => {
    const { el, visits } = await quickExit();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const field = document.createElement('textarea');
    field.setAttribute('aria-label', 'Notes');
    host.attachShadow({ mode: 'open' }).append(field);
    field.focus();
    await pressShift(3, el);
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    host.shadowRoot!.append(editable);
    editable.focus();
    await pressShift(3, el);
    expect(visits).to.deep.equal([]);
    expect(status(el)).to.equal('');
  });

  it('stops listening once removed from the page', async () => {
    const { el, visits } = await quickExit();
    el.remove();
    expect(firstQuickExit()).to.equal(undefined);
    await pressShift(3);
    expect(visits).to.deep.equal([]);
  });

  it('uncovers the page and starts the count afresh when the page comes back from the back/forward cache', async () => {
    const { el, visits } = await quickExit();
    await pressShift(3, el);
    expect(overlay(el).open).to.equal(true);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    expect(overlay(el).open, 'an ordinary load changes nothing').to.equal(true);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(overlay(el).open).to.equal(false);
    await pressShift(1, el);
    expect(status(el)).to.equal(say(en.pressed, { count: 1 }));
    part(el, 'button').click();
    expect(visits, 'it can leave again').to.have.length(2);
  });

  it('counts in one element only when a page has two', async () => {
    const first = await quickExit();
    const second = await quickExit();
    await pressShift(3, first.el);
    expect(first.visits).to.have.length(1);
    expect(second.visits).to.have.length(0);
    expect(status(second.el)).to.equal('');
  });

  it('fits a 320px-wide column without scrolling sideways', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 320px"><ipt-quick-exit lang="es"></ipt-quick-exit></div>`);
    const el = box.querySelector('ipt-quick-exit')!;
    el.navigate = () => {};
    await pressShift(1, el);
    expect(box.scrollWidth).to.be.at.most(320);
    expect(part(el, 'button').getBoundingClientRect().height).to.be.at.least(44);
  });

  it('keeps the button outlined and the cover opaque in forced colours (Chromium only)', async function () {
    if (!/Chrom(e|ium)\//.test(navigator.userAgent)) this.skip();
    const { el } = await quickExit();
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const button = getComputedStyle(part(el, 'button'));
      expect(parseFloat(button.borderTopWidth)).to.be.greaterThan(0);
      expect(button.borderTopColor).not.to.match(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
      part(el, 'button').click();
      const cover = getComputedStyle(overlay(el));
      expect(cover.backgroundColor).not.to.match(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
      const canvas = await fixture<HTMLDivElement>(html`<div style="background: Canvas"></div>`);
      expect(cover.backgroundColor).to.equal(getComputedStyle(canvas).backgroundColor);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('speaks Spanish with lang="es"', async () => {
    const { el, visits } = await quickExit('lang="es"');
    expect(part(el, 'base').getAttribute('lang')).to.equal('es');
    expect(part(el, 'button').textContent!.trim()).to.equal(es.button);
    expect(part(el, 'hint').textContent!.trim()).to.equal(es.hint);
    await pressShift(1, el);
    expect(status(el)).to.equal('Presionaste Mayús 1 de 3 veces');
    await pressShift(2, el);
    expect(visits).to.have.length(1);
    expect(overlay(el).textContent!.trim()).to.equal(es.leaving);
    await expect(el).to.be.accessible();
  });
});

describe('the quick-exit link in a widget\u2019s crisis box', () => {
  const link = (widget: Element) => widget.shadowRoot!.querySelector<HTMLAnchorElement>('a.quick-exit-link');

  it('shows only while the page has an <ipt-quick-exit>, and leaves the way it does', async () => {
    const quiz = await fixture<HTMLElement>(html`<ipt-problem-area-quiz region="uk"></ipt-problem-area-quiz>`);
    expect(link(quiz)).to.equal(null);
    const { el, visits } = await quickExit('href="https://example.org/"');
    await waitUntil(() => link(quiz), 'the link appears');
    const shown = link(quiz)!;
    expect(shown.textContent!.trim()).to.equal(en.link);
    expect(shown.getAttribute('href')).to.equal('https://example.org/');
    const crisis = quiz.shadowRoot!.querySelector('ipt-crisis-help')!;
    expect(shown.compareDocumentPosition(crisis) & Node.DOCUMENT_POSITION_FOLLOWING, 'just above the crisis box').to.not.equal(0);
    await expect(quiz).to.be.accessible();
    setTimeout(() => shown.click());
    const event = await oneEvent(el, 'ipt-quick-exit');
    expect(event.detail).to.deep.equal({ via: 'link' });
    expect(visits).to.deep.equal(['https://example.org/']);
    expect(overlay(el).open).to.equal(true);
    el.remove();
    await waitUntil(() => !link(quiz), 'the link goes');
  });

  it('shows in a widget that renders after the quick exit, in one extra update and without warnings', async () => {
    await quickExit();
    const warnings = captureWarnings();
    try {
      const quiz = await fixture<HTMLElement>(html`<ipt-problem-area-quiz region="us"></ipt-problem-area-quiz>`);
      await waitUntil(() => link(quiz), 'the link appears');
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('is in the widget\u2019s language', async () => {
    const quiz = await fixture<HTMLElement>(html`<ipt-problem-area-quiz lang="es" region="us"></ipt-problem-area-quiz>`);
    await quickExit();
    await waitUntil(() => link(quiz), 'the link appears');
    expect(link(quiz)!.textContent!.trim()).to.equal(es.link);
    expect(link(quiz)!.hasAttribute('lang')).to.equal(false);
  });
});
