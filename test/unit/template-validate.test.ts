// Templates as data: what a template file must hold, and finding one by name.
import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../electron/templates';
import { UserFacingError } from '../../shared/result';
import { validateTemplate } from '../../shared/template';

describe('validateTemplate', () => {
  const good = { id: 't', name: '模板', description: '说明', deadlines: [], blocks: [{ type: 'paragraph' }] };

  it('accepts a minimal template', () => {
    expect(validateTemplate(good)).toBeNull();
  });

  it('rejects what is not an object', () => {
    expect(validateTemplate(null)).toMatch(/not an object/);
    expect(validateTemplate('template')).toMatch(/not an object/);
  });

  it.each(['id', 'name', 'description'])('rejects a template without %s', (key) => {
    expect(validateTemplate({ ...good, [key]: '' })).toMatch(new RegExp(`no ${key}`));
    expect(validateTemplate({ ...good, [key]: 1 })).toMatch(new RegExp(`no ${key}`));
  });

  it('rejects a template without blocks', () => {
    expect(validateTemplate({ ...good, blocks: [] })).toMatch(/no blocks/);
    expect(validateTemplate({ ...good, blocks: undefined })).toMatch(/no blocks/);
  });

  it('rejects a heading without a level 1-4', () => {
    expect(validateTemplate({ ...good, blocks: [{ type: 'heading', text: 'x' }] })).toMatch(/block 0: heading without level/);
    expect(validateTemplate({ ...good, blocks: [{ type: 'paragraph' }, { type: 'heading', level: 5 }] })).toMatch(/block 1/);
  });

  it('rejects a block of unknown type, or one that is not an object, without throwing', () => {
    expect(validateTemplate({ ...good, blocks: [{ type: 'image' }] })).toMatch(/block 0/);
    expect(validateTemplate({ ...good, blocks: [null] })).toMatch(/block 0/);
    expect(validateTemplate({ ...good, blocks: [{ type: 'paragraph', text: 5 }] })).toMatch(/block 0/);
  });
});

describe('findTemplate', () => {
  it('finds a bundled template by id', () => {
    expect(findTemplate('rule-of-law-annual').name).toBe('法治政府建设年度报告');
  });

  it('throws a UserFacingError in Chinese for an unknown id, listing the known ones', () => {
    let error: unknown;
    try {
      findTemplate('no-such-template');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('unknown-template');
    expect((error as UserFacingError).message).toContain('no-such-template');
    expect((error as UserFacingError).message).toContain('rule-of-law-annual（法治政府建设年度报告）');
    expect((error as UserFacingError).message).toMatch(/模板/u);
  });
});
