// Words of the demo year: what members propose, study and volunteer for, what they pledge, and
// what reviewers write back. Drawn from the tasks the seeds give each level (seeds 000, 001, 003).
import type { ActivityKind, TrainingKind, WorkField } from "@/lib/generated/prisma/enums";

/** An idea's base: the seed adds where it was proposed ("… tại Phòng Hộ tịch, Sở Tư pháp"), so no title says "tại". */
export type IdeaBase = { field: WorkField; title: string; problem: string; proposal: string; effect: string };

const idea = (field: WorkField, title: string, problem: string, proposal: string, effect: string): IdeaBase => ({
  field,
  title,
  problem,
  proposal,
  effect,
});

export const IDEAS: IdeaBase[] = [
  idea(
    "ADMIN_REFORM",
    "Rút ngắn thời gian thẩm định hồ sơ",
    "Hồ sơ phải chuyển qua nhiều bước ký nháy, thường chậm 2 - 3 ngày so với quy định.",
    "Gộp bước kiểm tra thể thức vào bước tiếp nhận, ký số song song giữa chuyên viên và lãnh đạo phòng.",
    "Thời gian thẩm định giảm bình quân 2 ngày mỗi hồ sơ.",
  ),
  idea(
    "ADMIN_REFORM",
    "Phiếu hướng dẫn một lần cho hồ sơ chưa đầy đủ",
    "Người dân phải đi lại nhiều lần vì mỗi lần chỉ được hướng dẫn bổ sung một phần.",
    "Dùng mẫu phiếu liệt kê đầy đủ giấy tờ còn thiếu, có chữ ký của người tiếp nhận, trao ngay khi tiếp nhận.",
    "Số lượt người dân phải đến bổ sung hồ sơ giảm khoảng 40%.",
  ),
  idea(
    "ADMIN_REFORM",
    "Công khai tiến độ giải quyết hồ sơ bằng mã QR",
    "Người dân thường gọi điện hỏi tiến độ, chiếm nhiều thời gian của cán bộ.",
    "In mã QR trên giấy biên nhận để người dân tự tra cứu tiến độ trên Cổng dịch vụ công.",
    "Số cuộc gọi hỏi tiến độ giảm rõ rệt, người dân hài lòng hơn.",
  ),
  idea(
    "ADMIN_REFORM",
    "Bộ mẫu hồ sơ điền sẵn cho các thủ tục thường gặp",
    "Nhiều hồ sơ bị trả lại do điền sai mẫu đơn.",
    "Soạn mẫu điền sẵn có chú thích cho 10 thủ tục nhiều hồ sơ nhất, đặt tại quầy và đăng trên trang thông tin.",
    "Tỉ lệ hồ sơ phải sửa giảm từ 15% xuống 6%.",
  ),
  idea(
    "ADMIN_REFORM",
    "Nhắc hạn xử lý hồ sơ tự động qua thư điện tử",
    "Một số hồ sơ bị trễ hạn vì chuyên viên không theo dõi được hạn xử lý.",
    "Thiết lập nhắc hạn tự động trước 2 ngày qua thư điện tử và phần mềm một cửa.",
    "Không còn hồ sơ trễ hạn do quên theo dõi.",
  ),
  idea(
    "ADMIN_REFORM",
    "Tiếp nhận hồ sơ qua bưu chính công ích",
    "Người cao tuổi, người ở xa khó đến nộp hồ sơ trực tiếp.",
    "Phối hợp bưu điện tiếp nhận và trả kết quả tại nhà cho nhóm thủ tục đơn giản.",
    "Hàng trăm hồ sơ được tiếp nhận, trả kết quả tại nhà.",
  ),
  idea(
    "ADMIN_REFORM",
    "Sơ đồ quy trình giải quyết thủ tục cho người dân",
    "Người dân không nắm được các bước và thời gian giải quyết.",
    "Thiết kế sơ đồ một trang cho từng thủ tục, ghi rõ thời hạn và lệ phí.",
    "Người dân chủ động chuẩn bị hồ sơ, giảm thắc mắc tại quầy.",
  ),
  idea(
    "ADMIN_REFORM",
    "Đặt lịch hẹn nộp hồ sơ trực tuyến",
    "Người dân phải chờ lâu vào các buổi cao điểm.",
    "Cho phép đặt lịch hẹn nộp hồ sơ qua trang thông tin, ưu tiên tiếp nhận theo giờ hẹn.",
    "Thời gian chờ bình quân giảm từ 45 xuống 15 phút.",
  ),
  idea(
    "DIGITAL",
    "Số hóa sổ theo dõi công văn đến",
    "Sổ công văn giấy khó tra cứu, dễ thất lạc.",
    "Chuyển sang bảng theo dõi dùng chung trên hệ thống quản lý văn bản, có tìm kiếm theo số, ngày, trích yếu.",
    "Tra cứu một văn bản chỉ còn vài giây.",
  ),
  idea(
    "DIGITAL",
    "Chữ ký số cho toàn bộ văn bản nội bộ",
    "Văn bản nội bộ vẫn in giấy để ký, tốn thời gian luân chuyển.",
    "Cấp chữ ký số cá nhân cho chuyên viên, ký số toàn bộ tờ trình, phiếu trình nội bộ.",
    "Tiết kiệm giấy in và rút ngắn thời gian trình ký.",
  ),
  idea(
    "DIGITAL",
    "Kho dữ liệu dùng chung giữa các phòng",
    "Các phòng lưu dữ liệu riêng lẻ, trùng lặp, khó tổng hợp báo cáo.",
    "Xây dựng thư mục dùng chung có phân quyền, quy ước đặt tên tệp thống nhất.",
    "Thời gian tổng hợp báo cáo định kỳ giảm một nửa.",
  ),
  idea(
    "DIGITAL",
    "Biểu mẫu khảo sát trực tuyến thay phiếu giấy",
    "Khảo sát bằng phiếu giấy tốn công nhập liệu.",
    "Dùng biểu mẫu trực tuyến, kết quả tự động tổng hợp thành biểu đồ.",
    "Tiết kiệm 3 ngày công nhập liệu mỗi đợt khảo sát.",
  ),
  idea(
    "DIGITAL",
    "Trợ lý ảo trả lời câu hỏi thường gặp của người dân",
    "Nhiều câu hỏi lặp lại về thủ tục, lệ phí qua điện thoại.",
    "Xây dựng bộ câu hỏi - đáp và trợ lý ảo trên trang thông tin điện tử.",
    "Trả lời tự động phần lớn câu hỏi thường gặp.",
  ),
  idea(
    "DIGITAL",
    "Bảng điều khiển theo dõi chỉ tiêu của đơn vị",
    "Lãnh đạo khó nắm tiến độ các chỉ tiêu trong năm.",
    "Dùng bảng tính trực tuyến tổng hợp số liệu từ các phòng, cập nhật hằng tuần.",
    "Lãnh đạo theo dõi tiến độ kịp thời, điều hành sát hơn.",
  ),
  idea(
    "DIGITAL",
    "Hướng dẫn an toàn thông tin bằng video ngắn",
    "Cán bộ còn mở tệp đính kèm lạ, nguy cơ mất an toàn thông tin.",
    "Thực hiện chuỗi video 1 phút về nhận diện thư lừa đảo, đặt mật khẩu mạnh.",
    "Không còn sự cố lây nhiễm mã độc qua thư điện tử trong năm.",
  ),
  idea(
    "DIGITAL",
    "Ứng dụng họp trực tuyến cho giao ban định kỳ",
    "Giao ban với đơn vị trực thuộc phải di chuyển xa.",
    "Tổ chức giao ban trực tuyến, lưu biên bản điện tử.",
    "Tiết kiệm chi phí đi lại và thời gian của cán bộ.",
  ),
  idea(
    "DIGITAL",
    "Tra cứu văn bản pháp luật chuyên ngành bằng từ khóa",
    "Cán bộ mất nhiều thời gian tìm văn bản áp dụng.",
    "Lập danh mục văn bản chuyên ngành có gắn từ khóa và liên kết, cập nhật hằng tháng.",
    "Thời gian tra cứu văn bản giảm đáng kể.",
  ),
  idea(
    "DIGITAL",
    "Quản lý tài sản, thiết bị bằng mã QR",
    "Kiểm kê tài sản cuối năm mất nhiều thời gian.",
    "Dán mã QR lên từng tài sản, kiểm kê bằng điện thoại.",
    "Thời gian kiểm kê giảm từ 5 ngày còn 1 ngày.",
  ),
  idea(
    "PUBLIC_SERVICE",
    "Góc tiếp dân thân thiện",
    "Khu vực chờ chật hẹp, thiếu thông tin hướng dẫn.",
    "Bố trí ghế chờ, nước uống, bảng hướng dẫn và đoàn viên trực hướng dẫn giờ cao điểm.",
    "Tỉ lệ hài lòng của người dân tăng rõ rệt.",
  ),
  idea(
    "PUBLIC_SERVICE",
    "Thực hiện “04 xin, 04 biết” trong giao tiếp với người dân",
    "Một số phản ánh về thái độ giao tiếp chưa niềm nở.",
    "Đưa “04 xin, 04 biết” vào tiêu chí đánh giá hằng tháng của đoàn viên làm việc tại quầy.",
    "Không còn phản ánh về thái độ phục vụ.",
  ),
  idea(
    "PUBLIC_SERVICE",
    "Hộp thư góp ý điện tử về chất lượng phục vụ",
    "Người dân ngại góp ý trực tiếp.",
    "Mở hộp thư góp ý điện tử, công khai kết quả trả lời hằng tháng.",
    "Tiếp nhận và trả lời kịp thời nhiều góp ý của người dân.",
  ),
  idea(
    "PUBLIC_SERVICE",
    "Quy tắc ứng xử khi trả lời điện thoại",
    "Cách trả lời điện thoại chưa thống nhất, có lúc thiếu thông tin.",
    "Soạn quy tắc trả lời điện thoại và sổ tay câu trả lời mẫu.",
    "Người dân nhận thông tin đầy đủ ngay từ cuộc gọi đầu tiên.",
  ),
  idea(
    "PUBLIC_SERVICE",
    "Quầy ưu tiên người cao tuổi, người khuyết tật",
    "Người cao tuổi phải chờ lâu như mọi người.",
    "Bố trí quầy ưu tiên và đoàn viên hỗ trợ điền hồ sơ.",
    "Người cao tuổi, người khuyết tật được phục vụ nhanh hơn.",
  ),
  idea(
    "PUBLIC_SERVICE",
    "Giờ thứ 9 giải quyết hồ sơ tồn",
    "Hồ sơ tồn tích lũy vào cuối tháng.",
    "Đoàn viên đăng ký làm thêm một giờ mỗi ngày cuối tháng để xử lý hồ sơ tồn.",
    "Không còn hồ sơ tồn quá hạn vào cuối tháng.",
  ),
  idea(
    "PROFESSIONAL",
    "Sổ tay nghiệp vụ cho công chức mới",
    "Công chức mới mất nhiều thời gian làm quen quy trình.",
    "Biên soạn sổ tay nghiệp vụ có quy trình, biểu mẫu, lỗi thường gặp.",
    "Công chức mới nắm việc nhanh hơn, ít sai sót.",
  ),
  idea(
    "PROFESSIONAL",
    "Sinh hoạt chuyên môn hằng tháng do đoàn viên chủ trì",
    "Kiến thức mới chưa được chia sẻ kịp thời trong đơn vị.",
    "Mỗi tháng một đoàn viên trình bày một chuyên đề nghiệp vụ trong 30 phút.",
    "Đoàn viên chủ động cập nhật văn bản mới.",
  ),
  idea(
    "PROFESSIONAL",
    "Danh mục kiểm tra trước khi trình ký",
    "Văn bản trình ký còn sai thể thức, phải sửa nhiều lần.",
    "Áp dụng danh mục kiểm tra 10 điểm trước khi trình ký.",
    "Số văn bản phải sửa lại giảm khoảng 60%.",
  ),
  idea(
    "PROFESSIONAL",
    "Kèm cặp chuyên môn theo cặp",
    "Kinh nghiệm của công chức lâu năm chưa được truyền lại.",
    "Ghép cặp công chức trẻ với công chức có kinh nghiệm theo từng mảng việc.",
    "Công chức trẻ tự tin đảm nhận việc mới.",
  ),
  idea(
    "PROFESSIONAL",
    "Chuẩn hóa mẫu báo cáo định kỳ",
    "Mỗi phòng dùng mẫu báo cáo khác nhau, khó tổng hợp.",
    "Thống nhất mẫu báo cáo tuần, tháng, quý dùng chung.",
    "Thời gian tổng hợp báo cáo của văn phòng giảm một nửa.",
  ),
  idea(
    "PROFESSIONAL",
    "Lưu trữ hồ sơ theo mã thủ tục",
    "Hồ sơ lưu theo ngày nên khó tìm khi thanh tra, kiểm tra.",
    "Sắp xếp hồ sơ theo mã thủ tục và năm, kèm danh mục điện tử.",
    "Tìm hồ sơ phục vụ kiểm tra chỉ còn vài phút.",
  ),
  idea(
    "SOCIAL_WELFARE",
    "Quỹ tương trợ đoàn viên khó khăn",
    "Một số đoàn viên gặp khó khăn đột xuất chưa được hỗ trợ kịp thời.",
    "Lập quỹ tương trợ từ đóng góp tự nguyện và hoạt động gây quỹ của chi đoàn.",
    "Kịp thời hỗ trợ đoàn viên khó khăn trong năm.",
  ),
  idea(
    "SOCIAL_WELFARE",
    "Tủ sách cũ tặng thiếu nhi vùng khó khăn",
    "Sách cũ của cán bộ bỏ phí trong khi thiếu nhi vùng khó khăn thiếu sách.",
    "Thu gom sách cũ theo đợt, phân loại và tặng các điểm trường.",
    "Hàng nghìn cuốn sách được trao tặng.",
  ),
  idea(
    "SOCIAL_WELFARE",
    "Bữa cơm nghĩa tình cho người nhà bệnh nhân",
    "Người nhà bệnh nhân nghèo thiếu bữa ăn.",
    "Chi đoàn luân phiên nấu và phát cơm một buổi mỗi tháng.",
    "Hàng trăm suất cơm được trao mỗi tháng.",
  ),
  idea(
    "SOCIAL_WELFARE",
    "Hỗ trợ người dân đăng ký tài khoản định danh điện tử",
    "Người cao tuổi chưa biết kích hoạt tài khoản định danh điện tử.",
    "Đoàn viên hướng dẫn tại khu dân cư vào cuối tuần.",
    "Nhiều tài khoản định danh điện tử được kích hoạt.",
  ),
  idea(
    "ENVIRONMENT",
    "Văn phòng không rác thải nhựa",
    "Cơ quan dùng nhiều chai nhựa, ly nhựa dùng một lần.",
    "Trang bị bình nước, ly thủy tinh; không dùng chai nhựa trong cuộc họp.",
    "Giảm phần lớn rác thải nhựa của cơ quan.",
  ),
  idea(
    "ENVIRONMENT",
    "Phân loại rác thải trong cơ quan",
    "Rác chưa được phân loại, khó tái chế.",
    "Đặt thùng rác phân loại và hướng dẫn tại mỗi tầng.",
    "Rác tái chế được thu gom riêng, bán gây quỹ chi đoàn.",
  ),
  idea(
    "ENVIRONMENT",
    "Tiết kiệm điện ngoài giờ làm việc",
    "Điện, điều hòa còn bật sau giờ làm việc.",
    "Phân công đoàn viên kiểm tra tắt thiết bị cuối ngày, dán nhắc nhở tại công tắc.",
    "Tiền điện của cơ quan giảm khoảng 8%.",
  ),
  idea(
    "OTHER",
    "Sinh hoạt chi đoàn kết hợp học tập chuyên đề",
    "Sinh hoạt chi đoàn còn đơn điệu, ít người tham gia.",
    "Mỗi buổi sinh hoạt có một chuyên đề ngắn và phần giao lưu.",
    "Tỉ lệ đoàn viên dự sinh hoạt tăng rõ rệt.",
  ),
  idea(
    "OTHER",
    "Ngày hội đăng ký sáng kiến của đoàn viên",
    "Nhiều ý tưởng hay chưa được ghi nhận, nhân rộng.",
    "Tổ chức ngày hội để đoàn viên trình bày, đăng ký sáng kiến với lãnh đạo đơn vị.",
    "Nhiều sáng kiến được lãnh đạo đơn vị chọn áp dụng.",
  ),
];

