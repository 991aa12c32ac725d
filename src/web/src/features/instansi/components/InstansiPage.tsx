import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Modal,
  Select,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconCheck, IconPencil, IconPlus, IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { InstansiView } from '../../../../../shared/organisasi.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TablePager } from '../../../components/TablePager.tsx'
import { useInstansiAktif } from '../../../lib/instansi-aktif.tsx'
import { useMe } from '../../../lib/session.tsx'
import { useInstansi, useInstansiList } from '../api/instansi.ts'
import { InstansiForm } from './InstansiForm.tsx'

type Dialog = { mode: 'tambah' } | { mode: 'ubah'; instansi: InstansiView } | null

function Baris({ i, onUbah }: { i: InstansiView; onUbah: () => void }) {
  const { t } = useTranslation('instansi')
  const { t: tc } = useTranslation()
  const { instansiId, setInstansiId } = useInstansiAktif()
  const aktif = instansiId === i.id
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {i.kode}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {i.nama}
        </Text>
      </Table.Td>
      <Table.Td>{tc(`enum.jenisInstansi.${i.jenis}`)}</Table.Td>
      <Table.Td>{i.lokasi ?? '—'}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {aktif ? (
            <Badge color="green" leftSection={<IconCheck size={12} />}>
              {t('tabel.aktif')}
            </Badge>
          ) : (
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => setInstansiId(i.id)}
              aria-label={t('tabel.pilihLabel', { nama: i.nama })}
            >
              {t('tabel.pilih')}
            </Button>
          )}
          <Tooltip label={t('tabel.ubahLabel', { nama: i.nama })}>
            <ActionIcon variant="subtle" onClick={onUbah} aria-label={t('tabel.ubahLabel', { nama: i.nama })}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}

/** National admin: every instansi, search, add, edit, choose the one the admin pages work in. */
function DaftarInstansi() {
  const { t } = useTranslation('instansi')
  const { t: tc } = useTranslation()
  const [q, setQ] = useState('')
  const [jenis, setJenis] = useState<string | null>(null)
  const [page, setPage] = useState(1)
  const [cari] = useDebouncedValue(q.trim(), 350)
  const [dialog, setDialog] = useState<Dialog>(null)
  const list = useInstansiList(cari, jenis, page)
  return (
    <>
      <PageHeader
        title={t('judul')}
        description={t('deskripsiNasional')}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setDialog({ mode: 'tambah' })}
            data-testid="instansi-tambah"
          >
            {t('tambah')}
          </Button>
        }
      />
      <Card withBorder padding="md">
        <Grid gap="sm" mb="md" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              label={t('cari')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={q}
              onChange={(e) => {
                setQ(e.currentTarget.value)
                setPage(1)
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label={t('jenisFilter')}
              clearable
              placeholder={t('semua')}
              value={jenis}
              onChange={(v) => {
                setJenis(v)
                setPage(1)
              }}
              data={(['pusat', 'daerah'] as const).map((j) => ({
                value: j,
                label: tc(`enum.jenisInstansi.${j}`),
              }))}
            />
          </Grid.Col>
        </Grid>
        <QueryState
          query={list}
          isEmpty={(p) => p.items.length === 0}
          empty={<EmptyState message={cari ? tc('status.tidakDitemukan') : t('tabel.kosong')} />}
        >
          {(p) => (
            <>
              <Table.ScrollContainer minWidth={720}>
                <Table
                  striped
                  verticalSpacing="xs"
                  aria-label={t('tabel.label')}
                  data-testid="instansi-table"
                >
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('tabel.kode')}</Table.Th>
                      <Table.Th>{t('tabel.nama')}</Table.Th>
                      <Table.Th>{t('tabel.jenis')}</Table.Th>
                      <Table.Th>{t('tabel.lokasi')}</Table.Th>
                      <Table.Th>{t('tabel.aksi')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {p.items.map((i) => (
                      <Baris key={i.id} i={i} onUbah={() => setDialog({ mode: 'ubah', instansi: i })} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <TablePager page={p.page} pageSize={p.pageSize} total={p.total} onChange={setPage} />
            </>
          )}
        </QueryState>
      </Card>
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog?.mode === 'ubah' ? t('form.judulUbah') : t('form.judulTambah')}
        size="lg"
      >
        {dialog && (
          <InstansiForm
            key={dialog.mode === 'ubah' ? dialog.instansi.id : 'baru'}
            instansi={dialog.mode === 'ubah' ? dialog.instansi : undefined}
            onDone={() => setDialog(null)}
            onCancel={() => setDialog(null)}
          />
        )}
      </Modal>
    </>
  )
}

/** Agency admin: their own instansi's details, editable. */
function InstansiSaya({ id }: { id: string }) {
  const { t } = useTranslation('instansi')
  const instansi = useInstansi(id)
  return (
    <>
      <PageHeader title={t('judul')} description={t('deskripsiInstansi')} />
      <Card withBorder padding="lg" maw={760}>
        <Title order={2} size="h4" mb="md">
          {t('profil')}
        </Title>
        <QueryState query={instansi}>{(i) => <InstansiForm key={i.id} instansi={i} />}</QueryState>
      </Card>
    </>
  )
}

export function InstansiPage() {
  const me = useMe()
  if (me.peran.includes('admin_nasional')) return <DaftarInstansi />
  return me.instansi ? <InstansiSaya id={me.instansi.id} /> : <EmptyState />
}
