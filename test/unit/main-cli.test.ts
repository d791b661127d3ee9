// The packaged app's entry with --cli: the command runs in the main process
// with no window, its output on stdout/stderr and its exit code the app's;
// without --cli the entry starts the editor. Electron is mocked, as in
// main.test.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cliArguments, runInApp } from '../../electron/cli/in-app';

const electron = vi.hoisted(() => ({}) as Record<string, unknown>);
vi.mock('electron', () => electron);

let work: string;
const savedArgv = process.argv;
const savedEnv = process.env.REPORT_EDITOR_DATA_DIR;

function fakeElectron() {
  return {
    app: {
      getPath: vi.fn(() => path.join(work, 'userData')),
      exit: vi.fn(),
      quit: vi.fn(),
      on: vi.fn(),
      whenReady: vi.fn(() => new Promise(() => undefined)),
      requestSingleInstanceLock: vi.fn(() => true),
    },
    BrowserWindow: vi.fn(),
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {},
    ipcMain: { handle: vi.fn() },
    Menu: {},
    dialog: {},
  };
}

let e: ReturnType<typeof fakeElectron>;
let out: string;
let err: string;

beforeEach(() => {
  vi.resetModules();
  work = mkdtempSync(path.join(tmpdir(), 'main-cli-'));
  e = fakeElectron();
  for (const key of Object.keys(electron)) delete electron[key];
  Object.assign(electron, e);
  delete process.env.REPORT_EDITOR_DATA_DIR;
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
    out += String(chunk);
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    done?.();
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
    err += String(chunk);
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    done?.();
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.argv = savedArgv;
  if (savedEnv === undefined) delete process.env.REPORT_EDITOR_DATA_DIR;
  else process.env.REPORT_EDITOR_DATA_DIR = savedEnv;
  rmSync(work, { recursive: true, force: true });
});

const exited = () => vi.waitFor(() => expect(e.app.exit).toHaveBeenCalled(), { timeout: 30_000 });

describe('gongwen-report-editor --cli', () => {
  it('takes the arguments after --cli, Chromium switches before it left out', () => {
    expect(cliArguments(['/opt/app/gongwen-report-editor', '--ozone-platform=headless', '--cli', 'check', 'a.docx'])).toEqual(['check', 'a.docx']);
    expect(cliArguments(['electron', '.', '--cli'])).toEqual([]);
    expect(cliArguments(['/opt/app/gongwen-report-editor', '--data-dir', 'x'])).toBeNull();
  });

  it('runs the command with no window, prints to stdout and exits with its code', async () => {
    const draft = path.join(work, 'draft.json');
    process.argv = ['C:\\Program Files\\gongwen-report-editor\\gongwen-report-editor.exe', '--cli', 'new', '--template', 'rule-of-law-annual', '-o', draft];
    await import('../../electron/entry');
    await exited();
    expect(e.app.exit).toHaveBeenCalledExactlyOnceWith(0);
    expect(out).toContain(`已新建文稿：${draft}`);
    expect(JSON.parse(readFileSync(draft, 'utf8')).template).toBe('rule-of-law-annual');
    expect(e.BrowserWindow).not.toHaveBeenCalled();
    expect(e.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(e.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(e.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('exits 2 with the help on stderr for a wrong command line, naming the launcher', async () => {
    process.argv = ['/opt/公文报告编辑器/gongwen-report-editor', '--cli', 'frobnicate'];
    await import('../../electron/entry');
    await exited();
    expect(e.app.exit).toHaveBeenCalledExactlyOnceWith(2);
    expect(err).toContain('未知的命令“frobnicate”');
    expect(err).toContain('gongwen-report-editor-cli library');
  });

  it('backs up the library of the user it runs as (the window’s data folder) unless told another', async () => {
    process.argv = ['/opt/app/gongwen-report-editor', '--cli', 'library', 'backup'];
    await import('../../electron/entry');
    await exited();
    expect(err).toBe('');
    expect(e.app.exit).toHaveBeenCalledExactlyOnceWith(0);
    expect(out).toContain(`已备份：${path.join(work, 'userData', 'backups')}`);

    e.app.exit.mockClear();
    out = '';
    const other = path.join(work, 'other');
    expect(await runInApp(e.app, ['library', 'list', '--data-dir', other])).toBe(0);
    expect(e.app.exit).toHaveBeenCalledExactlyOnceWith(0);
    expect(out).toContain('文稿库中没有文稿');
  });

  it('starts the editor when --cli is not given', async () => {
    process.argv = ['/opt/app/gongwen-report-editor'];
    await import('../../electron/entry');
    await vi.waitFor(() => expect(e.protocol.registerSchemesAsPrivileged).toHaveBeenCalled(), { timeout: 30_000 });
    expect(e.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(e.app.exit).not.toHaveBeenCalled();
  });
});
