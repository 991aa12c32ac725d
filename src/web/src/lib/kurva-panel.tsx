import { Alert, Group, Progress, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PREDIKAT_PEGAWAI } from '../../../shared/enums.ts'
import type {
  BatasKurva,
  PeringatanKurva,
  RingkasanKurva,
  RingkasanKurvaTersimpan,
} from '../../../shared/kurva.ts'
import { formatAngka } from './format.ts'

/**
 * The curve of a unit as the server computed it (SE MenPANRB 3/2023): one bar per predikat with its count and
 * percentage, the pattern's limits in persons and the warnings (never blocking). Presentational and shared:
 * Monitoring Kurva, calibration and the Penilaian Bawahan panel pass a `RingkasanKurva`; nothing is recomputed.
 * Texts from the `kurva` namespace.
 */

type Predikat = (typeof PREDIKAT_PEGAWAI)[number]
const WARNA: Record<Predikat, string> = {
  SANGAT_BAIK: 'teal',
  BAIK: 'blue',
  BUTUH_PERBAIKAN: 'yellow',
  KURANG: 'orange',
  SANGAT_KURANG: 'red',
}

function useNamaPredikat() {
  const { t } = useTranslation('kurva')
  return (ps: readonly string[]) => ps.map((p) => t(`common:predikat.${p}`)).join(' / ')
}

/** The limit that names this predikat alone, for the bar's caption ("≤ 3", "≥ 1", "terbanyak"). */
function batasUntuk(batas: BatasKurva[], p: Predikat): string | null {
  const b = batas.filter((x) => x.predikat.includes(p))
  if (b.length === 0) return null
  return b
    .map((x) =>
      x.jenis === 'terbanyak'
        ? '★'
        : `${x.jenis === 'maks' ? '≤' : '≥'} ${x.batas}${x.predikat.length > 1 ? '*' : ''}`,
    )
    .join(' · ')
}

export function KurvaBatang({ kurva }: { kurva: Pick<RingkasanKurva, 'batas' | 'jumlah' | 'persen'> }) {
  const { t } = useTranslation('kurva')
  return (
    <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('kurva.judul')}>
      {PREDIKAT_PEGAWAI.map((p) => {
        const batas = batasUntuk(kurva.batas, p)
        return (
          <li key={p} data-testid={`kurva-batang-${p}`}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="xs">{t(`common:predikat.${p}`)}</Text>
              <Text size="xs" c="dimmed">
                {kurva.jumlah[p]} · {formatAngka(kurva.persen[p])}%{batas ? ` (${batas})` : ''}
              </Text>
            </Group>
            <Progress
              value={kurva.persen[p]}
              color={WARNA[p]}
              size="sm"
              aria-label={`${t(`common:predikat.${p}`)} ${formatAngka(kurva.persen[p])}%`}
            />
          </li>
        )
      })}
    </Stack>
  )
}

function Peringatan({ p }: { p: PeringatanKurva }) {
  const { t } = useTranslation('kurva')
  const nama = useNamaPredikat()
  return (
    <Text size="sm" component="li">
      {t(`kurva.kode.${p.code.split('.')[1]}`, {
        predikat: nama(p.predikat),
        batas: p.batas,
        aktual: p.aktual,
      })}
      {p.sementara ? ` ${t('kurva.sementara')}` : ''}
    </Text>
  )
}

/**
 * Who is left out and why (DOMAIN §5): "2 kepala unit dan 1 pegawai yang dibebaskan tidak dihitung. …". A curve
 * stored before these counts were recorded (an older penetapan) has none: nothing is said.
 */
export function TidakDihitung({ kurva }: { kurva: Pick<RingkasanKurvaTersimpan, 'tidakDihitung'> }) {
  const { t } = useTranslation('kurva')
  const x = kurva.tidakDihitung
  if (!x || x.kepalaUnit + x.bebas === 0) return null
  const bagian = [
    x.kepalaUnit > 0 ? t('kurva.tidakDihitung.kepalaUnit', { count: x.kepalaUnit }) : null,
    x.bebas > 0 ? t('kurva.tidakDihitung.bebas', { count: x.bebas }) : null,
  ].filter((b): b is string => b !== null)
  const alasan = [
    x.kepalaUnit > 0 ? t('kurva.tidakDihitung.alasanKepala') : null,
    x.bebas > 0 ? t('kurva.tidakDihitung.alasanBebas') : null,
  ].filter(Boolean)
  return (
    <Text size="xs" c="dimmed" data-testid="kurva-tidak-dihitung">
      {t('kurva.tidakDihitung.kalimat', { daftar: bagian.join(t('kurva.tidakDihitung.dan')) })}{' '}
      {alasan.join(' ')}
    </Text>
  )
}

/** The whole summary: organisation predikat (or the info state), counts, bars, limits and warnings. */
export function KurvaRingkas({
  kurva,
  ringkas = false,
}: {
  /** A stored penetapan's curve may lack `tidakDihitung`. */
  kurva: RingkasanKurvaTersimpan
  ringkas?: boolean
}) {
  const { t } = useTranslation('kurva')
  const nama = useNamaPredikat()
  return (
    <Stack gap="xs" data-testid="kurva-ringkas">
      {kurva.predikatOrganisasi ? (
        <Text size="sm" fw={600}>
          {t('kurva.predikatOrganisasi', {
            predikat: t(`common:predikatOrganisasi.${kurva.predikatOrganisasi}`),
          })}
        </Text>
      ) : (
        <Alert color="blue" icon={<IconInfoCircle size={16} />} p="xs" data-testid="kurva-tanpa-pola">
          <Text size="sm">{t('kurva.belumAda')}</Text>
        </Alert>
      )}
      <Text size="xs" c="dimmed">
        {t('kurva.dihitung', { n: kurva.dihitung })}
        {kurva.belumDinilai ? ` · ${t('kurva.belumDinilai', { n: kurva.belumDinilai })}` : ''}
      </Text>
      <TidakDihitung kurva={kurva} />
      <KurvaBatang kurva={kurva} />
      {!ringkas && kurva.batas.length > 0 && (
        <Stack gap={2}>
          <Text size="xs" fw={600}>
            {t('kurva.batas')}
          </Text>
          {kurva.batas.map((b, i) => (
            <Text size="xs" key={i}>
              {t(`kurva.batasJenis.${b.jenis}`, {
                predikat: nama(b.predikat),
                persen: b.persen ?? '',
                batas: b.batas ?? '',
              })}
            </Text>
          ))}
        </Stack>
      )}
      {kurva.peringatan.length > 0 ? (
        <Alert
          color="yellow"
          icon={<IconAlertTriangle size={16} />}
          title={t('kurva.peringatan')}
          p="xs"
          data-testid="kurva-peringatan"
        >
          <Stack gap={2} component="ul" m={0} pl="md">
            {kurva.peringatan.map((p, i) => (
              <Peringatan key={i} p={p} />
            ))}
          </Stack>
        </Alert>
      ) : (
        kurva.predikatOrganisasi &&
        kurva.dihitung > kurva.belumDinilai && (
          <Group gap={4}>
            <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden />
            <Text size="sm">{t('kurva.sesuai')}</Text>
          </Group>
        )
      )}
    </Stack>
  )
}
