import { Alert, Anchor, Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { LABEL_PREDIKAT } from '../../../../../domain/labels.ts'
import type { LaporanTunjangan } from '../../../../../shared/tunjangan.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryState.tsx'
import { TahunSelect } from '../../../components/TahunSelect.tsx'
import { UnorSelect } from '../../../components/UnorSelect.tsx'
import { isApiError } from '../../../lib/api.ts'
import { formatAngka, formatNip, hariIni, labelOf } from '../../../lib/format.ts'
import { hasRole, useMe } from '../../../lib/session.tsx'
import { urlCsvTunjangan, useLaporanTunjangan, type FilterTunjangan } from '../api/tunjangan.ts'

function Tabel({ l }: { l: LaporanTunjangan }) {
  const { t } = useTranslation('tunjangan')
  if (l.items.length === 0) return <EmptyState message={t('kosong')} />
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="tunjangan-ringkasan">
        {t('ringkasan', { jumlah: l.jumlah, belum: l.belumDinilai })}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped data-testid="tunjangan-tabel">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kolom.nama')}</Table.Th>
              <Table.Th>{t('kolom.jabatan')}</Table.Th>
              <Table.Th>{t('kolom.predikat')}</Table.Th>
              <Table.Th>{t('kolom.periode')}</Table.Th>
              <Table.Th ta="right">{t('kolom.persen')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {l.items.map((b) => (
              <Table.Tr key={b.pegawaiId} data-testid="tunjangan-baris">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {b.nama}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatNip(b.nip)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{b.jabatan}</Text>
                  <Text size="xs" c="dimmed">
                    {b.unor}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {b.predikat ? (
                    labelOf(LABEL_PREDIKAT[b.predikat])
                  ) : (
                    <Badge color="orange" variant="light">
                      {t('belumDinilai')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{b.periode ?? '—'}</Table.Td>
                <Table.Td ta="right">{b.persen === null ? '—' : `${formatAngka(b.persen)} %`}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  )
}

/** /tunjangan — the month's predikat and allowance percentage per pegawai of a unit; not rated first. */
export function TunjanganPage() {
  const { t, i18n } = useTranslation('tunjangan')
  const me = useMe()
  const lokal = i18n.language === 'en' ? 'en-GB' : 'id-ID'
  const namaBulan = (i: number) =>
    new Date(Date.UTC(2000, i, 1)).toLocaleString(lokal, { month: 'long', timeZone: 'UTC' })
  const [params, setParams] = useSearchParams()
  const sekarang = hariIni()
  const f: FilterTunjangan = {
    tahun: Number(params.get('tahun')) || Number(sekarang.slice(0, 4)),
    bulan: Number(params.get('bulan')) || Number(sekarang.slice(5, 7)),
    unorId: params.get('unorId'),
  }
  const ubah = (k: keyof FilterTunjangan, v: string | null) => {
    const p = new URLSearchParams(params)
    if (v) p.set(k, v)
    else p.delete(k)
    setParams(p, { replace: true })
  }
  const q = useLaporanTunjangan(f)
  const belumDiatur = isApiError(q.error) && q.error.code === 'TUNJANGAN.BELUM_DIATUR'
  const unduh = q.data && (
    <Button
      component="a"
      href={urlCsvTunjangan(f)}
      variant="light"
      leftSection={<IconDownload size={16} />}
      data-testid="tunjangan-unduh"
    >
      {t('unduh')}
    </Button>
  )
  return (
    <Stack gap="md">
      <PageHeader title={t('judul')} description={t('deskripsi')} actions={unduh} />
      <Group align="flex-end" wrap="wrap">
        <TahunSelect testId="tunjangan-tahun" value={f.tahun} onChange={(th) => ubah('tahun', String(th))} />
        <Select
          label={t('bulan')}
          allowDeselect={false}
          w={160}
          value={String(f.bulan)}
          onChange={(v) => ubah('bulan', v)}
          data={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: namaBulan(i) }))}
          data-testid="tunjangan-bulan"
        />
        <UnorSelect
          label={t('unit')}
          instansiId={me.instansi?.id ?? null}
          value={f.unorId}
          onChange={(v) => ubah('unorId', v)}
          miw={260}
          data-testid="tunjangan-unit"
        />
      </Group>
      {!f.unorId ? (
        <EmptyState message={t('pilihUnit')} />
      ) : q.isPending ? (
        <LoadingState />
      ) : q.error ? (
        <Stack gap="xs">
          <ErrorState error={q.error} />
          {belumDiatur && hasRole(me, ['admin_instansi']) && (
            <Alert color="yellow">
              <Anchor component={Link} to={`/admin/pengaturan?tahun=${f.tahun}`}>
                {t('belumDiatur')}
              </Anchor>
            </Alert>
          )}
        </Stack>
      ) : (
        <Tabel l={q.data} />
      )}
    </Stack>
  )
}
