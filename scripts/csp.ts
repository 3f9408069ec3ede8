/**
 * The production Content-Security-Policy: no inline scripts, no eval, data only from this origin
 * (and the configured https data origin). Inline style attributes are allowed because the chart
 * library positions SVG text and tooltips with them.
 */
export function contentSecurityPolicy(dataOrigin?: string, { meta = false } = {}): string {
  const connect = ["'self'", dataOrigin].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    // Browsers ignore (and warn about) frame-ancestors in a <meta> policy: header only.
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');
}
