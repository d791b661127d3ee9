// The DOM event that carries a menu command to the page in end-to-end tests:
// browser-preload.ts listens for it, the harness dispatches it.
export const MENU_EVENT = 'report-menu-command';
