/** Saves text as a file through the browser's own download (a Blob behind a temporary a[download]): nothing is uploaded. */
export function downloadText(file: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the Blob to the download; the URL is freed once that has started.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
