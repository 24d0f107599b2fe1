import { createSandboxHandlers } from '@smart-haiphong/sandbox/msw';
import type { Preview } from '@storybook/web-components-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';

const preview: Preview = {
  // Every story talks to the sandbox API (seed data) through MSW; stories add or
  // override handlers in `beforeEach({ msw })`. The sandbox handlers are the initial
  // ones, so they survive the reset between stories.
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker(...createSandboxHandlers());
      await worker.start({
        quiet: true,
        onUnhandledRequest: 'bypass',
        serviceWorker: { url: './mockServiceWorker.js' },
      });
      return worker;
    }),
  ],
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    backgrounds: {
      options: {
        light: { name: 'Light', value: '#f6f7f9' },
        dark: { name: 'Dark', value: '#101418' },
      },
    },
  },
  initialGlobals: { backgrounds: { value: 'light' } },
};

export default preview;
