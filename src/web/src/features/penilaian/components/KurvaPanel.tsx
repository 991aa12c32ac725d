import { Alert, Card, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { BatasKurva, KurvaPratinjau, PeringatanKurva } from '../../../../../shared/kurva.ts'
import { PREDIKAT_PEGAWAI } from '../../../../../shared/penilaian.ts'
import { api } from '../../../lib/api.ts'
import { formatAngka } from '../../../lib/format.ts'

/** GET /kurva/pratinjau: the reader's subordinates against the pattern of the unit's organisation predikat. */
const usePratinjau = (tahun: number, periode: string) =>
  useQuery({
    queryKey: ['kurva', 'pratinjau', tahun, periode],
    queryFn: () => api.get<KurvaPratinjau>('/kurva/pratinjau', { tahun, periode }),
    retry: false,
  })

function useDaftarPredikat() {
  const { t } = useTranslation('penilaian')
  return (ps: readonly string[]) => ps.map((p) => t(`predikat.${p}`)).join(' / ')
}

function Batas({ b }: { b: BatasKurva }) {
  const { t } = useTranslation('penilaian')
  const nama = useDaftarPredikat()
  return (
    <Text size="xs">
      {t(`kurva.batasJenis.${b.jenis}`, {
        predikat: nama(b.predikat),
        persen: b.persen ?? '',
        batas: b.batas ?? '',
      })}
    </Text>
  )
}

function Peringatan({ p }: { p: PeringatanKurva }) {
  const { t } = useTranslation('penilaian')
  const nama = useDaftarPredikat()
  const kode = p.code.split('.')[1]
  return (
    <Text size="sm" component="li">
      {t(`kurva.kode.${kode}`, { predikat: nama(p.predikat), batas: p.batas, aktual: p.aktual })}
      {p.sementara ? ` ${t('kurva.sementara')}` : ''}
    </Text>
  )
}

/**
 * The curve panel of Penilaian Bawahan (SE MenPANRB 3/2023): counts, percentages, the pattern's limits and
 * warnings, all from the server. Warnings never block finalisation.
 */
export function KurvaPanel({ tahun, periode }: { tahun: number; periode: string }) {
  const { t } = useTranslation('penilaian')
  const q = usePratinjau(tahun, periode)
  if (q.isPending) return null
  if (q.isError) {
    return (
      <Card withBorder padding="sm">
        <Text size="sm" c="dimmed">
          {t('kurva.gagal')}
        </Text>
      </Card>
    )
  }
  const k = q.data.kurva
  return (
    <Card withBorder padding="sm" data-testid="kurva-panel" component="section" aria-labelledby="kurva-judul">
      <Stack gap="xs">
        <Title order={2} size="h5" id="kurva-judul">
          {t('kurva.judul')}
          {q.data.unor ? ` · ${q.data.unor.nama}` : ''}
        </Title>
        <Text size="sm">
          {k.predikatOrganisasi
            ? t('kurva.predikatOrganisasi', { predikat: t(`predikatOrganisasi.${k.predikatOrganisasi}`) })
            : t('kurva.belumAda')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('kurva.dihitung', { n: k.dihitung })}
          {k.belumDinilai ? ` · ${t('kurva.belumDinilai', { n: k.belumDinilai })}` : ''}
        </Text>
        <Table fz="sm" verticalSpacing={4} horizontalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bawahan.predikat')}</Table.Th>
              <Table.Th ta="right">{t('kurva.jumlah')}</Table.Th>
              <Table.Th ta="right">{t('kurva.persen')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {PREDIKAT_PEGAWAI.map((p) => (
              <Table.Tr key={p} data-testid={`kurva-${p}`}>
                <Table.Td>{t(`predikat.${p}`)}</Table.Td>
                <Table.Td ta="right">{k.jumlah[p]}</Table.Td>
                <Table.Td ta="right">{formatAngka(k.persen[p])}%</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {k.batas.length > 0 && (
          <Stack gap={2}>
            <Text size="xs" fw={600}>
              {t('kurva.batas')}
            </Text>
            {k.batas.map((b, i) => (
              <Batas key={i} b={b} />
            ))}
          </Stack>
        )}
        {k.peringatan.length > 0 && (
          <Alert
            color="yellow"
            icon={<IconAlertTriangle size={16} />}
            title={t('kurva.peringatan')}
            data-testid="kurva-peringatan"
            p="xs"
          >
            <Stack gap={2} component="ul" m={0} pl="md">
              {k.peringatan.map((p, i) => (
                <Peringatan key={i} p={p} />
              ))}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Card>
  )
}
