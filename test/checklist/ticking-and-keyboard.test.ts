import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/checklist/define.js';
import type { IptSelfcareChecklist, ChecklistChangeDetail } from '../../src/checklist/checklist.js';
import {
  describeNode,
  focused,
  checkbox,
  cleanStorage,
  progressText,
  root,
  stored,
  TOTAL,
  first,
} from './helpers.js';

describe('<ipt-selfcare-checklist>', () => {
  beforeEach(cleanStorage);
  afterEach(cleanStorage);

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
});
