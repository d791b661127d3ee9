// The tokens of clipboard HTML, in one pass: every token is found by looking
// ahead from where it starts, and a look-ahead that runs off the end (an
// unclosed tag, quote, comment or declaration) ends the input there, as a
// browser drops an unclosed tag. So no character is looked at more than a few
// times, whatever the input (a regular expression for tags rescanned the rest
// of the input from every unclosed “<”: 64 KB of them took seconds).

/** A tag (name set), markup to skip (a comment, declaration or processing instruction), or text. */
export interface HtmlToken {
  /** The token's source text; for text, the text itself (a “<” that starts no markup is text too). */
  token: string;
  /** Set for a comment, declaration or processing instruction. */
  skipped?: true;
  /** '/' for an end tag, '' for a start tag; undefined for text and skipped markup. */
  closing?: string;
  /** The tag name as written; undefined for text and skipped markup. */
  rawName?: string;
  /** The raw attribute text of a tag, up to its “>” (a trailing “/” of a self-closing tag included). */
  attrs?: string;
}

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** [\w:.-] in ASCII: a tag name's characters after the first. */
const isNameChar = (c: number) => isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x3a || c === 0x2e || c === 0x2d;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;

export class HtmlTokens {
  /** Where the next token starts; setting it skips input (e.g. past a <style> element). */
  pos = 0;

  constructor(private readonly source: string) {}

  /** The next token, or null at the end of the input. */
  next(): HtmlToken | null {
    const s = this.source;
    const at = this.pos;
    if (at >= s.length) return null;
    if (!this.startsMarkup(at)) {
      let lt = s.indexOf('<', at + 1);
      while (lt >= 0 && !this.startsMarkup(lt)) lt = s.indexOf('<', lt + 1);
      const end = lt < 0 ? s.length : lt;
      this.pos = end;
      return { token: s.slice(at, end) };
    }
    const c1 = s.charCodeAt(at + 1);
    if (c1 === 0x21 || c1 === 0x3f) return this.skipped(at, s.startsWith('<!--', at) ? '-->' : '>');
    const slash = c1 === 0x2f;
    const nameAt = at + (slash ? 2 : 1);
    let i = nameAt + 1;
    while (i < s.length && isNameChar(s.charCodeAt(i))) i++;
    const nameEnd = i;
    const end = this.tagEnd(nameEnd);
    if (end < 0) return this.toEnd();
    this.pos = end + 1;
    return { token: s.slice(at, end + 1), closing: slash ? '/' : '', rawName: s.slice(nameAt, nameEnd), attrs: s.slice(nameEnd, end) };
  }

  /** Does a tag, comment, declaration or processing instruction start here? (“<” before anything else is text.) */
  private startsMarkup(at: number): boolean {
    const s = this.source;
    if (s.charCodeAt(at) !== 0x3c) return false;
    const c1 = s.charCodeAt(at + 1);
    return c1 === 0x21 || c1 === 0x3f || isLetter(c1) || (c1 === 0x2f && isLetter(s.charCodeAt(at + 2)));
  }

  /** The “>” that ends a tag whose attributes start at `from` (quotes count only as an attribute's value), or -1. */
  private tagEnd(from: number): number {
    const s = this.source;
    let i = from;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 0x3e) return i;
      i++;
      if (c !== 0x3d) continue; // not “=”
      while (i < s.length && isSpace(s.charCodeAt(i))) i++;
      const q = s.charCodeAt(i);
      if (q === 0x22 || q === 0x27) {
        const close = s.indexOf(q === 0x22 ? '"' : "'", i + 1);
        if (close < 0) return -1;
        i = close + 1;
      }
    }
    return -1;
  }

  /** A comment, declaration or processing instruction up to `terminator`; unclosed, it runs to the end. */
  private skipped(at: number, terminator: string): HtmlToken | null {
    const close = this.source.indexOf(terminator, at + 2);
    if (close < 0) return this.toEnd();
    this.pos = close + terminator.length;
    return { token: this.source.slice(at, this.pos), skipped: true };
  }

  /** Unclosed markup: the rest of the input is dropped with it. */
  private toEnd(): null {
    this.pos = this.source.length;
    return null;
  }
}
