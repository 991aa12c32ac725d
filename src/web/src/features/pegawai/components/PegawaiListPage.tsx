import { Button, Card } from '@mantine/core'
import { IconUserPlus } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TablePager } from '../../../components/TablePager.tsx'
import { useInstansiAktif } from '../../../lib/instansi-aktif.tsx'
import { usePegawaiList } from '../api/pegawai.ts'
import { usePegawaiFilter } from '../hooks/use-pegawai-filter.ts'
import { PegawaiCreateModal } from './PegawaiCreateModal.tsx'
import { PegawaiFilterBar } from './PegawaiFilterBar.tsx'
import { PegawaiTable } from './PegawaiTable.tsx'
import { FilterBeranda } from './FilterBeranda.tsx'

function Daftar({ instansiId }: { instansiId: string }) {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  const f = usePegawaiFilter()
  const list = usePegawaiList({
    instansiId,
    q: f.filter.q || undefined,
    unorId: f.filter.unorId,
    termasukSubUnit: f.filter.unorId ? f.filter.termasukSubUnit : undefined,
    status: f.filter.status,
    jenisAsn: f.filter.jenisAsn,
    tanpaAkun: f.filter.tanpaAkun || undefined,
    statusSkp: f.filter.statusSkp,
    wajibSkp: (!f.filter.statusSkp && f.filter.wajibSkp) || undefined,
    tahun: f.filter.statusSkp || f.filter.wajibSkp ? f.filter.tahun : undefined,
    page: f.filter.page,
    pageSize: f.filter.pageSize,
  })
  return (
    <Card withBorder padding="md">
      <PegawaiFilterBar instansiId={instansiId} f={f} />
      <FilterBeranda f={f} />
      <QueryState
        query={list}
        isEmpty={(page) => page.items.length === 0}
        empty={<EmptyState message={f.active ? tc('status.tidakDitemukan') : t('tabel.kosong')} />}
      >
        {(page) => (
          <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }} aria-busy={list.isFetching}>
            <PegawaiTable items={page.items} />
            <TablePager
              page={page.page}
              pageSize={page.pageSize}
              total={page.total}
              onChange={(p) => f.set({ page: String(p) })}
            />
          </div>
        )}
      </QueryState>
    </Card>
  )
}

/** Admin: search and filter pegawai, open a detail page, add a pegawai. */
export function PegawaiListPage() {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  const { instansiId, canChoose, setInstansiId } = useInstansiAktif()
  const [adding, setAdding] = useState(false)
  const [params, setParams] = useSearchParams()
  const diminta = params.get('instansiId')
  // a national admin's link from the Beranda names the instansi to work in: choose it, then drop the param
  useEffect(() => {
    if (!diminta) return
    if (canChoose) setInstansiId(diminta)
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        next.delete('instansiId')
        return next
      },
      { replace: true },
    )
  }, [diminta, canChoose, setInstansiId, setParams])
  return (
    <>
      <PageHeader
        title={t('judul')}
        description={t('deskripsi')}
        actions={
          <Button
            leftSection={<IconUserPlus size={16} />}
            onClick={() => setAdding(true)}
            disabled={!instansiId}
            data-testid="pegawai-tambah"
          >
            {t('tambah')}
          </Button>
        }
      />
      {instansiId ? (
        <Daftar instansiId={instansiId} />
      ) : (
        <EmptyState message={tc('error.pilihInstansiDulu')} />
      )}
      {instansiId && (
        <PegawaiCreateModal opened={adding} instansiId={instansiId} onClose={() => setAdding(false)} />
      )}
    </>
  )
}
