// How deeply a JSON text nests, found by one pass over its characters before
// JSON.parse: files from elsewhere (a library file, a draft file) that nest far
// beyond what the program writes are refused before anything walks them
// recursively (validation, JSON.stringify), which would overflow the stack.

/** The program's own files nest about a dozen levels; this leaves room for growth. */
export const MAX_JSON_DEPTH = 200;

/** True when the text nests objects and arrays deeper than `limit` (strings are skipped). */
export function nestsDeeperThan(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
