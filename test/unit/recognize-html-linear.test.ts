// Crafted clipboard HTML of 1 MB, of every kind that made the old tag scanner
// or the line joiner superlinear (64 KB of unclosed tags took 4.6 s, 1 MB of
// line breaks two minutes), is read in linear time. No wall-clock assertion:
// a superlinear pass over 1 MB runs for many minutes and fails on the test's
// timeout, while a linear one takes well under a second.
import { describe, expect, it } from 'vitest';
import { htmlToParagraphs, recognizeHtml } from '../../shared/recognize';
import { HtmlTokens } from '../../shared/recognize/html-tokens';
import { BAD_HTML_UNITS, repeatedTo } from '../support/bad-html';

const MB = 1024 * 1024;

describe('1 MB of crafted clipboard HTML', () => {
  it.each(Object.entries(BAD_HTML_UNITS))('%s', (_name, unit) => {
    const html = repeatedTo(unit, MB);
    const paragraphs = htmlToParagraphs(html);
    const content = recognizeHtml(html, { mode: 'fragment' });
    expect(Array.isArray(paragraphs)).toBe(true);
    expect(content.length).toBeGreaterThanOrEqual(0);
  }, 30_000);
});

describe('what the scanner makes of unclosed markup', () => {
  it('keeps the text before an unclosed tag and drops the rest, as a browser does', () => {
    expect(htmlToParagraphs('<p>前文</p><p>后文<a href="x')).toEqual([{ text: '前文' }, { text: '后文' }]);
    expect(htmlToParagraphs('<p>前文</p><!-- 未闭合的注释 <p>不见</p>')).toEqual([{ text: '前文' }]);
  });

  it('reads “<” that starts no tag as text', () => {
    expect(htmlToParagraphs('<p>3 < 5 且 a<1</p>').map((p) => p.text)).toEqual(['3 < 5 且 a<1']);
  });

  it('counts quotes only as attribute values', () => {
    expect(htmlToParagraphs("<p title=it's>正文</p><p>其后</p>").map((p) => p.text)).toEqual(['正文', '其后']);
    expect(htmlToParagraphs('<p title="a>b">正文</p>').map((p) => p.text)).toEqual(['正文']);
  });

  it('tokens: tags, skipped markup and text', () => {
    const tokens = new HtmlTokens('<p class="x">字</p><!--c--><br/>a<');
    const out: string[] = [];
    for (let t = tokens.next(); t; t = tokens.next()) out.push(t.rawName === undefined ? `${t.skipped ? 'skip' : 'text'}:${t.token}` : `${t.closing}${t.rawName}[${t.attrs}]`);
    expect(out).toEqual(['p[ class="x"]', 'text:字', '/p[]', 'skip:<!--c-->', 'br[/]', 'text:a<']);
  });

  it('joins a paragraph of many line breaks in linear time and keeps its text', () => {
    const text = htmlToParagraphs(repeatedTo('法<br>', MB)).map((p) => p.text).join('');
    expect(text.replace(/\n/gu, '')).toBe('法'.repeat(Math.ceil(MB / 5)));
  });
});
