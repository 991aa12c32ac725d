import { Card } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TablePager } from '../../../components/TablePager.tsx'
import { useUnorList } from '../../../lib/queries.ts'
import { useMe } from '../../../lib/session.tsx'
import { usePegawaiList } from '../api/pegawai.ts'
import { usePegawaiFilter } from '../hooks/use-pegawai-filter.ts'
import { FilterBeranda } from './FilterBeranda.tsx'
import { PegawaiTable } from './PegawaiTable.tsx'

/**
 * A pimpinan's (or unit head's) read-only list of the pegawai of one unit below them, opened from a
 * completion count on the Beranda (DOMAIN §8: drill down to a person). The server decides who may see it.
 */
export function PegawaiUnitPage() {
  const { t } = useTranslation('pegawai')
  const me = useMe()
  const f = usePegawaiFilter()
  const unitList = useUnorList(me.instansi?.id ?? null)
  const unit = unitList.data?.find((u) => u.id === f.filter.unorId)
  const list = usePegawaiList({
    instansiId: me.instansi?.id ?? null,
    unorId: f.filter.unorId,
    termasukSubUnit: f.filter.termasukSubUnit,
    statusSkp: f.filter.statusSkp,
    wajibSkp: (!f.filter.statusSkp && f.filter.wajibSkp) || undefined,
    tahun: f.filter.statusSkp || f.filter.wajibSkp ? f.filter.tahun : undefined,
    page: f.filter.page,
    pageSize: f.filter.pageSize,
  })
  return (
    <>
      <PageHeader title={t('unit.judul', { unit: unit?.nama ?? '…' })} description={t('unit.deskripsi')} />
      <Card withBorder padding="md">
        <FilterBeranda f={f} />
        {!f.filter.unorId ? (
          <EmptyState message={t('unit.pilihDariBeranda')} />
        ) : (
          <QueryState
            query={list}
            isEmpty={(page) => page.items.length === 0}
            empty={<EmptyState message={t('tabel.kosong')} />}
          >
            {(page) => (
              <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }} aria-busy={list.isFetching}>
                <PegawaiTable items={page.items} tautan={false} />
                <TablePager
                  page={page.page}
                  pageSize={page.pageSize}
                  total={page.total}
                  onChange={(p) => f.set({ page: String(p) })}
                />
              </div>
            )}
          </QueryState>
        )}
      </Card>
    </>
  )
}
