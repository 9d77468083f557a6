/** @type {import('next').NextConfig} */
const nextConfig = {
  // The page is all client-side and talks only to the backend's WebSocket: it is exported as
  // static files (out/) that the backend serves itself, so the installed package needs no Next.js.
  output: "export",
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // The build type-checks the page's own environment (DOM, no Node); `npm run typecheck` checks
  // every environment (tsconfig.json lists them).
  typescript: { tsconfigPath: "tsconfig.page.json" },
};

export default nextConfig;
