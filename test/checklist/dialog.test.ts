import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/checklist/define.js';
import type { IptSelfcareChecklist, ChecklistChangeDetail } from '../../src/checklist/checklist.js';
import { checklistUi as ui } from '../../src/content/en/checklist-ui.js';
import {
  button,
  describeNode,
  focused,
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
  first,
  addStep,
} from './helpers.js';

describe('<ipt-selfcare-checklist>', () => {
  beforeEach(cleanStorage);
  afterEach(cleanStorage);

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
});
