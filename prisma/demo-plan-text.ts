// The demo Khối's plan for the current year, as its staff would paste it from Word: written for
// 2026 (95 năm Ngày thành lập Đoàn, 136 năm Ngày sinh Chủ tịch Hồ Chí Minh, the run-up to the
// Đại hội Đoàn of the 2027 - 2032 term), with the anniversaries and the coming term worked out for
// the year the demo is seeded in. Its chỉ tiêu are the ten indicators of the demo plan, in their
// order (tests/unit/co-so-plan-draft.test.ts reads them back); no other sentence holds a target.

/** The first year of the Đoàn's term under way or about to start (2022 - 2027, 2027 - 2032…). */
const congressYear = (year: number) => 2022 + 5 * Math.ceil((year - 2022) / 5);

export function demoPlanText(year: number): string {
  const doan = year - 1931;
  const bac = year - 1890;
  const term = `${congressYear(year)} - ${congressYear(year) + 5}`;
  return `THÀNH ĐOÀN TP. HỒ CHÍ MINH\tĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP
***
Số: 45-KH/ĐTN\tTP. Hồ Chí Minh, ngày 10 tháng 3 năm ${year}

KẾ HOẠCH
Thực hiện phong trào “3 trách nhiệm” trong đoàn viên, thanh niên
cán bộ, công chức, viên chức trẻ năm ${year}
--------
Căn cứ Kế hoạch số 18-KH/TĐTN-BPT ngày 24/02/${year} của Ban Thường vụ Thành Đoàn về việc thực hiện phong trào “3 trách nhiệm” năm ${year} và Chương trình số 12-CT/ĐTN ngày 20/12/2022 của Ban Chấp hành Đoàn Khối về “Đoàn xung kích tham gia cải cách thủ tục hành chính, xây dựng đội ngũ cán bộ, công chức, viên chức trẻ, giỏi, thân thiện” giai đoạn 2022 - 2027, Ban Thường vụ Đoàn Khối ban hành Kế hoạch thực hiện phong trào “3 trách nhiệm” trong đoàn viên, thanh niên cán bộ, công chức, viên chức trẻ năm ${year}, cụ thể như sau:

I. MỤC ĐÍCH - YÊU CẦU:
1. Mục đích:
· Tiếp tục xây dựng đội ngũ cán bộ, công chức, viên chức trẻ có bản lĩnh chính trị vững vàng, phẩm chất đạo đức trong sáng, giỏi chuyên môn, thành thạo kỹ năng số, tận tụy phục vụ nhân dân; xung kích tham gia cải cách hành chính, chuyển đổi số và vận hành hiệu quả chính quyền địa phương hai cấp tại cơ quan, đơn vị.
· Gắn nội dung phong trào với chủ đề công tác năm ${year} của Thành phố và các hoạt động kỷ niệm ${doan} năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/${year}), ${bac} năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/${year}); góp phần đưa Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Nghị quyết Đại hội Đảng bộ Thành phố nhiệm kỳ 2025 - 2030 vào cuộc sống; tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
· Phát huy vai trò của tổ chức Đoàn trong chuẩn bị Đại hội Đoàn các cấp tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí Minh Khối Dân - Chính - Đảng Thành phố nhiệm kỳ ${term}; qua phong trào phát hiện, bồi dưỡng, giới thiệu những cán bộ, đoàn viên tiêu biểu.
· Đẩy mạnh tuyên truyền, nhân rộng các mô hình hiệu quả, cách làm hay và những cá nhân, tập thể điển hình trong thực hiện phong trào từ cấp chi đoàn.
2. Yêu cầu:
· Phong trào được triển khai sâu rộng đến từng chi đoàn, đoàn cơ sở; nội dung thiết thực, gắn với nhiệm vụ chính trị và chuyên môn của từng cơ quan, đơn vị; kết quả được thể hiện bằng công trình, phần việc, ý tưởng, sáng kiến cụ thể.
· Ban Thường vụ Đoàn Khối thường xuyên theo dõi, hướng dẫn, kiểm tra việc thực hiện; định kỳ sơ kết, tổng kết, kịp thời biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu.
· Các cơ sở Đoàn vận động đoàn viên, thanh niên tích cực tham gia; hướng dẫn, hỗ trợ, tạo điều kiện cho đoàn viên, thanh niên thực hiện; cập nhật đầy đủ, kịp thời kết quả thực hiện trên Cổng “3 trách nhiệm”.

II. ĐỐI TƯỢNG THỰC HIỆN:
· Đoàn viên, thanh niên là cán bộ, công chức, viên chức trẻ đang công tác tại các cơ quan Đảng, đoàn thể, cơ quan hành chính, đơn vị sự nghiệp công lập có tổ chức Đoàn trực thuộc Đoàn Khối.

III. CHỈ TIÊU:
· 100% cơ sở Đoàn trực thuộc có giải pháp khuyến khích, phát huy ý tưởng, sáng kiến trong đoàn viên, thanh niên đơn vị.
· Đoàn viên, thanh niên toàn Khối đề xuất ít nhất 1.000 ý tưởng, sáng kiến.
· Tổ chức 04 hoạt động cao điểm “Ngày thứ 7 tình nguyện giải quyết thủ tục hành chính cho người dân”, “Giờ thứ 9” (tháng 3, 5, 7, 9).
· Thực hiện ít nhất 02 sản phẩm là phóng sự, 01 bộ sản phẩm tuyên truyền dịch vụ công trực tuyến, 01 bộ sản phẩm giới thiệu điển hình tiêu biểu là cán bộ, công chức, viên chức trẻ, các mô hình, giải pháp hiệu quả trong thực hiện phong trào.
· Đoàn Khối tổ chức 04 chương trình tập huấn kỹ năng trong công việc cho cán bộ, công chức, viên chức đoàn viên.
· Mỗi cơ sở Đoàn đề xuất ít nhất 20 ý tưởng, sáng kiến (mức tối thiểu Đoàn Khối giao: 10).
· Vận động ít nhất 200.000.000 đồng cho các hoạt động an sinh xã hội, chăm lo cho người dân khó khăn.
· Tổ chức kiểm tra chuyên đề việc thực hiện phong trào tại ít nhất 10 cơ sở Đoàn.

IV. NỘI DUNG THỰC HIỆN:
1. Cấp Khối:
· Triển khai Kế hoạch đến các cơ sở Đoàn; hướng dẫn cơ sở xây dựng kế hoạch của đơn vị và cập nhật kết quả thực hiện trên Cổng “3 trách nhiệm”.
· Tổ chức Hội thi “Cải cách hành chính” năm ${year} và Cuộc thi “Ý tưởng sáng tạo” năm ${year}, chủ đề “Thanh niên Khối xung kích chuyển đổi số, phục vụ nhân dân”.
· Tổ chức các hoạt động cao điểm “Ngày thứ 7 tình nguyện giải quyết thủ tục hành chính cho người dân”, “Giờ thứ 9” vào các tháng 3, 5, 7, 9; ra quân Tháng Thanh niên chào mừng ${doan} năm Ngày thành lập Đoàn.
· Thực hiện các phóng sự, bộ sản phẩm tuyên truyền dịch vụ công trực tuyến, sử dụng tài khoản định danh điện tử và bộ sản phẩm giới thiệu điển hình tiêu biểu trong thực hiện phong trào.
· Tổ chức các chương trình tập huấn kỹ năng giao tiếp, ứng xử với người dân, kỹ năng số và ứng dụng trí tuệ nhân tạo trong công việc cho cán bộ Đoàn, đoàn viên.
· Tổ chức bình chọn, tuyên dương danh hiệu “Cán bộ, công chức, viên chức trẻ, giỏi, thân thiện” cá nhân và tập thể cấp Khối (tháng 10); giới thiệu điển hình xét chọn giải thưởng cấp Thành, toàn quốc.
· Tổ chức Hội nghị biểu dương cán bộ, công chức, viên chức trẻ tiêu biểu học tập và làm theo Bác nhân kỷ niệm ${bac} năm Ngày sinh Chủ tịch Hồ Chí Minh.
· Tổ chức kiểm tra chuyên đề việc triển khai phong trào tại cơ sở; sơ kết 6 tháng, tổng kết năm.
2. Đối với cơ sở Đoàn:
Tham gia đầy đủ các hoạt động cấp Khối. Đồng thời, căn cứ Kế hoạch của Đoàn Khối và tình hình thực tế của đơn vị, xây dựng kế hoạch thực hiện phong trào tại đơn vị.
2.1. Học tập, nâng cao trình độ chuyên môn, nghiệp vụ và kỹ năng số:
· Khuyến khích, tạo điều kiện cho cán bộ, công chức, viên chức trẻ học tập nâng cao trình độ chuyên môn, lý luận chính trị, ngoại ngữ, tin học; tham gia các khóa bồi dưỡng kỹ năng số, khai thác dữ liệu và ứng dụng trí tuệ nhân tạo phục vụ công việc.
· Tổ chức diễn đàn, tọa đàm, sinh hoạt chuyên đề gắn với chuyên môn của đơn vị; sinh hoạt chủ điểm chào mừng ${doan} năm Ngày thành lập Đoàn TNCS Hồ Chí Minh.
2.2. Phát huy ý tưởng, sáng kiến trong cải cách hành chính, chuyển đổi số:
· Phát động đoàn viên, thanh niên đề xuất ý tưởng, sáng kiến cải tiến quy trình, rút ngắn thời gian giải quyết hồ sơ, số hóa hồ sơ và kết quả giải quyết thủ tục hành chính; đăng ký tham gia Cuộc thi “Ý tưởng sáng tạo” năm ${year} của Đoàn Khối.
· Xây dựng và đăng ký thực hiện các mô hình, giải pháp hiệu quả gắn với nhiệm vụ chính trị của cơ quan, đơn vị.
· Duy trì cuộc vận động “Nụ cười công chức” với các nội dung “04 xin, 04 biết” tại bộ phận tiếp nhận và trả kết quả.
2.3. Tham gia các hoạt động cao điểm, tình nguyện vì cộng đồng:
· Tham gia hoạt động cao điểm “Ngày thứ 7 tình nguyện giải quyết thủ tục hành chính cho người dân”, “Giờ thứ 9”; hỗ trợ người dân thực hiện dịch vụ công trực tuyến tại phường, xã.
· Tham gia các hoạt động an sinh xã hội, hiến máu tình nguyện, chăm lo cho người dân có hoàn cảnh khó khăn; báo cáo số tiền vận động được trong báo cáo sơ kết, tổng kết của đơn vị.
2.4. Công trình, phần việc thanh niên và tuyên dương điển hình:
· Đăng ký công trình, phần việc thanh niên chào mừng Đại hội Đoàn các cấp, gắn với nhiệm vụ chuyên môn của đơn vị; cập nhật tiến độ, kết quả và minh chứng trên Cổng “3 trách nhiệm”.
· Theo dõi, bình chọn và giới thiệu cá nhân, tập thể đạt danh hiệu “Cán bộ, công chức, viên chức trẻ, giỏi, thân thiện” cấp Khối.
3. Đối với cá nhân đoàn viên, thanh niên: tham gia các hoạt động cấp Khối, cơ sở triển khai, đồng thời chủ động:
· Đăng ký rèn luyện theo “3 trách nhiệm” (với công việc, với nhân dân, với bản thân) đầu năm và tự đánh giá cuối năm.
· Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh bằng những việc làm cụ thể trong công việc hằng ngày; thực hiện tốt văn minh công sở, quy tắc ứng xử của cán bộ, công chức, viên chức.
· Đề xuất ý tưởng, sáng kiến; tham gia học tập, bồi dưỡng và hoạt động tình nguyện; cập nhật kết quả trên Cổng “3 trách nhiệm”.

V. TỔ CHỨC THỰC HIỆN:
1. Ban Thường vụ Đoàn Khối:
· Phân công Ủy viên Ban Thường vụ phụ trách theo dõi các cụm hoạt động; chỉ đạo sơ kết 6 tháng, tổng kết năm.
2. Ban Phong trào Đoàn Khối:
· Là bộ phận thường trực, tham mưu tổ chức các hoạt động cấp Khối; theo dõi kết quả thực hiện chỉ tiêu trên Cổng “3 trách nhiệm”.
3. Văn phòng Đoàn Khối:
· Tổng hợp báo cáo của các cơ sở Đoàn; tham mưu công tác thi đua, khen thưởng.
4. Các cơ sở Đoàn:
· Xây dựng và ban hành kế hoạch của đơn vị trên Cổng “3 trách nhiệm” trước ngày 31/3/${year}.
· Gửi báo cáo sơ kết 6 tháng (trước ngày 15/6/${year}) và báo cáo tổng kết năm (trước ngày 15/12/${year}) về Ban Thường vụ Đoàn Khối qua Cổng “3 trách nhiệm”.

Trên đây là Kế hoạch thực hiện phong trào “3 trách nhiệm” năm ${year}, Ban Thường vụ Đoàn Khối đề nghị các cơ sở Đoàn trực thuộc căn cứ tình hình thực tế của đơn vị tổ chức triển khai hiệu quả.
`;
}
