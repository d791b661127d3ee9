// Where the main window opens: on the display's work area (the screen less
// the taskbar), maximised on a small screen such as a 1366 × 768 laptop, and
// where the clerk last left it when that still fits a display.
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered between runs: the window's normal (unmaximised) bounds and whether it was maximised. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 560;
/** Below this work area the window opens maximised: every pixel goes to the page. */
const SMALL_SCREEN = { width: 1600, height: 960 };
/** The unmaximised size on a large screen. */
const PREFERRED = { width: 1400, height: 940 };

const isRect = (r: unknown): r is Rect =>
  typeof r === 'object' && r !== null && ['x', 'y', 'width', 'height'].every((k) => Number.isFinite((r as Record<string, unknown>)[k]));

/** The remembered state from its JSON text; null when there is none or it cannot be read. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { bounds, maximized } = value as Record<string, unknown>;
    if (!isRect(bounds) || typeof maximized !== 'boolean') return null;
    return { bounds: { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }, maximized };
  } catch {
    return null;
  }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** `r` made to fit inside `area`: no larger than it, moved in where it sticks out. */
export function fitInto(r: Rect, area: Rect): Rect {
  const width = Math.max(Math.min(r.width, area.width), Math.min(MIN_WIDTH, area.width));
  const height = Math.max(Math.min(r.height, area.height), Math.min(MIN_HEIGHT, area.height));
  const x = Math.min(Math.max(r.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(r.y, area.y), area.y + area.height - height);
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
}

/**
 * The window's first bounds and whether to maximise it. A remembered window
 * comes back on the display it mostly covers (fitted to its work area); a
 * window seen on no display now, or a first run, opens on the primary
 * display's work area: maximised when that is small, else centred.
 */
export function initialWindow(workAreas: readonly Rect[], primary: Rect, saved: WindowState | null): WindowState {
  if (saved) {
    const best = workAreas.map((area) => ({ area, covered: overlap(saved.bounds, area) })).sort((a, b) => b.covered - a.covered)[0];
    if (best && best.covered > 0) return { bounds: fitInto(saved.bounds, best.area), maximized: saved.maximized };
  }
  const small = primary.width < SMALL_SCREEN.width || primary.height < SMALL_SCREEN.height;
  const width = Math.min(PREFERRED.width, primary.width);
  const height = Math.min(PREFERRED.height, primary.height);
  const bounds = { x: primary.x + Math.round((primary.width - width) / 2), y: primary.y + Math.round((primary.height - height) / 2), width, height };
  return { bounds: small ? { ...primary } : bounds, maximized: small };
}
