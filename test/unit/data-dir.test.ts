import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../electron/data-dir';

const DEFAULT = path.resolve('/default/dir');
const ENV = { REPORT_EDITOR_DATA_DIR: '/from/env' };

describe('resolveDataDir', () => {
  it('uses the default folder when nothing is given', () => {
    expect(resolveDataDir(['electron', '.'], {}, DEFAULT)).toBe(DEFAULT);
  });

  it('prefers the environment variable over the default', () => {
    expect(resolveDataDir(['electron', '.'], ENV, DEFAULT)).toBe(path.resolve('/from/env'));
  });

  it('ignores an empty environment variable', () => {
    expect(resolveDataDir([], { REPORT_EDITOR_DATA_DIR: '' }, DEFAULT)).toBe(DEFAULT);
  });

  it('prefers --data-dir DIR over the environment', () => {
    expect(resolveDataDir(['app', '--data-dir', '/from/flag'], ENV, DEFAULT)).toBe(path.resolve('/from/flag'));
  });

  it('accepts --data-dir=DIR', () => {
    expect(resolveDataDir(['app', '--data-dir=/from/flag'], ENV, DEFAULT)).toBe(path.resolve('/from/flag'));
  });

  it('makes a relative folder absolute', () => {
    expect(resolveDataDir(['--data-dir', 'rel/dir'], {}, DEFAULT)).toBe(path.resolve('rel/dir'));
    expect(resolveDataDir([], { REPORT_EDITOR_DATA_DIR: 'env-rel' }, DEFAULT)).toBe(path.resolve('env-rel'));
  });

  it('lets the last --data-dir win', () => {
    expect(resolveDataDir(['--data-dir', '/a', '--data-dir=/b'], {}, DEFAULT)).toBe(path.resolve('/b'));
  });

  it('ignores arguments after --', () => {
    expect(resolveDataDir(['app', '--', '--data-dir', '/x'], {}, DEFAULT)).toBe(DEFAULT);
  });

  it('refuses --data-dir without a folder, in Chinese', () => {
    for (const argv of [['--data-dir'], ['--data-dir='], ['--data-dir', '--other']]) {
      expect(() => resolveDataDir(argv, {}, DEFAULT)).toThrow(
        expect.objectContaining({ code: 'data-dir-missing', message: expect.stringContaining('缺少文件夹路径') }),
      );
    }
  });
});
