import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the workspaces live. Same folder as Electron's `app.getPath('userData')`,
 * so browser mode and the desktop app open the same data.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SCHOTVRIJ_DATA_DIR) return env.SCHOTVRIJ_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Schotvrij');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Schotvrij');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Schotvrij');
}

/** The folder holding Schotvrij's package.json (works from sources, bundles and tests). */
export function appRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'schotvrij') return dir;
      } catch {
        // not ours; keep walking
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the Schotvrij package root');
    dir = up;
  }
}

