/**
 * The data base URL must be a same-origin path (such as /data/) or an https:// URL: anything else
 * would let a build fetch figures over plain http or from an unexpected scheme.
 */
export function checkDataUrl(value: string | undefined): void {
  if (!value) return;
  if (value.startsWith('/') && !value.startsWith('//')) return;
  if (/^https:\/\/[^/\s]+/.test(value)) return;
  throw new Error(
    `VITE_DATA_URL must be a same-origin path (such as /data/) or an https:// URL; got "${value}"`,
  );
}

/** The origin to allow in the Content-Security-Policy's connect-src, if the data lives elsewhere. */
export function dataOrigin(value: string | undefined): string | undefined {
  return value && value.startsWith('https://') ? new URL(value).origin : undefined;
}
