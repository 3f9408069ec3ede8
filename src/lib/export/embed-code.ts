/** The message an embedded panel posts to its host page whenever its height changes. */
export const EMBED_HEIGHT_MESSAGE = 'hk-innovation:embed-height';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  panel: string;
  height: number;
}

export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<EmbedHeightMessage>;
  return (
    message.type === EMBED_HEIGHT_MESSAGE &&
    typeof message.panel === 'string' &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height)
  );
}

/**
 * The embed page's address for a panel with the current filters: `…/embed.html?panel=startups&
 * from=2018&lang=zh-Hant`. Presentation keys are dropped; the language is kept when not English.
 */
export function embedUrl(parts: {
  /** The dashboard's page, e.g. `https://example.org/` */
  page: string;
  search: string;
  panelId: string;
  language: string;
}): string {
  const params = new URLSearchParams(parts.search);
  for (const key of ['present', 'autoplay', 'caption', 'panel']) params.delete(key);
  if (/^en\b/i.test(parts.language)) params.delete('lang');
  else params.set('lang', parts.language);
  const query = new URLSearchParams([['panel', parts.panelId], ...params]).toString();
  // The Chinese first screens live in /zh-hant/ and /zh-hans/; the embed page is beside the root.
  const folder = parts.page.replace(/[^/]*$/, '').replace(/zh-han[st]\/$/, '');
  return `${folder}embed.html?${query}`;
}

const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<iframe>` to paste into a page: full width, a starting height, titled for screen readers. */
export function iframeCode(url: string, title: string, height = 620): string {
  return `<iframe src="${attribute(url)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}
