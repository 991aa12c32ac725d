import { Anchor, Badge, Card, Modal, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImporRun } from '../../../../../shared/impor.ts'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TablePager } from '../../../components/TablePager.tsx'
import { formatWaktu } from '../../../lib/format.ts'
import { useDetailImpor, useRiwayatImpor } from '../api/impor.ts'
import { RingkasanImpor } from './RingkasanImpor.tsx'
import { TabelKesalahan } from './TabelKesalahan.tsx'

const WARNA = { selesai: 'green', ditolak: 'red', divalidasi: 'gray' } as const

function DetailModal({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('impor')
  const detail = useDetailImpor(id)
  return (
    <Modal opened={id !== null} onClose={onClose} title={t('riwayat.detail')} size="xl">
      <QueryState query={detail}>
        {(d) => (
          <Stack gap="md">
            <Text size="sm">
              {d.namaFile} · {t(`jenis.${d.jenis}`)} · {t(`mode.${d.mode}`)} · {formatWaktu(d.createdAt)}
              {d.aktor ? ` · ${d.aktor}` : ''}
            </Text>
            <RingkasanImpor report={d} />
            {d.status === 'selesai' && <RingkasanImpor report={d} hasil />}
            <TabelKesalahan kesalahan={d.kesalahan} />
          </Stack>
        )}
      </QueryState>
    </Modal>
  )
}

function Baris({ run, onLihat }: { run: ImporRun; onLihat: (id: string) => void }) {
  const { t } = useTranslation('impor')
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{formatWaktu(run.createdAt)}</Text>
      </Table.Td>
      <Table.Td>{t(`jenis.${run.jenis}`)}</Table.Td>
      <Table.Td>
        <Anchor component="button" type="button" size="sm" onClick={() => onLihat(run.id)} ta="left">
          {run.namaFile}
        </Anchor>
      </Table.Td>
      <Table.Td>{t(`mode.${run.mode}`)}</Table.Td>
      <Table.Td>
        <Badge color={WARNA[run.status]}>{t(`status.${run.status}`)}</Badge>
      </Table.Td>
      <Table.Td>
        {run.barisValid} / {run.totalBaris}
      </Table.Td>
      <Table.Td>{run.barisDitulis}</Table.Td>
      <Table.Td>{run.aktor ?? '—'}</Table.Td>
    </Table.Tr>
  )
}

/** Past imports of this instansi; a file name opens its full report. */
export function RiwayatImpor({ instansiId }: { instansiId: string }) {
  const { t } = useTranslation('impor')
  const [page, setPage] = useState(1)
  const [lihat, setLihat] = useState<string | null>(null)
  const riwayat = useRiwayatImpor(instansiId, page)
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        {t('riwayat.judul')}
      </Title>
      <QueryState
        query={riwayat}
        isEmpty={(p) => p.items.length === 0}
        empty={<EmptyState message={t('riwayat.kosong')} />}
      >
        {(p) => (
          <>
            <Table.ScrollContainer minWidth={820}>
              <Table verticalSpacing="xs" aria-label={t('riwayat.label')} data-testid="impor-riwayat">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('riwayat.waktu')}</Table.Th>
                    <Table.Th>{t('riwayat.jenis')}</Table.Th>
                    <Table.Th>{t('riwayat.berkas')}</Table.Th>
                    <Table.Th>{t('riwayat.mode')}</Table.Th>
                    <Table.Th>{t('riwayat.status')}</Table.Th>
                    <Table.Th>{t('riwayat.baris')}</Table.Th>
                    <Table.Th>{t('riwayat.ditulis')}</Table.Th>
                    <Table.Th>{t('riwayat.oleh')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.items.map((run) => (
                    <Baris key={run.id} run={run} onLihat={setLihat} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <TablePager page={p.page} pageSize={p.pageSize} total={p.total} onChange={setPage} />
          </>
        )}
      </QueryState>
      <DetailModal id={lihat} onClose={() => setLihat(null)} />
    </Card>
  )
}
