import type { Database, Db } from '../../db/client.ts'
import type {
  BerandaAdminInstansi,
  BerandaAdminNasional,
  BerandaAtasan,
  BerandaPegawai,
  BerandaPimpinan,
  BerandaQuery,
  BerandaView,
  Capaian,
  CapaianUnit,
} from '../../shared/beranda.ts'
import type { Actor, Ctx } from '../../server/auth/actor.ts'
import { hasPeran, isAdminNasional } from '../../server/auth/policy.ts'
import { hariIni } from '../../server/clock.ts'
import { pengaturanBawaan } from '../../domain/settings.ts'
import { terlambat, type Keterlambatan } from '../../domain/terlambat.ts'
import { pengaturanBerlaku, statusTahun, tenggatTahun } from '../skp/pengaturan.service.ts'
import { potongMasaBebas } from '../../domain/periode.ts'
import { progresMenunggu } from '../progres-harian/progres-harian.baca.ts'
import { keberatanAtasNamaMenunggu, keberatanMenunggu } from '../keberatan/keberatan.baca.ts'
import { perbaikanMenunggu } from '../perbaikan/perbaikan.baca.ts'
import { realisasiBawahanBeranda, realisasiSayaBeranda } from '../pelaksanaan/pelaksanaan.baca.ts'
import { penilaianBawahanBeranda, penilaianSayaBeranda } from '../penilaian/penilaian.baca.ts'
import * as repo from './beranda.repository.ts'
import {
  belumSelesai,
  capaianKosong,
  langkahPegawai,
  selisihHari,
  skpSaatIni,
  tambahCapaian,
} from './beranda.rules.ts'

/** How many names the Beranda lists under a count (the count links to the whole filtered list). */
const CONTOH = 5

type Telat = (r: repo.SkpOrangRow) => Keterlambatan

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString())

interface Konteks {
  db: Db
  instansiId: string
  pegawaiId: string
  tahun: number
  hari: string
}

async function bagianPegawai(
  k: Konteks,
  keadaan: repo.KeadaanPegawai,
  skps: repo.SkpSayaRow[],
): Promise<BerandaPegawai> {
  const [dibuka, statusTahunIni] = await Promise.all([
    pengaturanBerlaku(k.db, k.instansiId, k.tahun),
    statusTahun(k.db, k.instansiId, k.tahun),
  ])
  // a year nobody opened works with the defaults: the pegawai can start the SKP (it opens the year)
  const pengaturan = dibuka ?? pengaturanBawaan(k.tahun)
  const skp = skpSaatIni(skps, k.hari)
  // DOMAIN §2: the penilai's approved SKP is what RHK cascade from (the top leader cascades from nobody)
  const perluAtasan = skp && skp.status !== 'disetujui' && skp.penilaiPegawaiId && !skp.pimpinanTertinggi
  const skpAtasanDisetujui = perluAtasan
    ? await repo.adaSkpDisetujui(k.db, k.instansiId, skp.penilaiPegawaiId!, k.tahun)
    : null
  const langkah = langkahPegawai({
    tahunDitutup: statusTahunIni === 'ditutup',
    // exempt only when the status holds all year (DOMAIN §1: a return mid-year gives a shortened SKP)
    bebasSkp:
      pengaturan.statusBebasSkp.includes(keadaan.status) &&
      !potongMasaBebas(
        { mulai: `${k.tahun}-01-01`, selesai: `${k.tahun}-12-31` },
        { mulai: keadaan.statusMulai, selesai: keadaan.statusSelesai },
      ).ok,
    adaJabatan: keadaan.adaJabatan,
    skp,
    skpAtasanDisetujui,
  })
  return {
    skp: skp && {
      id: skp.id,
      status: skp.status,
      mulai: skp.mulai,
      selesai: skp.selesai,
      catatanPengembalian: skp.status === 'dikembalikan' ? skp.catatanPengembalian : null,
      penilaiNama: skp.penilaiNama,
      ...terlambat(skp, pengaturan.batasSkp, k.hari),
    },
    jumlahSkpTahunIni: skps.length,
    tahunDibuka: Boolean(dibuka),
    batasSkp: pengaturan.batasSkp,
    sisaHari: selisihHari(k.hari, pengaturan.batasSkp),
    skpAtasanDisetujui,
    langkah,
    realisasi: skp
      ? await realisasiSayaBeranda(k.db, { ...skp, instansiId: k.instansiId, tahun: k.tahun })
      : null,
    penilaian: await penilaianSayaBeranda(k.db, k),
  }
}

