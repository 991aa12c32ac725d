import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { hariIni as hariIniWib, sekarang } from '../../server/clock.ts'
import type { Database, Db } from '../../db/client.ts'
import { maskNip } from '../../domain/nip.ts'
import type { RingkasanDokumen, VerifikasiView } from '../../shared/dokumen.ts'
import type { PejabatSnapshot, SkpView } from '../../shared/skp.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import type { Config } from '../../server/config.ts'
import { findInstansi } from '../organisasi/organisasi.baca.ts'
import { muatSkp, type SkpRow } from '../skp/skp-akses.ts'
import { muatSkpView } from '../skp/skp-view.ts'
import * as repo from './dokumen.repository.ts'
import type { PejabatDokumen, SkpDokumenData } from './skp-document.types.ts'
import { renderSkpPdf } from './skp-pdf.ts'
import { buatKodeVerifikasi, hashKonten, normalisasiKodeVerifikasi } from './verifikasi.ts'

/**
 * The official SKP document (DOMAIN §6) with its verification code. The content hash covers everything
 * printed except the code itself and the issue time, so downloading an unchanged SKP again returns the
 * same file (same code, same bytes, stored), while any change — an RHK, a target, the status, the
 * approval date — issues a new version; the older one stays verifiable and names its successor.
 */
type IsiSkp = Omit<SkpDokumenData, 'verifikasi' | 'diterbitkan'>

const LABEL_PERSPEKTIF: Record<string, string> = {
  penerima_layanan: 'Penerima Layanan',
  proses_bisnis_internal: 'Proses Bisnis Internal',
  penguatan_internal: 'Penguatan Internal',
  anggaran: 'Anggaran',
}

const pangkatGolongan = (p: PejabatSnapshot) => [p.pangkat, p.golongan].filter(Boolean).join(', ') || null

const pejabat = (p: PejabatSnapshot | null): PejabatDokumen =>
  p
    ? { nama: p.nama, nip: p.nip, pangkatGolongan: pangkatGolongan(p), jabatan: p.jabatan, unitKerja: p.unor }
    : { nama: '-', nip: null, pangkatGolongan: null, jabatan: '-', unitKerja: '-' }

export function isiSkp(s: SkpRow, view: SkpView, instansi: { nama: string; lokasi: string | null }): IsiSkp {
  const { pegawai } = s.snapshot
  return {
    instansi: instansi.nama,
    unit: pegawai.unor,
    tahun: s.tahun,
    periode: { mulai: s.mulai, selesai: s.selesai },
    pendekatan: s.pendekatan,
    varian: s.varian,
    status: s.status,
    pegawai: {
      ...pejabat(pegawai),
      nip: pegawai.nip ?? '-',
      pangkatGolongan: pangkatGolongan(pegawai) ?? '-',
    },
    penilai: pejabat(s.snapshot.penilai),
    atasanPenilai: s.snapshot.atasanPenilai ? pejabat(s.snapshot.atasanPenilai) : null,
    hasilKerja: view.rhk.map((r) => ({
      jenis: r.jenis,
      rhkIntervensi: r.intervensi?.deskripsi ?? null,
      rhk: r.deskripsi,
      perspektif: r.perspektif ? LABEL_PERSPEKTIF[r.perspektif] : null,
      penugasanDari: r.penugasanDari,
      iki: r.iki.map((i) => ({ aspek: i.aspek, indikator: i.indikator, target: i.targetLabel })),
    })),
    perilaku: view.perilaku.map((p) => ({ nama: p.nama, indikator: p.indikator, ekspektasi: p.ekspektasi })),
    lampiran: view.lampiran,
    tempat: instansi.lokasi ?? instansi.nama,
    // The approval date (WIB) as stored when the penilai approved, never the download date; a draft has none.
    tanggal: s.status === 'disetujui' && s.disetujuiAt ? hariIniWib(s.disetujuiAt) : null,
  }
}

/** What the certified object's status was when a final (not draft) document was issued. */
const STATUS_FINAL = new Set<string>(['disetujui', 'final', 'diterima', 'digantikan', 'ditetapkan'])

const sha256 = (isi: Buffer) => createHash('sha256').update(isi).digest('hex')

