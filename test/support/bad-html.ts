// Clipboard HTML a page or a crafted copy can put on the clipboard: each kind
// repeats one unit to the size asked for. Tag soup that a backtracking scanner
// rescans from every “<” (unclosed tags, quotes, comments, declarations), deep
// nesting, stray end tags, and a paragraph of nothing but line breaks.

export const BAD_HTML_UNITS: Record<string, string> = {
  'unclosed tags': '<a ',
  'unclosed quotes': '<a x="',
  'text with “<”': '字<',
  'letters after “<”': 'a<b',
  'unclosed declarations': '<!x',
  'unclosed processing instructions': '<?x',
  'unclosed conditionals': '<![x',
  'unclosed comments': '<!-- ',
  'nested spans': '<span>字',
  'nested hidden spans': '<span style="display:none">字',
  'nested Word list numbers': '<span style="mso-list:Ignore">1.',
  'stray end tags': '</b>字',
  'unclosed styles': '<style>',
  'entities': '&amp;&#x4e2d;&nbsp',
  'line breaks': '字<br>',
  'paragraphs': '<p>一、工作。</p>',
  'white space': ' \n字',
  'attributes': '<p class=MsoNormal style=\'a:b\' x=y z="w">',
};

/** `unit` repeated to `bytes` characters (cut at the end). */
export function repeatedTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}
