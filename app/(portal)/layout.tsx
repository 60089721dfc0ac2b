import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { signInPath } from "@/lib/auth/return-path";
import { requestPath } from "@/lib/server/request-context";
import { PortalHeader } from "@/components/layout/portal-header";
import { countUnread } from "@/lib/data/notifications";

// Navigation only: every page and action checks access itself (a layout does not re-run on
// client navigation, so it can never be the security check).
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(requestPath()));
  return (
    <div className="min-h-screen">
      <PortalHeader viewer={viewer} unread={await countUnread(viewer)} />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
