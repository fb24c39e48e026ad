import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/checklist/define.js';
import type { IptSelfcareChecklist } from '../../src/checklist/checklist.js';
import { en } from '../../src/content/en/index.js';
import { checklistUi as ui } from '../../src/content/en/checklist-ui.js';
import {
  button,
  checkbox,
  checkboxes,
  cleanStorage,
  root,
  statusText,
  text,
  TOTAL,
  first,
  second,
  addStep,
} from './helpers.js';

describe('<ipt-selfcare-checklist>', () => {
  beforeEach(cleanStorage);
  afterEach(cleanStorage);

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
});
