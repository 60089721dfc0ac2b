// A loading.tsx wraps every page below it in Suspense, so Next.js streams the page after a 200
// status: a page under it that answers "not found" shows the 404 page with a 200 (hardening
// finding 10). Pages show their own loading states inside Suspense instead.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const APP = path.resolve(__dirname, "../../app");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

it("no page that can answer 404 sits under a loading.tsx", () => {
  const all = files(APP);
  const loadingDirs = all.filter((f) => /\/loading\.(t|j)sx?$/.test(f)).map((f) => path.dirname(f));
  const pagesThatCan404 = all.filter(
    (f) => /\/page\.tsx$/.test(f) && /notFound\(|foundOrNull|requireFound|orNotFound/.test(readFileSync(f, "utf8")),
  );
  expect(pagesThatCan404.length).toBeGreaterThan(10);
  const offending = pagesThatCan404.filter((page) => loadingDirs.some((dir) => page.startsWith(dir + path.sep)));
  expect(offending.map((f) => path.relative(APP, f))).toEqual([]);
});
