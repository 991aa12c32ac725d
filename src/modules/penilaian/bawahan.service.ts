import type { Db } from '../../db/client.ts'
import { batasKeberatanEvaluasi } from '../keberatan/keberatan.baca.ts'
import {
  aksiEvaluasi,
  aturanPimpinanBerlaku,
  bisaDinilai,
  dikecualikanPeriode,
  menungguEvaluasi,
  periodeEvaluasiSkp,
} from '../../domain/penilaian.ts'
import { tanggalKalimat } from '../../domain/periode.ts'
import { pilihPeriode } from '../../domain/periode-pilihan.ts'
import type {
  AksiEvaluasi,
  EvaluasiSkpView,
  PenilaianBawahanItem,
  PenilaianBawahanQuery,
  PenilaianBawahanView,
  PenilaianSayaItem,
  PenilaianSayaView,
} from '../../shared/penilaian.ts'
import type { SkpSnapshot } from '../../shared/skp.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { isAdminInstansi } from '../../server/auth/policy.ts'
import { hariIni, tahunIni } from '../../server/clock.ts'
import { notFound } from '../../server/errors.ts'
import { lingkupSkp } from '../skp/skp.policy.ts'
import { muatSkp } from '../skp/skp-akses.ts'
import { muatPengaturanSkp } from '../pelaksanaan/kunci.ts'
import { delegasiKe } from './delegasi.repository.ts'
import { muatKonteks, muatKonteksBanyak, snapshotAman } from './evaluasi-konteks.ts'
import { aksiUntuk, ringkas, viewPeriode } from './evaluasi-view.ts'
import { saranHasilKerjaBanyak } from './hasil-kerja.ts'
import { adalahPenilai, penilaiEfektif, penilaiEfektifBanyak } from './penilaian.policy.ts'
import * as repo from './penilaian.repository.ts'

/**
 * GET /penilaian/bawahan — every pegawai the actor evaluates in the period: as the SKP's penilai, as a
 * delegate, as the next superior up when the penilai is gone, or (admin instansi) for the non-ASN official.
 * What waits for the actor comes first.
 */
export async function penilaianBawahan(
  db: Db,
  ctx: Pick<Ctx, 'actor'>,
  q: PenilaianBawahanQuery,
  o: { tanpaSaran?: boolean } = {},
): Promise<PenilaianBawahanView> {
  const { instansiId, pegawaiId } = ctx.actor
  const tahun = q.tahun ?? tahunIni()
  const hari = hariIni()
  if (!instansiId) return { tahun, periode: q.periode ?? 'FINAL', periodeTersedia: [], items: [] }
  const { pengaturan } = await muatPengaturanSkp(db, { instansiId, tahun })
  const { periode, periodeTersedia: tersedia } = pilihPeriode(
    tahun,
    pengaturan.periodePenilaian,
    q.periode,
    hari,
  )
  const delegator = pegawaiId
    ? (await delegasiKe(db, instansiId, pegawaiId, hari)).map((d) => d.penilaiPegawaiId)
    : []
  const admin = isAdminInstansi(ctx.actor, instansiId)
  // set-based: a fixed number of queries whatever the number of subordinates (docs/PERFORMANCE.md)
  const kandidat = await repo.skpKandidatPenilai(db, { instansiId, tahun, pegawaiId, delegator, admin, hari })
  const efektif = await penilaiEfektifBanyak(db, instansiId, kandidat, hari)
  const milik = kandidat.flatMap((s, i) =>
    adalahPenilai(ctx.actor, s, efektif[i]) ? [{ s, sebagai: efektif[i].sebagai }] : [],
  )
  const pegawaiIds = [...new Set(milik.map((m) => m.s.pegawaiId))]
  const status = await repo.statusPegawai(db, instansiId, pegawaiIds)
  const dipilih = milik.map((m) => m.s.id)
  const evaluasi = new Map(
    (await repo.evaluasiKiniBanyak(db, instansiId, dipilih, periode)).map((e) => [e.skpId, e]),
  )
  const terakhir = await repo.skpTerakhirPegawai(db, instansiId, pegawaiIds, tahun)
  const baris = milik.flatMap(({ s, sebagai }) => {
    const p = periodeEvaluasiSkp(s, pengaturan.periodePenilaian, terakhir.get(s.pegawaiId) === s.id).find(
      (x) => x.kode === periode,
    )
    if (!p) return []
    const st = status.get(s.pegawaiId)
    const kecuali = !!st && dikecualikanPeriode(p, st, pengaturan.statusBebasSkp)
    return [{ s, sebagai, p, e: evaluasi.get(s.id), st, kecuali, boleh: bisaDinilai(p, hari) }]
  })
  const posisi = await repo.posisiSkpBanyak(
    db,
    instansiId,
    baris.flatMap((b) => (b.e ? [] : [b.s.penugasanId])),
  )
  // the leader rule: the unit's predikat organisasi sets the rating hasil kerja, capaian suggests nothing
  const posisiBaris = baris.map((b) => {
    if (b.e) return snapshotAman(b.e.snapshot, b.s, b.p)
    const x = posisi.get(b.s.penugasanId)
    return {
      kepalaUnit: x?.isKepala ?? false,
      jenisJabatan: x?.jenisJabatan ?? 'pelaksana',
      plt: !!x && x.jenisPenugasan !== 'definitif',
    }
  })
  const dariPo = baris.map((_, i) => aturanPimpinanBerlaku(posisiBaris[i], pengaturan))
  const saranDihitung = await saranHasilKerjaBanyak(
    db,
    instansiId,
    baris
      .filter(
        (b, i) => !dariPo[i] && !(b.e && b.e.status !== 'draft') && b.boleh && !b.kecuali && !o.tanpaSaran,
      )
      .map((b) => ({ skpId: b.s.id, periodik: periodeEvaluasiSkp(b.s, pengaturan.periodePenilaian, false) })),
    periode,
    { rumusPolaritasTurun: pengaturan.rumusPolaritasTurun, ambang: pengaturan.ambangRating },
  )
  const items = baris.map((b, i) =>
    itemBawahan(b, {
      kepala: posisiBaris[i].kepalaUnit,
      dariPo: dariPo[i],
      saran: dariPo[i]
        ? null
        : b.e && b.e.status !== 'draft'
          ? b.e.ratingHasilSaran
          : (saranDihitung.get(b.s.id) ?? null),
    }),
  )
  items.sort(
    (a, b) =>
      Number(b.perluTindakan) - Number(a.perluTindakan) || a.pegawai.nama.localeCompare(b.pegawai.nama),
  )
  return { tahun, periode, periodeTersedia: tersedia, items }
}

