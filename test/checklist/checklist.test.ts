// One file for all element tests on purpose: the test runner runs files side by side in one
// browser, and pages of one origin share localStorage, so a second file writing the same keys
// would fire real cross-tab `storage` events into this one.
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/checklist/define.js';
import '../../src/provider/define.js';
import { checklistStorage } from '../../src/checklist/persistence-controller.js';
import type { IptSelfcareChecklist, ChecklistChangeDetail } from '../../src/checklist/checklist.js';
import { en } from '../../src/content/en/index.js';
import { checklistUi as ui } from '../../src/content/en/checklist-ui.js';
import {
  FakeStorage,
  manualClock,
  noticeText,
  storedKeys,
  button,
  describeNode,
  focused,
  has,
  captureWarnings,
  checkbox,
  checkboxes,
  cleanStorage,
  progressText,
  root,
  stored,
  statusText,
  text,
} from './helpers.js';

const TOTAL = en.selfCare.items.length;
/** axe checks every node of this long list; on a busy two-core machine that can take over 10 s. */
const AXE_TIMEOUT = 60000;
const [first, second] = en.selfCare.items;
/** A step a site adds through the provider's overrides (page A of the site has it; page B does not). */
const SITE_STEP = { id: 'walk-with-a-friend', label: 'Walk with a friend', group: 'body' } as const;
const OTHER_SITE_STEP = { id: 'call-the-clinic', label: 'Call the clinic', group: 'care' } as const;

/** A checklist inside a provider whose JSON child adds `steps`. */
async function withSiteSteps(steps: readonly object[], persist?: string): Promise<{ provider: HTMLElement; el: IptSelfcareChecklist }> {
  const provider = await fixture<HTMLElement>(html`<ipt-provider></ipt-provider>`);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify({ selfCare: { extraItems: steps } });
  provider.append(script);
  const el = document.createElement('ipt-selfcare-checklist');
  if (persist) el.setAttribute('persist', persist);
  provider.append(el);
  await settle(el);
  return { provider, el };
}

/** Waits for the provider's MutationObserver and the context update to reach the checklist. */
async function settle(el: IptSelfcareChecklist): Promise<void> {
  await aTimeout(0);
  await el.updateComplete;
  await el.updateComplete;
}

async function addStep(el: IptSelfcareChecklist, value: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('#new-step')!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  button(el, ui.addButton).click();
  await el.updateComplete;
}

