import { Box, Button, Card, Grid, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { IconPlus } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { UnorNode } from '../../../../../shared/organisasi.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { useInstansiAktif } from '../../../lib/instansi-aktif.tsx'
import { useUnorList } from '../../../lib/queries.ts'
import { UnorDetailPanel } from './UnorDetailPanel.tsx'
import { UnorFormModal, type UnorFormState } from './UnorFormModal.tsx'
import { UnorPindahModal } from './UnorPindahModal.tsx'
import { UnorTree } from './UnorTree.tsx'

interface BrowserProps {
  items: UnorNode[]
  onForm: (state: UnorFormState) => void
  onPindah: (unit: UnorNode) => void
  selectedId: string | null
  onSelect: (id: string) => void
}

/** Tree on the left, the selected unit on the right (below on phones, scrolled into view). */
function UnorBrowser({ items, onForm, onPindah, selectedId, onSelect }: BrowserProps) {
  const { t } = useTranslation('unor')
  const [params] = useSearchParams()
  const detailRef = useRef<HTMLDivElement>(null)
  const narrow = useMediaQuery('(max-width: 62em)')
  const byId = new Map(items.map((u) => [u.id, u]))
  const unit = selectedId ? byId.get(selectedId) : undefined

  useEffect(() => {
    if (narrow && selectedId) detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' })
  }, [narrow, selectedId])

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Card withBorder padding="md">
          <UnorTree
            items={items}
            selectedId={selectedId}
            onSelect={onSelect}
            initialTanpaKepala={params.get('tanpaKepala') === '1'}
          />
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Box ref={detailRef} style={{ position: 'sticky', top: 76 }}>
          {unit ? (
            <UnorDetailPanel
              unit={unit}
              induk={unit.parentId ? byId.get(unit.parentId) : undefined}
              onTambahSub={() => onForm({ mode: 'tambah', induk: unit })}
              onUbah={() => onForm({ mode: 'ubah', unit })}
              onPindah={() => onPindah(unit)}
            />
          ) : (
            <Card withBorder padding="lg">
              <Text c="dimmed" size="sm">
                {t('pilihUnit')}
              </Text>
            </Card>
          )}
        </Box>
      </Grid.Col>
    </Grid>
  )
}

/** Admin: browse the unit tree, add, edit, move, (de)activate units. */
export function UnorPage() {
  const { t } = useTranslation('unor')
  const { t: tc } = useTranslation()
  const { instansiId } = useInstansiAktif()
  const unor = useUnorList(instansiId)
  // `?unorId=` (a link from the audit log or the Beranda) opens that unit
  const [params] = useSearchParams()
  const [selectedId, setSelectedId] = useState<string | null>(() => params.get('unorId'))
  const [form, setForm] = useState<UnorFormState>(null)
  const [moving, setMoving] = useState<UnorNode | null>(null)

  const tambah = (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setForm({ mode: 'tambah', induk: null })}
      disabled={!instansiId}
      data-testid="unor-tambah-teratas"
    >
      {t('tambahTeratas')}
    </Button>
  )
  return (
    <>
      <PageHeader title={t('judul')} description={t('deskripsi')} actions={tambah} />
      {!instansiId ? (
        <EmptyState message={tc('error.pilihInstansiDulu')} />
      ) : (
        <>
          <QueryState
            query={unor}
            isEmpty={(items) => items.length === 0}
            empty={<EmptyState message={t('kosong')} />}
          >
            {(items) => (
              <UnorBrowser
                items={items}
                onForm={setForm}
                onPindah={setMoving}
                selectedId={selectedId}
                onSelect={setSelectedId}
              />
            )}
          </QueryState>
          <UnorFormModal
            state={form}
            instansiId={instansiId}
            onClose={() => setForm(null)}
            onSaved={setSelectedId}
          />
          <UnorPindahModal unit={moving} instansiId={instansiId} onClose={() => setMoving(null)} />
        </>
      )}
    </>
  )
}
