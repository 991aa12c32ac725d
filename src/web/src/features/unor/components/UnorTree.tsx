import {
  Badge,
  Button,
  Checkbox,
  Group,
  Highlight,
  Stack,
  Text,
  TextInput,
  Tree,
  getTreeExpandedState,
  useTree,
  type TreeNodeData,
} from '@mantine/core'
import { IconChevronDown, IconSearch } from '@tabler/icons-react'
import { useEffect, useMemo, useRef, useState, type FocusEvent, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { UnorNode } from '../../../../../shared/organisasi.ts'
import { EmptyState } from '../../../components/QueryState.tsx'
import { anakPerInduk, leluhur } from '../../../lib/unor-tree.ts'

interface Filter {
  q: string
  nonaktif: boolean
  tanpaKepala: boolean
}

/** Units that match the filter, plus their ancestors so the matches stay reachable in the tree. */
function saring(items: UnorNode[], f: Filter): UnorNode[] {
  const q = f.q.trim().toLowerCase()
  const visible = items.filter((u) => f.nonaktif || u.aktif)
  if (!q && !f.tanpaKepala) return visible
  const cocok = visible.filter(
    (u) =>
      (!q || u.nama.toLowerCase().includes(q) || (u.kode ?? '').toLowerCase().includes(q)) &&
      (!f.tanpaKepala || (!u.kepala && u.aktif)),
  )
  const keep = new Set(cocok.flatMap((u) => [u.id, ...leluhur(items, u.id)]))
  return visible.filter((u) => keep.has(u.id))
}

function toTreeData(items: UnorNode[]): TreeNodeData[] {
  const anak = anakPerInduk(items)
  const build = (parent: string): TreeNodeData[] =>
    (anak.get(parent) ?? []).map((u) => ({ value: u.id, label: u.nama, children: build(u.id) }))
  return build('')
}

interface Props {
  items: UnorNode[]
  selectedId: string | null
  onSelect: (id: string) => void
  initialTanpaKepala?: boolean
}

/** Browse the tree: click or arrow keys (→ expand, ← collapse), selection follows focus; search filters. */
export function UnorTree({ items, selectedId, onSelect, initialTanpaKepala = false }: Props) {
  const { t } = useTranslation('unor')
  const [filter, setFilter] = useState<Filter>({ q: '', nonaktif: false, tanpaKepala: initialTanpaKepala })
  const byId = useMemo(() => new Map(items.map((u) => [u.id, u])), [items])
  const shown = useMemo(() => saring(items, filter), [items, filter])
  const data = useMemo(() => toTreeData(shown), [shown])
  const filtering = filter.q.trim() !== '' || filter.tanpaKepala
  const tree = useTree({ selectedState: selectedId ? [selectedId] : [] })

  const dibuka = useRef(false)
  useEffect(() => {
    // Start with the top level open; while filtering, open everything that is shown.
    if (filtering) tree.setExpandedState(getTreeExpandedState(data, '*'))
    else if (!dibuka.current && data.length)
      tree.setExpandedState(
        getTreeExpandedState(
          data,
          data.map((n) => n.value),
        ),
      )
    dibuka.current = dibuka.current || data.length > 0
  }, [filtering, data])

  useEffect(() => {
    if (selectedId) for (const id of leluhur(items, selectedId)) tree.expand(id)
  }, [selectedId, items])

  const onFocus = (e: FocusEvent<HTMLUListElement>) => {
    const value = (e.target as HTMLElement).getAttribute('data-value')
    if ((e.target as HTMLElement).getAttribute('role') === 'treeitem' && value) onSelect(value)
  }

  return (
    <Stack gap="sm">
      <TextInput
        label={t('cari')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filter.q}
        onChange={(e) => setFilter({ ...filter, q: e.currentTarget.value })}
        data-testid="unor-cari"
      />
      <Group gap="md" justify="space-between">
        <Group gap="md">
          <Checkbox
            label={t('tampilkanNonaktif')}
            checked={filter.nonaktif}
            onChange={(e) => setFilter({ ...filter, nonaktif: e.currentTarget.checked })}
          />
          <Checkbox
            label={t('hanyaTanpaKepala')}
            checked={filter.tanpaKepala}
            onChange={(e) => setFilter({ ...filter, tanpaKepala: e.currentTarget.checked })}
          />
        </Group>
        <Group gap={4}>
          <Button size="compact-sm" variant="subtle" onClick={() => tree.expandAllNodes()}>
            {t('bukaSemua')}
          </Button>
          <Button size="compact-sm" variant="subtle" onClick={() => tree.collapseAllNodes()}>
            {t('tutupSemua')}
          </Button>
        </Group>
      </Group>
      {data.length === 0 ? (
        <EmptyState message={t('common:status.tidakDitemukan')} />
      ) : (
        <Tree
          data={data}
          tree={tree}
          expandOnClick={false}
          selectOnClick
          levelOffset="lg"
          aria-label={t('pohon')}
          onFocus={onFocus}
          data-testid="unor-tree"
          renderNode={({ node, expanded, hasChildren, elementProps }) => {
            const u = byId.get(node.value)!
            const toggle = (e: MouseEvent) => {
              e.stopPropagation()
              tree.toggleExpanded(node.value)
            }
            return (
              <Group
                gap={6}
                wrap="nowrap"
                py={4}
                {...elementProps}
                data-testid={`unor-node-${u.kode ?? u.id}`}
              >
                <span
                  onClick={hasChildren ? toggle : undefined}
                  style={{ display: 'inline-flex', width: 18, cursor: 'pointer' }}
                  aria-hidden
                >
                  {hasChildren && (
                    <IconChevronDown
                      size={16}
                      style={{
                        transform: expanded ? undefined : 'rotate(-90deg)',
                        transition: 'transform 150ms',
                      }}
                    />
                  )}
                </span>
                <Highlight
                  highlight={filter.q.trim()}
                  size="sm"
                  fw={u.parentId ? 400 : 600}
                  c={u.aktif ? undefined : 'dimmed'}
                >
                  {u.nama}
                </Highlight>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {t('pegawaiSingkat', { count: u.jumlahPegawai })}
                </Text>
                {u.aktif && !u.kepala && (
                  <Badge size="xs" color="orange" variant="outline">
                    {t('tanpaKepala')}
                  </Badge>
                )}
                {!u.aktif && (
                  <Badge size="xs" color="gray" variant="outline">
                    {t('nonaktif')}
                  </Badge>
                )}
              </Group>
            )
          }}
        />
      )}
    </Stack>
  )
}
