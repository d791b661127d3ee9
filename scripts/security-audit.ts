// The security audit: @doyensec/electronegativity over the built bundle and
// over the sources of main, preload and renderer (scanned as one tree, so its
// global checks see the navigation limits and permission handler in main
// together with the renderer page). Used by `npm run audit` and by
// test/unit/security-audit.test.ts; exceptions are documented in docs/security.md.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface AuditIssue {
  id: string;
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
  confidence: string;
  file: string;
  line: number;
  column: number;
  sample: string;
  description: string;
}

export interface AuditReport {
  checks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: AuditIssue[];
}

/** A finding accepted on purpose; docs/security.md says why. */
export interface AuditException {
  id: string;
  /** Where, relative to the scanned folder; undefined for anywhere. */
  file?: string;
  reason: string;
}

/**
 * Checks not run. AvailableSecurityFixesGlobalCheck downloads the list of
 * Electron releases to compare the version with: the audit runs offline, and
 * Electron is pinned in package-lock.json and upgraded deliberately.
 */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/** High and medium findings accepted on purpose: none. */
export const AUDIT_EXCEPTIONS: readonly AuditException[] = [];

/** Folders whose sources make up the app (main process, preload, renderer, shared domain). */
export const SOURCE_DIRS = ['electron', 'renderer', 'shared'];

const RUNNER = path.join(import.meta.dirname, 'electronegativity-offline.cjs');

export function runElectronegativity(input: string, electronVersion: string, cwd: string): Promise<AuditReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RUNNER, input, electronVersion, EXCLUDED_CHECKS.join(',')], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`electronegativity failed (${code}): ${err}`));
      try {
        resolve(JSON.parse(out) as AuditReport);
      } catch (error) {
        reject(new Error(`electronegativity printed no report: ${String(error)}\n${out}\n${err}`));
      }
    });
  });
}

/** Copies the app's source folders into one temporary tree and audits it. */
export async function auditSources(root: string, electronVersion: string): Promise<AuditReport> {
  const tree = await mkdtemp(path.join(os.tmpdir(), 'audit-sources-'));
  try {
    for (const dir of SOURCE_DIRS) await cp(path.join(root, dir), path.join(tree, dir), { recursive: true });
    return await runElectronegativity(tree, electronVersion, root);
  } finally {
    await rm(tree, { recursive: true, force: true });
  }
}

export function isException(issue: AuditIssue, exceptions: readonly AuditException[] = AUDIT_EXCEPTIONS): boolean {
  return exceptions.some((e) => e.id === issue.id && (e.file === undefined || e.file === issue.file));
}

/** Findings that fail the audit: high or medium, and not a documented exception. */
export function blockingIssues(report: AuditReport, exceptions: readonly AuditException[] = AUDIT_EXCEPTIONS): AuditIssue[] {
  return report.issues.filter((i) => (i.severity === 'HIGH' || i.severity === 'MEDIUM') && !isException(i, exceptions));
}

export function formatIssues(issues: readonly AuditIssue[]): string {
  return issues.map((i) => `${i.severity} ${i.id} ${i.file}:${i.line} ${i.description}${i.sample ? ` — ${i.sample.slice(0, 120)}` : ''}`).join('\n');
}