/** Digital-transformation ideas for the past contest's theme. */
export const CONTEST_FIELDS: WorkField[] = ["DIGITAL"];

export type Course = { title: string; provider: string; days: number };
const c = (title: string, provider: string, days: number): Course => ({ title, provider, days });

export const COURSES: Record<TrainingKind, Course[]> = {
  PROFESSIONAL: [
    c("Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên", "Trường Cán bộ Thành phố Hồ Chí Minh", 56),
    c("Bồi dưỡng ngạch chuyên viên chính", "Học viện Hành chính Quốc gia - Phân viện khu vực phía Nam", 70),
    c("Cập nhật Luật Ngân sách nhà nước và văn bản hướng dẫn", "Sở Tài chính", 2),
    c("Nghiệp vụ văn thư, lưu trữ", "Trung tâm Lưu trữ lịch sử Thành phố", 5),
    c("Nghiệp vụ tiếp công dân, xử lý đơn thư", "Thanh tra Thành phố", 3),
    c("Kỹ năng soạn thảo văn bản hành chính", "Trường Cán bộ Thành phố Hồ Chí Minh", 3),
  ],
  LANGUAGE: [
    c("Tiếng Anh giao tiếp trình độ B1", "Trung tâm Ngoại ngữ - Tin học Trường Đại học Sư phạm", 84),
    c("Tiếng Anh chuyên ngành hành chính công", "Trường Cán bộ Thành phố Hồ Chí Minh", 30),
    c("Luyện thi IELTS 6.0", "Trung tâm Ngoại ngữ Trường Đại học Khoa học Xã hội và Nhân văn", 90),
    c("Tiếng Trung giao tiếp cơ bản", "Trung tâm Ngoại ngữ Trường Đại học Sư phạm", 60),
    c("Tiếng Hàn sơ cấp", "Trung tâm Ngoại ngữ Trường Đại học Khoa học Xã hội và Nhân văn", 60),
  ],
  IT: [
    c("Chứng chỉ ứng dụng công nghệ thông tin cơ bản", "Trung tâm Tin học Trường Đại học Khoa học Tự nhiên", 30),
    c(
      "Ứng dụng CNTT nâng cao: phân tích dữ liệu với Excel và Power BI",
      "Trung tâm Tin học Trường Đại học Khoa học Tự nhiên",
      21,
    ),
    c("An toàn thông tin cho cán bộ, công chức", "Sở Thông tin và Truyền thông", 2),
    c("Chữ ký số và văn bản điện tử", "Sở Thông tin và Truyền thông", 1),
    c("Khai thác cơ sở dữ liệu dân cư và ứng dụng VNeID", "Công an Thành phố", 1),
  ],
  POLITICAL: [
    c("Trung cấp lý luận chính trị - hành chính", "Trường Cán bộ Thành phố Hồ Chí Minh", 120),
    c("Bồi dưỡng lý luận chính trị dành cho đảng viên mới", "Trung tâm Chính trị quận", 7),
    c("Lớp bồi dưỡng nhận thức về Đảng", "Đảng ủy Khối", 5),
    c("Học tập chuyên đề tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Đảng ủy cơ quan", 1),
    c("Nghiên cứu, quán triệt Nghị quyết Đại hội Đoàn các cấp", "Đoàn Khối", 1),
  ],
  SKILLS: [
    c("Kỹ năng giao tiếp, ứng xử với người dân", "Đoàn Khối", 1),
    c("Kỹ năng thuyết trình và điều hành cuộc họp", "Nhà Văn hóa Thanh niên", 2),
    c("Kỹ năng làm việc nhóm", "Nhà Văn hóa Thanh niên", 1),
    c("Kỹ năng quản lý thời gian, xử lý áp lực công việc", "Đoàn Khối", 1),
    c("Sơ cấp cứu ban đầu", "Hội Chữ thập đỏ Thành phố", 2),
  ],
};

