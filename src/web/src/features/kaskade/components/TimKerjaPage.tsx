import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { tahunIni } from '../../../lib/hari-ini.ts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import type { TimKerjaRingkas } from '../../../../../shared/kaskade.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TablePager } from '../../../components/TablePager.tsx'
import { hasRole, useMe } from '../../../lib/session.tsx'
import { useTimKerjaList } from '../api/tim-kerja.ts'
import { TahunSelect } from '../../../components/TahunSelect.tsx'
import { TimKerjaFormModal } from './TimKerjaFormModal.tsx'

function KartuTim({ tim }: { tim: TimKerjaRingkas }) {
  const { t } = useTranslation('kaskade')
  return (
    <Card withBorder padding="md" component="li" data-testid="tim-item">
      <Stack gap={4}>
        <Anchor component={Link} to={`/tim-kerja/${tim.id}`} fw={600}>
          {tim.nama}
        </Anchor>
        {tim.deskripsi && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {tim.deskripsi}
          </Text>
        )}
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            {t('tim.ketua')}:{' '}
          </Text>
          {tim.ketua.nama}
        </Text>
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            {t('tim.rhk')}:{' '}
          </Text>
          {tim.rhk?.deskripsi ?? t('tim.tanpaRhk')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('tim.jumlahAnggota', { jumlah: tim.jumlahAnggota })}
        </Text>
      </Stack>
    </Card>
  )
}

/** Tim Kerja: the teams I form, lead or belong to in a year; atasan and admins create new ones. */
export function TimKerjaPage() {
  const { t } = useTranslation('kaskade')
  const me = useMe()
  const [params, setParams] = useSearchParams()
  const tahun = Number(params.get('tahun')) || tahunIni()
  const [page, setPage] = useState(1)
  const [buat, setBuat] = useState(false)
  const list = useTimKerjaList(tahun, page)
  const bolehBuat = hasRole(me, ['atasan', 'admin_instansi'])
  const aksi = bolehBuat && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setBuat(true)} data-testid="tim-buat">
      {t('tim.buat')}
    </Button>
  )
  return (
    <Stack gap="md">
      <PageHeader title={t('tim.judul')} description={t('tim.deskripsi')} actions={aksi} />
      <Group>
        <TahunSelect
          testId="kaskade-tahun"
          value={tahun}
          onChange={(th) => {
            setParams({ tahun: String(th) }, { replace: true })
            setPage(1)
          }}
        />
      </Group>
      <QueryState
        query={list}
        isEmpty={(p) => p.items.length === 0}
        empty={<EmptyState message={t('tim.kosong', { tahun })} />}
      >
        {(p) => (
          <>
            <SimpleGrid
              cols={{ base: 1, md: 2 }}
              spacing="md"
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label={t('tim.daftar')}
            >
              {p.items.map((tim) => (
                <KartuTim key={tim.id} tim={tim} />
              ))}
            </SimpleGrid>
            <TablePager page={p.page} pageSize={p.pageSize} total={p.total} onChange={setPage} />
          </>
        )}
      </QueryState>
      <TimKerjaFormModal opened={buat} tahun={tahun} tim={null} onClose={() => setBuat(false)} />
    </Stack>
  )
}
