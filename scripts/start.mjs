#!/usr/bin/env node
// `npm start`: the desktop app where Electron can run; otherwise browser mode — the
// same core and UI served on 127.0.0.1 — and it says so.
//
//   SCHOTVRIJ_BROWSER=1   always use browser mode
//   SCHOTVRIJ_PORT=5199   browser-mode port
//   SCHOTVRIJ_DATA_DIR    where the workspaces live (default: the desktop app's folder)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

function electronBinary() {
  try {
    const rel = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
    const bin = join(electronDir, 'dist', rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

/** Electron 45 downloads its binary on first use, not at npm install. Try once, briefly. */
function tryDownloadElectron() {
  if (!existsSync(join(electronDir, 'install.js'))) return null;
  console.log('Electron binary not present; trying to download it (once)…');
  const r = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 60_000 });
  return r.status === 0 ? electronBinary() : null;
}

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function browserMode(reason) {
  const child = spawn(process.execPath, [join(root, 'dist', 'node', 'server.mjs'), '--reason', reason], { stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}

function electronMode(bin) {
  const startedAt = Date.now();
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(bin, [root], { stdio: 'inherit', env });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => {
    // An Electron that dies at once (missing system libraries, no GPU, sandbox) falls back.
    if (code !== 0 && !signal && Date.now() - startedAt < 5000) {
      browserMode(`Electron exited at startup (code ${code}); falling back to browser mode.`);
      return;
    }
    process.exit(code ?? 0);
  });
}

if (process.env.SCHOTVRIJ_BROWSER === '1') {
  browserMode('Browser mode requested (SCHOTVRIJ_BROWSER=1).');
} else if (!hasDisplay()) {
  browserMode('No graphical display (DISPLAY/WAYLAND_DISPLAY unset): Electron cannot open a window here.');
} else {
  const bin = electronBinary() ?? tryDownloadElectron();
  if (bin) electronMode(bin);
  else browserMode('The Electron binary is not available on this machine (it could not be downloaded).');
}
