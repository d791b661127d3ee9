// What an import gathers besides text: the pictures it keeps (once per
// content hash), and a count of everything it could not bring over, each of
// which also stands in the text as an omitted block where it was.
import { createHash } from 'node:crypto';
import type { ImageBlock, OmittedBlock, OmittedKind, PictureType } from '../../shared/model';
import { clampWidthMm, MAX_PICTURE_BYTES, pictureInfo } from '../../shared/pictures';
import type { ImportNotes } from '../../shared/recognize/summary';

export interface ImportedPicture {
  mime: PictureType;
  bytes: Uint8Array;
}

export function pictureHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class Collected {
  readonly pictures = new Map<string, ImportedPicture>();
  private readonly counts = new Map<OmittedKind, number>();
  private readonly revisionIds = new Set<string>();
  private anonymousRevisions = 0;

  /** An omitted block, counted. */
  omit(kind: OmittedKind, text = ''): OmittedBlock {
    this.count(kind);
    return { type: 'omitted', kind, children: [{ text }] };
  }

  count(kind: OmittedKind): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }

  /** A tracked change met (w:ins, w:del …), by its id where it has one. */
  revision(id: string | undefined): void {
    if (id === undefined) this.anonymousRevisions++;
    else this.revisionIds.add(id);
  }

  /**
   * A picture from its bytes: an image block for PNG or JPEG within the size
   * limit, else an omitted picture saying why (its alternative text kept).
   * `widthMm` is the size the source shows it at.
   */
  picture(bytes: Uint8Array | undefined, widthMm: number | undefined, alt: string): ImageBlock | OmittedBlock {
    const info = bytes && bytes.length <= MAX_PICTURE_BYTES ? pictureInfo(bytes) : null;
    if (!bytes || !info) return this.omit('picture', alt);
    const hash = pictureHash(bytes);
    if (!this.pictures.has(hash)) this.pictures.set(hash, { mime: info.mime, bytes });
    return {
      type: 'image',
      picture: { hash, mime: info.mime, width: info.width, height: info.height },
      ...(widthMm !== undefined && widthMm > 0 ? { width: clampWidthMm(widthMm) } : {}),
      children: [{ text: '' }],
    };
  }

  notes(): ImportNotes {
    return { omitted: Object.fromEntries(this.counts), revisions: this.revisionIds.size + this.anonymousRevisions };
  }
}
