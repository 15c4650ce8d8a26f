/** Fill `{name}` placeholders of a catalog template. Unknown placeholders are left as they are. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m))
}

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
