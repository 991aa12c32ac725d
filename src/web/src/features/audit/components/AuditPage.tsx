import { Card } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TablePager } from '../../../components/TablePager.tsx'
import { useInstansiAktif } from '../../../lib/instansi-aktif.tsx'
import { useAudit } from '../api/audit.ts'
import { AuditFilterBar, FILTER_KOSONG, type AuditFilterState } from './AuditFilterBar.tsx'
import { AuditTable } from './AuditTable.tsx'

const PAGE_SIZE = 50

/** Admin: browse the audit log; `?entitas=pegawai&entitasId=…` opens the history of one record. */
export function AuditPage() {
  const { t } = useTranslation('audit')
  const [params] = useSearchParams()
  const { instansiId, canChoose } = useInstansiAktif()
  const [filter, setFilter] = useState<AuditFilterState>({
    ...FILTER_KOSONG,
    entitas: params.get('entitas'),
    entitasId: params.get('entitasId') ?? '',
  })
  const [page, setPage] = useState(1)
  const [aktor] = useDebouncedValue(filter.aktor.trim(), 350)
  const [entitasId] = useDebouncedValue(filter.entitasId.trim(), 350)
  const rentangSalah = Boolean(filter.dari && filter.sampai && filter.sampai < filter.dari)
  const audit = useAudit({
    instansiId: canChoose && filter.semuaInstansi ? undefined : instansiId,
    aksi: filter.aksi,
    entitas: filter.entitas,
    entitasId: entitasId || undefined,
    aktor: aktor || undefined,
    dari: filter.dari,
    sampai: rentangSalah ? undefined : filter.sampai,
    page,
    pageSize: PAGE_SIZE,
  })
  const ubah = (next: AuditFilterState) => {
    setFilter(next)
    setPage(1)
  }
  return (
    <>
      <PageHeader title={t('judul')} description={t('deskripsi')} />
      <Card withBorder padding="md">
        <AuditFilterBar
          value={filter}
          onChange={ubah}
          canChooseInstansi={canChoose}
          sampaiError={rentangSalah ? t('filter.rentangSalah') : undefined}
        />
        <QueryState
          query={audit}
          isEmpty={(p) => p.items.length === 0}
          empty={<EmptyState message={t('tabel.kosong')} />}
        >
          {(p) => (
            <div style={{ opacity: audit.isPlaceholderData ? 0.6 : 1 }}>
              <AuditTable items={p.items} />
              <TablePager page={p.page} pageSize={p.pageSize} total={p.total} onChange={setPage} />
            </div>
          )}
        </QueryState>
      </Card>
    </>
  )
}
