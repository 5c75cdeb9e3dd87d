// Demo illustrations drawn by scripts/draw-demo-images.ts (flat-style SVG,
// 1200×675, no text inside). Article figures refer to them by key.

export type DemoImage = {
  key: string;
  file: string;
  width: number;
  height: number;
  description: string;
};

function image(key: string, description: string): DemoImage {
  return { key, file: `/images/demo/${key}.svg`, width: 1200, height: 675, description };
}

export const demoImages: DemoImage[] = [
  image("hoi-nghi", "Hội trường với băng rôn đỏ, bàn chủ tọa dài phủ khăn xanh, các đại biểu ngồi phía sau micro và lẵng hoa phía trước."),
  image("canh-dong-lua", "Cánh đồng lúa bậc thang vàng và xanh xen kẽ dưới chân dãy núi, nông dân đội nón lá đang làm đồng."),
  image("cau-moi", "Cây cầu dây văng mới với hai trụ tháp trắng bắc qua dòng sông xanh, xe cộ lưu thông trên mặt cầu."),
  image("truong-hoc", "Ngôi trường hai tầng sơn vàng mái đỏ, cột cờ trên sân và học sinh mặc áo trắng đứng trước trường."),
  image("tram-y-te", "Trạm y tế sơn trắng có biểu tượng chữ thập xanh, nhân viên y tế và người dân đứng trước cửa, xe cứu thương đỗ bên cạnh."),
  image("duong-giao-thong", "Tuyến đường nhựa mới thẳng tắp với vạch kẻ đường, hàng cây hai bên, đèn tín hiệu giao thông, ô tô và xe máy."),
  image("le-hoi", "Lễ hội đua thuyền rồng trên sông trước cổng tam quan, cờ đuôi nheo, đèn lồng đỏ, trống hội và người dân cổ vũ."),
  image("du-lich-nui", "Du khách đứng trên đài ngắm cảnh giữa rừng thông, phía xa là dãy núi có tuyết trên đỉnh và thác nước trắng xóa."),
  image("mot-cua", "Bộ phận một cửa với các quầy tiếp nhận có cán bộ và máy tính, bảng gọi số thứ tự, người dân đến làm thủ tục và hàng ghế chờ."),
  image("chuyen-doi-so", "Máy tính xách tay hiển thị bảng điều khiển có biểu đồ, điện thoại với các biểu tượng ứng dụng, khiên bảo mật và mạng kết nối."),
  image("phong-chong-lu", "Lực lượng cứu hộ mặc áo phao cam trên thuyền giữa vùng nước lũ trong mưa, bên cạnh đê bao bằng bao cát và cột báo mực nước."),
  image("dan-quan", "Hai hàng dân quân mặc quân phục xanh, đội mũ cối, đứng nghiêm trên thao trường, bên cột cờ đỏ và bia tập bắn."),
  image("thu-hoach-che", "Người dân đội nón lá, đeo gùi thu hái chè trên những đồi chè xanh xếp thành luống, sương mù bao quanh núi."),
  image("khu-cong-nghiep", "Các nhà xưởng mái răng cưa trong khu công nghiệp, cần cẩu tháp, xe tải trên đường nội khu và dãy tấm pin mặt trời."),
  image("trong-cay", "Người dân dùng xẻng, bình tưới chăm sóc hàng cây non mới trồng có cọc chống trên triền đồi."),
  image("hien-mau", "Phòng hiến máu với người hiến máu nằm trên ghế, túi máu treo trên giá, biểu tượng trái tim đỏ trên tường và nhân viên y tế."),
];
