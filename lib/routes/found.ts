import "server-only";
// "uuid → found or 404" for pages, in one place: a malformed id, a missing record and one out of
// the viewer's reach all show the same 404 page (and status), so nothing tells them apart.
import { notFound } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/data/errors";

/** The id from the URL, or the 404 page when it is not a uuid. */
export function idOr404(raw: string | undefined): string {
  const id = z.uuid().safeParse(raw);
  if (!id.success) notFound();
  return id.data;
}

/** The record a data function finds, or the 404 page when it answers "not found". */
export async function foundOr404<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** Both: the record at a URL id. */
export async function recordOr404<T>(rawId: string | undefined, load: (id: string) => Promise<T>): Promise<T> {
  return foundOr404(load(idOr404(rawId)));
}
