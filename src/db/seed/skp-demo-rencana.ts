import { randomUUID } from 'node:crypto'
import type { iki, rhk, skp, skpPerilaku } from '../schema/index.ts'
import { resolvePenilaiBanyak, type DataAtasan, type ResolvePenilaiOutput } from '../../domain/atasan.ts'
import type { SkpStatus } from '../../domain/skp-workflow.ts'
import type { PejabatSnapshot, SkpSnapshot } from '../../shared/skp.ts'
import { namaLengkap } from '../../modules/skp/skp-snapshot.ts'
import type { PegawaiDemo, StrukturInstansiDemo } from './hasil.ts'
import {
  CATATAN_DIKEMBALIKAN,
  EKSPEKTASI_DEMO,
  LAMPIRAN_DEMO,
  rhkKepalaDinas,
  rhkKepalaUnit,
  rhkPimpinanTertinggi,
  rhkStaf,
  type RhkTeks,
  type Tema,
} from './skp-demo-teks.ts'

/**
 * Planning of the demo SKPs (pure, in memory): who gets an SKP, in which state, with which RHK/IKI, each
 * RHK linked to an RHK of the penilai's approved SKP (the cascade, DOMAIN §2).
 */

type SkpRow = typeof skp.$inferInsert & { id: string }
type RhkRow = typeof rhk.$inferInsert & { id: string }

export interface Rencana {
  pegawai: PegawaiDemo
  skp: SkpRow
  rhk: RhkRow[]
  iki: (typeof iki.$inferInsert)[]
  perilaku: (typeof skpPerilaku.$inferInsert)[]
}

export interface Info {
  instansi: { nama: string; pejabatNonAsnNama: string | null; pejabatNonAsnJabatan: string | null }
  unorNama: Map<string, string>
  orang: Map<
    string,
    {
      nama: string
      gelarDepan: string | null
      gelarBelakang: string | null
      pangkat: string | null
      golongan: string | null
    }
  >
}

const PERSPEKTIF = ['penerima_layanan', 'proses_bisnis_internal', 'penguatan_internal'] as const
// staff states in rotation: mostly approved, the rest spread over every other state or no SKP yet
const ROTASI_STAF: (SkpStatus | null)[] = [
  'disetujui',
  'diajukan',
  'disetujui',
  'draft',
  'dikembalikan',
  'disetujui',
  'diajukan',
  null,
  'disetujui',
  'draft',
]

/** The same penilai the SKP module derives: domain rules over the demo's units and assignments. */
export function penilaiSemua(s: StrukturInstansiDemo, tanggal: string) {
  const data: DataAtasan = {
    units: [...s.induk].map(([id, parentId]) => ({ id, parentId })),
    penugasan: [
      ...s.pegawai.map((p) => ({
        id: p.penugasanId,
        pegawaiId: p.pegawaiId,
        unitId: p.unorId,
        isKepala: p.isKepala,
        jenis: 'definitif' as const,
        mulai: '1900-01-01',
        selesai: null,
      })),
      ...[...s.kepalaPerUnor]
        .filter(([, k]) => k.jenis === 'plt')
        .map(([unitId, k]) => ({
          id: k.penugasanId,
          pegawaiId: k.pegawaiId,
          unitId,
          isKepala: true,
          jenis: 'plt' as const,
          mulai: '1900-01-01',
          selesai: null,
        })),
    ],
    overrides: [],
  }
  return resolvePenilaiBanyak(
    data,
    s.pegawai.map((p) => p.pegawaiId),
    tanggal,
  )
}

