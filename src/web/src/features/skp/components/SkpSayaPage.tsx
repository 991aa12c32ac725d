import { Alert, Button, Group, Stack } from '@mantine/core'
import { IconCopy, IconInfoCircle, IconLock, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { formatTanggal } from '../../../lib/format.ts'
import { useMe } from '../../../lib/session.tsx'
import { useSkpTahunSaya, useTahunSaya } from '../api/skp.ts'
import { useTahun } from '../hooks/use-tahun.ts'
import { BuatSkpModal } from './BuatSkpModal.tsx'
import { SalinSkpModal } from './SalinSkpModal.tsx'
import { SkpDaftar } from './SkpDaftar.tsx'
import { TahunSelect } from '../../../components/TahunSelect.tsx'

/** The year's SKP deadline (the defaults' when nobody opened it), or that the year is closed. */
function InfoTahun({ tahun, ditutup }: { tahun: number; ditutup: boolean }) {
  const { t } = useTranslation('skp')
  const info = useTahunSaya(tahun, true)
  if (ditutup) {
    return (
      <Alert
        color="yellow"
        icon={<IconLock size={18} />}
        title={t('saya.ditutupJudul', { tahun })}
        data-testid="skp-tahun-ditutup"
      >
        {t('saya.ditutup', { tahun })}
      </Alert>
    )
  }
  if (!info.data) return null
  const tanggal = formatTanggal(info.data.pengaturan.batasSkp)
  return (
    <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} data-testid="skp-tahun-batas">
      {info.data.dibuka ? t('saya.batas', { tahun, tanggal }) : t('saya.bawaan', { tahun, tanggal })}
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
  const list = useSkpTahunSaya(tahun, punyaPegawai)
  // offered only for an assignment of the year without an SKP, never in a closed year (the server says)
  const tanpaSkp = list.data?.tanpaSkp ?? []
  const ditutup = list.data?.tahunDitutup ?? false
  const bisaBuat = tanpaSkp.length > 0 && !ditutup
  const actions = punyaPegawai && bisaBuat && (
    <>
      <Button
        variant="default"
        leftSection={<IconCopy size={16} />}
        onClick={() => setDialog('salin')}
        data-testid="skp-salin"
      >
        {t('saya.salin')}
      </Button>
      <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog('buat')} data-testid="skp-buat">
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
          <InfoTahun tahun={tahun} ditutup={ditutup} />
          <QueryState
            query={list}
            isEmpty={(d) => d.items.length === 0}
            empty={
              <EmptyState
                message={`${t('saya.kosong', { tahun })} ${bisaBuat ? t('saya.kosongBantuan') : ''}`}
              />
            }
          >
            {(d) => <SkpDaftar tahun={tahun} items={d.items} />}
          </QueryState>
          <BuatSkpModal
            tahun={tahun}
            penugasan={tanpaSkp}
            opened={dialog === 'buat'}
            onClose={() => setDialog(null)}
          />
          <SalinSkpModal tahun={tahun} opened={dialog === 'salin'} onClose={() => setDialog(null)} />
        </>
      )}
    </Stack>
  )
}
