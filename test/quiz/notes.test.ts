// Notes to take to an appointment, from the quiz's result (issue 18, point 2): what is in them, what
// never is, that they fit one page at A4 and US Letter, and that a failure loses nothing.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/quiz/define.js';
import '../../src/locales/es/index.js';
import type { IptProblemAreaQuiz } from '../../src/quiz/quiz.js';
import { en } from '../../src/content/en/index.js';
import { es } from '../../src/content/es/index.js';
import { notesOutput } from '../../src/shared/appointment-summary.js';
import { captureNotes, made, pressForNotes, readNotes as read, realNotesOutput } from '../helpers/notes.js';
import { notesSettled } from '../helpers/on-demand.js';
import { answerAll, answersFor, qa } from './helpers.js';
import { cleanStorage } from '../checklist/helpers.js';

const isChromium = /Chrom(e|ium)\//.test(navigator.userAgent);
const headings = (doc: Document) => [...doc.querySelectorAll('h1, h2')].map((h) => h.textContent!.trim());

async function result(markup = html`<ipt-problem-area-quiz region="uk"></ipt-problem-area-quiz>`, areas: Parameters<typeof answersFor>[0] = ['grief', 'isolation']) {
  const quiz = await fixture<IptProblemAreaQuiz>(markup);
  await answerAll(quiz, answersFor(areas));
  return quiz;
}
const press = (quiz: IptProblemAreaQuiz, part: string) => pressForNotes(quiz, `[part="${part}"]`);

