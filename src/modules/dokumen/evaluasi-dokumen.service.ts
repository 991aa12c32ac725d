import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Database, Db } from '../../db/client.ts'
import { maskNip } from '../../domain/nip.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { sekarang } from '../../server/clock.ts'
import type { Config } from '../../server/config.ts'
import { notFound } from '../../server/errors.ts'
import type { RingkasanDokumen } from '../../shared/dokumen.ts'
import { KODE_PERIODE, type JENIS_DOKUMEN } from '../../shared/enums.ts'
import { angkaKreditTahun } from '../angka-kredit/angka-kredit.baca.ts'
import { pratinjauKurvaUnit } from '../kurva/kurva.baca.ts'
import { findInstansi } from '../organisasi/organisasi.baca.ts'
import { muatPengaturanSkp } from '../pelaksanaan/kunci.ts'
import { lingkupSkp } from '../skp/skp.policy.ts'
import type { SkpRow } from '../skp/skp-akses.ts'
import { muatSkpView } from '../skp/skp-view.ts'
import * as dokRepo from './dokumen.repository.ts'
import { isiEvaluasi, isiRingkasan } from './evaluasi-dokumen.isi.ts'
import { assertBacaEvaluasi, assertBacaPenetapan } from './evaluasi-dokumen.policy.ts'
import * as repo from './evaluasi-dokumen.repository.ts'
import type { EvaluasiRow } from './evaluasi-dokumen.repository.ts'
import type { VerifikasiDokumen } from './skp-document.types.ts'
import { renderEvaluasiPdf } from './evaluasi-pdf.ts'
import { isiPenetapan } from './penetapan-isi.ts'
import { renderPenetapanPdf } from './penetapan-pdf.ts'
import { renderRingkasanPdf } from './ringkasan-pdf.ts'
import { buatKodeVerifikasi, hashKonten } from './verifikasi.ts'

/**
 * The evaluation documents (DOMAIN §6): Evaluasi Kinerja, Dokumen Evaluasi Kinerja Pegawai (summary) and the
 * unit's Penetapan Predikat Kinerja. Issued like the SKP: an unchanged content downloads as the same stored
 * file (same code, same bytes); any change issues a new version that the public page names from the old one.
 * A draft evaluation's document is marked DRAF and its public summary says status draft, not final.
 */

const NAMA_EVALUASI = { id: 'Evaluasi', en: 'Evaluation' }
const NAMA_PENETAPAN = { id: 'Penetapan predikat', en: 'Rating decision' }

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

type Jenis = (typeof JENIS_DOKUMEN)[number]
interface Sasaran {
  instansiId: string
  jenis: Jenis
  entitasId: string | null
  evaluasiId: string | null
  penetapanId: string | null
}

