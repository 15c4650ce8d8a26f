/** Soft, even lighting that reads from every preset (front, back, side, top). */
export function SceneLights({ intensity = 1 }: { intensity?: number }) {
  return (
    <>
      <hemisphereLight args={['#ffffff', '#8a8f99', 1.1 * intensity]} />
      <directionalLight position={[0.6, 1.2, 1.5]} intensity={1.6 * intensity} />
      <directionalLight position={[-0.8, 0.4, -1.4]} intensity={0.8 * intensity} />
      <directionalLight position={[-1.5, -0.3, 0.4]} intensity={0.45 * intensity} />
    </>
  )
}
