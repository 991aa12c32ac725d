import { Badge, Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import type { PenilaianSayaItem } from '../../../../../shared/penilaian.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TahunSelect } from '../../../components/TahunSelect.tsx'
import { formatTanggal } from '../../../lib/format.ts'
import { tahunIni } from '../../../lib/hari-ini.ts'
import { useEvaluasi, usePenilaianSaya } from '../api/penilaian.ts'
import { DiriPanel } from './DiriPanel.tsx'
import { namaPeriode, PredikatBadge, StatusEvaluasiBadge } from './Lencana.tsx'

/** The penilaian diri form of one evaluation, loaded when the pegawai opens it. */
function DiriDiSini({ id }: { id: string }) {
  const q = useEvaluasi(id)
  return q.data ? <DiriPanel d={q.data} /> : null
}

function Kartu({ e }: { e: PenilaianSayaItem }) {
  const { t } = useTranslation('penilaian')
  const [diri, setDiri] = useState(false)
  const bisaDiri = e.aksi.includes('isi_diri') || e.aksi.includes('ajukan_diri')
  return (
    <Paper withBorder p="sm" component="li" data-testid={`saya-${e.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>
            {namaPeriode(e.periode)} {e.tahun}
          </Text>
          <Group gap={6}>
            {e.perluTindakan && (
              <Badge color="orange" size="sm">
                {t('bawahan.menunggu')}
              </Badge>
            )}
            <StatusEvaluasiBadge status={e.status} size="sm" />
            <PredikatBadge predikat={e.predikat} size="sm" />
          </Group>
        </Group>
        {e.penilai && (
          <Text size="xs" c="dimmed">
            {t('form.penilai')}: {e.penilai.nama}
          </Text>
        )}
        {e.batasKeberatan && e.aksi.includes('keberatan') && (
          <Text size="xs">{t('form.batasKeberatan', { tanggal: formatTanggal(e.batasKeberatan) })}</Text>
        )}
        {e.diriDiajukan && (
          <Text size="xs" c="dimmed">
            {t('bawahan.diri')}
          </Text>
        )}
        <Group gap="xs">
          <Button component={Link} to={`/evaluasi/${e.id}`} size="xs" variant="light" data-testid="saya-buka">
            {t('saya.lihat')}
          </Button>
          {bisaDiri && (
            <Button size="xs" onClick={() => setDiri((x) => !x)} aria-expanded={diri} data-testid="saya-diri">
              {t('saya.isiDiri')}
            </Button>
          )}
        </Group>
        {bisaDiri && (
          <Collapse expanded={diri} keepMounted={false}>
            <DiriDiSini id={e.id} />
          </Collapse>
        )}
      </Stack>
    </Paper>
  )
}

/** Penilaian Saya: the pegawai's evaluations of a year, what waits for them first (the server's order). */
export function PenilaianSayaPage() {
  const { t } = useTranslation('penilaian')
  const [params, setParams] = useSearchParams()
  const tahun = Number(params.get('tahun')) || tahunIni()
  const q = usePenilaianSaya(tahun)
  return (
    <Stack gap="md">
      <PageHeader title={t('saya.judul')} description={t('saya.deskripsi')} />
      <Group>
        <TahunSelect
          testId="saya-tahun"
          value={tahun}
          onChange={(x) => setParams({ tahun: String(x) }, { replace: true })}
        />
      </Group>
      <QueryState
        query={q}
        isEmpty={(v) => v.items.length === 0}
        empty={<EmptyState message={t('saya.kosong', { tahun })} />}
      >
        {(v) => (
          <Stack
            gap="xs"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('saya.daftar')}
          >
            {v.items.map((e) => (
              <Kartu key={e.id} e={e} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  )
}
