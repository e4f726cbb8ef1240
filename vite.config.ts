/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative asset paths so the static build works from any sub-path.
  base: './',
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
