import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import {
  BukaInput,
  GantiPenilaiInput,
  KembalikanInput,
  PerilakuInput,
  PerilakuParams,
  SetujuiInput,
  SkpView,
  VersiOpsional,
} from '../../shared/skp.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import {
  ajukanSkp,
  bukaKembaliSkp,
  gantiPenilaiSkp,
  kembalikanSkp,
  setujuiSkp,
  tarikSkp,
  ubahEkspektasiSkp,
} from './skp-alur.service.ts'

/** The SKP workflow (DOMAIN §2). Each step answers the updated SKP. */
export async function skpAlurRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['skp']
  const ok = { 200: SkpView }

  r.post(
    '/skp/:id/ajukan',
    { schema: { tags, params: IdParams, body: VersiOpsional.optional(), response: ok } },
    (req) => ajukanSkp(db, ctxOf(req), req.params.id, req.body?.versi),
  )
  r.post(
    '/skp/:id/tarik',
    { schema: { tags, params: IdParams, body: VersiOpsional.optional(), response: ok } },
    (req) => tarikSkp(db, ctxOf(req), req.params.id, req.body?.versi),
  )
  r.post(
    '/skp/:id/setujui',
    { schema: { tags, params: IdParams, body: SetujuiInput, response: ok } },
    (req) => setujuiSkp(db, ctxOf(req), req.params.id, req.body),
  )
  r.post(
    '/skp/:id/kembalikan',
    { schema: { tags, params: IdParams, body: KembalikanInput, response: ok } },
    (req) => kembalikanSkp(db, ctxOf(req), req.params.id, req.body),
  )
  r.post('/skp/:id/buka', { schema: { tags, params: IdParams, body: BukaInput, response: ok } }, (req) =>
    bukaKembaliSkp(db, ctxOf(req), req.params.id, req.body.alasan, req.body.versi),
  )
  r.post(
    '/skp/:id/penilai',
    { schema: { tags, params: IdParams, body: GantiPenilaiInput, response: ok } },
    (req) => gantiPenilaiSkp(db, ctxOf(req), req.params.id, req.body),
  )
  r.put(
    '/skp/:id/perilaku/:kode',
    { schema: { tags, params: PerilakuParams, body: PerilakuInput, response: ok } },
    (req) => ubahEkspektasiSkp(db, ctxOf(req), req.params.id, req.params.kode, req.body.ekspektasi),
  )
}