const orang = (telat: Telat) => (r: repo.SkpOrangRow) => ({
  skpId: r.skpId,
  pegawaiId: r.pegawaiId,
  nama: r.nama,
  nip: r.nip,
  status: r.status,
  diajukanAt: iso(r.diajukanAt),
  ...telat(r),
})

async function bagianAtasan(k: Konteks, skpSayaDisetujui: boolean): Promise<BerandaAtasan> {
  const dasar = { instansiId: k.instansiId, penilaiId: k.pegawaiId, tahun: k.tahun, batas: CONTOH }
  const menunggu = await repo.skpMenilai(k.db, { ...dasar, status: ['diajukan'] })
  const tertahan = skpSayaDisetujui
    ? []
    : await repo.skpMenilai(k.db, { ...dasar, status: ['draft', 'dikembalikan'] })
  const perStatus = skpSayaDisetujui ? [] : await repo.hitungMenilai(k.db, k.instansiId, k.pegawaiId, k.tahun)
  const jumlah = (s: string) => perStatus.find((r) => r.status === s)?.jumlah ?? 0
  const t = await tenggatTahun(k.db, k.instansiId, [k.tahun])
  const telat: Telat = (r) => t({ tahun: k.tahun, status: r.status, mulai: r.mulai })
  return {
    menunggu: { total: menunggu[0]?.total ?? 0, items: menunggu.map(orang(telat)) },
    skpSayaDisetujui,
    tertahan: {
      total: tertahan[0]?.total ?? 0,
      draft: jumlah('draft'),
      dikembalikan: jumlah('dikembalikan'),
      items: tertahan.map(orang(telat)),
    },
    progresHarian: await progresMenunggu(k.db, k.instansiId, k.pegawaiId),
  }
}

/** Rows (unit × status) → one completion per unit, the most unfinished first, and the total. */
function susunCapaian(rows: repo.CapaianRow[]): { total: Capaian; unit: CapaianUnit[] } {
  const total = capaianKosong()
  const perUnit = new Map<string, CapaianUnit>()
  for (const r of rows) {
    const u = perUnit.get(r.kunci) ?? { unorId: r.kunci, nama: r.nama, capaian: capaianKosong() }
    tambahCapaian(u.capaian, r.status, r.jumlah)
    tambahCapaian(total, r.status, r.jumlah)
    perUnit.set(r.kunci, u)
  }
  const unit = [...perUnit.values()].sort(
    (a, b) =>
      belumSelesai(b.capaian) - belumSelesai(a.capaian) ||
      b.capaian.total - a.capaian.total ||
      a.nama.localeCompare(b.nama, 'id'),
  )
  return { total, unit }
}

async function bagianPimpinan(k: Konteks, keadaan: repo.KeadaanPegawai): Promise<BerandaPimpinan | null> {
  const akarIds = keadaan.lingkupUnorId
    ? [keadaan.lingkupUnorId]
    : (await repo.unitDipimpin(k.db, k.instansiId, k.pegawaiId, k.hari)).map((r) => r.unorId)
  if (akarIds.length === 0) return null
  const [akar, rows] = await Promise.all([
    repo.namaUnit(k.db, k.instansiId, akarIds),
    repo.capaian(k.db, {
      instansiId: k.instansiId,
      tahun: k.tahun,
      tanggal: k.hari,
      akar: akarIds,
      per: 'unit',
    }),
  ])
  return { akar, ...susunCapaian(rows) }
}

