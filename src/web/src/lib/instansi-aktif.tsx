import { useLocalStorage } from '@mantine/hooks'
import { createContext, useContext, type ReactNode } from 'react'
import { useMe } from './session.tsx'

interface InstansiAktif {
  /** The instansi the admin pages work in; null until a national admin picks one. */
  instansiId: string | null
  /** National admins work across instansi and choose one; everyone else is fixed to their own. */
  canChoose: boolean
  setInstansiId: (id: string | null) => void
}

const Ctx = createContext<InstansiAktif | null>(null)

export function InstansiAktifProvider({ children }: { children: ReactNode }) {
  const me = useMe()
  const canChoose = me.peran.includes('admin_nasional')
  const [chosen, setChosen] = useLocalStorage<string | null>({
    key: 'kinerja.instansiAktif',
    defaultValue: null,
  })
  const own = me.instansi?.id ?? null
  const value: InstansiAktif = {
    instansiId: canChoose ? (chosen ?? own) : own,
    canChoose,
    setInstansiId: (id) => setChosen(id),
  }
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>
}

export function useInstansiAktif(): InstansiAktif {
  const value = useContext(Ctx)
  if (!value) throw new Error('useInstansiAktif() used outside InstansiAktifProvider')
  return value
}