describe('notes for an appointment, from the quiz', () => {
  beforeEach(() => {
    cleanStorage();
    captureNotes();
  });
  afterEach(() => {
    realNotesOutput();
    cleanStorage();
  });

  it('holds the themes kept, the steps on the list, space for questions, the region\u2019s crisis lines and the date; never a score', async () => {
    localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 3, ticks: { 'enough-sleep': true }, own: [], plan: ['reconnect'] }));
    const quiz = await result();
    await press(quiz, 'notes-print-button');
    expect(made.map((m) => m.how)).to.deep.equal(['print']);
    const doc = read(made[0]!.html);
    expect(doc.documentElement.lang).to.equal('en');
    expect(headings(doc)).to.deep.equal([
      en.summaryUi.title,
      en.summaryUi.themesHeading,
      en.summaryUi.stepsHeading,
      en.summaryUi.questionsHeading,
      en.summaryUi.crisisHeading,
    ]);
    const text = doc.body.textContent!;
    for (const id of ['grief', 'isolation'] as const) expect(text).to.contain(en.problemAreas.areas.find((a) => a.id === id)!.name);
    expect(text).to.not.contain(en.problemAreas.areas.find((a) => a.id === 'disputes')!.name);
    const steps = [...doc.querySelectorAll('h2 + ul')][1]!.textContent!;
    expect(steps).to.contain(en.relationships.tips.find((t) => t.id === 'reconnect')!.text);
    expect(steps).to.contain(en.selfCare.items.find((i) => i.id === 'enough-sleep')!.label);
    expect(doc.querySelectorAll('hr').length).to.be.at.least(4);
    // UK lines only, with their digits.
    expect(text).to.contain('116 123');
    expect(text).to.not.contain('988');
    expect(text).to.contain(String(new Date().getFullYear()));
    // No score: no number that is not a date, a phone number or part of a line's name.
    expect(text).to.not.match(/\d+\s*%|score|\b\d\/\d\b/i);
  });

  it('leaves out a theme the person unticks, and says when none is kept', async () => {
    const quiz = await result();
    const keep = qa<HTMLInputElement>(quiz, '[part="keep-theme"]');
    expect(keep.map((box) => box.checked)).to.deep.equal([true, true]);
    keep[0]!.click();
    await quiz.updateComplete;
    await press(quiz, 'notes-save-button');
    let text = read(made[0]!.html).body.textContent!;
    expect(text).to.not.contain(en.problemAreas.areas.find((a) => a.id === 'grief')!.name);
    expect(text).to.contain(en.problemAreas.areas.find((a) => a.id === 'isolation')!.name);
    keep[1]!.click();
    await quiz.updateComplete;
    await press(quiz, 'notes-save-button');
    text = read(made[1]!.html).body.textContent!;
    expect(text).to.contain(en.summaryUi.noThemes);
    expect(text).to.contain(en.summaryUi.noSteps);
  });

  it('saves a file named with today\u2019s date, says so, and sends nothing anywhere', async () => {
    const quiz = await result();
    await press(quiz, 'notes-save-button');
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(made[0]!.name).to.equal(`appointment-notes-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.html`);
    expect(quiz.shadowRoot!.textContent).to.contain(en.summaryUi.saved);
    // The page is whole and self-contained: no script, no address it would fetch.
    const doc = read(made[0]!.html);
    expect(doc.querySelectorAll('script, link, img, iframe')).to.have.length(0);
  });

  it('makes the real file through a download link, as text/html, without a request', async () => {
    realNotesOutput();
    const clicked: { download: string; href: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    let blobType = '';
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      blobType = blob.type;
      return create.call(URL, blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    };
    try {
      const quiz = await result();
      await press(quiz, 'notes-save-button');
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = create;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.match(/^appointment-notes-\d{4}-\d{2}-\d{2}\.html$/);
    expect(clicked[0]!.href).to.match(/^blob:/);
    expect(blobType).to.equal('text/html');
  });

  it('says clearly when the notes cannot be made, and the result stays as it was', async () => {
    notesOutput.save = () => {
      throw new Error('no Blob here');
    };
    const quiz = await result();
    await press(quiz, 'notes-save-button');
    expect(quiz.shadowRoot!.textContent).to.contain(en.summaryUi.failed);
    expect(qa(quiz, '[part="theme"]')).to.have.length(2);
  });

  it('renders every word as text: a person\u2019s own step cannot add markup to the notes', async () => {
    localStorage.setItem(
      'ipt-selfcare:default',
      JSON.stringify({ v: 3, ticks: { 'own-x': true }, own: [{ id: 'own-x', text: '<img src=x onerror="alert(1)"> & <b>me</b>' }], plan: [] }),
    );
    const quiz = await result();
    await press(quiz, 'notes-save-button');
    const page = made[0]!.html;
    // Every tag in the notes is one of the page's own.
    const tags = new Set([...page.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1]));
    expect([...tags].sort()).to.deep.equal(['body', 'h1', 'h2', 'head', 'hr', 'html', 'li', 'meta', 'p', 'strong', 'style', 'title', 'ul']);
    expect(read(page).body.textContent).to.contain('<img src=x onerror="alert(1)"> & <b>me</b>');
  });

  it('keeps or drops a theme with the keyboard alone (Space on its box)', async () => {
    const quiz = await result();
    const box = qa<HTMLInputElement>(quiz, '[part="keep-theme"]')[0]!;
    box.focus();
    await sendKeys({ press: ' ' });
    await quiz.updateComplete;
    expect(box.checked).to.equal(false);
    await press(quiz, 'notes-save-button');
    expect(read(made[0]!.html).body.textContent).to.not.contain(en.problemAreas.areas.find((a) => a.id === 'grief')!.name);
    await expect(quiz).to.be.accessible();
  });

  it('works with the keyboard alone: Tab to the buttons, Enter', async () => {
    const quiz = await result();
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-button"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(quiz.shadowRoot!.activeElement?.getAttribute('part')).to.equal('notes-print-button');
    await sendKeys({ press: 'Enter' });
    await notesSettled();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await notesSettled();
    await quiz.updateComplete;
    expect(made.map((m) => m.how)).to.deep.equal(['print', 'save']);
  });

  it('is in Spanish for a Spanish quiz', async () => {
    const quiz = await result(html`<ipt-problem-area-quiz lang="es" region="us"></ipt-problem-area-quiz>`);
    await press(quiz, 'notes-save-button');
    const doc = read(made[0]!.html);
    expect(doc.documentElement.lang).to.equal('es');
    expect(headings(doc)[0]).to.equal(es.summaryUi.title);
    expect(made[0]!.name).to.match(/^notas-para-la-consulta-/);
    expect(doc.body.textContent).to.contain(es.problemAreas.areas.find((a) => a.id === 'grief')!.name);
  });

  for (const [format, lang] of [['A4', 'en'], ['Letter', 'en'], ['A4', 'es'], ['Letter', 'es']] as const) {
    it(`fits one page at ${format} in ${lang === 'en' ? 'English' : 'Spanish'}, with every step ticked and every region`, async function () {
      if (!isChromium) this.skip(); // printing to PDF is Chromium's alone here
      const every = [...en.selfCare.items.map((i) => i.id), ...en.relationships.tips.map((t) => t.id)];
      localStorage.setItem('ipt-selfcare:default', JSON.stringify({ v: 3, ticks: Object.fromEntries(every.map((id) => [id, true])), own: [], plan: [] }));
      // No region: a line per region. Four themes: the most the result can show.
      const quiz = await result(html`<ipt-problem-area-quiz lang=${lang}></ipt-problem-area-quiz>`, ['grief', 'isolation', 'disputes', 'role-transitions']);
      await press(quiz, 'notes-print-button');
      const pages = await executeServerCommand<number, { html: string; format: string }>('print-pages', { html: made[0]!.html, format });
      expect(pages).to.equal(1);
    });
  }
});
