import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { ReportBlock, ReportText } from '../../shared/model';

export type ReportEditor = BaseEditor & ReactEditor & HistoryEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: ReportEditor;
    Element: ReportBlock;
    Text: ReportText;
  }
}
