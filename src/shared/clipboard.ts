/**
 * Copies plain text. Resolves false instead of throwing when the page may not use the clipboard
 * (insecure context, permissions policy, older browser), so the caller can say so kindly.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
