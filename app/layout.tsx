import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { StaffSessionPrompt } from "@/components/session/staff-session-prompt";
import { getCurrentUser } from "@/lib/auth/current-user";
import { sessionIdleSeconds } from "@/lib/auth/session-config";
import { pageAlternates } from "@/lib/seo/feeds";
import { siteUrl } from "@/lib/seo/site-url";
import { siteConfig } from "@/lib/site/site-config";
import { APPLY_STORED_TEXT_SIZE } from "@/lib/site/text-size";
import "./globals.css";

// Nothing is frozen at build time: Next renders a page from the database on each request it
// gets, and the public pipeline (server/public-pipeline.ts) keeps anonymous readers' pages in the
// page cache (lib/page-cache), dropped by the change log when an editor's write touches them.
export const dynamic = "force-dynamic";

// A function, so the public address (NEXTAUTH_URL) is read when the server runs, not when it is built.
export function generateMetadata(): Metadata {
  return {
    metadataBase: siteUrl(),
    title: { default: `${siteConfig.tagline} - ${siteConfig.name}`, template: `%s - ${siteConfig.shortName}` },
    description: `${siteConfig.tagline} ${siteConfig.name}: tin tức, chỉ đạo điều hành, văn bản.`,
    icons: { icon: siteConfig.logo },
    alternates: pageAlternates(null),
    openGraph: { type: "website", siteName: siteConfig.name, locale: "vi_VN", images: [siteConfig.logo] },
    twitter: { card: "summary" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Only signed-in users get the idle prompt, and only they load its script (StaffSessionPrompt).
  const [user, requestHeaders] = await Promise.all([getCurrentUser(), headers()]);
  return (
    <html lang="vi" suppressHydrationWarning>
      <head>
        <script nonce={requestHeaders.get("x-nonce") ?? undefined} dangerouslySetInnerHTML={{ __html: APPLY_STORED_TEXT_SIZE }} />
      </head>
      <body className="min-h-screen font-sans antialiased">
        <a href="#noi-dung-chinh" className="skip-link">
          Bỏ qua, đến nội dung chính
        </a>
        <SiteHeader />
        <div id="noi-dung-chinh" tabIndex={-1} className="mx-auto w-full max-w-6xl px-3 py-4 outline-none sm:px-4">
          {children}
        </div>
        <SiteFooter />
        {user ? <StaffSessionPrompt idleSeconds={sessionIdleSeconds()} /> : null}
      </body>
    </html>
  );
}
