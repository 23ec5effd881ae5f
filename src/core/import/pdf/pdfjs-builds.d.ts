/** pdf.js's minified builds that the pane loads (see pdfjs.ts): the same API as pdf.mjs; the worker ships no types. */
declare module "pdfjs-dist/legacy/build/pdf.min.mjs" {
  export * from "pdfjs-dist/legacy/build/pdf.mjs";
}
declare module "pdfjs-dist/legacy/build/pdf.worker.min.mjs";
