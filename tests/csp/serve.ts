/**
 * A tiny static server for the CSP test: the demo build (index.html, demo/embed.html, assets/), the
 * committed models at /models/, and a small host page (/host.html + /host.js) that frames a URL given
 * in its query and records the embed's messages. Every response carries the Content-Security-Policy
 * the server was started with (the host page adds `frame-src` for the other server). Listens on 127.0.0.1 only.
 */
import { createServer, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.glb': 'model/gltf-binary',
  '.json': 'application/json',
  '.webp': 'image/webp',
}

const HOST_HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><title>host</title><script type="module" src="/host.js"></script></head>
<body><main><h1>Host page</h1></main></body></html>`

/** Frames `?src=…`, keeps every message from the frame in window.hostMessages, asks for the state once ready. */
const HOST_JS = `
window.hostMessages = [];
const src = new URLSearchParams(location.search).get('src');
const frame = document.createElement('iframe');
frame.src = src;
frame.title = 'explainer';
frame.width = '800';
frame.height = '600';
addEventListener('message', (e) => {
  if (e.source !== frame.contentWindow) return;
  window.hostMessages.push({ origin: e.origin, data: e.data });
  if (e.data && e.data.type === 'ready') frame.contentWindow.postMessage({ source: 'psoas-explainer', type: 'getState', id: 'q1' }, new URL(src).origin);
});
document.querySelector('main').append(frame);
`

export interface Served {
  origin: string
  close(): Promise<void>
}

export function serve(dir: string, modelsDir: string, policy: string): Promise<Served> {
  const root = resolve(dir)
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const headers: Record<string, string> = { 'Content-Security-Policy': policy, 'Cache-Control': 'no-store' }
    let body: string | Buffer | null = null
    let path = decodeURIComponent(url.pathname)
    if (path === '/host.html') {
      body = HOST_HTML
      // the host page frames the embed from the other server, as a clinic page would allow it to
      headers['Content-Security-Policy'] = `${policy}; frame-src http://127.0.0.1:*`
    }
    else if (path === '/host.js') body = HOST_JS
    else {
      if (path.endsWith('/')) path += 'index.html'
      const base = path.startsWith('/models/') ? resolve(modelsDir) : root
      const file = normalize(join(base, path.startsWith('/models/') ? path.slice('/models/'.length) : path))
      if (file.startsWith(base)) body = await readFile(file).catch(() => null)
    }
    if (body === null) {
      res.writeHead(404, headers).end('not found')
      return
    }
    headers['Content-Type'] = TYPES[extname(path)] ?? 'application/octet-stream'
    res.writeHead(200, headers).end(body)
  })
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolvePromise({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      })
    })
  })
}