describe('<ipt-selfcare-checklist>', () => {
  beforeEach(cleanStorage);
  afterEach(cleanStorage);

  describe('content', () => {
    it('shows the title as an h2 and each group as an h3 by default', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(text(root(el).querySelector('h2'))).to.equal(en.sectionTitles.selfCare);
      const groupHeadings = [...root(el).querySelectorAll('legend h3')].map(text);
      expect(groupHeadings).to.deep.equal([...en.selfCare.groups.map((group) => group.name), ui.ownHeading]);
    });

    it('follows heading-level for the title and puts groups one level down', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist heading-level="4"></ipt-selfcare-checklist>`);
      expect(text(root(el).querySelector('h4'))).to.equal(en.sectionTitles.selfCare);
      expect(root(el).querySelectorAll('legend h5')).to.have.length(en.selfCare.groups.length + 1);
      expect(has(el, 'h2, h3')).to.equal(false);
    });

    it('warns once about a bad heading-level and uses 2', async () => {
      const warnings = captureWarnings();
      let el: IptSelfcareChecklist;
      try {
        el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist heading-level="9"></ipt-selfcare-checklist>`);
        el.requestUpdate();
        await el.updateComplete;
      } finally {
        warnings.restore();
      }
      expect(root(el).querySelector('h2')).to.exist;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<ipt-selfcare-checklist>').and.contain('heading-level="9"');
    });

    it('shows every self-care item as a checkbox named by its label, inside its group', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      for (const item of en.selfCare.items) {
        const box = checkbox(el, item.label);
        expect(box.type).to.equal('checkbox');
        expect(box.closest('fieldset')!.getAttribute('data-group')).to.equal(item.group);
      }
      expect(checkboxes(el)).to.have.length(TOTAL);
    });

    it('describes each checkbox with its one-line why', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const box = checkbox(el, first.label);
      expect(text(root(el).getElementById(box.getAttribute('aria-describedby')!))).to.equal(first.why);
    });

    it('links each source by its title with an http(s) address', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const item = checkbox(el, first.label).closest('li')!;
      const links = [...item.querySelectorAll('a')];
      expect(links.length).to.equal(first.cite.length);
      expect(text(links[0])).to.equal('NHS tips for coping with depression');
      for (const link of links) expect(link.href).to.match(/^https?:\/\//);
    });

    it('says that self-care supports professional care and does not replace it', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(text(root(el).querySelector('[part="note"]'))).to.equal(en.selfCare.note);
    });

    it('shows progress as text and as a named progress bar', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(progressText(el)).to.equal(`0 of ${TOTAL} done`);
      const bar = root(el).querySelector('progress')!;
      expect(text(root(el).getElementById(bar.getAttribute('aria-labelledby')!))).to.equal(`0 of ${TOTAL} done`);
      expect(bar.max).to.equal(TOTAL);
      expect(bar.value).to.equal(0);
    });

    it('ends with crisis help for the given region', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist region="uk"></ipt-selfcare-checklist>`);
      const help = root(el).querySelector('ipt-crisis-help')!;
      expect(help.getAttribute('region')).to.equal('uk');
      expect(help.getAttribute('heading-level')).to.equal('3');
      expect(customElements.get('ipt-crisis-help')).to.exist;
    });

    it('warns once about an unknown region and passes no region on', async () => {
      const warnings = captureWarnings();
      let el: IptSelfcareChecklist;
      try {
        el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist region="mars"></ipt-selfcare-checklist>`);
      } finally {
        warnings.restore();
      }
      expect(root(el).querySelector('ipt-crisis-help')!.hasAttribute('region')).to.equal(false);
      expect(warnings.messages.filter((m) => m.includes('region="mars"'))).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<ipt-selfcare-checklist>');
    });

    it('passes axe in its first state', async function () {
      this.timeout(AXE_TIMEOUT);
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('ticking', () => {
    it('ticks a step with the keyboard: Tab to the checkbox, then Space', async function () {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button><ipt-selfcare-checklist></ipt-selfcare-checklist></div>`);
      const el = wrapper.querySelector('ipt-selfcare-checklist')!;
      wrapper.querySelector('button')!.focus();
      const target = checkbox(el, first.label);
      for (let i = 0; i < 6 && root(el).activeElement !== target; i++) await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(describeNode(target));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(target.checked).to.equal(true);
      expect(progressText(el)).to.equal(`1 of ${TOTAL} done`);
      expect(root(el).querySelector('progress')!.value).to.equal(1);
    });

    it('fires ipt-checklist-change with the ticked ids and the total', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const heard = oneEvent(el, 'ipt-checklist-change');
      checkbox(el, first.label).click();
      const event = (await heard) as CustomEvent<ChecklistChangeDetail>;
      expect(event.detail).to.deep.equal({ done: [first.id], total: TOTAL });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('does not fire ipt-checklist-change when it only loads', async () => {
      localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { [first.id]: true }, own: [] }));
      let fired = 0;
      const listener = () => fired++;
      document.addEventListener('ipt-checklist-change', listener);
      try {
        await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      } finally {
        document.removeEventListener('ipt-checklist-change', listener);
      }
      expect(fired).to.equal(0);
    });

    it('unticks a step and saves that', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      checkbox(el, first.label).click();
      checkbox(el, first.label).click();
      await el.updateComplete;
      expect(progressText(el)).to.equal(`0 of ${TOTAL} done`);
      expect(stored()!.ticks).to.deep.equal({});
    });
  });

  describe('own steps', () => {
    it('adds a step as a new checkbox, saves it and announces it', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await addStep(el, '  Call my sister  ');
      expect(checkbox(el, 'Call my sister').checked).to.equal(false);
      expect(progressText(el)).to.equal(`0 of ${TOTAL + 1} done`);
      expect((stored()!.own as { text: string }[]).map((step) => step.text)).to.deep.equal(['Call my sister']);
      expect(statusText(el)).to.equal(ui.added('Call my sister'));
      expect(root(el).querySelector<HTMLInputElement>('#new-step')!.value).to.equal('');
    });

    it('adds a step by pressing Enter in the input', async function () {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const input = root(el).querySelector<HTMLInputElement>('#new-step')!;
      input.focus();
      input.value = 'Water the plants';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(checkbox(el, 'Water the plants')).to.exist;
      expect(focused(el)).to.equal(describeNode(input));
    });

    it('announces the error in the status region when Enter is pressed in an empty input, each time', async function () {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const input = root(el).querySelector<HTMLInputElement>('#new-step')!;
      input.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(statusText(el)).to.equal(`${ui.errorPrefix} ${ui.errorEmpty}`);
      expect(focused(el)).to.equal(describeNode(input));
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('new-step-error');
      // A second Enter must change the live region's text again, or screen readers stay silent.
      const before = root(el).querySelector('[role="status"]')!.textContent;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(root(el).querySelector('[role="status"]')!.textContent).to.not.equal(before);
      expect(statusText(el)).to.equal(`${ui.errorPrefix} ${ui.errorEmpty}`);
    });

    it('takes the error out of the status region once the person fixes the input', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const input = root(el).querySelector<HTMLInputElement>('#new-step')!;
      input.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(statusText(el)).to.equal(`${ui.errorPrefix} ${ui.errorEmpty}`);
      await sendKeys({ type: 'Call a friend' });
      await el.updateComplete;
      expect(statusText(el)).to.equal('');
      expect(input.hasAttribute('aria-invalid') && input.getAttribute('aria-invalid') === 'true').to.equal(false);
    });

    it('announces a too-long step in the status region when Enter is pressed', async function () {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const input = root(el).querySelector<HTMLInputElement>('#new-step')!;
      input.focus();
      input.value = 'a'.repeat(121);
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(statusText(el)).to.equal(`${ui.errorPrefix} ${ui.errorTooLong(120)}`);
    });

    it('labels the input and shows a character counter tied to it', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const input = root(el).querySelector<HTMLInputElement>('#new-step')!;
      expect(text(root(el).querySelector('label[for="new-step"]'))).to.equal(ui.addLabel);
      input.value = 'Walk';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const counter = root(el).querySelector('[part="counter"]')!;
      expect(text(counter)).to.equal(ui.counter(4, 120));
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(counter.id);
    });

    it('refuses an empty step with an error tied to the input', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await addStep(el, '   ');
      const input = root(el).querySelector<HTMLInputElement>('#new-step')!;
      const error = root(el).querySelector('[part="error"]')!;
      expect(text(error)).to.contain(ui.errorEmpty);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
      expect(focused(el)).to.equal(describeNode(input));
      expect(checkboxes(el)).to.have.length(TOTAL);
      expect(stored()).to.equal(null);
    });

    it('refuses a step over 120 characters and shows how many are too many', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await addStep(el, 'a'.repeat(123));
      expect(text(root(el).querySelector('[part="error"]'))).to.contain(ui.errorTooLong(120));
      expect(text(root(el).querySelector('[part="counter"]'))).to.equal(ui.counterOver(3));
      expect(checkboxes(el)).to.have.length(TOTAL);
    });

    it('clears the error once the text is fixed', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await addStep(el, '');
      const input = root(el).querySelector<HTMLInputElement>('#new-step')!;
      input.value = 'Rest';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(has(el, '[part="error"]')).to.equal(false);
      expect(input.getAttribute('aria-invalid')).to.equal('false');
    });

    it('shows a step as plain text, never as markup', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await addStep(el, '<img src=x onerror=alert(1)>');
      expect(checkbox(el, '<img src=x onerror=alert(1)>')).to.exist;
      expect(has(el, 'img')).to.equal(false);
    });

    it('removes a step with a button named after it, and moves focus to the input', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await addStep(el, 'Call my sister');
      button(el, 'Remove Call my sister').click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('.own-item')).to.have.length(0);
      expect(stored()!.own).to.deep.equal([]);
      expect(statusText(el)).to.equal(ui.removed('Call my sister'));
      expect(focused(el)).to.equal(describeNode(root(el).querySelector('#new-step')));
    });

    it('moves focus to the next own step after a removal', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await addStep(el, 'One');
      await addStep(el, 'Two');
      button(el, 'Remove One').click();
      await el.updateComplete;
      expect(focused(el)).to.equal(describeNode(checkbox(el, 'Two')));
    });

    it('keeps own steps and their ticks in a new element', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await addStep(el, 'Call my sister');
      checkbox(el, 'Call my sister').click();
      el.remove();
      const again = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(checkbox(again, 'Call my sister').checked).to.equal(true);
      expect(progressText(again)).to.equal(`1 of ${TOTAL + 1} done`);
    });

    it('passes axe with own steps and an error showing', async function () {
      this.timeout(AXE_TIMEOUT);
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await addStep(el, 'Call my sister');
      checkbox(el, 'Call my sister').click();
      await addStep(el, '');
      await expect(el).to.be.accessible();
    });
  });

  describe('clearing', () => {
    async function ticked(): Promise<IptSelfcareChecklist> {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await addStep(el, 'Mine');
      checkbox(el, first.label).click();
      checkbox(el, 'Mine').click();
      await el.updateComplete;
      return el;
    }

    it('asks for confirmation in a dialog with focus on Cancel', async () => {
      const el = await ticked();
      button(el, ui.clear).click();
      await el.updateComplete;
      const dialog = root(el).querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(text(root(el).getElementById(dialog.getAttribute('aria-labelledby')!))).to.equal(ui.clearTitle);
      expect(focused(el)).to.equal(describeNode(button(el, ui.cancel)));
    });

    it('passes axe with the dialog open', async function () {
      this.timeout(AXE_TIMEOUT);
      const el = await ticked();
      button(el, ui.clear).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('clears every tick on confirm, keeps own steps, saves, announces and returns focus', async () => {
      const el = await ticked();
      const heard = oneEvent(el, 'ipt-checklist-change');
      button(el, ui.clear).click();
      button(el, ui.clearConfirm).click();
      const event = (await heard) as CustomEvent<ChecklistChangeDetail>;
      await el.updateComplete;
      expect(event.detail).to.deep.equal({ done: [], total: TOTAL + 1 });
      expect(checkboxes(el).some((box) => box.checked)).to.equal(false);
      expect(checkbox(el, 'Mine')).to.exist;
      expect(stored()!.ticks).to.deep.equal({});
      expect(root(el).querySelector('dialog')!.open).to.equal(false);
      expect(statusText(el)).to.equal(ui.cleared);
      expect(focused(el)).to.equal(describeNode(button(el, ui.clear)));
    });

    it('keeps the ticks on Cancel and returns focus to the Clear button', async () => {
      const el = await ticked();
      button(el, ui.clear).click();
      button(el, ui.cancel).click();
      await el.updateComplete;
      expect(root(el).querySelector('dialog')!.open).to.equal(false);
      expect(checkbox(el, first.label).checked).to.equal(true);
      expect(progressText(el)).to.equal(`2 of ${TOTAL + 1} done`);
      expect(focused(el)).to.equal(describeNode(button(el, ui.clear)));
    });

    it('keeps the ticks when Escape closes the dialog', async function () {
      const el = await ticked();
      button(el, ui.clear).click();
      await el.updateComplete;
      const dialog = root(el).querySelector('dialog')!;
      const closed = oneEvent(dialog, 'close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(dialog.open).to.equal(false);
      expect(checkbox(el, first.label).checked).to.equal(true);
      expect(focused(el)).to.equal(describeNode(button(el, ui.clear)));
    });
  });

  describe('print and copy', () => {
    it('opens the print dialog', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const original = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        button(el, ui.print).click();
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
    });

    it('prints every step, own steps too, with a tick mark or an empty box and without buttons or the form', async function () {
      // emulateMedia works only through the Chrome DevTools Protocol; the other engines skip this.
      if (!/Chrome\//.test(navigator.userAgent)) this.skip();
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await addStep(el, 'Mine');
      await addStep(el, 'Also mine');
      checkbox(el, first.label).click();
      checkbox(el, 'Mine').click();
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      try {
        const display = (node: Element) => getComputedStyle(node).display;
        const boxes = [...root(el).querySelectorAll('.paper-box')];
        expect(boxes).to.have.length(TOTAL + 2);
        expect(boxes.every((box) => display(box) !== 'none')).to.equal(true);
        // The mark is text (kept by forced colours), printed in a visible colour with a visible border.
        const boxOf = (label: string) => checkbox(el, label).closest('li')!.querySelector('.paper-box')!;
        for (const label of [first.label, 'Mine']) {
          const box = boxOf(label);
          expect(text(box), label).to.equal(ui.printDone);
          expect(getComputedStyle(box).color).to.not.match(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
          expect(box.getBoundingClientRect().width).to.be.greaterThan(0);
        }
        for (const label of [second.label, 'Also mine']) expect(text(boxOf(label)), label).to.equal('');
        expect(boxes.filter((box) => text(box) === ui.printDone)).to.have.length(2);
        expect(boxes.every((box) => parseFloat(getComputedStyle(box).borderTopWidth) > 0)).to.equal(true);
        expect(checkboxes(el).every((box) => display(box) === 'none')).to.equal(true);
        expect([...root(el).querySelectorAll('button')].every((node) => display(node) === 'none')).to.equal(true);
        expect(display(root(el).querySelector('[part="add-form"]')!)).to.equal('none');
        expect(display(root(el).querySelector('[part="progress"]')!)).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('copies the list as plain text with [x] and [ ] and announces it', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await addStep(el, 'Mine');
      checkbox(el, first.label).click();
      let copied = '';
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (value: string) => void (copied = value) },
      });
      try {
        button(el, ui.copy).click();
        await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
        await el.updateComplete;
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
      const lines = copied.split('\n');
      expect(lines[0]).to.equal(en.sectionTitles.selfCare);
      expect(lines[1]).to.equal(en.selfCare.note);
      expect(lines).to.include(`[x] ${first.label}`);
      expect(lines).to.include(`[ ] ${en.selfCare.items[1].label}`);
      expect(lines).to.include(ui.ownHeading);
      expect(lines).to.include('[ ] Mine');
      expect(lines).to.include(`1 of ${TOTAL + 1} done`);
      expect(statusText(el)).to.equal(ui.copied);
    });

    it('says so when copying fails', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      try {
        button(el, ui.copy).click();
        await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
        await el.updateComplete;
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
      expect(statusText(el)).to.equal(ui.copyFailed);
    });
  });

  describe('narrow screens', () => {
    /** setViewport is not available through WebKit's WebDriver; there the box (at most 320px wide) gives the same layout width. */
    async function viewport(width: number, height: number): Promise<void> {
      try {
        await setViewport({ width, height });
      } catch {
        // WebKit: rely on the 320px box.
      }
    }

    afterEach(() => viewport(800, 600));

    it('does not scroll sideways at 320px, even with a long unbroken own step and an error', async () => {
      await viewport(320, 640);
      const box = await fixture<HTMLDivElement>(html`<div style="max-width: 320px"><ipt-selfcare-checklist></ipt-selfcare-checklist></div>`);
      const el = box.querySelector('ipt-selfcare-checklist')!;
      await addStep(el, 'x'.repeat(120));
      await addStep(el, '');
      const base = root(el).querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      for (const group of root(el).querySelectorAll('fieldset')) expect(group.scrollWidth).to.be.at.most(group.clientWidth);
    });
  });
});

const storageNote = (el: IptSelfcareChecklist) => text(root(el).querySelector('[part="storage-note"]'));

describe('<ipt-selfcare-checklist> storage', () => {
  beforeEach(cleanStorage);
  afterEach(cleanStorage);

  describe('saving on this device', () => {
    it('keeps ticks for a new element on the same page (a reload)', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      checkbox(el, first.label).click();
      el.remove();
      const again = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(checkbox(again, first.label).checked).to.equal(true);
      expect(progressText(again)).to.equal(`1 of ${TOTAL} done`);
    });

    it('saves a versioned document under ipt-selfcare:default', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      checkbox(el, first.label).click();
      expect(storedKeys()).to.deep.equal(['ipt-selfcare:default']);
      expect(stored()).to.deep.equal({ v: 2, ticks: { [first.id]: true }, own: [] });
    });

    it('keeps two checklists with different storage keys apart', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <ipt-selfcare-checklist storage-key="clinic-a"></ipt-selfcare-checklist>
        <ipt-selfcare-checklist storage-key="clinic-b"></ipt-selfcare-checklist>
      </div>`);
      const [a, b] = wrapper.querySelectorAll('ipt-selfcare-checklist');
      checkbox(a, first.label).click();
      checkbox(b, second.label).click();
      expect(stored('clinic-a')!.ticks).to.deep.equal({ [first.id]: true });
      expect(stored('clinic-b')!.ticks).to.deep.equal({ [second.id]: true });
      const again = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist storage-key="clinic-b"></ipt-selfcare-checklist>`);
      expect(checkbox(again, first.label).checked).to.equal(false);
      expect(checkbox(again, second.label).checked).to.equal(true);
    });

    it('warns once about an invalid storage-key and uses the default key', async () => {
      const warnings = captureWarnings();
      let el: IptSelfcareChecklist;
      try {
        el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist storage-key="my list:1"></ipt-selfcare-checklist>`);
        checkbox(el, first.label).click();
        await el.updateComplete;
      } finally {
        warnings.restore();
      }
      expect(storedKeys()).to.deep.equal(['ipt-selfcare:default']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<ipt-selfcare-checklist>').and.contain('storage-key="my list:1"');
    });

    it('says where the ticks live and how to delete them', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(storageNote(el)).to.equal(ui.storedNote);
    });

    it('loads the other document when storage-key changes', async () => {
      localStorage.setItem('ipt-selfcare:other', JSON.stringify({ v: 2, ticks: { [second.id]: true }, own: [] }));
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      el.storageKey = 'other';
      await el.updateComplete;
      expect(checkbox(el, second.label).checked).to.equal(true);
    });
  });

  describe('persist="none"', () => {
    it('keeps ticks in memory only and writes nothing', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>`);
      checkbox(el, first.label).click();
      await addStep(el, 'Mine');
      await el.updateComplete;
      expect(progressText(el)).to.equal(`1 of ${TOTAL + 1} done`);
      expect(storedKeys()).to.deep.equal([]);
    });

    it('says the ticks are not saved', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>`);
      expect(storageNote(el)).to.equal(ui.memoryNote);
      expect(has(el, '[part="notice"]')).to.equal(false);
    });

    it('ignores what is saved under its key', async () => {
      localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { [first.id]: true }, own: [] }));
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>`);
      expect(checkbox(el, first.label).checked).to.equal(false);
    });

    for (const value of ['cloud', 'false', 'off', 'session']) {
      it(`warns once about persist="${value}" and keeps ticks in memory only`, async () => {
        const warnings = captureWarnings();
        let el: IptSelfcareChecklist;
        try {
          el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist persist=${value}></ipt-selfcare-checklist>`);
          checkbox(el, first.label).click();
          await el.updateComplete;
        } finally {
          warnings.restore();
        }
        expect(checkbox(el, first.label).checked).to.equal(true);
        expect(storedKeys()).to.deep.equal([]);
        expect(storageNote(el)).to.equal(ui.memoryNote);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0])
          .to.contain('<ipt-selfcare-checklist>')
          .and.contain(`persist="${value}"`)
          .and.contain('memory only');
      });
    }

    it('leaves saved data untouched with an unknown persist value', async () => {
      const saved = JSON.stringify({ v: 2, ticks: { [second.id]: true }, own: [] });
      localStorage.setItem('ipt-selfcare:default', saved);
      const warnings = captureWarnings();
      try {
        const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist persist="off"></ipt-selfcare-checklist>`);
        checkbox(el, first.label).click();
      } finally {
        warnings.restore();
      }
      expect(localStorage.getItem('ipt-selfcare:default')).to.equal(saved);
    });

    it('saves locally, without a warning, when persist is missing or empty', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist persist=""></ipt-selfcare-checklist>`);
        checkbox(el, first.label).click();
      } finally {
        warnings.restore();
      }
      expect(stored()!.ticks).to.deep.equal({ [first.id]: true });
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('persist changed while the page is open', () => {
    it('carries the list on screen into storage when persist changes from none to local, keeping what was saved', async () => {
      localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { [second.id]: true }, own: [{ id: 'own-saved', text: 'Saved' }] }));
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>`);
      checkbox(el, first.label).click();
      await addStep(el, 'Mine');
      checkbox(el, 'Mine').click();
      el.persist = 'local';
      await el.updateComplete;
      expect(checkbox(el, first.label).checked).to.equal(true);
      expect(checkbox(el, second.label).checked).to.equal(true);
      expect(checkbox(el, 'Mine').checked).to.equal(true);
      expect(checkbox(el, 'Saved').checked).to.equal(false);
      expect(progressText(el)).to.equal(`3 of ${TOTAL + 2} done`);
      expect(storageNote(el)).to.equal(ui.storedNote);
      const doc = stored()!;
      expect(Object.keys(doc.ticks as object).length).to.equal(3);
      expect((doc.own as { text: string }[]).map((step) => step.text)).to.deep.equal(['Saved', 'Mine']);
    });

    it('keeps the list on screen when persist changes from local to none, and stops saving', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      checkbox(el, first.label).click();
      await addStep(el, 'Mine');
      el.persist = 'none';
      await el.updateComplete;
      expect(checkbox(el, first.label).checked).to.equal(true);
      expect(checkbox(el, 'Mine')).to.exist;
      expect(storageNote(el)).to.equal(ui.memoryNote);
      const saved = localStorage.getItem('ipt-selfcare:default');
      checkbox(el, second.label).click();
      await el.updateComplete;
      expect(localStorage.getItem('ipt-selfcare:default')).to.equal(saved);
      expect(progressText(el)).to.equal(`2 of ${TOTAL + 1} done`);
    });

    it('keeps the list on screen when storage-key changes with persist="none"', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>`);
      checkbox(el, first.label).click();
      el.storageKey = 'other';
      await el.updateComplete;
      expect(checkbox(el, first.label).checked).to.equal(true);
    });
  });

  describe('storage faults', () => {
    async function stillWorks(el: IptSelfcareChecklist): Promise<void> {
      checkbox(el, first.label).click();
      await addStep(el, 'Mine');
      expect(checkbox(el, first.label).checked).to.equal(true);
      expect(progressText(el)).to.equal(`1 of ${TOTAL + 1} done`);
    }

    it('works in memory and says ticks cannot be saved when there is no storage', async () => {
      checklistStorage.get = () => null;
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(noticeText(el)).to.equal(ui.cannotSave);
      await stillWorks(el);
      expect(storedKeys()).to.deep.equal([]);
    });

    it('works in memory when reaching localStorage throws SecurityError (sandboxed frame)', async () => {
      checklistStorage.get = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(noticeText(el)).to.equal(ui.cannotSave);
      await stillWorks(el);
    });

    it('works in memory when reading throws', async () => {
      const storage = new FakeStorage();
      storage.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      checklistStorage.get = () => storage;
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(noticeText(el)).to.equal(ui.cannotSave);
      await stillWorks(el);
    });

    it('shows the notice before the first tick when every write fails (full storage)', async () => {
      const storage = new FakeStorage();
      storage.failWrites = true;
      checklistStorage.get = () => storage;
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(noticeText(el)).to.equal(ui.cannotSave);
      await stillWorks(el);
      expect(storage.data.size).to.equal(0);
    });

    it('announces that ticks cannot be saved when storage fills up during use', async () => {
      const storage = new FakeStorage();
      checklistStorage.get = () => storage;
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(has(el, '[part="notice"]')).to.equal(false);
      storage.failWrites = true;
      checkbox(el, first.label).click();
      await el.updateComplete;
      expect(checkbox(el, first.label).checked).to.equal(true);
      expect(noticeText(el)).to.equal(ui.cannotSave);
      expect(statusText(el)).to.equal(ui.cannotSave);
    });

    it('saves again once storage has room', async () => {
      const storage = new FakeStorage();
      storage.failWrites = true;
      checklistStorage.get = () => storage;
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      checkbox(el, first.label).click();
      storage.failWrites = false;
      checkbox(el, second.label).click();
      await el.updateComplete;
      expect(JSON.parse(storage.getItem('ipt-selfcare:default')!).ticks).to.deep.equal({ [first.id]: true, [second.id]: true });
      expect(has(el, '[part="notice"]')).to.equal(false);
    });

    it('sets corrupt data aside under a backup key, starts fresh and says so', async () => {
      localStorage.setItem('ipt-selfcare:default', '{"v":2,"ticks":');
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const backupKey = 'ipt-selfcare:default:corrupt';
      expect(localStorage.getItem(backupKey)).to.equal('{"v":2,"ticks":');
      expect(noticeText(el)).to.equal(ui.corrupt);
      expect(checkboxes(el).some((box) => box.checked)).to.equal(false);
      checkbox(el, first.label).click();
      expect(stored()!.ticks).to.deep.equal({ [first.id]: true });
      expect(localStorage.getItem(backupKey)).to.equal('{"v":2,"ticks":');
    });

    it('sets corrupt data aside and saves even when the clock throws', async () => {
      localStorage.setItem('ipt-selfcare:default', 'not json');
      const broken = () => {
        throw new Error('no clock');
      };
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist .now=${broken}></ipt-selfcare-checklist>`);
      expect(noticeText(el)).to.equal(ui.corrupt);
      checkbox(el, first.label).click();
      expect(stored()!.ticks).to.deep.equal({ [first.id]: true });
      expect(storedKeys()).to.deep.equal(['ipt-selfcare:default', 'ipt-selfcare:default:corrupt']);
    });

    it('keeps one backup: a new one replaces the time-stamped backups of earlier versions', async () => {
      localStorage.setItem('ipt-selfcare:default:corrupt-1700000000000', 'older bad data');
      localStorage.setItem('ipt-selfcare:default', 'newer bad data');
      await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(storedKeys()).to.deep.equal(['ipt-selfcare:default', 'ipt-selfcare:default:corrupt']);
      expect(localStorage.getItem('ipt-selfcare:default:corrupt')).to.equal('newer bad data');
    });

    it('deletes the backup when the person clears the ticks, and says so in the dialog', async () => {
      localStorage.setItem('ipt-selfcare:default', '{"v":2,"own":[{"id":"own-a","text":"private"');
      localStorage.setItem('ipt-selfcare:other:corrupt', 'another list');
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(storedKeys()).to.deep.equal(['ipt-selfcare:default', 'ipt-selfcare:default:corrupt', 'ipt-selfcare:other:corrupt']);
      button(el, ui.clear).click();
      await el.updateComplete;
      expect(text(root(el).querySelector('#clear-body'))).to.equal(`${ui.clearBody} ${ui.clearBodyBackup}`);
      button(el, ui.clearConfirm).click();
      await el.updateComplete;
      expect(storedKeys()).to.deep.equal(['ipt-selfcare:default', 'ipt-selfcare:other:corrupt']);
      expect(has(el, '[part="notice"]')).to.equal(false);
    });

    it('deletes time-stamped backups of earlier versions when the person clears the ticks', async () => {
      localStorage.setItem('ipt-selfcare:default:corrupt-1700000000000', '{"own":[{"text":"private"}]');
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      checkbox(el, first.label).click();
      button(el, ui.clear).click();
      await el.updateComplete;
      expect(text(root(el).querySelector('#clear-body'))).to.equal(`${ui.clearBody} ${ui.clearBodyBackup}`);
      button(el, ui.clearConfirm).click();
      expect(storedKeys()).to.deep.equal(['ipt-selfcare:default']);
    });

    it('does not mention or delete a backup when there is none', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      checkbox(el, first.label).click();
      localStorage.setItem('ipt-selfcare:other:corrupt', 'another list');
      button(el, ui.clear).click();
      await el.updateComplete;
      expect(text(root(el).querySelector('#clear-body'))).to.equal(ui.clearBody);
      button(el, ui.clearConfirm).click();
      expect(storedKeys()).to.deep.equal(['ipt-selfcare:default', 'ipt-selfcare:other:corrupt']);
    });

    it('keeps corrupt data untouched and works in memory when it cannot be set aside', async () => {
      const storage = new FakeStorage();
      storage.data.set('ipt-selfcare:default', 'not json');
      storage.failWrites = true;
      checklistStorage.get = () => storage;
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(noticeText(el)).to.equal(ui.cannotSave);
      storage.failWrites = false;
      await stillWorks(el);
      expect(storage.data.get('ipt-selfcare:default')).to.equal('not json');
    });

    it('never overwrites data saved by a newer version', async () => {
      const newer = JSON.stringify({ v: 3, items: { a: 1 } });
      localStorage.setItem('ipt-selfcare:default', newer);
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(noticeText(el)).to.equal(ui.cannotSave);
      await stillWorks(el);
      expect(localStorage.getItem('ipt-selfcare:default')).to.equal(newer);
    });

    it('never overwrites data a newer version saved in another tab after this one loaded', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const newer = JSON.stringify({ v: 3, items: { a: 1 } });
      localStorage.setItem('ipt-selfcare:default', newer); // no storage event yet
      checkboxes(el)[0]!.click();
      await el.updateComplete;
      expect(localStorage.getItem('ipt-selfcare:default')).to.equal(newer);
      expect(checkboxes(el)[0]!.checked).to.be.true;
      expect(noticeText(el)).to.equal(ui.cannotSave);
    });

    it('passes axe with the storage notice showing', async function () {
      this.timeout(60000); // axe on this long list can take over 10 s on a busy machine
      checklistStorage.get = () => null;
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('schema versions', () => {
    it('migrates a first-version document, counting only the steps this page shows', async () => {
      localStorage.setItem('ipt-selfcare:default', JSON.stringify({ version: 1, done: [first.id, 'an-old-removed-item'] }));
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(checkbox(el, first.label).checked).to.equal(true);
      expect(progressText(el)).to.equal(`1 of ${TOTAL} done`);
      expect(has(el, '[part="notice"]')).to.equal(false);
      const doc = stored()!;
      expect(doc.v).to.equal(2);
      expect(doc.ticks).to.deep.equal({ [first.id]: true, 'an-old-removed-item': true });
      expect(doc.own).to.deep.equal([]);
    });

    it('shows items added to the content since the save as unticked', async () => {
      localStorage.setItem('ipt-selfcare:default', JSON.stringify({ version: 1, done: [first.id] }));
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(checkboxes(el).filter((box) => box.checked)).to.have.length(1);
      expect(checkboxes(el)).to.have.length(TOTAL);
    });

    it('keeps saved ticks for steps this page does not show on the next save, without showing or counting them', async () => {
      localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { 'an-old-removed-item': true }, own: [] }));
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(progressText(el)).to.equal(`0 of ${TOTAL} done`);
      expect(checkboxes(el)).to.have.length(TOTAL);
      const heard = oneEvent(el, 'ipt-checklist-change');
      checkbox(el, first.label).click();
      expect(((await heard) as CustomEvent<ChecklistChangeDetail>).detail).to.deep.equal({ done: [first.id], total: TOTAL });
      expect(progressText(el)).to.equal(`1 of ${TOTAL} done`);
      expect(stored()!.ticks).to.deep.equal({ 'an-old-removed-item': true, [first.id]: true });
    });
  });

  describe('steps a site adds on some pages only', () => {
    it('keeps a tick made on a page with a site step when another page without it saves', async () => {
      const pageA = await withSiteSteps([SITE_STEP]);
      checkbox(pageA.el, SITE_STEP.label).click();
      await pageA.el.updateComplete;
      expect(progressText(pageA.el)).to.equal(`1 of ${TOTAL + 1} done`);
      pageA.provider.remove();

      const pageB = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(progressText(pageB)).to.equal(`0 of ${TOTAL} done`);
      expect(root(pageB).querySelector(`#item-${SITE_STEP.id}`)).to.equal(null);
      const heard = oneEvent(pageB, 'ipt-checklist-change');
      checkbox(pageB, first.label).click();
      expect(((await heard) as CustomEvent<ChecklistChangeDetail>).detail).to.deep.equal({ done: [first.id], total: TOTAL });
      pageB.remove();

      const backOnA = await withSiteSteps([SITE_STEP]);
      expect(checkbox(backOnA.el, SITE_STEP.label).checked).to.equal(true);
      expect(progressText(backOnA.el)).to.equal(`2 of ${TOTAL + 1} done`);
    });

    it('keeps that tick when the weekly routine on the other page records the week', async () => {
      localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { [SITE_STEP.id]: true }, own: [] }));
      const clock = manualClock(new Date(2024, 2, 6, 12));
      await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist reset="weekly" .now=${clock.now}></ipt-selfcare-checklist>`);
      expect(stored()).to.deep.equal({ v: 2, ticks: { [SITE_STEP.id]: true }, own: [], week: '2024-03-04' });
    });

    it('clears only the ticks of steps this page shows', async () => {
      localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { [SITE_STEP.id]: true, [first.id]: true }, own: [] }));
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      button(el, ui.clear).click();
      button(el, ui.clearConfirm).click();
      await el.updateComplete;
      expect(checkbox(el, first.label).checked).to.equal(false);
      expect(stored()!.ticks).to.deep.equal({ [SITE_STEP.id]: true });
    });

    it('keeps ticks and own steps on screen when the site steps change with persist="none"', async () => {
      const { provider, el } = await withSiteSteps([SITE_STEP], 'none');
      checkbox(el, first.label).click();
      checkbox(el, SITE_STEP.label).click();
      await addStep(el, 'Mine');
      checkbox(el, 'Mine').click();
      await el.updateComplete;
      provider.querySelector('script')!.textContent = JSON.stringify({ selfCare: { extraItems: [SITE_STEP, OTHER_SITE_STEP] } });
      await settle(el);
      expect(checkbox(el, OTHER_SITE_STEP.label).checked).to.equal(false);
      expect(checkbox(el, first.label).checked).to.equal(true);
      expect(checkbox(el, SITE_STEP.label).checked).to.equal(true);
      expect(checkbox(el, 'Mine').checked).to.equal(true);
      expect(progressText(el)).to.equal(`3 of ${TOTAL + 3} done`);
      expect(storedKeys()).to.deep.equal([]);
    });

    it('shows a saved tick once the site step arrives after the first render, and counts it only then', async () => {
      localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { [SITE_STEP.id]: true }, own: [] }));
      const { provider, el } = await withSiteSteps([]);
      expect(progressText(el)).to.equal(`0 of ${TOTAL} done`);
      provider.querySelector('script')!.textContent = JSON.stringify({ selfCare: { extraItems: [SITE_STEP] } });
      await settle(el);
      expect(checkbox(el, SITE_STEP.label).checked).to.equal(true);
      expect(progressText(el)).to.equal(`1 of ${TOTAL + 1} done`);
    });
  });

  describe('other tabs', () => {
    function otherTabWrites(key: string, value: string | null): void {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }));
    }

    it('shows ticks made in another tab', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      otherTabWrites('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { [second.id]: true }, own: [{ id: 'own-x', text: 'From the other tab' }] }));
      await el.updateComplete;
      expect(checkbox(el, second.label).checked).to.equal(true);
      expect(checkbox(el, 'From the other tab')).to.exist;
      expect(progressText(el)).to.equal(`1 of ${TOTAL + 1} done`);
    });

    it('ignores changes to another checklist key', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist storage-key="mine"></ipt-selfcare-checklist>`);
      otherTabWrites('ipt-selfcare:theirs', JSON.stringify({ v: 2, ticks: { [second.id]: true }, own: [] }));
      await el.updateComplete;
      expect(checkbox(el, second.label).checked).to.equal(false);
    });

    it('stops listening once removed from the page', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const parent = el.parentNode!;
      el.remove();
      otherTabWrites('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { [second.id]: true }, own: [] }));
      await el.updateComplete;
      expect(checkbox(el, second.label).checked).to.equal(false);
      parent.appendChild(el);
    });

    it('catches up with other tabs when put back on the page', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const parent = el.parentNode!;
      el.remove();
      localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { [second.id]: true }, own: [] }));
      parent.appendChild(el);
      await el.updateComplete;
      expect(checkbox(el, second.label).checked).to.equal(true);
    });

    it('empties the list when another tab deletes the data', async () => {
      localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { [first.id]: true }, own: [] }));
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      otherTabWrites('ipt-selfcare:default', null);
      await el.updateComplete;
      expect(checkbox(el, first.label).checked).to.equal(false);
    });

    it('keeps the list on screen and saves it when another tab leaves corrupt data', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      checkbox(el, first.label).click();
      await addStep(el, 'Mine');
      otherTabWrites('ipt-selfcare:default', '{"v":2,"ticks":');
      await el.updateComplete;
      expect(checkbox(el, first.label).checked).to.equal(true);
      expect(checkbox(el, 'Mine')).to.exist;
      expect(progressText(el)).to.equal(`1 of ${TOTAL + 1} done`);
      expect(stored()!.ticks).to.deep.equal({ [first.id]: true });
      expect((stored()!.own as { text: string }[]).map((step) => step.text)).to.deep.equal(['Mine']);
      expect(localStorage.getItem('ipt-selfcare:default:corrupt')).to.equal('{"v":2,"ticks":');
      expect(noticeText(el)).to.equal(ui.corruptKept);
    });

    it('keeps one backup per key: newer corrupt data replaces the older backup', async () => {
      localStorage.setItem('ipt-selfcare:default', 'first bad data');
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      otherTabWrites('ipt-selfcare:default', 'second bad data');
      await el.updateComplete;
      otherTabWrites('ipt-selfcare:default', 'third bad data');
      await el.updateComplete;
      expect(storedKeys()).to.deep.equal(['ipt-selfcare:default', 'ipt-selfcare:default:corrupt']);
      expect(localStorage.getItem('ipt-selfcare:default:corrupt')).to.equal('third bad data');
    });

    it('does not follow other tabs with persist="none"', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>`);
      checkbox(el, first.label).click();
      otherTabWrites('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { [second.id]: true }, own: [] }));
      await el.updateComplete;
      expect(checkbox(el, first.label).checked).to.equal(true);
      expect(checkbox(el, second.label).checked).to.equal(false);
    });
  });

  describe('reset="weekly"', () => {
    const lastWeek = { v: 2, ticks: { [first.id]: true, 'own-a': true }, own: [{ id: 'own-a', text: 'Mine' }], week: '2024-02-26' };

    it('clears ticks from an earlier week and keeps own steps', async () => {
      localStorage.setItem('ipt-selfcare:default', JSON.stringify(lastWeek));
      const clock = manualClock(new Date(2024, 2, 4, 0, 0, 1)); // Monday 00:00:01
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist reset="weekly" .now=${clock.now}></ipt-selfcare-checklist>`);
      expect(checkboxes(el).some((box) => box.checked)).to.equal(false);
      expect(checkbox(el, 'Mine')).to.exist;
      expect(stored()).to.deep.equal({ v: 2, ticks: {}, own: [{ id: 'own-a', text: 'Mine' }], week: '2024-03-04' });
      expect(statusText(el)).to.equal(ui.weekCleared);
    });

    it('keeps ticks until Monday 00:00', async () => {
      localStorage.setItem('ipt-selfcare:default', JSON.stringify(lastWeek));
      const clock = manualClock(new Date(2024, 2, 3, 23, 59, 59)); // Sunday night
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist reset="weekly" .now=${clock.now}></ipt-selfcare-checklist>`);
      expect(checkbox(el, first.label).checked).to.equal(true);
      expect(checkbox(el, 'Mine').checked).to.equal(true);
    });

    it('clears when a new week starts while the page is open', async () => {
      const clock = manualClock(new Date(2024, 2, 3, 22)); // Sunday
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist reset="weekly" .now=${clock.now}></ipt-selfcare-checklist>`);
      checkbox(el, first.label).click();
      clock.set(new Date(2024, 2, 4, 9)); // Monday
      checkbox(el, second.label).click();
      await el.updateComplete;
      expect(checkbox(el, first.label).checked).to.equal(false);
      expect(checkbox(el, second.label).checked).to.equal(true);
      expect(stored()).to.deep.equal({ v: 2, ticks: { [second.id]: true }, own: [], week: '2024-03-04' });
    });

    it('keeps ticks without reset="weekly"', async () => {
      localStorage.setItem('ipt-selfcare:default', JSON.stringify(lastWeek));
      const clock = manualClock(new Date(2024, 5, 4));
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist .now=${clock.now}></ipt-selfcare-checklist>`);
      expect(checkbox(el, first.label).checked).to.equal(true);
    });

    it('tells people the ticks clear every Monday', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist reset="weekly"></ipt-selfcare-checklist>`);
      expect(storageNote(el)).to.contain(ui.weeklyNote);
    });

    it('warns once about an unknown reset value and never resets', async () => {
      localStorage.setItem('ipt-selfcare:default', JSON.stringify(lastWeek));
      const warnings = captureWarnings();
      let el: IptSelfcareChecklist;
      try {
        el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist reset="daily"></ipt-selfcare-checklist>`);
      } finally {
        warnings.restore();
      }
      expect(checkbox(el, first.label).checked).to.equal(true);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<ipt-selfcare-checklist>').and.contain('reset="daily"');
    });
  });
});
