// The page-true layout: a draft as GB/T 9704 prints it, in pages of lines.
export { LayoutEngine, layoutDraft, layoutJson, type DraftLayout, type LayoutInput, type LayoutJson } from './engine';
export { exportedBlocks, LEFT_EDGE, LINE_WIDTH, type ParagraphSource, type SetBlock } from './blocks';
export type { Box, FixedBox, LineBox, LineKind, LineRun, FaceRole, BlockLayout } from './boxes';
export type { Page, PlacedBox } from './paginate';
export { titleLines, isTrapezoidOrDiamond } from './title';
export * from './metrics';
export { redHeaderGeometry, isRedHeader, RED_HEADER_LINES, type RedHeaderContent, type RedHeaderGeometry } from './red-header';
export { colophonContent, isColophon, COLOPHON_SIZE, ONE_CHAR, type ColophonContent, type ColophonPlacement } from './colophon';
export { placeLine, type PlacedPiece } from './place';
export { pageMarks, lineOffsets, type BlockMarks, type PageMarks } from './page-marks';
