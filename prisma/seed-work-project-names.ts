// Youth projects of the demo year: real kinds of công trình, phần việc, mô hình and giải pháp of
// the agencies in the demo tree (the seeds name several: "Công sở không giấy", "Thông quan điện
// tử", "Đăng ký kinh doanh trực tuyến", "Nâng cao tỉ lệ giải quyết hồ sơ đúng hạn…"). Each has the
// status it ends the demo year in; the seed builds the history that leads there.
import type { ProjectKind, ProjectStatus, WorkField } from "@/lib/generated/prisma/enums";

/** Which indicator of the current plan a project serves, found by what the indicator counts. */
export type IndicatorTag = "solution" | "reportage" | "online" | "exemplars";

export type ProjectTemplate = {
  name: string;
  kind: ProjectKind;
  field: WorkField;
  status: ProjectStatus;
  goal: string;
  expected: string;
  serves?: IndicatorTag[];
  /** Completion report, for COMPLETED, ACKNOWLEDGED and HONOURED */
  result?: { text: string; beneficiaries: number | null; amount: number | null };
  /** The Khối's comment: why returned (RETURNED, or returned once before approval), why honoured */
  comment?: string;
  returnedOnce?: boolean;
  /** Progress of a project under way, in percent (random when not given) */
  progress?: number;
  /** Khối-level projects: how many cơ sở joined */
  joins?: number;
};

type T = ProjectTemplate;
const t = (
  kind: ProjectKind,
  field: WorkField,
  status: ProjectStatus,
  name: string,
  goal: string,
  expected: string,
  more: Partial<T> = {},
): T => ({ kind, field, status, name, goal, expected, ...more });
const result = (text: string, beneficiaries: number | null, amount: number | null) => ({
  result: { text, beneficiaries, amount },
});

