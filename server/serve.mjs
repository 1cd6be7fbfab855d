// `npm run serve -- [options]`: builds the server and, next to it, the app for
// same-origin serving (no demo backend, no service worker), then runs it with
// the options passed through. No tsx: node runs the built JavaScript.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = 'dist-server';

// The app calls /api on its own origin; a stray backend URL must not leak in.
process.env.VITE_BACKEND = 'same-origin';
delete process.env.VITE_API_BASE_URL;

await build({
  root,
  logLevel: 'warn',
  // The app's public/ files belong to the app's build only.
  publicDir: false,
  build: { ssr: 'server/main.ts', outDir, emptyOutDir: true },
});
await build({
  root,
  logLevel: 'warn',
  build: { outDir: `${outDir}/public`, emptyOutDir: true },
});

const child = spawn(
  process.execPath,
  [`${outDir}/main.js`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
// Ctrl-C reaches the whole process group: the server closes itself, and this
// launcher only waits for it. SIGTERM sent to the launcher alone is passed on.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
