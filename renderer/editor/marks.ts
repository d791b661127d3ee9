// Performance marks the editor sets, named here without pulling in the editor
// (or its stylesheet), so the typing bench can observe them.

/** A performance mark set when React has committed the editor's new value to the page (a layout effect). */
export const VALUE_COMMITTED_MARK = 'report-editor:value-committed';

/** A performance mark set when the editor has first committed a freshly opened draft. */
export const DRAFT_SHOWN_MARK = 'report-editor:draft-shown';