/** Cơ sở projects of the TP.HCM Khối, by the cơ sở's name in DEMO_TREE. */
export const CO_SO_PROJECTS: Record<string, T[]> = {
  "Đoàn Sở Tài chính": [
    t(
      "TASK",
      "ADMIN_REFORM",
      "PENDING",
      "Tổ tư vấn thủ tục thanh toán vốn đầu tư công trực tuyến",
      "Hướng dẫn chủ đầu tư lập và nộp hồ sơ đề nghị thanh toán vốn đầu tư công qua Cổng dịch vụ công, giảm số hồ sơ phải bổ sung, trả lại.",
      "Giảm 30% hồ sơ phải bổ sung; 200 lượt chủ đầu tư được hướng dẫn",
    ),
    t(
      "PROJECT",
      "DIGITAL",
      "APPROVED",
      "Số hóa hồ sơ quyết toán ngân sách xã, phường",
      "Quét, gắn mã và đưa lên kho dữ liệu dùng chung hồ sơ quyết toán ngân sách xã, phường giai đoạn 2021 - 2025 để tra cứu nhanh.",
      "12.000 hồ sơ được số hóa; tra cứu một hồ sơ dưới 5 phút",
      { serves: ["solution"], progress: 80 },
    ),
    t(
      "TASK",
      "ADMIN_REFORM",
      "RETURNED",
      "Ngày thứ Bảy hỗ trợ doanh nghiệp kê khai giá trực tuyến",
      "Bố trí đoàn viên trực sáng thứ Bảy hướng dẫn doanh nghiệp kê khai, đăng ký giá qua phần mềm của Sở.",
      "300 lượt doanh nghiệp được hỗ trợ",
      {
        comment:
          "Đề nghị bổ sung lịch phân công trực từng ngày thứ Bảy và ý kiến của lãnh đạo Sở về việc sử dụng bộ phận một cửa ngoài giờ.",
      },
    ),
    t(
      "SOLUTION",
      "PROFESSIONAL",
      "COMPLETED",
      "Chuẩn hóa bộ biểu mẫu thẩm tra quyết toán dự án hoàn thành",
      "Rà soát, thống nhất các biểu mẫu thẩm tra quyết toán dùng chung giữa các phòng, kèm hướng dẫn điền mẫu.",
      "Rút ngắn 5 ngày làm việc thẩm tra mỗi hồ sơ",
      {
        serves: ["solution"],
        ...result(
          "Ban hành 24 biểu mẫu thống nhất và hướng dẫn điền mẫu trên trang thông tin của Sở; thời gian thẩm tra bình quân giảm từ 40 xuống 33 ngày.",
          180,
          95_000_000,
        ),
      },
    ),
    t(
      "MODEL",
      "DIGITAL",
      "HONOURED",
      "Ký số và luân chuyển văn bản điện tử 100% tại Văn phòng Sở",
      "Đoàn viên làm nòng cốt hướng dẫn ký số, luân chuyển văn bản hoàn toàn trên môi trường mạng, không in văn bản giấy nội bộ.",
      "100% văn bản nội bộ được ký số, luân chuyển điện tử",
      {
        ...result(
          "100% văn bản đi, đến nội bộ được ký số và luân chuyển điện tử; tiết kiệm khoảng 150.000 tờ giấy in trong năm; mô hình được nhân rộng ra 2 phòng chuyên môn.",
          210,
          185_000_000,
        ),
        comment: "Mô hình hiệu quả, dễ nhân rộng; đề nghị giới thiệu tại hội nghị sơ kết của Đoàn Khối.",
      },
    ),
  ],
  "Đoàn Sở Nội vụ": [
    t(
      "PROJECT",
      "ADMIN_REFORM",
      "ACKNOWLEDGED",
      "Tiếp nhận hồ sơ đề nghị khen thưởng trực tuyến",
      "Xây dựng quy trình tiếp nhận, trả kết quả hồ sơ thi đua - khen thưởng qua Cổng dịch vụ công và hướng dẫn các đơn vị nộp hồ sơ điện tử.",
      "70% hồ sơ khen thưởng được nộp trực tuyến",
      result("82% hồ sơ đề nghị khen thưởng được nộp trực tuyến; thời gian thẩm định giảm 7 ngày làm việc.", 1450, 60_000_000),
    ),
    t(
      "PROJECT",
      "DIGITAL",
      "APPROVED",
      "Số hóa hồ sơ cán bộ, công chức, viên chức",
      "Cập nhật, số hóa hồ sơ cán bộ, công chức lên Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức.",
      "5.000 hồ sơ được cập nhật đầy đủ",
    ),
    t(
      "TASK",
      "PUBLIC_SERVICE",
      "RETURNED",
      "Tủ sách pháp luật về công vụ, công chức",
      "Sưu tầm, hệ thống hóa văn bản pháp luật về công vụ, công chức thành tủ sách điện tử cho đoàn viên.",
      "Tủ sách 300 văn bản, cập nhật hằng tháng",
      {
        comment:
          "Nội dung trùng với Cơ sở dữ liệu quốc gia về pháp luật; đề nghị điều chỉnh theo hướng tóm tắt, hỏi - đáp các quy định mới.",
      },
    ),
  ],
  "Chi đoàn Sở Thông tin - Truyền thông": [
    t(
      "SOLUTION",
      "DIGITAL",
      "APPROVED",
      "Trợ lý ảo hỏi - đáp thủ tục hành chính lĩnh vực thông tin, truyền thông",
      "Xây dựng bộ câu hỏi - đáp và trợ lý ảo trên trang thông tin của Sở trả lời người dân về các thủ tục cấp phép.",
      "Trả lời tự động 80% câu hỏi thường gặp",
      { serves: ["solution"] },
    ),
    t(
      "TASK",
      "PUBLIC_SERVICE",
      "COMPLETED",
      "Tuyên truyền dịch vụ công trực tuyến trên mạng xã hội",
      "Thực hiện chuỗi video ngắn hướng dẫn sử dụng dịch vụ công trực tuyến, đăng trên trang Zalo, Facebook của Sở.",
      "12 video; 100.000 lượt xem",
      {
        serves: ["online"],
        ...result(
          "Thực hiện 14 video hướng dẫn, đạt 168.000 lượt xem; số hồ sơ nộp trực tuyến của Sở tăng 18% so với cùng kỳ.",
          168_000,
          25_000_000,
        ),
      },
    ),
    t(
      "PROJECT",
      "DIGITAL",
      "ACKNOWLEDGED",
      "Bình dân học vụ số cho người dân khu phố",
      "Đoàn viên hướng dẫn người dân cài đặt, sử dụng VNeID, thanh toán không dùng tiền mặt và dịch vụ công trực tuyến tại khu phố.",
      "1.000 người dân được hướng dẫn",
      result(
        "Tổ chức 16 buổi tại 8 khu phố, hướng dẫn 1.240 người dân; 860 tài khoản định danh điện tử mức 2 được kích hoạt.",
        1240,
        18_000_000,
      ),
    ),
  ],
  "Đoàn Sở Kế hoạch và Đầu tư": [
    t(
      "PROJECT",
      "ADMIN_REFORM",
      "HONOURED",
      "Đăng ký kinh doanh trực tuyến",
      "Chi đoàn Phòng Đăng ký kinh doanh hướng dẫn doanh nghiệp, hộ kinh doanh đăng ký qua mạng và rà soát hồ sơ ngay trong ngày.",
      "90% hồ sơ đăng ký doanh nghiệp được nộp trực tuyến",
      {
        ...result(
          "96% hồ sơ đăng ký doanh nghiệp được nộp trực tuyến; 100% hồ sơ hợp lệ trả kết quả đúng hạn, 62% trước hạn; người dân, doanh nghiệp tiết kiệm chi phí đi lại ước khoảng 1,2 tỷ đồng.",
          42_000,
          1_200_000_000,
        ),
        comment: "Công trình tiêu biểu trong cải cách thủ tục hành chính; đề nghị giới thiệu Thành Đoàn tuyên dương.",
      },
    ),
    t(
      "TASK",
      "PROFESSIONAL",
      "APPROVED",
      "Cẩm nang thủ tục thành lập doanh nghiệp cho thanh niên khởi nghiệp",
      "Biên soạn cẩm nang điện tử và tổ chức các buổi tư vấn cho thanh niên khởi nghiệp về thủ tục thành lập doanh nghiệp.",
      "Cẩm nang điện tử; 04 buổi tư vấn",
      {
        returnedOnce: true,
        comment: "Đề nghị nêu rõ đơn vị phối hợp tổ chức các buổi tư vấn và số lượng thanh niên dự kiến tham gia.",
      },
    ),
    t(
      "TASK",
      "ADMIN_REFORM",
      "PENDING",
      "Ngày thứ Bảy hướng dẫn hộ kinh doanh đăng ký qua mạng",
      "Trực hướng dẫn hộ kinh doanh tại bộ phận một cửa vào sáng thứ Bảy cuối tháng.",
      "500 lượt hộ kinh doanh được hỗ trợ",
    ),
  ],
  "Đoàn Văn phòng Ủy ban nhân dân Thành phố": [
    t(
      "MODEL",
      "PUBLIC_SERVICE",
      "ACKNOWLEDGED",
      "Nâng cao chất lượng phục vụ tại Bộ phận tiếp nhận và trả kết quả",
      "Áp dụng phiếu khảo sát điện tử mức độ hài lòng, bố trí đoàn viên hướng dẫn người dân tại quầy.",
      "Tỉ lệ người dân hài lòng trên 95%",
      result("Tỉ lệ người dân hài lòng đạt 97,4%; không có phản ánh về thái độ phục vụ.", 9600, null),
    ),
    t(
      "SOLUTION",
      "DIGITAL",
      "COMPLETED",
      "Phần mềm quản lý văn bản liên thông giữa các phòng, ban, đơn vị",
      "Xây dựng và đưa vào sử dụng phần mềm theo dõi văn bản liên thông, tự động nhắc hạn xử lý giữa các phòng.",
      "Giảm 50% văn bản xử lý trễ hạn",
      {
        serves: ["solution"],
        ...result("Phần mềm vận hành tại 9 phòng; tỉ lệ văn bản trễ hạn giảm từ 6,2% xuống 1,8%.", 320, 240_000_000),
      },
    ),
    t(
      "TASK",
      "PUBLIC_SERVICE",
      "APPROVED",
      "Tổ phản hồi kiến nghị của người dân qua Cổng 1022",
      "Đoàn viên tham gia phân loại, chuyển xử lý và theo dõi việc trả lời kiến nghị của người dân trên Cổng 1022.",
      "100% kiến nghị được phản hồi đúng hạn",
    ),
  ],
  "Đoàn Văn phòng Thành ủy": [
    t(
      "PROJECT",
      "DIGITAL",
      "APPROVED",
      "Số hóa tài liệu lưu trữ giai đoạn 1975 - 2000",
      "Chỉnh lý, số hóa tài liệu lưu trữ giai đoạn 1975 - 2000 phục vụ tra cứu, nghiên cứu.",
      "30.000 trang tài liệu được số hóa",
      { returnedOnce: true, comment: "Đề nghị làm rõ nguồn kinh phí và phương án bảo mật tài liệu trước khi số hóa." },
    ),
    t(
      "MODEL",
      "OTHER",
      "ACKNOWLEDGED",
      "Tủ sách Bác Hồ tại cơ quan",
      "Xây dựng tủ sách và sinh hoạt chuyên đề học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh hằng tháng.",
      "500 đầu sách; 10 buổi sinh hoạt chuyên đề",
      result("Tủ sách có 620 đầu sách; 12 buổi sinh hoạt chuyên đề với 540 lượt đoàn viên tham gia.", 540, 35_000_000),
    ),
  ],
  "Đoàn Sở Tư pháp": [
    t(
      "MODEL",
      "ADMIN_REFORM",
      "HONOURED",
      "Dịch vụ tư vấn, hỗ trợ pháp lý - cấp đăng ký tại nhà",
      "Tư vấn pháp lý và tiếp nhận hồ sơ hộ tịch tại nhà cho người cao tuổi, người khuyết tật.",
      "300 lượt người dân được phục vụ tại nhà",
      {
        ...result("Phục vụ 412 lượt người dân tại nhà, trong đó 268 hồ sơ hộ tịch được giải quyết đúng hạn.", 412, 48_000_000),
        comment: "Mô hình nhân văn, vì người dân; đề nghị nhân rộng tại các cơ sở Đoàn có bộ phận một cửa.",
      },
    ),
    t(
      "SOLUTION",
      "ADMIN_REFORM",
      "ACKNOWLEDGED",
      "Liên thông đăng ký khai sinh - thường trú - cấp thẻ BHYT cho trẻ dưới 6 tuổi",
      "Hướng dẫn, hỗ trợ người dân thực hiện nhóm thủ tục liên thông trên Cổng dịch vụ công.",
      "80% hồ sơ khai sinh thực hiện liên thông",
      {
        serves: ["solution"],
        ...result(
          "86% hồ sơ khai sinh được thực hiện theo nhóm thủ tục liên thông; thời gian giải quyết giảm từ 20 ngày còn 5 ngày.",
          15_200,
          300_000_000,
        ),
      },
    ),
    t(
      "TASK",
      "DIGITAL",
      "APPROVED",
      "Hướng dẫn cấp phiếu lý lịch tư pháp qua VNeID",
      "Hướng dẫn người dân đề nghị cấp phiếu lý lịch tư pháp trên ứng dụng VNeID tại bộ phận một cửa.",
      "60% hồ sơ được nộp qua VNeID",
    ),
  ],
  "Đoàn Thanh tra Thành phố": [
    t(
      "MODEL",
      "PUBLIC_SERVICE",
      "COMPLETED",
      "Tổ tiếp công dân thân thiện",
      "Đoàn viên hỗ trợ hướng dẫn, ghi nhận đơn thư tại phòng tiếp công dân với tinh thần “04 xin, 04 biết”.",
      "100% công dân được hướng dẫn đúng quy trình",
      result(
        "Hướng dẫn 1.860 lượt công dân; 100% đơn được phân loại, chuyển xử lý đúng thẩm quyền trong 3 ngày làm việc.",
        1860,
        null,
      ),
    ),
    t(
      "TASK",
      "PROFESSIONAL",
      "PENDING",
      "Sổ tay hướng dẫn quy trình giải quyết khiếu nại, tố cáo",
      "Biên soạn sổ tay điện tử các bước, biểu mẫu giải quyết khiếu nại, tố cáo cho công chức trẻ.",
      "Sổ tay 60 trang, phát hành điện tử",
    ),
  ],
  "Đoàn Ban Tuyên giáo Thành ủy": [
    t(
      "TASK",
      "PUBLIC_SERVICE",
      "ACKNOWLEDGED",
      "Phóng sự “Tuổi trẻ xung kích cải cách hành chính”",
      "Thực hiện 02 phóng sự về các công trình thanh niên tiêu biểu trong cải cách hành chính của Khối.",
      "02 phóng sự phát trên kênh của Thành Đoàn",
      {
        serves: ["reportage"],
        ...result(
          "Thực hiện 02 phóng sự (12 phút và 8 phút), phát trên kênh của Thành Đoàn và trang của Đoàn Khối, đạt 45.000 lượt xem.",
          45_000,
          40_000_000,
        ),
      },
    ),
    t(
      "TASK",
      "PUBLIC_SERVICE",
      "APPROVED",
      "Bộ sản phẩm giới thiệu gương cán bộ trẻ giỏi, thân thiện",
      "Thực hiện bộ ảnh và bài viết giới thiệu 20 gương cán bộ, công chức, viên chức trẻ giỏi, thân thiện.",
      "20 bài viết, 01 bộ ảnh",
      { serves: ["exemplars"] },
    ),
  ],
  "Đoàn Ban Tổ chức Thành ủy": [
    t(
      "SOLUTION",
      "PROFESSIONAL",
      "RETURNED",
      "Chuẩn hóa quy trình tiếp nhận hồ sơ chuyển sinh hoạt Đảng",
      "Rà soát, chuẩn hóa các bước tiếp nhận và hướng dẫn hồ sơ chuyển sinh hoạt Đảng cho đảng viên trẻ.",
      "Giảm một nửa số hồ sơ phải bổ sung",
      { comment: "Đề nghị bổ sung chỉ tiêu cụ thể (thời gian xử lý, số hồ sơ) và danh sách chi đoàn, đoàn viên tham gia." },
    ),
    t(
      "SOLUTION",
      "DIGITAL",
      "APPROVED",
      "Tra cứu tiến độ xử lý hồ sơ cán bộ trên mạng nội bộ",
      "Xây dựng trang tra cứu tiến độ xử lý hồ sơ cán bộ trên mạng nội bộ, giảm gọi điện hỏi thông tin.",
      "Giảm 70% cuộc gọi hỏi tiến độ",
      { serves: ["solution"] },
    ),
  ],
  "Đoàn Hội Liên hiệp Phụ nữ Thành phố": [
    t(
      "PROJECT",
      "SOCIAL_WELFARE",
      "HONOURED",
      "Mái ấm tình thương cho phụ nữ đơn thân khó khăn",
      "Vận động xây dựng, sửa chữa nhà cho phụ nữ đơn thân có hoàn cảnh khó khăn.",
      "05 căn nhà",
      {
        ...result("Trao 06 căn Mái ấm tình thương cho 24 nhân khẩu; tổng kinh phí vận động 420 triệu đồng.", 24, 420_000_000),
        comment: "Công trình an sinh ý nghĩa, vượt chỉ tiêu đề ra.",
      },
    ),
    t(
      "TASK",
      "SOCIAL_WELFARE",
      "COMPLETED",
      "Phiên chợ 0 đồng cho người lao động khó khăn",
      "Vận động nhà hảo tâm tổ chức phiên chợ 0 đồng cho công nhân, người lao động có hoàn cảnh khó khăn.",
      "03 phiên chợ, 1.200 phần quà",
      result("Tổ chức 03 phiên chợ, trao 1.500 phần quà trị giá 450 triệu đồng.", 1500, 450_000_000),
    ),
    t(
      "TASK",
      "DIGITAL",
      "APPROVED",
      "Lớp kỹ năng số cho hội viên phụ nữ",
      "Mở các lớp hướng dẫn hội viên phụ nữ sử dụng điện thoại thông minh, thanh toán điện tử, nhận diện lừa đảo trên mạng.",
      "20 lớp, 600 hội viên",
    ),
  ],
  "Đoàn Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố": [
    t(
      "PROJECT",
      "SOCIAL_WELFARE",
      "ACKNOWLEDGED",
      "Nhà Đại đoàn kết cho hộ nghèo",
      "Phối hợp vận động nguồn lực xây dựng nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo.",
      "04 căn nhà",
      result("Bàn giao 04 căn nhà Đại đoàn kết cho 17 nhân khẩu, trị giá 240 triệu đồng.", 17, 240_000_000),
    ),
    t(
      "SOLUTION",
      "DIGITAL",
      "RETURNED",
      "Tiếp nhận góp ý của nhân dân qua mã QR",
      "Đặt mã QR tại trụ sở để người dân gửi góp ý, phản ánh về thái độ phục vụ và thủ tục.",
      "500 lượt góp ý được tiếp nhận, trả lời",
      { comment: "Đề nghị làm rõ bộ phận tiếp nhận, xử lý góp ý và cách bảo vệ thông tin cá nhân của người góp ý." },
    ),
  ],
  "Đoàn Sở Lao động - Thương binh và Xã hội": [
    t(
      "TASK",
      "SOCIAL_WELFARE",
      "ACKNOWLEDGED",
      "Tư vấn việc làm trực tuyến cho thanh niên",
      "Tổ chức các buổi tư vấn hướng nghiệp, giới thiệu việc làm trực tuyến cho thanh niên.",
      "2.000 thanh niên được tư vấn",
      result("Tư vấn trực tuyến cho 2.300 thanh niên; 640 người được giới thiệu việc làm.", 2300, null),
    ),
    t(
      "SOLUTION",
      "DIGITAL",
      "APPROVED",
      "Chi trả trợ cấp xã hội không dùng tiền mặt",
      "Hỗ trợ đối tượng bảo trợ xã hội mở tài khoản, nhận trợ cấp qua tài khoản ngân hàng.",
      "80% đối tượng nhận trợ cấp qua tài khoản",
      { serves: ["solution"] },
    ),
    t(
      "TASK",
      "SOCIAL_WELFARE",
      "WITHDRAWN",
      "Ngày hội việc làm cho thanh niên khuyết tật",
      "Tổ chức ngày hội kết nối doanh nghiệp với thanh niên khuyết tật.",
      "300 thanh niên tham gia",
    ),
  ],
  "Đoàn Sở Văn hóa và Thể thao": [
    t(
      "MODEL",
      "PUBLIC_SERVICE",
      "ACKNOWLEDGED",
      "Gương mặt công chức thân thiện tại bộ phận một cửa",
      "Bình chọn hằng quý gương mặt công chức thân thiện qua phiếu đánh giá của người dân.",
      "04 đợt bình chọn",
      result("04 đợt bình chọn với 3.200 phiếu đánh giá của người dân; 12 công chức trẻ được biểu dương.", 3200, 15_000_000),
    ),
    t(
      "TASK",
      "ENVIRONMENT",
      "PENDING",
      "Ngày Chủ nhật xanh tại các thiết chế văn hóa",
      "Ra quân vệ sinh, trồng cây xanh, phân loại rác tại các nhà văn hóa, thư viện do Sở quản lý.",
      "06 đợt ra quân, 300 lượt đoàn viên",
    ),
  ],
};

