import { useEffect, useMemo, useState } from 'react'
import { loadQrEncoder, qrEncoderIfLoaded, qrPath, type QrEncoder } from './qr.ts'

export interface QrCodeProps {
  /** what the code carries (the share link) */
  text: string
  /** accessible name of the image */
  label: string
  className?: string
  /** drawn size in CSS pixels (a stylesheet may override it) */
  size?: number
}

/**
 * A QR code as an inline SVG (no image URL, so a strict CSP's img-src does not matter; attributes
 * only, no inline style). Black on white whatever the theme, as scanners expect. Draws at once when the
 * encoder is already loaded, else after it has loaded.
 */
export function QrCode({ text, label, className, size = 132 }: QrCodeProps) {
  const [encode, setEncode] = useState<QrEncoder | null>(qrEncoderIfLoaded)
  useEffect(() => {
    if (encode) return
    let live = true
    loadQrEncoder().then(
      (e) => live && setEncode(() => e),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [encode])
  const qr = useMemo(() => encode?.(text) ?? null, [encode, text])
  if (!qr) return <span className={['psoas-qr', className].filter(Boolean).join(' ')} data-state="loading" />
  // attributes, not inline style: a strict CSP blocks style attributes
  return (
    <svg
      className={['psoas-qr', className].filter(Boolean).join(' ')}
      data-state="ready"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qrPath(qr)} fill="#000" />
    </svg>
  )
}
