// Every server action is declared where it is defined (lib/actions/define.ts): a name for the
// audit trail, a permission of the table, a zod schema. An exported action made any other way
// would skip the wrapper's checks, so this lists them all and fails on one that was not declared.
import { expect, it } from "vitest";
import { ACTIONS } from "@/lib/authz";
import type { ActionDeclaration, PublicActionDeclaration } from "@/lib/actions/define";

const modules = import.meta.glob<Record<string, unknown>>("/lib/actions/*.ts", { eager: true });

const exported = Object.entries(modules)
  .filter(([file]) => !file.endsWith("/define.ts"))
  .flatMap(([file, mod]) => Object.entries(mod).map(([name, value]) => ({ file, name, value })));

it("finds the action modules", () => {
  expect(Object.keys(modules).length).toBeGreaterThanOrEqual(13);
  expect(exported.length).toBeGreaterThanOrEqual(70);
});

/** The actions made signed out, and the modules they may live in (account recovery, the public's questions). */
const PUBLIC: Record<string, string[]> = {
  "/lib/actions/password-reset.ts": ["requestPasswordResetAction", "resetPasswordAction"],
  "/lib/actions/questions.ts": ["askQuestionAction", "lookupQuestionAction"],
};

it("every export of an action module is an action declared with a name, a permission of the table and a schema", () => {
  const undeclared: string[] = [];
  for (const { file, name, value } of exported) {
    const declaration = (value as { declaration?: ActionDeclaration | PublicActionDeclaration }).declaration;
    const isPublic = !!declaration && "public" in declaration && declaration.public === true;
    // Signed out only where it was meant: a public declaration anywhere else is a hole.
    if (isPublic && !PUBLIC[file]?.includes(name)) {
      undeclared.push(`${file}: ${name} (public)`);
      continue;
    }
    const permission = isPublic ? null : (declaration as ActionDeclaration | undefined)?.permission;
    const permissions = typeof permission === "string" ? [permission] : (permission ?? []);
    const ok =
      typeof value === "function" &&
      name.endsWith("Action") &&
      !!declaration &&
      declaration.name === name.replace(/Action$/, "") &&
      (isPublic || (permissions.length > 0 && permissions.every((p) => (ACTIONS as readonly string[]).includes(p)))) &&
      typeof declaration.schema?.safeParse === "function" &&
      typeof declaration.run === "function";
    if (!ok) undeclared.push(`${file}: ${name}`);
  }
  expect(undeclared).toEqual([]);
});

it("names every action once, so the audit trail tells them apart", () => {
  const names = exported.map(({ value }) => (value as { declaration: ActionDeclaration }).declaration.name);
  expect(new Set(names).size).toBe(names.length);
});
