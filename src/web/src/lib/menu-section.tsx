import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'

interface MenuSection {
  /** The menu entry (path) the open page says it belongs to, or null. */
  section: string | null
  setSection: (path: string | null) => void
}

const Ctx = createContext<MenuSection>({ section: null, setSection: () => {} })

/** Holds what the open page says about its menu section; the sidebar reads it (app/Navigation.tsx). */
export function MenuSectionProvider({ children }: { children: ReactNode }) {
  const [section, setSection] = useState<string | null>(null)
  return <Ctx.Provider value={{ section, setSection }}>{children}</Ctx.Provider>
}

export const useDeclaredMenuSection = () => useContext(Ctx).section

/**
 * A page whose section depends on its data says so: an SKP is under SKP Saya for its owner and under
 * SKP Bawahan for the atasan (the route meta alone cannot know). Cleared when the page goes.
 */
export function useMenuSection(path: string | null) {
  const { setSection } = useContext(Ctx)
  useEffect(() => {
    setSection(path)
    return () => setSection(null)
  }, [path, setSection])
}
