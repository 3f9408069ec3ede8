/** Saves a blob under a file name through a temporary link (no server round trip). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export type ClipboardSupport = { ok: true } | { ok: false; reason: 'insecure' | 'unsupported' };

/** Whether an image can go on the clipboard here, and if not, why. */
export function clipboardImageSupport(): ClipboardSupport {
  if (typeof window === 'undefined' || !window.isSecureContext)
    return { ok: false, reason: 'insecure' };
  if (typeof ClipboardItem === 'undefined' || typeof navigator.clipboard?.write !== 'function')
    return { ok: false, reason: 'unsupported' };
  if (typeof ClipboardItem.supports === 'function' && !ClipboardItem.supports('image/png'))
    return { ok: false, reason: 'unsupported' };
  return { ok: true };
}
