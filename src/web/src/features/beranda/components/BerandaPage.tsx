import { Card, Stack, Text } from '@mantine/core'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { QueryState } from '../../../components/QueryState.tsx'
import { formatTanggal, hariIni } from '../../../lib/format.ts'
import { isAdmin, useMe } from '../../../lib/session.tsx'
import { useBeranda } from '../api/beranda.ts'
import { AdminInstansiTugas } from './AdminInstansiTugas.tsx'
import { AdminNasionalTugas } from './AdminNasionalTugas.tsx'
import { AdminRingkasan } from './AdminRingkasan.tsx'
import { AtasanTugas } from './AtasanTugas.tsx'
import { DataSayaCard } from './DataSayaCard.tsx'
import { PimpinanTugas } from './PimpinanTugas.tsx'
import { SkpSayaTugas } from './SkpSayaTugas.tsx'

function salamKey(hour: number) {
  if (hour < 11) return 'salam.pagi'
  if (hour < 15) return 'salam.siang'
  if (hour < 18) return 'salam.sore'
  return 'salam.malam'
}

/** What each of my roles needs to do now, as the server computed it (GET /beranda). */
function DaftarTugas() {
  const { t } = useTranslation('beranda')
  const me = useMe()
  const beranda = useBeranda()
  return (
    <QueryState query={beranda}>
      {(b) => (
        <Stack gap="lg">
          {b.pegawai && <SkpSayaTugas p={b.pegawai} tahun={b.tahun} />}
          {b.atasan && <AtasanTugas a={b.atasan} tahun={b.tahun} />}
          {b.pimpinan && <PimpinanTugas p={b.pimpinan} tahun={b.tahun} bolehDaftar={isAdmin(me)} />}
          {b.adminInstansi && <AdminInstansiTugas a={b.adminInstansi} tahun={b.tahun} />}
          {b.adminNasional && <AdminNasionalTugas a={b.adminNasional} tahun={b.tahun} />}
          {!b.pegawai && !b.adminInstansi && !b.adminNasional && (
            <Card withBorder>
              <Text c="dimmed" size="sm">
                {t('bukanPegawai')}
              </Text>
            </Card>
          )}
        </Stack>
      )}
    </QueryState>
  )
}

/**
 * Beranda: the to-do list per role first, then my data and assessor and the unit summary. The quick links
 * that repeated the menu are gone: every link here leads to something to do.
 */
export function BerandaPage() {
  const { t } = useTranslation('beranda')
  const me = useMe()
  return (
    <Stack gap="lg">
      <PageHeader
        title={t(salamKey(dayjs().hour()), { nama: me.pegawai?.nama ?? me.akun.nama })}
        description={t('hariIni', { tanggal: formatTanggal(hariIni()) })}
      />
      <DaftarTugas />
      {me.pegawai && <DataSayaCard pegawaiId={me.pegawai.id} />}
      {isAdmin(me) && <AdminRingkasan />}
    </Stack>
  )
}
