import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))
const api = process.env.KINERJA_API ?? 'http://localhost:3000'

// The SPA lives in src/web; `npm run build` writes dist/web, which Fastify serves with an SPA fallback.
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': api, '/verifikasi': api },
  },
})
