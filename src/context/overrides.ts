import type { ContentOverrides } from '../content/validate.js';
import { loadValidator } from '../shared/on-demand.js';

/** Overrides the validator kept (and merges of them): a crisis box handed them need not check again. */
const checked = new WeakSet<object>();

/** Marks overrides made only from checked parts (see ConfigController.overrides). */
export function markChecked(value: ContentOverrides): ContentOverrides {
  checked.add(value);
  return value;
}

/**
 * The parsed JSON of a direct `<script type="application/json">` child, so CMS authors configure a
 * widget with HTML alone; undefined without one, or (with a warning) when it is not JSON. Never throws.
 */
export function readOverridesJson(host: Element, tag: string): { data: unknown } | undefined {
  const script = overridesScript(host);
  if (!script) return undefined;
  try {
    return { data: JSON.parse(script.textContent ?? '') };
  } catch (error) {
    console.warn(`[ipt-widgets] <${tag}> content overrides: the JSON could not be read (${(error as Error).message}); none applied.`);
    return undefined;
  }
}

/**
 * Keeps the valid parts of `data`, with one warning per invalid part naming the element and where it
 * came from. The validator loads on demand (src/shared/on-demand.ts), so only pages that give
 * overrides fetch it; when it cannot load, none apply, and a warning says why. Never rejects.
 */
export async function checkOverrides(data: unknown, tag: string, origin: string): Promise<ContentOverrides> {
  if (typeof data === 'object' && data !== null && checked.has(data)) return data as ContentOverrides;
  let validate;
  try {
    ({ validateOverrides: validate } = await loadValidator());
  } catch (error) {
    console.warn(`[ipt-widgets] <${tag}> ${origin}: the checker could not load (${(error as Error).message}); none applied.`);
    return {};
  }
  const { value, errors } = validate(data);
  for (const { path, reason } of errors) {
    console.warn(`[ipt-widgets] <${tag}> ${origin}: ${path}: ${reason}; that part is ignored.`);
  }
  return markChecked(value);
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
