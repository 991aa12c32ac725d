import { Badge, Card, Group, Select, Stack, Text } from '@mantine/core'
import { tahunIni } from '../../../lib/hari-ini.ts'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { TAHUN_MIN } from '../../../../../shared/pengaturan.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { formatWaktu } from '../../../lib/format.ts'
import { useInstansiAktif } from '../../../lib/instansi-aktif.tsx'
import { useDaftarTahun, usePengaturan } from '../api/pengaturan.ts'
import { PengaturanForm } from './PengaturanForm.tsx'
import { StatusTahun } from './StatusTahun.tsx'

const WARNA = { dibuka: 'green', ditutup: 'gray', belum_dibuka: 'yellow' } as const

function pilihanTahun(dibuka: number[]) {
  const semua = new Set(dibuka)
  for (let t = tahunIni() + 1; t >= Math.max(TAHUN_MIN, tahunIni() - 2); t--) semua.add(t)
  return [...semua].sort((a, b) => b - a).map(String)
}

function TahunDibuka({ instansiId, onPilih }: { instansiId: string; onPilih: (tahun: number) => void }) {
  const { t } = useTranslation('pengaturan')
  const daftar = useDaftarTahun(instansiId)
  if (!daftar.data) return null
  return (
    <Card withBorder padding="sm">
      <Text size="sm" fw={600} mb={4}>
        {t('daftar')}
      </Text>
      {daftar.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('belumAdaTahun')}
        </Text>
      ) : (
        <Group gap="xs">
          {daftar.data.map((d) => (
            <Badge
              key={d.tahun}
              component="button"
              type="button"
              color={WARNA[d.status]}
              variant="light"
              style={{ cursor: 'pointer' }}
              onClick={() => onPilih(d.tahun)}
              title={t('diperbarui', { waktu: formatWaktu(d.updatedAt) })}
            >
              {d.tahun} · {t(`status.${d.status}`)}
            </Badge>
          ))}
        </Group>
      )}
    </Card>
  )
}

function Isi({ instansiId }: { instansiId: string }) {
  const { t } = useTranslation('pengaturan')
  const [params, setParams] = useSearchParams()
  const tahun = Number(params.get('tahun')) || tahunIni()
  const setTahun = (v: number) => setParams({ tahun: String(v) }, { replace: true })
  const daftar = useDaftarTahun(instansiId)
  const view = usePengaturan(tahun, instansiId)
  return (
    <Stack gap="md">
      <TahunDibuka instansiId={instansiId} onPilih={setTahun} />
      <Group align="flex-end" gap="sm">
        <Select
          label={t('tahun')}
          w={120}
          allowDeselect={false}
          data={pilihanTahun((daftar.data ?? []).map((d) => d.tahun))}
          value={String(tahun)}
          onChange={(v) => v && setTahun(Number(v))}
          data-testid="pengaturan-tahun"
        />
        {view.data && (
          <Badge
            size="lg"
            color={WARNA[view.data.status]}
            variant="light"
            mb={6}
            data-testid="pengaturan-status"
            data-status={view.data.status}
          >
            {t(`status.${view.data.status}`)}
          </Badge>
        )}
      </Group>
      <QueryState query={view}>
        {(v) => (
          <Stack gap="md">
            <StatusTahun view={v} />
            <PengaturanForm key={`${v.instansiId}-${v.tahun}-${v.dibuka}-${v.status}`} view={v} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  )
}

/** Admin: open a year and edit its settings (periods, deadlines, thresholds); every change is audited. */
export function PengaturanPage() {
  const { t } = useTranslation('pengaturan')
  const { t: tc } = useTranslation()
  const { instansiId } = useInstansiAktif()
  return (
    <>
      <PageHeader title={t('judul')} description={t('deskripsi')} />
      {instansiId ? <Isi instansiId={instansiId} /> : <EmptyState message={tc('error.pilihInstansiDulu')} />}
    </>
  )
}
