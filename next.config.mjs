/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // Every page is a file in out/; no image optimisation server exists at run time.
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
