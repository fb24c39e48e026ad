// The page's `storage` event listeners, counted: the first one starts the browser's storage, so
// widgets add theirs only while another tab's change can matter, and never leave one behind.

/** Window `storage` listeners added and not yet removed since the call, until `restore()`. */
export function watchStorageListeners(): { live: Set<unknown>; restore: () => void } {
  const live = new Set<unknown>();
  const { addEventListener: add, removeEventListener: remove } = window;
  window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
    if (args[0] === 'storage') live.add(args[1]);
    return add.apply(this, args);
  } as Window['addEventListener'];
  window.removeEventListener = function (this: Window, ...args: Parameters<Window['removeEventListener']>) {
    if (args[0] === 'storage') live.delete(args[1]);
    return remove.apply(this, args);
  } as Window['removeEventListener'];
  return {
    live,
    restore: () => {
      window.addEventListener = add;
      window.removeEventListener = remove;
    },
  };
}
