// Every package installed under a node_modules folder, nested copies included (a transitive
// dependency pinned to an old version lives in its dependent's own node_modules).
import fs from "node:fs";
import path from "node:path";
import semver from "semver";
import type { Advisory } from "./known-advisories";

export type Installed = { name: string; version: string; dir: string };

export function installedPackages(nodeModules: string): Installed[] {
  if (!fs.existsSync(nodeModules)) return [];
  const packageDirs = fs.readdirSync(nodeModules, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith(".") || !(e.isDirectory() || e.isSymbolicLink())) return [];
    const dir = path.join(nodeModules, e.name);
    return e.name.startsWith("@") ? fs.readdirSync(dir).map((s) => path.join(dir, s)) : [dir];
  });
  return packageDirs.flatMap((dir) => {
    const manifest = path.join(dir, "package.json");
    const own: Installed[] = [];
    if (fs.existsSync(manifest)) {
      const pkg = JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: string; version?: string };
      // The manifest's name, not the folder's: an npm alias ("string-width-cjs") installs another package.
      if (pkg.version) own.push({ name: pkg.name ?? path.relative(nodeModules, dir), version: pkg.version, dir });
    }
    return [...own, ...installedPackages(path.join(dir, "node_modules"))];
  });
}

export type Finding = Installed & { advisory: Advisory };

/**
 * Installed copies inside a known-bad range (prereleases of a bad version count as bad, and so
 * does a version semver cannot read: it cannot be shown to be safe).
 */
export function knownBad(installed: Installed[], advisories: Advisory[]): Finding[] {
  const bad = (version: string, range: string) =>
    !semver.valid(version) || semver.satisfies(version, range, { includePrerelease: true });
  return installed.flatMap((p) =>
    advisories.filter((a) => a.name === p.name && bad(p.version, a.vulnerable)).map((advisory) => ({ ...p, advisory })),
  );
}
