// What the demo reports say (prisma/seed-reports.ts): narratives per pillar in the manner of a
// results report (seed 003), written by a city agency's Đoàn cơ sở around its own numbers, and
// the Khối's compilation written by its staff. Pillars are data of the plan, so a text is chosen
// by what the pillar is about (công việc, nhân dân/người dân/cộng đồng, bản thân).
import { formatNumber } from "@/lib/domain/dates";

/** Confirmed records of the period for one cơ sở (or the whole Khối). */
export type Figures = { ideas: number; trainings: number; volunteers: number; hours: number; projects: number };

/** Numbers as Đoàn documents write them: "02", "08", "15", "1.024". */
const so = (n: number) => (Number.isInteger(n) && n >= 0 && n < 10 ? `0${n}` : formatNumber(n));

type Ctx = { unit: string; agency: string; period: string; f: Figures };

const projectsLine = ({ f }: Ctx) =>
  f.projects > 0
    ? `Đơn vị triển khai ${so(f.projects)} công trình, phần việc thanh niên gắn với cải cách hành chính, được lãnh đạo cơ quan ghi nhận và tạo điều kiện thực hiện.`
    : "Đơn vị đang hoàn thiện đăng ký công trình thanh niên gắn với cải cách hành chính, dự kiến triển khai trong thời gian tới.";

const volunteerLine = ({ f }: Ctx) =>
  f.volunteers > 0
    ? `Đơn vị ghi nhận ${so(f.volunteers)} lượt đoàn viên tham gia tình nguyện với ${so(f.hours)} giờ, trong đó có “Ngày thứ 7 tình nguyện giải quyết thủ tục hành chính cho người dân”.`
    : "Đoàn viên tham gia các hoạt động tình nguyện do Đoàn Khối phát động; kết quả đang được các chi đoàn tổng hợp, xác nhận.";

const trainedLine = ({ f, period }: Ctx) =>
  f.trainings > 0
    ? `trong ${period} có ${so(f.trainings)} lượt học tập, bồi dưỡng được xác nhận`
    : "các khóa bồi dưỡng đoàn viên đăng ký đang chờ xác nhận kết quả";

const WORK: ((c: Ctx) => string)[] = [
  (c) =>
    `${c.unit} tiếp tục cụ thể hóa phong trào “3 trách nhiệm” gắn với nhiệm vụ chính trị của ${c.agency}; 100% chi đoàn đưa nội dung phong trào vào sinh hoạt chi đoàn định kỳ. Trong ${c.period}, đoàn viên, thanh niên đề xuất ${so(c.f.ideas)} ý tưởng, sáng kiến được xác nhận, tập trung vào đơn giản hóa quy trình nội bộ, số hóa hồ sơ và rút ngắn thời gian xử lý công việc. ${projectsLine(c)}`,
  (c) =>
    `Ban Chấp hành ${c.unit} phối hợp với lãnh đạo các phòng, ban phát động đoàn viên đăng ký “mỗi tháng một việc làm cải tiến” trong công tác chuyên môn. Kết quả, ${so(c.f.ideas)} ý tưởng, sáng kiến của đoàn viên được xác nhận; một số sáng kiến về biểu mẫu điện tử, tra cứu hồ sơ đã được áp dụng tại đơn vị. ${projectsLine(c)}`,
  (c) =>
    `Đoàn viên, thanh niên ${c.agency} phát huy vai trò xung kích trong thực hiện nhiệm vụ chuyên môn, nhất là các phần việc về chuyển đổi số và cải cách thủ tục hành chính. Trong ${c.period}, đơn vị ghi nhận ${so(c.f.ideas)} ý tưởng, sáng kiến, giải pháp được xác nhận. ${projectsLine(c)} Không có đoàn viên vi phạm quy chế làm việc, nội quy cơ quan.`,
  (c) =>
    `${c.unit} gắn phong trào “3 trách nhiệm” với phong trào thi đua của cơ quan, lấy hiệu quả công việc của đoàn viên làm tiêu chí đánh giá chi đoàn. Đoàn viên đề xuất ${so(c.f.ideas)} ý tưởng, sáng kiến được xác nhận, nhiều ý tưởng hướng đến giảm giấy tờ, rút ngắn quy trình phối hợp giữa các phòng. ${projectsLine(c)}`,
];

