import { Button, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, Navigate } from 'react-router'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { hariIni, tahunIni } from '../../../lib/hari-ini.ts'
import { useSkpSayaTahun } from '../api/pelaksanaan.ts'

/**
 * /realisasi (the menu entry): opens the realisasi of this year's approved SKP (the one covering today after
 * a mutasi, else the latest approved); without one, says so and links to SKP Saya.
 */
export function RealisasiSayaPage() {
  const { t } = useTranslation('realisasi')
  const q = useSkpSayaTahun(tahunIni())
  return (
    <QueryState query={q}>
      {(d) => {
        const disetujui = d.items.filter((s) => s.status === 'disetujui')
        const kini = disetujui.find((s) => s.mulai <= hariIni() && hariIni() <= s.selesai) ?? disetujui[0]
        if (kini) return <Navigate to={`/skp/${kini.id}/realisasi`} replace />
        return (
          <Stack>
            <PageHeader title={t('nav')} />
            <EmptyState message={t('pilihSkp')}>
              <Button component={Link} to="/skp" variant="light">
                {t('bukaSkp')}
              </Button>
            </EmptyState>
          </Stack>
        )
      }}
    </QueryState>
  )
}
