import { Anchor, Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RiwayatTahun } from '../../../../../shared/riwayat.ts'
import { formatTanggal } from '../../../lib/format.ts'
import { urlDokumen, urlEvaluasi, urlRingkasan } from '../api/riwayat.ts'

const WARNA_STATUS: Record<string, string> = {
  draft: 'gray',
  final: 'blue',
  diterima: 'green',
  digantikan: 'orange',
}

/** One year of the record: SKP, evaluation versions, predikat, angka kredit, keberatan, issued documents. */
export function TahunRiwayat({ y }: { y: RiwayatTahun }) {
  const { t } = useTranslation('riwayat')
  const periode = (kode: string) => (kode === 'FINAL' ? t('kodePeriode.FINAL') : kode)
  return (
    <Card withBorder padding="md" data-testid={`riwayat-tahun-${y.tahun}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3">
            {t('tahun', { tahun: y.tahun })}
          </Title>
          <Badge size="lg" color={y.predikatTahunan ? 'teal' : 'gray'} data-testid="riwayat-predikat">
            {t('predikatTahunan')}:{' '}
            {y.predikatTahunan ? t(`common:predikat.${y.predikatTahunan}`) : t('belumFinal')}
          </Badge>
        </Group>

        {y.skp.map((s) => (
          <Text key={s.id} size="sm">
            <strong>{t('skp')}</strong> · {formatTanggal(s.mulai)} – {formatTanggal(s.selesai)} · {s.jabatan}{' '}
            · {t(`statusSkp.${s.status}`)}
            {s.penilai ? ` · ${t('penilai')}: ${s.penilai}` : ''}
          </Text>
        ))}

        {y.evaluasi.length > 0 && (
          <Table.ScrollContainer minWidth={520}>
            <Table striped withTableBorder aria-label={t('evaluasi')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('periode')}</Table.Th>
                  <Table.Th>{t('versi')}</Table.Th>
                  <Table.Th>{t('status')}</Table.Th>
                  <Table.Th>{t('predikat')}</Table.Th>
                  <Table.Th>{t('dokumen')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {y.evaluasi.map((e) => (
                  <Table.Tr
                    key={e.id}
                    data-testid="riwayat-evaluasi"
                    style={e.kini ? undefined : { opacity: 0.7 }}
                  >
                    <Table.Td>{periode(e.periode)}</Table.Td>
                    <Table.Td>
                      {e.versi}
                      {e.kini && y.evaluasi.some((x) => x.periode === e.periode && x.id !== e.id) && (
                        <Badge ml={4} size="xs" variant="light">
                          {t('berlaku')}
                        </Badge>
                      )}
                      {e.asal && (
                        <Text size="xs" c="dimmed">
                          {t(`asal.${e.asal.oleh}`, { alasan: e.asal.alasan })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={WARNA_STATUS[e.status]} variant="light">
                        {t(`statusEvaluasi.${e.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{e.predikat ? t(`common:predikat.${e.predikat}`) : '–'}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Anchor
                          href={urlRingkasan(e.id)}
                          download
                          size="sm"
                          data-testid="riwayat-unduh-ringkasan"
                        >
                          {t('ringkasan')}
                        </Anchor>
                        <Anchor
                          href={urlEvaluasi(e.id)}
                          download
                          size="sm"
                          data-testid="riwayat-unduh-evaluasi"
                        >
                          {t('evaluasiPdf')}
                        </Anchor>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}

        {y.angkaKredit && (
          <Text size="sm" data-testid="riwayat-ak">
            <strong>{t('angkaKredit')}</strong> ·{' '}
            {y.angkaKredit.tahunan !== null &&
              `${t('akTahunan', { n: y.angkaKredit.tahunan.toFixed(3) })} · `}
            {t('akPeriodik', { n: y.angkaKredit.periodik.toFixed(3) })} ·{' '}
            {t('akKumulatif', { n: y.angkaKredit.kumulatif.toFixed(3) })}
          </Text>
        )}

        {y.keberatan.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('keberatan')}
            </Text>
            <List size="sm">
              {y.keberatan.map((k) => (
                <List.Item key={k.id}>
                  {t('diajukan', { tanggal: formatTanggal(k.diajukanAt) })}
                  {k.diputuskanAt && k.keputusan
                    ? ` · ${t('diputuskan', { tanggal: formatTanggal(k.diputuskanAt), keputusan: t(`keputusan.${k.keputusan}`) })}`
                    : ''}
                  {k.predikatBaru ? ` (${t(`common:predikat.${k.predikatBaru}`)})` : ''}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}

        {y.dokumen.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('dokumen')}
            </Text>
            <List size="sm" icon={<IconFileTypePdf size={14} />}>
              {y.dokumen.map((d) => {
                const url = urlDokumen(d)
                const nama = `${t(`jenisDokumen.${d.jenis}`)} · ${formatTanggal(d.dibuat)}`
                return (
                  <List.Item key={d.id}>
                    {url ? (
                      <Anchor href={url} download>
                        {nama}
                      </Anchor>
                    ) : (
                      nama
                    )}{' '}
                    <Text span size="xs" c="dimmed">
                      {t('kode', { kode: d.kode })}
                      {d.final ? '' : ` · ${t('draf')}`}
                    </Text>
                  </List.Item>
                )
              })}
            </List>
          </Stack>
        )}
      </Stack>
    </Card>
  )
}
