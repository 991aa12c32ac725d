import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import {
  AngkaKreditAwalInput,
  AngkaKreditQuery,
  AngkaKreditTahunView,
  KoefisienAkDaftar,
  KoefisienAkInput,
  KoefisienAkView,
} from '../../shared/angka-kredit.ts'
import { IdParams } from '../../shared/common.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import * as svc from './angka-kredit.service.ts'

/** Angka kredit jabatan fungsional (Peraturan BKN 3/2023, DOMAIN §5). */
export async function angkaKreditRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['angka-kredit']

  r.get('/referensi/koefisien-ak', { schema: { tags, response: { 200: KoefisienAkDaftar } } }, (req) => {
    ctxOf(req)
    return svc.daftarKoefisien(db)
  })
  r.post(
    '/referensi/koefisien-ak',
    { schema: { tags, body: KoefisienAkInput, response: { 201: KoefisienAkView } } },
    async (req, reply) => reply.status(201).send(await svc.terbitkanKoefisien(db, ctxOf(req), req.body)),
  )
  r.get(
    '/pegawai/:id/angka-kredit',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: AngkaKreditQuery,
        response: { 200: AngkaKreditTahunView },
      },
    },
    (req) => svc.bacaAngkaKredit(db, ctxOf(req), req.params.id, req.query.tahun),
  )
  r.put(
    '/pegawai/:id/angka-kredit-awal',
    {
      schema: { tags, params: IdParams, body: AngkaKreditAwalInput, response: { 200: AngkaKreditTahunView } },
    },
    (req) => svc.simpanAngkaKreditAwal(db, ctxOf(req), req.params.id, req.body),
  )
}
