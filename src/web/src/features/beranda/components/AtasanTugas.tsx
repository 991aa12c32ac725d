import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core'
import { IconHourglass } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { BerandaAtasan } from '../../../../../shared/beranda.ts'
import { formatNip, formatSaatInstansi, formatTanggal } from '../../../lib/format.ts'
import { TerlambatBadge } from '../../../components/TerlambatBadge.tsx'
import { Angka } from './Angka.tsx'
import { tautan } from './tautan.ts'

type Orang = BerandaAtasan['menunggu']['items'][number]

function DaftarOrang({ items, waktu }: { items: Orang[]; waktu: boolean }) {
  const { t } = useTranslation('beranda')
  return (
    <List spacing={6} listStyleType="none" ml={0} pl={0}>
      {items.map((o) => (
        <List.Item key={o.skpId}>
          <Group gap="xs">
            <Anchor component={Link} to={tautan.skp(o.skpId)} fw={600} size="sm">
              {o.nama}
            </Anchor>
            <TerlambatBadge terlambat={o.terlambat} hariTerlambat={o.hariTerlambat} />
          </Group>
          <Text size="xs" c="dimmed">
            {formatNip(o.nip)}
            {waktu &&
              o.diajukanAt &&
              ` · ${t('atasan.diajukanPada', { tanggal: formatTanggal(o.diajukanAt) })}`}
          </Text>
        </List.Item>
      ))}
    </List>
  )
}

/** The atasan's to-do: SKPs waiting for my decision (oldest first), and who waits for my own SKP. */
export function AtasanTugas({ a, tahun }: { a: BerandaAtasan; tahun: number }) {
  const { t } = useTranslation('beranda')
  const { menunggu, tertahan } = a
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="tugas-atasan">
      <Stack gap="sm">
        <Title order={2} size="h4" id="tugas-atasan">
          {t('atasan.judul')}
        </Title>
        <Group gap="xs" align="baseline">
          <Angka
            nilai={menunggu.total}
            besar
            to={tautan.bawahan(tahun, 'diajukan')}
            label={t('atasan.menungguLabel')}
          />
          <Text size="sm">{t('atasan.menunggu')}</Text>
        </Group>
        {menunggu.total > 0 ? (
          <>
            <Text size="xs" c="dimmed">
              {t('atasan.urutan')}
            </Text>
            <DaftarOrang items={menunggu.items} waktu />
            {menunggu.total > menunggu.items.length && (
              <Anchor component={Link} to={tautan.bawahan(tahun, 'diajukan')} size="sm">
                {t('atasan.lihatSemua', { jumlah: menunggu.total })}
              </Anchor>
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('atasan.tidakAdaMenunggu')}
          </Text>
        )}
        {a.progresHarian.jumlah > 0 && (
          <Group gap="xs" align="baseline" data-testid="beranda-progres-harian">
            <Angka
              nilai={a.progresHarian.jumlah}
              to="/progres-harian/tinjauan"
              label={t('atasan.progresLabel')}
            />
            <Text size="sm">{t('atasan.progres', { orang: a.progresHarian.orang })}</Text>
          </Group>
        )}
        {(a.keberatanMenunggu ?? 0) > 0 && (
          <Group gap="xs" align="baseline" data-testid="beranda-keberatan">
            <Angka
              nilai={a.keberatanMenunggu ?? 0}
              to="/keberatan?peran=putuskan"
              label={t('atasan.keberatanLabel')}
            />
            <Text size="sm">{t('atasan.keberatan')}</Text>
          </Group>
        )}
        {(a.perbaikanMenunggu ?? 0) > 0 && (
          <Group gap="xs" align="baseline" data-testid="beranda-perbaikan">
            <Angka nilai={a.perbaikanMenunggu ?? 0} to="/perbaikan" label={t('atasan.perbaikanLabel')} />
            <Text size="sm">{t('atasan.perbaikan')}</Text>
          </Group>
        )}
        {a.realisasiBawahan && a.realisasiBawahan.belum > 0 && (
          <Group gap="xs" align="baseline" data-testid="beranda-realisasi-bawahan">
            <Angka
              nilai={a.realisasiBawahan.belum}
              to="/realisasi-bawahan"
              label={t('atasan.realisasiBawahanLabel')}
            />
            <Text size="sm">
              {t('atasan.realisasiBawahan', {
                total: a.realisasiBawahan.total,
                periode: a.realisasiBawahan.nama,
                saat: formatSaatInstansi(a.realisasiBawahan.terkunciPada),
              })}
            </Text>
          </Group>
        )}
        {a.penilaianBawahan && a.penilaianBawahan.belum > 0 && (
          <Group gap="xs" align="baseline" data-testid="beranda-penilaian-bawahan">
            <Angka
              nilai={a.penilaianBawahan.belum}
              to={`/penilaian?tahun=${a.penilaianBawahan.tahun}&periode=${a.penilaianBawahan.periode}`}
              label={t('atasan.penilaianBawahanLabel')}
            />
            <Text size="sm">
              {t('atasan.penilaianBawahan', {
                total: a.penilaianBawahan.total,
                periode: a.penilaianBawahan.periode,
                tahun: a.penilaianBawahan.tahun,
              })}
            </Text>
          </Group>
        )}
        {!a.skpSayaDisetujui && tertahan.total > 0 && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconHourglass size={18} aria-hidden />}
            title={t('atasan.tertahanJudul', { jumlah: tertahan.total })}
          >
            <Stack gap="xs">
              <Text size="sm">{t('atasan.tertahanIsi')}</Text>
              <Group gap="md">
                <Text size="sm">
                  <Angka
                    nilai={tertahan.draft}
                    to={tautan.bawahan(tahun, 'draft')}
                    label={t('atasan.tertahanDraf')}
                  />{' '}
                  {t('atasan.tertahanDraf')}
                </Text>
                <Text size="sm">
                  <Angka
                    nilai={tertahan.dikembalikan}
                    to={tautan.bawahan(tahun, 'dikembalikan')}
                    label={t('atasan.tertahanDikembalikan')}
                  />{' '}
                  {t('atasan.tertahanDikembalikan')}
                </Text>
              </Group>
              <DaftarOrang items={tertahan.items} waktu={false} />
              <div>
                <Button component={Link} to={tautan.skpSaya(tahun)} size="xs" color="orange">
                  {t('atasan.selesaikanSkpSaya')}
                </Button>
              </div>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Card>
  )
}