/** Volunteer work of members' own, outside Khối activities: title, field, hours. */
export const OWN_VOLUNTEERING: [string, WorkField, number][] = [
  ["Hiến máu tình nguyện tại Bệnh viện Truyền máu Huyết học", "SOCIAL_WELFARE", 2],
  ["Hướng dẫn người dân kích hoạt tài khoản VNeID tại phường", "DIGITAL", 4],
  ["Tình nguyện tại Mái ấm Thiên Phước", "SOCIAL_WELFARE", 5],
  ["Tiếp sức mùa thi tại điểm thi trung học phổ thông", "SOCIAL_WELFARE", 8],
  ["Phát cơm từ thiện tại Bệnh viện Ung Bướu", "SOCIAL_WELFARE", 3],
  ["Dọn dẹp vệ sinh kênh Nhiêu Lộc - Thị Nghè cùng Đoàn phường", "ENVIRONMENT", 4],
  ["Hỗ trợ người dân nộp hồ sơ trực tuyến tại Trung tâm hành chính công quận", "ADMIN_REFORM", 4],
  ["Trao quà Trung thu cho thiếu nhi khó khăn", "SOCIAL_WELFARE", 4],
  ["Dạy tin học miễn phí cho người cao tuổi tại nhà văn hóa khu phố", "DIGITAL", 6],
];

