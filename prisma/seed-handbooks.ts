// The demo's procedure handbooks (cẩm nang, issue 14): two per Khối, published on its public site.
// The first agency's (coso@ in the first Khối) has a second version being written, so the editor
// shows a draft beside the published text.
import type { Db } from "@/lib/db/client";
import { foldVietnamese } from "@/lib/domain/text";
import { plainText, renderHandbook } from "@/lib/domain/rich-text";

type Unit = { id: string; name: string };

const DAY = 86_400_000;

const HANDBOOKS: { agency: number; title: string; body: string; draft?: string }[] = [
  {
    agency: 0,
    title: "Hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công",
    body: `Cẩm nang giúp người dân tự nộp hồ sơ thủ tục hành chính trực tuyến, không phải đến bộ phận một cửa.

## Chuẩn bị
- Tài khoản định danh điện tử (VNeID) mức độ 2, hoặc tài khoản Cổng dịch vụ công quốc gia
- Bản chụp hoặc bản điện tử các giấy tờ theo yêu cầu của thủ tục
- Chữ ký số (nếu thủ tục yêu cầu ký số)

## Các bước
1. Đăng nhập [Cổng dịch vụ công quốc gia](https://dichvucong.gov.vn) bằng tài khoản VNeID.
2. Tìm thủ tục theo tên, chọn đúng cơ quan giải quyết.
3. Điền tờ khai điện tử, đính kèm giấy tờ, nộp lệ phí trực tuyến nếu có.
4. Ghi lại **mã hồ sơ** để tra cứu tiến độ.

## Thời hạn và kết quả
Kết quả được trả qua tài khoản, qua bưu chính hoặc tại bộ phận một cửa theo lựa chọn khi nộp.

> Gặp lỗi khi nộp? Đặt câu hỏi ở mục Hỏi đáp, chọn lĩnh vực “Dịch vụ công trực tuyến”.`,
    draft: `

## Lỗi thường gặp
- Báo lỗi chữ ký số: kiểm tra thiết bị ký số đã cắm và phần mềm ký số đã cài.
- Tệp đính kèm quá lớn: nén lại hoặc chụp ở độ phân giải thấp hơn.`,
  },
  {
    agency: 6,
    title: "Thủ tục đăng ký khai sinh",
    body: `## Hồ sơ
- Tờ khai đăng ký khai sinh (theo mẫu)
- Giấy chứng sinh do cơ sở y tế cấp
- Giấy tờ tùy thân của người đi đăng ký

## Nơi nộp
UBND cấp xã nơi cư trú của cha hoặc mẹ; hoặc nộp trực tuyến trên Cổng dịch vụ công.

## Thời hạn
| Việc | Thời hạn |
|---|---|
| Đăng ký khai sinh sau khi sinh | trong 60 ngày |
| Giải quyết hồ sơ | ngay trong ngày làm việc |

Lệ phí: **miễn lệ phí** khi đăng ký đúng hạn.`,
  },
];

function versionText(title: string, source: string) {
  const html = renderHandbook(source);
  const text = plainText(html);
  return { title, source, html, searchText: foldVietnamese(`${title} ${text}`), summary: text.slice(0, 300) };
}

export async function seedDemoHandbooks(
  db: Db,
  tenants: { khoi: Unit; coSos: Unit[]; secretaryOf?: (coSoId: string) => string | undefined }[],
  now = new Date(),
) {
  for (const t of tenants) {
    for (const [i, book] of HANDBOOKS.entries()) {
      const coSo = t.coSos[book.agency % t.coSos.length];
      const createdAt = new Date(now.getTime() - (30 - i * 7) * DAY);
      const publishedAt = new Date(createdAt.getTime() + 2 * DAY);
      const editor = t.secretaryOf?.(coSo.id) ?? null;
      const h = await db.handbook.create({
        data: {
          khoiId: t.khoi.id,
          coSoId: coSo.id,
          status: "PUBLISHED",
          latestNumber: book.draft ? 2 : 1,
          publishedNumber: 1,
          publishedAt,
          createdById: editor,
          createdAt,
        },
      });
      await db.handbookVersion.create({
        data: {
          khoiId: t.khoi.id,
          handbookId: h.id,
          number: 1,
          editedById: editor,
          publishedAt,
          createdAt,
          updatedAt: publishedAt,
          ...versionText(book.title, book.body),
        },
      });
      if (book.draft)
        await db.handbookVersion.create({
          data: {
            khoiId: t.khoi.id,
            handbookId: h.id,
            number: 2,
            editedById: editor,
            ...versionText(book.title, book.body + book.draft),
          },
        });
      await db.statusChange.createMany({
        data: [
          { khoiId: t.khoi.id, entityType: "Handbook", entityId: h.id, toStatus: "DRAFT", actorId: editor, createdAt },
          {
            khoiId: t.khoi.id,
            entityType: "Handbook",
            entityId: h.id,
            fromStatus: "DRAFT",
            toStatus: "PUBLISHED",
            actorId: editor,
            createdAt: publishedAt,
          },
        ],
      });
    }
  }
}
