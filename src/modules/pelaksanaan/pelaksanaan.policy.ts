import type { SkpPeran } from '../../domain/skp-workflow.ts'
import type { AksiPelaksanaan } from '../../shared/pelaksanaan.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { conflict, forbidden } from '../../server/errors.ts'
import type { SkpRow } from '../skp/skp-akses.ts'
import type { PeriodeSkp } from './kunci.ts'

/**
 * Who may do what during the year (DOMAIN §4): the owner writes realisasi, rencana aksi and per-period
 * targets of an approved SKP while the period is open; the penilai and the pimpinan above read (the SKP
 * read policy); an admin instansi reopens a locked period.
 */

export const pemilik = (actor: Actor, s: Pick<SkpRow, 'instansiId' | 'pegawaiId'>) =>
  !!actor.pegawaiId && actor.instansiId === s.instansiId && actor.pegawaiId === s.pegawaiId

export function assertPemilik(actor: Actor, s: Pick<SkpRow, 'instansiId' | 'pegawaiId'>) {
  if (!pemilik(actor, s))
    throw forbidden({
      id: 'Hanya pemilik SKP yang dapat mengisi pelaksanaannya.',
      en: 'Only the owner of the SKP can fill in its realisation.',
    })
}

export function assertDisetujui(s: Pick<SkpRow, 'status'>) {
  if (s.status !== 'disetujui')
    throw conflict('REALISASI.SKP_BELUM_DISETUJUI', {
      id: 'Realisasi hanya diisi pada SKP yang sudah disetujui.',
      en: 'Realisation is entered only on an approved SKP.',
    })
}

export function assertSudahDimulai(p: Pick<PeriodeSkp, 'nama' | 'mulai' | 'sudahDimulai'>) {
  if (!p.sudahDimulai)
    throw conflict('REALISASI.BELUM_DIMULAI', {
      id: `Periode ${p.nama} belum dimulai (mulai ${p.mulai}).`,
      en: `${p.nama} has not begun yet (starts ${p.mulai}).`,
    })
}

export function aksiPelaksanaan(
  actor: Actor,
  s: Pick<SkpRow, 'instansiId' | 'pegawaiId' | 'status'>,
  peran: SkpPeran[],
  ditutup: boolean,
  p: PeriodeSkp | undefined,
  now: Date,
): AksiPelaksanaan {
  const tulis = pemilik(actor, s) && s.status === 'disetujui' && !ditutup && !!p?.terbuka
  return {
    isiRealisasi: tulis && !!p?.sudahDimulai,
    ubahRencana: tulis,
    bukaKunci:
      peran.includes('admin_instansi') &&
      s.status === 'disetujui' &&
      !ditutup &&
      !!p &&
      now.getTime() >= p.terkunciPada.getTime(),
  }
}
