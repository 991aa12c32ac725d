import type { FastifyInstance } from 'fastify'
import type { AppDeps } from './deps.ts'
import { akunRoutes } from '../modules/akun/akun.routes.ts'
import { instansiRoutes } from '../modules/organisasi/instansi.routes.ts'

type Register = (app: FastifyInstance, deps: AppDeps) => Promise<void>

/** Every API module, mounted under /api/v1. One line per module. */
export const apiModules: Register[] = [akunRoutes, instansiRoutes]

/** Routes outside /api/v1 (e.g. the public document verification page). */
export const publicModules: Register[] = []
