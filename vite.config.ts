/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
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
 * Drops dkfds's own @font-face rules: they list woff before woff2 and use font-display: swap, which moves the page
 * when the font arrives. src/styles.css declares the three weights in use instead.
 */
const withoutDkfdsFontFaces = (): Plugin => ({
  name: 'parat-dkfds-font-faces',
  enforce: 'pre',
  transform: (code, id) =>
    /dkfds[\\/]dist[\\/]css[\\/]dkfds\.min\.css$/.test(id) ? code.replace(/@font-face\{[^}]*\}/g, '') : undefined,
});

/**
 * Preloads the Danish strings with the app: the first screen needs them, and otherwise they would be fetched only
 * after the app's own script has run.
 */
const preloadDanish = (): Plugin => ({
  name: 'parat-preload-danish',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, context) => {
      const chunk = Object.values(context.bundle ?? {}).find((c) => c.type === 'chunk' && c.name === 'locale-da');
      return chunk
        ? html.replace('</head>', `  <link rel="modulepreload" crossorigin href="./${chunk.fileName}">\n  </head>`)
        : html;
    },
  },
});

export default defineConfig({
  plugins: [
    react(),
    withoutDkfdsFontFaces(),
    cspMetaTag(),
    preloadDanish(),
    VitePWA({
      registerType: 'autoUpdate',
      // A registration script of its own: an inline one would break the CSP.
      injectRegister: 'script',
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
        // The app, both languages, the PDF chunk and the fonts in use; not jsPDF's html2canvas, canvg or DOMPurify
        // (only reached by doc.html(), which Parat does not use) nor the older font formats.
        globPatterns: [
          '**/*.{js,css,html,svg,png,webmanifest}',
          '**/IBMPlexSans-Regular-*.woff2',
          '**/IBMPlexSans-SemiBold-*.woff2',
          '**/IBMPlexSans-Bold-*.woff2',
        ],
        globIgnores: ['**/html2canvas-*.js', '**/purify.es-*.js', '**/index.es-*.js'],
        navigateFallback: 'index.html',
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
    ],
  },
  // No data: URLs: every asset is a file of its own, so a strict CSP needs no img-src data:.
  build: { assetsInlineLimit: 0 },
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
