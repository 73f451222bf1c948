/**
 * The session and web-contents rules that hold for every page the app ever opens: requests,
 * permissions, the Content-Security-Policy header, navigation, new windows and webviews.
 * The decisions themselves are the pure functions of src/main/security.
 */
import type { App, Session } from 'electron';
import { contentSecurityPolicy } from '../security/content-security-policy';
import { decidePermission } from '../security/permissions';
import { isRequestAllowed, shouldAllowNavigation } from '../security/url-trust';

export function hardenSession(session: Session, appBase: string, isDevServer: boolean): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, appBase);
    if (!allowed) console.warn(`Casefile refused a request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });

  // The built page carries the same policy as a meta tag; the header also covers anything
  // served with headers. The dev server's page needs inline hot-reload code, so not there.
  if (!isDevServer) {
    const policy = contentSecurityPolicy('header');
    session.webRequest.onHeadersReceived((details, callback) => {
      if (details.url.startsWith('devtools:')) {
        callback({});
        return;
      }
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
      });
    });
  }

  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(decidePermission(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    decidePermission(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler((details) =>
    decidePermission(`device:${details.deviceType}`, details.origin),
  );
  // Screen capture is never offered, whatever asks.
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}

/** Applies to every web contents, including any a page might manage to create. */
export function hardenWebContents(app: App, appBase: string): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (!shouldAllowNavigation(event.url, appBase)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!shouldAllowNavigation(event.url, appBase)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
