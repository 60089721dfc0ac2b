// POST /api/huy-nhan-thu?t=…: the unsubscribe of one e-mail kind, signed out. Mail clients post
// "List-Unsubscribe=One-Click" here (RFC 8058) and get a short answer; the page's button posts
// here too and is sent back to the page. The signed token is the only authority: it names one
// user and one kind, and a token this portal did not sign changes nothing.
import { unsubscribe } from "@/lib/data/notice-preferences";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const url = new URL(request.url);
  const token = url.searchParams.get("t");
  const form = await request.formData().catch(() => null);
  const done = await unsubscribe(token);
  if (form?.get("from") === "page") {
    // Back to the page, on the address the request came to (the page reads the same token).
    const back = new URL(`/huy-nhan-thu?t=${encodeURIComponent(token ?? "")}${done ? "&xong=1" : ""}`, url);
    return new Response(null, { status: 303, headers: { location: back.pathname + back.search } });
  }
  return new Response(done ? "Đã hủy nhận thư" : "Liên kết không hợp lệ", {
    status: done ? 200 : 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
