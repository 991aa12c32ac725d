/** A feature's messages: Indonesian (default) and English with exactly the same keys. */
export interface Messages {
  [key: string]: string | Messages
}

export type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> }

export interface FeatureMessages<T extends Messages = Messages> {
  id: T
  en: SameShape<T>
}

/**
 * Typed helper for `features/<concept>/i18n.ts`: the English object must have every Indonesian key.
 * The file's folder name becomes the i18next namespace (see i18n/index.ts).
 */
export const defineMessages = <T extends Messages>(messages: FeatureMessages<T>): FeatureMessages<T> =>
  messages
