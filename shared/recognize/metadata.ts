// Draft metadata guessed from an imported report's text: the unit from the
// signature or the title, the year as the checks read it (title, opening
// statement, cited notice, headings, 成文日期: checks/report-year.ts), the
// addressee from its line, the date from the date line, the short form (我局)
// from the body.
import { inferReportYear } from '../checks/report-year';
import { blockText, contentTitle, type DraftMetadata, type ReportContent } from '../model';
import { isoFromDateLine } from './date-line';

export { isoFromDateLine };

const UNIT =
  /^(?:[0-9]{4}\s*年度?)?(.{2,30}?(?:人民政府|委员会|办公室|政府|局|委|办|院|厅|部|处|所|队|站|中心|乡|镇|街道|公司|集团|学校|市|县|区|州|旗))(?=关于|[0-9]{4}|年度|法治|依法|工作|述法|党政|主要负责|履行|推进|贯彻|落实)/u;

/** The unit a title names, as in 某某县司法局关于…… or 2023年度某某乡法治政府建设工作总结. */
export function unitFromTitle(title: string): string | undefined {
  const unit = UNIT.exec(title)?.[1];
  return unit && !/^(?:全|我|本|各|关于)/u.test(unit) ? unit : undefined;
}

/** The short form the report uses for its unit: the most frequent 我局, 我乡, … (at least twice). */
export function unitShortFrom(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/我(?:局|乡|镇|县|区|市|委|办|院|厅|部|所|队|站|校|中心|公司|单位)/gu)) {
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [k, n] of counts) if (n >= 2 && (!best || n > counts.get(best)!)) best = k;
  return best;
}

export function guessMetadata(content: ReportContent): Partial<DraftMetadata> {
  const guess: Partial<DraftMetadata> = {};
  const title = contentTitle(content);
  const signature = content.find((b) => b.type === 'signature');
  const addressee = content.find((b) => b.type === 'addressee');
  const date = content.find((b) => b.type === 'date');
  const unit = (signature && blockText(signature).trim()) || unitFromTitle(title);
  if (unit) guess.unit = unit;
  if (signature) guess.signature = blockText(signature).trim();
  const { year } = inferReportYear(content);
  if (year !== undefined) {
    guess.year = year;
    guess.yearGuessed = 'text';
  }
  if (addressee) guess.addressee = blockText(addressee).replace(/[：:]\s*$/u, '').trim();
  const iso = date && isoFromDateLine(blockText(date));
  if (iso) guess.date = iso;
  const short = unitShortFrom(content.filter((b) => b.type === 'paragraph' || b.type === 'heading').map(blockText).join('\n'));
  if (short) guess.unitShort = short;
  return guess;
}
