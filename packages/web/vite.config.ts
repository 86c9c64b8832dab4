import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs separately; proxying keeps the session cookie same-origin like production.
const apiOrigin = process.env.QORGAU_API_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', assetsDir: 'assets', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/trpc': apiOrigin, '/api': apiOrigin } },
});
