import { withPngText } from './png-metadata';

/** What every exported image says about itself, whichever program opens it. */
export interface FileMetadata {
  title: string;
  description: string;
  /** The sources, one citation each. */
  sources: readonly string[];
  /** The view's full address. */
  address: string;
  /** yyyy-mm-dd */
  date: string;
  licence: string;
  creator: string;
}

/** The PNG's iTXt entries, under the keywords the PNG specification lists. */
export function pngTextEntries(meta: FileMetadata): Record<string, string> {
  return {
    Title: meta.title,
    Description: meta.description,
    Source: meta.sources.join('\n'),
    URL: meta.address,
    'Creation Time': meta.date,
    Copyright: meta.licence,
    Author: meta.creator,
  };
}

export async function pngWithMetadata(png: Blob, meta: FileMetadata): Promise<Blob> {
  const bytes = withPngText(new Uint8Array(await png.arrayBuffer()), pngTextEntries(meta));
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DC = 'http://purl.org/dc/elements/1.1/';

/**
 * The SVG with a `<title>`, a `<desc>` and a Dublin Core `<metadata>` block (title, sources,
 * address, date, licence) as its first children. Built as DOM nodes: data never becomes markup.
 */
export function svgWithMetadata(markup: string, meta: FileMetadata): string {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const svg = doc.documentElement;
  if (svg.localName !== 'svg' || doc.querySelector('parsererror'))
    throw new Error('not an SVG document');
  const first = (name: string) =>
    [...svg.children].find((c) => c.localName === name) ??
    svg.insertBefore(doc.createElementNS(SVG_NS, name), svg.firstChild);
  const desc = first('desc');
  desc.textContent = meta.description;
  const title = first('title');
  title.textContent = meta.title;
  svg.insertBefore(title, svg.firstChild);
  title.after(desc);

  const metadata = doc.createElementNS(SVG_NS, 'metadata');
  const rdf = doc.createElementNS(RDF, 'rdf:RDF');
  const about = doc.createElementNS(RDF, 'rdf:Description');
  about.setAttributeNS(RDF, 'rdf:about', meta.address);
  const add = (name: string, text: string) => {
    if (!text) return;
    const el = doc.createElementNS(DC, `dc:${name}`);
    el.textContent = text;
    about.append(el);
  };
  add('title', meta.title);
  add('description', meta.description);
  for (const source of meta.sources) add('source', source);
  add('identifier', meta.address);
  add('date', meta.date);
  add('rights', meta.licence);
  add('creator', meta.creator);
  rdf.append(about);
  metadata.append(rdf);
  desc.after(metadata);
  return new XMLSerializer().serializeToString(doc);
}
