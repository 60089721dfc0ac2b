import "server-only";
// The Khối's public website (issue 14), read by people who never sign in. A site is found by its
// slug in system mode (nobody is known yet); everything after reads as that one Khối's tenant, so
// row-level security keeps another Khối's rows out whatever a query forgets. Public reads select
// public fields only: never an asker's name or contact, never a member's data.
import { cache } from "react";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { asSystem, withTenant } from "@/lib/db/tenant-context";
import type { Viewer } from "@/lib/authz";
import { containsLiterally, foldVietnamese } from "@/lib/domain/text";
import { indicatorTargetText, indicatorValueText } from "@/lib/domain/dashboard-progress";
import { cityDashboard } from "./dashboard-views";

export type PublicSiteRef = {
  khoiId: string;
  slug: string;
  title: string;
  intro: string;
  khoiName: string;
  answerDays: number;
  extraDaysOff: string[];
};

/** The published sites, for the public entrance (/). */
export async function publishedSites(): Promise<PublicSiteRef[]> {
  return asSystem(async () => {
    const sites = await db().publicSite.findMany({ where: { published: true }, orderBy: { title: "asc" } });
    const khois = await db().unit.findMany({
      where: { id: { in: sites.map((s) => s.khoiId) }, kind: "KHOI", active: true },
      select: { id: true, name: true },
    });
    const nameOf = new Map(khois.map((k) => [k.id, k.name]));
    return sites.filter((s) => nameOf.has(s.khoiId)).map((s) => siteRef(s, nameOf.get(s.khoiId)!));
  });
}

const siteRef = (
  s: { khoiId: string; slug: string; title: string; intro: string; answerDays: number; extraDaysOff: string[] },
  khoiName: string,
): PublicSiteRef => ({
  khoiId: s.khoiId,
  slug: s.slug,
  title: s.title,
  intro: s.intro,
  khoiName,
  answerDays: s.answerDays,
  extraDaysOff: s.extraDaysOff,
});

/** A published site by its path, or null. Cached per request: a page and its metadata share it. */
export const siteBySlug = cache(async (slug: string): Promise<PublicSiteRef | null> => {
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) return null;
  return asSystem(async () => {
    const site = await db().publicSite.findFirst({ where: { slug, published: true } });
    if (!site) return null;
    const khoi = await db().unit.findFirst({ where: { id: site.khoiId, kind: "KHOI", active: true }, select: { name: true } });
    return khoi ? siteRef(site, khoi.name) : null;
  });
});

/** Runs `fn` as the site's Khối: the database shows that tenant's rows only. */
export function asSite<T>(site: { khoiId: string }, fn: () => Promise<T>): Promise<T> {
  return withTenant({ khoiIds: [site.khoiId], userId: "" }, fn);
}

/**
 * The public's reading of a Khối is the city viewer's (permissions.ts): structure and counts,
 * never a member's name. The home page's progress goes through that same permission table.
 */
function publicReader(khoiId: string): Viewer {
  return {
    userId: "public",
    email: "",
    name: "Khách",
    mustChangePassword: false,
    grants: [{ role: "CITY_VIEWER", unitId: "public", unitKind: "CITY", unitName: "", coSoId: null, khoiIds: [khoiId] }],
  };
}

export type PublicIndicator = { wording: string; valueText: string; targetText: string; percent: number | null };

type Progress = { year: number; planTitle: string | null; indicators: PublicIndicator[] };
/** Anyone may open the home page as often as they like: its roll-up is kept a minute per Khối. */
const PROGRESS_SECONDS = 60;
const progressCache = new Map<string, { at: number; progress: Promise<Progress> }>();

/** This year's plan of the Khối and where each indicator stands (aggregates only). */
export function publicProgress(site: PublicSiteRef): Promise<Progress> {
  const kept = progressCache.get(site.khoiId);
  if (kept && Date.now() - kept.at < PROGRESS_SECONDS * 1000) return kept.progress;
  const progress = countProgress(site);
  progressCache.set(site.khoiId, { at: Date.now(), progress });
  // A failed count is not kept: the next visit counts again.
  progress.catch(() => progressCache.delete(site.khoiId));
  return progress;
}

