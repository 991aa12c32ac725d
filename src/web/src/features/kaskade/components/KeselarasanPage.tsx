import { Alert, Anchor, Group, List, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconAlertTriangle, IconArrowLeft, IconInfoCircle, IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { SimpulLevel } from '../../../../../shared/kaskade.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { useCariKeselarasan, useKeselarasanRhk, useLevelSkp } from '../api/keselarasan.ts'
import { Cabang } from './PohonLevel.tsx'
import { PohonKeselarasan } from './PohonKeselarasan.tsx'

function KembaliKeSkp({ skpId }: { skpId: string }) {
  const { t } = useTranslation('kaskade')
  return (
    <Anchor component={Link} to={`/skp/${skpId}`} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('selaras.kembaliSkp')}
      </Group>
    </Anchor>
  )
}

function Terpotong({ ya }: { ya: boolean }) {
  const { t } = useTranslation('kaskade')
  if (!ya) return null
  return (
    <Alert color="yellow" icon={<IconInfoCircle size={18} />}>
      {t('selaras.terpotong')}
    </Alert>
  )
}

/** The RHK of the SKP that nobody contributes to while their owner has subordinates (from the server's flag). */
function TanpaKontributor({ items }: { items: SimpulLevel[] }) {
  const { t } = useTranslation('kaskade')
  const tanpa = items.filter((r) => r.tanpaKontributor)
  if (tanpa.length === 0) return null
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle size={18} />}
      title={t('selaras.tanpaKontributorJudul')}
      data-testid="selaras-tanpa-kontributor"
    >
      {t('selaras.tanpaKontributorBantuan')}
      <List size="sm" mt={4}>
        {tanpa.map((r) => (
          <List.Item key={r.rhkId}>{r.deskripsi}</List.Item>
        ))}
      </List>
    </Alert>
  )
}

/** Search below the SKP's RHK; choosing a result opens the tree down to it and highlights it. */
function CariPohon({ skpId, tunjuk }: { skpId: string; tunjuk: (jalur: string[], rhkId: string) => void }) {
  const { t } = useTranslation('kaskade')
  const [teks, setTeks] = useState('')
  const [q] = useDebouncedValue(teks.trim(), 300)
  const hasil = useCariKeselarasan(skpId, q)
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('selaras.cari')}
        description={t('selaras.cariBantuan')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={teks}
        onChange={(e) => setTeks(e.currentTarget.value)}
        maxLength={200}
      />
      {q.length >= 2 && (
        <QueryState query={hasil}>
          {(d) =>
            d.items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('selaras.cariKosong')}
              </Text>
            ) : (
              <Stack gap={4} component="section" aria-label={t('selaras.hasilCari')}>
                <List size="sm" data-testid="selaras-hasil-cari">
                  {d.items.map((r) => (
                    <List.Item key={r.rhkId}>
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        onClick={() => tunjuk(r.jalur, r.rhkId)}
                      >
                        {r.deskripsi}
                      </Anchor>{' '}
                      <Text span size="xs" c="dimmed">
                        {r.pegawaiNama}
                      </Text>
                    </List.Item>
                  ))}
                </List>
                {d.lebih && (
                  <Text size="xs" c="dimmed">
                    {t('selaras.cariLebih')}
                  </Text>
                )}
              </Stack>
            )
          }
        </QueryState>
      )}
    </Stack>
  )
}

/** The tree of the SKP's RHK, opened level by level (one request per opened node). */
function PohonSkp({ skpId }: { skpId: string }) {
  const { t } = useTranslation('kaskade')
  const level = useLevelSkp(skpId)
  const [terbuka, setTerbuka] = useState<Set<string>>(new Set())
  const [sorot, setSorot] = useState<string>()
  const alih = (id: string) =>
    setTerbuka((lama) => {
      const baru = new Set(lama)
      if (!baru.delete(id)) baru.add(id)
      return baru
    })
  const tunjuk = (jalur: string[], rhkId: string) => {
    setTerbuka((lama) => new Set([...lama, ...jalur]))
    setSorot(rhkId)
  }
  return (
    <QueryState query={level}>
      {(d) =>
        d.items.length === 0 ? (
          <EmptyState message={t('selaras.kosong')} />
        ) : (
          <Stack gap="md">
            <TanpaKontributor items={d.items} />
            <CariPohon skpId={skpId} tunjuk={tunjuk} />
            <Cabang items={d.items} k={{ terbuka, alih, sorot }} akar />
          </Stack>
        )
      }
    </QueryState>
  )
}

/** /skp/:id/keselarasan — the alignment tree of every RHK of an SKP, opened level by level. */
export function KeselarasanSkpPage() {
  const { t } = useTranslation('kaskade')
  const { id = '' } = useParams()
  return (
    <Stack gap="md">
      <KembaliKeSkp skpId={id} />
      <PageHeader title={t('selaras.judulSkp')} description={t('selaras.deskripsiPohon')} />
      <PohonSkp skpId={id} />
    </Stack>
  )
}

/** /rhk/:id/keselarasan — the alignment tree from one RHK. */
export function KeselarasanRhkPage() {
  const { t } = useTranslation('kaskade')
  const { id = '' } = useParams()
  const data = useKeselarasanRhk(id)
  return (
    <Stack gap="md">
      {data.data && <KembaliKeSkp skpId={data.data.node.skpId} />}
      <PageHeader title={t('selaras.judulRhk')} description={t('selaras.deskripsi')} />
      <QueryState query={data}>
        {(d) => (
          <Stack gap="md">
            <Terpotong ya={d.terpotong} />
            <PohonKeselarasan item={d} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  )
}
