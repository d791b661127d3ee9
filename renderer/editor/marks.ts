// Performance marks the editor sets, named here without pulling in the editor
// (or its stylesheet), so the typing bench can observe them.

/** A performance mark set when React has committed the editor's new value to the page (a layout effect). */
export const VALUE_COMMITTED_MARK = 'report-editor:value-committed';

/** A performance measure of each page layout the editor makes: from the change it lays out to its pages shown (pages/use-page-layout.ts). */
export const PAGE_LAYOUT_MEASURE = 'report-editor:page-layout';
/** A performance measure of the part of it on the editor's thread: taking the layout in and marking the text. */
export const PAGE_LAYOUT_APPLY_MEASURE = 'report-editor:page-layout-apply';
/** A performance mark set when the editor has first committed a freshly opened draft. */
export const DRAFT_SHOWN_MARK = 'report-editor:draft-shown';