/** Who gets an SKP: every active pegawai of the chosen dinas, and the chain of penilai above them. */
export function pilihPegawai(
  s: StrukturInstansiDemo,
  dinas: string[],
  penilai: Map<string, ResolvePenilaiOutput>,
) {
  const perId = new Map(s.pegawai.map((p) => [p.pegawaiId, p]))
  const dipilih = new Set(
    s.pegawai
      .filter(
        (p) => p.status === 'aktif' && dinas.some((d) => p.unorKode === d || p.unorKode.startsWith(`${d}.`)),
      )
      .map((p) => p.pegawaiId),
  )
  for (const id of [...dipilih]) {
    for (
      let atas = penilai.get(id)?.penilai?.pegawaiId;
      atas && !dipilih.has(atas);
      atas = penilai.get(atas)?.penilai?.pegawaiId
    )
      dipilih.add(atas)
  }
  const kedalaman = (id: string): number => {
    const atas = penilai.get(id)?.penilai?.pegawaiId
    return atas ? 1 + kedalaman(atas) : 0
  }
  return [...dipilih]
    .map((id) => perId.get(id)!)
    .sort((a, b) => kedalaman(a.pegawaiId) - kedalaman(b.pegawaiId) || a.nip.localeCompare(b.nip))
}

const tema = (kode: string): Tema =>
  kode.startsWith('DISDIK') ? 'pendidikan' : kode.startsWith('DINKES') ? 'kesehatan' : 'umum'

const pejabatDari =
  (info: Info) =>
  (p: PegawaiDemo): PejabatSnapshot => {
    const x = info.orang.get(p.pegawaiId)!
    const jabatan = p.jabatanNama
    return {
      pegawaiId: p.pegawaiId,
      nama: namaLengkap(x),
      nip: p.nip,
      pangkat: x.pangkat,
      golongan: x.golongan,
      jabatan,
      unor: info.unorNama.get(p.unorId) ?? '',
    }
  }

/** Top-down (superiors first), so every RHK can point at its penilai's RHK. */
export function rencanakan(
  s: StrukturInstansiDemo,
  info: Info,
  tahun: number,
  orang: PegawaiDemo[],
  penilai: Map<string, ResolvePenilaiOutput>,
) {
  const pejabat = pejabatDari(info)
  const perId = new Map(s.pegawai.map((p) => [p.pegawaiId, p]))
  const rencana = new Map<string, Rencana>()
  const urut = { kepala: 0, staf: 0 }
  for (const p of orang) {
    const r = penilai.get(p.pegawaiId)!
    const atas = r.penilai ? rencana.get(r.penilai.pegawaiId) : undefined
    const top = r.alasan === 'PIMPINAN_TERTINGGI'
    if (!top && atas?.skp.status !== 'disetujui') continue // cannot cascade yet: no SKP (DOMAIN §2)
    const status = statusUntuk(p, top, atas, p.isKepala ? urut.kepala++ : urut.staf++)
    if (!status) continue
    const snapshot: SkpSnapshot = {
      pegawai: pejabat(p),
      penilai: r.penilai ? pejabat(perId.get(r.penilai.pegawaiId)!) : nonAsn(info),
      atasanPenilai: r.atasanPenilai
        ? pejabat(perId.get(r.atasanPenilai.pegawaiId)!)
        : r.atasanPenilaiNonAsn
          ? nonAsn(info)
          : null,
      pimpinanTertinggi: top,
    }
    const teks = teksUntuk(p, top, info, urut.staf)
    rencana.set(
      p.pegawaiId,
      susunSkp(s.instansiId, tahun, p, status, snapshot, r.penilai?.pegawaiId ?? null, teks, atas),
    )
  }
  return rencana
}

const nonAsn = (info: Info): PejabatSnapshot | null =>
  info.instansi.pejabatNonAsnNama
    ? {
        pegawaiId: null,
        nama: info.instansi.pejabatNonAsnNama,
        nip: null,
        pangkat: null,
        golongan: null,
        jabatan: info.instansi.pejabatNonAsnJabatan ?? '',
        unor: info.instansi.nama,
      }
    : null

