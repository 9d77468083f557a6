import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "MCP Inspector",
  description: "See what an MCP server really does on the wire.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
