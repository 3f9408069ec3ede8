/**
 * The computed styles the export copies onto each cloned element. By default modern-screenshot
 * reads all ~350 properties of every element, which was most of a PNG export's time; the cards
 * use only these (box and flex layout, borders, text, and SVG paint). Anything missing here
 * renders with its initial value in the export, so a new kind of styling must be listed.
 */
const sides = ['top', 'right', 'bottom', 'left'] as const;
const corners = ['top-left', 'top-right', 'bottom-right', 'bottom-left'] as const;

/** Text properties that SVG text uses too. */
const SHARED_TEXT = [
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'letter-spacing',
  'text-decoration-line',
  'text-decoration-style',
  'text-decoration-color',
  'white-space',
  'direction',
  'writing-mode',
] as const;

/** SVG paint (recharts sets most as attributes, which the clone keeps). */
const SVG_PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'shape-rendering',
  'clip-path',
] as const;

export const EXPORT_STYLE_PROPERTIES: readonly string[] = [
  // Box and layout
  'display',
  'position',
  ...sides,
  'z-index',
  'box-sizing',
  'width',
  'height',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  ...sides.map((side) => `margin-${side}`),
  ...sides.map((side) => `padding-${side}`),
  'overflow-x',
  'overflow-y',
  'flex-direction',
  'flex-wrap',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'justify-content',
  'align-items',
  'align-self',
  'align-content',
  'order',
  'row-gap',
  'column-gap',
  'grid-template-columns',
  'grid-template-rows',
  'grid-column-start',
  'grid-column-end',
  'grid-row-start',
  'grid-row-end',
  'grid-auto-flow',
  'vertical-align',
  'transform',
  'transform-origin',
  'visibility',
  'opacity',
  // Borders and backgrounds
  ...sides.flatMap((side) => [
    `border-${side}-width`,
    `border-${side}-style`,
    `border-${side}-color`,
  ]),
  ...corners.map((corner) => `border-${corner}-radius`),
  'border-collapse',
  'border-spacing',
  'background-color',
  'background-image',
  'box-shadow',
  // Text
  ...SHARED_TEXT,
  'line-height',
  'text-align',
  'text-transform',
  'text-underline-offset',
  'word-break',
  'overflow-wrap',
  'text-overflow',
  'list-style-type',
  'list-style-position',
  ...SVG_PAINT,
];

/**
 * The part of the list above that a shape or a text inside an <svg> can use: box, flex, border
 * and list properties do not apply to them. Copying only these keeps the exported markup about
 * five times smaller, and the browser parses and styles all of it again to draw the PNG.
 */
export const SVG_CONTENT_STYLE_PROPERTIES: readonly string[] = [
  'display',
  'visibility',
  'opacity',
  'transform',
  'transform-origin',
  'overflow-x',
  'overflow-y',
  ...SHARED_TEXT,
  ...SVG_PAINT,
];
