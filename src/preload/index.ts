/**
 * The preload: exposes the API table as `window.casefile`, one function per entry, and
 * nothing else. Each function forwards its one input object over the entry's channel and
 * returns the envelope the main process answers with.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_NAMES, channelOf, type CasefileBridge } from '../shared/api';

const bridge = Object.fromEntries(
  API_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelOf(name), input)]),
) as CasefileBridge;

contextBridge.exposeInMainWorld('casefile', bridge);
