import { openDatabase } from '../db/client.ts'
import { seedDemoIfEmpty } from '../db/seed/index.ts'
import { perbaruiStatistik } from '../db/statistik.ts'
import { penyimpananDari } from '../modules/berkas/penyimpanan.ts'
import { buildApp } from './app.ts'
import { loadConfig } from './config.ts'
import { mulaiLatar } from './latar.ts'

/** `npm start`: migrate, seed the demo data on first run, serve; graceful shutdown on SIGTERM/SIGINT. */
async function main() {
  const config = loadConfig()
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  await database.migrate()
  const app = await buildApp({ database, config })
  if (config.seedDemo) await seedDemoIfEmpty(database, app.log, { penyimpanan: penyimpananDari(config) })
  await perbaruiStatistik(database, app.log)
  await app.listen({ port: config.port, host: config.host })
  app.log.info(`Kinerja berjalan di ${config.publicUrl} (database: ${database.kind})`)
  const latar = mulaiLatar(database, config, app.log)
  // Every document's QR code and verification link is built from PUBLIC_URL and printed for good.
  if (!config.publicUrlDiatur)
    app.log.warn(
      `PUBLIC_URL tidak diatur: kode verifikasi dokumen akan menunjuk ke ${config.publicUrl}, yang tidak dapat dibuka dari luar server ini. ` +
        `Atur PUBLIC_URL ke alamat publik aplikasi. / PUBLIC_URL is not set: document verification codes will point to ${config.publicUrl}, ` +
        'which cannot be opened from outside this server. Set PUBLIC_URL to the public address of the application.',
    )

  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down')
    const force = setTimeout(() => process.exit(1), 10_000).unref()
    await latar.berhenti()
    await app.close()
    await database.close()
    clearTimeout(force)
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
