import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import {
  PengaturanBuka,
  PengaturanBukaKembali,
  PengaturanDaftar,
  PengaturanQuery,
  PengaturanTutup,
  PengaturanUbah,
  PengaturanView,
  TahunParams,
} from '../../shared/pengaturan.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import {
  bacaPengaturan,
  bukaKembaliTahun,
  bukaTahun,
  daftarPengaturan,
  tutupTahun,
  ubahPengaturan,
} from './pengaturan.service.ts'

/** Settings per instansi and year: opened and edited by the admin instansi, read by everyone in it. */
export async function pengaturanRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['pengaturan']

  r.get(
    '/pengaturan',
    { schema: { tags, querystring: PengaturanQuery, response: { 200: PengaturanDaftar } } },
    (req) => daftarPengaturan(db, ctxOf(req), req.query.instansiId),
  )
  r.get(
    '/pengaturan/:tahun',
    {
      schema: { tags, params: TahunParams, querystring: PengaturanQuery, response: { 200: PengaturanView } },
    },
    (req) => bacaPengaturan(db, ctxOf(req), req.params.tahun, req.query.instansiId),
  )
  r.post(
    '/pengaturan',
    { schema: { tags, body: PengaturanBuka, response: { 201: PengaturanView } } },
    async (req, reply) => reply.status(201).send(await bukaTahun(db, ctxOf(req), req.body)),
  )
  r.put(
    '/pengaturan/:tahun',
    { schema: { tags, params: TahunParams, body: PengaturanUbah, response: { 200: PengaturanView } } },
    (req) => ubahPengaturan(db, ctxOf(req), req.params.tahun, req.body),
  )
  r.post(
    '/pengaturan/:tahun/tutup',
    { schema: { tags, params: TahunParams, body: PengaturanTutup, response: { 200: PengaturanView } } },
    (req) => tutupTahun(db, ctxOf(req), req.params.tahun, req.body),
  )
  r.post(
    '/pengaturan/:tahun/buka-kembali',
    {
      schema: { tags, params: TahunParams, body: PengaturanBukaKembali, response: { 200: PengaturanView } },
    },
    (req) => bukaKembaliTahun(db, ctxOf(req), req.params.tahun, req.body),
  )
}
