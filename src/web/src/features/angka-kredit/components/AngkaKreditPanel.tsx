import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LABEL_PREDIKAT } from '../../../../../domain/labels.ts'
import type { AngkaKreditTahunView } from '../../../../../shared/angka-kredit.ts'
import { QueryState } from '../../../components/QueryState.tsx'
import { formatAngka, formatTanggal, labelOf } from '../../../lib/format.ts'
import { useAngkaKredit } from '../api/angka-kredit.ts'
import { AwalModal } from './AwalModal.tsx'

const ak = (n: number | null) => (n === null ? '—' : formatAngka(n))

function Angka({
  label,
  nilai,
  keterangan,
  testId,
}: {
  label: string
  nilai: string
  keterangan?: string
  testId: string
}) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" data-testid={testId}>
        {nilai}
      </Text>
      {keterangan && (
        <Text size="xs" c="dimmed">
          {keterangan}
        </Text>
      )}
    </Card>
  )
}

function Isi({ d, pegawaiId }: { d: AngkaKreditTahunView; pegawaiId: string }) {
  const { t } = useTranslation('angka-kredit')
  const { t: tc } = useTranslation()
  const [ubah, setUbah] = useState(false)
  const jenjang = (j: string | null) => (j ? tc(`enum.jenjang.${j}`) : '—')
  return (
    <Stack gap="md">
      {!d.fungsional && (
        <Alert color="gray" data-testid="ak-bukan-fungsional">
          {t('bukanFungsional', { tahun: d.tahun })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Angka
          label={t('ringkasan.tahunan', { tahun: d.tahun })}
          nilai={d.tahunan === null ? t('ringkasan.belumTahunan') : formatAngka(d.tahunan)}
          keterangan={
            d.tahunan === null
              ? `${t('ringkasan.periodik')}: ${formatAngka(d.periodik)}`
              : `${t('ringkasan.predikatTahunan')}: ${labelOf(LABEL_PREDIKAT[d.predikatTahunan!])}`
          }
          testId="ak-tahunan"
        />
        <Angka label={t('ringkasan.kumulatif')} nilai={formatAngka(d.kumulatif)} testId="ak-kumulatif" />
        <Angka
          label={t('ringkasan.awal')}
          nilai={d.awal ? formatAngka(d.awal.nilai) : t('ringkasan.belumAwal')}
          keterangan={
            d.awal
              ? `${formatTanggal(d.awal.tanggal)}${d.awal.keterangan ? ` · ${d.awal.keterangan}` : ''}`
              : undefined
          }
          testId="ak-awal"
        />
      </SimpleGrid>
      {d.aksi.ubahAwal && (
        <Group>
          <Button
            variant="light"
            leftSection={<IconPencil size={16} />}
            onClick={() => setUbah(true)}
            data-testid="ak-ubah-awal"
          >
            {t('ubahAwal')}
          </Button>
        </Group>
      )}
      <Title order={2} size="h5">
        {t('segmen.judul')}
      </Title>
      <Text size="xs" c="dimmed">
        {t(`konvensi.${d.konvensiBulan}`)}
      </Text>
      {d.segmen.length === 0 ? (
        <Text size="sm">{t('segmen.kosong')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="ak-segmen">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('segmen.jabatan')}</Table.Th>
                <Table.Th>{t('segmen.masa')}</Table.Th>
                <Table.Th>{t('segmen.jenjang')}</Table.Th>
                <Table.Th ta="right">{t('segmen.bulan')}</Table.Th>
                <Table.Th ta="right">{t('segmen.koefisien')}</Table.Th>
                <Table.Th ta="right">{t('segmen.ak')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.segmen.map((s) => (
                <Table.Tr key={s.skpId}>
                  <Table.Td>{s.jabatan}</Table.Td>
                  <Table.Td>
                    {formatTanggal(s.mulai)} – {formatTanggal(s.selesai)}
                  </Table.Td>
                  <Table.Td>{jenjang(s.jenjang)}</Table.Td>
                  <Table.Td ta="right">{formatAngka(s.bulan)}</Table.Td>
                  <Table.Td ta="right">{ak(s.koefisien)}</Table.Td>
                  <Table.Td ta="right">{ak(s.ak)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={2} size="h5">
        {t('periode.judul')}
      </Title>
      {d.periode.length === 0 ? (
        <Text size="sm">{t('periode.kosong')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table striped data-testid="ak-periode">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('periode.periode')}</Table.Th>
                <Table.Th>{t('periode.predikat')}</Table.Th>
                <Table.Th ta="right">{t('segmen.bulan')}</Table.Th>
                <Table.Th ta="right">{t('segmen.ak')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.periode.map((p) => (
                <Table.Tr key={`${p.skpId}-${p.periode}`}>
                  <Table.Td>{p.periode}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{labelOf(LABEL_PREDIKAT[p.predikat])}</Badge>
                  </Table.Td>
                  <Table.Td ta="right">{formatAngka(p.bulan)}</Table.Td>
                  <Table.Td ta="right">{ak(p.ak)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {ubah && <AwalModal pegawaiId={pegawaiId} awal={d.awal} onClose={() => setUbah(false)} />}
    </Stack>
  )
}

/** One year of a pegawai's angka kredit, as the server computed it (the web recomputes nothing). */
export function AngkaKreditPanel({ pegawaiId, tahun }: { pegawaiId: string; tahun: number }) {
  const q = useAngkaKredit(pegawaiId, tahun)
  return <QueryState query={q}>{(d) => <Isi d={d} pegawaiId={pegawaiId} />}</QueryState>
}
