import { Badge, Button, Grid, Group, Paper, Select, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import type { PenilaianBawahanItem } from '../../../../../shared/penilaian.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TahunSelect } from '../../../components/TahunSelect.tsx'
import { formatNip, formatTanggal } from '../../../lib/format.ts'
import { tahunIni } from '../../../lib/hari-ini.ts'
import { notifyError } from '../../../lib/notify.ts'
import { useBukaEvaluasi, usePenilaianBawahan } from '../api/penilaian.ts'
import { KurvaPanel } from './KurvaPanel.tsx'
import { PredikatBadge, RatingBadge, StatusEvaluasiBadge, teksDuaBahasa } from './Lencana.tsx'

/** The row's one action, from the server's `aksi`: open the draft, continue it, or read the result. */
function Tindakan({ b, periode }: { b: PenilaianBawahanItem; periode: string }) {
  const { t } = useTranslation('penilaian')
  const navigate = useNavigate()
  const buka = useBukaEvaluasi()
  const uji = `bawahan-aksi-${b.pegawai.id}`
  if (b.evaluasi) {
    const lanjut = b.aksi.includes('simpan') || b.aksi.includes('finalisasi')
    return (
      <Button
        component={Link}
        to={`/evaluasi/${b.evaluasi.id}`}
        size="xs"
        variant={lanjut ? 'filled' : 'light'}
        data-testid={uji}
      >
        {t(lanjut ? 'bawahan.lanjut' : 'bawahan.buka')}
      </Button>
    )
  }
  if (!b.aksi.includes('buka')) return null
  return (
    <Button
      size="xs"
      loading={buka.isPending}
      data-testid={uji}
      onClick={() =>
        buka.mutate(
          { skpId: b.skpId, periode },
          { onSuccess: (d) => void navigate(`/evaluasi/${d.id}`), onError: notifyError },
        )
      }
    >
      {t('bawahan.mulai')}
    </Button>
  )
}

function Baris({
  b,
  periode,
  bisaMulai,
}: {
  b: PenilaianBawahanItem
  periode: string
  bisaMulai: string | null
}) {
  const { t } = useTranslation('penilaian')
  const e = b.evaluasi
  return (
    <Paper withBorder p="sm" component="li" data-testid={`bawahan-${b.pegawai.id}`}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 240px', minWidth: 0 }}>
          <Text fw={600}>{b.pegawai.nama}</Text>
          <Text size="xs" c="dimmed">
            {formatNip(b.pegawai.nip)} · {b.pegawai.jabatan}
          </Text>
          <Group gap={6}>
            {b.perluTindakan && (
              <Badge color="orange" size="sm" data-testid="perlu-tindakan">
                {t('bawahan.menunggu')}
              </Badge>
            )}
            <StatusEvaluasiBadge status={e?.status ?? 'belum'} size="sm" />
            {b.bertindakSebagai !== 'penilai' && (
              <Badge color="indigo" variant="light" size="sm" data-testid="bertindak-sebagai">
                {t(`bawahan.sebagai.${b.bertindakSebagai}`)}
              </Badge>
            )}
            {b.kepalaUnit && (
              <Badge color="grape" variant="light" size="sm" data-testid="kepala-unit">
                {t('bawahan.kepalaUnit')}
              </Badge>
            )}
            {b.diriDiajukan && (
              <Badge color="cyan" variant="light" size="sm" data-testid="diri-diajukan">
                {t('bawahan.diri')}
              </Badge>
            )}
          </Group>
          {b.dikecualikan ? (
            <Text size="sm" c="dimmed" data-testid="dikecualikan">
              {t('bawahan.dikecualikan', { alasan: teksDuaBahasa(b.alasanDikecualikan) })}
            </Text>
          ) : !b.bisaDinilai && !e ? (
            <Text size="sm" c="dimmed" data-testid="belum-bisa">
              {bisaMulai ? t('bawahan.bisaMulai', { tanggal: formatTanggal(bisaMulai) }) : null}
            </Text>
          ) : (
            <Group gap={6} wrap="wrap">
              {b.hasilDariPredikatOrganisasi && !e?.predikat && (
                <Text size="sm" c="dimmed" data-testid="ikut-predikat-organisasi">
                  {t('bawahan.ikutPredikatOrganisasi')}
                </Text>
              )}
              {b.saranRatingHasil && (
                <Text size="sm" data-testid="saran">
                  {t('bawahan.saran')}: <RatingBadge rating={b.saranRatingHasil} size="sm" />
                </Text>
              )}
              {e?.predikat && (
                <Text size="sm">
                  {t('bawahan.predikat')}: <PredikatBadge predikat={e.predikat} size="sm" />
                </Text>
              )}
            </Group>
          )}
        </Stack>
        <Tindakan b={b} periode={periode} />
      </Group>
    </Paper>
  )
}

/**
 * Penilaian Bawahan (DOMAIN §5): the reader's subordinates in a period, those needing action first (the
 * server's order), each with the suggested rating and the predikat as the server computed them, beside the
 * curve of the unit's pattern (warnings only, never blocking).
 */
export function PenilaianBawahanPage() {
  const { t } = useTranslation('penilaian')
  const [params, setParams] = useSearchParams()
  const tahun = Number(params.get('tahun')) || tahunIni()
  const periode = params.get('periode')
  const q = usePenilaianBawahan(tahun, periode)
  const pilih = (x: { tahun?: number; periode?: string | null }) => {
    const next: Record<string, string> = { tahun: String(x.tahun ?? tahun) }
    const p = 'periode' in x ? x.periode : periode
    if (p) next.periode = p
    setParams(next, { replace: true })
  }
  return (
    <Stack gap="md">
      <PageHeader
        title={t('bawahan.judul')}
        description={t('bawahan.deskripsi')}
        actions={
          <Button component={Link} to="/penilaian/delegasi" variant="default" data-testid="ke-delegasi">
            {t('navDelegasi')}
          </Button>
        }
      />
      <QueryState query={q}>
        {(v) => {
          const info = v.periodeTersedia.find((p) => p.kode === v.periode)
          return (
            <Stack gap="md">
              <Group align="flex-end" wrap="wrap">
                <TahunSelect
                  value={tahun}
                  onChange={(x) => pilih({ tahun: x, periode: null })}
                  testId="penilaian-tahun"
                />
                <Select
                  label={t('periode.label')}
                  data={v.periodeTersedia.map((p) => ({ value: p.kode, label: p.nama }))}
                  value={v.periode}
                  onChange={(x) => x && pilih({ periode: x })}
                  allowDeselect={false}
                  w={{ base: '100%', xs: 240 }}
                  data-testid="penilaian-periode"
                />
                {info && (
                  <Text size="sm" c="dimmed" pb={6}>
                    {formatTanggal(info.mulai)} – {formatTanggal(info.selesai)}
                  </Text>
                )}
              </Group>
              <Grid gap="md">
                <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
                  {v.items.length === 0 ? (
                    <EmptyState message={t('bawahan.kosong')} />
                  ) : (
                    <Stack
                      gap="xs"
                      component="ul"
                      p={0}
                      m={0}
                      style={{ listStyle: 'none' }}
                      aria-label={t('bawahan.daftar')}
                      data-testid="penilaian-bawahan"
                    >
                      {v.items.map((b) => (
                        <Baris
                          key={b.pegawai.id}
                          b={b}
                          periode={v.periode}
                          bisaMulai={info?.bisaDinilaiMulai ?? null}
                        />
                      ))}
                    </Stack>
                  )}
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
                  <KurvaPanel tahun={v.tahun} periode={v.periode} />
                </Grid.Col>
              </Grid>
            </Stack>
          )
        }}
      </QueryState>
    </Stack>
  )
}
