import { expect, fixture, html } from '@open-wc/testing';
import '../../src/checklist/define.js';
import type { IptSelfcareChecklist } from '../../src/checklist/checklist.js';
import { checklistUi as ui } from '../../src/content/en/checklist-ui.js';
import {
  noticeText,
  storedKeys,
  has,
  captureWarnings,
  checkbox,
  cleanStorage,
  progressText,
  stored,
  TOTAL,
  first,
  second,
  addStep,
  storageNote,
} from './helpers.js';
import { spyListeners } from '../helpers/listeners.js';

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
      expect(stored()).to.deep.equal({ v: 3, plan: [], ticks: { [first.id]: true }, own: [] });
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

    it('hears other tabs once persist changes from "none" to saving on this device', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>`);
      otherTabWrites('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { [first.id]: true }, own: [] }));
      await el.updateComplete;
      // A list kept in memory is this page's alone.
      expect(checkbox(el, first.label).checked).to.equal(false);
      el.persist = 'local';
      await el.updateComplete;
      otherTabWrites('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { [second.id]: true }, own: [] }));
      await el.updateComplete;
      expect(checkbox(el, second.label).checked).to.equal(true);
    });

    it('listens for other tabs only while it saves and is on the page, so a list kept in memory starts no storage', async () => {
      const listeners = spyListeners();
      try {
        const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>`);
        expect(listeners.count('window:storage')).to.equal(0);
        el.persist = 'local';
        await el.updateComplete;
        expect(listeners.count('window:storage')).to.equal(1);
        el.persist = 'none';
        await el.updateComplete;
        expect(listeners.count('window:storage')).to.equal(0);
        el.persist = 'local';
        await el.updateComplete;
        el.remove();
        expect(listeners.count('window:storage')).to.equal(0);
      } finally {
        listeners.restore();
      }
    });

    it('hears other tabs again once put back on the page', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const parent = el.parentNode!;
      el.remove();
      parent.appendChild(el);
      await el.updateComplete;
      otherTabWrites('ipt-selfcare:default', JSON.stringify({ v: 2, ticks: { [second.id]: true }, own: [] }));
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
});
