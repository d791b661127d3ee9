// The level of each heading, from its typed number and its context. The form
// of a number gives its usual level (一、 1, （一） 2, 1. 3, （1） 4); a number
// that does not continue its form's sequence but does continue another open
// sequence (（5） right after （四）) belongs to that sequence, and one that
// cannot start a sequence (（5） with no （1）-（4） before it) joins the open
// sequence of its bracket kind.
import type { HeadingLevel } from '../model';
import { FORM_LEVEL, type NumberForm } from './numbers';

/** A heading to place: its typed number, or a level its source style fixes. */
export type LevelInput = { form: NumberForm; value: number } | { level: HeadingLevel };

const BRACKETED: Record<HeadingLevel, boolean> = { 1: false, 2: true, 3: false, 4: true };

export function assignLevels(headings: readonly LevelInput[]): HeadingLevel[] {
  /** The last number at each level under the current parent; 0 when the level is not open. */
  const last: Record<HeadingLevel, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const place = (level: HeadingLevel, value: number): HeadingLevel => {
    last[level] = value;
    for (let deeper = level + 1; deeper <= 4; deeper++) last[deeper as HeadingLevel] = 0;
    return level;
  };
  return headings.map((h) => {
    if ('level' in h) return place(h.level, last[h.level] + 1);
    const usual = FORM_LEVEL[h.form];
    if (h.value === last[usual] + 1) return place(usual, h.value);
    const open = ([4, 3, 2, 1] as const).filter((l) => l !== usual && last[l] > 0);
    const sameKind = (l: HeadingLevel) => BRACKETED[l] === BRACKETED[usual];
    // Continues another open sequence exactly: （5） after （四）.
    const exact = open.filter((l) => h.value === last[l] + 1).sort((a, b) => Number(sameKind(b)) - Number(sameKind(a)));
    if (exact[0]) return place(exact[0], h.value);
    // Cannot start a sequence of its own (not 1, its level not open): the open sequence of its kind, with a gap.
    const kin = open.find(sameKind);
    if (h.value > 1 && last[usual] === 0 && kin) return place(kin, h.value);
    return place(usual, h.value);
  });
}
