import { Anchor, Button, Card, Divider, Group, Stack, Text } from '@mantine/core'
import { IconPrinter } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { DialogDetail } from '../../../../../shared/dialog-kinerja.ts'
import { InfoList } from '../../../components/InfoList.tsx'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { QueryState } from '../../../components/QueryState.tsx'
import { formatTanggal } from '../../../lib/format.ts'
import { useDialog } from '../api/dialog-kinerja.ts'
import { DialogLangkahModal, type Langkah } from './DialogLangkahModal.tsx'
import { FormB18 } from './FormB18.tsx'
import { FormB19 } from './FormB19.tsx'
import { StatusDialogBadge } from './StatusDialogBadge.tsx'
import css from './dialog.module.css'

function Isi({ d }: { d: DialogDetail }) {
  const { t } = useTranslation('dialog-kinerja')
  const [langkah, setLangkah] = useState<Langkah | null>(null)
  const aksi = (
    <Group gap="xs" className={css.tanpaCetak}>
      {d.aksi.selesaikan && (
        <Button onClick={() => setLangkah('selesai')} data-testid="dialog-selesaikan">
          {t('selesaikan')}
        </Button>
      )}
      {d.aksi.ubah && (
        <Button variant="default" onClick={() => setLangkah('ubah')} data-testid="dialog-ubah">
          {t('ubah')}
        </Button>
      )}
      {d.aksi.batalkan && (
        <Button
          variant="default"
          color="red"
          onClick={() => setLangkah('batal')}
          data-testid="dialog-batalkan"
        >
          {t('batalkan')}
        </Button>
      )}
      <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
        {t('cetak')}
      </Button>
    </Group>
  )
  const baris = [
    { label: t('pegawai'), value: d.pegawai.nama },
    { label: t('atasan'), value: d.atasan?.nama ?? '—' },
    { label: t('jenis.label'), value: t(`jenis.${d.jenis}`) },
    { label: t('tanggal'), value: formatTanggal(d.tanggal) },
    { label: t('topik'), value: <Text style={{ whiteSpace: 'pre-wrap' }}>{d.topik}</Text> },
    ...(d.tindakLanjut
      ? [
          {
            label: t('tindakLanjut'),
            value: <Text style={{ whiteSpace: 'pre-wrap' }}>{d.tindakLanjut}</Text>,
          },
        ]
      : []),
    ...(d.tanggalTindakLanjut
      ? [{ label: t('tanggalTindakLanjut'), value: formatTanggal(d.tanggalTindakLanjut) }]
      : []),
    ...(d.alasanBatal ? [{ label: t('alasanBatal'), value: d.alasanBatal }] : []),
  ]
  return (
    <Stack gap="md">
      <PageHeader title={`${t('judul')} · ${t(`jenis.${d.jenis}`)}`} actions={aksi} />
      <Group gap="xs">
        <StatusDialogBadge status={d.status} />
        <Text size="sm" c="dimmed">
          {t(`peran.${d.peran}`)}
        </Text>
      </Group>
      <Card withBorder padding="md">
        <InfoList items={baris} />
      </Card>
      {d.status === 'selesai' && (
        <Card withBorder padding="md">
          {d.jenis === 'bimbingan' ? (
            <Stack gap="md">
              <FormB18 d={d} />
              <Divider />
              <FormB19 d={d} />
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t('tanpaFormulir')}
            </Text>
          )}
        </Card>
      )}
      <Anchor component={Link} to="/dialog-kinerja" size="sm" className={css.tanpaCetak}>
        {t('kembali')}
      </Anchor>
      <DialogLangkahModal d={d} langkah={langkah} onClose={() => setLangkah(null)} />
    </Stack>
  )
}

/** One dialog kinerja: the session, the atasan's steps, Format B.1.8 and B.1.9; printable from the browser. */
export function DialogDetailPage() {
  const { id = '' } = useParams()
  const dialog = useDialog(id)
  return <QueryState query={dialog}>{(d) => <Isi d={d} />}</QueryState>
}
