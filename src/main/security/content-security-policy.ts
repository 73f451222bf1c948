/**
 * The Content-Security-Policy of the app's pages, the same in the Electron window (a meta
 * tag in the built page) and in serve mode (a response header): only the app's own
 * scripts and styles, no inline script, no remote anything, no frames, no forms posting out.
 */
const DIRECTIVES: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
};

/** Directives a meta tag cannot carry (browsers ignore them there): header only. */
const HEADER_ONLY: Record<string, string> = {
  'frame-ancestors': "'none'",
};

function render(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export function contentSecurityPolicy(where: 'meta' | 'header'): string {
  return render(where === 'header' ? { ...DIRECTIVES, ...HEADER_ONLY } : DIRECTIVES);
}
