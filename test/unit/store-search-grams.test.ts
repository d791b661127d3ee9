// The pair index: every substring of a block, in any script, is found through
// the index (two-character words too), case-insensitively; words made only of
// punctuation are checked against the text.
import { afterEach, describe, expect, it } from 'vitest';
import { gramQuery, grams } from '../../electron/store/drafts/grams';
import { openDraftStore } from '../../electron/store/draft-store';
import { newDraft, tempDirs } from '../support/library-fixtures';

const temp = tempDirs('store-search-grams-');
afterEach(() => temp.cleanup());

describe('grams', () => {
  it('cuts runs of letters and digits into pairs and a last character, lowercased', () => {
    expect(grams('普法App，12')).toBe('普法 法a ap pp p 12 2');
    expect(gramQuery('普法')).toBe('"普法"');
    expect(gramQuery('法')).toBe('"法"*');
    expect(gramQuery('第3，号')).toBe('"第3" AND "3" AND "号"*');
    expect(gramQuery('“”')).toBeNull();
  });
});

describe('search through the pair index', () => {
  it('finds any part of a word, in Chinese, digits and Latin letters, and nothing that only holds its pairs apart', () => {
    const store = openDraftStore(temp.make());
    const a = store.drafts.create(newDraft('甲报告', '第377号台账已归档，App 上线。'));
    const b = store.drafts.create(newDraft('乙报告', '台账77份，号台另设。'));
    const ids = (q: string) => store.library.search(q).map((h) => h.id).sort();
    expect(ids('77号')).toEqual([a.id]);
    expect(ids('台账')).toEqual([a.id, b.id].sort());
    expect(ids('app')).toEqual([a.id]);
    expect(ids('PP 上线')).toEqual([a.id]);
    // 乙 holds 号台 and 台账 but not 号台账.
    expect(ids('号台账')).toEqual([a.id]);
    expect(ids('，App')).toEqual([a.id]);
    expect(ids('账')).toEqual([a.id, b.id].sort());
    expect(ids('。')).toEqual([a.id, b.id].sort());
    store.close();
  });
});
