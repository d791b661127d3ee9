// Child process for the durability test: opens the store in the given data
// folder and saves edits as fast as it can, appending one paragraph per
// edit, printing "saved <n>" after each save returns, until it is killed.
import fs from 'node:fs';
import { openDraftStore } from '../../electron/store/draft-store';
import { newDraft, report } from './library-fixtures';

const dir = process.argv[2]!;
const store = openDraftStore(dir);
const { id } = store.drafts.create(newDraft('断电测试'));
const paragraphs: string[] = [];
for (let n = 0; ; n++) {
  paragraphs.push(`第${n}次修改：我局持续推进法治政府建设。`);
  store.drafts.saveContent(id, report('断电测试', ...paragraphs));
  fs.writeSync(1, `saved ${n}\n`);
}