/** Khối activities of the year that members took part in, days before today (squeezed after the plan's issue). */
export type PastActivity = {
  kind: ActivityKind;
  name: string;
  daysAgo: number;
  days?: number;
  hours: number;
  field: WorkField | null;
  weekday?: number;
};

export const PAST_ACTIVITIES: PastActivity[] = [
  {
    kind: "PEAK_DAY",
    name: "Ra quân Tháng Thanh niên: hỗ trợ người dân tại bộ phận một cửa",
    daysAgo: 300,
    hours: 5,
    field: "ADMIN_REFORM",
  },
  {
    kind: "PEAK_DAY",
    name: "Ngày thứ 7 tình nguyện: hướng dẫn người dân nộp hồ sơ trực tuyến",
    daysAgo: 250,
    hours: 4,
    field: "ADMIN_REFORM",
    weekday: 6,
  },
  {
    kind: "PEAK_DAY",
    name: "Hiến máu tình nguyện “Giọt hồng Khối Dân - Chính - Đảng”",
    daysAgo: 190,
    hours: 2,
    field: "SOCIAL_WELFARE",
  },
  {
    kind: "PEAK_DAY",
    name: "“Giờ thứ 9”: hỗ trợ giải quyết hồ sơ tồn tại bộ phận một cửa",
    daysAgo: 130,
    days: 5,
    hours: 5,
    field: "ADMIN_REFORM",
  },
  { kind: "TRAINING", name: "Tập huấn kỹ năng số cho cán bộ Đoàn cơ sở", daysAgo: 95, hours: 0, field: null },
  {
    kind: "PEAK_DAY",
    name: "Ngày Chủ nhật xanh: vệ sinh kênh rạch, trồng cây xanh",
    daysAgo: 70,
    hours: 4,
    field: "ENVIRONMENT",
    weekday: 0,
  },
];

