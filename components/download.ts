/** Save text as a file through the browser (an object URL, nothing uploaded). */
export function downloadText(name: string, text: string, type = "application/json"): void {
  downloadBlob(name, new Blob([text], { type }));
}

/** Save bytes as a file through the browser (an object URL, nothing uploaded). */
export function downloadBytes(name: string, bytes: Uint8Array, type = "application/octet-stream"): void {
  downloadBlob(name, new Blob([bytes as BlobPart], { type }));
}

function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
