/** @type {import('next').NextConfig} */
const nextConfig = {
  // The page is all client-side and talks only to the backend's WebSocket: it is exported as
  // static files (out/) that the backend serves itself, so the installed package needs no Next.js.
  output: "export",
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // Types are checked once, for the whole tree, by `npm run typecheck` (part of `npm test`); the
  // page build must not fail because some test file elsewhere does not type-check.
  typescript: { tsconfigPath: "tsconfig.json", ignoreBuildErrors: true },
};

export default nextConfig;
