// The parts of a report around its body: the title (one or two lines) and the
// addressee at the top; the signature and the date at the end.
import { ANNEX_LABEL } from '../annexes';
import { displayWidth, PARAGRAPH_END } from './chars';
import type { Line } from './lines';
import { parseTypedNumber, startsWithLead } from './numbers';

/** How report titles end: 报告, 总结, 情况, 汇报, … */
const TITLE_END = /(?:报告|总结|汇报|情况|意见|方案|通知|请示|计划|要点|规划|办法|规定|决定|说明|讲话|通报|纪要|函|安排|述职|述法|发言|材料|综述|工作)$/u;

/** A full line that is only a date: 2024年3月1日, 二〇二四年三月一日, with optional brackets. */
export const DATE_LINE =
  /^[（(]?\s*([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[）)]?$/u;

function plainShort(text: string, maxWidth: number): boolean {
  return displayWidth(text) <= maxWidth && !parseTypedNumber(text) && !startsWithLead(text) && !/[。！？；，,;]/u.test(text);
}

function isTitleLine(line: Line): boolean {
  if (line.styleTitle) return true;
  return plainShort(line.text, 40) && !/[：:]$/u.test(line.text) && !DATE_LINE.test(line.text) && !PARAGRAPH_END.test(line.text.replace(/[）)》”]$/u, ''));
}

function isSecondTitleLine(first: Line, second: Line | undefined): boolean {
  if (!second || second.blankBefore || !plainShort(second.text, 30) || /[：:]$/u.test(second.text)) return false;
  if (DATE_LINE.test(second.text)) return false;
  if (second.styleTitle) return true;
  if (/^[—－-]{1,2}/u.test(second.text)) return true;
  return TITLE_END.test(second.text) && !TITLE_END.test(first.text);
}

export function isAddresseeLine(line: Line): boolean {
  const body = line.text.slice(0, -1);
  return /[：:]$/u.test(line.text) && plainShort(body, 40) && !/如下$|以下$/u.test(body) && body.length > 1;
}

/** Lines a document may carry above its title: the issuing organ (…文件) and the document number (…〔2024〕3号). */
const ABOVE_TITLE = /^.{2,30}文件$|〔[0-9]{4}〕\s*[0-9]+\s*号$/u;

export interface Head {
  /** Lines above the title (kept as paragraphs). */
  start: number;
  titleLines: number;
  addressee: boolean;
}

/** Where the title is, how many lines it has, and whether an addressee line follows. */
export function findHead(lines: readonly Line[]): Head {
  let start = 0;
  while (start < Math.min(3, lines.length - 2) && ABOVE_TITLE.test(lines[start]!.text)) start++;
  let titleLines = 0;
  const first = lines[start];
  if (first && lines.length - start > 1 && isTitleLine(first)) {
    titleLines = isSecondTitleLine(first, lines[start + 1]) && lines.length - start > 2 ? 2 : 1;
  }
  const at = start + titleLines;
  const next = lines[at];
  return { start, titleLines, addressee: next !== undefined && isAddresseeLine(next) && at < lines.length - 1 };
}

/** Signature lines: a unit's name, short, no punctuation. */
function isSignatureLine(text: string): boolean {
  return (
    plainShort(text, 30) &&
    !/[：:]$/u.test(text) &&
    !/^(?:附\s*件|特此|此致|敬礼|妥否|以上)/u.test(text) &&
    // A figure's or table's caption (图1 …, 表2 …) is never a signature.
    !/^[图表]\s*[0-9０-９]/u.test(text) &&
    !DATE_LINE.test(text)
  );
}

const UNIT_END = /(?:人民政府|政府|委员会|委|局|办公室|办|院|厅|部|处|科|所|队|站|中心|乡|镇|街道|街道办事处|公司|集团|学校|大学|协会|党组|党委|支部|小组)$/u;

export interface Tail {
  /** Index of the first signature line (or the date, when there is none). */
  start: number;
  signatureLines: number;
  /** Index of the date line, or -1. */
  date: number;
}

/** The signature and date near the end; lines after the date (appended attachments) stay body. */
export function findTail(lines: readonly Line[], from: number): Tail | null {
  let date = -1;
  // A date followed by an attachment's label line (附件1) closes the main text, however long the attachments.
  for (let i = from; i < lines.length - 1; i++) {
    if (DATE_LINE.test(lines[i]!.text) && ANNEX_LABEL.test(lines[i + 1]!.text.trim())) {
      date = i;
      break;
    }
  }
  for (let i = lines.length - 1; date < 0 && i >= from && i >= lines.length - 60; i--) {
    // A date with more than a few lines after it closes the report only when 附件 follow (appended material).
    const after = lines.length - 1 - i;
    if (DATE_LINE.test(lines[i]!.text) && (after <= 3 || /^附\s*件/u.test(lines[i + 1]!.text))) {
      date = i;
      break;
    }
  }
  if (date < 0) {
    const last = lines.length - 1;
    if (last > from && isSignatureLine(lines[last]!.text) && UNIT_END.test(lines[last]!.text)) {
      return { start: last, signatureLines: 1, date: -1 };
    }
    return null;
  }
  if (date <= from) return null;
  let start = date;
  while (start - 1 > from && date - (start - 1) <= 3 && isSignatureLine(lines[start - 1]!.text)) start--;
  return { start, signatureLines: date - start, date };
}
