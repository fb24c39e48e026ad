// Files a widget saves, recorded instead of downloaded: the link's name and the Blob behind it.
export function recordDownloads() {
  const saved = [];
  const blobs = new Map();
  const { createObjectURL } = URL;
  const { click } = HTMLAnchorElement.prototype;
  URL.createObjectURL = (blob) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function () {
    if (this.download) saved.push({ name: this.download, blob: blobs.get(this.href) });
    else click.call(this);
  };
  return {
    saved,
    restore() {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}
