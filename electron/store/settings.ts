// Settings of this library: JSON values by key, defaults for what is unset or unreadable.
import type { Database } from 'better-sqlite3';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../../shared/library';
import { UserFacingError } from '../../shared/result';

export function settingsStore(db: Database) {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const put = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const read = (): Settings => {
    const settings: Settings = { ...DEFAULT_SETTINGS };
    for (const { key, value } of all.all()) {
      try {
        const one = { [key]: JSON.parse(value) as unknown };
        if (validateSettings(one) === null) Object.assign(settings, one);
      } catch {
        // An unreadable value falls back to its default.
      }
    }
    return settings;
  };
  const write = db.transaction((patch: Partial<Settings>) => {
    for (const [key, value] of Object.entries(patch)) put.run(key, JSON.stringify(value));
  });
  return {
    read,
    update(patch: Partial<Settings>): Settings {
      const reason = validateSettings(patch);
      if (reason) throw new UserFacingError('bad-settings', `设置的取值无效，未保存（${reason}）。`);
      write.immediate(patch);
      return read();
    },
  };
}
