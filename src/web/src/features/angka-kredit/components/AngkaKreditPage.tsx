import { Alert, Group, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { TahunSelect } from '../../../components/TahunSelect.tsx'
import { tahunIni } from '../../../lib/hari-ini.ts'
import { useMe } from '../../../lib/session.tsx'
import { AngkaKreditPanel } from './AngkaKreditPanel.tsx'

/**
 * /angka-kredit — my angka kredit of a year; `?pegawaiId=` opens another pegawai's (an admin from the pegawai
 * detail page, a penilai or head above; the server decides who may read).
 */
export function AngkaKreditPage() {
  const { t } = useTranslation('angka-kredit')
  const me = useMe()
  const [params, setParams] = useSearchParams()
  const tahun = Number(params.get('tahun')) || tahunIni()
  // /admin/pegawai/:id/angka-kredit (an admin), ?pegawaiId= (a penilai or head above), else my own
  const { id } = useParams()
  const pegawaiId = id ?? params.get('pegawaiId') ?? me.pegawai?.id ?? null
  const ubahTahun = (th: number) => {
    const p = new URLSearchParams(params)
    p.set('tahun', String(th))
    setParams(p, { replace: true })
  }
  return (
    <Stack gap="md">
      <PageHeader title={t('judul')} description={t('deskripsi')} />
      <Group>
        <TahunSelect testId="ak-tahun" value={tahun} onChange={ubahTahun} />
      </Group>
      {pegawaiId ? (
        <AngkaKreditPanel pegawaiId={pegawaiId} tahun={tahun} />
      ) : (
        <Alert color="gray">{t('bukanFungsional', { tahun })}</Alert>
      )}
    </Stack>
  )
}
