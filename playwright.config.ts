import { defineConfig } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 3199)

/** Browser journeys in Debian's Chromium (never a downloaded browser) against the built app on a fresh PGlite. */
export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  // A flaky browser test is fixed, never retried (issue 7).
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'id-ID',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `rm -rf tmp/e2e-data && DATA_DIR=tmp/e2e-data PORT=${PORT} HOST=127.0.0.1 LOG_LEVEL=warn npx tsx src/server/server.ts`,
    url: `http://127.0.0.1:${PORT}/readyz`,
    timeout: 120_000,
    reuseExistingServer: false,
  },
})
