// A page's text as positioned pieces, built once per page from pdf.js's text content and shared
// by the page text, the table, field and entity detectors and the domain extractors.
// Coordinates are PDF points with the origin at the page's top-left corner (y grows downwards).

/** One pdf.js text item, horizontal, with its box. */
export type Run = {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Font size (em height) in points. */
  size: number;
};

/** Runs on one baseline with no wide gap between them: a phrase, a table cell, a label. */
export type Segment = { text: string; x0: number; x1: number; y: number; size: number };

/** Segments on one baseline within one block of the reading order. */
export type Line = {
  text: string;
  segments: Segment[];
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** Index of the block (column or region) in reading order. */
  block: number;
};

export type PageLayout = {
  number: number;
  width: number;
  height: number;
  /** Lines in reading order: block by block, top to bottom within a block. */
  lines: Line[];
  text: string;
  /** Horizontal and vertical rules drawn on the page (for ruled tables), when collected. */
  rules?: Rule[];
  /** Small curved shapes drawn among the text (a glyph such as "°C" or "µ" drawn as a path, not as text), when collected. */
  marks?: Box[];
};

/** A drawn line or thin rectangle: horizontal when y0 === y1, vertical when x0 === x1. */
export type Rule = { x0: number; y0: number; x1: number; y1: number };

/** A box in page coordinates (top-left origin). */
export type Box = { x0: number; y0: number; x1: number; y1: number };
