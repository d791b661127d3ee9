// A small tmpfs mounted for one describe block, for the cases only a real disk
// shows (full, read-only). Mounting needs root and a kernel that allows it;
// where it is refused, `mounted()` is false and the tests skip themselves.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export function useTmpfs(name: string, options: string): { path: string; mounted: () => boolean } {
  const mount = path.join(os.tmpdir(), `${name}-${process.pid}`);
  let mounted = false;
  beforeAll(() => {
    try {
      fs.mkdirSync(mount, { recursive: true });
      execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', mount], { stdio: 'ignore' });
      mounted = true;
    } catch {
      mounted = false;
    }
  });
  afterAll(() => {
    if (mounted) execFileSync('umount', [mount]);
    fs.rmSync(mount, { recursive: true, force: true });
  });
  return { path: mount, mounted: () => mounted };
}
