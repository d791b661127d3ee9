// Drafts and data folders for the library tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NewDraft } from '../../electron/store/types';
import type { DraftMetadata, ReportContent } from '../../shared/model';

export const METADATA: DraftMetadata = {
  unit: '某某县司法局',
  unitShort: '我局',
  year: 2025,
  addressee: '某某县人民政府',
  signature: '某某县司法局',
  date: '2026-03-01',
};

export function report(title: string, ...paragraphs: string[]): ReportContent {
  return [
    { type: 'title', children: [{ text: title }] },
    { type: 'heading', level: 1, children: [{ text: '主要工作' }] },
    ...paragraphs.map((text) => ({ type: 'paragraph' as const, children: [{ text }] })),
  ];
}

export function newDraft(title: string, ...paragraphs: string[]): NewDraft {
  return { title, template: 'rule-of-law-annual', metadata: METADATA, content: report(title, ...(paragraphs.length ? paragraphs : ['今年以来，我局认真贯彻落实法治建设各项部署。'])) };
}

/** Temporary folders removed by cleanup(). */
export function tempDirs(prefix: string) {
  const dirs: string[] = [];
  return {
    make(): string {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    cleanup(): void {
      for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A clock the test moves by hand. */
export function manualClock(start: string) {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}
