import { Card, Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BerandaAdminNasional } from '../../../../../shared/beranda.ts'
import { CapaianTabel } from './CapaianTabel.tsx'
import { tautan } from './tautan.ts'

/** Every instansi with its SKP completion, the least finished first; a count opens that instansi's list. */
export function AdminNasionalTugas({ a, tahun }: { a: BerandaAdminNasional; tahun: number }) {
  const { t } = useTranslation('beranda')
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="tugas-nasional">
      <Stack gap="sm">
        <Title order={2} size="h4" id="tugas-nasional">
          {t('nasional.judul', { tahun })}
        </Title>
        <CapaianTabel
          baris={a.instansi.map((i) => ({
            id: i.instansiId,
            nama: `${i.nama} (${i.kode})`,
            capaian: i.capaian,
          }))}
          judulKolom={t('nasional.instansi')}
          label={t('nasional.tabel')}
          tautan={(id, status) => tautan.pegawai({ tahun, status, instansiId: id })}
        />
      </Stack>
    </Card>
  )
}