export const PAST_CONTEST = {
  name: "Cuộc thi “Ý tưởng sáng tạo” - chuyên đề “Chuyển đổi số trong cơ quan nhà nước”",
  daysAgo: 150,
  days: 30,
  prizes: ["Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Khuyến khích", "Giải Khuyến khích", "Giải Khuyến khích"],
};

export const RETURN_REASONS = {
  IDEA: [
    "Đề nghị mô tả cụ thể hơn vấn đề và giải pháp đề xuất.",
    "Đề nghị ghi rõ hiệu quả đã áp dụng tại đơn vị (số liệu trước và sau).",
    "Ý tưởng trùng với sáng kiến đã đăng ký của chi đoàn, đề nghị bổ sung điểm mới.",
  ],
  TRAINING: [
    "Đề nghị bổ sung giấy chứng nhận hoặc chứng chỉ của khóa học.",
    "Thời gian học chưa khớp với giấy chứng nhận, đề nghị kiểm tra lại.",
    "Đề nghị ghi đúng tên đơn vị tổ chức lớp học.",
  ],
  VOLUNTEER: [
    "Số giờ chưa khớp với danh sách của ban tổ chức, đề nghị kiểm tra lại.",
    "Đề nghị bổ sung hình ảnh hoặc xác nhận của đơn vị tổ chức.",
    "Ngày tham gia chưa đúng với thời gian diễn ra hoạt động.",
  ],
  COMMITMENT: [
    "Đề nghị ghi cụ thể chỉ tiêu học tập (tên khóa học, thời gian hoàn thành).",
    "Nội dung đăng ký còn chung chung, đề nghị nêu việc làm cụ thể cho từng trách nhiệm.",
  ],
};