/** Khối-level projects (registered by Khối staff, joined by cơ sở); the first two are joined by the demo cơ sở. */
export const KHOI_PROJECTS: T[] = [
  t(
    "PROJECT",
    "ADMIN_REFORM",
    "APPROVED",
    "Nâng cao tỉ lệ giải quyết hồ sơ đúng hạn tại các cơ quan quản lý hành chính nhà nước có tổ chức Đoàn thuộc Khối",
    "Mỗi cơ sở Đoàn tham gia rà soát hồ sơ tồn đọng, đề xuất giải pháp rút ngắn thời gian giải quyết hồ sơ tại đơn vị.",
    "Tỉ lệ hồ sơ giải quyết đúng hạn đạt trên 98%",
    { joins: 9, serves: ["solution"] },
  ),
  t(
    "TASK",
    "ADMIN_REFORM",
    "APPROVED",
    "Đội hình tình nguyện hướng dẫn dịch vụ công trực tuyến tại bộ phận một cửa",
    "Duy trì đội hình đoàn viên hướng dẫn người dân nộp hồ sơ trực tuyến tại bộ phận một cửa của các sở, ngành.",
    "10.000 lượt người dân được hướng dẫn",
    { joins: 6, serves: ["online"] },
  ),
  t(
    "MODEL",
    "PUBLIC_SERVICE",
    "APPROVED",
    "“Nụ cười công chức” - 04 xin, 04 biết",
    "Lan tỏa cuộc vận động “Nụ cười công chức” (xin chào, xin lỗi, xin cám ơn, xin phép; biết chào, biết cười, biết quan tâm, biết chia sẻ) tại các cơ quan.",
    "100% cơ sở Đoàn có bộ phận tiếp dân tham gia",
    { joins: 5 },
  ),
  t(
    "PROJECT",
    "SOCIAL_WELFARE",
    "ACKNOWLEDGED",
    "Tiếp sức mùa thi: hỗ trợ thí sinh và phụ huynh tại các điểm thi",
    "Tổ chức đội hình đoàn viên hướng dẫn thí sinh, phát nước uống, suất ăn miễn phí và hỗ trợ chỗ nghỉ cho thí sinh ở xa trong kỳ thi tốt nghiệp trung học phổ thông.",
    "10.000 lượt thí sinh được hỗ trợ",
    {
      joins: 7,
      ...result(
        "Hỗ trợ 12.400 lượt thí sinh và phụ huynh tại 18 điểm thi; trao 3.500 suất ăn, nước uống và 120 chỗ nghỉ miễn phí, tổng giá trị khoảng 380 triệu đồng.",
        12_400,
        380_000_000,
      ),
    },
  ),
];