async function bagianAdminInstansi(
  db: Db,
  instansiId: string,
  tahun: number,
  hari: string,
): Promise<BerandaAdminInstansi> {
  const [rows, tanpaAkun, impor] = await Promise.all([
    repo.capaian(db, { instansiId, tahun, tanggal: hari, per: 'unit' }),
    repo.jumlahTanpaAkun(db, instansiId),
    repo.imporTerakhir(db, instansiId),
  ])
  return {
    instansiId,
    ...susunCapaian(rows),
    tanpaAkun,
    keberatanAtasNama: await keberatanAtasNamaMenunggu(db, instansiId),
    imporTerakhir: impor ? { ...impor, waktu: iso(impor.waktu)! } : null,
  }
}

async function bagianAdminNasional(db: Db, tahun: number, hari: string): Promise<BerandaAdminNasional> {
  const rows = await repo.capaian(db, {
    instansiId: null,
    tahun,
    tanggal: hari,
    per: 'instansi',
  })
  const { unit } = susunCapaian(rows)
  const kode = new Map(rows.map((r) => [r.kunci, r.kode ?? '']))
  return {
    instansi: unit.map((u) => ({
      instansiId: u.unorId,
      kode: kode.get(u.unorId) ?? '',
      nama: u.nama,
      capaian: u.capaian,
    })),
  }
}

/** The sections of a pegawai who may also assess others and monitor units. */
async function bagianOrang(db: Db, actor: Actor, tahun: number, hari: string) {
  if (!actor.instansiId || !actor.pegawaiId) return { pegawai: null, atasan: null, pimpinan: null }
  const k: Konteks = { db, instansiId: actor.instansiId, pegawaiId: actor.pegawaiId, tahun, hari }
  const keadaan = await repo.keadaanPegawai(db, k.instansiId, k.pegawaiId, actor.akunId, hari)
  if (!keadaan) return { pegawai: null, atasan: null, pimpinan: null }
  const skps = await repo.skpPegawaiTahun(db, k.instansiId, k.pegawaiId, tahun)
  const pegawai = await bagianPegawai(k, keadaan, skps)
  // atasan as /me derives it (heads a unit or is an override atasan), or named penilai on an SKP of the year
  const menilai = keadaan.kepala || keadaan.atasanOverride
  const atasan = await bagianAtasan(
    k,
    skps.some((s) => s.status === 'disetujui'),
  )
  atasan.keberatanMenunggu = await keberatanMenunggu(db, k.instansiId, k.pegawaiId)
  atasan.perbaikanMenunggu = await perbaikanMenunggu(db, k.instansiId, k.pegawaiId)
  const adaYangDinilai =
    atasan.menunggu.total > 0 ||
    atasan.tertahan.total > 0 ||
    atasan.progresHarian.jumlah > 0 ||
    atasan.keberatanMenunggu > 0 ||
    atasan.perbaikanMenunggu > 0
  // issue 8: subordinates who have not filled the open period (asked only of someone who assesses)
  if (menilai) atasan.realisasiBawahan = await realisasiBawahanBeranda(db, { ...k, akunId: actor.akunId })
  // issue 9: subordinates (incl. delegated ones) not yet rated in the latest period open for rating
  if (menilai) atasan.penilaianBawahan = await penilaianBawahanBeranda(db, actor, tahun)
  const pimpinan = keadaan.kepala || hasPeran(actor, 'pimpinan') ? await bagianPimpinan(k, keadaan) : null
  return { pegawai, atasan: menilai || adaYangDinilai ? atasan : null, pimpinan }
}

export function berandaService({ db }: Database) {
  /** GET /beranda: the to-do of every role the actor holds, scoped to the actor's own instansi. */
  async function get(ctx: Ctx, q: BerandaQuery): Promise<BerandaView> {
    const { actor } = ctx
    const hari = hariIni()
    const tahun = q.tahun ?? Number(hari.slice(0, 4))
    const orangnya = await bagianOrang(db, actor, tahun, hari)
    const adminInstansi =
      hasPeran(actor, 'admin_instansi') && actor.instansiId
        ? await bagianAdminInstansi(db, actor.instansiId, tahun, hari)
        : null
    const adminNasional = isAdminNasional(actor) ? await bagianAdminNasional(db, tahun, hari) : null
    return { tahun, hariIni: hari, ...orangnya, adminInstansi, adminNasional }
  }

  return { get }
}
