import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core'
import { IconArrowsExchange } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LABEL_JENIS_PENUGASAN } from '../../../../../domain/labels.ts'
import type { PenugasanView } from '../../../../../shared/pegawai.ts'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { formatTanggal, labelOf } from '../../../lib/format.ts'
import { useRiwayatPenugasan } from '../api/penugasan.ts'
import { AkhiriPenugasanModal } from './AkhiriPenugasanModal.tsx'
import { MutasiModal } from './MutasiModal.tsx'

function Baris({ p, onAkhiri }: { p: PenugasanView; onAkhiri: (p: PenugasanView) => void }) {
  const { t } = useTranslation('pegawai')
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={p.aktif ? 600 : 400}>
          {p.jabatan.nama}
        </Text>
        <Group gap={4}>
          {p.aktif && <Badge color="green">{t('riwayat.aktif')}</Badge>}
          {p.isKepala && <Badge color="blue">{t('riwayat.kepala')}</Badge>}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{p.unor.nama}</Text>
      </Table.Td>
      <Table.Td>
        <Badge color={p.jenis === 'definitif' ? 'gray' : 'orange'}>
          {labelOf(LABEL_JENIS_PENUGASAN[p.jenis])}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatTanggal(p.mulai)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{p.selesai ? formatTanggal(p.selesai) : t('riwayat.berjalan')}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{p.nomorSk ?? '—'}</Text>
      </Table.Td>
      <Table.Td>
        {!p.selesai && (
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => onAkhiri(p)}
            aria-label={`${t('riwayat.akhiri')}: ${p.jabatan.nama}`}
          >
            {t('riwayat.akhiri')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  )
}

/** Assignment history (newest first) with mutasi / Plt / Plh and ending an assignment. */
export function RiwayatSection({ pegawaiId, instansiId }: { pegawaiId: string; instansiId: string }) {
  const { t } = useTranslation('pegawai')
  const riwayat = useRiwayatPenugasan(pegawaiId)
  const [mutasi, setMutasi] = useState(false)
  const [akhiri, setAkhiri] = useState<PenugasanView | null>(null)
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('riwayat.judul')}
        </Title>
        <Button
          size="xs"
          leftSection={<IconArrowsExchange size={14} />}
          onClick={() => setMutasi(true)}
          data-testid="mutasi-tambah"
        >
          {t('riwayat.tambah')}
        </Button>
      </Group>
      <QueryState
        query={riwayat}
        isEmpty={(items) => items.length === 0}
        empty={<EmptyState message={t('riwayat.kosong')} />}
      >
        {(items) => (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" aria-label={t('riwayat.label')} data-testid="riwayat-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('riwayat.jabatan')}</Table.Th>
                  <Table.Th>{t('riwayat.unor')}</Table.Th>
                  <Table.Th>{t('riwayat.jenis')}</Table.Th>
                  <Table.Th>{t('riwayat.mulai')}</Table.Th>
                  <Table.Th>{t('riwayat.selesai')}</Table.Th>
                  <Table.Th>{t('riwayat.nomorSk')}</Table.Th>
                  <Table.Th>
                    <Text span size="sm" fw={700}>
                      {t('riwayat.akhiri')}
                    </Text>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((p) => (
                  <Baris key={p.id} p={p} onAkhiri={setAkhiri} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <MutasiModal
        opened={mutasi}
        pegawaiId={pegawaiId}
        instansiId={instansiId}
        onClose={() => setMutasi(false)}
      />
      <AkhiriPenugasanModal penugasan={akhiri} onClose={() => setAkhiri(null)} />
    </Card>
  )
}
