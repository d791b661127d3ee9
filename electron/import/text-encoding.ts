// Text files as clerks have them: UTF-8 with or without a BOM, UTF-16 (LE or
// BE, with a BOM or without, from Windows Notepad), or GB18030/GBK from older
// Chinese Windows. Detection: BOM, then UTF-8 (also when all but a few bytes
// are valid UTF-8: those are replaced and counted), then whichever of the
// others reads as the most plausible Chinese text.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Bytes that could not be read as text in that encoding (replaced by U+FFFD) and NUL bytes (dropped). */
  unreadableBytes: number;
}

/** Frequent characters of Chinese official writing: a correct decoding is full of them. */
const COMMON = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞乡镇村街道执监督查审核落责任推县委宣教育普',
);

function plausibility(text: string): number {
  let score = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (COMMON.has(ch)) score += 3;
    else if (c === 0xfffd) score -= 20;
    else if (c === 9 || c === 10 || c === 13 || (c >= 0x20 && c < 0x7f)) score += 1;
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) score -= 10;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) score += 1;
    else if (c >= 0xe000 && c <= 0xf8ff) score -= 10;
    else score -= 2;
  }
  return score;
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, fatal = false): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
}

export function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const sample = bytes.subarray(0, 64 * 1024);
  // Zero bytes at alternating positions: ASCII-rich UTF-16.
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? oddZeros++ : evenZeros++;
  const pairs = Math.floor(sample.length / 2);
  if (pairs > 0 && oddZeros > pairs * 0.1 && evenZeros < oddZeros * 0.1) return { encoding: 'utf-16le', bom: 0 };
  if (pairs > 0 && evenZeros > pairs * 0.1 && oddZeros < evenZeros * 0.1) return { encoding: 'utf-16be', bom: 0 };
  if (mostlyUtf8(utf8Scan(trimPartialUtf8(sample)))) return { encoding: 'utf-8', bom: 0 };
  const candidates: TextEncodingName[] = ['gb18030', 'utf-16le', 'utf-16be'];
  let best: TextEncodingName = 'gb18030';
  let bestScore = -Infinity;
  for (const encoding of candidates) {
    const slice = encoding === 'gb18030' ? sample : sample.subarray(0, sample.length - (sample.length % 2));
    const score = plausibility(decode(slice, encoding)) - (encoding !== 'gb18030' && bytes.length % 2 ? 1000 : 0);
    if (score > bestScore) [best, bestScore] = [encoding, score];
  }
  return { encoding: best, bom: 0 };
}

/** The sample without a UTF-8 sequence cut at its end. */
function trimPartialUtf8(sample: Uint8Array): Uint8Array {
  let end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = sample[end - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (need > back) end -= back;
    break;
  }
  return sample.subarray(0, end);
}

export interface Utf8Scan {
  /** Characters of two to four bytes that are well-formed UTF-8. */
  multibyte: number;
  /** Bytes that are not part of a well-formed UTF-8 character (stray, cut, overlong, CESU-8 surrogates). */
  bad: number;
}

/** How much of the bytes is well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF). */
export function utf8Scan(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let bad = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length;
    if (ok) {
      const second = bytes[i + 1]!;
      const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      ok = second >= lo && second <= hi;
      for (let k = 2; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    }
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      bad++;
      i++;
    }
  }
  return { multibyte, bad };
}

/**
 * UTF-8 but for a few bytes: a stray Latin-1 byte or a CESU-8 surrogate in a
 * UTF-8 report. Text in GB18030 read as UTF-8 has bad bytes for most of its
 * characters, far more than one in fifty.
 */
function mostlyUtf8({ multibyte, bad }: Utf8Scan): boolean {
  return bad === 0 || bad * 50 <= multibyte || (bad === 1 && multibyte === 0);
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** The text of a file's bytes, line breaks as \n, without BOM or NUL characters; unreadable bytes counted. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, bom } = detectEncoding(bytes);
  const body = bytes.subarray(bom);
  const decoded = decode(body, encoding).replace(/^\uFEFF/u, '');
  const nul = count(decoded, '\u0000');
  // Bytes that were U+FFFD in the file itself (EF BF BD in UTF-8) are text, not unreadable.
  const unreadable = encoding === 'utf-8' ? utf8Scan(body).bad : count(decoded, '\ufffd');
  const text = decoded.replace(/\r\n?/gu, '\n').replace(/\u0000/gu, '');
  return { text, encoding, unreadableBytes: unreadable + nul };
}
