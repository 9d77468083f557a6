/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The backend serves the build through its own server; no image optimizer, no telemetry.
  images: { unoptimized: true },
  typescript: { tsconfigPath: "tsconfig.json" },
};

export default nextConfig;
