/** The calls of the archive's settings: read them, change some of them. */
import type { ArchiveSettings } from '../../shared/api';
import type { Archive } from '../archive/archive';
import type { Handlers } from './dispatch';

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update'>;

export const settingsHandlers: SettingsHandlers = {
  'settings.get': async (_input, context) => shown(context.session.current.settings),
  'settings.update': async (input, context) =>
    shown(await context.session.current.updateSettings(input)),
};

/** The settings a person may see and change (backups and remembered mappings stay inside). */
function shown(settings: Archive['settings']): ArchiveSettings {
  return { quietDays: settings.quietDays, returnAddress: [...settings.returnAddress] };
}
