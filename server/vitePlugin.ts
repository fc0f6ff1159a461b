/**
 * Starts the group link's relay (server/relay.ts) inside the server that serves the app: `npm start`
 * (vite preview) and `npm run dev` both carry it on the same port, at /live, so a laptop needs one
 * command and no other service.
 */
import type { Server } from 'node:http';
import type { Plugin } from 'vite';
import { Relay } from './relay';

export function liveRelay(): Plugin {
  const start = (httpServer: unknown) => {
    if (httpServer) new Relay().attach(httpServer as Server);
  };
  return {
    name: 'rolig-live-relay',
    configureServer: (server) => start(server.httpServer),
    configurePreviewServer: (server) => start(server.httpServer),
  };
}