export function dokumenService({ db }: Database, config: Pick<Config, 'publicUrl'>) {
  const urlVerifikasi = (kode: string) => `${config.publicUrl.replace(/\/+$/, '')}/verifikasi/${kode}`

  /** The latest version when it has exactly this content and its file: what a re-download returns. */
  async function versiSama(tx: Db, s: SkpRow, hash: string) {
    const akhir = await repo.findDokumenTerakhir(tx, s.instansiId, s.id)
    if (!akhir || akhir.hashKonten !== hash) return undefined
    const berkas = await repo.findBerkas(tx, s.instansiId, akhir.id)
    return berkas ? { ...akhir, berkas } : undefined
  }

  /**
   * Same content as the latest version → that version's stored file; otherwise a new version with a new
   * code. Rendered before the transaction (the PDF takes tens of milliseconds of CPU: no connection or lock
   * is held meanwhile), then recorded under a per-SKP advisory lock so concurrent downloads keep one version.
   */
  async function terbitkan(ctx: Ctx, s: SkpRow, isi: IsiSkp) {
    const hash = hashKonten(isi)
    const ada = await versiSama(db, s, hash)
    if (ada) return ada
    const kode = buatKodeVerifikasi()
    const berkas = await renderSkpPdf({
      ...isi,
      diterbitkan: sekarang().toISOString(),
      verifikasi: { kode, url: urlVerifikasi(kode) },
    })
    return db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`dokumen:${s.id}`}))`)
      const sementara = await versiSama(tx, s, hash)
      if (sementara) return sementara
      const ringkasan: RingkasanDokumen = {
        jenis: 'SKP',
        tahun: s.tahun,
        periode: { mulai: s.mulai, selesai: s.selesai },
        nama: isi.pegawai.nama,
        nipTersamar: maskNip(isi.pegawai.nip),
        status: s.status,
        tanggalPersetujuan: isi.tanggal,
      }
      const row = await repo.insertDokumen(tx, {
        instansiId: s.instansiId,
        jenis: 'skp',
        entitasId: s.id,
        kodeVerifikasi: kode,
        hashKonten: hash,
        ringkasan,
        berkas,
        hashBerkas: sha256(berkas),
      })
      await catatAudit(tx, ctx, {
        instansiId: s.instansiId,
        aksi: 'terbitkan',
        entitas: 'dokumen',
        entitasId: row.id,
        sesudah: row,
      })
      return { ...row, berkas }
    })
  }

  /** GET /skp/:id/pdf — the owner, the penilai, the atasan chain and admins (the SKP read policy). */
  async function skpPdf(ctx: Ctx, skpId: string) {
    const { s } = await muatSkp(db, ctx.actor, skpId)
    const [view, instansi] = await Promise.all([muatSkpView(db, s, ['lain']), findInstansi(db, s.instansiId)])
    const isi = isiSkp(s, view, { nama: instansi?.nama ?? '', lokasi: instansi?.lokasi ?? null })
    const dok = await terbitkan(ctx, s, isi)
    const namaFile = `SKP_${s.snapshot.pegawai.nip ?? s.pegawaiId}_${s.tahun}.pdf`
    return { pdf: dok.berkas, namaFile, kode: dok.kodeVerifikasi }
  }

  /** Public: the stored summary of a document, and nothing more. Undefined when the code is unknown. */
  async function verifikasi(kodeMasukan: string): Promise<VerifikasiView | undefined> {
    const kode = normalisasiKodeVerifikasi(kodeMasukan)
    const row = kode ? await repo.findDokumenByKode(db, kode) : undefined
    if (!row) return undefined
    const r = row.ringkasan
    const setelah = await repo.listVersiSetelah(db, row)
    const versi = (d: { kodeVerifikasi: string; createdAt: Date }) => ({
      kode: d.kodeVerifikasi,
      dibuat: d.createdAt.toISOString(),
    })
    return {
      valid: true,
      kode: row.kodeVerifikasi,
      jenis: r.jenis,
      tahun: r.tahun,
      periode: { mulai: r.periode.mulai, selesai: r.periode.selesai },
      nama: r.nama,
      nipTersamar: r.nipTersamar,
      status: r.status,
      // absent from the summaries of documents issued before the approval date was printed
      tanggalPersetujuan: r.tanggalPersetujuan ?? null,
      periodeKode: r.periodeKode,
      final: STATUS_FINAL.has(r.status),
      hash: row.hashBerkas,
      dibuat: row.createdAt.toISOString(),
      digantiOleh: setelah.length > 0 ? versi(setelah[0]) : null,
      versiTerbaru: setelah.length > 1 ? versi(setelah[setelah.length - 1]) : null,
    }
  }

  return { skpPdf, verifikasi, urlVerifikasi }
}
