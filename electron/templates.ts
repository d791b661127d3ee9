// The report templates shipped in resources/templates, bundled as data.
import annualSummary from '../resources/templates/annual-summary.json';
import blank from '../resources/templates/blank.json';
import leaderDutyReport from '../resources/templates/leader-duty-report.json';
import ruleOfLawAnnual from '../resources/templates/rule-of-law-annual.json';
import { UserFacingError } from '../shared/result';
import { validateTemplate, type ReportTemplate } from '../shared/template';

/** In the order 新建 lists them. */
const BUNDLED: unknown[] = [ruleOfLawAnnual, leaderDutyReport, annualSummary, blank];

function load(data: unknown): ReportTemplate {
  const reason = validateTemplate(data);
  if (reason) throw new Error(`bad template data: ${reason}`);
  return data as ReportTemplate;
}

export const TEMPLATES: readonly ReportTemplate[] = BUNDLED.map(load);

export function findTemplate(id: string): ReportTemplate {
  const t = TEMPLATES.find((x) => x.id === id);
  if (!t) {
    const known = TEMPLATES.map((x) => `${x.id}（${x.name}）`).join('、');
    throw new UserFacingError('unknown-template', `没有名为“${id}”的模板。可用的模板：${known}。`);
  }
  return t;
}
