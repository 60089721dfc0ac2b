// Pages, components and the data layer decide with the permission table (can, canSomewhere,
// holds, grantsFor), never with role names: a second vocabulary beside the table drifts from it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const ROLE_NAMES = /["'](KHOI_ADMIN|KHOI_STAFF|CO_SO_SECRETARY|CHI_DOAN_SECRETARY|CITY_VIEWER|MEMBER)["']/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

it("no page or component compares role names", () => {
  const offending = [...files(path.join(ROOT, "app")), ...files(path.join(ROOT, "components"))].filter((f) => {
    const text = readFileSync(f, "utf8");
    // Role names may appear as data (labels of a select), never in a condition.
    return text.split("\n").some((line) => ROLE_NAMES.test(line) && /===|!==|\.some\(|\.includes\(|\bif\b/.test(line));
  });
  expect(offending.map((f) => path.relative(ROOT, f))).toEqual([]);
});
