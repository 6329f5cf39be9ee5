import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// The web app lives in src/web; index.html stays at the repo root so `vite` and `vite build` need no flags.
const apiServer = 'http://localhost:3000';

/**
 * In production the API serves the built app, so the browser's requests come from the API's own
 * origin. Under `vite` they come from Vite's, which better-auth (trustedOrigins) and the CSRF check
 * would refuse: the dev proxy presents them as the API's origin, as they will be in production.
 */
const toApi: ProxyOptions = {
  target: apiServer,
  changeOrigin: true,
  configure: (proxy) => {
    proxy.on('proxyReq', (proxyRequest) => {
      if (proxyRequest.getHeader('origin') !== undefined) proxyRequest.setHeader('origin', apiServer);
    });
  },
};

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist/web', emptyOutDir: true },
  server: {
    proxy: {
      '/api': toApi,
      '/healthz': toApi,
    },
  },
});
