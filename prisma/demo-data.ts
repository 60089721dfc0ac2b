// The demo tenants, drawn from the seed documents (shared/seeds): Đoàn Khối Dân - Chính - Đảng
// TP. Hồ Chí Minh with its cơ sở, and Đà Nẵng's Khối so that tenancy is real.

export const DEMO_TREE = [
  {
    city: "Thành Đoàn TP. Hồ Chí Minh",
    khoi: "Đoàn Khối Dân - Chính - Đảng Thành phố",
    clusters: ["Cụm 1 - Khối Đảng, Đoàn thể", "Cụm 2 - Khối Quản lý nhà nước", "Cụm 3 - Khối Kinh tế, Xã hội"],
    coSo: [
      {
        name: "Đoàn Sở Tài chính",
        cluster: 1,
        chiDoan: ["Chi đoàn Văn phòng Sở", "Chi đoàn Phòng Quản lý ngân sách", "Chi đoàn Phòng Tài chính doanh nghiệp"],
      },
      { name: "Đoàn Sở Nội vụ", cluster: 1, chiDoan: ["Chi đoàn Văn phòng Sở", "Chi đoàn Ban Thi đua - Khen thưởng"] },
      { name: "Chi đoàn Sở Thông tin - Truyền thông", cluster: 1, chiDoan: ["Chi đoàn Sở Thông tin - Truyền thông"] },
      { name: "Đoàn Sở Kế hoạch và Đầu tư", cluster: 1, chiDoan: ["Chi đoàn Văn phòng Sở", "Chi đoàn Phòng Đăng ký kinh doanh"] },
      {
        name: "Đoàn Văn phòng Ủy ban nhân dân Thành phố",
        cluster: 0,
        chiDoan: ["Chi đoàn Phòng Hành chính - Tổ chức", "Chi đoàn Trung tâm Tin học"],
      },
      { name: "Đoàn Văn phòng Thành ủy", cluster: 0, chiDoan: ["Chi đoàn Phòng Tổng hợp", "Chi đoàn Phòng Quản trị"] },
      { name: "Đoàn Sở Tư pháp", cluster: 1, chiDoan: ["Chi đoàn Văn phòng Sở", "Chi đoàn Phòng Hộ tịch"] },
      { name: "Đoàn Thanh tra Thành phố", cluster: 1, chiDoan: ["Chi đoàn Phòng Nghiệp vụ 1", "Chi đoàn Phòng Nghiệp vụ 2"] },
      { name: "Đoàn Ban Tuyên giáo Thành ủy", cluster: 0, chiDoan: ["Chi đoàn Ban Tuyên giáo"] },
      { name: "Đoàn Ban Tổ chức Thành ủy", cluster: 0, chiDoan: ["Chi đoàn Ban Tổ chức"] },
      {
        name: "Đoàn Hội Liên hiệp Phụ nữ Thành phố",
        cluster: 0,
        chiDoan: ["Chi đoàn Văn phòng Hội", "Chi đoàn Nhà Văn hóa Phụ nữ"],
      },
      { name: "Đoàn Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", cluster: 0, chiDoan: ["Chi đoàn Cơ quan Ủy ban"] },
      {
        name: "Đoàn Sở Lao động - Thương binh và Xã hội",
        cluster: 2,
        chiDoan: ["Chi đoàn Văn phòng Sở", "Chi đoàn Phòng Việc làm"],
      },
      { name: "Đoàn Sở Văn hóa và Thể thao", cluster: 2, chiDoan: ["Chi đoàn Văn phòng Sở", "Chi đoàn Phòng Nghệ thuật"] },
    ],
    membersPerCoSo: 22,
  },
  {
    city: "Thành Đoàn Đà Nẵng",
    khoi: "Đoàn khối Các cơ quan thành phố Đà Nẵng",
    clusters: ["Cụm Quản lý nhà nước"],
    coSo: [
      { name: "Đoàn Sở Xây dựng Đà Nẵng", cluster: 0, chiDoan: ["Chi đoàn Văn phòng Sở", "Chi đoàn Phòng Quy hoạch"] },
      { name: "Đoàn Sở Y tế Đà Nẵng", cluster: 0, chiDoan: ["Chi đoàn Văn phòng Sở"] },
      {
        name: "Đoàn Cục Hải quan Đà Nẵng",
        cluster: 0,
        chiDoan: ["Chi đoàn Chi cục Hải quan cửa khẩu", "Chi đoàn Văn phòng Cục"],
      },
      { name: "Đoàn Sở Thông tin và Truyền thông Đà Nẵng", cluster: 0, chiDoan: ["Chi đoàn Văn phòng Sở"] },
    ],
    membersPerCoSo: 10,
  },
] as const;

const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const MIDDLE_M = ["Văn", "Minh", "Quốc", "Hữu", "Đức", "Thanh", "Hoàng", "Công", "Gia"];
const MIDDLE_F = ["Thị", "Ngọc", "Thu", "Kim", "Thanh", "Bảo", "Hoài", "Mỹ", "Phương"];
const GIVEN_M = [
  "An",
  "Bình",
  "Dũng",
  "Đức",
  "Hải",
  "Hiếu",
  "Hùng",
  "Khánh",
  "Long",
  "Minh",
  "Nam",
  "Phúc",
  "Quân",
  "Sơn",
  "Thắng",
  "Trung",
  "Tuấn",
  "Việt",
  "Khoa",
  "Tài",
];
const GIVEN_F = [
  "Châu",
  "Giang",
  "Hà",
  "Hạnh",
  "Hoa",
  "Hương",
  "Lan",
  "Linh",
  "Mai",
  "Ngân",
  "Nhung",
  "Phương",
  "Quỳnh",
  "Tâm",
  "Thảo",
  "Trang",
  "Uyên",
  "Vy",
  "Yến",
  "Anh",
];
const POSITIONS = [
  "Chuyên viên",
  "Chuyên viên chính",
  "Cán sự",
  "Phó Trưởng phòng",
  "Kế toán viên",
  "Thanh tra viên",
  "Nhân viên",
];

/** A small deterministic generator, so the demo data is the same on every machine. */
export function demoRandom(seed = 20261123) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

export function demoPerson(rand: () => number) {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const female = rand() < 0.5;
  const fullName = `${pick(FAMILY)} ${pick(female ? MIDDLE_F : MIDDLE_M)} ${pick(female ? GIVEN_F : GIVEN_M)}`;
  const birthYear = 1988 + Math.floor(rand() * 14);
  const birthDate = new Date(Date.UTC(birthYear, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)));
  const joinedUnionAt = new Date(Date.UTC(birthYear + 15 + Math.floor(rand() * 5), 2, 26));
  const phone = `09${String(Math.floor(rand() * 1e8)).padStart(8, "0")}`;
  return {
    fullName,
    gender: female ? ("NU" as const) : ("NAM" as const),
    birthDate,
    joinedUnionAt,
    position: pick(POSITIONS),
    phone,
  };
}
