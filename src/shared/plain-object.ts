/**
 * True for a plain `{}` object (object literal, `JSON.parse` output, `Object.create(null)`), never
 * for arrays, class instances, DOM nodes or null. The one check for untrusted data: overrides a site
 * writes and data read back from storage.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
