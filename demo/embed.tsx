/** The iframe page: /demo/embed.html?t=0.66&s=r&model=/models/lumbar-psoas.glb */
import { mountIframeExplainer } from '../src/embed/iframe.tsx'
import './embed.css'

mountIframeExplainer(document.getElementById('app')!)
