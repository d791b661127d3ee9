// The command line launchers in the packages: a .cmd next to the .exe, a shell
// script next to the Linux executable and in /usr/bin on the .deb, both
// starting the app with --cli and handing on every argument and the exit code.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_FLAG, LAUNCHER } from '../../electron/cli/in-app';

const ROOT = path.resolve(import.meta.dirname, '../..');
let main: Configuration;
let silent: Configuration;

async function load(file: string): Promise<Configuration> {
  const config = await getConfig(ROOT, path.join(ROOT, file), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

beforeAll(async () => {
  [main, silent] = await Promise.all([load('electron-builder.yml'), load('electron-builder.silent.yml')]);
});

type Extra = { from: string; to: string };

describe('command line launchers', () => {
  it('puts gongwen-report-editor-cli.cmd next to the .exe, also in the silent installer', () => {
    for (const config of [main, silent]) {
      expect(config.win!.extraFiles as Extra[]).toContainEqual({ from: 'resources/cli/gongwen-report-editor-cli.cmd', to: `${LAUNCHER}.cmd` });
    }
    const cmd = readFileSync(path.join(ROOT, 'resources/cli/gongwen-report-editor-cli.cmd'), 'latin1');
    expect(cmd).toMatch(/^[\x00-\x7f]*$/u); // cmd.exe reads batch files in the OEM code page
    expect(cmd.split('\r\n').length).toBeGreaterThan(3); // CRLF line ends
    expect(cmd).toContain(`"%~dp0${main.executableName}.exe" ${CLI_FLAG} %*`);
    expect(cmd).toContain('exit /b %ERRORLEVEL%');
  });

  it('puts the shell launcher next to the Linux executable and in /usr/bin on the .deb', () => {
    expect(main.linux!.extraFiles as Extra[]).toContainEqual({ from: 'resources/cli/gongwen-report-editor-cli', to: LAUNCHER });
    expect(main.deb!.fpm).toContain(`resources/cli/${LAUNCHER}=/usr/bin/${LAUNCHER}`);
    const file = path.join(ROOT, 'resources/cli/gongwen-report-editor-cli');
    expect(statSync(file).mode & 0o111).toBe(0o111);
    const sh = readFileSync(file, 'utf8');
    expect(sh.startsWith('#!/bin/sh\n')).toBe(true);
    expect(sh).toContain(`/usr/bin/${main.executableName}`);
    // Chromium's switches before --cli (the CLI takes everything after it); no display needed.
    expect(sh).toMatch(/exec "\$app" --ozone-platform=headless --disable-gpu --cli "\$@"\n/u);
  });
});
