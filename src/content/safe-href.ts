/**
 * True if `href` is a safe absolute link: http(s) with a host, or tel:, sms:
 * (a phone number) or mailto: (an address). Rejects javascript:, data:,
 * vbscript:, relative and protocol-relative URLs, and any control characters.
 */
export function isSafeHref(href: string): boolean {
  if (/[\u0000-\u001f\u007f\s]/.test(href)) return false;
  const lower = href.toLowerCase();
  if (lower.startsWith('http://') || lower.startsWith('https://')) {
    try {
      const url = new URL(href);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }
  if (lower.startsWith('tel:') || lower.startsWith('sms:')) {
    return /^\+?[0-9][0-9().\-]*$/.test(href.slice(4));
  }
  if (lower.startsWith('mailto:')) {
    return /^[^@\s<>"']+@[^@\s<>"']+$/.test(href.slice(7).split('?')[0] ?? '');
  }
  return false;
}
