import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { homePath } from "@/lib/auth/home";

export default async function Home() {
  const viewer = await requireViewer();
  redirect(homePath(viewer));
}
