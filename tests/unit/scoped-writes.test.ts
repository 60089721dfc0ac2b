// Writes after a scoped read keep the tenant in their `where` (STYLE.md): an update, delete or
// upsert of a tenant model by id alone would change another Khối's row if the id it was handed
// ever came from elsewhere. Every such call in lib/data names khoiId (or a scope) in its where;
// the few that act on the viewer's own rows by user id are listed below with the reason.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const WRITES = ["update", "updateMany", "delete", "deleteMany", "upsert"];
/** `file: model.operation in function`, with why the tenant is not needed. */
const OWN_ROWS: Record<string, string> = {
  "notifications.ts: notification.updateMany in markAllRead": "the viewer's own notices, by their user id",
  "notifications.ts: notification.updateMany in markReadAt": "the viewer's own notices for one page, by their user id",
  "accounts.ts: user.update in changeOwnPassword": "the viewer's own account, by their user id",
  "mail-outbox.ts: mailMessage.updateMany in claim":
    "the mail worker's claim of the rows it has just locked, across every Khối (system mode, no viewer)",
  "notice-preferences.ts: noticePreference.upsert in savePreferences": "the viewer's own preference, by their user id",
  "notice-preferences.ts: noticePreference.upsert in unsubscribe": "the preference of the user the signed link names",
  "notice-preferences.ts: notification.updateMany in unsubscribe": "the notices of the user the signed link names",
  "notice-preferences.ts: notification.updateMany in digestOf":
    "the notices of the user whose row the digest has just locked, across every Khối (system mode, no viewer)",
};

function tenantModels(): Set<string> {
  const schema = readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8");
  const names = [...schema.matchAll(/model (\w+) \{([^}]*)\}/g)]
    .filter((m) => /\n\s+khoiId\s+String\b/.test(m[2]))
    .map((m) => m[1]);
  return new Set(names.map((n) => n[0].toLowerCase() + n.slice(1)));
}

function unscopedWrites(): string[] {
  const models = tenantModels();
  const dir = path.join(ROOT, "lib/data");
  const found: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(path.join(dir, name), "utf8");
    const sf = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, fn: string) => {
      if (ts.isFunctionDeclaration(node) && node.name) fn = node.name.text;
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        WRITES.includes(node.expression.name.text)
      ) {
        const target = node.expression.expression;
        if (ts.isPropertyAccessExpression(target) && models.has(target.name.text)) {
          const arg = node.arguments[0];
          const where =
            arg && ts.isObjectLiteralExpression(arg) ? arg.properties.find((p) => p.name?.getText(sf) === "where") : undefined;
          let scoped = false;
          if (where && ts.isPropertyAssignment(where)) {
            let w = where.initializer.getText(sf);
            // `where: underWay`: read the constant it names, declared in the same file.
            if (ts.isIdentifier(where.initializer)) w = text.match(new RegExp(`const ${w} = ([^;]+);`))?.[1] ?? w;
            scoped = /\bkhoiId\b|Scope\(/.test(w);
          }
          const key = `${name}: ${target.name.text}.${node.expression.name.text} in ${fn}`;
          if (!scoped && !OWN_ROWS[key]) found.push(key);
        }
      }
      ts.forEachChild(node, (child) => visit(child, fn));
    };
    visit(sf, "");
  }
  return found;
}

it("finds the tenant models in the schema", () => {
  expect(tenantModels()).toEqual(expect.objectContaining({ size: expect.any(Number) }));
  expect(tenantModels().has("member")).toBe(true);
  expect(tenantModels().size).toBeGreaterThan(20);
});

it("every update, delete and upsert of a tenant model in lib/data carries khoiId (or a scope) in its where", () => {
  expect(unscopedWrites()).toEqual([]);
});
