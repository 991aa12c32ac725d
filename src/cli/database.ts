import { openDatabase, type Database } from '../db/client.ts'
import { loadConfig } from '../server/config.ts'

/** The database the server would use: DATABASE_URL (PostgreSQL) or the PGlite folder DATA_DIR (./data). */
export async function bukaDatabase(): Promise<Database> {
  const config = loadConfig()
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
}

/** Open, run, always close: PGlite allows one process per data folder. */
export async function denganDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await bukaDatabase()
  try {
    return await fn(database)
  } finally {
    await database.close()
  }
}
