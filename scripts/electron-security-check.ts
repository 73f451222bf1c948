/**
 * A static security check of the built Electron app (out/main, out/preload, out/renderer),
 * in the spirit of Electronegativity but small and ours: it reads the bundles that ship, so
 * options assembled in src/main/security must survive the build as they were written.
 *
 *   node --import tsx scripts/electron-security-check.ts [OUT_DIR]
 *
 * Prints one line per finding and exits 1 when any is high.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Severity = 'high' | 'medium';

export interface Finding {
  readonly severity: Severity;
  readonly file: string;
  readonly message: string;
}

export interface BuiltFile {
  /** Relative to the output folder: main/index.js, preload/index.cjs, renderer/index.html. */
  readonly path: string;
  readonly text: string;
}

/** Web preferences that must hold these values wherever a window or view is made. */
const REQUIRED_PREFERENCES: Readonly<Record<string, string>> = {
  contextIsolation: 'true',
  sandbox: 'true',
  nodeIntegration: 'false',
  webSecurity: 'true',
};

/** Settings that open the renderer to the network or to Node, whatever the context. */
const FORBIDDEN_SETTINGS: readonly [RegExp, string][] = [
  [/\bnodeIntegration(InWorker|InSubFrames)?\s*:\s*(true|!0)\b/, 'turns on Node integration'],
  [/\bcontextIsolation\s*:\s*(false|!1)\b/, 'turns off context isolation'],
  [/\bsandbox\s*:\s*(false|!1)\b/, 'turns off the renderer sandbox'],
  [/\bwebSecurity\s*:\s*(false|!1)\b/, 'turns off web security (same-origin policy)'],
  [/\ballowRunningInsecureContent\s*:\s*(true|!0)\b/, 'allows insecure content'],
  [/\bwebviewTag\s*:\s*(true|!0)\b/, 'allows <webview>'],
  [/\bexperimentalFeatures\s*:\s*(true|!0)\b/, 'turns on experimental web features'],
  [/\benableBlinkFeatures\s*:\s*["'`][^"'`]+["'`]/, 'turns on Blink features'],
  [/\ballowpopups\b/, 'allows pop-ups from a <webview>'],
  [/--disable-web-security|--ignore-certificate-errors/, 'weakens Chromium from its command line'],
];

/** The text of each `webPreferences: { … }` object literal, braces matched. */
export function webPreferenceBlocks(text: string): string[] {
  const blocks: string[] = [];
  const start = /\bwebPreferences\s*:\s*\{/g;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    let depth = 0;
    const open = match.index + match[0].length - 1;
    for (let at = open; at < text.length; at += 1) {
      if (text[at] === '{') depth += 1;
      else if (text[at] === '}' && (depth -= 1) === 0) {
        blocks.push(text.slice(open, at + 1));
        break;
      }
    }
  }
  return blocks;
}

function valueOf(block: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*:\\s*([^,}\\s]+)`).exec(block);
  if (!match) return null;
  // Minifiers write true and false as !0 and !1.
  return match[1] === '!0' ? 'true' : match[1] === '!1' ? 'false' : match[1];
}

function checkMain(file: BuiltFile): Finding[] {
  const findings: Finding[] = [];
  const high = (message: string) => findings.push({ severity: 'high', file: file.path, message });
  const medium = (message: string) =>
    findings.push({ severity: 'medium', file: file.path, message });
  const blocks = webPreferenceBlocks(file.text);
  if (/\bnew\s+[\w$.]*BrowserWindow\s*\(/.test(file.text) && blocks.length === 0) {
    high('A BrowserWindow is made without webPreferences, so it gets Electron’s defaults.');
  }
  for (const block of blocks) {
    for (const [name, wanted] of Object.entries(REQUIRED_PREFERENCES)) {
      const value = valueOf(block, name);
      if (value !== wanted)
        high(`webPreferences sets ${name} to ${value ?? 'nothing'}, not ${wanted}.`);
    }
  }
  for (const [pattern, what] of FORBIDDEN_SETTINGS) {
    if (pattern.test(file.text)) high(`The code ${what}.`);
  }
  const remote = /\.(loadURL|loadFile)\(\s*["'`](https?:|\/\/)/.exec(file.text);
  if (remote) high(`A window loads a remote address (${remote[0]}).`);
  if (!/Content-Security-Policy/i.test(file.text)) {
    medium('The main process sets no Content-Security-Policy header on responses.');
  }
  if (!/setPermissionRequestHandler/.test(file.text)) {
    high('No permission request handler: pages get camera, microphone and the rest on request.');
  }
  if (!/will-navigate/.test(file.text)) medium('Navigation of the window is not checked.');
  if (!/setWindowOpenHandler/.test(file.text))
    high('New windows opened by a page are not refused.');
  if (!/will-attach-webview/.test(file.text)) medium('Attaching a <webview> is not refused.');
  return findings;
}

function checkPreload(file: BuiltFile): Finding[] {
  const findings: Finding[] = [];
  const high = (message: string) => findings.push({ severity: 'high', file: file.path, message });
  if (!/contextBridge\.exposeInMainWorld\(/.test(file.text)) {
    high('The preload exposes nothing through contextBridge.');
  }
  if (/exposeInMainWorld\([^)]*\bipcRenderer\b\s*\)/.test(file.text)) {
    high('The preload hands the page ipcRenderer itself, so a page can call any channel.');
  }
  if (/\beval\s*\(|\bnew Function\s*\((?!\s*["'`][^"'`]*["'`]\s*\))/.test(file.text)) {
    high('The preload evaluates strings as code.');
  } else if (/\bnew Function\s*\(|=\s*Function\s*;/.test(file.text)) {
    // zod's schema compiler does this (code made from the schemas, not from input).
    findings.push({
      severity: 'medium',
      file: file.path,
      message: 'The preload can compile code at run time (Function); zod does unless jitless.',
    });
  }
  for (const [pattern, what] of FORBIDDEN_SETTINGS) {
    if (pattern.test(file.text)) high(`The preload ${what}.`);
  }
  return findings;
}

function checkPage(file: BuiltFile): Finding[] {
  const findings: Finding[] = [];
  const high = (message: string) => findings.push({ severity: 'high', file: file.path, message });
  const meta =
    /<meta[^>]+http-equiv=["']Content-Security-Policy["'][^>]*content=(["'])(.*?)\1/i.exec(
      file.text,
    );
  if (!meta) {
    high('The page carries no Content-Security-Policy.');
    return findings;
  }
  const policy = meta[2];
  const directive = (name: string) =>
    new RegExp(`(?:^|;)\\s*${name}\\s+([^;]*)`).exec(policy)?.[1].trim() ?? null;
  const scripts = directive('script-src') ?? directive('default-src');
  if (scripts === null) high('The policy does not limit scripts.');
  else if (/'unsafe-inline'|'unsafe-eval'|\*|https?:|data:/.test(scripts)) {
    high(`The policy lets scripts in from "${scripts}".`);
  }
  if (directive('default-src') !== "'none'") high("The policy's default-src is not 'none'.");
  if (directive('object-src') === null && directive('default-src') !== "'none'") {
    high('The policy allows plugins (object-src).');
  }
  for (const [, source] of file.text.matchAll(/<script[^>]*\ssrc=["']([^"']+)["']/gi)) {
    if (/^(https?:)?\/\//.test(source)) high(`The page loads a script from ${source}.`);
  }
  if (/<script(?![^>]*\ssrc=)[^>]*>\s*\S/i.test(file.text)) high('The page has inline script.');
  return findings;
}

/** Every finding over the built files; a file of an unknown part is not checked. */
export function checkBuiltApp(files: readonly BuiltFile[]): Finding[] {
  const findings: Finding[] = [];
  const parts = { main: false, preload: false, page: false };
  for (const file of files) {
    if (file.path.startsWith('main/') && file.path.endsWith('.js')) {
      // Workers are plain Node threads; only the bundle that makes windows is checked.
      if (/\bBrowserWindow\b/.test(file.text)) {
        parts.main = true;
        findings.push(...checkMain(file));
      }
    } else if (file.path.startsWith('preload/')) {
      parts.preload = true;
      findings.push(...checkPreload(file));
    } else if (file.path === 'renderer/index.html') {
      parts.page = true;
      findings.push(...checkPage(file));
    }
  }
  for (const [part, found] of Object.entries(parts)) {
    if (!found)
      findings.push({
        severity: 'high',
        file: part,
        message: `No built ${part} was found to check.`,
      });
  }
  return findings;
}

/** The files of a build folder that the check reads. */
export async function readBuiltApp(outDir: string): Promise<BuiltFile[]> {
  const files: BuiltFile[] = [];
  const walk = async (relative: string): Promise<void> => {
    for (const entry of await fs.readdir(path.join(outDir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (child !== 'renderer/assets') await walk(child);
      } else if (/\.(c?js|html)$/.test(entry.name)) {
        files.push({ path: child, text: await fs.readFile(path.join(outDir, child), 'utf8') });
      }
    }
  };
  await walk('');
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? 'out');
  const findings = checkBuiltApp(await readBuiltApp(outDir));
  for (const finding of findings) {
    process.stdout.write(`${finding.severity}: ${finding.file}: ${finding.message}\n`);
  }
  if (findings.length === 0) process.stdout.write(`No findings in ${outDir}.\n`);
  process.exitCode = findings.some((finding) => finding.severity === 'high') ? 1 : 0;
}
