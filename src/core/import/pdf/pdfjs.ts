/**
 * The only stage that touches pdf.js: PDF bytes → pages of glyphs and ruling lines, in points
 * from each page's top-left corner. pdf.js is loaded on first use, never at start:
 * - in Node (the command line, tests, benchmarks) the legacy build through a real import(), which
 *   Jest's CommonJS transform would otherwise turn into a require() that cannot load an ES module;
 * - in the task pane a lazy chunk, run on the main thread (pdf.js's "fake worker"): pdf.js 5 starts
 *   its worker as an ES module worker, which the older Chromium of WPS's web view lacks and which
 *   a page opened from a local add-in folder may not start at all; reading a few pages on the main
 *   thread takes well under a second, and the pane shows that it is reading meanwhile.
 */
import type * as PdfjsModule from "pdfjs-dist/legacy/build/pdf.mjs";
import { Problem } from "../../problem";
import { Edge, Glyph, glyphsOfRun, PdfPage } from "./page";

export type Pdfjs = typeof PdfjsModule;

/** pdf.js and what it needs besides the bytes where it runs. */
export interface PdfjsRuntime {
  pdfjs: Pdfjs;
  /** Where the predefined CMaps of Chinese fonts that a PDF does not embed are found. */
  cMapUrl?: string;
  /** Where the data of the standard fonts (Helvetica, Times …) that a PDF does not embed are found. */
  standardFontDataUrl?: string;
}

const BUILD = "pdfjs-dist/legacy/build/pdf.mjs";

const inNode = () =>
  typeof process !== "undefined" && !!process.versions?.node && typeof window === "undefined";

/** Loads pdf.js for where the code runs. */
export async function loadPdfjs(): Promise<PdfjsRuntime> {
  if (inNode()) {
    // A real import(), hidden from Jest's transform and from webpack. Its text differs on each
    // call: V8 reuses a function compiled from the same text, with the module loader of where it
    // was first made, and Jest tears that down after each test file.
    const nodeImport = new Function("s", `return import(s); // ${Math.random()}`) as (
      s: string
    ) => Promise<unknown>;
    const { createRequire } = (await nodeImport("node:module")) as typeof import("module");
    const { pathToFileURL } = (await nodeImport("node:url")) as typeof import("url");
    const entry = createRequire(__filename).resolve(BUILD);
    const pdfjs = (await nodeImport(pathToFileURL(entry).href)) as Pdfjs;
    const root = entry.replace(/legacy[\\/]build[\\/]pdf\.mjs$/, "");
    return { pdfjs, cMapUrl: `${root}cmaps/`, standardFontDataUrl: `${root}standard_fonts/` };
  }
  // Mozilla's own minified builds: half the bytes for the bundler to parse and minify again.
  const [pdfjs, worker] = await Promise.all([
    import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.min.mjs"),
    import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.worker.min.mjs"),
  ]);
  // pdf.js runs its worker's code on the main thread when it finds it here.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  // The build copies pdf.js's CMaps and standard fonts beside the pane (webpack.config.js).
  return {
    pdfjs,
    cMapUrl: new URL("pdfjs/cmaps/", document.baseURI).href,
    standardFontDataUrl: new URL("pdfjs/standard_fonts/", document.baseURI).href,
  };
}

type Matrix = [number, number, number, number, number, number];

/** m1 after m2, as PDF's `cm` and canvas's transform() concatenate. */
function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Lines less slanted than this (points over their length) count as horizontal or vertical. */
const STRAIGHT = 1;
const INVISIBLE = new Set(["#ffffff", "#fff", "transparent"]);