async function countProgress(site: PublicSiteRef): Promise<Progress> {
  return asSite(site, async () => {
    const city = await cityDashboard(publicReader(site.khoiId));
    const khoi = city.khois.find((k) => k.khoiId === site.khoiId);
    // Worded as the dashboard words them ("12 cơ sở đạt / 14 cơ sở", "45% / 100%").
    const indicators: PublicIndicator[] = (khoi?.indicators ?? []).map((i) => ({
      wording: i.wording,
      valueText: indicatorValueText(i),
      targetText: indicatorTargetText(i),
      percent: i.percent,
    }));
    return { year: city.year, planTitle: khoi?.planTitle ?? null, indicators };
  });
}

/** The agencies (cơ sở) a question may be addressed to, by their public names. */
export async function publicAgencies(site: PublicSiteRef) {
  return asSite(site, () =>
    db().unit.findMany({
      where: { khoiId: site.khoiId, kind: "CO_SO", active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  );
}

/**
 * What a public page may show of a question: its published wording (redacted by the agency), the
 * answer, the agency. Never the asker, their contact, the question as typed, or the handler.
 */
const PUBLIC_QUESTION = {
  id: true,
  topic: true,
  publicBody: true,
  answer: true,
  answeredAt: true,
  coSo: { select: { id: true, name: true } },
} satisfies Prisma.PublicQuestionSelect;

const shownPublicly = (khoiId: string): Prisma.PublicQuestionWhereInput => ({
  khoiId,
  status: "ANSWERED",
  published: true,
  hiddenAt: null,
  publicBody: { not: null },
});

export const ANSWERED_PER_PAGE = 20;

/** Answered questions the agencies chose to publish: by words (without diacritics), agency, topic. */
export async function answeredQuestions(
  site: PublicSiteRef,
  query: { q?: string; coSo?: string; topic?: string; page?: number },
) {
  const words = query.q ? foldVietnamese(query.q).split(" ").filter(Boolean).slice(0, 8) : [];
  const where: Prisma.PublicQuestionWhereInput = {
    ...shownPublicly(site.khoiId),
    ...(query.coSo ? { coSoId: query.coSo } : {}),
    ...(query.topic ? { topic: query.topic } : {}),
    ...(words.length ? { AND: words.map((w) => ({ searchText: containsLiterally(w) })) } : {}),
  };
  return asSite(site, async () => {
    const total = await db().publicQuestion.count({ where });
    const pages = Math.max(1, Math.ceil(total / ANSWERED_PER_PAGE));
    const page = Math.min(pages, query.page ?? 1);
    const rows = await db().publicQuestion.findMany({
      where,
      orderBy: [{ answeredAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * ANSWERED_PER_PAGE,
      take: ANSWERED_PER_PAGE,
      select: PUBLIC_QUESTION,
    });
    return { rows, total, page, pages };
  });
}

/** One published answer, or null (unpublished, hidden, unanswered, another Khối's). Cached per request. */
export const publicAnswer = cache(async (site: PublicSiteRef, id: string) => {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  return asSite(site, () =>
    db().publicQuestion.findFirst({ where: { id, ...shownPublicly(site.khoiId) }, select: PUBLIC_QUESTION }),
  );
});

/** The latest published answers, for the home page. */
export async function latestAnswers(site: PublicSiteRef, take = 5) {
  return asSite(site, () =>
    db().publicQuestion.findMany({
      where: shownPublicly(site.khoiId),
      orderBy: [{ answeredAt: "desc" }, { id: "desc" }],
      take,
      select: PUBLIC_QUESTION,
    }),
  );
}

/** Every public path of every site, for the sitemap. */
export async function sitemapEntries() {
  const sites = await publishedSites();
  return Promise.all(
    sites.map(async (site) => ({
      site,
      answers: await asSite(site, () =>
        db().publicQuestion.findMany({
          where: shownPublicly(site.khoiId),
          orderBy: { answeredAt: "desc" },
          take: 5000,
          select: { id: true, answeredAt: true },
        }),
      ),
    })),
  );
}