const PEOPLE: ((c: Ctx) => string)[] = [
  (c) =>
    `Đoàn viên, thanh niên ${c.agency} giữ thái độ tận tụy, văn minh khi tiếp xúc, hướng dẫn người dân và doanh nghiệp; trong ${c.period} đơn vị không nhận phản ánh nào về tác phong của cán bộ trẻ. ${volunteerLine(c)} Đoàn cơ sở duy trì tổ hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại bộ phận một cửa.`,
  (c) =>
    `${c.unit} tổ chức cho đoàn viên tham gia “Giờ thứ 9” hướng dẫn người dân nộp hồ sơ trực tuyến và tra cứu kết quả giải quyết thủ tục. ${volunteerLine(c)} Các chi đoàn vận động đoàn viên đóng góp quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn và tham gia hiến máu tình nguyện.`,
  (c) =>
    `Tuổi trẻ ${c.agency} chú trọng xây dựng hình ảnh cán bộ, công chức trẻ “thân thiện, trách nhiệm, vì nhân dân phục vụ”. ${volunteerLine(c)} Đơn vị phối hợp với địa phương thăm, tặng quà hộ gia đình có hoàn cảnh khó khăn trên địa bàn.`,
  (c) =>
    `Đoàn cơ sở duy trì kênh tiếp nhận ý kiến của người dân về thái độ phục vụ của đoàn viên tại bộ phận tiếp nhận và trả kết quả, kịp thời chấn chỉnh những trường hợp chậm trễ. ${volunteerLine(c)} Nhiều đoàn viên được người dân, doanh nghiệp gửi thư cảm ơn vì hỗ trợ tận tình.`,
];

const SELF: ((c: Ctx) => string)[] = [
  (c) =>
    `Các chi đoàn động viên đoàn viên đăng ký rèn luyện theo “3 trách nhiệm” và chủ động học tập nâng cao trình độ; ${trainedLine(c)} về chuyên môn, ngoại ngữ, tin học, lý luận chính trị và kỹ năng. Đoàn viên chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy định của cơ quan.`,
  (c) =>
    `${c.unit} phối hợp với công đoàn cơ quan tạo điều kiện cho đoàn viên tham gia các lớp ngoại ngữ, tin học và kỹ năng số; ${trainedLine(c)}. Đoàn viên tham gia học tập nghị quyết, sinh hoạt chính trị theo chủ điểm và rèn luyện thể dục thể thao. Không có đoàn viên vi phạm đạo đức công vụ.`,
  (c) =>
    `Đoàn viên, thanh niên ${c.agency} chủ động tự học, tự rèn luyện để đáp ứng yêu cầu nhiệm vụ; ${trainedLine(c)}. Đơn vị giới thiệu đoàn viên ưu tú học lớp cảm tình Đảng và tổ chức tọa đàm “Cán bộ trẻ với đạo đức công vụ”.`,
  (c) =>
    `Ban Chấp hành ${c.unit} đưa việc học tập nâng cao trình độ vào tiêu chí đánh giá đoàn viên cuối năm; ${trainedLine(c)}. Các chi đoàn duy trì sinh hoạt chuyên đề về kỹ năng giao tiếp, ứng xử với người dân và kỹ năng làm việc nhóm.`,
];

function themeOf(pillar: string) {
  if (/công việc/i.test(pillar)) return WORK;
  if (/nhân dân|người dân|cộng đồng/i.test(pillar)) return PEOPLE;
  if (/bản thân/i.test(pillar)) return SELF;
  return null;
}

