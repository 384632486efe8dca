// The picture of a page that OCR reads, as an 8-bit grey image (PGM, which tesseract.js takes as
// it is). A page that is one upright scanned image of 200 dpi or more gives that image itself, as
// decoded by pdf.js (JPEG, CCITT, JBIG2, Flate), with no rendering; any other page (rotated,
// several images, a low-resolution scan, vector text) is rendered at 300 dpi, capped in size.
import { createCanvas } from '@napi-rs/canvas';
import { multiply } from '../layout/matrix';
import { ImageKind, OPS, type PdfPage } from '../pdfjs';

export const RENDER_DPI = 300;
/** An embedded image below this resolution is rendered (upscaled) instead. */
export const MIN_IMAGE_DPI = 200;
/** No page image larger than this many pixels (an A4 page at 300 dpi is 8.7 MP). */
export const MAX_PIXELS = 18_000_000;

/** Image pixel (x, y) → page point (top-left origin): left + x·sx, top + y·sy. */
export type PixelToPage = { left: number; top: number; sx: number; sy: number };

export type PageImage = {
  pgm: Buffer;
  width: number;
  height: number;
  map: PixelToPage;
  /** 'embedded': the page's own scan; 'rendered': drawn at `dpi`. */
  source: 'embedded' | 'rendered';
  dpi: number;
};

type DecodedImage = { width: number; height: number; kind: number; data: Uint8Array | Uint8ClampedArray };

/** pdf.js's decoded image (1-bit packed, RGB or RGBA) as 8-bit grey. */
export function toGrey(image: DecodedImage): Uint8Array {
  const { width, height, kind, data } = image;
  const out = new Uint8Array(width * height);
  if (kind === ImageKind.GRAYSCALE_1BPP) {
    // Rows padded to whole bytes; a set bit is white (pdf.js paints it with the light colour).
    const stride = Math.ceil(width / 8);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        out[y * width + x] = data[y * stride + (x >> 3)] & (0x80 >> (x & 7)) ? 255 : 0;
      }
    }
    return out;
  }
  const channels = kind === ImageKind.RGB_24BPP ? 3 : 4;
  for (let i = 0, j = 0; i < out.length; i++, j += channels) {
    const grey = (data[j] * 299 + data[j + 1] * 587 + data[j + 2] * 114) / 1000;
    // Transparent pixels read as white paper.
    out[i] = channels === 4 && data[j + 3] < 255 ? Math.round(255 - (data[j + 3] / 255) * (255 - grey)) : Math.round(grey);
  }
  return out;
}

export const pgm = (grey: Uint8Array, width: number, height: number): Buffer =>
  Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'latin1'), Buffer.from(grey.buffer, grey.byteOffset, grey.byteLength)]);

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObjectGroup]);


/** The page's single upright scan covering most of it, at MIN_IMAGE_DPI or more, or null. */
async function embeddedScan(page: PdfPage): Promise<PageImage | null> {
  if (page.rotate % 360 !== 0) return null;
  const ops = await page.getOperatorList({ intent: 'display' });
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  let found: { name: string; ctm: number[] } | null = null;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.paintImageXObject) {
      if (found) return null;
      found = { name: String(args[0]), ctm };
    } else if (IMAGE_OPS.has(fn)) return null;
  }
  if (!found) return null;
  const [a, b, c, d, e, f] = found.ctm;
  if (Math.abs(b) > 1e-6 || Math.abs(c) > 1e-6 || a <= 0 || d <= 0) return null;
  const [vx0, vy0, vx1, vy1] = page.view;
  const covered = Math.max(0, Math.min(e + a, vx1) - Math.max(e, vx0)) * Math.max(0, Math.min(f + d, vy1) - Math.max(f, vy0));
  if (covered < 0.6 * (vx1 - vx0) * (vy1 - vy0)) return null;
  const objs = found.name.startsWith('g_') ? page.commonObjs : page.objs;
  const image = objs.get(found.name) as DecodedImage | null;
  if (!image?.data || !image.width || !image.height) return null;
  const dpi = Math.min(image.width / (a / 72), image.height / (d / 72));
  if (dpi < MIN_IMAGE_DPI || image.width * image.height > MAX_PIXELS) return null;
  if (![ImageKind.GRAYSCALE_1BPP, ImageKind.RGB_24BPP, ImageKind.RGBA_32BPP].includes(image.kind)) return null;
  return {
    pgm: pgm(toGrey(image), image.width, image.height),
    width: image.width,
    height: image.height,
    map: { left: e - vx0, top: vy1 - (f + d), sx: a / image.width, sy: d / image.height },
    source: 'embedded',
    dpi: Math.round(dpi),
  };
}

/** The page drawn at RENDER_DPI (less when that would pass MAX_PIXELS). */
export async function renderPage(page: PdfPage): Promise<PageImage> {
  const base = page.getViewport({ scale: 1 });
  let scale = RENDER_DPI / 72;
  if (base.width * base.height * scale * scale > MAX_PIXELS) scale = Math.sqrt(MAX_PIXELS / (base.width * base.height));
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
  const rgba = context.getImageData(0, 0, width, height).data;
  const grey = toGrey({ width, height, kind: ImageKind.RGBA_32BPP, data: rgba });
  return { pgm: pgm(grey, width, height), width, height, map: { left: 0, top: 0, sx: 1 / scale, sy: 1 / scale }, source: 'rendered', dpi: Math.round(scale * 72) };
}

export async function pageImage(page: PdfPage): Promise<PageImage> {
  return (await embeddedScan(page).catch(() => null)) ?? renderPage(page);
}
