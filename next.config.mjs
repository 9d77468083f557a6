/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The backend serves the build through its own server; no image optimizer, no telemetry.
  images: { unoptimized: true },
  // Types are checked once, for the whole tree, by `npm run typecheck` (part of `npm test`); the
  // page build must not fail because some test file elsewhere does not type-check.
  typescript: { tsconfigPath: "tsconfig.json", ignoreBuildErrors: true },
};

export default nextConfig;
