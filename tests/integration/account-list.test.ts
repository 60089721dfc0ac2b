// The accounts page at scale: a page at a time, found by name without diacritics or by part of
// the e-mail, through `User.searchText`, which the database keeps (migration
// 20261207110000_user_search_text) with the same folding as the app's foldVietnamese.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listAccounts } from "@/lib/data/accounts";
import { accountUnitPicker, CHI_DOAN_LIST_MAX } from "@/lib/data/units";
import { userScope } from "@/lib/authz";
import { foldVietnamese } from "@/lib/domain/text";
import { LIST_PAGE_SIZE } from "@/lib/validation/list-query";
import { addChiDoan, makeTenant, type Tenant } from "../factories";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
});

const newAccount = (t: Tenant, name: string, email: string) =>
  db().user.create({ data: { name, email, passwordHash: "-", khoiId: t.khoi.id }, select: { id: true } });

describe("the database folds names as the app does", () => {
  // Vietnamese letters in both cases, composed and decomposed, with the spaces people type.
  const letters = [
    ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊOÔƠUƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵÁÀẢÃẠẾỀỂỄỆÍÌÓÒỐỒỚỜÚÙỨỪÝỲ0123456789-'",
  ];
  // JavaScript's \s: the ASCII spaces, the no-break space (names pasted from Word) and the other Unicode spaces.
  const spaces = [" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u202f", "\u3000", "\ufeff", "\u2028"];
  const piece = fc.oneof(fc.constantFrom(...letters), fc.constantFrom(...spaces));
  const name = fc.array(piece, { maxLength: 40 }).map((p) => p.join(""));

  it("for any name, composed or decomposed", async () => {
    await fc.assert(
      fc.asyncProperty(name, fc.boolean(), async (text, decomposed) => {
        const input = decomposed ? text.normalize("NFD") : text;
        const [row] = await db().$queryRaw<{ folded: string }[]>`SELECT fold_vietnamese(${input}) AS folded`;
        expect(row.folded).toBe(foldVietnamese(input));
      }),
      { numRuns: 60 },
    );
  });
});

describe("accounts list", () => {
  it("finds an account by its name without diacritics, or by part of its e-mail, and follows a rename", async () => {
    const admin = await viewerOf(a.users.admin.id);
    const { id } = await newAccount(a, "Lê Thị Ánh Tuyết", `tuyet.le.${a.label}@coquan.vn`);
    const found = async (q: string) => (await listAccounts(admin, { q, page: 1 })).rows.map((r) => r.id);
    expect(await found("le thi anh tuyet")).toEqual([id]);
    expect(await found("Ánh  Tuyết")).toEqual([id]);
    expect(await found(`TUYET.LE.${a.label}@`)).toEqual([id]);
    // Never across the name and the e-mail: "tuyet tuyet" is neither.
    expect(await found("tuyet tuyet")).toEqual([]);
    await db().user.update({ where: { id }, data: { name: "Lê Thị Ánh Nguyệt" } });
    expect(await found("anh nguyet")).toEqual([id]);
    expect(await found("anh tuyet")).toEqual([]);
    // The other Khối's admin does not find it, by name or by e-mail.
    const other = await viewerOf(b.users.admin.id);
    expect((await listAccounts(other, { q: "anh nguyet", page: 1 })).total).toBe(0);
    expect((await listAccounts(other, { q: `tuyet.le.${a.label}`, page: 1 })).total).toBe(0);
  });

  it("pages every account of the Khối exactly once, by name", async () => {
    const t = await makeTenant(db());
    for (let i = 0; i < LIST_PAGE_SIZE + 7; i++)
      await newAccount(t, `Đoàn viên ${String(i).padStart(3, "0")}`, `dv${i}.${t.label}@coquan.vn`);
    const admin = await viewerOf(t.users.admin.id);
    const first = await listAccounts(admin, { q: "", page: 1 });
    const second = await listAccounts(admin, { q: "", page: 2 });
    const inKhoi = await db().user.count({ where: { khoiId: t.khoi.id } });
    expect(first.total).toBeGreaterThanOrEqual(inKhoi);
    expect(first.rows).toHaveLength(LIST_PAGE_SIZE);
    const seen = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(first.total);
    // By name (those made here differ only in their digits, so any collation orders them alike).
    const made = [...first.rows, ...second.rows].map((r) => r.name).filter((n) => n.startsWith("Đoàn viên "));
    expect(made).toHaveLength(LIST_PAGE_SIZE + 7);
    expect(made).toEqual([...made].sort());
    // Nothing of another Khối on any page.
    for (const u of Object.values(a.users)) expect(seen).not.toContain(u.id);
  });
});

