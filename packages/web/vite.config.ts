import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs separately; proxying keeps the session cookie same-origin like production.
const apiOrigin = process.env.QORGAU_API_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: a separate chunk stays cached across releases.
        // Each language's dictionary is loaded on demand (src/i18n/messages.ts), one chunk per language.
        manualChunks: {
          vendor: [
            'react',
            'react-dom',
            '@tanstack/react-query',
            '@trpc/client',
            '@trpc/tanstack-react-query',
          ],
        },
      },
    },
  },
  server: { proxy: { '/trpc': apiOrigin, '/api': apiOrigin } },
});
