/** Builds the plain-text copy of a checklist ("Copy as text"). Pure: no DOM. */

export interface TextGroup {
  readonly name: string;
  readonly items: readonly { readonly label: string; readonly done: boolean }[];
}

export interface ChecklistTextInput {
  readonly title: string;
  /** Shown under the title: self-care supports professional care and does not replace it. */
  readonly note: string;
  readonly groups: readonly TextGroup[];
  readonly progress: string;
  readonly doneMark: string;
  readonly notDoneMark: string;
}

/** A title, the note, each non-empty group with `[x]` / `[ ]` lines, then the progress line. */
export function checklistText(input: ChecklistTextInput): string {
  const lines = [input.title, input.note];
  for (const group of input.groups) {
    if (group.items.length === 0) continue;
    lines.push('', group.name);
    for (const item of group.items) lines.push(`${item.done ? input.doneMark : input.notDoneMark} ${item.label}`);
  }
  lines.push('', input.progress);
  return `${lines.join('\n')}\n`;
}
