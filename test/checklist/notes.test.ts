// Notes to take to an appointment, from the checklist (issue 18, point 2).
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/checklist/define.js';
import type { IptSelfcareChecklist } from '../../src/checklist/checklist.js';
import { en } from '../../src/content/en/index.js';
import { notesOutput } from '../../src/shared/appointment-summary.js';
import { captureNotes, made, pressForNotes, readNotes as read, realNotesOutput } from '../helpers/notes.js';
import { cleanStorage } from './helpers.js';

const isChromium = /Chrom(e|ium)\//.test(navigator.userAgent);
const press = pressForNotes;

describe('<ipt-selfcare-checklist> notes for an appointment', () => {
  beforeEach(() => {
    cleanStorage();
    captureNotes();
  });
  afterEach(() => {
    realNotesOutput();
    cleanStorage();
  });

  it('lists the plan\u2019s steps first, then the ticked ones and own ones, with the region\u2019s crisis lines; no themes, no score', async () => {
    localStorage.setItem(
      'ipt-selfcare:default',
      JSON.stringify({ v: 3, ticks: { 'enough-sleep': true, 'own-a': true }, own: [{ id: 'own-a', text: 'Walk with Sam <b>daily</b>' }, { id: 'own-b', text: 'Not ticked' }], plan: ['reconnect'] }),
    );
    const list = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist region="au"></ipt-selfcare-checklist>`);
    await press(list, '.notes-print');
    const doc = read(made[0]!.html);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([
      en.summaryUi.stepsHeading,
      en.summaryUi.questionsHeading,
      en.summaryUi.crisisHeading,
    ]);
    const steps = [...doc.querySelectorAll('h2')[0]!.nextElementSibling!.querySelectorAll('li')].map((li) => li.textContent);
    expect(steps).to.deep.equal([
      en.relationships.tips.find((t) => t.id === 'reconnect')!.text,
      en.selfCare.items.find((i) => i.id === 'enough-sleep')!.label,
      'Walk with Sam <b>daily</b>',
    ]);
    expect(doc.querySelector('b')).to.equal(null);
    expect(doc.body.textContent).to.contain('13 11 14'); // Lifeline Australia
    expect(doc.body.textContent).to.not.contain('988');
  });

  it('prints the site\u2019s own crisis lines too, as the page\u2019s crisis box shows them', async () => {
    const list = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist region="uk"
      ><script type="application/json">
        {"crisis":{"extraResources":[{"region":"uk","name":"Our clinic line","number":"020 7946 0999","kind":"call"},{"region":"au","name":"Elsewhere","number":"02 5550 1234","kind":"call"}]}}
      </script></ipt-selfcare-checklist
    >`);
    await list.updateComplete;
    const box = list.shadowRoot!.querySelector('ipt-crisis-help')!;
    await (box as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(box.shadowRoot!.textContent).to.contain('020 7946 0999');
    await press(list, '.notes-print');
    const text = read(made[0]!.html).body.textContent!;
    expect(text).to.contain('Call 020 7946 0999 (Our clinic line)');
    expect(text).to.not.contain('02 5550 1234');
  });

  it('saves the notes as a file and says so; a failure says so and keeps the list', async () => {
    const list = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
    await press(list, '.notes-save');
    expect(made[0]!.name).to.match(/^appointment-notes-\d{4}-\d{2}-\d{2}\.html$/);
    expect(list.shadowRoot!.textContent).to.contain(en.summaryUi.saved);
    notesOutput.save = () => {
      throw new Error('no file');
    };
    await press(list, '.notes-save');
    expect(list.shadowRoot!.textContent).to.contain(en.summaryUi.failed);
    expect(list.shadowRoot!.querySelectorAll('input[type="checkbox"]').length).to.equal(en.selfCare.items.length);
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`fits one page at ${format} with every step ticked and every region`, async function () {
      if (!isChromium) this.skip();
      const ids = [...en.selfCare.items.map((i) => i.id), ...en.relationships.tips.map((t) => t.id)];
      localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 3, ticks: Object.fromEntries(ids.map((id) => [id, true])), own: [], plan: en.relationships.tips.map((t) => t.id) }));
      const list = await fixture<IptSelfcareChecklist>(html`<ipt-selfcare-checklist></ipt-selfcare-checklist>`);
      await press(list, '.notes-print');
      expect(await executeServerCommand<number, { html: string; format: string }>('print-pages', { html: made[0]!.html, format })).to.equal(1);
    });
  }
});
