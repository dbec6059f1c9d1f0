import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The renderer is loaded from `app://` in Electron and from `/` in browser mode:
// relative asset URLs (`base: './'`) work under both.
export default defineConfig({
  root: here('./renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: here('./dist/renderer'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // The CSP forbids inline scripts; keep every asset a file.
    assetsInlineLimit: 0,
  },
  server: {
    // shared/ lives outside the renderer root.
    fs: { allow: [here('.')] },
  },
});
