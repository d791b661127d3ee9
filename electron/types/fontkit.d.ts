// The part of fontkit (pdfkit's font engine) the PDF export uses: reading a
// collection's faces to pick the Simplified Chinese one.
declare module 'fontkit' {
  export interface FontkitFace {
    postscriptName: string;
  }
  export function create(data: Buffer, postscriptName?: string): FontkitFace | { fonts: FontkitFace[] };
}
