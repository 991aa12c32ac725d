import { Anchor, Badge, Button, Card, Group, Stack, Switch, Text } from '@mantine/core'
import { IconChecks } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { NotifikasiView } from '../../../../../shared/notifikasi.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TablePager } from '../../../components/TablePager.tsx'
import { formatAngka, formatWaktu } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useBaca, useBacaSemua, useNotifikasi } from '../api/notifikasi.ts'
import { teksNotifikasi } from './teks-notifikasi.ts'

const PAGE_SIZE = 20

/** One notification: new (unread, open), read, or done (the matter settled, shown dimmed). */
export function NotifikasiItem({ n }: { n: NotifikasiView }) {
  const { t } = useTranslation('notifikasi')
  const baca = useBaca()
  const tandai = () => !n.dibaca && baca.mutate(n.id, { onError: notifyError })
  const { judul, isi } = teksNotifikasi(t, n)
  // New = neither read nor done; a done one (the SKP approved, returned, …) needs nothing more.
  const baru = !n.dibaca && !n.selesai
  return (
    <Card
      withBorder
      padding="sm"
      component="li"
      style={baru ? { borderLeft: '4px solid var(--mantine-color-blue-6)' } : undefined}
      data-testid="notifikasi-item"
      data-dibaca={n.dibaca}
      data-selesai={n.selesai}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2} style={{ flex: 1 }}>
          <Group gap="xs">
            <Text fw={baru ? 700 : 500} size="sm" c={n.selesai ? 'dimmed' : undefined}>
              {judul}
            </Text>
            {baru && (
              <Badge size="xs" color="blue">
                {t('baru')}
              </Badge>
            )}
            {n.selesai && (
              <Badge
                size="xs"
                color="green"
                variant="light"
                title={t('selesaiPada', { waktu: formatWaktu(n.selesaiAt) })}
              >
                {t('selesai')}
              </Badge>
            )}
          </Group>
          {isi && (
            <Text size="sm" c={n.selesai ? 'dimmed' : undefined}>
              {isi}
            </Text>
          )}
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
          {baru && (
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

/** In-app notifications in the reader's language: list, mark one or all as read, follow the link. */
export function NotifikasiPage() {
  const { t } = useTranslation('notifikasi')
  const [belumDibaca, setBelumDibaca] = useState(false)
  const [page, setPage] = useState(1)
  const list = useNotifikasi({ belumDibaca, page, pageSize: PAGE_SIZE })
  const bacaSemua = useBacaSemua()
  const tandaiSemua = () =>
    bacaSemua.mutate(undefined, {
      onSuccess: (r) => notifySuccess(t('bacaSemuaSukses', { jumlah: formatAngka(r.jumlah) })),
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
                <NotifikasiItem key={n.id} n={n} />
              ))}
            </Stack>
            <TablePager page={d.page} pageSize={d.pageSize} total={d.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  )
}
