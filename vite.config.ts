/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { createServer, defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The production build's Content-Security-Policy. A meta tag, because Parat is static files on servers we do not
 * run; not in the dev server, whose hot reload injects inline styles. frame-ancestors cannot be set this way: see
 * README, "Hosting".
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const cspMetaTag = (): Plugin => ({
  name: 'parat-csp-meta',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      ),
  },
});

/**
 * The Latin-1 files of the two faces src/styles/fonts.css declares, Regular and Bold (which also serves 600): preloaded, so
 * that the DKFDS typeface arrives within font-display: optional's short wait on a first visit instead of the page
 * staying in the fallback font (ux review 13). Both would be fetched anyway; the preload only fetches them sooner.
 */
export const preloadedFonts = ['IBMPlexSans-Regular-Latin1', 'IBMPlexSans-Bold-Latin1'];

const preloadFonts = (): Plugin => ({
  name: 'parat-preload-fonts',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, { bundle }) => {
      const fonts = Object.keys(bundle ?? {}).filter((name) =>
        preloadedFonts.some((font) => new RegExp(`/${font}-[\\w-]+\\.woff2$`).test(name)),
      );
      const links = fonts.map(
        (name) => `<link rel="preload" href="./${name}" as="font" type="font/woff2" crossorigin />`,
      );
      return html.replace('</title>', `</title>\n    ${links.join('\n    ')}`);
    },
  },
});

/**
 * Drops dkfds's own @font-face rules: they list woff before woff2 and use font-display: swap, which moves the page
 * when the font arrives. src/styles/fonts.css declares the two faces in use instead.
 */
const withoutDkfdsFontFaces = (): Plugin => ({
  name: 'parat-dkfds-font-faces',
  enforce: 'pre',
  transform: (code, id) =>
    /dkfds[\\/]dist[\\/]css[\\/]dkfds\.min\.css$/.test(id) ? code.replace(/@font-face\{[^}]*\}/g, '') : undefined,
});

/**
 * Puts the start page, as a first-time visitor sees it, into index.html (src/prerender.tsx), so a phone on a slow
 * line shows it when the HTML and CSS arrive rather than after the scripts; main.tsx takes the markup over.
 */
const prerenderStartPage = (): Plugin => ({
  name: 'parat-prerender-start-page',
  apply: 'build',
  transformIndexHtml: {
    order: 'pre',
    handler: async (html) => {
      const server = await createServer({
        configFile: false,
        root: fileURLToPath(new URL('.', import.meta.url)),
        logLevel: 'error',
        appType: 'custom',
        // Only one module is loaded, in Node: no scan of index.html for the browser's dependencies.
        optimizeDeps: { noDiscovery: true, entries: [] },
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      try {
        const { renderStartPage } = (await server.ssrLoadModule('/src/prerender.tsx')) as {
          renderStartPage: () => string;
        };
        return html.replace('<div id="root"></div>', `<div id="root">${renderStartPage()}</div>`);
      } finally {
        await server.close();
      }
    },
  },
});

/**
 * A production build must say who hosts it (src/config.ts): the header names the authority and its contact, and a
 * public body's site must link its accessibility statement. Without them the build stops here, so no copy reaches
 * users with those links missing; `vite build --mode preview` is the explicit way to build without them.
 */
export const requiredHostVariables = ['VITE_HOST_NAME', 'VITE_HOST_CONTACT_URL', 'VITE_ACCESSIBILITY_STATEMENT_URL'];

const requireHost = (): Plugin => ({
  name: 'parat-require-host',
  apply: 'build',
  configResolved(config) {
    if (config.mode !== 'production') return;
    const env = { ...loadEnv(config.mode, config.envDir || config.root, 'VITE_'), ...process.env };
    const missing = requiredHostVariables.filter((name) => !env[name]);
    if (missing.length > 0)
      throw new Error(
        `A production build needs ${missing.join(', ')} (see README, "Hosting"). ` +
          'For a preview without them: npm run build:preview.',
      );
  },
});

export default defineConfig({
  plugins: [
    requireHost(),
    react(),
    withoutDkfdsFontFaces(),
    preloadFonts(),
    cspMetaTag(),
    prerenderStartPage(),
    VitePWA({
      registerType: 'autoUpdate',
      // A registration script of its own: an inline one would break the CSP.
      injectRegister: 'script-defer',
      manifest: {
        name: 'Parat',
        short_name: 'Parat',
        description: 'Selvevaluering af parathed til ny teknologi for offentlige organisationer',
        lang: 'da',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#004993',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        ],
      },
      workbox: {
        // The app, both languages, the PDF chunk and the fonts in use (every subset, for text in any script).
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', '**/IBMPlexSans-*.woff2'],
        navigateFallback: 'index.html',
        // vite-plugin-pwa sets these for autoUpdate only with its own registration code: without them a new
        // version waits until every tab is closed. The answers live in localStorage, so taking over is safe.
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
  // Relative asset paths so the static build works from any sub-path.
  base: './',
  publicDir: 'src/public',
  // dkfds exports only its JS; this alias reaches its CSS, fonts and icons, served from our own origin.
  resolve: {
    alias: [
      { find: /^dkfds\/dist\//, replacement: fileURLToPath(new URL('./node_modules/dkfds/dist/', import.meta.url)) },
      // jsPDF's optional modules for doc.html() and SVG images, which Parat never calls: kept out of the build.
      {
        find: /^(html2canvas|canvg|dompurify)$/,
        replacement: fileURLToPath(new URL('./src/report/jspdf-unused.ts', import.meta.url)),
      },
    ],
  },
  // The workshop's intake worker as an ES module, the format the page asks for (src/features/workshop/intake).
  worker: { format: 'es' },
  // No data: URLs: every asset is a file of its own, so a strict CSP needs no img-src data:.
  build: {
    assetsInlineLimit: 0,
    // No modulepreload links in index.html: on a slow line they share the bandwidth with the stylesheet, which
    // the prerendered start page waits for. The app's chunks follow the entry script; the lazy pages' chunks
    // are still preloaded together when a page is opened.
    modulePreload: {
      resolveDependencies: (_file, dependencies, { hostType }) => (hostType === 'html' ? [] : dependencies),
    },
  },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.{ts,tsx}'], environment: 'node' } },
      {
        extends: true,
        // End-to-end: the production build in Debian's Chromium, one file at a time.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