/** One pledge per pillar of the plan, by pillar position (công việc, nhân dân/cộng đồng, bản thân). */
export const PLEDGES: string[][] = [
  [
    "Hoàn thành 100% hồ sơ được giao đúng hạn, không để hồ sơ tồn.",
    "Đề xuất ít nhất 01 sáng kiến cải tiến quy trình làm việc của phòng.",
    "Tham gia công trình thanh niên của chi đoàn về cải cách thủ tục hành chính.",
    "Ứng dụng chữ ký số cho toàn bộ văn bản do mình soạn thảo.",
    "Hoàn thành tốt nhiệm vụ chuyên môn, phấn đấu đạt danh hiệu Lao động tiên tiến.",
  ],
  [
    "Thực hiện “04 xin, 04 biết” khi tiếp xúc với người dân.",
    "Tham gia ít nhất 02 hoạt động “Ngày thứ 7 tình nguyện”, “Giờ thứ 9” trong năm.",
    "Hiến máu tình nguyện ít nhất 01 lần trong năm.",
    "Hướng dẫn ít nhất 20 người dân sử dụng dịch vụ công trực tuyến.",
    "Tham gia các hoạt động an sinh xã hội do Đoàn Khối phát động.",
  ],
  [
    "Hoàn thành khóa tiếng Anh trình độ B1 trong năm.",
    "Học xong chương trình trung cấp lý luận chính trị - hành chính.",
    "Đạt chứng chỉ ứng dụng công nghệ thông tin nâng cao.",
    "Rèn luyện thể thao, tham gia giải chạy của Khối.",
    "Đọc ít nhất 06 đầu sách chuyên môn và kỹ năng trong năm.",
  ],
];