/** A cơ sở's narrative per pillar of the plan, in its order; `variant` spreads the wording over the cơ sở. */
export function coSoNarratives(pillars: string[], unit: string, period: string, f: Figures, variant: number): string[] {
  const c = { unit, agency: unit.replace(/^(Đoàn|Chi đoàn) /, ""), period, f };
  return pillars.map((p, i) => {
    const texts = themeOf(p);
    if (!texts)
      return `${unit} triển khai đầy đủ nội dung “${p}” theo kế hoạch của Đoàn Khối; đoàn viên, thanh niên tham gia tích cực, có nhiều việc làm cụ thể.`;
    return texts[(variant + i) % texts.length](c);
  });
}

export const STRENGTHS = [
  "Ban Chấp hành Đoàn cơ sở chủ động xây dựng kế hoạch căn cứ kế hoạch của Đoàn Khối, phân công rõ trách nhiệm từng chi đoàn; nhận được sự quan tâm, tạo điều kiện của cấp ủy và lãnh đạo cơ quan.",
  "Phong trào gắn chặt với nhiệm vụ chuyên môn, nhiều ý tưởng, sáng kiến được áp dụng thực tế. Đoàn viên có tinh thần trách nhiệm, tác phong phục vụ người dân ngày càng chuyên nghiệp.",
  "Kết quả của đoàn viên được ghi nhận, xác nhận kịp thời trên Cổng, số liệu rõ ràng. Các chi đoàn phối hợp tốt trong các hoạt động cao điểm.",
  "Đoàn viên trẻ chủ động, sáng tạo, tích cực tham gia hoạt động tình nguyện và học tập nâng cao trình độ; hình thức tuyên truyền đa dạng, phù hợp với cán bộ, công chức trẻ.",
];

export const WEAKNESSES = [
  "Một số chi đoàn còn chậm cập nhật kết quả lên Cổng; việc lưu minh chứng chưa đầy đủ.",
  "Số ý tưởng, sáng kiến được áp dụng thực tế còn ít so với số đăng ký; một số đoàn viên chưa tham gia hoạt động do khối lượng công việc chuyên môn lớn.",
  "Hoạt động tình nguyện chủ yếu tập trung vào dịp cao điểm, chưa duy trì thường xuyên; nội dung sinh hoạt chi đoàn ở một số nơi còn đơn điệu.",
  "Đơn vị có nhiều đoàn viên luân chuyển công tác nên việc theo dõi kết quả rèn luyện còn gặp khó khăn.",
];

export const PROPOSALS = [
  "Đề nghị Đoàn Khối tổ chức tập huấn sử dụng Cổng cho cán bộ Đoàn cơ sở và mở thêm lớp bồi dưỡng kỹ năng chuyển đổi số cho đoàn viên.",
  "Đề nghị Đoàn Khối có hình thức tuyên dương kịp thời các ý tưởng, sáng kiến được áp dụng hiệu quả tại cơ sở.",
  "Đề nghị Đoàn Khối tổ chức các hoạt động giao lưu, học tập kinh nghiệm giữa các cơ sở Đoàn trong cụm.",
  "Đề nghị Đoàn Khối hướng dẫn thống nhất cách ghi nhận giờ tình nguyện và minh chứng kèm theo.",
];

export const ACCEPT_COMMENTS = [null, "Báo cáo đầy đủ, đúng thời hạn.", "Số liệu khớp với kết quả ghi nhận trên Cổng.", null];
export const LATE_ACCEPT = "Báo cáo gửi sau hạn nộp; đề nghị đơn vị rút kinh nghiệm ở kỳ sau.";
export const RESUBMIT_ACCEPT = "Đơn vị đã bổ sung đầy đủ theo yêu cầu.";
export const CORRECTION_ACCEPT = "Đồng ý nội dung đính chính.";
export const RETURN_HALF =
  "Đề nghị bổ sung phần đánh giá hạn chế và làm rõ công trình thanh niên gắn với cải cách hành chính (tên công trình, thời gian thực hiện).";
export const RETURN_ANNUAL =
  "Đề nghị bổ sung kết quả hoạt động tình nguyện những tháng cuối năm và phần đề xuất, kiến nghị; số công trình chưa khớp với danh sách trên Cổng.";