/** Leaders and unit heads one level below a dinas are approved; deeper heads and staff rotate. */
function statusUntuk(
  p: PegawaiDemo,
  top: boolean,
  atas: Rencana | undefined,
  urut: number,
): SkpStatus | null {
  if (top || p.jenisJabatan.startsWith('jpt')) return 'disetujui'
  if (p.isKepala) {
    const atasanJpt = atas?.pegawai.jenisJabatan.startsWith('jpt')
    if (atasanJpt) return 'disetujui'
    return (
      ['disetujui', 'disetujui', 'diajukan', 'disetujui', 'dikembalikan', 'disetujui', 'draft'] as const
    )[urut % 7]
  }
  return ROTASI_STAF[urut % ROTASI_STAF.length]
}

function teksUntuk(p: PegawaiDemo, top: boolean, info: Info, urut: number): RhkTeks[] {
  const unit = info.unorNama.get(p.unorId) ?? ''
  if (top) return rhkPimpinanTertinggi(info.instansi.nama.replace(/^Pemerintah /, ''))
  if (p.jenisJabatan.startsWith('jpt')) return rhkKepalaDinas(tema(p.unorKode), unit)
  if (p.isKepala) return rhkKepalaUnit(tema(p.unorKode), unit)
  return rhkStaf(p.jabatanNama, unit, urut)
}

function susunSkp(
  instansiId: string,
  tahun: number,
  p: PegawaiDemo,
  status: SkpStatus,
  snapshot: SkpSnapshot,
  penilaiPegawaiId: string | null,
  teks: RhkTeks[],
  atas: Rencana | undefined,
): Rencana {
  const id = randomUUID()
  const jpt = p.jenisJabatan.startsWith('jpt')
  const dikembalikan = status === 'dikembalikan'
  const skpRow: SkpRow = {
    id,
    instansiId,
    pegawaiId: p.pegawaiId,
    penugasanId: p.penugasanId,
    tahun,
    mulai: `${tahun}-01-01`,
    selesai: `${tahun}-12-31`,
    pendekatan: 'kuantitatif',
    varian: jpt ? 'jpt' : 'administrasi_fungsional',
    status,
    penilaiPegawaiId,
    snapshot,
    lampiran: LAMPIRAN_DEMO,
    catatanPengembalian: dikembalikan ? CATATAN_DIKEMBALIKAN : null,
    diajukanAt: status === 'draft' ? null : new Date(`${tahun}-01-20T02:00:00Z`),
    disetujuiAt: status === 'disetujui' ? new Date(`${tahun}-01-27T02:00:00Z`) : null,
  }
  const induk = atas?.rhk ?? []
  const rhkRows: RhkRow[] = teks.map((t, urutan) => ({
    id: randomUUID(),
    instansiId,
    skpId: id,
    jenis: t.jenis ?? 'utama',
    urutan,
    deskripsi: t.deskripsi,
    intervensiRhkId: induk.length > 0 ? induk[(t.induk ?? urutan) % induk.length].id : null,
    klasifikasi: p.isKepala ? 'organisasi' : 'individu',
    perspektif: jpt ? PERSPEKTIF[urutan % PERSPEKTIF.length] : null,
    catatanPengembalian:
      dikembalikan && urutan === 0 ? 'Naikkan target kuantitas sesuai capaian tahun lalu.' : null,
  }))
  const ikiRows = teks.flatMap((t, i) =>
    t.iki.map((x, urutan) => ({
      instansiId,
      rhkId: rhkRows[i].id,
      urutan,
      aspek: x.aspek,
      indikator: x.indikator,
      targetMin: x.targetMin,
      targetMax: x.targetMax ?? null,
      satuan: x.satuan,
      polaritas: x.polaritas,
      akumulasi: x.akumulasi,
    })),
  )
  const perilaku =
    status === 'disetujui'
      ? Object.entries(EKSPEKTASI_DEMO).map(([kodeNilai, ekspektasi]) => ({
          instansiId,
          skpId: id,
          kodeNilai,
          ekspektasi,
        }))
      : []
  return { pegawai: p, skp: skpRow, rhk: rhkRows, iki: ikiRows, perilaku }
}
