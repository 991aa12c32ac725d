import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { formatTanggal, hariIni } from '../../../lib/format.ts'
import { isAdmin, useMe } from '../../../lib/session.tsx'
import { AdminRingkasan } from './AdminRingkasan.tsx'
import { DataSayaCard } from './DataSayaCard.tsx'
import { Pintasan } from './Pintasan.tsx'

function salamKey(hour: number) {
  if (hour < 11) return 'salam.pagi'
  if (hour < 15) return 'salam.siang'
  if (hour < 18) return 'salam.sore'
  return 'salam.malam'
}

/** Dashboard: greeting, own data and assessor, admin summary, quick links. */
export function BerandaPage() {
  const { t } = useTranslation('beranda')
  const me = useMe()
  return (
    <Stack gap="lg">
      <PageHeader
        title={t(salamKey(dayjs().hour()), { nama: me.pegawai?.nama ?? me.akun.nama })}
        description={t('hariIni', { tanggal: formatTanggal(hariIni()) })}
      />
      {me.pegawai ? (
        <DataSayaCard pegawaiId={me.pegawai.id} />
      ) : (
        <Card withBorder>
          <Text c="dimmed" size="sm">
            {t('bukanPegawai')}
          </Text>
        </Card>
      )}
      {isAdmin(me) && <AdminRingkasan />}
      <section aria-labelledby="pintasan-judul">
        <Title order={2} size="h4" mb="sm" id="pintasan-judul">
          {t('pintasan')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          <Pintasan />
        </SimpleGrid>
      </section>
    </Stack>
  )
}
