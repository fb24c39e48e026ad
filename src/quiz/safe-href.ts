/**
 * True for http(s) URLs and for relative, path or fragment URLs (`/ipt`, `ipt.html`, `#about`).
 * False for every other scheme (`javascript:`, `data:`, `vbscript:` ...) and for anything with
 * control characters, which browsers strip and which can hide a scheme (`java\tscript:`).
 */
export function isSafeLinkHref(value: string | null | undefined): boolean {
  if (value == null) return false;
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  const href = value.trim();
  if (href === '') return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href);
  if (!scheme) return true;
  const name = scheme[1]!.toLowerCase();
  if (name !== 'http' && name !== 'https') return false;
  try {
    return new URL(href).hostname !== '';
  } catch {
    return false;
  }
}
