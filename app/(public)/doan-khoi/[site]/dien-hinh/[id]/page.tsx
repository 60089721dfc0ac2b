import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { publicShowcaseProfile } from "@/lib/data/showcase";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { paragraphs, SHOWCASE_KIND_LABELS } from "@/lib/domain/showcase";
import { publicMetadata, siteOf } from "../../site";

type Props = { params: Promise<{ site: string; id: string }> };

async function profileOf(params: Props["params"]) {
  const site = await siteOf(params);
  const p = await publicShowcaseProfile(site, (await params).id);
  if (!p) notFound();
  return { site, p };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { site, p } = await profileOf(params);
  return publicMetadata(site, { title: p.title, description: p.story.slice(0, 200), path: `/dien-hinh/${p.id}` });
}

export default async function PublicShowcaseProfilePage({ params }: Props) {
  const { site, p } = await profileOf(params);
  return (
    <article className="space-y-4">
      <p className="text-sm">
        <Link href={`/doan-khoi/${site.slug}/dien-hinh`} className="text-doan-700 underline">
          ← Gương điển hình, mô hình hay
        </Link>
      </p>
      <header>
        <p className="text-xs text-slate-500">
          {SHOWCASE_KIND_LABELS[p.kind]} · {p.year}
          {p.coSo && ` · ${p.coSo.name}`}
          {p.pillar && ` · ${p.pillar}`}
        </p>
        <h1 className="mt-1 text-xl font-semibold text-slate-900 sm:text-2xl">{p.title}</h1>
        {p.honour && (
          <p className="mt-1 text-sm text-slate-600">
            {p.honour.titleName} (Quyết định số {p.honour.decision.number} ngày {formatVietnameseDate(p.honour.decision.signedOn)}
            )
          </p>
        )}
      </header>
      {p.photoId && (
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={`/doan-khoi/${site.slug}/dien-hinh/${p.id}/anh/${p.photoId}`}
          alt={p.title}
          className="max-h-[28rem] w-full max-w-3xl rounded-lg object-cover"
        />
      )}
      <div className="max-w-3xl space-y-3 rounded-lg bg-white p-4 text-sm leading-relaxed text-slate-800 shadow-sm ring-1 ring-slate-200">
        {paragraphs(p.story).map((text, i) => (
          <p key={i} className="whitespace-pre-line">
            {text}
          </p>
        ))}
      </div>
    </article>
  );
}
