// A showcase profile as a card of the public site: kind, year, agency, title, the start of the story.
import Link from "next/link";
import { SHOWCASE_KIND_LABELS } from "@/lib/domain/showcase";
import type { ShowcaseKind } from "@/lib/generated/prisma/enums";

export function ShowcaseCard({
  href,
  p,
}: {
  href: string;
  p: {
    kind: ShowcaseKind;
    title: string;
    extract: string;
    year: number;
    pillar: string | null;
    coSo: { name: string } | null;
    photoId: string | null;
  };
}) {
  return (
    <article className="overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      {p.photoId && (
        // Stored at most 2,560 px a side; the box keeps the layout still while it loads.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={`${href}/anh/${p.photoId}`} alt={p.title} loading="lazy" className="aspect-[4/3] w-full object-cover" />
      )}
      <div className="p-4">
        <p className="text-xs text-slate-500">
          {SHOWCASE_KIND_LABELS[p.kind]} · {p.year}
          {p.coSo && ` · ${p.coSo.name}`}
        </p>
        <h2 className="mt-1 text-base font-semibold text-slate-900">
          <Link href={href} className="hover:underline">
            {p.title}
          </Link>
        </h2>
        {p.pillar && <p className="mt-1 text-xs text-doan-700">{p.pillar}</p>}
        <p className="mt-2 line-clamp-3 text-sm text-slate-700">{p.extract}</p>
      </div>
    </article>
  );
}
