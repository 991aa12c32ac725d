import { Alert, Button, Group, List, Stack } from '@mantine/core'
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { useMe } from '../../../lib/session.tsx'
import { urlBundel, urlXlsx, useRiwayat } from '../api/riwayat.ts'
import { TahunRiwayat } from './TahunRiwayat.tsx'

/**
 * Riwayat kinerja (DOMAIN §7): /riwayat is one's own, /riwayat/:pegawaiId a subordinate's (heads above,
 * admins; the server decides). Newest year first; what needs attention (a final evaluation not yet
 * acknowledged, an objection in progress) on top.
 */
export function RiwayatPage() {
  const { t } = useTranslation('riwayat')
  const me = useMe()
  const { pegawaiId: dariUrl } = useParams()
  const pegawaiId = dariUrl ?? me.pegawai?.id
  const riwayat = useRiwayat(pegawaiId)
  const sendiri = !dariUrl || dariUrl === me.pegawai?.id
  const nama = riwayat.data?.pegawai.nama
  const aksi = pegawaiId && (
    <Group gap="xs">
      <Button
        component="a"
        href={urlXlsx(pegawaiId)}
        download
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} />}
        data-testid="riwayat-xlsx"
      >
        {t('unduhXlsx')}
      </Button>
      <Button
        component="a"
        href={urlBundel(pegawaiId)}
        download
        variant="default"
        leftSection={<IconDownload size={16} />}
        data-testid="riwayat-bundel"
      >
        {t('unduhBundel')}
      </Button>
    </Group>
  )
  return (
    <Stack gap="md">
      <PageHeader
        title={!sendiri && nama ? t('judulPegawai', { nama }) : t('judul')}
        description={t('deskripsi')}
        actions={aksi}
      />
      {!pegawaiId ? (
        <EmptyState message={t('kosong')} />
      ) : (
        <QueryState
          query={riwayat}
          isEmpty={(d) => d.tahun.length === 0}
          empty={<EmptyState message={t('kosong')} />}
        >
          {(d) => {
            const menunggu = d.tahun.flatMap((y) => y.evaluasi).filter((e) => e.status === 'final').length
            const berjalan = d.tahun.flatMap((y) => y.keberatan).filter((k) => k.status === 'diajukan').length
            return (
              <Stack gap="md">
                {(menunggu > 0 || berjalan > 0) && (
                  <Alert color="orange" title={t('perhatian')} data-testid="riwayat-perhatian">
                    <List size="sm">
                      {menunggu > 0 && <List.Item>{t('menungguDiterima', { n: menunggu })}</List.Item>}
                      {berjalan > 0 && <List.Item>{t('keberatanBerjalan', { n: berjalan })}</List.Item>}
                    </List>
                  </Alert>
                )}
                {d.tahun.map((y) => (
                  <TahunRiwayat key={y.tahun} y={y} />
                ))}
              </Stack>
            )
          }}
        </QueryState>
      )}
    </Stack>
  )
}
