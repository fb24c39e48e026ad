import { validateOverrides, type ContentOverrides } from '../content/index.js';

/**
 * Reads content overrides from a direct `<script type="application/json">` child, so CMS authors
 * configure a widget with HTML alone. Invalid JSON or fields warn once each with path and reason;
 * the valid rest still applies. Never throws.
 */
export function readOverrides(host: Element, tag: string): ContentOverrides {
  const script = overridesScript(host);
  if (!script) return {};
  let data: unknown;
  try {
    data = JSON.parse(script.textContent ?? '');
  } catch (error) {
    console.warn(`[ipt-widgets] <${tag}> content overrides: the JSON could not be read (${(error as Error).message}); none applied.`);
    return {};
  }
  return checkOverrides(data, tag, 'content overrides');
}

/** Keeps the valid parts of `data`, with one warning per invalid part naming the element and where it came from. */
export function checkOverrides(data: unknown, tag: string, origin: string): ContentOverrides {
  const { value, errors } = validateOverrides(data);
  for (const { path, reason } of errors) {
    console.warn(`[ipt-widgets] <${tag}> ${origin}: ${path}: ${reason}; that part is ignored.`);
  }
  return value;
}

/** The direct `<script type="application/json">` child that holds overrides, if any. */
export function overridesScript(host: Element): Element | undefined {
  return [...host.children].find(
    (child) => child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json',
  );
}

/** Provider overrides first, then the widget's own: for each top-level key the widget's own wins. */
export function mergeOverrides(outer: ContentOverrides | undefined, own: ContentOverrides): ContentOverrides {
  return { ...outer, ...own };
}
