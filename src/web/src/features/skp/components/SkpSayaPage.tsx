import { Alert, Button, Group, Stack } from '@mantine/core'
import { IconCopy, IconInfoCircle, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { formatTanggal } from '../../../lib/format.ts'
import { useMe } from '../../../lib/session.tsx'
import { useSkpList, useTahunSaya } from '../api/skp.ts'
import { useTahun } from '../hooks/use-tahun.ts'
import { BuatSkpModal } from './BuatSkpModal.tsx'
import { SalinSkpModal } from './SalinSkpModal.tsx'
import { SkpDaftar } from './SkpDaftar.tsx'
import { TahunSelect } from '../../../components/TahunSelect.tsx'

/** Whether the admin has opened the year, and its SKP deadline. */
function InfoTahun({ tahun }: { tahun: number }) {
  const { t } = useTranslation('skp')
  const info = useTahunSaya(tahun, true)
  if (!info.data) return null
  if (!info.data.dibuka) {
    return (
      <Alert
        color="yellow"
        icon={<IconInfoCircle size={18} />}
        title={t('saya.belumDibukaJudul', { tahun })}
        data-testid="skp-tahun-belum-dibuka"
      >
        {t('saya.belumDibuka', { tahun })}
      </Alert>
    )
  }
  return (
    <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
      {t('saya.batas', { tahun, tanggal: formatTanggal(info.data.pengaturan.batasSkp) })}
    </Alert>
  )
}

/** SKP Saya: my SKPs of a year, create one, or copy last year's. */
export function SkpSayaPage() {
  const { t } = useTranslation('skp')
  const me = useMe()
  const { tahun, setTahun, params } = useTahun()
  const [dialog, setDialog] = useState<'buat' | 'salin' | null>(null)
  const punyaPegawai = Boolean(me.pegawai)
  const list = useSkpList(tahun, punyaPegawai)
  const dibuka = useTahunSaya(tahun, punyaPegawai).data?.dibuka !== false
  const actions = punyaPegawai && (
    <>
      <Button
        variant="default"
        leftSection={<IconCopy size={16} />}
        onClick={() => setDialog('salin')}
        disabled={!dibuka}
        data-testid="skp-salin"
      >
        {t('saya.salin')}
      </Button>
      <Button
        leftSection={<IconPlus size={16} />}
        onClick={() => setDialog('buat')}
        disabled={!dibuka}
        data-testid="skp-buat"
      >
        {t('saya.buat')}
      </Button>
    </>
  )
  return (
    <Stack gap="md">
      <PageHeader title={t('saya.judul')} description={t('saya.deskripsi')} actions={actions} />
      <Group>
        <TahunSelect value={tahun} onChange={setTahun} testId="skp-tahun" />
      </Group>
      {!punyaPegawai ? (
        <EmptyState message={t('saya.tanpaPegawai')} />
      ) : (
        <>
          {params.get('bawahan') && (
            <Alert color="orange" icon={<IconInfoCircle size={18} />}>
              {t('saya.bawahanMenunggu', { tahun })}
            </Alert>
          )}
          <InfoTahun tahun={tahun} />
          <QueryState
            query={list}
            isEmpty={(items) => items.length === 0}
            empty={
              <EmptyState
                message={`${t('saya.kosong', { tahun })} ${dibuka ? t('saya.kosongBantuan') : ''}`}
              />
            }
          >
            {(items) => <SkpDaftar tahun={tahun} items={items} />}
          </QueryState>
          <BuatSkpModal tahun={tahun} opened={dialog === 'buat'} onClose={() => setDialog(null)} />
          <SalinSkpModal tahun={tahun} opened={dialog === 'salin'} onClose={() => setDialog(null)} />
        </>
      )}
    </Stack>
  )
}
