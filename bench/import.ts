// Import speed: a 50-page report (about 31,000 characters) as Word writes it,
// with typed heading numbers and every paragraph split into formatted runs,
// from .docx bytes to a recognised draft. Target: under 500 ms.
import { strToU8, zipSync } from 'fflate';
import { importBytes } from '../electron/import/import-file';
import { blockText } from '../shared/model';
import { headingNumbers } from '../shared/numbering';
import { makeLongReport } from '../test/support/long-report';
import { measure, type Figure } from './measure';

const FIFTY_PAGES = 31_000;

function escape(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** A run with the formatting and revision ids Word writes on every run of an official report. */
function run(text: string, font: string, i: number): string {
  const rsid = (0x00a1b2c3 + (i % 7)).toString(16).toUpperCase().padStart(8, '0');
  return `<w:r w:rsidR="${rsid}" w:rsidRPr="${rsid}"><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="Times New Roman" w:hint="eastAsia"/><w:kern w:val="0"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

/** The report as a Word document: numbers typed into headings, text in runs of about 12 characters. */
export function fiftyPageDocx(): Uint8Array {
  const { content } = makeLongReport(FIFTY_PAGES);
  const numbers = headingNumbers(content);
  const paragraphs = content.map((b, i) => {
    const text = (numbers[i] ?? '') + blockText(b);
    const font = b.type === 'heading' ? '黑体' : '仿宋_GB2312';
    const runs = text.match(/[\s\S]{1,12}/gu)?.map((t, k) => run(t, font, i + k)).join('<w:proofErr w:type="gramStart"/>') ?? '';
    return `<w:p w:rsidR="00C4D5E6" w:rsidRDefault="00C4D5E6"><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640" w:firstLineChars="200"/><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}"/><w:sz w:val="32"/></w:rPr></w:pPr>${runs}</w:p>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(xml),
  });
}

export async function benchImport(): Promise<Figure[]> {
  const bytes = fiftyPageDocx();
  const today = new Date(2026, 2, 1);
  return [await measure('import .docx, 50 pages', () => importBytes('report.docx', bytes, today), { runs: 10, warmup: 2 })];
}
