// Package parts written whole rather than by the docx library: the font table,
// which docx leaves empty, the core properties, whose dates docx always sets
// to now, and the extended properties, which docx leaves empty. XML text is
// escaped and stripped of characters XML 1.0 forbids.
import packageJson from '../../package.json';
import { profileFaces, type FontProfile } from '../../shared/font-profiles';
import { stripIllegalXml } from './sanitize';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Text as XML character data or attribute value. */
export function xmlText(text: string): string {
  return stripIllegalXml(text).replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** word/fontTable.xml: every face of the profile with its altName, panose, charset, family, pitch and signature. */
export function fontTableXml(profile: FontProfile): string {
  const fonts = profileFaces(profile).map(
    (f) =>
      `<w:font w:name="${xmlText(f.name)}">` +
      `<w:altName w:val="${xmlText(f.altName)}"/>` +
      `<w:panose1 w:val="${f.panose}"/>` +
      `<w:charset w:val="${f.charset}"/>` +
      `<w:family w:val="${f.family}"/>` +
      `<w:pitch w:val="${f.pitch}"/>` +
      `<w:sig w:usb0="${f.sig.usb0}" w:usb1="${f.sig.usb1}" w:usb2="${f.sig.usb2}" w:usb3="${f.sig.usb3}" w:csb0="${f.sig.csb0}" w:csb1="${f.sig.csb1}"/>` +
      `</w:font>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W_NS}" xmlns:r="${R_NS}">${fonts.join('')}</w:fonts>`;
}

export interface CoreProperties {
  title: string;
  /** The unit writes the report: author and last editor. */
  author: string;
  created: Date;
  modified: Date;
}

/** W3C date-time to the second, UTC, as Word writes it. */
const w3cdtf = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/u, 'Z');

/** docProps/core.xml: title, author, dates; nothing of the machine that wrote it. */
export function corePropertiesXml(p: CoreProperties): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (p.title ? `<dc:title>${xmlText(p.title)}</dc:title>` : '') +
    (p.author ? `<dc:creator>${xmlText(p.author)}</dc:creator><cp:lastModifiedBy>${xmlText(p.author)}</cp:lastModifiedBy>` : '') +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(p.created)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(p.modified)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The application as docProps/app.xml names it. */
export const APPLICATION = packageJson.productName;

/** AppVersion in the form ECMA-376 gives it (XX.YYYY): 0.1.0 → 00.0100. */
export function appVersion(version: string): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map((n) => Number.parseInt(n, 10) || 0);
  return `${String(major).padStart(2, '0')}.${String(minor).padStart(2, '0')}${String(patch).padStart(2, '0')}`;
}

/** docProps/app.xml: the application that wrote the file and its version; nothing of the machine. */
export function appPropertiesXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${xmlText(APPLICATION)}</Application>` +
    '<DocSecurity>0</DocSecurity>' +
    `<AppVersion>${appVersion(packageJson.version)}</AppVersion>` +
    '</Properties>'
  );
}
