// pdf.js ships its minified build without types of its own: it is the same module as pdf.mjs.
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}
