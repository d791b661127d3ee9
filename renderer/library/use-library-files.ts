// 导出文稿库 and 导入文稿库: moving drafts to and from another computer as one file.
import { useCallback } from 'react';
import type { MergeReport } from '../../shared/library';
import { call } from '../api';
import type { NoticeMessage } from '../components/Notice';

export function mergeText(r: MergeReport): string {
  return `新增 ${r.added} 份，更新 ${r.replaced} 份，未变 ${r.unchanged} 份；更新前的内容已保存为历史版本。`;
}

export function useLibraryFiles(onMessage: (notice: NoticeMessage) => void, reload: () => void) {
  const exportLibrary = useCallback(
    async (ids: string[] | null) => {
      const r = await call('library:export', { ids });
      if (!r.ok) return onMessage({ kind: 'error', text: r.error.message });
      if (!r.value) return;
      const { drafts, damaged, path } = r.value;
      const left = damaged ? `；另有 ${damaged} 份文稿已损坏，未能导出，请联系技术支持人员` : '';
      onMessage({ kind: damaged ? 'error' : 'info', text: `已导出 ${drafts} 份文稿（含历史版本）：${path}${left}` });
    },
    [onMessage],
  );
  const importLibrary = useCallback(async () => {
    const r = await call('library:import', null);
    if (!r.ok) return onMessage({ kind: 'error', text: r.error.message });
    if (r.value) {
      onMessage({ kind: 'info', text: `已导入：${mergeText(r.value)}` });
      reload();
    }
  }, [onMessage, reload]);
  return { exportLibrary, importLibrary };
}
