// The editor's plugins, one concern each, applied in order (innermost first).
import type { ReportEditor } from '../slate-types';
import { withAnnexes } from './with-annexes';
import { withHeadingShortcuts } from './with-heading-shortcuts';
import { withLeads } from './with-leads';
import { withPaste } from './with-paste';
import { withReport } from './with-report';
import { withTables } from './with-tables';

const PLUGINS: ((editor: ReportEditor) => ReportEditor)[] = [withReport, withTables, withHeadingShortcuts, withLeads, withAnnexes, withPaste];

export function withPlugins(editor: ReportEditor): ReportEditor {
  return PLUGINS.reduce((e, plugin) => plugin(e), editor);
}

export { withChunks } from './with-chunks';
