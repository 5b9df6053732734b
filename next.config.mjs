import { availableParallelism } from 'node:os';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // Every page is a file in out/; no image optimisation server exists at run time.
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run check` type-checks the whole project with tsc before `npm test` builds; Next's own
  // pass repeated it inside every build (10–20 s of a 2-core machine's time).
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Each edition has its own root layout (app/(en), app/[locale]): with no app-wide layout,
    // the English 404 is app/global-not-found.tsx (each edition's is app/[locale]/[...missing]).
    globalNotFound: true,
    // Next renders pages with one worker fewer than the machine's cores: on a 2-core machine, one.
    // Two rendered the 303 pages of three editions in 22 s instead of 30.
    cpus: Math.max(2, availableParallelism() - 1),
  },
};

export default nextConfig;
