// Draft ids from a library file follow the rule the IPC requests follow
// (electron/ipc/validate.ts): an id the program could not name in a request would
// leave a draft that cannot be opened, so such a draft gets a new id.
import { afterEach, describe, expect, it } from 'vitest';
import { openDraftStore } from '../../electron/store/draft-store';
import { parseLibraryFile } from '../../electron/store/library-files/library-file';
import { validateRequest } from '../../electron/ipc/validate';
import { newDraft, tempDirs } from '../support/library-fixtures';

const temp = tempDirs('library-file-ids-');
afterEach(() => temp.cleanup());

const NOW = new Date('2026-03-02T09:00:00.000Z');
const draft = (id: unknown, title: string) => ({ id, ...newDraft(title), created: NOW.toISOString(), updated: NOW.toISOString(), deletedAt: null, versions: [] });
const text = (...drafts: unknown[]) => JSON.stringify({ format: 'gongwen-report-library', version: 1, exported: NOW.toISOString(), drafts });

describe('draft ids in a library file', () => {
  it('keeps ids the IPC accepts and drops the others, so those drafts get a new id', () => {
    const file = parseLibraryFile(
      text(draft('4b0c1e1a-0000-4000-8000-000000000001', '甲'), draft('../../etc/passwd', '乙'), draft('有 空格', '丙'), draft('x'.repeat(1001), '丁'), draft('', '戊')),
      NOW,
    );
    expect(file.drafts.map((d) => d.id)).toEqual(['4b0c1e1a-0000-4000-8000-000000000001', null, null, null, null]);
    expect(() => parseLibraryFile(text(draft(42, '己')), NOW)).toThrow(/id is not text/u);
  });

  it('imports such drafts under ids every request can name', () => {
    const store = openDraftStore(temp.make());
    store.files.import(parseLibraryFile(text(draft('a/b', '甲'), draft('编号-1', '乙')), NOW), 'before-import');
    const ids = store.drafts.list().map((d) => d.id);
    expect(ids).toContain('编号-1');
    expect(ids).toHaveLength(2);
    for (const id of ids) {
      expect(validateRequest('drafts:open', { id })).toBeNull();
      expect(store.drafts.get(id).id).toBe(id);
    }
    store.close();
  });
});
