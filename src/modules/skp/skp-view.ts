import type { Db } from '../../db/client.ts'
import { berakhlakUntukTahun } from '../../domain/berakhlak.ts'
import { pengaturanBawaan } from '../../domain/settings.ts'
import { terlambat } from '../../domain/terlambat.ts'
import type { SkpPeran } from '../../domain/skp-workflow.ts'
import { labelTargetIki, type AksiSkp, type Lampiran, type RhkView, type SkpView } from '../../shared/skp.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { notFound } from '../../server/errors.ts'
import { bacaSkpLengkap, type RhkJson, type SkpLengkap } from './skp-baca.repository.ts'
import { aksiSkp, assertBacaSkp, bertindakAtasNama, hariIni, lingkupSkp, peranSkp } from './skp.policy.ts'
import type { SkpRow } from './skp.repository.ts'
import { blokKedaluwarsa, segarkanSaatBaca } from './skp-snapshot.ts'

/**
 * The whole SKP for the page in one response, read in one round trip (skp-baca.repository.ts).
 * Hot path: GET /skp/:id is the session lookup plus this one prepared query (plus an access query only
 * for readers who are neither owner, penilai nor admin).
 */
export async function bacaSkpView(db: Db, actor: Actor, id: string): Promise<SkpView> {
  let s = await bacaSkpLengkap(db, lingkupSkp(actor), id, true)
  if (!s) throw notFound({ id: 'SKP', en: 'SKP' })
  // DOMAIN §2: pending blocks follow the assignments; once a day, the first read brings them up to date
  if (blokKedaluwarsa(s) && (await segarkanSaatBaca(db, s.id, s.instansiId)))
    s = (await bacaSkpLengkap(db, s.instansiId, s.id)) ?? s
  const peran = peranSkp(actor, s)
  await assertBacaSkp(db, actor, s, peran)
  return susunSkpView(s, peran)
}

/** After a change inside a transaction: the SKP as it now is, for the same actor. */
export async function muatSkpView(db: Db, s: SkpRow, peran: SkpPeran[]): Promise<SkpView> {
  const lengkap = await bacaSkpLengkap(db, s.instansiId, s.id)
  if (!lengkap) throw notFound({ id: 'SKP', en: 'SKP' })
  return susunSkpView(lengkap, peran)
}

export function susunSkpView(s: SkpLengkap, peran: SkpPeran[]): SkpView {
  return {
    id: s.id,
    instansiId: s.instansiId,
    pegawaiId: s.pegawaiId,
    penugasanId: s.penugasanId,
    tahun: s.tahun,
    mulai: s.mulai,
    selesai: s.selesai,
    pendekatan: s.pendekatan,
    varian: s.varian,
    status: s.status,
    versi: s.versi,
    revisi: s.revisi,
    catatanPengembalian: s.catatanPengembalian,
    diajukanAt: s.diajukanAt?.toISOString() ?? null,
    disetujuiAt: s.disetujuiAt?.toISOString() ?? null,
    snapshot: s.snapshot,
    rhk: s.rhkJson.map(rhkView),
    perilaku: perilakuSkp(s.tahun, s.perilakuJson),
    lampiran: s.lampiran as Lampiran,
    aksi: aksiMenurutTahun(s.tahunDitutup, aksiSkp(s.status, peran, bertindakAtasNama(peran, s))),
    ...terlambat(s, s.batasSkpTahun ?? pengaturanBawaan(s.tahun).batasSkp, hariIni()),
    tahunDitutup: s.tahunDitutup,
  }
}

/** A closed year is read-only: every write is refused (409), so none is offered; downloading still is. */
const aksiMenurutTahun = (ditutup: boolean, a: AksiSkp): AksiSkp =>
  ditutup ? ({ ...Object.fromEntries(Object.keys(a).map((k) => [k, false])), unduh: a.unduh } as AksiSkp) : a

function rhkView(r: RhkJson): RhkView {
  return {
    id: r.id,
    jenis: r.jenis,
    urutan: r.urutan,
    deskripsi: r.deskripsi,
    klasifikasi: r.klasifikasi,
    penugasanDari: r.penugasanDari,
    perspektif: r.perspektif,
    catatanPengembalian: r.catatanPengembalian,
    intervensi:
      r.intervensiRhkId && r.intervensiDeskripsi !== null
        ? {
            rhkId: r.intervensiRhkId,
            deskripsi: r.intervensiDeskripsi,
            pegawaiNama: r.intervensiPegawaiNama ?? '',
          }
        : null,
    timKerja: r.timKerjaId && r.timKerjaNama !== null ? { id: r.timKerjaId, nama: r.timKerjaNama } : null,
    iki: r.iki.map((i) => {
      const targetMin = i.targetMin === null ? null : Number(i.targetMin)
      const targetMax = i.targetMax === null ? null : Number(i.targetMax)
      const x = { ...i, targetMin, targetMax, targetTeks: i.targetTeks ?? null }
      return { ...x, targetLabel: labelTargetIki(x) }
    }),
  }
}

/** The seven BerAKHLAK values of the version in force for the year (SE MenPANRB 20/2021), with ekspektasi. */
export function perilakuSkp(tahun: number, rows: { kode: string; ekspektasi: string | null }[]) {
  const ekspektasi = new Map(rows.map((r) => [r.kode, r.ekspektasi]))
  return (berakhlakUntukTahun(tahun)?.nilai ?? []).map((n) => ({
    kode: n.kode,
    nama: n.nama,
    namaEn: n.namaEn,
    indikator: n.indikator,
    ekspektasi: ekspektasi.get(n.kode) ?? null,
  }))
}
