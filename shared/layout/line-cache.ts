// What the layout keeps between relayouts: the lines of every paragraph set,
// by what they were set from, and the title's lines by its text.
import type { LineBox } from './boxes';
import { titleLines } from './title';

/**
 * Lines of paragraphs already set, by what they were set from: relaying out
 * a draft after a keystroke sets again only the paragraph that changed.
 */
export class LineCache {
  private previous = new Map<string, LineBox[]>();
  private current = new Map<string, LineBox[]>();
  /** By the draft's block object (the editor replaces a block it changes) and what else the lines depend on. */
  private byBlock = new WeakMap<object, { context: string; key: string }>();

  get(key: () => string, make: () => LineBox[], origin?: { block: object; context: string }): LineBox[] {
    const known = origin && this.byBlock.get(origin.block);
    const k = known && known.context === origin.context ? known.key : key();
    let lines = this.current.get(k) ?? this.previous.get(k);
    if (!lines) lines = make();
    this.current.set(k, lines);
    if (origin) this.byBlock.set(origin.block, { context: origin.context, key: k });
    return lines;
  }

  private titles = new Map<string, string[]>();

  /** A title's lines, kept while the title and the unit stay the same. */
  title(text: string, unit: string): string[] {
    const key = `${unit}\u0000${text}`;
    let lines = this.titles.get(key);
    if (!lines) {
      lines = titleLines(text, { unit });
      if (this.titles.size > 16) this.titles.clear();
      this.titles.set(key, lines);
    }
    return lines;
  }

  /** Forgets what the last layout did not use. */
  sweep(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}
