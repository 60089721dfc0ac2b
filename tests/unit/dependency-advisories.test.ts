// SECURITY.md #29, offline: no installed package — shipped or dev, top level or a transitive copy
// nested deeper — is in a known-bad range (tests/helpers/known-advisories.ts). `npm audit`, which
// needs an advisory service these machines cannot reach, still runs in .ci/run where it can.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { installedPackages, knownBad } from "../helpers/installed-packages";
import { KNOWN_BAD, REVIEWED } from "../helpers/known-advisories";

const ROOT = path.resolve(__dirname, "../..");

describe("installed dependencies against the pinned known-bad versions", () => {
  const installed = installedPackages(path.join(ROOT, "node_modules"));

  it("reads every installed copy, nested ones included", () => {
    const names = new Set(installed.map((p) => p.name));
    for (const name of ["next", "next-auth", "zod", "exceljs", "@prisma/client"]) expect(names, name).toContain(name);
    expect(installed.length).toBeGreaterThan(300);
    expect(
      installed.some((p) => p.dir.split("node_modules").length > 2),
      "a copy nested in a dependency's own node_modules",
    ).toBe(true);
  });

  it("finds none of them in a known-bad range", () => {
    const findings = knownBad(installed, KNOWN_BAD).map(
      (f) => `${f.name}@${f.version} (${path.relative(ROOT, f.dir)}): ${f.advisory.advisory} — ${f.advisory.why}`,
    );
    expect(findings).toEqual([]);
  });

  it("keeps the minimums SECURITY.md names, and a list whose ranges semver reads", () => {
    const range = (name: string) => KNOWN_BAD.find((a) => a.name === name)?.vulnerable;
    expect(range("next")).toBe("<16.3.3");
    expect(range("next-auth")).toBe("<4.24.15");
    expect(range("xlsx")).toBe("*");
    for (const a of KNOWN_BAD) expect(semver.validRange(a.vulnerable), `${a.name}: ${a.vulnerable}`).not.toBeNull();
    expect(Number.isNaN(Date.parse(REVIEWED))).toBe(false);
  });
});

describe("the check itself, on a made-up node_modules", () => {
  /** Keys name an installed copy: "exceljs > semver" is node_modules/exceljs/node_modules/semver. */
  function tree(packages: Record<string, string>) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "nm-"));
    for (const [chain, version] of Object.entries(packages)) {
      const names = chain.split(" > ");
      const dir = path.join(root, ...names.flatMap((n) => ["node_modules", ...n.split("/")]));
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: names.at(-1), version }));
    }
    return path.join(root, "node_modules");
  }

  it("flags a vulnerable copy at the top, one nested in a dependency, a scoped one and the xlsx package at any version", () => {
    const nm = tree({
      next: "16.3.2",
      exceljs: "4.4.0",
      "exceljs > semver": "7.5.1",
      "@babel/traverse": "7.23.1",
      xlsx: "0.18.5",
      "next-auth": "4.24.15",
      ws: "8.17.1",
    });
    const found = knownBad(installedPackages(nm), KNOWN_BAD)
      .map((f) => `${f.name}@${f.version}`)
      .sort();
    expect(found).toEqual(["@babel/traverse@7.23.1", "next@16.3.2", "semver@7.5.1", "xlsx@0.18.5"]);
  });

  it("flags a prerelease of a bad version, and lets the first fixed one through", () => {
    const nm = tree({ next: "16.3.3-canary.1", "next-auth": "4.24.14" });
    expect(
      knownBad(installedPackages(nm), KNOWN_BAD)
        .map((f) => f.name)
        .sort(),
    ).toEqual(["next", "next-auth"]);
    expect(knownBad(installedPackages(tree({ next: "16.3.3", "next-auth": "4.24.15" })), KNOWN_BAD)).toEqual([]);
  });
});
