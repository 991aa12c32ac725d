import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatAngka } from '../../../lib/format.ts'
import { useInstansiAktif } from '../../../lib/instansi-aktif.tsx'
import { useUnorList } from '../../../lib/queries.ts'
import { useJumlahPegawai } from '../api/ringkasan.ts'

function Angka({ label, value, help, to }: { label: string; value: ReactNode; help?: string; to: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Anchor component={Link} to={to} fz={28} fw={700} underline="never">
        {value}
      </Anchor>
      {help && (
        <Text size="xs" c="dimmed">
          {help}
        </Text>
      )}
    </Card>
  )
}

/** Headcount, active units and units without a head (their staff's atasan comes from one level up). */
export function AdminRingkasan() {
  const { t } = useTranslation('beranda')
  const { t: tc } = useTranslation()
  const { instansiId } = useInstansiAktif()
  const jumlah = useJumlahPegawai(instansiId)
  const unor = useUnorList(instansiId)
  if (!instansiId) {
    return (
      <Text c="dimmed" size="sm">
        {tc('error.pilihInstansiDulu')}
      </Text>
    )
  }
  const aktif = (unor.data ?? []).filter((u) => u.aktif)
  const tanpaKepala = aktif.filter((u) => !u.kepala).length
  const angka = (v: number | undefined) => (v === undefined ? '…' : formatAngka(v))
  return (
    <section aria-labelledby="ringkasan-judul">
      <Title order={2} size="h4" mb="sm" id="ringkasan-judul">
        {t('ringkasanInstansi')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <Angka label={t('jumlahPegawai')} value={angka(jumlah.data)} to="/admin/pegawai" />
        <Angka label={t('jumlahUnit')} value={angka(unor.data ? aktif.length : undefined)} to="/admin/unor" />
        <Angka
          label={t('unitTanpaKepala')}
          value={angka(unor.data ? tanpaKepala : undefined)}
          help={t('unitTanpaKepalaBantuan')}
          to="/admin/unor?tanpaKepala=1"
        />
      </SimpleGrid>
    </section>
  )
}