export function evaluasiDokumenService({ db }: Database, config: Pick<Config, 'publicUrl'>) {
  const urlVerifikasi = (kode: string) => `${config.publicUrl.replace(/\/+$/, '')}/verifikasi/${kode}`

  async function versiSama(tx: Db, t: Sasaran, hash: string) {
    const akhir = await repo.findDokumenTerakhirUntuk(
      tx,
      t.instansiId,
      t.jenis,
      t.evaluasiId ? { evaluasiId: t.evaluasiId } : { penetapanId: t.penetapanId! },
    )
    if (!akhir || akhir.hashKonten !== hash) return undefined
    const berkas = await dokRepo.findBerkas(tx, t.instansiId, akhir.id)
    return berkas ? { ...akhir, berkas } : undefined
  }

  /** Same content as the latest version → its stored file; else render (outside the transaction) and record. */
  async function terbitkan(
    ctx: Ctx,
    t: Sasaran,
    isi: object,
    ringkasan: RingkasanDokumen,
    render: (v: VerifikasiDokumen, diterbitkan: string) => Promise<Buffer>,
  ) {
    const hash = hashKonten({ jenis: t.jenis, isi })
    const ada = await versiSama(db, t, hash)
    if (ada) return ada
    const kode = buatKodeVerifikasi()
    const berkas = await render({ kode, url: urlVerifikasi(kode) }, sekarang().toISOString())
    return db.transaction(async (tx) => {
      const kunci = `dokumen:${t.jenis}:${t.evaluasiId ?? t.penetapanId}`
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${kunci}))`)
      const sementara = await versiSama(tx, t, hash)
      if (sementara) return sementara
      const row = await dokRepo.insertDokumen(tx, {
        ...t,
        kodeVerifikasi: kode,
        hashKonten: hash,
        ringkasan,
        berkas,
        hashBerkas: sha256(berkas),
      })
      await catatAudit(tx, ctx, {
        instansiId: t.instansiId,
        aksi: 'terbitkan',
        entitas: 'dokumen',
        entitasId: row.id,
        sesudah: row,
      })
      return { ...row, berkas }
    })
  }

  /** The evaluation, its SKP and the instansi, after the read check (another instansi: 404). */
  async function muat(ctx: Ctx, id: string) {
    const e = await repo.findEvaluasi(db, lingkupSkp(ctx.actor), id)
    if (!e) throw notFound(NAMA_EVALUASI)
    const s = await repo.findSkpRow(db, e.instansiId, e.skpId)
    if (!s) throw notFound(NAMA_EVALUASI)
    const snap = e.snapshot as {
      penilai?: { pegawaiId: string | null }
      atasanPenilai?: { pegawaiId: string | null }
    }
    await assertBacaEvaluasi(db, ctx.actor, {
      instansiId: e.instansiId,
      pegawaiId: e.pegawaiId,
      penugasanId: s.penugasanId,
      terkait: [
        e.penilaiPegawaiId,
        snap.penilai?.pegawaiId,
        snap.atasanPenilai?.pegawaiId,
        s.penilaiPegawaiId,
        s.snapshot.atasanPenilai?.pegawaiId,
      ],
    })
    const instansi = await findInstansi(db, e.instansiId)
    return { e, s, instansi: { nama: instansi?.nama ?? '', lokasi: instansi?.lokasi ?? null } }
  }

  async function predikatOrganisasiDari(e: EvaluasiRow) {
    if (e.predikatOrganisasi) return e.predikatOrganisasi
    const unorId = (e.snapshot as { unorId?: string }).unorId
    return unorId ? repo.findPredikatOrganisasi(db, e.instansiId, unorId, e.tahun, e.periode) : null
  }

  /** The unit's curve headcount: as frozen at finalisation, else (a draft, an older row) as the curve counts now. */
  async function jumlahPegawaiUnit(e: EvaluasiRow): Promise<number> {
    const snap = e.snapshot as { unorId?: string; jumlahPegawaiUnit?: number }
    if (snap.jumlahPegawaiUnit !== undefined) return snap.jumlahPegawaiUnit
    if (!snap.unorId) return 0
    return (await pratinjauKurvaUnit(db, e.instansiId, snap.unorId, e.tahun, e.periode)).kurva.dihitung
  }

  /** FINAL: the year's angka kredit as the angka-kredit module computes it; periodic: computed from the row. */
  async function akTahunan(e: EvaluasiRow): Promise<string | null | undefined> {
    if (e.periode !== 'FINAL') return undefined
    const ak = await angkaKreditTahun(db, e.instansiId, e.pegawaiId, e.tahun)
    if (!ak.fungsional || ak.tahunan === null) return null
    return `${ak.tahunan.toFixed(3)} (tahun ${e.tahun}); kumulatif ${ak.kumulatif.toFixed(3)}`
  }

  function ringkasanPublik(
    jenis: RingkasanDokumen['jenis'],
    e: EvaluasiRow,
    isi: {
      pegawai: { nama: string; nip: string | null }
      periode: { mulai: string; selesai: string }
      tanggal: string | null
    },
  ): RingkasanDokumen {
    return {
      jenis,
      tahun: e.tahun,
      periode: isi.periode,
      periodeKode: e.periode,
      nama: isi.pegawai.nama,
      nipTersamar: maskNip(isi.pegawai.nip ?? '-'),
      status: e.status,
      tanggalPersetujuan: isi.tanggal,
    }
  }

  const namaFile = (awal: string, e: EvaluasiRow, nip: string | null) =>
    `${awal}_${nip ?? e.pegawaiId}_${e.tahun}_${e.periode}_v${e.versi}.pdf`

  /** GET /evaluasi/:id/dokumen/evaluasi.pdf */
  async function evaluasiPdf(ctx: Ctx, id: string) {
    const { e, s, instansi } = await muat(ctx, id)
    const [view, predikatOrganisasi, jumlahUnit, pengaturan] = await Promise.all([
      muatSkpView(db, s, ['lain']),
      predikatOrganisasiDari(e),
      jumlahPegawaiUnit(e),
      muatPengaturanSkp(db, s),
    ])
    // the annual document lists the realisasi of every period
    const realisasi = await repo.listRealisasi(
      db,
      e.instansiId,
      s.id,
      e.periode === 'FINAL' ? KODE_PERIODE : [e.periode],
    )
    const isi = isiEvaluasi({
      e,
      s,
      view,
      angkaKreditTahunan: await akTahunan(e),
      instansi,
      predikatOrganisasi,
      jumlahUnit,
      pembulatan: pengaturan.pengaturan.pembulatanDistribusi,
      realisasi,
    })
    const dok = await terbitkan(
      ctx,
      { instansiId: e.instansiId, jenis: 'evaluasi', entitasId: s.id, evaluasiId: e.id, penetapanId: null },
      isi,
      ringkasanPublik('EVALUASI', e, isi),
      (verifikasi, diterbitkan) => renderEvaluasiPdf({ ...isi, verifikasi, diterbitkan }),
    )
    return {
      pdf: dok.berkas,
      namaFile: namaFile('Evaluasi_Kinerja', e, isi.pegawai.nip),
      kode: dok.kodeVerifikasi,
    }
  }

  /** The summary's content and its issued document (shared by the download and the riwayat bundle). */
  async function terbitkanRingkasan(
    ctx: Ctx,
    e: EvaluasiRow,
    s: SkpRow,
    instansi: { nama: string; lokasi: string | null },
  ) {
    const isi = isiRingkasan({
      e,
      s,
      instansi,
      predikatOrganisasi: await predikatOrganisasiDari(e),
      angkaKreditTahunan: await akTahunan(e),
    })
    const dok = await terbitkan(
      ctx,
      {
        instansiId: e.instansiId,
        jenis: 'dokumen_evaluasi',
        entitasId: s.id,
        evaluasiId: e.id,
        penetapanId: null,
      },
      isi,
      ringkasanPublik('DOKUMEN_EVALUASI', e, isi),
      (verifikasi, diterbitkan) => renderRingkasanPdf({ ...isi, verifikasi, diterbitkan }),
    )
    return { isi, dok }
  }

  /** GET /evaluasi/:id/dokumen/ringkasan.pdf */
  async function ringkasanPdf(ctx: Ctx, id: string) {
    const { e, s, instansi } = await muat(ctx, id)
    const { isi, dok } = await terbitkanRingkasan(ctx, e, s, instansi)
    return {
      pdf: dok.berkas,
      namaFile: namaFile('Dokumen_Evaluasi_Kinerja', e, isi.pegawai.nip),
      kode: dok.kodeVerifikasi,
    }
  }

  /**
   * For the riwayat bundle (the caller checked the reader may see this pegawai): each final summary issued
   * (or its unchanged version found) and its content with the verification code and URL.
   */
  async function ringkasanUntukBundel(ctx: Ctx, daftar: EvaluasiRow[]) {
    const hasil = []
    for (const e of daftar) {
      const s = await repo.findSkpRow(db, e.instansiId, e.skpId)
      if (!s) continue
      const instansi = await findInstansi(db, e.instansiId)
      const { isi, dok } = await terbitkanRingkasan(ctx, e, s, {
        nama: instansi?.nama ?? '',
        lokasi: instansi?.lokasi ?? null,
      })
      hasil.push({
        ...isi,
        verifikasi: { kode: dok.kodeVerifikasi, url: urlVerifikasi(dok.kodeVerifikasi) },
        diterbitkan: dok.createdAt.toISOString(),
      })
    }
    return hasil
  }

  /** GET /penetapan-predikat/:id/dokumen.pdf */
  async function penetapanPdf(ctx: Ctx, id: string) {
    const row = await repo.findPenetapan(db, lingkupSkp(ctx.actor), id)
    if (!row) throw notFound(NAMA_PENETAPAN)
    const { p, unorNama } = row
    await assertBacaPenetapan(db, ctx.actor, {
      instansiId: p.instansiId,
      unorId: p.unorId,
      penetapPegawaiId: p.ditetapkanOlehPegawaiId,
    })
    const instansi = await findInstansi(db, p.instansiId)
    const penetap = p.ditetapkanOlehPegawaiId
      ? await repo.findPejabat(db, p.instansiId, p.ditetapkanOlehPegawaiId, p.unorId)
      : null
    const isi = isiPenetapan({
      p,
      unorNama,
      instansi: { nama: instansi?.nama ?? '', lokasi: instansi?.lokasi ?? null },
      penetap,
    })
    const dok = await terbitkan(
      ctx,
      {
        instansiId: p.instansiId,
        jenis: 'penetapan_predikat',
        entitasId: null,
        evaluasiId: null,
        penetapanId: p.id,
      },
      isi,
      {
        jenis: 'PENETAPAN_PREDIKAT',
        tahun: p.tahun,
        periode: isi.periode,
        periodeKode: p.periode,
        nama: unorNama,
        nipTersamar: '-',
        status: 'ditetapkan',
        tanggalPersetujuan: isi.tanggal,
      },
      (verifikasi, diterbitkan) => renderPenetapanPdf({ ...isi, verifikasi, diterbitkan }),
    )
    return {
      pdf: dok.berkas,
      namaFile: `Penetapan_Predikat_${p.tahun}_${p.periode}_v${p.versi}.pdf`,
      kode: dok.kodeVerifikasi,
    }
  }

  return { evaluasiPdf, ringkasanPdf, penetapanPdf, ringkasanUntukBundel }
}
