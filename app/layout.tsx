import type { Metadata, Viewport } from "next";
import { Providers } from "./providers";
import "./boot.css";
import "./globals.css";
import "./share-lint.css";
import "./features.css";

export const metadata: Metadata = {
  title: "MCP Inspector",
  description: "See what an MCP server really does on the wire.",
  referrer: "no-referrer",
};

export const viewport: Viewport = { colorScheme: "light dark", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
