// What the help says about every command and which options each takes, apart
// from the commands themselves, so that `--help` and the argument check load
// none of the heavy modules (docx, pdfkit, SQLite) a command needs to run.
import { FONT_PROFILES } from '../../../shared/font-profiles';
import type { CliCommand } from '../command';

export type CommandSpec = Omit<CliCommand, 'run'>;

export const PROFILE_LIST = Object.entries(FONT_PROFILES)
  .map(([id, p]) => `${id}（${p.label}）`)
  .join('、');

export const NEW: CommandSpec = {
  name: 'new',
  usage: `new --template <模板> -o <文稿.json> [选项]
      按模板新建文稿文件。选项：
        --unit <单位全称>       如：某某县司法局
        --short <单位简称>      如：我局
        --year <年度>           如：2025
        --addressee <主送机关>  如：某某县人民政府
        --signature <署名>      默认为单位全称
        --date <成文日期>       格式：2026-03-01`,
  valueOptions: ['template', 'o', 'unit', 'short', 'year', 'addressee', 'signature', 'date'],
};

export const EXPORT: CommandSpec = {
  name: 'export',
  usage: `export <文稿.json> -o <报告.docx|报告.pdf> [--font-profile <字体方案>]
      将文稿导出为符合 GB/T 9704-2012 的 Word 文档或 PDF（按输出文件的扩展名），
      PDF 的每页每行与排版一致，嵌入所用字体。
        --font-profile <字体方案>  ${PROFILE_LIST}；
                                   指定后代替文稿中的设置，默认用文稿的设置或 standard。`,
  valueOptions: ['o', 'font-profile'],
};

export const IMPORT: CommandSpec = {
  name: 'import',
  usage: `import <报告.docx|报告.txt> -o <文稿.json>
      导入往年的报告（Word 文档或纯文本），识别标题、主送机关、各级标题、署名和日期，生成文稿文件。`,
  valueOptions: ['o'],
};

export const FORMAT: CommandSpec = {
  name: 'format',
  usage: `format <报告或文件夹>… -o <输出文件夹> [--font-profile <字体方案>] [--pdf]
      一键排版：把 Word 文档（.docx）、纯文本（.txt）和网页（.html）逐个识别结构，
      排成符合 GB/T 9704-2012 的 Word 文档，以原文件名保存到输出文件夹（文件夹中的文件逐个处理）。
      某个文件失败时报告原因并跳过，其余照常处理；有文件失败时退出码为 1。
        --font-profile <字体方案>  ${PROFILE_LIST}；默认 standard。
        --pdf                      同时导出同名的 PDF。`,
  valueOptions: ['o', 'font-profile'],
  flags: ['pdf'],
};

export const OUTLINE: CommandSpec = {
  name: 'outline',
  usage: `outline <报告.docx|报告.txt|文稿.json>
      以 JSON 输出报告的提纲：标题、主送机关、各级标题（层级、文字、是否与正文同段）。`,
};

export const LAYOUT: CommandSpec = {
  name: 'layout',
  usage: `layout <文稿.json> [--json]
      按 GB/T 9704-2012 排版，输出每页的每一行（与导出的 Word、PDF 一致）；
        --json  以 JSON 输出：{"pages":[{"number":1,"lines":[{"text":"…","kind":"body"}]}]}。`,
  flags: ['json'],
};

export const LIBRARY: CommandSpec = {
  name: 'library',
  usage: `library <list|backup|restore|export|import> --data-dir <数据文件夹> [选项]
      管理一台电脑上的文稿库（打开时自动检查；数据库损坏时改名保留并用最新的完好备份恢复）：
        list [--trash]                 列出文稿（或回收站中的文稿）
        backup [-o <文件>]             备份到 数据文件夹/backups/，可另存一份到指定文件
        restore [--backup <备份名>]    从备份恢复（默认最新的备份），当前内容保存为历史版本
        export -o <文件> [--id <编号>] 导出整个文稿库（或一份文稿）及其历史版本为一个文件
        import <文件>                  导入文稿库文件或文稿文件（.json）`,
  valueOptions: ['data-dir', 'o', 'backup', 'id'],
  flags: ['trash'],
};

export const CHECK: CommandSpec = {
  name: 'check',
  usage: `check <文稿.json|报告.docx|报告.txt|文件夹>… [--json] [--summary <汇总.csv|汇总.html>]
      规范检查：序号、标点、空格、日期与文号、标题与主送机关、年份、必备部分和写作提示。
      可一次检查多个文件或整个文件夹，逐个列出结果。
      --json 输出 JSON 数组（每项含 rule、severity、message、excerpt、evidence 等；多个文件时每个文件一项）。
      --summary 另写一份汇总表，每个文件一行：标题、报告年度、必备部分、各类错误警告提示的数目；
                .html 可离线打开，每个文件链接到它的检查结果。发现错误时退出码为 1。`,
  valueOptions: ['summary'],
  flags: ['json'],
};
