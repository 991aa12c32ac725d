import { Select, type SelectProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PegawaiSelect } from '../../../components/PegawaiSelect.tsx'
import { formatNip } from '../../../lib/format.ts'
import { isAdmin, useMe } from '../../../lib/session.tsx'
import { useCalonAnggota } from '../api/tim-kerja.ts'

interface Props extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  tahun: number
  value: string | null
  onChange: (value: string | null) => void
  /** People already chosen (e.g. current members) are left out. */
  kecuali?: string[]
  denganDiri?: boolean
}

/**
 * Choosing a person for a team: admins search the whole instansi; an atasan chooses from themself and the
 * people of their subtree (DOMAIN §2: a team is formed by someone with authority over its members).
 */
export function PegawaiPilih({ tahun, value, onChange, kecuali = [], denganDiri = true, ...rest }: Props) {
  const { t } = useTranslation('kaskade')
  const me = useMe()
  const admin = isAdmin(me)
  const bawahan = useCalonAnggota(tahun, !admin)
  if (admin)
    return (
      <PegawaiSelect
        instansiId={me.instansi?.id ?? null}
        value={value}
        onChange={onChange}
        excludeId={kecuali[0]}
        {...rest}
      />
    )
  const diri =
    denganDiri && me.pegawai
      ? [{ value: me.pegawai.id, label: t('tim.diri', { nama: me.pegawai.nama }) }]
      : []
  const lain = (bawahan.data ?? []).map((p) => ({ value: p.id, label: `${p.nama} — ${formatNip(p.nip)}` }))
  const data = [...diri, ...lain].filter((o) => !kecuali.includes(o.value) || o.value === value)
  return (
    <Select
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      description={t('tim.pilihPegawaiBantuan')}
      comboboxProps={{ withinPortal: true }}
      {...rest}
    />
  )
}
