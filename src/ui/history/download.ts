/** Saves text as a file through a Blob and an object URL (the CSP allows blob:); nothing leaves the device. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled (revoking at once can cancel the download in some browsers).
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name for an export: rolig-<yyyy-mm-dd>-<what>.json, safe characters only. */
export function exportName(what: string, at = new Date()): string {
  return `rolig-${at.toISOString().slice(0, 10)}-${what.replace(/[^a-z0-9-]/gi, '').slice(0, 40)}.json`;
}
