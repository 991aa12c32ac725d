import { finished } from 'node:stream/promises'
import type { MultipartFile } from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import {
  BatasKeberatanView,
  KeberatanDaftar,
  KeberatanDetail,
  KeberatanInput,
  KeberatanQuery,
  KomentarKeberatanInput,
  PutusanKeberatanInput,
} from '../../shared/keberatan.ts'
import { BATAS_UNGGAH_MAKS_MB } from '../../shared/pengaturan.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { validatorCompiler } from '../../server/validation.ts'
import { tanpaBerkas } from '../berkas/berkas.service.ts'
import { penyimpananDari } from '../berkas/penyimpanan.ts'
import { putuskanAtasNama, putuskanKeberatan, unduhSurat } from './keberatan-putusan.service.ts'
import * as svc from './keberatan.service.ts'

const tags = ['keberatan']
const validasiIsian = validatorCompiler({ schema: PutusanKeberatanInput, httpPart: 'body' } as never)

/** The decision fields sent before the letter, validated like any body (NUL, lengths, the schema). */
function isianSebelumBerkas(file: MultipartFile): PutusanKeberatanInput {
  const isian: Record<string, unknown> = {}
  for (const [nama, bagian] of Object.entries(file.fields)) {
    if (nama === file.fieldname) continue
    isian[nama] = Array.isArray(bagian)
      ? bagian.map((b) => (b.type === 'field' ? b.value : undefined))
      : bagian?.type === 'field'
        ? bagian.value
        : undefined
  }
  const hasil = validasiIsian(isian) as { value?: PutusanKeberatanInput; error?: Error }
  if (hasil.error) throw hasil.error
  return hasil.value!
}

/** A refused upload still reads the rest of the file, so the browser receives the answer, not a reset. */
async function kuras(file: MultipartFile) {
  if (file.file.readableEnded) return
  file.file.resume()
  await finished(file.file).catch(() => {})
}

async function berkasUnggahan(req: FastifyRequest) {
  const file = req.isMultipart()
    ? await req.file({ limits: { fileSize: BATAS_UNGGAH_MAKS_MB * 1024 * 1024, files: 1 } })
    : undefined
  if (!file || file.fieldname !== 'file') throw tanpaBerkas()
  return file
}

/** Keberatan (PP 30/2019 Pasal 59, DOMAIN §5): objections to a final evaluation and their final decision. */
export async function keberatanRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const penyimpanan = penyimpananDari(deps.config)
  const detail = { 200: KeberatanDetail }

  r.post(
    '/evaluasi/:id/keberatan',
    {
      schema: {
        tags,
        params: IdParams,
        body: KeberatanInput,
        description:
          'The pegawai objects to the current version of his final evaluation within the window. ' +
          '409 KEBERATAN.TERLAMBAT (names the deadline), KEBERATAN.SUDAH_DIAJUKAN, KEBERATAN.EVALUASI_BELUM_FINAL.',
        response: { 201: KeberatanDetail },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.ajukanKeberatan(db, ctxOf(req), req.params.id, req.body)),
  )
  r.get(
    '/evaluasi/:id/keberatan/batas',
    { schema: { tags, params: IdParams, response: { 200: BatasKeberatanView } } },
    (req) => svc.batasKeberatanEvaluasi(db, ctxOf(req), req.params.id),
  )
  r.get(
    '/keberatan',
    { schema: { tags, querystring: KeberatanQuery, response: { 200: KeberatanDaftar } } },
    (req) => svc.daftarKeberatan(db, ctxOf(req), req.query),
  )
  r.get('/keberatan/:id', { schema: { tags, params: IdParams, response: detail } }, (req) =>
    svc.bacaKeberatan(db, ctxOf(req), req.params.id),
  )
  r.post(
    '/keberatan/:id/komentar',
    { schema: { tags, params: IdParams, body: KomentarKeberatanInput, response: { 201: KeberatanDetail } } },
    async (req, reply) =>
      reply.status(201).send(await svc.komentariKeberatan(db, ctxOf(req), req.params.id, req.body)),
  )
  r.post(
    '/keberatan/:id/putuskan',
    { schema: { tags, params: IdParams, body: PutusanKeberatanInput, response: detail } },
    (req) => putuskanKeberatan(db, ctxOf(req), req.params.id, req.body),
  )
  r.post(
    '/keberatan/:id/putuskan-atas-nama',
    {
      schema: {
        tags,
        params: IdParams,
        consumes: ['multipart/form-data'],
        description:
          'multipart/form-data: the fields keputusan, ratingHasil, ratingPerilaku, alasan FIRST, then the signed ' +
          'letter in `file` (PDF or an image). An admin records the non-ASN official’s decision.',
        response: detail,
      },
    },
    async (req) => {
      const ctx = ctxOf(req)
      const file = await berkasUnggahan(req)
      try {
        const input = isianSebelumBerkas(file)
        return await putuskanAtasNama(
          db,
          penyimpanan,
          ctx,
          req.params.id,
          input,
          { isi: file.file, namaFile: file.filename, terpotong: () => file.file.truncated },
          req.log,
        )
      } finally {
        await kuras(file)
      }
    },
  )
  r.get(
    '/keberatan/:id/surat',
    { schema: { tags, params: IdParams, description: 'The signed decision letter, as an attachment.' } },
    (req, reply) => unduhSurat(db, penyimpanan, ctxOf(req), req.params.id, reply),
  )
}
