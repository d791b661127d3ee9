// The screens of issue 14: most township laptops are 1366 × 768; maximised
// with the taskbar, the window's page is 1366 × 677.
export const LAPTOP = { width: 1366, height: 768 } as const;
export const LAPTOP_MAXIMISED = { width: 1366, height: 677 } as const;
