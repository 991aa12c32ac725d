import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import type { DialogRingkas } from '../../../../../shared/dialog-kinerja.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TahunSelect } from '../../../components/TahunSelect.tsx'
import { formatTanggal } from '../../../lib/format.ts'
import { tahunIni } from '../../../lib/hari-ini.ts'
import { hasRole, useMe } from '../../../lib/session.tsx'
import { useDaftarDialog } from '../api/dialog-kinerja.ts'
import { DialogBuatModal } from './DialogBuatModal.tsx'
import { StatusDialogBadge } from './StatusDialogBadge.tsx'

function KartuDialog({ d }: { d: DialogRingkas }) {
  const { t } = useTranslation('dialog-kinerja')
  const lawan = d.peran === 'pegawai' ? d.atasan?.nama : d.pegawai.nama
  return (
    <Card withBorder padding="sm" component="li" data-testid="dialog-item">
      <Stack gap={4}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Anchor component={Link} to={`/dialog-kinerja/${d.id}`} fw={600}>
            {t(`jenis.${d.jenis}`)} · {formatTanggal(d.tanggal)}
          </Anchor>
          <Group gap={4}>
            {d.menunggu && (
              <Badge color="orange" data-testid="dialog-menunggu">
                {t('menunggu')}
              </Badge>
            )}
            <StatusDialogBadge status={d.status} />
          </Group>
        </Group>
        <Text size="sm" lineClamp={2}>
          {d.topik}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`peran.${d.peran}`)}
          {lawan ? ` · ${lawan}` : ''}
        </Text>
      </Stack>
    </Card>
  )
}

/** The dialogs I take part in, in a year: what waits for me first (the server orders them). */
export function DialogKinerjaPage() {
  const { t } = useTranslation('dialog-kinerja')
  const me = useMe()
  const [params, setParams] = useSearchParams()
  const tahun = Number(params.get('tahun')) || tahunIni()
  const [buat, setBuat] = useState(false)
  const daftar = useDaftarDialog(tahun)
  const aksi = hasRole(me, ['atasan']) && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setBuat(true)} data-testid="dialog-buat">
      {t('buat')}
    </Button>
  )
  return (
    <Stack gap="md">
      <PageHeader title={t('judul')} description={t('deskripsi')} actions={aksi} />
      <Group>
        <TahunSelect
          testId="dialog-tahun"
          value={tahun}
          onChange={(th) => setParams({ tahun: String(th) }, { replace: true })}
        />
      </Group>
      <QueryState
        query={daftar}
        isEmpty={(d) => d.items.length === 0}
        empty={<EmptyState message={t('kosong', { tahun })} />}
      >
        {(d) => (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('daftar')}>
            {d.items.map((x) => (
              <KartuDialog key={x.id} d={x} />
            ))}
          </Stack>
        )}
      </QueryState>
      <DialogBuatModal opened={buat} tahun={tahun} onClose={() => setBuat(false)} />
    </Stack>
  )
}