/** One row of the penilai's list, from what penilaianBawahan loaded for all rows at once. */
function itemBawahan(
  b: {
    s: repo.SkpRingkas
    sebagai: PenilaianBawahanItem['bertindakSebagai']
    e: repo.EvaluasiRow | undefined
    st: { status: string; statusMulai: string | null } | undefined
    kecuali: boolean
    boleh: boolean
  },
  o: { kepala: boolean; dariPo: boolean; saran: PenilaianBawahanItem['saranRatingHasil'] },
): PenilaianBawahanItem {
  const { s, sebagai, e, st, kecuali, boleh } = b
  const snap = s.snapshot as SkpSnapshot
  const keadaan = e && {
    status: e.status,
    diriDiajukan: e.diriDiajukanAt !== null,
    keberatanTerbuka: false,
  }
  const aksi: AksiEvaluasi[] =
    kecuali || !boleh ? [] : keadaan ? aksiEvaluasi(keadaan, ['penilai']) : ['buka']
  return {
    pegawai: {
      id: s.pegawaiId,
      nama: snap.pegawai.nama,
      nip: snap.pegawai.nip,
      jabatan: snap.pegawai.jabatan,
    },
    skpId: s.id,
    evaluasi: e ? ringkas(e) : null,
    saranRatingHasil: o.saran,
    kepalaUnit: o.kepala,
    hasilDariPredikatOrganisasi: o.dariPo,
    dikecualikan: kecuali,
    alasanDikecualikan:
      kecuali && st
        ? `Berstatus ${st.status}${st.statusMulai ? ` sejak ${tanggalKalimat(st.statusMulai, 'id')}` : ''}|Status ${st.status}${st.statusMulai ? ` since ${tanggalKalimat(st.statusMulai, 'en')}` : ''}`
        : null,
    diriDiajukan: !!e?.diriDiajukanAt,
    bertindakSebagai: sebagai,
    bisaDinilai: boleh,
    aksi,
    perluTindakan: !kecuali && boleh && (!keadaan || menungguEvaluasi(keadaan, ['penilai'])),
  }
}

/** GET /penilaian/saya — the pegawai's own evaluations of a year: what to do first (acknowledge, object, self-rate). */
export async function penilaianSaya(db: Db, ctx: Ctx, tahun?: number): Promise<PenilaianSayaView> {
  const { instansiId, pegawaiId } = ctx.actor
  const th = tahun ?? tahunIni()
  if (!instansiId || !pegawaiId) return { tahun: th, items: [] }
  const rows = await repo.evaluasiPegawaiTahun(db, instansiId, pegawaiId, th)
  // one query for the SKPs and one context load for all of them, not one per evaluation
  const skps = await repo.skpRingkasBanyak(db, instansiId, [...new Set(rows.map((r) => r.e.skpId))])
  const konteks = await muatKonteksBanyak(db, skps)
  const items: PenilaianSayaItem[] = []
  for (const { e, penilaiNama } of rows) {
    const k = konteks.get(e.skpId)
    if (!k) continue
    const p = k.periode.find((x) => x.kode === e.periode)
    const snap = snapshotAman(e.snapshot, k.s, p)
    const aksi = await aksiUntuk(db, k, e, ['pegawai'])
    items.push({
      ...ringkas(e),
      tahun: e.tahun,
      penilai: snap.penilai
        ? { pegawaiId: snap.penilai.pegawaiId, nama: penilaiNama ?? snap.penilai.nama }
        : null,
      batasKeberatan: await batasKeberatanEvaluasi(db, e, k.pengaturan),
      diriDiajukan: e.diriDiajukanAt !== null,
      aksi,
      perluTindakan: aksi.includes('terima') || aksi.includes('isi_diri'),
    })
  }
  items.sort((a, b) => Number(b.perluTindakan) - Number(a.perluTindakan))
  return { tahun: th, items }
}

/** GET /skp/:id/evaluasi — every period of the SKP with all its versions (old ones stay readable, DOMAIN §7). */
export async function evaluasiPerSkp(db: Db, ctx: Ctx, skpId: string): Promise<EvaluasiSkpView> {
  const inst = lingkupSkp(ctx.actor)
  const s = inst ? await repo.findSkpRingkas(db, inst, skpId) : (await muatSkp(db, ctx.actor, skpId)).s
  if (!s) throw notFound({ id: 'SKP', en: 'SKP' })
  const k = await muatKonteks(db, s)
  if (!adalahPenilai(ctx.actor, s, await penilaiEfektif(db, s, k.hari))) await muatSkp(db, ctx.actor, s.id)
  const semua = await repo.evaluasiSkp(db, s.instansiId, s.id)
  return {
    skpId: s.id,
    tahun: s.tahun,
    periode: k.periode.map((p) => ({
      info: viewPeriode(p),
      versi: semua.filter((e) => e.periode === p.kode).map(ringkas),
    })),
  }
}
