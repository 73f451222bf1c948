import { describe, expect, it } from 'vitest';
import { decidePermission } from '../../../src/main/security/permissions';

/** Every permission Electron names, and a few it may add later. */
const PERMISSIONS = [
  'ar',
  'automatic-fullscreen',
  'background-fetch',
  'background-sync',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'geolocation-approximate',
  'hand-tracking',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'local-network',
  'local-network-access',
  'loopback-network',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'nfc',
  'notifications',
  'openExternal',
  'payment-handler',
  'periodic-background-sync',
  'persistent-storage',
  'pointerLock',
  'screen-wake-lock',
  'sensors',
  'serial',
  'smart-card',
  'speaker-selection',
  'storage-access',
  'system-wake-lock',
  'top-level-storage-access',
  'usb',
  'vr',
  'web-app-installation',
  'web-printing',
  'window-management',
  'unknown',
  'bluetooth',
  '',
  'a-permission-from-the-future',
];

const REQUESTERS = [
  'file:///opt/Casefile/resources/app.asar/out/renderer/index.html',
  'http://localhost:5173/',
  'https://attacker.example/',
  'devtools://devtools/bundled/devtools_app.html',
  '',
  undefined,
  null,
];

describe('decidePermission', () => {
  const cases = PERMISSIONS.flatMap((permission) =>
    REQUESTERS.map((url) => [permission, url] as const),
  );
  it.each(cases)('refuses %s to %s', (permission, url) => {
    expect(decidePermission(permission, url)).toBe(false);
  });
});
