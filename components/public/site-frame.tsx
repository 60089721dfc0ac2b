// The public site's frame: the Khối's name, its few pages, "Đăng nhập" for officers. Plain links
// and server-rendered text: reading works without JavaScript, and on a phone.
import Link from "next/link";
import type { ReactNode } from "react";

export function SiteFrame({ site, children }: { site: { slug: string; title: string }; children: ReactNode }) {
  const base = `/doan-khoi/${site.slug}`;
  const links = [
    { href: base, label: "Trang chủ" },
    { href: `${base}/hoi-dap`, label: "Hỏi đáp" },
    { href: `${base}/hoi-dap/dat-cau-hoi`, label: "Đặt câu hỏi" },
    { href: `${base}/hoi-dap/tra-cuu`, label: "Tra cứu" },
    { href: `${base}/cam-nang`, label: "Cẩm nang" },
    { href: `${base}/dien-hinh`, label: "Điển hình" },
  ];
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <header className="bg-doan-700 text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href={base} className="min-w-0">
            <span className="block text-xs uppercase tracking-wide text-doan-100">Đoàn TNCS Hồ Chí Minh</span>
            <span className="block text-base font-semibold leading-snug sm:text-lg">{site.title}</span>
          </Link>
          <Link href="/dang-nhap" className="rounded-md bg-white/10 px-3 py-1.5 text-sm ring-1 ring-white/30 hover:bg-white/20">
            Đăng nhập
          </Link>
        </div>
        <nav aria-label="Trang công khai" className="bg-doan-800">
          <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-1 px-2 text-sm">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="block px-2 py-2 hover:underline">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="noi-dung" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-5xl px-4 py-4 text-xs text-slate-600">
          Phong trào “3 trách nhiệm” của cán bộ, công chức, viên chức trẻ · Thông tin liên hệ của người hỏi không được công khai.
        </div>
      </footer>
    </div>
  );
}

/** One published answer: the question, the agency that answered and when. No asker. */
export function AnswerCard({
  q,
  href,
  full = false,
}: {
  q: { topic: string; body: string; answer: string | null; answeredOn: string; agency: string };
  href?: string;
  full?: boolean;
}) {
  return (
    <article className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <p className="text-xs text-slate-500">
        {q.topic} · {q.agency} · trả lời ngày {q.answeredOn}
      </p>
      <h3 className="mt-1 whitespace-pre-line text-sm font-medium text-slate-900">
        {href ? (
          <Link href={href} className="hover:underline">
            {full ? q.body : clip(q.body, 220)}
          </Link>
        ) : full ? (
          q.body
        ) : (
          clip(q.body, 220)
        )}
      </h3>
      {q.answer && (
        <div className="mt-2 whitespace-pre-line border-l-4 border-doan-100 pl-3 text-sm text-slate-700">
          {full ? q.answer : clip(q.answer, 300)}
        </div>
      )}
    </article>
  );
}

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
