import { expect } from '@open-wc/testing';
import { en } from '../../src/content/index.js';
import { quizUi } from '../../src/content/en/quiz-ui.js';
import { summaryText } from '../../src/quiz/summary.js';

const area = (id: string) => en.problemAreas.areas.find((a) => a.id === id)!;

describe('summaryText', () => {
  it('lists each theme with what IPT works on, and the next steps', () => {
    const text = summaryText(['grief', 'isolation'], en, quizUi, 'https://example.org/ipt');
    expect(text).to.include(en.ui.quiz.themesHeading);
    for (const id of ['grief', 'isolation']) {
      expect(text).to.include(area(id).name);
      for (const block of area(id).focus) expect(text).to.include(block.text);
    }
    expect(text).to.not.include(area('disputes').name);
    expect(text).to.include(en.quiz.resultNote.text);
    expect(text).to.include(en.ui.notDiagnosis);
    expect(text).to.include('https://example.org/ipt');
  });

  it('gives the general explainer when no single theme stands out', () => {
    const text = summaryText([], en, quizUi);
    expect(text).to.include(quizUi.noneHeading);
    for (const a of en.problemAreas.areas) expect(text).to.include(a.summary.text);
    expect(text).to.include(quizUi.talkToSomeone);
    expect(text).to.not.match(/you are fine/i);
  });
});
