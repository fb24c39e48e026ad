import type { AreaId, IptContent } from '../content/types.js';
import type { QuizUiStrings } from '../content/en/quiz-ui.js';

/**
 * The plain-text summary behind "Copy summary": the themes that may fit and what IPT works on
 * for each, or the general explainer when no single theme stands out. No answers, no scores.
 */
export function summaryText(
  top: readonly AreaId[],
  content: Pick<IptContent, 'sectionTitles' | 'ui' | 'quiz' | 'problemAreas'>,
  ui: QuizUiStrings,
  explainerHref?: string,
): string {
  const lines: string[] = [content.sectionTitles.quiz, content.ui.notDiagnosis, ''];
  const areas = content.problemAreas.areas;
  if (top.length) {
    lines.push(content.ui.quiz.themesHeading);
    for (const id of top) {
      const area = areas.find((a) => a.id === id);
      if (!area) continue;
      lines.push('', `${area.name} (${content.ui.area.alsoCalled}: ${area.clinicalName})`, area.summary.text);
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
