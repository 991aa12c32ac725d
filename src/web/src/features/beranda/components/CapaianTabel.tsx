import { Button, Progress, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LABEL_SKP_STATUS } from '../../../../../domain/labels.ts'
import { STATUS_CAPAIAN, type Capaian, type StatusCapaian } from '../../../../../shared/beranda.ts'
import { formatAngka, labelOf } from '../../../lib/format.ts'
import { Angka } from './Angka.tsx'

export interface BarisCapaian {
  id: string
  nama: string
  capaian: Capaian
}

const AWAL = 10

/** Column heading of a status (the SKP label, or "no SKP yet"). */
export function useLabelStatus() {
  const { t } = useTranslation('beranda')
  return (s: StatusCapaian) => (s === 'belum_ada' ? t('status.belum_ada') : labelOf(LABEL_SKP_STATUS[s]))
}

/**
 * Completion per unit (or per instansi), the most unfinished first as the server sorted it. Every count
 * links to the list of exactly those pegawai when `tautan` gives one. Long lists show the first rows.
 */
export function CapaianTabel({
  baris,
  judulKolom,
  label,
  tautan,
}: {
  baris: BarisCapaian[]
  judulKolom: string
  label: string
  tautan: (id: string, status?: StatusCapaian) => string | null
}) {
  const { t } = useTranslation('beranda')
  const labelStatus = useLabelStatus()
  const [semua, setSemua] = useState(false)
  const tampil = semua ? baris : baris.slice(0, AWAL)
  if (baris.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('capaian.kosong')}
      </Text>
    )
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={6} aria-label={label} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{judulKolom}</Table.Th>
              {STATUS_CAPAIAN.map((s) => (
                <Table.Th key={s} scope="col" ta="right">
                  {labelStatus(s)}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('capaian.total')}
              </Table.Th>
              <Table.Th scope="col" miw={110}>
                {t('capaian.persen')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tampil.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Th scope="row" fw={500}>
                  {b.nama}
                </Table.Th>
                {STATUS_CAPAIAN.map((s) => (
                  <Table.Td key={s} ta="right">
                    <Angka
                      nilai={b.capaian[s]}
                      to={b.capaian[s] > 0 ? tautan(b.id, s) : null}
                      label={`${labelStatus(s)} · ${b.nama}`}
                    />
                  </Table.Td>
                ))}
                <Table.Td ta="right">
                  <Angka
                    nilai={b.capaian.total}
                    to={tautan(b.id)}
                    label={`${t('capaian.total')} · ${b.nama}`}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{formatAngka(b.capaian.persenDisetujui)} %</Text>
                  <Progress
                    value={b.capaian.persenDisetujui}
                    size="sm"
                    color="green"
                    aria-label={t('capaian.persenLabel', { nama: b.nama })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {baris.length > AWAL && (
        <Button variant="subtle" size="xs" onClick={() => setSemua((s) => !s)} aria-expanded={semua}>
          {semua ? t('capaian.ringkas') : t('capaian.semua', { jumlah: baris.length })}
        </Button>
      )}
    </>
  )
}

/** The completion of one scope as status counts, each a link. */
export function RingkasCapaian({
  capaian,
  tautan,
}: {
  capaian: Capaian
  tautan: (status?: StatusCapaian) => string | null
}) {
  const { t } = useTranslation('beranda')
  const labelStatus = useLabelStatus()
  return (
    <dl style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.5rem', margin: 0 }}>
      {[...STATUS_CAPAIAN, 'total' as const].map((s) => (
        <div key={s}>
          <Text component="dt" size="xs" c="dimmed">
            {s === 'total' ? t('capaian.total') : labelStatus(s)}
          </Text>
          <Text component="dd" m={0}>
            <Angka
              nilai={capaian[s]}
              besar
              to={s === 'total' ? tautan() : capaian[s] > 0 ? tautan(s) : null}
              label={s === 'total' ? t('capaian.total') : labelStatus(s)}
            />
          </Text>
        </div>
      ))}
      <div>
        <Text component="dt" size="xs" c="dimmed">
          {t('capaian.persen')}
        </Text>
        <Text component="dd" m={0} fz={28} fw={700}>
          {formatAngka(capaian.persenDisetujui)} %
        </Text>
      </div>
    </dl>
  )
}
