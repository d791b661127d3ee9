// The editor's plugins, one concern each, applied in order (innermost first).
import type { ReportEditor } from './slate-types';
import { withReport } from './with-report';

const PLUGINS: ((editor: ReportEditor) => ReportEditor)[] = [withReport];

export function withPlugins(editor: ReportEditor): ReportEditor {
  return PLUGINS.reduce((e, plugin) => plugin(e), editor);
}
