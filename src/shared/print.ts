/** Opens the browser's print dialog; some sandboxed frames block it, and then nothing happens. */
export function printPage(): void {
  try {
    window.print();
  } catch {
    // Printing is blocked here; the page stays as it is.
  }
}
