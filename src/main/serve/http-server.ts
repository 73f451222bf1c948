/**
 * Serve mode: the built renderer and the API over HTTP on 127.0.0.1 only, so the real UI
 * runs in any browser against the real main-process code.
 *
 * Every request must carry the session's random token: the printed URL has it as
 * `?token=`, which is exchanged for an HttpOnly, SameSite=Strict cookie; scripts may send
 * `Authorization: Bearer <token>` instead. Requests for another Host (DNS rebinding) or
 * from another Origin are refused.
 */
import http from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { contentSecurityPolicy } from '../security/content-security-policy';
import type { Dispatch } from '../api/dispatch';

export interface ServeOptions {
  readonly dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  readonly rendererDir: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly token?: string;
}

export interface RunningServer {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  close(): Promise<void>;
}

/**
 * The access cookie's name, with the port in it: browsers keep cookies per host, not per
 * port, so two servers on 127.0.0.1 (two archives side by side) would otherwise overwrite
 * each other's and lock the first page out.
 */
function cookieName(port: number): string {
  return `casefile_token_${port}`;
}
const MAX_BODY_BYTES = 64 * 1024 * 1024;

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const rendererDir = path.resolve(options.rendererDir);
  let origin = '';

  const server = http.createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent)
        send(response, 500, 'text/plain; charset=utf-8', 'Internal error.');
      else response.end();
    });
  });

  async function handle(
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ): Promise<void> {
    const port = (server.address() as AddressInfo).port;
    if (!isOwnHost(request.headers.host, port)) {
      send(response, 421, 'text/plain; charset=utf-8', 'This server answers only on 127.0.0.1.');
      return;
    }
    const url = new URL(request.url ?? '/', origin);
    const offered = url.searchParams.get('token');
    if (request.method === 'GET' && offered !== null) {
      if (!sameSecret(offered, token)) {
        send(
          response,
          401,
          'text/plain; charset=utf-8',
          'This link has the wrong token. Use the URL that casefile serve printed.',
        );
        return;
      }
      url.searchParams.delete('token');
      response.writeHead(303, {
        location: url.pathname + url.search,
        'set-cookie': `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'cache-control': 'no-store',
      });
      response.end();
      return;
    }
    if (!isAuthorised(request, token, cookieName(port))) {
      send(
        response,
        401,
        'text/plain; charset=utf-8',
        'Open the URL that casefile serve printed (it carries the access token).',
      );
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      await handleApi(request, response, url.pathname.slice('/api/'.length));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
      return;
    }
    await serveFile(response, url.pathname);
  }

  async function handleApi(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    name: string,
  ) {
    if (request.method !== 'POST') {
      send(response, 405, 'text/plain; charset=utf-8', 'API calls are POST requests.');
      return;
    }
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) {
      send(response, 403, 'text/plain; charset=utf-8', 'Requests from other sites are refused.');
      return;
    }
    let input: unknown;
    try {
      input = JSON.parse((await readBody(request)) || '{}');
    } catch (error) {
      const tooLarge = error instanceof Error && error.message === 'too large';
      sendJson(response, tooLarge ? 413 : 400, {
        ok: false,
        error: {
          code: 'validation',
          message: tooLarge ? 'The request is too large.' : 'The request is not valid JSON.',
        },
      });
      return;
    }
    const envelope = await options.dispatch(decodeURIComponent(name), input);
    sendJson(response, 200, envelope);
  }

  async function serveFile(response: http.ServerResponse, pathname: string) {
    const relative = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
    const absolute = path.resolve(rendererDir, relative);
    if (!absolute.startsWith(rendererDir + path.sep)) {
      send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
      return;
    }
    let body: Buffer;
    let file = absolute;
    try {
      body = await fs.readFile(file);
    } catch {
      // Unknown paths are the single-page app's own routes.
      file = path.join(rendererDir, 'index.html');
      try {
        body = await fs.readFile(file);
      } catch {
        send(
          response,
          500,
          'text/plain; charset=utf-8',
          'The interface is not built. Run: npm run build',
        );
        return;
      }
    }
    send(response, 200, MEDIA_TYPES[path.extname(file)] ?? 'application/octet-stream', body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    token,
    url: `${origin}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function sameSecret(offered: string, token: string): boolean {
  const a = Buffer.from(offered);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isAuthorised(request: http.IncomingMessage, token: string, cookie: string): boolean {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ') && sameSecret(header.slice(7), token)) return true;
  const cookies = request.headers.cookie?.split(';').map((part) => part.trim()) ?? [];
  return cookies.some(
    (pair) => pair.startsWith(`${cookie}=`) && sameSecret(pair.slice(cookie.length + 1), token),
  );
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function securityHeaders(): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy('header'),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'no-store',
  };
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, { ...securityHeaders(), 'content-type': type });
  response.end(body);
}

function sendJson(response: http.ServerResponse, status: number, value: unknown) {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
