import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { Canvas } from '@react-three/fiber'

/** A tiny WebGL scene: proves stories render in real Chromium (WebGL2 via SwiftShader) when run as tests. */
function PipelineCheck({ color = '#2a9d8f' }: { color?: string }) {
  return (
    <div style={{ width: 160, height: 120 }} role="img" aria-label="Rendering check: a coloured square">
      <Canvas frameloop="demand" dpr={1} gl={{ antialias: false }} camera={{ position: [0, 0, 3] }}>
        <mesh>
          <planeGeometry args={[1, 1]} />
          <meshBasicMaterial color={color} />
        </mesh>
      </Canvas>
    </div>
  )
}

const meta = {
  title: 'Internals/Pipeline check',
  component: PipelineCheck,
  args: { color: '#2a9d8f' },
  argTypes: { color: { control: 'color', description: 'Colour of the square' } },
} satisfies Meta<typeof PipelineCheck>
export default meta

export const Square: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('canvas')).not.toBeNull())
  },
}
