/**
 * The Electron transport of the API table: one `ipcMain.handle` per entry, generated from
 * the table, each answering only the app's own page and passing everything else to dispatch.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_NAMES, channelOf } from '../../shared/api';
import type { Envelope } from '../../shared/errors';
import type { Dispatch } from '../api/dispatch';
import { isTrustedSender } from '../security/url-trust';

const UNAUTHORIZED: Envelope<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'Only the Casefile window may use this archive.' },
};

export function registerIpc(dispatch: Dispatch, appBase: string): void {
  for (const name of API_NAMES) {
    ipcMain.handle(channelOf(name), (event, input: unknown) =>
      isFromAppPage(event, appBase) ? dispatch(name, input) : UNAUTHORIZED,
    );
  }
}

function isFromAppPage(event: IpcMainInvokeEvent, appBase: string): boolean {
  try {
    // The frame is null, or throws when read, once it has navigated away or gone.
    const frame = event.senderFrame;
    return frame !== null && isTrustedSender(frame.url, frame.parent === null, appBase);
  } catch {
    return false;
  }
}
