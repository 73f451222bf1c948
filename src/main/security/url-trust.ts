/**
 * Which URLs belong to the app: the page the window may show, the requests its session may
 * make and the frames whose API calls are answered. Everything else is refused.
 *
 * `appBase` is the URL the window loads: the `file:` URL of the built `index.html`, or the
 * development server's `http:` URL. The app makes no network requests of its own, so
 * anything outside its own files is, by construction, something it did not ask for.
 */

/** Where the app's files are, as derived from `appBase`. */
type AppLocation =
  | {
      readonly kind: 'file';
      /** The decoded path of the entry page, e.g. `/opt/Casefile/…/out/renderer/index.html`. */
      readonly page: string;
      /** The decoded path of its folder, ending with `/`. */
      readonly folder: string;
      /** Windows paths (`/C:/…`) name the same file whatever their case. */
      readonly ignoreCase: boolean;
    }
  | {
      readonly kind: 'server';
      readonly origin: string;
      readonly host: string;
      readonly secure: boolean;
      readonly page: string;
    };

function parse(url: string | null | undefined): URL | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * The decoded path of a local `file:` URL, or undefined when it could mean something other
 * than it seems: a host (a network share on Windows), an encoded separator or dot segment
 * that a later decoding step could turn into `../`, control characters, or empty segments.
 */
function localFilePath(url: URL): string | undefined {
  if (url.protocol !== 'file:' || url.host !== '' || url.username !== '' || url.password !== '') {
    return undefined;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(decoded)) return undefined;
  if (!decoded.startsWith('/') || decoded.includes('//')) return undefined;
  if (decoded.split('/').some((segment) => segment === '.' || segment === '..')) return undefined;
  return decoded;
}

function locate(appBase: string | null | undefined): AppLocation | undefined {
  const base = parse(appBase);
  if (!base || base.username !== '' || base.password !== '') return undefined;
  if (base.protocol === 'file:') {
    const page = localFilePath(base);
    if (!page || page.endsWith('/')) return undefined;
    return {
      kind: 'file',
      page,
      folder: page.slice(0, page.lastIndexOf('/') + 1),
      ignoreCase: /^\/[A-Za-z]:\//.test(page),
    };
  }
  if (base.protocol === 'http:' || base.protocol === 'https:') {
    return {
      kind: 'server',
      origin: base.origin,
      host: base.host,
      secure: base.protocol === 'https:',
      page: base.pathname,
    };
  }
  return undefined;
}

function samePath(a: string, b: string, ignoreCase: boolean): boolean {
  return ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/**
 * Whether a `file:` path is one of the app's files: inside the renderer folder, and named
 * plainly. `%` and `:` never occur in built file names; refusing them rules out double
 * encoding and Windows alternate data streams.
 */
function isInFolder(path: string, location: Extract<AppLocation, { kind: 'file' }>): boolean {
  const prefix = path.slice(0, location.folder.length);
  if (!samePath(prefix, location.folder, location.ignoreCase)) return false;
  const rest = path.slice(location.folder.length);
  return rest !== '' && !/[%:]/.test(rest);
}

/** A URL of the development server itself, without credentials. */
function isOnServer(url: URL, location: Extract<AppLocation, { kind: 'server' }>): boolean {
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.origin === location.origin &&
    url.username === '' &&
    url.password === ''
  );
}

/** Whether `url` is the app's own page (any query or `#/route`), and nothing else. */
export function isAppUrl(url: string | null | undefined, appBase: string): boolean {
  const location = locate(appBase);
  const target = parse(url);
  if (!location || !target) return false;
  if (location.kind === 'file') {
    const path = localFilePath(target);
    return path !== undefined && samePath(path, location.page, location.ignoreCase);
  }
  return (
    isOnServer(target, location) &&
    (target.pathname === location.page ||
      target.pathname === '/' ||
      target.pathname === '/index.html')
  );
}

/**
 * For `will-navigate` and `will-redirect`: the window only ever shows the app's own page.
 * Links to the outside world are not followed (the app has none; pasted text may).
 */
export function shouldAllowNavigation(url: string | null | undefined, appBase: string): boolean {
  return isAppUrl(url, appBase);
}

/**
 * For `session.webRequest.onBeforeRequest`: the app's own files, inline `data:` and its own
 * `blob:` URLs (built assets and pasted images), the developer tools, and in development the
 * dev server (including its hot-reload socket). Everything else is cancelled.
 */
export function isRequestAllowed(url: string | null | undefined, appBase: string): boolean {
  const location = locate(appBase);
  const target = parse(url);
  if (!location || !target) return false;
  switch (target.protocol) {
    case 'devtools:':
    case 'data:':
      return true;
    case 'blob:': {
      const inner = parse(target.pathname);
      if (!inner) return false;
      return location.kind === 'file'
        ? inner.protocol === 'file:' && inner.host === ''
        : isOnServer(inner, location);
    }
    case 'file:': {
      if (location.kind !== 'file') return false;
      const path = localFilePath(target);
      return path !== undefined && isInFolder(path, location);
    }
    case 'http:':
    case 'https:':
      return location.kind === 'server' && isOnServer(target, location);
    case 'ws:':
    case 'wss:':
      return (
        location.kind === 'server' &&
        target.protocol === (location.secure ? 'wss:' : 'ws:') &&
        target.host === location.host &&
        target.username === '' &&
        target.password === ''
      );
    default:
      return false;
  }
}

/**
 * For every IPC call: only the app's own page, in the window's main frame, may use the
 * archive. A frame that somehow loaded anything else gets `unauthorized`.
 */
export function isTrustedSender(
  frameUrl: string | null | undefined,
  isMainFrame: boolean,
  appBase: string,
): boolean {
  return isMainFrame === true && isAppUrl(frameUrl, appBase);
}

/**
 * The URL the window loads. The development server's URL is honoured only in an unpackaged
 * app and only on this computer, so that an environment variable can never point an
 * installed Casefile at a remote page.
 */
export function chooseAppBase(options: {
  readonly isPackaged: boolean;
  readonly devServerUrl: string | undefined;
  readonly rendererIndexUrl: string;
}): string {
  const dev = options.isPackaged ? undefined : parse(options.devServerUrl);
  const isLocal =
    dev !== undefined &&
    (dev.protocol === 'http:' || dev.protocol === 'https:') &&
    dev.username === '' &&
    dev.password === '' &&
    ['localhost', '127.0.0.1', '[::1]'].includes(dev.hostname);
  return isLocal ? dev.href : options.rendererIndexUrl;
}
