import type { IptContent } from '../content/types.js';
import type { QuizScore } from './scoring.js';
import type { QuizUiStrings } from '../content/en/quiz-ui.js';

/**
 * The plain-text summary behind "Copy summary": the themes that may fit and what IPT works on
 * for each, or the general explainer when no single theme stands out. No answers, no scores.
 */
export function summaryText(
  { top, several }: Pick<QuizScore, 'top' | 'several'>,
  content: Pick<IptContent, 'sectionTitles' | 'ui' | 'quiz' | 'problemAreas'>,
  ui: QuizUiStrings,
  explainerHref?: string,
): string {
  const lines: string[] = [content.sectionTitles.quiz, content.ui.notDiagnosis, ''];
  const areas = content.problemAreas.areas;
  if (top.length) {
    lines.push(content.ui.quiz.themesHeading);
    if (several) lines.push(content.quiz.severalNote.text);
    for (const id of top) {
      const area = areas.find((a) => a.id === id);
      if (!area) continue;
      lines.push('', area.name, area.summary.text);
      lines.push(`${content.ui.area.focus}:`, ...area.focus.map((f) => `- ${f.text}`));
    }
  } else {
    lines.push(ui.noneHeading, ui.noneText, ui.noneStillMatters, '');
    lines.push(...content.problemAreas.intro.map((b) => b.text));
    for (const area of areas) lines.push(`- ${area.name}: ${area.summary.text}`);
  }
  lines.push('', ui.nextStepsHeading, content.quiz.resultNote.text, ui.talkToSomeone);
  if (explainerHref) lines.push(`${ui.explainerLink}: ${explainerHref}`);
  return lines.join('\n');
}
