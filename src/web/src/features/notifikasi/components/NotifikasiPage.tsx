import { Anchor, Badge, Button, Card, Group, Stack, Switch, Text } from '@mantine/core'
import { IconChecks } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { NotifikasiView } from '../../../../../shared/notifikasi.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TablePager } from '../../../components/TablePager.tsx'
import { formatWaktu } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useBaca, useBacaSemua, useNotifikasi } from '../api/notifikasi.ts'

const PAGE_SIZE = 20

function Item({ n }: { n: NotifikasiView }) {
  const { t } = useTranslation('notifikasi')
  const baca = useBaca()
  const tandai = () => !n.dibaca && baca.mutate(n.id, { onError: notifyError })
  return (
    <Card
      withBorder
      padding="sm"
      component="li"
      style={n.dibaca ? undefined : { borderLeft: '4px solid var(--mantine-color-blue-6)' }}
      data-testid="notifikasi-item"
      data-dibaca={n.dibaca}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2} style={{ flex: 1 }}>
          <Group gap="xs">
            <Text fw={n.dibaca ? 500 : 700} size="sm">
              {n.judul}
            </Text>
            {!n.dibaca && (
              <Badge size="xs" color="blue">
                {t('baru')}
              </Badge>
            )}
          </Group>
          {n.isi && <Text size="sm">{n.isi}</Text>}
          <Text size="xs" c="dimmed">
            {formatWaktu(n.createdAt)}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end">
          {n.tautan && (
            <Anchor component={Link} to={n.tautan} size="sm" onClick={tandai} data-testid="notifikasi-buka">
              {t('buka')}
            </Anchor>
          )}
          {!n.dibaca && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={tandai}
              loading={baca.isPending}
              data-testid="notifikasi-baca"
            >
              {t('baca')}
            </Button>
          )}
        </Stack>
      </Group>
    </Card>
  )
}

/** In-app notifications: list, mark one or all as read, follow the link to the SKP. */
export function NotifikasiPage() {
  const { t } = useTranslation('notifikasi')
  const [belumDibaca, setBelumDibaca] = useState(false)
  const [page, setPage] = useState(1)
  const list = useNotifikasi({ belumDibaca, page, pageSize: PAGE_SIZE })
  const bacaSemua = useBacaSemua()
  const tandaiSemua = () =>
    bacaSemua.mutate(undefined, {
      onSuccess: (r) => notifySuccess(t('bacaSemuaSukses', { jumlah: r.jumlah })),
      onError: notifyError,
    })
  const aksi = (
    <Button
      variant="default"
      leftSection={<IconChecks size={16} />}
      onClick={tandaiSemua}
      loading={bacaSemua.isPending}
      disabled={!list.data?.jumlahBelumDibaca}
      data-testid="notifikasi-baca-semua"
    >
      {t('bacaSemua')}
    </Button>
  )
  return (
    <>
      <PageHeader title={t('judul')} description={t('deskripsi')} actions={aksi} />
      <Switch
        label={t('belumDibaca')}
        checked={belumDibaca}
        onChange={(e) => {
          setBelumDibaca(e.currentTarget.checked)
          setPage(1)
        }}
        mb="md"
      />
      <QueryState
        query={list}
        isEmpty={(d) => d.items.length === 0}
        empty={<EmptyState message={t(belumDibaca ? 'kosongBelumDibaca' : 'kosong')} />}
      >
        {(d) => (
          <>
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('daftar')}>
              {d.items.map((n) => (
                <Item key={n.id} n={n} />
              ))}
            </Stack>
            <TablePager page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  )
}
