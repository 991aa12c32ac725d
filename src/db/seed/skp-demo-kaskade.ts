import { inArray } from 'drizzle-orm'
import type { Db } from '../client.ts'
import { peranHasil, rhk, timKerja, timKerjaAnggota } from '../schema/index.ts'
import type { ResolvePenilaiOutput } from '../../domain/atasan.ts'
import type { StrukturInstansiDemo } from './hasil.ts'
import type { Rencana } from './skp-demo-rencana.ts'

/** The cascading-at-scale part of the demo SKPs (issue 3): one Matriks Peran Hasil cell and one Tim Kerja. */

/** The staff of a unit's head (by unit code) that have an SKP, drafts first. */
function stafDari(
  s: StrukturInstansiDemo,
  rencana: Map<string, Rencana>,
  penilai: Map<string, ResolvePenilaiOutput>,
  kode: string,
) {
  const kepala = s.kepalaPerUnor.get(s.unorPerKode.get(kode) ?? '')
  if (!kepala || !rencana.has(kepala.pegawaiId)) return { kepala: undefined, staf: [] }
  const staf = [...rencana.values()].filter(
    (r) => penilai.get(r.pegawai.pegawaiId)?.penilai?.pegawaiId === kepala.pegawaiId,
  )
  const urut = (r: Rencana) => (r.skp.status === 'draft' || r.skp.status === 'dikembalikan' ? 0 : 1)
  return { kepala: rencana.get(kepala.pegawaiId)!, staf: staf.sort((a, b) => urut(a) - urut(b)) }
}

/** One Matriks Peran Hasil cell: Kepala Bidang SD → a staff member's draft RHK that came from it. */
export async function tulisMph(
  tx: Db,
  s: StrukturInstansiDemo,
  rencana: Map<string, Rencana>,
  penilai: Map<string, ResolvePenilaiOutput>,
) {
  const { staf } = stafDari(s, rencana, penilai, 'DISDIK.SD')
  const sasaran = staf.find((r) => !r.pegawai.isKepala) ?? staf[0]
  const rhkBawahan = sasaran?.rhk[0]
  if (!rhkBawahan?.intervensiRhkId) return null
  const [row] = await tx
    .insert(peranHasil)
    .values({
      instansiId: s.instansiId,
      rhkAtasanId: rhkBawahan.intervensiRhkId,
      pegawaiId: sasaran.pegawai.pegawaiId,
      peran: 'Pengelola data peserta didik dan satuan pendidikan',
      hasil: rhkBawahan.deskripsi,
      rhkBawahanId: rhkBawahan.id,
    })
    .returning()
  return row.id
}

/** One Tim Kerja formed by the Kepala Bidang SD; two members already carry an IKI for it, one not yet. */
export async function tulisTimKerja(
  tx: Db,
  s: StrukturInstansiDemo,
  rencana: Map<string, Rencana>,
  penilai: Map<string, ResolvePenilaiOutput>,
  tahun: number,
) {
  const { kepala, staf } = stafDari(s, rencana, penilai, 'DISDIK.SD')
  const ketua = staf.find((r) => r.pegawai.isKepala) ?? staf[0]
  if (!kepala || !ketua) return null
  const anggota = [...rencana.values()]
    .filter((r) => r.pegawai.unorKode.startsWith('DISDIK.') && !r.pegawai.isKepala && r !== ketua)
    .slice(0, 3)
  const [tim] = await tx
    .insert(timKerja)
    .values({
      instansiId: s.instansiId,
      tahun,
      nama: 'Tim Percepatan Pemutakhiran Data Pokok Pendidikan',
      deskripsi:
        'Memastikan data peserta didik, pendidik, dan sarana prasarana di Dapodik mutakhir sebelum cut-off semester.',
      ketuaPegawaiId: ketua.pegawai.pegawaiId,
      rhkId: kepala.rhk[0].id,
      dibuatOlehPegawaiId: kepala.pegawai.pegawaiId,
    })
    .returning()
  await tx.insert(timKerjaAnggota).values([
    { instansiId: s.instansiId, timKerjaId: tim.id, pegawaiId: ketua.pegawai.pegawaiId, peran: 'Ketua' },
    ...anggota.map((a) => ({
      instansiId: s.instansiId,
      timKerjaId: tim.id,
      pegawaiId: a.pegawai.pegawaiId,
      peran: 'Anggota',
    })),
  ])
  const terpenuhi = [ketua, ...anggota.slice(0, 2)].map((r) => r.rhk[0].id)
  await tx.update(rhk).set({ timKerjaId: tim.id }).where(inArray(rhk.id, terpenuhi))
  return tim.id
}
