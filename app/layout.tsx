import type { Metadata, Viewport } from "next";
import { Providers } from "./providers";
import { THEME_SCRIPT } from "../client/theme-script";
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
    // The theme script sets data-theme before hydration: React must not warn about it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
