import type { Database } from '../db/client.ts'
import type { Config } from './config.ts'

/** What every module's routes receive. Services are built from these, per module. */
export interface AppDeps {
  database: Database
  config: Config
}