/** The text runs of a page as glyphs, each run's width shared out among its characters. */
async function glyphsOf(page: PdfjsModule.PDFPageProxy, view: Matrix): Promise<Glyph[]> {
  const content = await page.getTextContent();
  const glyphs: Glyph[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const [a, b, c, d, e, f] = item.transform as Matrix;
    const size = Math.hypot(c, d) || item.height;
    const style = content.styles[item.fontName];
    const ascent = style?.ascent || 0.8;
    const descent = style?.descent || -0.2;
    // Corners of the run in user space, then on the page.
    const along = Math.hypot(a, b) || 1;
    const [ux, uy] = [a / along, b / along];
    const corners = [0, item.width].flatMap((w) =>
      [ascent, descent].map((h) =>
        apply(view, e + ux * w - uy * h * size, f + uy * w + ux * h * size)
      )
    );
    const xs = corners.map((p) => p[0]);
    const ys = corners.map((p) => p[1]);
    const x0 = Math.min(...xs);
    glyphs.push(
      ...glyphsOfRun(item.str, x0, Math.max(...xs) - x0, Math.min(...ys), Math.max(...ys), size)
    );
  }
  return glyphs;
}

/** A filled shape no thicker than this (points) is a rule drawn as a bar; a thicker one is a cell's shading. */
const BAR = 4;

/** The edge along a straight segment on the page, when it is horizontal or vertical. */
function edgeOf(ax: number, ay: number, bx: number, by: number): Edge | null {
  if (Math.abs(ay - by) <= STRAIGHT && Math.abs(ax - bx) > STRAIGHT)
    return { orientation: "h", at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) };
  if (Math.abs(ax - bx) <= STRAIGHT && Math.abs(ay - by) > STRAIGHT)
    return { orientation: "v", at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) };
  return null;
}

/**
 * The rule a filled subpath draws: a thin bar (Chrome/Skia, Word and Excel draw borders as thin
 * filled rectangles or polygons) is one line along its middle; a wider shape is a cell's shading
 * or a picture, not a rule, and gives none (its sides would add borders that are not there).
 */
function barOf(points: [number, number][]): Edge | null {
  const known = points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const xs = known.map((p) => p[0]);
  const ys = known.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (y1 - y0 <= BAR && x1 - x0 > y1 - y0)
    return { orientation: "h", at: (y0 + y1) / 2, from: x0, to: x1 };
  if (x1 - x0 <= BAR && y1 - y0 > x1 - x0)
    return { orientation: "v", at: (x0 + x1) / 2, from: y0, to: y1 };
  return null;
}

/** Straight, visible lines drawn on a page: strokes and filled bars, not shading. */
async function edgesOf(
  page: PdfjsModule.PDFPageProxy,
  view: Matrix,
  OPS: Pdfjs["OPS"]
): Promise<{ edges: Edge[]; images: number }> {
  const list = await page.getOperatorList();
  const strokes = new Set<number>([OPS.stroke, OPS.closeStroke]);
  const fills = new Set<number>([OPS.fill, OPS.eoFill]);
  const both = new Set<number>([
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const pictures = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageXObjectRepeat,
    OPS.paintImageMaskXObject,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintImageMaskXObjectRepeat,
  ]);
  const edges: Edge[] = [];
  let images = 0;
  let state = { ctm: [1, 0, 0, 1, 0, 0] as Matrix, fill: "#000000", stroke: "#000000" };
  const saved: (typeof state)[] = [];
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i];
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) {
      saved.push(state);
      if (fn === OPS.paintFormXObjectBegin && Array.isArray(args?.[0]))
        state = { ...state, ctm: multiply(state.ctm, args[0] as Matrix) };
    } else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) state = saved.pop() ?? state;
    else if (fn === OPS.transform) state = { ...state, ctm: multiply(state.ctm, args as Matrix) };
    else if (fn === OPS.setFillRGBColor) state = { ...state, fill: String(args[0]).toLowerCase() };
    else if (fn === OPS.setStrokeRGBColor)
      state = { ...state, stroke: String(args[0]).toLowerCase() };
    else if (fn === OPS.setFillTransparent) state = { ...state, fill: "transparent" };
    else if (fn === OPS.setStrokeTransparent) state = { ...state, stroke: "transparent" };
    else if (pictures.has(fn)) images++;
    else if (fn === OPS.constructPath) {
      const [paint, [path]] = args as [number, [ArrayLike<number> | null]];
      if (!path) return;
      const stroked = (strokes.has(paint) || both.has(paint)) && !INVISIBLE.has(state.stroke);
      const filled = (fills.has(paint) || both.has(paint)) && !INVISIBLE.has(state.fill);
      const m = multiply(view, state.ctm);
      for (const points of subpaths(path)) {
        const onPage = points.map(([x, y]) => apply(m, x, y));
        if (stroked)
          for (let k = 1; k < onPage.length; k++) {
            const edge = edgeOf(...onPage[k - 1], ...onPage[k]);
            if (edge) edges.push(edge);
          }
        const bar = filled ? barOf(onPage) : null;
        if (bar) edges.push(bar);
      }
    }
  });
  return { edges, images };
}

