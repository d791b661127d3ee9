// What the clerk is told when a file cannot be imported: what happened and what to do.
import { UserFacingError } from '../../shared/result';
import { MAX_XML_DEPTH } from './xml';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const SAVE_AS_DOCX = '请在 Word 或 WPS 中打开它，选择“另存为”→“Word 文档（*.docx）”，再导入新保存的文件。';

export const importErrors = {
  missing: (name: string) => new UserFacingError('import-missing', `找不到文件“${name}”。它可能已被移动或删除，请重新选择。`),
  unreadable: (name: string, code: string) =>
    new UserFacingError('import-unreadable', `无法读取文件“${name}”（错误代码 ${code}）。请确认文件没有被其他程序占用，然后重试。`),
  folder: (name: string) => new UserFacingError('import-unreadable', `“${name}”是文件夹，不是文件。请选择一个 .docx 或 .txt 文件。`),
  empty: (name: string) => new UserFacingError('import-empty', `文件“${name}”是空的（0 字节），没有可导入的内容。请确认选择的文件是否正确。`),
  tooLarge: (name: string, bytes: number) =>
    new UserFacingError(
      'import-too-large',
      `文件“${name}”有 ${(bytes / 1024 / 1024).toFixed(1)} MB，超过了 50 MB 的导入上限。报告正文通常只有几百 KB，文件过大多是因为插入了大图片；请删除或压缩图片后另存一份再导入。`,
    ),
  legacyWord: (name: string) => new UserFacingError('import-legacy-format', `“${name}”是旧版 Word 文档（.doc），不能直接导入。${SAVE_AS_DOCX}`),
  wps: (name: string) => new UserFacingError('import-legacy-format', `“${name}”是 WPS 文字的专有格式（.wps），不能直接导入。${SAVE_AS_DOCX}`),
  pdf: (name: string) =>
    new UserFacingError(
      'import-legacy-format',
      `“${name}”是 PDF 文件，不能导入。请找到它的 Word 或 WPS 原稿，另存为 .docx 后再导入；如果只有 PDF，可以复制其中的文字，直接粘贴到编辑器里。`,
    ),
  rtf: (name: string) => new UserFacingError('import-legacy-format', `“${name}”是 RTF 格式，不能直接导入。${SAVE_AS_DOCX}`),
  unsupported: (name: string) =>
    new UserFacingError('import-unsupported', `无法导入“${name}”：只支持 Word 文档（.docx）、纯文本文件（.txt）和网页文件（.html）。其他格式请先另存为 .docx。`),
  encrypted: (name: string) =>
    new UserFacingError(
      'import-encrypted',
      `“${name}”设置了打开密码（文件已加密），无法读取。请在 Word 或 WPS 中输入密码打开，取消密码后另存为 .docx，再导入。`,
    ),
  notDocx: (name: string) =>
    new UserFacingError('import-damaged', `“${name}”不是有效的 Word 文档：文件内容不完整或已损坏。${SAVE_AS_DOCX}`),
  zipBomb: (name: string) =>
    new UserFacingError(
      'import-suspicious',
      `“${name}”的压缩内容异常（解压后远超正常文档的大小），为保护电脑已停止导入。${SAVE_AS_DOCX}`,
    ),
  tooManyParts: (name: string) =>
    new UserFacingError(
      'import-suspicious',
      `“${name}”的压缩包结构异常：其中的部件数量远多于正常的 Word 文档（正常的只有几十个），为保护电脑已停止导入。${SAVE_AS_DOCX}`,
    ),
  tooDeep: (name: string) =>
    new UserFacingError(
      'import-suspicious',
      `“${name}”的内部结构嵌套层数异常（超过 ${MAX_XML_DEPTH} 层，正常的 Word 文档只有几十层），为保护电脑已停止导入。` +
        '请在 Word 或 WPS 中打开它，全选正文复制到一个新文档，另存为 .docx 后再导入。',
    ),
  noText: (name: string) =>
    new UserFacingError('import-no-text', `“${name}”中没有找到文字。如果文档内容是扫描的图片，需要先转成文字后再导入。`),
};
