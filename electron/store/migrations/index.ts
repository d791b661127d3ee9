// Every schema migration, oldest first. Add new ones at the end; never edit
// or reorder one that has shipped.
import { draftsTable } from './001-drafts';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [draftsTable];
