import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { BuktiDaftar, BuktiQuery, BuktiTautanInput, BuktiUnggahInput, BuktiView } from '../../shared/bukti.ts'
import { IdParams } from '../../shared/common.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { berkasUnggahan, kuras, pembacaIsian } from '../berkas/berkas-unggahan.ts'
import { penyimpananDari } from '../berkas/penyimpanan.ts'
import { daftarBuktiSkp, hapusBukti, tambahTautan, unduhBukti, unggahBukti } from './bukti.service.ts'

const tags = ['bukti']
const isianSebelumBerkas = pembacaIsian(BuktiUnggahInput)

export async function buktiRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const penyimpanan = penyimpananDari(deps.config)

  r.get(
    '/skp/:id/bukti',
    { schema: { tags, params: IdParams, querystring: BuktiQuery, response: { 200: BuktiDaftar } } },
    (req) => daftarBuktiSkp(db, ctxOf(req), req.params.id, req.query.periode),
  )
  r.post(
    '/skp/:id/bukti',
    {
      schema: {
        tags,
        params: IdParams,
        consumes: ['multipart/form-data'],
        description:
          'multipart/form-data: the fields ikiId, periode, jenis, keterangan FIRST, then the file in `file`. ' +
          'The type is detected from the content (PDF, PNG, JPEG, WEBP, GIF, Word, Excel, PowerPoint, ' +
          'OpenDocument); the extension must agree. 413 BERKAS.TERLALU_BESAR over the year’s batasUnggahMb, ' +
          '400 BERKAS.KOSONG / BERKAS.JENIS_DITOLAK / BERKAS.EKSTENSI_TIDAK_SESUAI, 409 REALISASI.TERKUNCI.',
        response: { 201: BuktiView },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req)
      const file = await berkasUnggahan(req)
      try {
        const input = isianSebelumBerkas(file)
        const bukti = await unggahBukti(
          db,
          penyimpanan,
          ctx,
          req.params.id,
          input,
          { isi: file.file, namaFile: file.filename, terpotong: () => file.file.truncated },
          req.log,
        )
        return reply.status(201).send(bukti)
      } finally {
        await kuras(file)
      }
    },
  )
  r.post(
    '/skp/:id/bukti/tautan',
    {
      schema: {
        tags,
        params: IdParams,
        body: BuktiTautanInput,
        description:
          'A link (http/https) as evidence. The same link for the same IKI and period answers 200 with the existing row.',
        response: { 200: BuktiView, 201: BuktiView },
      },
    },
    async (req, reply) => {
      const { baru, bukti } = await tambahTautan(db, ctxOf(req), req.params.id, req.body)
      return reply.status(baru ? 201 : 200).send(bukti)
    },
  )
  r.get(
    '/bukti/:id/berkas',
    { schema: { tags, params: IdParams, description: 'The evidence file, as an attachment.' } },
    (req, reply) => unduhBukti(db, penyimpanan, ctxOf(req), req.params.id, reply),
  )
  r.delete('/bukti/:id', { schema: { tags, params: IdParams } }, async (req, reply) => {
    await hapusBukti(db, penyimpanan, ctxOf(req), req.params.id, req.log)
    return reply.status(204).send()
  })
}
