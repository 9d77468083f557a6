/** @type {import('next').NextConfig} */
const nextConfig = {
  // The page is all client-side and talks only to the backend's WebSocket: it is exported as
  // static files (out/) that the backend serves itself, so the installed package needs no Next.js.
  output: "export",
  reactStrictMode: true,
  poweredByHeader: false,
  // Source maps only for bench/profile-page-start.mjs, which maps the page's CPU samples to files;
  // the package ships without them.
  productionBrowserSourceMaps: process.env.PAGE_SOURCE_MAPS === "1",
  images: { unoptimized: true },
  // The build type-checks the page's own environment (DOM, no Node); `npm run typecheck` checks
  // every environment (tsconfig.json lists them).
  typescript: { tsconfigPath: "tsconfig.page.json" },
};

export default nextConfig;
