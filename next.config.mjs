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
  // Turbopack's build cache (.next/cache, ~70 MB, 10-15 s to write) speeds up a person's next
  // build; CI builds a fresh clone once and never reads it again (issue 76).
  experimental: { turbopackFileSystemCacheForBuild: !process.env.CI },
  // The build does not type-check: `npm run typecheck` (tsc -b, after the build in `npm test`)
  // checks this same tsconfig.page.json, with the route types the build writes to .next/types,
  // and every other environment; checking it here too was a second 35 s read of the page's
  // types (issue 76). Next's required options (module, moduleResolution, jsx, isolatedModules…)
  // are tsconfig.base.json's own, so both see the same program. The route types are written
  // either way, and the tsconfig still validated.
  typescript: { tsconfigPath: "tsconfig.page.json", ignoreBuildErrors: true },
};

export default nextConfig;
