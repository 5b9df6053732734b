// Types for static-server.mjs (plain JS so `node scripts/serve.mjs` runs without a compiler).
import type http from 'node:http';

export interface StaticServerOptions {
  /** false: no security headers at all, as a host that sets none (default true). */
  headers?: boolean;
  headersTimeout?: number;
  requestTimeout?: number;
  keepAliveTimeout?: number;
  maxConnections?: number;
}
export function createStaticServer(root: string, options?: StaticServerOptions): http.Server;
export function listen(server: http.Server, port: number, host?: string): Promise<string>;
export function resolveFile(root: string, urlPath: string): string | null;
