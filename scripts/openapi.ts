/**
 * `npm run openapi`: writes docs/openapi.json, the API contract, from the app itself (every module's
 * routes, on an in-memory database). Run it after adding or changing a route; test/openapi.test.ts
 * fails until the committed file matches what the server serves.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { openDatabase } from '../src/db/client.ts'
import { buildApp } from '../src/server/app.ts'
import { loadConfig } from '../src/server/config.ts'
import { openApiJson } from '../src/server/openapi.ts'

export const OPENAPI_FILE = fileURLToPath(new URL('../docs/openapi.json', import.meta.url))

async function main() {
  const database = await openDatabase({})
  const config = loadConfig({}, { seedDemo: false, logLevel: 'silent' })
  const app = await buildApp({ database, config, logger: false })
  await app.ready()
  const json = openApiJson(app)
  writeFileSync(OPENAPI_FILE, json)
  await app.close()
  await database.close()
  const paths = Object.keys(JSON.parse(json).paths).length
  console.log(`docs/openapi.json: ${paths} paths`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
