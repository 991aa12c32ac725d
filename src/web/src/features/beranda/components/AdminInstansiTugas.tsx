import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { BerandaAdminInstansi } from '../../../../../shared/beranda.ts'
import { formatAngka, formatWaktu } from '../../../lib/format.ts'
import { Angka } from './Angka.tsx'
import { CapaianTabel, RingkasCapaian } from './CapaianTabel.tsx'
import { tautan } from './tautan.ts'

function ImporTerakhir({ impor }: { impor: BerandaAdminInstansi['imporTerakhir'] }) {
  const { t } = useTranslation('beranda')
  if (!impor)
    return (
      <Text size="sm" c="dimmed">
        {t('admin.belumImpor')}{' '}
        <Anchor component={Link} to={tautan.impor}>
          {t('admin.bukaImpor')}
        </Anchor>
      </Text>
    )
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Anchor component={Link} to={tautan.impor} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {impor.namaFile}
        </Anchor>
        <Badge color={impor.status === 'selesai' ? 'green' : 'red'} variant="light">
          {t(`admin.imporStatus.${impor.status}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {t(`admin.imporJenis.${impor.jenis}`)} ·{' '}
        {t('admin.imporBaris', {
          ditulis: formatAngka(impor.barisDitulis),
          total: formatAngka(impor.totalBaris),
        })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('admin.imporOleh', {
          waktu: formatWaktu(impor.waktu),
          nama: impor.aktorNama ?? t('admin.sistem'),
        })}
      </Text>
    </Stack>
  )
}

/** The admin instansi's to-do: SKP completion by status and unit, pegawai without an account, the last import. */
export function AdminInstansiTugas({ a, tahun }: { a: BerandaAdminInstansi; tahun: number }) {
  const { t } = useTranslation('beranda')
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="tugas-admin">
      <Stack gap="md">
        <Title order={2} size="h4" id="tugas-admin">
          {t('admin.judul', { tahun })}
        </Title>
        <RingkasCapaian capaian={a.total} tautan={(status) => tautan.pegawai({ tahun, status })} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap={2}>
            <Title order={3} size="h5">
              {t('admin.tanpaAkun')}
            </Title>
            <Angka nilai={a.tanpaAkun} besar to={tautan.tanpaAkun} label={t('admin.tanpaAkun')} />
            <Text size="xs" c="dimmed">
              {t('admin.tanpaAkunBantuan')}
            </Text>
          </Stack>
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('admin.imporTerakhir')}
            </Title>
            <ImporTerakhir impor={a.imporTerakhir} />
          </Stack>
          {(a.keberatanAtasNama ?? 0) > 0 && (
            <Stack gap={2} data-testid="beranda-keberatan-atas-nama">
              <Title order={3} size="h5">
                {t('admin.keberatan')}
              </Title>
              <Angka
                nilai={a.keberatanAtasNama ?? 0}
                besar
                to="/keberatan?peran=admin"
                label={t('admin.keberatanLabel')}
              />
              <Text size="xs" c="dimmed">
                {t('admin.keberatanBantuan')}
              </Text>
            </Stack>
          )}
        </SimpleGrid>
        <Title order={3} size="h5">
          {t('admin.perUnit')}
        </Title>
        <CapaianTabel
          baris={a.unit.map((u) => ({ id: u.unorId, nama: u.nama, capaian: u.capaian }))}
          judulKolom={t('capaian.unit')}
          label={t('admin.tabel')}
          tautan={(id, status) => tautan.pegawai({ tahun, status, unorId: id })}
        />
      </Stack>
    </Card>
  )
}
