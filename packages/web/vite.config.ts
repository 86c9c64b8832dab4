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
        // Libraries change less often than the app: a separate chunk stays cached across releases,
        // and keeps the app chunk under Vite's 500 kB warning now that three dictionaries have grown.
        // The dictionaries get a chunk of their own for the same reason: the policy editor's
        // vocabulary in three languages would otherwise push the app chunk past the warning.
        manualChunks: {
          dictionaries: ['./src/i18n/en.ts', './src/i18n/kk.ts', './src/i18n/ru.ts'],
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
