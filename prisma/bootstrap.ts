// Production's first step: create a city, a Đoàn Khối and its first admin account, whose
// one-time password is printed once (it must be changed at first sign-in).
//   npm run bootstrap -- --city "Thành Đoàn TP. Hồ Chí Minh" --khoi "Đoàn Khối …" --email admin@… --name "Nguyễn Văn A"
import { parseArgs } from "node:util";
import { closeDb, db } from "@/lib/db/client";
import { asSystem } from "@/lib/db/tenant-context";
import { hashPassword, temporaryPassword } from "@/lib/auth/password";
import { email as emailSchema } from "@/lib/validation/fields";

async function main() {
  const { values } = parseArgs({
    options: { city: { type: "string" }, khoi: { type: "string" }, email: { type: "string" }, name: { type: "string" } },
  });
  if (!values.city || !values.khoi || !values.email || !values.name) {
    throw new Error('usage: npm run bootstrap -- --city "…" --khoi "…" --email … --name "…"');
  }
  const email = emailSchema.parse(values.email);
  const client = db();
  try {
    const password = temporaryPassword();
    // System mode (row-level security): no viewer yet, and the city unit belongs to no Khối.
    await asSystem(() =>
      client.$transaction(async (tx) => {
        const city =
          (await tx.unit.findFirst({ where: { kind: "CITY", name: values.city } })) ??
          (await tx.unit.create({ data: { kind: "CITY", name: values.city! } }));
        const khoiId = crypto.randomUUID();
        await tx.unit.create({ data: { id: khoiId, kind: "KHOI", name: values.khoi!, parentId: city.id, khoiId } });
        await tx.user.create({
          data: {
            email,
            name: values.name!,
            passwordHash: await hashPassword(password),
            mustChangePassword: true,
            khoiId,
            memberships: { create: { unitId: khoiId, role: "KHOI_ADMIN", khoiId } },
          },
        });
        await tx.auditLog.create({
          data: {
            khoiId,
            action: "khoi.bootstrap",
            targetType: "Unit",
            targetId: khoiId,
            after: { name: values.khoi!, admin: email },
          },
        });
      }),
    );
    console.log(`Đã tạo ${values.khoi} và tài khoản quản trị ${email}.`);
    console.log(`Mật khẩu tạm thời (đổi ở lần đăng nhập đầu): ${password}`);
  } finally {
    await closeDb();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
