import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconArrowBackUp } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { LABEL_SKP_STATUS } from '../../../../../domain/labels.ts'
import type { BerandaPegawai } from '../../../../../shared/beranda.ts'
import { formatSaatInstansi, formatTanggal, labelOf } from '../../../lib/format.ts'
import { tautan } from './tautan.ts'
import { WARNA_STATUS } from './warna.ts'
import { TerlambatBadge } from '../../../components/TerlambatBadge.tsx'

/** The deadline of the year and how far it is, as the server counted the days. */
function Batas({ p }: { p: BerandaPegawai }) {
  const { t } = useTranslation('beranda')
  if (!p.batasSkp || p.sisaHari === null) return null
  const selesai = p.skp?.status === 'disetujui'
  const sisa =
    p.sisaHari > 0
      ? t('pegawai.sisaHari', { count: p.sisaHari })
      : p.sisaHari === 0
        ? t('pegawai.batasHariIni')
        : t('pegawai.lewatHari', { count: -p.sisaHari })
  const warna = selesai ? 'dimmed' : p.sisaHari < 0 ? 'red.9' : p.sisaHari <= 7 ? 'orange.9' : undefined
  return (
    <Text size="sm">
      {t('pegawai.batas', { tanggal: formatTanggal(p.batasSkp) })}{' '}
      {!selesai && (
        <Text span fw={600} c={warna}>
          ({sisa})
        </Text>
      )}
    </Text>
  )
}

/** The pegawai's own to-do: the SKP of the year, the next step, the deadline, a returned note. */
export function SkpSayaTugas({ p, tahun }: { p: BerandaPegawai; tahun: number }) {
  const { t } = useTranslation('beranda')
  const tujuan = p.skp ? tautan.skp(p.skp.id) : tautan.skpSaya(tahun)
  const bisaBertindak = ['buat_skp', 'lengkapi_ajukan', 'perbaiki_ajukan'].includes(p.langkah)
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="tugas-skp-saya">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4" id="tugas-skp-saya">
            {t('pegawai.judul', { tahun })}
          </Title>
          {p.skp ? (
            <Group gap={4}>
              <Badge color={WARNA_STATUS[p.skp.status]} variant="light" data-status={p.skp.status}>
                {labelOf(LABEL_SKP_STATUS[p.skp.status])}
              </Badge>
              <TerlambatBadge terlambat={p.skp.terlambat} hariTerlambat={p.skp.hariTerlambat} />
            </Group>
          ) : (
            <Badge color="gray" variant="outline">
              {t('status.belum_ada')}
            </Badge>
          )}
        </Group>
        <Text fw={600} data-testid="beranda-langkah" data-langkah={p.langkah}>
          {t(`langkah.${p.langkah}`)}
        </Text>
        {p.skp?.catatanPengembalian && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconArrowBackUp size={18} aria-hidden />}
            title={t('pegawai.catatan', { nama: p.skp.penilaiNama ?? t('pegawai.penilai') })}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {p.skp.catatanPengembalian}
            </Text>
          </Alert>
        )}
        <Batas p={p} />
        {p.skp && (
          <Text size="sm" c="dimmed">
            {t('pegawai.periode', {
              mulai: formatTanggal(p.skp.mulai),
              selesai: formatTanggal(p.skp.selesai),
            })}
            {p.skp.penilaiNama && ` · ${t('pegawai.penilaiNama', { nama: p.skp.penilaiNama })}`}
          </Text>
        )}
        {p.realisasi && (
          <Alert color="blue" variant="light" data-testid="beranda-realisasi">
            <Stack gap="xs">
              <Text size="sm">
                {t('pegawai.realisasi', {
                  periode: p.realisasi.nama,
                  terisi: p.realisasi.terisi,
                  jumlah: p.realisasi.jumlahIki,
                  saat: formatSaatInstansi(p.realisasi.terkunciPada),
                })}
              </Text>
              <Button
                component={Link}
                to={`/skp/${p.realisasi.skpId}/realisasi?periode=${p.realisasi.periode}`}
                size="xs"
                w="fit-content"
              >
                {t('pegawai.isiRealisasi')}
              </Button>
            </Stack>
          </Alert>
        )}
        {p.penilaian?.difinalisasi.map((e) => (
          <Alert key={e.evaluasiId} color="grape" variant="light" data-testid="beranda-evaluasi-final">
            <Stack gap="xs">
              <Text size="sm">
                {t('pegawai.evaluasiFinal', {
                  periode: e.periode,
                  tahun: e.tahun,
                  batas: e.batasKeberatan ? formatTanggal(e.batasKeberatan) : '-',
                })}
              </Text>
              <Button component={Link} to={`/evaluasi/${e.evaluasiId}`} size="xs" w="fit-content">
                {t('pegawai.bukaEvaluasi')}
              </Button>
            </Stack>
          </Alert>
        ))}
        {p.penilaian?.isiDiri.map((e) => (
          <Alert key={e.evaluasiId} color="blue" variant="light" data-testid="beranda-penilaian-diri">
            <Stack gap="xs">
              <Text size="sm">{t('pegawai.penilaianDiri', { periode: e.periode, tahun: e.tahun })}</Text>
              <Button
                component={Link}
                to={`/evaluasi/${e.evaluasiId}`}
                size="xs"
                variant="light"
                w="fit-content"
              >
                {t('pegawai.isiDiri')}
              </Button>
            </Stack>
          </Alert>
        ))}
        <Group gap="sm">
          {(p.skp || bisaBertindak) && (
            <Button component={Link} to={tujuan} variant={bisaBertindak ? 'filled' : 'light'}>
              {p.skp ? t('pegawai.bukaSkp') : t('pegawai.buatSkp')}
            </Button>
          )}
          {p.jumlahSkpTahunIni > 1 && (
            <Button component={Link} to={tautan.skpSaya(tahun)} variant="subtle">
              {t('pegawai.semuaSkp', { count: p.jumlahSkpTahunIni })}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  )
}
