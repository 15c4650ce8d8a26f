/** Numbers of the readout in the locale's notation (catalog templates are filled with content's `format`). */

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
