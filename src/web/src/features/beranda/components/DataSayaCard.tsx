import { Anchor, Card, Divider, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { LABEL_ALASAN_ATASAN } from '../../../../../domain/labels.ts'
import { InfoList } from '../../../components/InfoList.tsx'
import { QueryState } from '../../../components/QueryState.tsx'
import { formatNip, labelOf, namaLengkap } from '../../../lib/format.ts'
import { useAtasan, usePegawaiDetail } from '../../../lib/queries.ts'

function Penilai({ pegawaiId }: { pegawaiId: string }) {
  const { t } = useTranslation('beranda')
  const atasan = useAtasan(pegawaiId)
  return (
    <QueryState query={atasan}>
      {(a) => (
        <Stack gap={2}>
          <Text fw={600}>{a.penilai ? namaLengkap(a.penilai) : '—'}</Text>
          {a.penilai && <Text size="sm">{a.penilai.jabatan}</Text>}
          <Text size="xs" c="dimmed">
            {labelOf(LABEL_ALASAN_ATASAN[a.alasan])}
          </Text>
          <Anchor component={Link} to="/profil" size="sm" mt={4}>
            {t('lihatProfil')}
          </Anchor>
        </Stack>
      )}
    </QueryState>
  )
}

/** The pegawai's own data and current position, at a glance. */
export function DataSayaCard({ pegawaiId }: { pegawaiId: string }) {
  const { t } = useTranslation('beranda')
  const { t: tc } = useTranslation()
  const pegawai = usePegawaiDetail(pegawaiId)
  return (
    <Card withBorder padding="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div>
          <Title order={2} size="h4" mb="sm">
            {t('dataSaya')}
          </Title>
          <QueryState query={pegawai}>
            {(p) => (
              <InfoList
                items={[
                  { label: tc('field.nama'), value: namaLengkap(p) },
                  { label: tc('field.nip'), value: formatNip(p.nip) },
                  { label: tc('field.pangkat'), value: [p.pangkat, p.golongan].filter(Boolean).join(', ') },
                  {
                    label: t('jabatanSaatIni'),
                    value: p.penugasanSaatIni?.jabatan.nama ?? (
                      <Text size="sm" c="dimmed">
                        {t('tidakAdaJabatan')}
                      </Text>
                    ),
                  },
                  { label: tc('field.unor'), value: p.penugasanSaatIni?.unor.nama },
                ]}
              />
            )}
          </QueryState>
        </div>
        <div>
          <Divider hiddenFrom="md" mb="md" />
          <Title order={2} size="h4" mb="sm">
            {t('penilaiSaya')}
          </Title>
          <Penilai pegawaiId={pegawaiId} />
        </div>
      </SimpleGrid>
    </Card>
  )
}
