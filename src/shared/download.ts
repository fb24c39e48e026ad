/** How long the file's address stays valid: some browsers read it after `click()` returns. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves `text` as a file made in the browser (a Blob and a temporary download link; nothing goes
 * over the network). Throws when the browser cannot make the file, so the caller can say so.
 */
export function saveTextFile(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    link.click();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
