// What each rule rests on, in Chinese: the evidence every finding carries
// unless its rule gives more (the report year's evidence, the word list's entry).

const GBT_9704 = 'GB/T 9704—2012《党政机关公文格式》';
const GBT_15834 = 'GB/T 15834—2011《标点符号用法》';
const GBT_15835 = 'GB/T 15835—2011《出版物上数字用法》';

export const RULE_BASIS: Readonly<Record<string, string>> = {
  'title-end-punct': `${GBT_9704} 7.3.1：标题末尾不加标点`,
  'addressee-colon': `${GBT_9704} 7.3.2：主送机关名称后标全角冒号`,
  'numbering-arabic': `${GBT_9704} 7.3.3：结构层次序数依次用“一、”“（一）”“1.”“（1）”`,
  'numbering-level-form': `${GBT_9704} 7.3.3：结构层次序数依次用“一、”“（一）”“1.”“（1）”`,
  'numbering-gap': '结构层次序数应依次排列，不跳号',
  'numbering-repeat': '结构层次序数应依次排列，不重复',
  'numbering-punct': `${GBT_9704} 7.3.3：“一、”“（一）”“1.”“（1）”的标点`,
  'numbering-typed': '标题序号按层级自动生成',
  'numbering-corrected': `${GBT_9704} 7.3.3：“一、”“（一）”“1.”“（1）”的标点（标题序号按层级自动生成）`,
  'numbering-space': '序号后直接接文字，不加空格',
  'numbering-doubled': '标题序号按层级自动生成，文字中不再输入',
  'lead-repeat': '序语在本节内依次排列：一是、二是、三是……',
  'lead-gap': '序语在本节内依次排列：一是、二是、三是……',
  'lead-order': '序语在本节内依次排列：一是、二是、三是……',
  'lead-typed': '同一节的序语应一致：插入的序语自动编号',
  'punct-halfwidth': `${GBT_15834}：中文使用全角标点`,
  'punct-unpaired': `${GBT_15834}：引号、括号、书名号成对使用`,
  'punct-doubled': `${GBT_15834}：标点不重复、不连用`,
  'punct-dunhao-quoted': `${GBT_15834} 5.1.5：并列的引号或书名号之间通常不用顿号`,
  'punct-dash': `${GBT_15834} 4.9：破折号为两个一字线“——”`,
  'punct-ellipsis': `${GBT_15834} 4.11：省略号为“……”，不与“等”连用`,
  'space-leading': `${GBT_9704} 7.3.3：正文首行缩进由版式生成`,
  'space-between-cjk': '中文排版：汉字、中文标点和数字之间不加空格',
  'date-form': `${GBT_9704} 7.3.5.3：成文日期用阿拉伯数字将年、月、日标全，月、日不编虚位`,
  'date-leading-zero': `${GBT_9704} 7.3.5.3：月、日不编虚位`,
  'date-two-digit-year': `${GBT_15835}：年份不简写`,
  'date-invalid': '日期应当真实存在',
  'docnum-brackets': `${GBT_9704} 7.2.4：发文字号的年份用六角括号“〔〕”括入`,
  'docnum-form': `${GBT_9704} 7.2.4：发文顺序号不加“第”字，不编虚位`,
  'red-header-number': `${GBT_9704} 7.2.4：发文字号由机关代字、年份、发文顺序号组成，年份用六角括号“〔〕”括入，序号不加“第”字、不编虚位`,
  'red-header-year': '发文字号的年份为发文的年份',
  'red-header-serial': `${GBT_9704} 7.2.4：发文字号由机关代字、年份、发文顺序号组成`,
  'red-header-signer': `${GBT_9704} 7.2.6：上行文应当标注签发人姓名`,
  'number-range': `${GBT_15834} 4.13：时间的起止用一字线“—”，数值范围用浪纹线“～”`,
  'number-magnitude': `${GBT_15835}：阿拉伯数字可与“万”“亿”连用，不与“千”“百”“十”连用`,
  'number-percent-mixed': '同一文稿中百分号的写法应前后一致',
  'number-fullwidth': '阿拉伯数字用半角形式，全文一致',
  'number-wan-mixed': `${GBT_15835}：用于计量的数字用阿拉伯数字，全文一致`,
  'word-typo': '公文常见误用词表',
  'word-usage': '公文常见误用词表',
  'word-term': '公文常见误用词表',
  'year-mismatch': '报告年度',
  'template-hint': '模板的写作提示不应留在正文中',
  'placeholder-left': '占位符应换成实际内容',
  'heading-end-punct': '单独成行的标题末尾不加标点；标题与正文同段时标题句末用句号',
  'attachment-note-name': `${GBT_9704} 8：附件顺序号和附件标题应当与附件说明的表述一致`,
  'attachment-note-count': `${GBT_9704} 7.3.5：附件说明逐一列出附件名称；8：与附件一致`,
  'annex-title-missing': `${GBT_9704} 8：附件标题居中编排在版心第三行`,
  'part-missing': '《法治政府建设与责任落实督察工作规定》及报告模板要求的部分',
  'part-empty': '报告各部分应有内容',
  'closing-signature': `${GBT_9704} 7.3.5：公文应有发文机关署名`,
  'closing-date': `${GBT_9704} 7.3.5：公文应有成文日期`,
  'paragraph-too-long': '一页为22行×28字；超过一页半的段落不便阅读',
};

export function basisOf(rule: string): string {
  return RULE_BASIS[rule] ?? '规范检查';
}
