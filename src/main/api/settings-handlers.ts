/** The calls of the archive's settings: read them, change some of them. */
import type { Handlers } from './dispatch';

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update'>;

export const settingsHandlers: SettingsHandlers = {
  'settings.get': async (_input, context) => ({
    quietDays: context.session.current.settings.quietDays,
  }),
  'settings.update': async (input, context) => {
    const settings = await context.session.current.updateSettings(input);
    return { quietDays: settings.quietDays };
  },
};
