// Demo news categories (chuyên mục) of the provincial portal, in display order.

export type DemoCategory = { slug: string; name: string; description: string };

export const demoCategories: DemoCategory[] = [
  {
    slug: "hoat-dong-lanh-dao",
    name: "Hoạt động lãnh đạo",
    description: "Tin về các buổi làm việc, kiểm tra, tiếp xúc và hoạt động đối ngoại của lãnh đạo Ủy ban nhân dân tỉnh Sơn Hà.",
  },
  {
    slug: "chi-dao-dieu-hanh",
    name: "Chỉ đạo - Điều hành",
    description: "Các chỉ đạo, kết luận và nhiệm vụ mà Ủy ban nhân dân tỉnh giao cho các sở, ngành và địa phương triển khai.",
  },
  {
    slug: "kinh-te-xa-hoi",
    name: "Kinh tế - Xã hội",
    description: "Tình hình sản xuất, đầu tư, hạ tầng, giáo dục, y tế và an sinh xã hội trên địa bàn tỉnh.",
  },
  {
    slug: "van-hoa-du-lich",
    name: "Văn hóa - Du lịch",
    description: "Lễ hội, di sản, hoạt động văn hóa, thể thao và các điểm đến du lịch của tỉnh Sơn Hà.",
  },
  {
    slug: "cai-cach-hanh-chinh",
    name: "Cải cách hành chính",
    description: "Kết quả cải cách thủ tục hành chính, cơ chế một cửa, dịch vụ công trực tuyến và chuyển đổi số trong cơ quan nhà nước.",
  },
  {
    slug: "quoc-phong-an-ninh",
    name: "Quốc phòng - An ninh",
    description: "Công tác quân sự địa phương, dân quân tự vệ, bảo đảm trật tự an toàn giao thông, phòng chống thiên tai và giữ gìn an ninh trật tự.",
  },
];
