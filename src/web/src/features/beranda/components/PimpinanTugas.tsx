import { Card, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BerandaPimpinan } from '../../../../../shared/beranda.ts'
import { CapaianTabel, RingkasCapaian } from './CapaianTabel.tsx'
import { tautan } from './tautan.ts'

/**
 * Completion of the SKP in the pimpinan's subtree, by unit. Each count opens the list of exactly those
 * pegawai: the admin's pegawai list for a pimpinan who is also an admin, else the read-only unit list.
 */
export function PimpinanTugas({
  p,
  tahun,
  bolehDaftar,
}: {
  p: BerandaPimpinan
  tahun: number
  bolehDaftar: boolean
}) {
  const { t } = useTranslation('beranda')
  const akar = p.akar.map((a) => a.nama).join(', ')
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="tugas-pimpinan">
      <Stack gap="sm">
        <Title order={2} size="h4" id="tugas-pimpinan">
          {t('pimpinan.judul', { tahun })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('pimpinan.lingkup', { unit: akar })}
        </Text>
        <RingkasCapaian capaian={p.total} tautan={() => null} />
        <Title order={3} size="h5">
          {t('pimpinan.perUnit')}
        </Title>
        <CapaianTabel
          baris={p.unit.map((u) => ({ id: u.unorId, nama: u.nama, capaian: u.capaian }))}
          judulKolom={t('capaian.unit')}
          label={t('pimpinan.tabel')}
          tautan={(id, status) =>
            bolehDaftar
              ? tautan.pegawai({ tahun, status, unorId: id })
              : tautan.pegawaiUnit({ tahun, status, unorId: id })
          }
        />
      </Stack>
    </Card>
  )
}
