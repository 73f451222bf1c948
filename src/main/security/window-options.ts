/**
 * The options of the app's one window, kept here as plain data so that every security
 * setting is visible in one place and checked by a test without Electron.
 */

/** The web preferences the window is created with; each locked to its safe value. */
export interface HardenedWebPreferences {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly webviewTag: false;
  readonly spellcheck: false;
  readonly navigateOnDragDrop: false;
  readonly experimentalFeatures: false;
  readonly enableBlinkFeatures: '';
  readonly safeDialogs: true;
  readonly devTools: boolean;
}

/** The subset of BrowserWindow options the app sets. */
export interface MainWindowOptions {
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
  readonly show: false;
  readonly title: string;
  readonly backgroundColor: string;
  readonly webPreferences: HardenedWebPreferences;
}

export function mainWindowOptions(
  preloadPath: string,
  options: { readonly devTools?: boolean } = {},
): MainWindowOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show', so the window never flashes blank.
    show: false,
    title: 'Casefile',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Spellchecking would download dictionaries from the network.
      spellcheck: false,
      // A file dropped on the window must not replace the app with that file.
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      safeDialogs: true,
      devTools: options.devTools ?? false,
    },
  };
}
