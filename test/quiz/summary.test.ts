import { expect } from '@open-wc/testing';
import { en } from '../../src/content/index.js';
import { quizUi } from '../../src/content/en/quiz-ui.js';
import { summaryText } from '../../src/quiz/summary.js';

const area = (id: string) => en.problemAreas.areas.find((a) => a.id === id)!;

describe('summaryText', () => {
  it('lists each theme with what IPT works on, and the next steps', () => {
    const text = summaryText({ top: ['grief', 'isolation'], several: false }, en, quizUi, 'https://example.org/ipt');
    expect(text).to.include(en.ui.quiz.themesHeading);
    for (const id of ['grief', 'isolation']) {
      expect(text).to.include(area(id).name);
      for (const block of area(id).focus) expect(text).to.include(block.text);
    }
    expect(text).to.not.include(area('disputes').name);
    expect(text).to.include(en.quiz.resultNote.text);
    expect(text).to.include(en.ui.notDiagnosis);
    expect(text).to.include('https://example.org/ipt');
    expect(text).to.not.include(en.quiz.severalNote.text);
  });

  it('uses plain theme names only, never the clinical labels', () => {
    const text = summaryText({ top: ['grief', 'disputes', 'role-transitions', 'isolation'], several: true }, en, quizUi);
    for (const a of en.problemAreas.areas) expect(text).to.not.include(a.clinicalName);
    expect(text).to.not.match(/bereavement|interpersonal deficits|role disputes/i);
  });

  it('adds the "several themes" note when three or four themes came up', () => {
    const text = summaryText({ top: ['grief', 'disputes', 'isolation'], several: true }, en, quizUi);
    expect(text).to.include(en.quiz.severalNote.text);
  });

  it('gives the general explainer when no single theme stands out', () => {
    const text = summaryText({ top: [], several: false }, en, quizUi);
    expect(text).to.include(quizUi.noneHeading);
    for (const a of en.problemAreas.areas) expect(text).to.include(a.summary.text);
    expect(text).to.include(quizUi.talkToSomeone);
    expect(text).to.not.match(/you are fine/i);
  });
});
