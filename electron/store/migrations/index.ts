// Every schema migration, oldest first. Add new ones at the end; never edit
// or reorder one that has shipped.
import { draftsTable } from './001-drafts';
import { trash } from './002-trash';
import { search } from './003-search';
import { versions } from './004-versions';
import { settings } from './005-settings';
import { textTrigger } from './006-text-trigger';
import { pictures } from './007-pictures';
import { searchBigrams } from './008-search-bigrams';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [draftsTable, trash, search, versions, settings, textTrigger, pictures, searchBigrams];
