// Performance marks the editor sets, named here without pulling in the editor
// (or its stylesheet), so the typing bench can observe them.

/** A performance mark set whenever the editor commits a new value. */
export const VALUE_COMMITTED_MARK = 'report-editor:value-committed';