/** The member's year-end self-assessment of one pillar, by how it went. */
export const ASSESSMENTS = [
  "Đã hoàn thành đầy đủ nội dung đăng ký, có minh chứng kèm theo.",
  "Hoàn thành phần lớn nội dung đăng ký; một nội dung chuyển sang năm sau do thay đổi công việc.",
  "Vượt nội dung đăng ký, được đơn vị ghi nhận.",
];

export const PROGRESS_NOTES = [
  "Đã xây dựng kế hoạch chi tiết, phân công đoàn viên phụ trách từng phần việc.",
  "Hoàn thành khảo sát thực trạng, thống nhất cách làm với lãnh đạo đơn vị.",
  "Triển khai thí điểm, ghi nhận góp ý của người dân và đồng nghiệp.",
  "Đã thực hiện khoảng {p}% khối lượng công việc, đúng tiến độ đề ra.",
  "Sơ kết giai đoạn 1, điều chỉnh cách làm cho phù hợp thực tế.",
  "Hoàn thành các hạng mục chính, đang chuẩn bị báo cáo tổng kết.",
];

export const APPROVAL_NOTES = [
  "Đồng ý. Đề nghị đơn vị cập nhật tiến độ hằng tháng.",
  "Đồng ý, đề nghị gắn với chỉ tiêu cải cách hành chính của đơn vị.",
  null,
  null,
];
export const ACKNOWLEDGE_NOTES = ["Ghi nhận kết quả thực hiện.", "Ghi nhận, đề nghị đơn vị tiếp tục duy trì.", null];
