/**
 * Number formatting of the panel (catalog templates are filled with content's `format`) and the
 * dev-build switch of the warnings.
 */

/** A number with a fixed count of decimals in the locale's notation ("1.5" / "1,5"). */
export function num(value: number, decimals: number, locale: string): string {
  const v = Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value
  return new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(v)
}

/** A signed number ("+3.2", "−1.0", "0.0"). */
export function signed(value: number, decimals: number, locale: string): string {
  const s = num(value, decimals, locale)
  if (/^0([.,]0*)?$/.test(s)) return s
  return value > 0 ? `+${s}` : s.replace('-', '−')
}

/** True outside production builds (process.env.NODE_ENV is replaced by bundlers). */
export function isDev(): boolean {
  try {
    return process.env.NODE_ENV !== 'production'
  } catch {
    return true
  }
}
