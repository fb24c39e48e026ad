// The code loaded on demand, over a connection that drops: a press while it is down says the file
// could not be made, and the next press once it is back makes it (browsers remember a failed
// module address, so the file asks again by a new one). Two quick presses make one file.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { recordDownloads } from './downloads.js';

const page = `page-${Math.random().toString(36).slice(2)}`;
const connection = (state) => fetch(`/connection/${page}/${state}`, { cache: 'no-store' });
const button = (el, text) => [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
// Each wait covers a chunk's request: generous, for three engines sharing two cores.
const WAIT = { timeout: 10000 };
const says = (el, words) => waitUntil(() => el.shadowRoot.textContent.includes(words), `says "${words}"`, WAIT);

// Each chunk can fail only until it first loads in the page, so the order of these tests matters:
// the notes (whose warm-up also tries the reminder), then the reminder, then presses on loaded code.
describe('dist/cdn/ipt-widgets.js: chunks over a connection that drops', () => {
  let downloads;
  let warnings;
  const warn = console.warn;
  before(() => import(`/connection/${page}/ipt-widgets.js`));
  beforeEach(() => {
    downloads = recordDownloads();
    warnings = [];
    console.warn = (...args) => warnings.push(args.join(' '));
  });
  afterEach(async () => {
    console.warn = warn;
    downloads.restore();
    await connection('on');
  });

  it('saves the notes once the connection is back, after a failed warm-up and a failed press', async () => {
    await connection('off');
    const list = await fixture('<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>');
    list.shadowRoot.querySelector('[part="actions"]').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await waitUntil(() => warnings.some((w) => w.includes('chunks/notes.js')), 'the warm-up tried the notes', WAIT);
    const save = button(list, 'Save notes as a file');
    save.click();
    await says(list, 'Your notes could not be made here. Nothing was lost.');
    expect(downloads.saved).to.deep.equal([]);

    await connection('on');
    save.click();
    await waitUntil(() => downloads.saved.length === 1, 'the notes file was saved', WAIT);
    expect(await downloads.saved[0].blob.text()).to.contain('<h1');
    await says(list, 'Your notes were saved as a file on this device.');
  });

  it('saves the reminder on the press after the connection comes back', async () => {
    await connection('off');
    const list = await fixture('<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>');
    button(list, 'Add a weekly reminder').click();
    await list.updateComplete;
    button(list, 'Save reminder file').click();
    await says(list, 'This browser could not make the reminder file.');
    expect(warnings.some((w) => w.includes('<ipt-selfcare-checklist> could not load chunks/reminder.js'))).to.equal(true);
    expect(list.shadowRoot.querySelector('[part="reminder-form"]')).to.not.equal(null);
    expect(downloads.saved).to.deep.equal([]);

    await connection('on');
    button(list, 'Save reminder file').click();
    await waitUntil(() => downloads.saved.length === 1, 'the calendar file was saved', WAIT);
    expect(downloads.saved[0].name).to.equal('self-care-check-in.ics');
    expect(await downloads.saved[0].blob.text()).to.match(/^BEGIN:VCALENDAR\r\n/);
  });

  it('makes one file from two quick presses', async () => {
    const list = await fixture('<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>');
    const save = button(list, 'Save notes as a file');
    save.click();
    save.click();
    // Both presses wait on the same load, so without the guard both files exist by the first look.
    await waitUntil(() => downloads.saved.length >= 1, 'the notes file was saved', WAIT);
    expect(downloads.saved).to.have.length(1);
    // The button is not stuck: a later press saves again.
    save.click();
    await waitUntil(() => downloads.saved.length >= 2, 'the later press saved again', WAIT);
    expect(downloads.saved).to.have.length(2);
  });
});
