// Font profiles: which installed faces stand for the official fonts of
// GB/T 9704-2012 (小标宋 title, 仿宋 body, 黑体/楷体/仿宋 headings, 宋体 page
// numbers). Pure data: the export writes the names into every run and
// describes each face in fontTable.xml (altName, panose, charset 86 = GB2312,
// family, pitch, code-page signature) so that Word and WPS substitute a face of
// the same kind when one is missing, instead of falling back to a default
// face.
import type { FontProfileId } from './model';

/** What a face is used for on the page. */
export type FontRole = 'title' | 'body' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'pageNumber';

/** A face as fontTable.xml describes it (ECMA-376 17.8.3). */
export interface FontFace {
  /** The name runs ask for (w:rFonts, w:font w:name). */
  name: string;
  /** A face a word processor may use in its place (w:altName): the Windows face of the same kind. */
  altName: string;
  /** PANOSE-1 classification, 10 bytes as 20 hex digits: how the face looks, for substitution. */
  panose: string;
  /** Character set: 86 is GB2312 (Simplified Chinese), 00 ANSI. */
  charset: '86' | '00';
  family: 'roman' | 'swiss' | 'modern' | 'script' | 'decorative' | 'auto';
  pitch: 'fixed' | 'variable';
  /** Unicode ranges and code pages the face covers (w:sig), hex as Word writes them. */
  sig: { usb0: string; usb1: string; usb2: string; usb3: string; csb0: string; csb1: string };
}

export interface FontProfile {
  id: FontProfileId;
  /** Name shown to the clerk. */
  label: string;
  /** One sentence for the clerk: where these faces are found. */
  description: string;
  faces: Record<FontRole, string>;
  /** The title face is a regular Song face made bold, standing in for 小标宋. */
  titleBold: boolean;
}

/** Digits and Latin letters in every profile. */
export const LATIN_FACE = 'Times New Roman';

// Code-page signatures: the GB2312 faces declare code page 936 only; the
// Windows faces (SimSun family, SimHei, FangSong, KaiTi) 936 plus Latin 1.
const SIG_GB2312 = { usb0: '00000001', usb1: '080E0000', usb2: '00000010', usb3: '00000000', csb0: '00040000', csb1: '00000000' };
const SIG_WINDOWS_SONG = { usb0: '00000003', usb1: '288F0000', usb2: '00000016', usb3: '00000000', csb0: '00040001', csb1: '00000000' };
const SIG_WINDOWS = { usb0: '800002BF', usb1: '38CF7CFA', usb2: '00000016', usb3: '00000000', csb0: '00040001', csb1: '00000000' };
const SIG_GBK = { usb0: '00000001', usb1: '080E0000', usb2: '00000000', usb3: '00000000', csb0: '00040000', csb1: '00000000' };

// PANOSE (family kind, serif style, weight, proportion, contrast, …) as
// Windows classes its faces: 宋体 is a text face of medium weight and
// proportional Latin (2 1 6 0 3 …); 仿宋, 楷体 and 黑体 are monospaced (… 9 …).
// Founder's own files carry an uninformative PANOSE, so each Founder face
// gets the class of the Windows face of its kind, and 小标宋 that of a heavy
// (weight 8) Song face: a missing face is then replaced by one that looks alike.
const PANOSE_SONG = '02010600030101010101';
const PANOSE_XIAOBIAOSONG = '02010800030101010101';
const PANOSE_FANGSONG = '02010609060101010101';
const PANOSE_KAI = '02010609060101010101';
const PANOSE_HEI = '02010609060101010101';
const PANOSE_GB2312 = '02010609030101010101';

const face = (f: FontFace): FontFace => f;

