/** What a copied image says under it: the title, each source (linked) and the view's address. */
export interface ImageCaption {
  title: string;
  sources: ReadonlyArray<{ text: string; url?: string | undefined }>;
  address: string;
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Only web addresses become links; anything else stays text. */
const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : null);

/**
 * The HTML a paste into Word, Outlook or a rich editor receives: the image with the title as its
 * alternative text, then a caption naming the title and linking the sources and the view. Every
 * piece of data is escaped: a title never becomes markup.
 */
export function captionHtml(
  imageDataUrl: string,
  caption: ImageCaption,
  words: { source: string; view: string },
): string {
  const link = (text: string, url: string | undefined) => {
    const href = safeUrl(url);
    return href ? `<a href="${escape(href)}">${escape(text)}</a>` : escape(text);
  };
  const sources = caption.sources.map((s) => link(s.text, s.url)).join('; ');
  return [
    '<figure>',
    `<img src="${escape(imageDataUrl)}" alt="${escape(caption.title)}">`,
    '<figcaption>',
    `<strong>${escape(caption.title)}</strong><br>`,
    `${escape(words.source)} ${sources}<br>`,
    `${escape(words.view)} ${link(caption.address, caption.address)}`,
    '</figcaption>',
    '</figure>',
  ].join('');
}

/** The same caption as plain text, for programs that take no HTML. */
export function captionText(
  caption: ImageCaption,
  words: { source: string; view: string },
): string {
  return [
    caption.title,
    `${words.source} ${caption.sources.map((s) => (s.url ? `${s.text} (${s.url})` : s.text)).join('; ')}`,
    `${words.view} ${caption.address}`,
  ].join('\n');
}
