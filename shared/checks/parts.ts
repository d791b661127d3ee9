// The parts each kind of report must have, as data. Real reports word their
// headings in many ways (2023年度法治政府建设主要举措和成效, 一、2023年法治政府
// 建设情况), so a part is recognised by the words its heading uses, not by the
// template's exact text. A template without an entry here requires its own
// level-1 headings, word for word.

export interface RequiredPart {
  /** The part as a reviewer names it. */
  name: string;
  /** Words a level-1 heading of this part uses. */
  heading: RegExp;
  /** Where the part may instead be covered anywhere in the text (a 第一责任人 paragraph). */
  anywhere?: RegExp;
  /** Why it is required, for the message. */
  basis?: string;
}

const SUPERVISION = '《法治政府建设与责任落实督察工作规定》要求年度报告写明';

export const REQUIRED_PARTS: Readonly<Record<string, readonly RequiredPart[]>> = {
  'rule-of-law-annual': [
    { name: '主要举措和成效', heading: /举措|成效|做法|建设情况|工作情况|开展情况|主要工作|进展/u, basis: SUPERVISION },
    { name: '存在的不足和原因', heading: /不足|问题|短板|差距|薄弱/u, basis: SUPERVISION },
    {
      name: '党政主要负责人履行推进法治建设第一责任人职责情况',
      heading: /第一责任人|主要负责人/u,
      anywhere: /第一责任人/u,
      basis: SUPERVISION,
    },
    { name: '下一年度的主要安排', heading: /安排|打算|计划|思路|重点工作|下一步|下步|工作措施|努力方向/u, basis: SUPERVISION },
  ],
  'leader-duty-report': [
    { name: '工作开展情况', heading: /开展情况|工作情况|履职|履行|主要做法|主要工作|成效/u },
    { name: '存在问题', heading: /问题|不足|差距|短板/u },
    { name: '下一步工作打算', heading: /打算|下一步|下步|计划|安排|思路|措施/u },
  ],
  'annual-summary': [
    { name: '工作开展情况', heading: /开展情况|工作情况|主要工作|完成情况|工作总结|成效|做法|进展/u },
    { name: '存在的问题', heading: /问题|不足|差距|短板/u },
    { name: '下一年度工作打算', heading: /打算|计划|安排|思路|重点工作|下一步/u },
  ],
};

/** Which kind of report an imported text is, from its title; undefined when it is not clear. */
export function guessTemplateId(title: string): string | undefined {
  if (/述法|第一责任人职责/u.test(title)) return 'leader-duty-report';
  if (/法治政府建设/u.test(title)) return 'rule-of-law-annual';
  if (/工作总结/u.test(title)) return 'annual-summary';
  return undefined;
}
