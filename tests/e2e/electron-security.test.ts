/**
 * The static security check (scripts/electron-security-check.ts) over the app as built in
 * out/: no high finding in the bundles that ship.
 */
import { expect, test } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBuiltApp, readBuiltApp } from '../../scripts/electron-security-check';

const OUT = fileURLToPath(new URL('../../out', import.meta.url));

test('the built app has no high finding', async () => {
  const files = await readBuiltApp(OUT);
  expect(files.map((file) => file.path)).toEqual(
    expect.arrayContaining(['main/index.js', 'preload/index.cjs', 'renderer/index.html']),
  );
  const findings = checkBuiltApp(files);
  expect(
    findings.filter((finding) => finding.severity === 'high'),
    `checked ${path.relative(process.cwd(), OUT)}`,
  ).toEqual([]);
  // Known and accepted: zod compiles its schemas with Function in the preload.
  expect(findings.map((finding) => `${finding.file}: ${finding.message}`)).toEqual([
    'preload/index.cjs: The preload can compile code at run time (Function); zod does unless jitless.',
  ]);
});
