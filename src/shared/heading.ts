import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { asText } from './attributes.js';
import { warnOnce } from './warn.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** What `heading-level` accepts: the level as a number or as attribute text (spelled out for editors). */
export type HeadingLevelValue = '1' | '2' | '3' | '4' | '5' | '6' | HeadingLevel;

/** Parses a heading-level attribute value; `undefined` means it is not a whole number from 1 to 6. */
export function parseHeadingLevel(value: unknown): HeadingLevel | undefined {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  return Number.isInteger(n) && n >= 1 && n <= 6 ? (n as HeadingLevel) : undefined;
}

/** The `heading-level` attribute: default 2; anything but a whole number from 1 to 6 warns and uses 2. */
export function headingLevelOf(host: object, tag: string, input: unknown): HeadingLevel {
  const value = typeof input === 'number' ? input : asText(input);
  if (value == null || value === '') return 2;
  const level = parseHeadingLevel(value);
  if (level === undefined) warnOnce(host, tag, 'heading-level', value, 'expected a whole number from 1 to 6; using 2');
  return level ?? 2;
}

/** One level down, stopping at 6 (inner headings follow the host page's outline). */
export const below = (level: HeadingLevel, steps = 1): HeadingLevel => Math.min(6, level + steps) as HeadingLevel;

export interface HeadingOptions {
  /** `tabindex="-1"`: a script may move focus here (a new screen or step); never in the Tab order. */
  readonly focusable?: boolean;
  /** Id of text read after the heading, such as "Question 3 of 16". */
  readonly describedBy?: string;
}

/**
 * A real h1-h6 element chosen by level. Tag names cannot be bound in Lit templates,
 * so each level is spelled out rather than built from a string.
 */
export function heading(
  level: HeadingLevel,
  content: unknown,
  part = 'heading',
  id?: string,
  { focusable = false, describedBy }: HeadingOptions = {},
): TemplateResult {
  const tabindex = focusable ? '-1' : undefined;
  // One line per level on purpose: whitespace inside the tags would become part of the heading text.
  // prettier-ignore
  switch (level) {
    case 1: return html`<h1 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} aria-describedby=${ifDefined(describedBy)}>${content}</h1>`;
    case 2: return html`<h2 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} aria-describedby=${ifDefined(describedBy)}>${content}</h2>`;
    case 3: return html`<h3 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} aria-describedby=${ifDefined(describedBy)}>${content}</h3>`;
    case 4: return html`<h4 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} aria-describedby=${ifDefined(describedBy)}>${content}</h4>`;
    case 5: return html`<h5 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} aria-describedby=${ifDefined(describedBy)}>${content}</h5>`;
    default: return html`<h6 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)} aria-describedby=${ifDefined(describedBy)}>${content}</h6>`;
  }
}