describe("the units a role may be given on", () => {
  it("are every unit while the chi đoàn are few; past the limit, the chosen cơ sở's chi đoàn only", async () => {
    const t = await makeTenant(db());
    const admin = await viewerOf(t.users.admin.id);
    const few = await accountUnitPicker(admin, {});
    expect(few.byCoSo).toBe(false);
    expect(few.units.map((u) => u.id).sort()).toEqual(
      [t.khoi.id, t.coSoA.id, t.coSoB.id, t.chiDoanA1.id, t.chiDoanA2.id, t.chiDoanB1.id].sort(),
    );
    expect(few.units[0].id).toBe(t.khoi.id);
    await addChiDoan(db(), t.coSoB, CHI_DOAN_LIST_MAX);
    const none = await accountUnitPicker(admin, {});
    expect(none.byCoSo).toBe(true);
    expect(none.units.map((u) => u.id).sort()).toEqual([t.khoi.id, t.coSoA.id, t.coSoB.id].sort());
    expect(none.coSoOptions.map((u) => u.id).sort()).toEqual([t.coSoA.id, t.coSoB.id].sort());
    const ofA = await accountUnitPicker(admin, { coSo: t.coSoA.id });
    expect(ofA.coSo).toBe(t.coSoA.id);
    expect(
      ofA.units
        .filter((u) => u.kind === "CHI_DOAN")
        .map((u) => u.id)
        .sort(),
    ).toEqual([t.chiDoanA1.id, t.chiDoanA2.id].sort());
    // Another Khối's cơ sở: no chi đoàn of it, and none chosen.
    const other = await accountUnitPicker(admin, { coSo: a.coSoA.id });
    expect(other.coSo).toBeUndefined();
    expect(other.units.map((u) => u.id).sort()).toEqual([t.khoi.id, t.coSoA.id, t.coSoB.id].sort());
  });
});

describe("the accounts in reach", () => {
  it("are userScope's, read in two steps: the Khối's own, and the role holders on its units it does not own", async () => {
    const t = await makeTenant(db());
    // A city account (no Khối) and another Khối's account, each holding a role on a unit of t.
    const city = await db().user.create({
      data: { name: "Cán bộ Thành Đoàn", email: `tp.${t.label}@coquan.vn`, passwordHash: "-" },
    });
    const fromB = await newAccount(b, "Cán bộ Khối khác", `khac.${t.label}@coquan.vn`);
    for (const u of [city, fromB])
      await db().membership.create({
        data: { userId: u.id, unitId: t.chiDoanA1.id, role: "CHI_DOAN_SECRETARY", khoiId: t.khoi.id },
      });
    for (const admin of [await viewerOf(t.users.admin.id), await viewerOf(b.users.admin.id)]) {
      const listed: string[] = [];
      for (let page = 1; ; page++) {
        const { rows } = await listAccounts(admin, { q: "", page });
        listed.push(...rows.map((r) => r.id));
        if (rows.length < LIST_PAGE_SIZE) break;
      }
      const inScope = await db().user.findMany({ where: userScope(admin, "account.manage"), select: { id: true } });
      expect(listed.sort()).toEqual(inScope.map((u) => u.id).sort());
    }
    const ofT = (await listAccounts(await viewerOf(t.users.admin.id), { q: "", page: 1 })).rows.map((r) => r.id);
    expect(ofT).toEqual(expect.arrayContaining([city.id, fromB.id]));
  });
});