export const CORRECTION_NOTE =
  "Bổ sung kết quả “Ngày thứ 7 tình nguyện” cuối tháng 6 do chi đoàn báo cáo muộn và điều chỉnh phần hạn chế.";
export const CORRECTION_ADDENDUM =
  " Bổ sung: cuối tháng 6, chi đoàn cơ quan tổ chức “Ngày thứ 7 tình nguyện” hướng dẫn người dân thực hiện thủ tục trực tuyến.";

/** The Khối's own compilation, written by its staff from the cơ sở reports and the records. */
export function khoiReport(
  pillars: string[],
  khoi: string,
  period: string,
  f: Figures,
  t: { coSo: number; sent: number; late: number; returned: number },
) {
  const byTheme = (p: string) => {
    const theme = themeOf(p);
    if (theme === WORK)
      return `Ban Thường vụ ${khoi} triển khai kế hoạch thực hiện phong trào “3 trách nhiệm” đến ${so(t.coSo)}/${so(t.coSo)} cơ sở Đoàn; các cơ sở xây dựng kế hoạch căn cứ kế hoạch của Đoàn Khối. Trong ${period}, đoàn viên, thanh niên đề xuất ${so(f.ideas)} ý tưởng, sáng kiến được xác nhận; toàn Khối triển khai ${so(f.projects)} công trình, phần việc thanh niên gắn với cải cách hành chính, chuyển đổi số. Nhiều sáng kiến về số hóa hồ sơ, biểu mẫu điện tử được cơ quan áp dụng.`;
    if (theme === PEOPLE)
      return `Đoàn Khối tổ chức “Ngày thứ 7 tình nguyện giải quyết thủ tục hành chính cho người dân” và “Giờ thứ 9” với sự tham gia của các cơ sở Đoàn; toàn Khối ghi nhận ${so(f.volunteers)} lượt đoàn viên tham gia tình nguyện với ${so(f.hours)} giờ. Cán bộ, công chức trẻ giữ tác phong tận tụy, văn minh khi phục vụ người dân, doanh nghiệp; không có phản ánh tiêu cực về thái độ phục vụ.`;
    if (theme === SELF)
      return `Toàn Khối có ${so(f.trainings)} lượt đoàn viên học tập, bồi dưỡng được xác nhận về chuyên môn, ngoại ngữ, tin học, lý luận chính trị và kỹ năng. Đoàn viên đăng ký rèn luyện theo “3 trách nhiệm”, chấp hành tốt quy định của cơ quan; Đoàn Khối tập huấn kỹ năng giao tiếp, ứng xử với người dân cho cán bộ Đoàn cơ sở.`;
    return `Các cơ sở Đoàn triển khai nội dung “${p}” theo kế hoạch của Đoàn Khối, có nhiều cách làm phù hợp với đặc thù cơ quan.`;
  };
  return {
    narratives: pillars.map(byTheme),
    strengths: `${so(t.sent)}/${so(t.coSo)} cơ sở Đoàn gửi báo cáo, phần lớn đúng hạn; số liệu được tổng hợp trực tiếp từ kết quả ghi nhận trên Cổng. Phong trào gắn với nhiệm vụ chuyên môn và cải cách hành chính của từng cơ quan.`,
    weaknesses: `Còn ${so(t.late)} cơ sở gửi báo cáo trễ hạn, ${so(t.returned)} cơ sở phải bổ sung báo cáo. Kết quả áp dụng ý tưởng, sáng kiến chưa đồng đều giữa các cơ sở; hoạt động tình nguyện còn tập trung vào dịp cao điểm.`,
    proposals:
      "Đề nghị Thành Đoàn tiếp tục tập huấn nghiệp vụ công tác Đoàn cho cán bộ Đoàn cơ sở khối cơ quan; có hình thức tuyên dương kịp thời các sáng kiến tiêu biểu của cán bộ, công chức trẻ.",
  };
}
