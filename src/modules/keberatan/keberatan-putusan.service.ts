import type { Readable } from 'node:stream'
import type { FastifyBaseLogger, FastifyReply } from 'fastify'
import type { Db } from '../../db/client.ts'
import type { PutusanKeberatanInput } from '../../shared/keberatan.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { sekarang } from '../../server/clock.ts'
import { AppError, conflict, fieldError, forbidden, notFound } from '../../server/errors.ts'
import {
  buangObjek,
  cariBerkas,
  catatBerkas,
  kirimBerkas,
  terimaBerkas,
  type BerkasDiterima,
} from '../berkas/berkas.service.ts'
import type { Penyimpanan } from '../berkas/penyimpanan.ts'
import { kirimNotifikasi, selesaikanNotifikasi } from '../notifikasi/notifikasi.service.ts'
import { gantiVersi } from '../penilaian/evaluasi-versi.ts'
import { jendelaKeberatan } from './keberatan-jendela.ts'
import { bacaKeberatan, muatKeberatan, perihalKeberatan, SEGARKAN } from './keberatan.service.ts'
import { aksiKeberatan } from './keberatan.policy.ts'
import * as repo from './keberatan.repository.ts'

/**
 * The decision on a keberatan (PP 30/2019 Pasal 59): the atasan penilai keeps the result or changes it; that
 * decision is final. A change writes the next evaluation version (gantiVersi: final at once), the objected one
 * stays readable. Where the atasan penilai is the non-ASN official, an admin records the official's decision
 * with the signed letter attached (DOMAIN §1: an admin acts on their behalf, recorded as such).
 */

type Muatan = Awaited<ReturnType<typeof muatKeberatan>>

const sudahDiputuskan = () =>
  conflict('KEBERATAN.SUDAH_DIPUTUSKAN', {
    id: 'Keberatan ini telah diputuskan; keputusan bersifat final.',
    en: 'This objection has been decided; the decision is final.',
  })

function cekPemutus({ r, peran }: Muatan) {
  if (!aksiKeberatan(peran, r.k).putuskan) {
    if (r.k.status !== 'diajukan' && peran.includes('pemutus')) throw sudahDiputuskan()
    throw forbidden(
      r.k.pemutusPegawaiId === null && peran.includes('admin')
        ? {
            id: 'Keputusan pejabat non-ASN dicatat oleh admin dengan melampirkan surat keputusan yang ditandatangani.',
            en: "The non-ASN official's decision is recorded by an admin with the signed letter attached.",
          }
        : {
            id: 'Keberatan diputuskan oleh atasan pejabat penilai.',
            en: 'An objection is decided by the assessor’s superior.',
          },
    )
  }
}

function cekAtasNama({ r, peran }: Muatan) {
  if (!aksiKeberatan(peran, r.k).putuskanAtasNama) {
    if (r.k.status !== 'diajukan' && peran.includes('admin') && r.k.pemutusPegawaiId === null)
      throw sudahDiputuskan()
    throw forbidden({
      id: 'Admin hanya mencatat keputusan atasan pejabat penilai non-ASN.',
      en: "An admin only records the decision of a non-ASN assessor's superior.",
    })
  }
}

