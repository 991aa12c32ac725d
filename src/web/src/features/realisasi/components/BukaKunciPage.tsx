import { Anchor, Badge, Paper, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TahunSelect } from '../../../components/TahunSelect.tsx'
import { formatNip, formatWaktu } from '../../../lib/format.ts'
import { tahunIni } from '../../../lib/hari-ini.ts'
import { useDaftarBukaKunci } from '../api/pelaksanaan.ts'

/** The admin's record of realisasi unlocks: who, which period, why, until when (newest first). */
export function BukaKunciPage() {
  const { t } = useTranslation('realisasi')
  const [tahun, setTahun] = useState(tahunIni())
  const q = useDaftarBukaKunci(tahun)
  return (
    <Stack>
      <PageHeader title={t('bukaKunci.daftarJudul')} description={t('bukaKunci.daftarDeskripsi')} />
      <TahunSelect value={tahun} onChange={setTahun} testId="buka-kunci-tahun" />
      <QueryState
        query={q}
        isEmpty={(d) => d.items.length === 0}
        empty={<EmptyState message={t('bukaKunci.kosong')} />}
      >
        {(d) => (
          <Stack gap="xs">
            {d.items.map((b) => (
              <Paper key={b.id} withBorder p="sm" data-testid={`buka-kunci-${b.id}`}>
                <Stack gap={2}>
                  <Anchor component={Link} to={`/skp/${b.skpId}/realisasi?periode=${b.periode}`} fw={500}>
                    {b.pegawaiNama} · {formatNip(b.pegawaiNip)}
                  </Anchor>
                  <Text size="sm">
                    {t('bukaKunci.periode')}: {b.periode} ·{' '}
                    <Badge size="sm" color={b.berlaku ? 'green' : 'gray'} variant="light">
                      {b.berlaku ? t('bukaKunci.berlaku') : t('bukaKunci.berakhir')}{' '}
                      {formatWaktu(b.berlakuSampai)}
                    </Badge>
                  </Text>
                  <Text size="sm">{b.alasan}</Text>
                  <Text size="xs" c="dimmed">
                    {t('bukaKunci.oleh')}: {b.olehNama ?? '—'} · {formatWaktu(b.createdAt)}
                  </Text>
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  )
}
