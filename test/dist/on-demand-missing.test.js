// A copy of the CDN file without its chunks/ folder (or a lost connection): the notes and the
// calendar file cannot load, the person is told so plainly, and nothing on the page is lost.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { recordDownloads } from './downloads.js';

const CDN = new URL('/dist/cdn/ipt-widgets.js', location.href).href;
const button = (el, text) => [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === text);

describe('dist/cdn/ipt-widgets.js copied without its chunks', () => {
  let downloads;
  const errors = [];
  const onError = (event) => errors.push(event.reason ?? event.error);
  before(async () => {
    // From a blob: address, "./chunks/notes.js" leads nowhere, as in a folder the chunks were not copied to.
    const source = await (await fetch(CDN)).text();
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    await import(url);
    addEventListener('unhandledrejection', onError);
    addEventListener('error', onError);
  });
  after(() => {
    removeEventListener('unhandledrejection', onError);
    removeEventListener('error', onError);
  });
  beforeEach(() => (downloads = recordDownloads()));
  afterEach(() => downloads.restore());

  it('starts loading as a pointer nears the buttons, and a failure warns, naming the element and the file', async () => {
    const warnings = [];
    const warn = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    try {
      const list = await fixture('<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>');
      list.shadowRoot.querySelector('[part="actions"]').dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      await waitUntil(() => warnings.length >= 2, 'both chunks were tried');
    } finally {
      console.warn = warn;
    }
    expect(warnings.some((w) => w.includes('<ipt-selfcare-checklist> could not load chunks/notes.js'))).to.equal(true);
    expect(warnings.some((w) => w.includes('<ipt-selfcare-checklist> could not load chunks/reminder.js'))).to.equal(true);
    expect(downloads.saved).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('says the notes could not be made, and the list stays as it was', async () => {
    const list = await fixture('<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>');
    const box = list.shadowRoot.querySelector('input[type="checkbox"]');
    box.click();
    button(list, 'Save notes as a file').click();
    await waitUntil(() => list.shadowRoot.textContent.includes('Your notes could not be made here. Nothing was lost.'));
    expect(downloads.saved).to.deep.equal([]);
    expect(box.checked).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it('says the reminder file could not be made, and keeps the form', async () => {
    const list = await fixture('<ipt-selfcare-checklist persist="none"></ipt-selfcare-checklist>');
    button(list, 'Add a weekly reminder').click();
    await list.updateComplete;
    button(list, 'Save reminder file').click();
    await waitUntil(() => list.shadowRoot.textContent.includes('This browser could not make the reminder file.'));
    expect(list.shadowRoot.querySelector('[part="reminder-form"]')).to.not.equal(null);
    expect(downloads.saved).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('says the quiz notes could not be made', async () => {
    const quiz = await fixture('<ipt-problem-area-quiz></ipt-problem-area-quiz>');
    // To a result: Start, then the strongest answer to every statement.
    const part = (name) => quiz.shadowRoot.querySelector(`[part="${name}"]`);
    part('start-button').click();
    await quiz.updateComplete;
    while (part('next-button')) {
      const radios = [...quiz.shadowRoot.querySelectorAll('input[type="radio"]')].filter((r) => /^\d+$/.test(r.value));
      radios.sort((a, b) => Number(b.value) - Number(a.value))[0].click();
      await quiz.updateComplete;
      part('next-button').click();
      await quiz.updateComplete;
    }
    quiz.shadowRoot.querySelector('[part="notes-save-button"]').click();
    await waitUntil(() => quiz.shadowRoot.textContent.includes('Your notes could not be made here. Nothing was lost.'));
    expect(downloads.saved).to.deep.equal([]);
  });
});
