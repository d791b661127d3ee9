import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { ReportBlock, ReportText } from '../../shared/model';

export type ReportEditor = BaseEditor & ReactEditor & HistoryEditor;

/** Ranges the editor decorates for display only; never stored. */
export interface Decorations {
  /** The body part of a run-in heading, shown in the body face. */
  runInBody?: true;
  /** A 查找 match, and the current one. */
  findMatch?: true;
  findCurrent?: true;
  /** A 规范检查 finding, underlined by severity, with its message as the tooltip. */
  finding?: 'error' | 'warning' | 'info';
  findingMessage?: string;
}

declare module 'slate' {
  interface CustomTypes {
    Editor: ReportEditor;
    Element: ReportBlock;
    Text: ReportText & Decorations;
  }
}
