// The font files a PDF export embeds: for each face the draft's font profile
// names (仿宋_GB2312, 黑体, 方正小标宋简体, Times New Roman…), the installed file
// of that face, else the nearest installed face of its kind. The fallback
// chain, by kind, ends in faces every supported system has or CI installs
// (Debian's fonts-arphic-uming/ukai, fonts-noto-cjk, fonts-liberation2):
//   仿宋 kind:  the face → 仿宋 (simfang) → AR PL UMing → Noto Serif CJK
//   楷体 kind:  the face → 楷体 (simkai) → AR PL UKai → Noto Serif CJK
//   黑体 kind:  the face → 黑体 (simhei) → Noto Sans CJK → WenQuanYi
//   宋体 kind (小标宋, 宋体, 书宋): the face (小标宋: then Noto Serif CJK Bold) → 宋体 (simsun) → Noto Serif CJK → AR PL UMing
//   Latin:      Times New Roman → Liberation Serif → DejaVu Serif
// Every CJK fallback has one-em ideographs and Liberation Serif has Times
// New Roman's widths, so the PDF's lines are the layout's whatever is found.
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import * as fontkit from 'fontkit';
import { LATIN_FACE } from '../../shared/font-profiles';
import { UserFacingError } from '../../shared/result';

type Kind = 'fangsong' | 'kai' | 'hei' | 'song' | 'latin';

/** File names (lower case) of each face the profiles name. */
const FACE_FILES: Record<string, { kind: Kind; files: string[] }> = {
  方正小标宋简体: { kind: 'song', files: ['fzxbsjw.ttf', 'fzxbsjw--gb1-0.ttf', '方正小标宋简体.ttf', 'notoserifcjk-bold.ttc'] },
  仿宋_GB2312: { kind: 'fangsong', files: ['fsgb2312.ttf', 'fangsong_gb2312.ttf', '仿宋_gb2312.ttf'] },
  楷体_GB2312: { kind: 'kai', files: ['kaigb2312.ttf', 'kaiti_gb2312.ttf', '楷体_gb2312.ttf'] },
  宋体: { kind: 'song', files: ['simsun.ttc', 'simsun.ttf'] },
  仿宋: { kind: 'fangsong', files: ['simfang.ttf'] },
  楷体: { kind: 'kai', files: ['simkai.ttf'] },
  黑体: { kind: 'hei', files: ['simhei.ttf'] },
  方正小标宋_GBK: { kind: 'song', files: ['fzxbsk.ttf', 'fzxbsk--gbk1-0.ttf', '方正小标宋_gbk.ttf', 'notoserifcjk-bold.ttc'] },
  方正仿宋_GBK: { kind: 'fangsong', files: ['fzfsk.ttf', 'fzfsk--gbk1-0.ttf', '方正仿宋_gbk.ttf'] },
  方正楷体_GBK: { kind: 'kai', files: ['fzktk.ttf', 'fzktk--gbk1-0.ttf', '方正楷体_gbk.ttf'] },
  方正黑体_GBK: { kind: 'hei', files: ['fzhtk.ttf', 'fzhtk--gbk1-0.ttf', '方正黑体_gbk.ttf'] },
  方正书宋_GBK: { kind: 'song', files: ['fzssk.ttf', 'fzssk--gbk1-0.ttf', '方正书宋_gbk.ttf'] },
  [LATIN_FACE]: { kind: 'latin', files: ['times.ttf', 'timesnewroman.ttf', 'times new roman.ttf'] },
};

/** What stands in for a missing face, nearest first. */
const FALLBACKS: Record<Kind, string[]> = {
  fangsong: ['simfang.ttf', 'uming.ttc', 'notoserifcjk-regular.ttc', 'notoserifcjksc-regular.otf'],
  kai: ['simkai.ttf', 'ukai.ttc', 'notoserifcjk-regular.ttc', 'notoserifcjksc-regular.otf'],
  hei: ['simhei.ttf', 'notosanscjk-regular.ttc', 'notosanscjksc-regular.otf', 'wqy-microhei.ttc', 'wqy-zenhei.ttc'],
  song: ['simsun.ttc', 'notoserifcjk-regular.ttc', 'notoserifcjksc-regular.otf', 'uming.ttc'],
  latin: ['times.ttf', 'liberationserif-regular.ttf', 'dejavuserif.ttf'],
};

function fontDirectories(): string[] {
  if (process.platform === 'win32') {
    const windows = process.env.WINDIR ?? 'C:\\Windows';
    const local = process.env.LOCALAPPDATA;
    return [join(windows, 'Fonts'), ...(local ? [join(local, 'Microsoft', 'Windows', 'Fonts')] : [])];
  }
  if (process.platform === 'darwin') return ['/System/Library/Fonts', '/Library/Fonts', join(homedir(), 'Library', 'Fonts')];
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(homedir(), '.local', 'share', 'fonts'), join(homedir(), '.fonts')];
}

let index: Map<string, string> | null = null;

/** Installed font files by lower-case file name (the first found wins), looked up once. */
function installedFonts(dirs: readonly string[] = fontDirectories()): Map<string, string> {
  if (index) return index;
  const found = new Map<string, string>();
  const walk = (dir: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory() && depth < 6) walk(path, depth + 1);
      else if (/\.(ttf|ttc|otf)$/iu.test(e.name) && !found.has(e.name.toLowerCase())) found.set(basename(e.name).toLowerCase(), path);
    }
  };
  for (const d of dirs) walk(d, 0);
  index = found;
  return found;
}

export interface EmbeddedFont {
  /** The font file's bytes. */
  data: Buffer;
  /** Within a collection (.ttc), the PostScript name of the face to use. */
  face?: string;
  /** What was found: the file and face, for the export's log and tests. */
  source: string;
}

/** The face of a collection to use: the Simplified Chinese one where there is a choice. */
function collectionFace(data: Buffer): string | undefined {
  const font = fontkit.create(data);
  if (!('fonts' in font)) return undefined;
  const names = font.fonts.map((f) => f.postscriptName);
  return names.find((n) => /(?:SC|CN|GB)\b|sc-|SC-|CN-/u.test(n)) ?? names[0];
}

const loaded = new Map<string, EmbeddedFont>();

/** The installed file that stands for `face`, or a Chinese message saying what to install. */
export function resolveFont(face: string): EmbeddedFont {
  const known = FACE_FILES[face];
  const kind: Kind = known?.kind ?? 'song';
  const fonts = installedFonts();
  for (const file of [...(known?.files ?? []), ...FALLBACKS[kind]]) {
    const path = fonts.get(file);
    if (!path) continue;
    const cached = loaded.get(path);
    if (cached) return cached;
    const data = readFileSync(path);
    const chosen = /\.ttc$/iu.test(path) ? collectionFace(data) : undefined;
    const font: EmbeddedFont = { data, ...(chosen ? { face: chosen } : {}), source: chosen ? `${path} (${chosen})` : path };
    loaded.set(path, font);
    return font;
  }
  throw new UserFacingError(
    'pdf-font-missing',
    `导出 PDF 需要“${face}”或同类字体，但本机没有找到可用的字体文件。请安装${kind === 'latin' ? ' Times New Roman 或 Liberation Serif' : '仿宋、楷体、黑体、宋体或 Noto CJK 等中文字体'}后重试；导出 Word 文档不受影响。`,
  );
}