/**
 * The subpaths of a path as pdf.js 5 encodes it (DrawOPS codes followed by their points), each
 * as its points in order, a closed one ending where it began; a curve counts by its end point.
 */
function subpaths(path: ArrayLike<number>): [number, number][][] {
  const [MOVE, LINE, CURVE, QUADRATIC, CLOSE] = [0, 1, 2, 3, 4];
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  const flush = () => {
    if (current.length > 1) out.push(current);
    current = [];
  };
  for (let k = 0; k < path.length;) {
    const op = path[k++];
    if (op === MOVE) {
      flush();
      current.push([path[k], path[k + 1]]);
      k += 2;
    } else if (op === LINE) {
      current.push([path[k], path[k + 1]]);
      k += 2;
    } else if (op === CURVE) {
      current.push([NaN, NaN], [path[k + 4], path[k + 5]]); // a curve is no straight segment
      k += 6;
    } else if (op === QUADRATIC) {
      current.push([NaN, NaN], [path[k + 2], path[k + 3]]);
      k += 4;
    } else if (op === CLOSE) {
      if (current.length > 0) current.push(current[0]);
      const start = current[0];
      flush();
      if (start) current.push(start);
    } else break; // an encoding this reader does not know: keep what was read
  }
  flush();
  return out;
}

export interface ReadPdf {
  pages: PdfPage[];
  problems: Problem[];
  /** Pages in the file, read or not. */
  pageCount: number;
}

/**
 * Reads the first `maxPages` pages; a page that fails is reported and skipped. Throws when the
 * file cannot be opened.
 */
export async function readPdf(
  bytes: Uint8Array,
  runtime: PdfjsRuntime,
  maxPages = Infinity
): Promise<ReadPdf> {
  const { pdfjs } = runtime;
  const task = pdfjs.getDocument({
    data: bytes.slice(), // pdf.js takes over the buffer it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: runtime.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: runtime.standardFontDataUrl,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const { promise } = task;
    const doc = await promise;
    const pages: PdfPage[] = [];
    const problems: Problem[] = [];
    for (let number = 1; number <= Math.min(doc.numPages, maxPages); number++) {
      try {
        const page = await doc.getPage(number);
        const viewport = page.getViewport({ scale: 1 });
        const view = viewport.transform as Matrix;
        const glyphs = await glyphsOf(page, view);
        const { edges, images } = await edgesOf(page, view, pdfjs.OPS);
        pages.push({
          number,
          width: viewport.width,
          height: viewport.height,
          glyphs,
          edges,
          images,
        });
        page.cleanup();
      } catch (error) {
        problems.push({
          rule: "import/pdf-page",
          severity: "error",
          page: number,
          message: `第 ${number} 页无法读取（${(error as Error)?.message ?? error}），已跳过`,
        });
      }
    }
    return { pages, problems, pageCount: doc.numPages };
  } finally {
    await task.destroy();
  }
}
