import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web; index.html stays at the repo root so `vite` and `vite build` need no flags.
const apiServer = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist/web', emptyOutDir: true },
  server: {
    proxy: {
      '/api': apiServer,
      '/healthz': apiServer,
    },
  },
});
