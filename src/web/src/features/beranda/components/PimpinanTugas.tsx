import { Card, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BerandaPimpinan } from '../../../../../shared/beranda.ts'
import { CapaianTabel, RingkasCapaian } from './CapaianTabel.tsx'
import { tautan } from './tautan.ts'

/**
 * Completion of the SKP in the pimpinan's subtree, by unit. The per-person lists are admin pages today, so
 * the counts link only for a pimpinan who is also an admin.
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
          tautan={(id, status) => (bolehDaftar ? tautan.pegawai({ tahun, status, unorId: id }) : null)}
        />
        {!bolehDaftar && (
          <Text size="xs" c="dimmed">
            {t('pimpinan.tanpaDaftar')}
          </Text>
        )}
      </Stack>
    </Card>
  )
}
