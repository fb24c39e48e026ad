import { say } from '../../src/shared/format.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/checklist/define.js';
import type { IptSelfcareChecklist } from '../../src/checklist/checklist.js';
import { checklistUi as ui } from '../../src/content/en/checklist-ui.js';
import {
  button,
  describeNode,
  focused,
  has,
  checkbox,
  checkboxes,
  cleanStorage,
  progressText,
  root,
  stored,
  statusText,
  text,
  TOTAL,
  AXE_TIMEOUT,
  addStep,
} from './helpers.js';

describe('<ipt-selfcare-checklist>', () => {
  beforeEach(cleanStorage);
  afterEach(cleanStorage);

  describe('own steps', () => {
    it('adds a step as a new checkbox, saves it and announces it', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await addStep(el, '  Call my sister  ');
      expect(checkbox(el, 'Call my sister').checked).to.equal(false);
      expect(progressText(el)).to.equal(`0 of ${TOTAL + 1} done`);
      expect((stored()!.own as { text: string }[]).map((step) => step.text)).to.deep.equal(['Call my sister']);
      expect(statusText(el)).to.equal(say(ui.added, { text: 'Call my sister' }));
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
      expect(statusText(el)).to.equal(`${ui.errorPrefix} ${say(ui.errorTooLong, { max: 120 })}`);
    });

    it('labels the input and shows a character counter tied to it', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const input = root(el).querySelector<HTMLInputElement>('#new-step')!;
      expect(text(root(el).querySelector('label[for="new-step"]'))).to.equal(ui.addLabel);
      input.value = 'Walk';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const counter = root(el).querySelector('[part="counter"]')!;
      expect(text(counter)).to.equal(say(ui.counter, { used: 4, max: 120 }));
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
      expect(text(root(el).querySelector('[part="error"]'))).to.contain(say(ui.errorTooLong, { max: 120 }));
      expect(text(root(el).querySelector('[part="counter"]'))).to.equal(say(ui.counterOver, { count: 3 }));
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
      expect(statusText(el)).to.equal(say(ui.removed, { text: 'Call my sister' }));
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
});
