import { potongMasaBebas, tanggalKalimat, type RentangSkp } from '../../domain/periode.ts'
import type { IsoDate } from '../../domain/iso-date.ts'
import { LABEL_STATUS_BEBAS_SKP } from '../../domain/labels.ts'
import type { StatusBebasSkp } from '../../domain/settings.ts'
import { badRequest } from '../../server/errors.ts'

/**
 * Exemptions from the SKP with dates (DOMAIN §1; PermenPANRB 6/2022 applies to PNS and PPPK in service:
 * pejabat negara, diberhentikan sementara, CLTN, MPP, tugas belajar need none — a configurable list).
 * The status holds from `statusMulai` to `statusSelesai` (inclusive, null = open on that side), so an SKP
 * covers only the days outside it: a return mid-year gives a shortened period.
 */
interface StatusPegawai {
  status: string
  statusMulai: string | null
  statusSelesai: string | null
}

const tanggalId = (d: string) => tanggalKalimat(d as IsoDate, 'id')
const tanggalEn = (d: string) => tanggalKalimat(d as IsoDate, 'en')

/** "sejak 1 Agustus 2025 sampai 30 Juni 2027" / "since 1 August 2025 until 30 June 2027" (empty without dates). */
function masa(p: StatusPegawai) {
  const id = [
    p.statusMulai ? `sejak ${tanggalId(p.statusMulai)}` : '',
    p.statusSelesai ? `sampai ${tanggalId(p.statusSelesai)}` : '',
  ]
  const en = [
    p.statusMulai ? `since ${tanggalEn(p.statusMulai)}` : '',
    p.statusSelesai ? `until ${tanggalEn(p.statusSelesai)}` : '',
  ]
  return { id: id.filter(Boolean).join(' '), en: en.filter(Boolean).join(' ') }
}

export function BEBAS_SKP(p: StatusPegawai) {
  const label = LABEL_STATUS_BEBAS_SKP[p.status as StatusBebasSkp] ?? { id: p.status, en: p.status }
  const m = masa(p)
  return badRequest('SKP.BEBAS_SKP', {
    id: `Status kepegawaian ${label.id}${m.id ? ` ${m.id}` : ''} dibebaskan dari SKP untuk seluruh periode ini.`,
    en: `The employment status ${label.en}${m.en ? ` ${m.en}` : ''} is exempt from an SKP for this whole period.`,
  })
}

/**
 * The SKP ranges of the year (after the mutasi split) cut by the exemption, when the status is exempt in
 * this year's settings: ranges wholly inside it disappear, a range it overlaps is shortened.
 */
export function rentangTanpaMasaBebas(
  p: StatusPegawai,
  statusBebas: readonly string[],
  rentang: RentangSkp[],
): RentangSkp[] {
  if (!statusBebas.includes(p.status)) return rentang
  return rentang.flatMap((r) => {
    const h = potongMasaBebas(r, { mulai: p.statusMulai, selesai: p.statusSelesai })
    return h.ok ? [{ ...r, ...h.rentang }] : []
  })
}
