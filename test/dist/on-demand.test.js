// The CDN file loads the appointment notes and the calendar file only when a person asks for them
// (issue 20), from chunks/ beside itself; a page where nobody does fetches neither.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { recordDownloads } from './downloads.js';

const CDN = new URL('/dist/cdn/ipt-widgets.js', location.href).href;
const chunksFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/chunks/'));
const button = (el, text) => [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === text);

describe('dist/cdn/ipt-widgets.js: code loaded on demand', () => {
  let downloads;
  before(() => {
    // Room for every load in Resource Timing, so a chunk fetched is never missing from the list.
    performance.setResourceTimingBufferSize(2000);
    return import(CDN);
  });
  beforeEach(() => (downloads = recordDownloads()));
  afterEach(() => downloads.restore());

  it('fetches no chunk while the widgets render and are used', async () => {
    const list = await fixture('<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>');
    list.shadowRoot.querySelector('input[type="checkbox"]').click();
    await fixture('<ipt-problem-area-quiz></ipt-problem-area-quiz>');
    expect(chunksFetched()).to.deep.equal([]);
  });

  it('saves the notes through chunks/notes.js when asked, and says so', async () => {
    const list = await fixture('<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>');
    expect(chunksFetched()).to.not.include('/dist/cdn/chunks/notes.js');
    button(list, 'Save notes as a file').click();
    await waitUntil(() => downloads.saved.length === 1, 'the notes file was saved');
    expect(downloads.saved[0].name).to.match(/^appointment-notes-\d{4}-\d{2}-\d{2}\.html$/);
    expect(await downloads.saved[0].blob.text()).to.contain('<h1');
    expect(chunksFetched()).to.include('/dist/cdn/chunks/notes.js');
    await waitUntil(() => list.shadowRoot.textContent.includes('Your notes were saved as a file on this device.'));
  });

  it('saves the weekly reminder through chunks/reminder.js when asked', async () => {
    const list = await fixture('<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>');
    expect(chunksFetched()).to.not.include('/dist/cdn/chunks/reminder.js');
    button(list, 'Add a weekly reminder').click();
    await list.updateComplete;
    button(list, 'Save reminder file').click();
    await waitUntil(() => downloads.saved.length === 1, 'the calendar file was saved');
    expect(downloads.saved[0].name).to.equal('self-care-check-in.ics');
    expect(await downloads.saved[0].blob.text()).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(chunksFetched()).to.include('/dist/cdn/chunks/reminder.js');
  });
});
