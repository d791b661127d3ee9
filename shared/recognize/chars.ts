// Character classes the recognizer reasons with.

/** Chinese characters, CJK punctuation and full-width forms: text set without spaces. */
export function isWide(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x2e80 && c <= 0x9fff) || // radicals, CJK punctuation, kana, CJK ideographs (incl. ext. A)
    (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0x20000 && c <= 0x3ffff) || // ideographs, extensions B and later
    c === 0x2014 || // —
    c === 0x2026 || // …
    (c >= 0x2018 && c <= 0x201d) // ‘’“”
  );
}

/** Punctuation after which a paragraph may end (a line ending in one is complete). */
export const PARAGRAPH_END = /[。！？!?；;：:…”’」』）)】》]$/u;

/** Punctuation that never ends a paragraph: a line ending in one continues on the next. */
export const CONTINUES = /[，、,（(“‘《【—]$/u;

/** End punctuation a heading's outline text goes without. */
export const TRAILING_PUNCTUATION = /[。！？；：，、.!?;:,\s]+$/u;

/** How wide a line looks: a Chinese character is 1, a half-width character 1/2. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch) ? 1 : 0.5;
  return w;
}