/** Every face a profile names, by name. */
export const FONT_FACES: Readonly<Record<string, FontFace>> = Object.fromEntries(
  [
    // 标准: the faces GB/T 9704 practice names.
    face({ name: '方正小标宋简体', altName: '宋体', panose: PANOSE_XIAOBIAOSONG, charset: '86', family: 'roman', pitch: 'variable', sig: SIG_GB2312 }),
    face({ name: '仿宋_GB2312', altName: '仿宋', panose: PANOSE_GB2312, charset: '86', family: 'modern', pitch: 'fixed', sig: SIG_GB2312 }),
    face({ name: '楷体_GB2312', altName: '楷体', panose: PANOSE_GB2312, charset: '86', family: 'modern', pitch: 'fixed', sig: SIG_GB2312 }),
    // Windows 自带 (Windows 7 and later, every edition).
    face({ name: '宋体', altName: 'SimSun', panose: PANOSE_SONG, charset: '86', family: 'auto', pitch: 'variable', sig: SIG_WINDOWS_SONG }),
    face({ name: '仿宋', altName: 'FangSong', panose: PANOSE_FANGSONG, charset: '86', family: 'modern', pitch: 'fixed', sig: SIG_WINDOWS }),
    face({ name: '楷体', altName: 'KaiTi', panose: PANOSE_KAI, charset: '86', family: 'modern', pitch: 'fixed', sig: SIG_WINDOWS }),
    face({ name: '黑体', altName: 'SimHei', panose: PANOSE_HEI, charset: '86', family: 'modern', pitch: 'fixed', sig: SIG_WINDOWS }),
    // 国产 Linux 桌面: the Founder GBK faces.
    face({ name: '方正小标宋_GBK', altName: '方正小标宋简体', panose: PANOSE_XIAOBIAOSONG, charset: '86', family: 'roman', pitch: 'variable', sig: SIG_GBK }),
    face({ name: '方正仿宋_GBK', altName: '仿宋', panose: PANOSE_FANGSONG, charset: '86', family: 'modern', pitch: 'fixed', sig: SIG_GBK }),
    face({ name: '方正楷体_GBK', altName: '楷体', panose: PANOSE_KAI, charset: '86', family: 'modern', pitch: 'fixed', sig: SIG_GBK }),
    face({ name: '方正黑体_GBK', altName: '黑体', panose: PANOSE_HEI, charset: '86', family: 'modern', pitch: 'fixed', sig: SIG_GBK }),
    face({ name: '方正书宋_GBK', altName: '宋体', panose: PANOSE_SONG, charset: '86', family: 'roman', pitch: 'variable', sig: SIG_GBK }),
    face({
      name: LATIN_FACE,
      altName: 'Liberation Serif',
      panose: '02020603050405020304',
      charset: '00',
      family: 'roman',
      pitch: 'variable',
      sig: { usb0: 'E0002EFF', usb1: 'C000785B', usb2: '00000009', usb3: '00000000', csb0: '000001FF', csb1: '00000000' },
    }),
  ].map((f) => [f.name, f]),
);

export const FONT_PROFILES: Readonly<Record<FontProfileId, FontProfile>> = {
  standard: {
    id: 'standard',
    label: '标准字体',
    description: '方正小标宋简体、仿宋_GB2312、楷体_GB2312、黑体，公文格式通行的字体，需要另行安装。',
    faces: {
      title: '方正小标宋简体',
      body: '仿宋_GB2312',
      heading1: '黑体',
      heading2: '楷体_GB2312',
      heading3: '仿宋_GB2312',
      heading4: '仿宋_GB2312',
      pageNumber: '宋体',
    },
    titleBold: false,
  },
  // Windows ships 仿宋, 楷体 and 黑体 but no 小标宋 face (华文中宋 comes with
  // Office, not Windows; 微软雅黑 and 等线 are sans faces). The Song face Windows
  // always has is 宋体 (SimSun), and 宋体 in bold is the stand-in for 小标宋
  // that offices use without Founder fonts: a serif Song face of heavy stroke,
  // unlike 黑体, which level-1 headings already use.
  windows: {
    id: 'windows',
    label: 'Windows 自带字体',
    description: '仿宋、楷体、黑体，标题用宋体加粗，Windows 7 及以上版本都有，无需安装。',
    faces: {
      title: '宋体',
      body: '仿宋',
      heading1: '黑体',
      heading2: '楷体',
      heading3: '仿宋',
      heading4: '仿宋',
      pageNumber: '宋体',
    },
    titleBold: true,
  },
  // 统信 UOS and 银河麒麟 desktops ship Founder's GBK faces under their licence
  // (方正小标宋_GBK, 方正仿宋_GBK, 方正楷体_GBK, 方正黑体_GBK, 方正书宋_GBK) and none of
  // the Windows faces. Their fontTable altNames name the standard faces, so a
  // Windows machine with those installed shows the same kinds of face.
  linux: {
    id: 'linux',
    label: '国产 Linux 桌面字体',
    description: '方正小标宋_GBK、方正仿宋_GBK、方正楷体_GBK、方正黑体_GBK，统信 UOS、银河麒麟等系统自带。',
    faces: {
      title: '方正小标宋_GBK',
      body: '方正仿宋_GBK',
      heading1: '方正黑体_GBK',
      heading2: '方正楷体_GBK',
      heading3: '方正仿宋_GBK',
      heading4: '方正仿宋_GBK',
      pageNumber: '方正书宋_GBK',
    },
    titleBold: false,
  },
};

export const DEFAULT_FONT_PROFILE: FontProfileId = 'standard';

/** The profile a draft is exported with: its own, else the global default, else 标准. */
export function resolveFontProfile(draftProfile?: FontProfileId, globalDefault?: FontProfileId): FontProfile {
  return FONT_PROFILES[draftProfile ?? globalDefault ?? DEFAULT_FONT_PROFILE];
}

/** The faces a profile uses, Latin face included, each once. */
export function profileFaces(profile: FontProfile): FontFace[] {
  const names = [...new Set([...Object.values(profile.faces), LATIN_FACE])];
  return names.map((n) => {
    const f = FONT_FACES[n];
    if (!f) throw new Error(`font profile ${profile.id} names ${n}, which has no fontTable entry`);
    return f;
  });
}
