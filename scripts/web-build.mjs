/**
 * Builds the web app into dist/web only when its sources changed since the last build, so a second
 * `npm start` serves within a few seconds instead of rebuilding the bundle every time (issue 7).
 *
 * The fingerprint is a SHA-256 of every file the bundle is made from (src/web, src/shared and src/domain,
 * which the SPA imports; package-lock.json for the toolchain and libraries; tsconfig.json), stored beside
 * the build in dist/web-build.json.
 *
 *   node scripts/web-build.mjs            npm start: build if the sources changed
 *   node scripts/web-build.mjs --install  npm install (prepare): the same, but a production install
 *                                         (no vite) quietly keeps the build it came with
 *   node scripts/web-build.mjs --force    npm run build: always build
 *
 * A production install (`npm ci --omit=dev`) has no vite and never builds: it serves the dist/web built
 * before it was deployed. Plain JavaScript, so the check costs one bare Node start-up (no TypeScript loader).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DIST = path.join(ROOT, 'dist', 'web')
const STAMP = path.join(ROOT, 'dist', 'web-build.json')
const SUMBER_FOLDER = ['src/web', 'src/shared', 'src/domain']
const SUMBER_BERKAS = ['package-lock.json', 'tsconfig.json']
// tests are not part of the bundle: changing one does not call for a rebuild
const BUKAN_SUMBER = /\.test\.tsx?$/

/** @param {string} folder @returns {string[]} paths relative to the repository, with forward slashes */
function berkasDi(folder) {
  const abs = path.join(ROOT, folder)
  if (!existsSync(abs)) return []
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !BUKAN_SUMBER.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
}

/** One hash over the paths and contents of the sources, in a fixed order. */
function sidikSumber() {
  const berkas = [
    ...SUMBER_FOLDER.flatMap(berkasDi),
    ...SUMBER_BERKAS.filter((f) => existsSync(path.join(ROOT, f))),
  ]
  const hash = createHash('sha256')
  for (const f of berkas.sort()) {
    hash.update(`${f}\0`)
    hash.update(readFileSync(path.join(ROOT, f)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

/** @returns {string | null} the fingerprint dist/web was built from, if it was built */
function sidikTerakhir() {
  if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(STAMP)) return null
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')).sidik ?? null
  } catch {
    return null
  }
}

async function main() {
  const mode = process.argv[2] ?? '--changed'
  if (!['--changed', '--install', '--force'].includes(mode)) throw new Error(`unknown option ${mode}`)
  const sidik = sidikSumber()
  const terakhir = sidikTerakhir()
  if (mode !== '--force' && terakhir === sidik) return
  const adaBuild = existsSync(path.join(DIST, 'index.html'))

  if (!existsSync(path.join(ROOT, 'node_modules', 'vite', 'package.json'))) {
    if (mode === '--force') {
      console.error('web app: vite is not installed; run `npm install` (with dev dependencies) first')
      process.exit(1)
    }
    if (mode === '--install') return // a production install keeps the build it came with
    if (adaBuild) return console.warn('web app: sources changed since dist/web was built; serving that build')
    console.error(
      'web app: dist/web is missing and this install has no vite to build it.\n' +
        'Build before deploying (`npm ci && npm run build`), then copy dist/ along with the sources.',
    )
    process.exit(1)
  }

  const mulai = Date.now()
  console.log(adaBuild ? 'web app: sources changed, rebuilding…' : 'web app: building…')
  const { build } = await import('vite')
  await build({ configFile: path.join(ROOT, 'src/web/vite.config.ts'), logLevel: 'warn' })
  writeFileSync(STAMP, `${JSON.stringify({ sidik, dibangun: new Date().toISOString() }, null, 2)}\n`)
  console.log(`web app: built in ${((Date.now() - mulai) / 1000).toFixed(1)} s`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
