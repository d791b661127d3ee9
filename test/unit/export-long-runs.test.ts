// A very long paragraph exports as several w:t elements, none near the 10 MB
// text-node limit of libxml2 (which LibreOffice and many XML tools use), and
// the text reads back whole: no character lost, no surrogate pair cut.
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../electron/export/docx-document';
import { MAX_TEXT_NODE, textPieces } from '../../electron/export/sanitize';
import type { ReportContent } from '../../shared/model';
import { importedDraft } from '../../shared/recognize';
import { readDocxParts } from '../support/docx-zip';

const ONE_MB = 1024 * 1024;

function textNodes(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]!);
}

const unescape = (s: string) => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');

async function exportedNodes(paragraph: string): Promise<string[]> {
  const content: ReportContent = [
    { type: 'title', children: [{ text: '关于长段落的报告' }] },
    { type: 'paragraph', children: [{ text: paragraph }] },
  ];
  const { metadata } = importedDraft(content, new Date(2024, 0, 1));
  const xml = readDocxParts(await buildDocx({ title: '长段落', metadata, content })).get('word/document.xml')!;
  return textNodes(xml);
}

describe('a 10 MB paragraph', () => {
  it('is written as text nodes of well under 1 MB each, holding all of its text', async () => {
    const paragraph = '依法行政'.repeat(900_000); // 3.6 million characters, 10.8 MB of UTF-8
    const nodes = await exportedNodes(paragraph);
    expect(Math.max(...nodes.map((n) => Buffer.byteLength(n, 'utf8')))).toBeLessThan(ONE_MB);
    expect(nodes.length).toBeGreaterThan(10);
    expect(nodes.map(unescape).join('')).toContain(paragraph);
  }, 120_000);
});

describe('cutting text into pieces', () => {
  it('cuts at MAX_TEXT_NODE units and never between the halves of a surrogate pair', () => {
    const text = `${'a'.repeat(MAX_TEXT_NODE - 1)}𠀀${'字'.repeat(MAX_TEXT_NODE)}&`;
    const pieces = textPieces(text);
    const texts = pieces.map((p) => (p.kind === 'text' ? p.text : ''));
    expect(texts.join('')).toBe(text);
    for (const t of texts) {
      expect(t.length).toBeLessThanOrEqual(MAX_TEXT_NODE);
      expect(t).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/u);
    }
    expect(texts[0]).toBe('a'.repeat(MAX_TEXT_NODE - 1));
  });

  it('keeps a short text in one piece', () => {
    expect(textPieces('依法行政')).toEqual([{ kind: 'text', text: '依法行政' }]);
  });
});
