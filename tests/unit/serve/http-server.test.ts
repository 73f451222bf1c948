import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { createDispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';
import { startServer, type RunningServer } from '../../../src/main/serve/http-server';

/** A raw request, so that Host and Origin can be set as an attacker would. */
function request(
  server: RunningServer,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: url.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('serve mode HTTP server', () => {
  let dir: string;
  let session: ArchiveSession;
  let server: RunningServer;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-serve-'));
    const rendererDir = path.join(dir, 'renderer');
    await fs.mkdir(rendererDir);
    await fs.writeFile(
      path.join(rendererDir, 'index.html'),
      '<!doctype html><title>Casefile</title>',
    );
    await fs.writeFile(path.join(dir, 'secret.txt'), 'not for the browser');
    session = await ArchiveSession.start(path.join(dir, 'archive'));
    server = await startServer({ dispatch: createDispatch(handlers, { session }), rendererDir });
  });

  afterAll(async () => {
    await server.close();
    await session.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and prints a URL with the token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('answers 401 to any request without the token', async () => {
    const page = await request(server, {
      path: '/',
      headers: { host: new URL(server.origin).host },
    });
    expect(page.status).toBe(401);
    const api = await request(server, {
      method: 'POST',
      path: '/api/persons.list',
      headers: { host: new URL(server.origin).host, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(api.status).toBe(401);
    const wrong = await request(server, {
      path: '/api/persons.list',
      method: 'POST',
      headers: { host: new URL(server.origin).host, authorization: 'Bearer nope' },
    });
    expect(wrong.status).toBe(401);
  });

  it('exchanges the token of the URL for an HttpOnly SameSite cookie, then serves the page with the CSP', async () => {
    const host = new URL(server.origin).host;
    const first = await request(server, { path: `/?token=${server.token}`, headers: { host } });
    expect(first.status).toBe(303);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const page = await request(server, {
      path: '/',
      headers: { host, cookie: cookie.split(';')[0] },
    });
    expect(page.status).toBe(200);
    // Named for its port: a second server on 127.0.0.1 has a cookie of its own.
    const port = new URL(server.origin).port;
    expect(cookie.split('=')[0]).toBe(`casefile_token_${port}`);
    const otherPorts = await request(server, {
      path: '/',
      headers: { host, cookie: `casefile_token_1=${server.token}` },
    });
    expect(otherPorts.status).toBe(401);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('serves the API to a bearer token and refuses other origins and other hosts', async () => {
    const host = new URL(server.origin).host;
    const auth = {
      host,
      authorization: `Bearer ${server.token}`,
      'content-type': 'application/json',
    };
    const created = await request(server, {
      method: 'POST',
      path: '/api/persons.create',
      headers: auth,
      body: JSON.stringify({ name: 'Dana Seitkali', nativeName: 'Дана Сейтқали' }),
    });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({
      ok: true,
      value: { nativeName: 'Дана Сейтқали' },
    });
    const foreign = await request(server, {
      method: 'POST',
      path: '/api/persons.list',
      headers: { ...auth, origin: 'http://evil.example' },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
    const rebinding = await request(server, {
      method: 'POST',
      path: '/api/persons.list',
      headers: { ...auth, host: `evil.example:${new URL(server.origin).port}` },
      body: '{}',
    });
    expect(rebinding.status).toBe(421);
    const badJson = await request(server, {
      method: 'POST',
      path: '/api/persons.list',
      headers: auth,
      body: '{',
    });
    expect(JSON.parse(badJson.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('never serves files outside the built interface', async () => {
    const host = new URL(server.origin).host;
    const auth = { host, authorization: `Bearer ${server.token}` };
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const response = await request(server, { path: attempt, headers: auth });
      expect(response.body).not.toContain('not for the browser');
    }
  });
});
