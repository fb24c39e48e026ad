import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/checklist/define.js';
import '../../src/provider/define.js';
import { webStorage } from '../../src/controllers/storage.js';
import type { IptSelfcareChecklist, ChecklistChangeDetail } from '../../src/checklist/checklist.js';
import { checklistUi as ui } from '../../src/content/en/checklist-ui.js';
import {
  FakeStorage,
  manualClock,
  noticeText,
  storedKeys,
  button,
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
  TOTAL,
  first,
  second,
  addStep,
  storageNote,
} from './helpers.js';

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

describe('<ipt-selfcare-checklist> storage', () => {
  beforeEach(cleanStorage);
  afterEach(cleanStorage);

  describe('storage faults', () => {
    async function stillWorks(el: IptSelfcareChecklist): Promise<void> {
      checkbox(el, first.label).click();
      await addStep(el, 'Mine');
      expect(checkbox(el, first.label).checked).to.equal(true);
      expect(progressText(el)).to.equal(`1 of ${TOTAL + 1} done`);
    }

    it('works in memory and says ticks cannot be saved when there is no storage', async () => {
      webStorage.local = () => null;
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(noticeText(el)).to.equal(ui.cannotSave);
      await stillWorks(el);
      expect(storedKeys()).to.deep.equal([]);
    });

    it('works in memory when reaching localStorage throws SecurityError (sandboxed frame)', async () => {
      webStorage.local = () => {
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
      webStorage.local = () => storage;
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(noticeText(el)).to.equal(ui.cannotSave);
      await stillWorks(el);
    });

    it('shows the notice before the first tick when every write fails (full storage)', async () => {
      const storage = new FakeStorage();
      storage.failWrites = true;
      webStorage.local = () => storage;
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(noticeText(el)).to.equal(ui.cannotSave);
      await stillWorks(el);
      expect(storage.data.size).to.equal(0);
    });

    it('announces that ticks cannot be saved when storage fills up during use', async () => {
      const storage = new FakeStorage();
      webStorage.local = () => storage;
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
      webStorage.local = () => storage;
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
      webStorage.local = () => storage;
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(noticeText(el)).to.equal(ui.cannotSave);
      storage.failWrites = false;
      await stillWorks(el);
      expect(storage.data.get('ipt-selfcare:default')).to.equal('not json');
    });

    it('never overwrites data saved by a newer version', async () => {
      const newer = JSON.stringify({ v: 4, items: { a: 1 } });
      localStorage.setItem('ipt-selfcare:default', newer);
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      expect(noticeText(el)).to.equal(ui.cannotSave);
      await stillWorks(el);
      expect(localStorage.getItem('ipt-selfcare:default')).to.equal(newer);
    });

    it('never overwrites data a newer version saved in another tab after this one loaded', async () => {
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      const newer = JSON.stringify({ v: 4, items: { a: 1 } });
      localStorage.setItem('ipt-selfcare:default', newer); // no storage event yet
      checkboxes(el)[0]!.click();
      await el.updateComplete;
      expect(localStorage.getItem('ipt-selfcare:default')).to.equal(newer);
      expect(checkboxes(el)[0]!.checked).to.be.true;
      expect(noticeText(el)).to.equal(ui.cannotSave);
    });

    it('passes axe with the storage notice showing', async function () {
      this.timeout(60000); // axe on this long list can take over 10 s on a busy machine
      webStorage.local = () => null;
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
      expect(doc.v).to.equal(3);
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
      expect(stored()).to.deep.equal({ v: 3, plan: [], ticks: { [SITE_STEP.id]: true }, own: [], week: '2024-03-04' });
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

  describe('reset="weekly"', () => {
    const lastWeek = { v: 2, ticks: { [first.id]: true, 'own-a': true }, own: [{ id: 'own-a', text: 'Mine' }], week: '2024-02-26' };

    it('clears ticks from an earlier week and keeps own steps', async () => {
      localStorage.setItem('ipt-selfcare:default', JSON.stringify(lastWeek));
      const clock = manualClock(new Date(2024, 2, 4, 0, 0, 1)); // Monday 00:00:01
      const el = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist reset="weekly" .now=${clock.now}></ipt-selfcare-checklist>`);
      expect(checkboxes(el).some((box) => box.checked)).to.equal(false);
      expect(checkbox(el, 'Mine')).to.exist;
      expect(stored()).to.deep.equal({ v: 3, plan: [], ticks: {}, own: [{ id: 'own-a', text: 'Mine' }], week: '2024-03-04' });
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
      expect(stored()).to.deep.equal({ v: 3, plan: [], ticks: { [second.id]: true }, own: [], week: '2024-03-04' });
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
