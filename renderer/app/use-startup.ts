// What the window does once on start: tell a recovery from backup, read the
// templates, and open 新建 straight away when the library is empty.
import { useEffect, useState } from 'react';
import type { TemplateSummary } from '../../shared/template';
import { call } from '../api';
import type { NoticeMessage } from '../components/Notice';

export function useStartup(setNotice: (notice: NoticeMessage) => void, openNew: () => void): TemplateSummary[] {
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  useEffect(() => {
    void (async () => {
      const recovery = await call('library:notice', null);
      if (recovery.ok && recovery.value) setNotice({ kind: 'error', text: recovery.value.message });
      const t = await call('templates:list', null);
      if (t.ok) setTemplates(t.value);
      else setNotice({ kind: 'error', text: t.error.message });
      const list = await call('drafts:list', null);
      if (list.ok && list.value.length === 0) openNew();
    })();
  }, [setNotice, openNew]);
  return templates;
}
