import { Card } from '@mantine/core'
import { IconChecks } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { TablePager } from '../../../components/TablePager.tsx'
import { notifyError } from '../../../lib/notify.ts'
import { useSetujuiBanyak, useSkpBawahan, type HasilSetujui } from '../api/bawahan.ts'
import { useBawahanFilter } from '../hooks/use-bawahan-filter.ts'
import { BawahanFilterBar } from './BawahanFilterBar.tsx'
import { BawahanJumlah } from './BawahanJumlah.tsx'
import { BawahanTable, bisaDisetujui } from './BawahanTable.tsx'
import { HasilSetujuiModal } from './HasilSetujuiModal.tsx'

/** SKP Bawahan: the atasan's list with status, filter and search, and approving several at once. */
export function SkpBawahanPage() {
  const { t } = useTranslation('skp-bawahan')
  const { t: tc } = useTranslation()
  const f = useBawahanFilter()
  const list = useSkpBawahan({ ...f.filter, q: f.filter.q || undefined })
  const setujui = useSetujuiBanyak()
  const [terpilih, setTerpilih] = useState<Map<string, string>>(new Map())
  const [hasil, setHasil] = useState<{ items: HasilSetujui[]; nama: Map<string, string> } | null>(null)
  const pilih = (skpId: string, nama: string, ya: boolean) =>
    setTerpilih((m) => {
      const next = new Map(m)
      if (ya) next.set(skpId, nama)
      else next.delete(skpId)
      return next
    })
  const kirim = async () => {
    const nama = new Map(terpilih)
    try {
      const r = await setujui.mutateAsync([...terpilih.keys()])
      setHasil({ items: r.hasil, nama })
      setTerpilih(new Map())
    } catch (err) {
      notifyError(err)
    }
  }
  const aksi = (
    <ConfirmButton
      color="green"
      leftSection={<IconChecks size={16} />}
      disabled={terpilih.size === 0}
      message={t('setujui.konfirmasi', { jumlah: terpilih.size })}
      onConfirm={kirim}
      data-testid="bawahan-setujui-terpilih"
    >
      {t('setujui.tombol', { jumlah: terpilih.size })}
    </ConfirmButton>
  )
  return (
    <>
      <PageHeader title={t('judul')} description={t('deskripsi')} actions={aksi} />
      <Card withBorder padding="md">
        <BawahanFilterBar f={f} />
        {list.data && <BawahanJumlah data={list.data} f={f} />}
        <QueryState
          query={list}
          isEmpty={(p) => p.items.length === 0}
          empty={
            <EmptyState
              message={
                f.filter.q || f.filter.status || f.filter.terlambat
                  ? tc('status.tidakDitemukan')
                  : t('tabel.kosong')
              }
            />
          }
        >
          {(page) => {
            const namaDari = new Map(page.items.filter((i) => i.skp).map((i) => [i.skp!.id, i.pegawai.nama]))
            return (
              <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }} aria-busy={list.isFetching}>
                <BawahanTable
                  items={page.items}
                  terpilih={new Set(terpilih.keys())}
                  onPilih={(id, ya) => pilih(id, namaDari.get(id) ?? '', ya)}
                  onPilihSemua={(ya) =>
                    page.items.filter(bisaDisetujui).forEach((i) => pilih(i.skp!.id, i.pegawai.nama, ya))
                  }
                />
                <TablePager
                  page={page.page}
                  pageSize={page.pageSize}
                  total={page.total}
                  onChange={(p) => f.set({ page: String(p) })}
                />
              </div>
            )
          }}
        </QueryState>
      </Card>
      <HasilSetujuiModal
        hasil={hasil?.items ?? null}
        nama={hasil?.nama ?? new Map()}
        onClose={() => setHasil(null)}
      />
    </>
  )
}
