// The demo's public sites (issue 14): both Khối have one, with questions answered and published,
// waiting, late, and one still to route. Their tracking codes are printed nowhere: a question asked
// live on the demo gets its own. Deadlines follow the same working-day rule as live questions.
import type { Db } from "@/lib/db/client";
import { answerDueAt } from "@/lib/domain/working-days";
import { foldVietnamese } from "@/lib/domain/text";
import { newTrackingCode, normaliseTrackingCode, trackingCodeHash } from "@/lib/domain/tracking-code";

type Unit = { id: string; name: string };
type Tenant = {
  khoi: Unit;
  coSos: Unit[];
  slug: string;
  title: string;
  intro: string;
  /** A cơ sở's question officer (cán bộ giải đáp): its waiting questions are given to them. */
  officer?: { id: string; coSoId: string };
};

const DAY = 86_400_000;

// [agency index or null, topic, question, answer or null, days ago asked, published]
const QUESTIONS: [number | null, string, string, string | null, number, boolean][] = [
  [
    0,
    "thue-phi",
    "Tôi muốn hỏi thủ tục hoàn thuế thu nhập cá nhân khi có hai nguồn thu nhập trong năm thì cần nộp hồ sơ ở đâu và gồm những giấy tờ gì?",
    "Chào bạn, bạn lập tờ khai quyết toán thuế TNCN mẫu 02/QTT-TNCN, kèm chứng từ khấu trừ thuế của cả hai nơi trả thu nhập, nộp trực tuyến tại thuedientu.gdt.gov.vn hoặc tại cơ quan thuế nơi cư trú. Thời hạn chậm nhất là ngày cuối cùng của tháng thứ 4 kể từ khi kết thúc năm.",
    40,
    true,
  ],
  [
    3,
    "kinh-doanh",
    "Đăng ký hộ kinh doanh cá thể bán hàng online có cần thuê mặt bằng không? Hồ sơ nộp ở đâu?",
    "Hộ kinh doanh cần một địa điểm kinh doanh để đăng ký (có thể là nơi ở). Hồ sơ gồm giấy đề nghị đăng ký hộ kinh doanh và bản sao căn cước của chủ hộ, nộp tại Phòng Tài chính - Kế hoạch cấp huyện hoặc qua Cổng dịch vụ công quốc gia.",
    25,
    true,
  ],
  [
    6,
    "ho-tich",
    "Con tôi sinh ở nước ngoài, về Việt Nam thì đăng ký khai sinh ở đâu và cần giấy tờ gì ạ?",
    "Bạn đăng ký khai sinh tại UBND cấp huyện nơi cư trú, nộp giấy chứng sinh hoặc giấy tờ chứng minh việc sinh do nước ngoài cấp (đã hợp pháp hóa lãnh sự, dịch công chứng), kèm giấy tờ tùy thân của cha mẹ.",
    18,
    true,
  ],
  [
    1,
    "lao-dong",
    "Công chức chuyển công tác giữa hai sở thì sổ bảo hiểm xã hội được chuyển như thế nào, có phải tự làm thủ tục không?",
    "Cơ quan nơi bạn chuyển đi chốt sổ bảo hiểm xã hội; cơ quan mới tiếp tục đóng trên cùng mã số. Bạn không phải tự làm thủ tục, chỉ cần cung cấp mã số BHXH cho bộ phận tổ chức cán bộ của cơ quan mới.",
    9,
    false,
  ],
  [0, "truc-tuyen", "Nộp hồ sơ trực tuyến trên Cổng dịch vụ công bị báo lỗi chữ ký số thì tôi phải làm sao?", null, 3, false],
  [6, "ho-tich", "Thủ tục trích lục bản sao giấy khai sinh khi bản chính đã bị mất cần những gì?", null, 12, false],
  [null, "khac", "Tôi muốn góp ý về thời gian chờ tại bộ phận một cửa, không biết gửi cho cơ quan nào?", null, 1, false],
];

export async function seedDemoQuestions(db: Db, tenants: Tenant[], now = new Date()) {
  for (const t of tenants) {
    const site = await db.publicSite.create({
      data: { khoiId: t.khoi.id, slug: t.slug, title: t.title, intro: t.intro },
    });
    for (const [i, [agency, topic, body, answer, daysAgo, published]] of QUESTIONS.entries()) {
      const coSo = agency === null ? null : t.coSos[agency % t.coSos.length];
      const askedAt = new Date(now.getTime() - daysAgo * DAY);
      const dueAt = answerDueAt(askedAt, site);
      const answeredAt = answer ? new Date(Math.min(dueAt.getTime() - DAY, askedAt.getTime() + 2 * DAY)) : null;
      const status = answer ? "ANSWERED" : coSo ? "WAITING" : "ROUTING";
      const q = await db.publicQuestion.create({
        data: {
          khoiId: t.khoi.id,
          coSoId: coSo?.id ?? null,
          topic,
          body,
          askerName: ["Nguyễn Văn Bình", "Trần Thị Hồng", "Lê Quốc Việt", "Phạm Thu Trang"][i % 4],
          askerEmail: `nguoidan${i + 1}@example.com`,
          askerPhone: i % 2 ? "0912345678" : null,
          consentAt: askedAt,
          codeHash: trackingCodeHash(normaliseTrackingCode(newTrackingCode())!),
          status,
          assignedToId: status === "WAITING" && t.officer?.coSoId === coSo?.id ? t.officer?.id : null,
          routedAt: coSo ? askedAt : null,
          dueAt,
          answer,
          // The demo's questions name nobody: published as asked.
          publicBody: answer ? body : null,
          answeredAt,
          published: published && !!answer,
          publishedAt: published && answeredAt ? answeredAt : null,
          searchText: foldVietnamese(`${body} ${answer ?? ""}`),
          createdAt: askedAt,
        },
      });
      await db.statusChange.create({
        data: {
          khoiId: t.khoi.id,
          entityType: "PublicQuestion",
          entityId: q.id,
          toStatus: status === "ROUTING" ? "ROUTING" : "WAITING",
          createdAt: askedAt,
        },
      });
      if (answeredAt)
        await db.statusChange.create({
          data: {
            khoiId: t.khoi.id,
            entityType: "PublicQuestion",
            entityId: q.id,
            fromStatus: "WAITING",
            toStatus: "ANSWERED",
            createdAt: answeredAt,
          },
        });
    }
  }
}