/** A few projects of the Đà Nẵng Khối (seed 004), so the tenancy demo has something to hide. */
export const DA_NANG_PROJECTS: Record<string, T[]> = {
  "Đoàn Sở Thông tin và Truyền thông Đà Nẵng": [
    t(
      "MODEL",
      "DIGITAL",
      "ACKNOWLEDGED",
      "Công sở không giấy",
      "Tham mưu xây dựng mô hình “Công sở không giấy”: văn bản, hồ sơ nội bộ xử lý hoàn toàn trên môi trường mạng.",
      "100% văn bản nội bộ được xử lý điện tử",
      result("100% văn bản nội bộ xử lý trên môi trường mạng; tiết kiệm 90.000 tờ giấy in.", 150, 110_000_000),
    ),
  ],
  "Đoàn Cục Hải quan Đà Nẵng": [
    t(
      "PROJECT",
      "ADMIN_REFORM",
      "APPROVED",
      "Thông quan điện tử",
      "Tham gia xây dựng và hướng dẫn doanh nghiệp sử dụng chương trình “Thông quan điện tử”.",
      "95% tờ khai được thông quan điện tử",
    ),
  ],
  "Đoàn Sở Xây dựng Đà Nẵng": [
    t(
      "TASK",
      "ADMIN_REFORM",
      "PENDING",
      "Hỗ trợ người dân xin cấp phép xây dựng trực tuyến",
      "Hướng dẫn người dân lập, nộp hồ sơ cấp phép xây dựng nhà ở riêng lẻ qua mạng.",
      "1.000 hồ sơ được hướng dẫn",
    ),
  ],
};
