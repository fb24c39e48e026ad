import type { CrisisContent, CrisisRegion, SummaryUiStrings } from '../content/types.js';
import type { OverrideCrisisResource } from '../content/validate.js';
import { say } from './format.js';
import { saveTextFile } from './download.js';

/** What goes into the notes a person takes to an appointment. Never a score, never their answers. */
export interface AppointmentNotes {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly text: SummaryUiStrings;
  /** The line under the date: what the quiz was. Only notes from the quiz have it. */
  readonly intro?: string;
  readonly date: Date;
  /** The themes the person kept, with one line each; absent where there are none to keep (the checklist). */
  readonly themes?: readonly { readonly name: string; readonly summary: string }[];
  /** The steps they are doing: ticked or added to their plan. */
  readonly steps: readonly string[];
  readonly crisis: CrisisContent;
  readonly region: CrisisRegion | undefined;
  /** The site's own crisis lines (content overrides), as the page's crisis box shows them, with its words for "Call" and "Text". */
  readonly local?: { readonly lines: readonly OverrideCrisisResource[]; readonly call: string; readonly text: string };
}

/** Blank lines under "Questions I want to ask": enough to write on, few enough for one page. */
const QUESTION_LINES = 4;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The crisis lines to print: every line of the person's region; with no region, each region's
 * emergency line (all regions' lines would not fit one page), then the line for everyone.
 */
export function crisisLinesFor(crisis: CrisisContent, region: CrisisRegion | undefined, local?: AppointmentNotes['local']): string[] {
  const regions = crisis.regions.filter((info) => !region || info.region === region);
  const lines = regions.flatMap((info) => {
    const resources = region ? info.resources : info.resources.filter((line) => line.kind === 'emergency').slice(0, 1);
    return resources.map((line) => `${region ? '' : `${info.label}: `}${line.action} (${line.name})`);
  });
  // The site's own lines: those for this region and those for everyone, as its crisis box lists them.
  const own = (local?.lines ?? [])
    .filter((line) => line.region === undefined || line.region === region)
    .map((line) => `${line.kind === 'text' ? local!.text : local!.call} ${line.number} (${line.name})`);
  return [...own, ...lines, crisis.generalLine];
}

/** A whole, self-contained HTML page of the notes (its own small styles; every text escaped). */
export function notesDocument(notes: AppointmentNotes): string {
  const { text } = notes;
  const date = new Intl.DateTimeFormat(notes.lang, { dateStyle: 'long' }).format(notes.date);
  const list = (items: readonly string[], empty: string, kind = '') =>
    items.length
      ? `<ul${kind ? ` class="${kind}"` : ''}>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`
      : `<p>${escapeHtml(empty)}</p>`;
  const themes = notes.themes
    ? `<h2>${escapeHtml(text.themesHeading)}</h2>${list(
        notes.themes.map((theme) => `<strong>${escapeHtml(theme.name)}</strong>: ${escapeHtml(theme.summary)}`),
        text.noThemes,
      )}`
    : '';
  return [
    `<!doctype html><html lang="${escapeHtml(notes.lang)}" dir="${notes.dir}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(text.title)}</title>`,
    // Compact enough for one page at A4 and US Letter with every step ticked (tested): lists in two columns.
    '<style>@page{margin:10mm 12mm}body{font:10pt/1.3 system-ui,sans-serif;color:#000;background:#fff;max-width:46em;margin:1em auto;padding:0 1em}',
    'h1{font-size:15pt;margin:0 0 .2em}h2{font-size:11pt;margin:.75em 0 .2em}p,ul{margin:0 0 .35em}ul{padding-inline-start:1.2em}',
    'li{break-inside:avoid}.cols{columns:2;column-gap:2em}hr{border:0;border-bottom:1px solid #000;margin:1.5em 0 0}</style></head><body>',
    `<h1>${escapeHtml(text.title)}</h1>`,
    `<p>${escapeHtml(say(text.madeOn, { date }))}</p>`,
    notes.intro ? `<p>${escapeHtml(notes.intro)}</p>` : '',
    themes,
    `<h2>${escapeHtml(text.stepsHeading)}</h2>${list(notes.steps.map(escapeHtml), text.noSteps, 'cols')}`,
    `<h2>${escapeHtml(text.questionsHeading)}</h2>${'<hr>'.repeat(QUESTION_LINES)}`,
    `<h2>${escapeHtml(text.crisisHeading)}</h2>${list(crisisLinesFor(notes.crisis, notes.region, notes.local).map(escapeHtml), '', 'cols')}`,
    '</body></html>',
  ].join('');
}

/** `appointment-notes-2026-11-30.html`: the local date, so a person finds the newest. */
export function notesFileName(notes: AppointmentNotes): string {
  const d = notes.date;
  const pad = (n: number) => String(n).padStart(2, '0');
  const safe = notes.text.fileName.replace(/[^\p{L}\p{N}-]+/gu, '-') || 'notes';
  return `${safe}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.html`;
}

/**
 * Where the notes go. Printing uses a hidden frame holding only the notes, so the printout is the
 * notes, not the host page; saving makes the file in the browser. Nothing goes over the network.
 * Both throw when the browser cannot do it. Tests replace them to see what was made.
 * @internal
 */
export const notesOutput = {
  print(html: string): void {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = 'position:fixed;inset-inline-start:-10000px;width:1px;height:1px;border:0';
    frame.addEventListener(
      'load',
      () => {
        const win = frame.contentWindow;
        if (!win) return frame.remove();
        win.addEventListener('afterprint', () => frame.remove(), { once: true });
        try {
          win.focus();
          win.print();
        } catch {
          // Printing refused (a sandboxed page): the frame goes; the page is as it was.
          frame.remove();
        }
        // Some browsers never fire afterprint for a frame: tidy up anyway, later.
        setTimeout(() => frame.remove(), 60_000);
      },
      { once: true },
    );
    frame.srcdoc = html;
    document.body.append(frame);
  },
  save(name: string, html: string): void {
    saveTextFile(name, 'text/html', html);
  },
};

/**
 * Prints the notes or saves them as a file; what to tell the person afterwards (`undefined` after
 * printing: the browser's own dialog says enough). Never throws: a browser that cannot do it gets
 * the "could not be made" message, and nothing is lost.
 */
export function outputNotes(notes: AppointmentNotes, how: 'print' | 'save'): string | undefined {
  try {
    const page = notesDocument(notes);
    if (how === 'print') notesOutput.print(page);
    else notesOutput.save(notesFileName(notes), page);
    return how === 'save' ? notes.text.saved : undefined;
  } catch {
    return notes.text.failed;
  }
}
