/**
 * The kinerja CLI: `npm run kinerja -- <command>`. It opens the same database as the server
 * (DATABASE_URL, or the PGlite folder DATA_DIR, default ./data) and runs the same service code.
 */
import { Command } from 'commander'
import { AppError } from '../server/errors.ts'
import { denganDatabase } from './database.ts'
import { perintahEksporSemua } from './ekspor.command.ts'
import { perintahImporSemua } from './impor.command.ts'

const program = new Command('kinerja').description('Kinerja — manajemen kinerja ASN (PermenPANRB 6/2022)')

program
  .command('migrate')
  .description('Terapkan migrasi basis data')
  .action(() =>
    denganDatabase(async (database) => {
      await database.migrate()
      console.log(`Migrasi selesai (${database.kind}).`)
    }),
  )

program.addCommand(perintahImporSemua())
program.addCommand(perintahEksporSemua())

program.parseAsync(process.argv).catch((err: unknown) => {
  // A file the service refuses (wrong type, unreadable) is the user's problem: say why, no stack trace.
  if (err instanceof AppError) console.error(`${err.code}: ${err.teks.id} / ${err.teks.en}`)
  else console.error(err)
  process.exit(1)
})