/** Inside the transaction, the keberatan locked and the actor checked: decide, audit, notify. */
async function tetapkan(
  tx: Db,
  ctx: Ctx,
  { r }: Muatan,
  input: PutusanKeberatanInput,
  o: { atasNama: boolean; surat?: BerkasDiterima },
) {
  const e = await repo.findEvaluasi(tx, r.k.instansiId, r.k.evaluasiId, true)
  if (!e) throw notFound()
  const kini = sekarang()
  let baru: repo.EvaluasiRow | undefined
  if (input.keputusan === 'ubah') {
    const { ratingHasil, ratingPerilaku } = input
    // DOMAIN §5 leader rule: a unit head's rating hasil kerja follows the unit's predikat organisasi
    if (e.sumberRatingHasil === 'predikat_organisasi' && ratingHasil !== e.ratingHasil)
      throw fieldError('KEBERATAN.RATING_HASIL_PIMPINAN', 'ratingHasil', {
        id: 'Rating hasil kerja pimpinan unit mengikuti predikat kinerja organisasi unitnya; yang dapat diubah adalah rating perilaku kerja.',
        en: "A unit head's work result rating follows the unit's organisation rating; the work behaviour rating can be changed.",
      })
    if (ratingHasil === e.ratingHasil && ratingPerilaku === e.ratingPerilaku)
      throw fieldError('KEBERATAN.TIDAK_BERUBAH', 'ratingHasil', {
        id: 'Rating sama dengan hasil evaluasi; pilih keputusan "tetap" atau ubah ratingnya.',
        en: 'The ratings equal the evaluation result; choose "keep" or change a rating.',
      })
    baru = await gantiVersi(tx, e, {
      status: 'final',
      ratingHasil,
      ratingPerilaku,
      akunId: ctx.actor.akunId,
      asal: {
        oleh: 'keberatan',
        alasan: input.alasan,
        olehNama: ctx.actor.nama,
        pada: kini.toISOString(),
        keberatanId: r.k.id,
      },
    })
  }
  const surat = o.surat ? await catatBerkas(tx, r.k.instansiId, ctx.actor.akunId, o.surat) : undefined
  const k = await repo.updateKeberatan(tx, r.k.instansiId, r.k.id, {
    status: 'diputuskan',
    keputusan: input.keputusan,
    alasanKeputusan: input.alasan,
    ratingHasilBaru: baru?.ratingHasil ?? null,
    ratingPerilakuBaru: baru?.ratingPerilaku ?? null,
    predikatBaru: baru?.predikat ?? null,
    evaluasiBaruId: baru?.id ?? null,
    diputuskanAt: kini,
    diputuskanOlehAkunId: ctx.actor.akunId,
    atasNama: o.atasNama,
    suratBerkasId: surat?.id ?? null,
  })
  const { kunci: _k, ...suratAudit } = surat ?? { kunci: null }
  await catatAudit(tx, ctx, {
    instansiId: k.instansiId,
    aksi: o.atasNama ? 'keberatan_putuskan_atas_nama' : 'keberatan_putuskan',
    entitas: 'keberatan',
    entitasId: k.id,
    sebelum: {
      status: r.k.status,
      evaluasiId: e.id,
      ratingHasil: e.ratingHasil,
      ratingPerilaku: e.ratingPerilaku,
      predikat: e.predikat,
    },
    sesudah: {
      status: k.status,
      keputusan: k.keputusan,
      alasan: k.alasanKeputusan,
      evaluasiBaruId: k.evaluasiBaruId,
      versiBaru: baru?.versi ?? null,
      ratingHasil: baru?.ratingHasil ?? e.ratingHasil,
      ratingPerilaku: baru?.ratingPerilaku ?? e.ratingPerilaku,
      predikat: baru?.predikat ?? e.predikat,
      atasNama: k.atasNama,
      surat: surat ? suratAudit : null,
    },
  })
  const perihal = perihalKeberatan(k.id)
  await selesaikanNotifikasi(tx, k.instansiId, {
    tipe: ['KEBERATAN_DIAJUKAN', 'KEBERATAN_KOMENTAR'],
    perihal,
  })
  const predikat = baru?.predikat ?? e.predikat
  const nama = ((e.snapshot as { pegawai?: { nama?: string } }).pegawai?.nama ?? '-').slice(0, 300) || '-'
  for (const penerima of new Set([k.pegawaiId, e.penilaiPegawaiId].filter((x): x is string => !!x)))
    if (predikat)
      await kirimNotifikasi(tx, {
        instansiId: k.instansiId,
        penerimaPegawaiId: penerima,
        tipe: 'KEBERATAN_DIPUTUSKAN',
        parameter: { nama, tahun: e.tahun, periode: e.periode, keputusan: input.keputusan, predikat },
        tautan: `/keberatan/${k.id}`,
        perihal,
        segarkan: [...SEGARKAN, ['penilaian'], ['riwayat']],
      })
  return bacaKeberatan(tx, ctx, k.id)
}

/** POST /keberatan/:id/putuskan — the atasan penilai decides. */
export async function putuskanKeberatan(db: Db, ctx: Ctx, id: string, input: PutusanKeberatanInput) {
  return db.transaction(async (tx) => {
    const m = await muatKeberatan(tx, ctx, id, true)
    cekPemutus(m)
    return tetapkan(tx, ctx, m, input, { atasNama: false })
  })
}

export interface Unggahan {
  isi: Readable
  namaFile: string | undefined
  terpotong: () => boolean
}

/** The signed letter is a PDF or a scan (an image); office files are not a signed decision. */
const MIME_SURAT = /^(application\/pdf|image\/(png|jpeg|webp|gif))$/

/**
 * POST /keberatan/:id/putuskan-atas-nama — an admin records the non-ASN official's decision with the signed
 * letter: checked before a byte is stored, the letter received and checked, then recorded in one transaction
 * that checks again; a stored letter whose row did not commit is removed.
 */
export async function putuskanAtasNama(
  db: Db,
  p: Penyimpanan,
  ctx: Ctx,
  id: string,
  input: PutusanKeberatanInput,
  unggahan: Unggahan,
  log?: FastifyBaseLogger,
) {
  const m = await muatKeberatan(db, ctx, id)
  cekAtasNama(m)
  const jendela = await jendelaKeberatan(db, m.r.e)
  const diterima = await terimaBerkas(p, unggahan, {
    instansiId: m.r.k.instansiId,
    tahun: m.r.e.tahun,
    batasMb: jendela?.batasUnggahMb ?? 10,
  })
  try {
    if (!MIME_SURAT.test(diterima.mime)) {
      const teks = {
        id: 'Surat keputusan diunggah sebagai PDF atau gambar hasil pindaian (PNG, JPEG, WEBP, GIF).',
        en: 'The decision letter is uploaded as a PDF or a scanned image (PNG, JPEG, WEBP, GIF).',
      }
      throw new AppError(400, 'KEBERATAN.SURAT_JENIS_DITOLAK', teks, [{ path: 'file', message: teks }])
    }
    return await db.transaction(async (tx) => {
      const m2 = await muatKeberatan(tx, ctx, id, true)
      cekAtasNama(m2)
      return tetapkan(tx, ctx, m2, input, { atasNama: true, surat: diterima })
    })
  } catch (e) {
    await buangObjek(p, diterima.kunci, log)
    throw e
  }
}

/** GET /keberatan/:id/surat — the signed letter, for whoever reads the keberatan. */
export async function unduhSurat(db: Db, p: Penyimpanan, ctx: Ctx, id: string, reply: FastifyReply) {
  const { r } = await muatKeberatan(db, ctx, id)
  const f = r.k.suratBerkasId ? await cariBerkas(db, r.k.instansiId, r.k.suratBerkasId) : undefined
  if (!f) throw notFound({ id: 'Surat keputusan', en: 'Decision letter' })
  return kirimBerkas(reply, p, f)
}
