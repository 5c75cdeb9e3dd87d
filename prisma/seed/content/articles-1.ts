// Demo articles, part 1: "Hoạt động lãnh đạo" and "Chỉ đạo - Điều hành".
// All names of people and places are fictional.

import type { DemoArticle } from "./articles";

export const articlesPart1: DemoArticle[] = [
  // -------------------------------------------------------------------------
  // Hoạt động lãnh đạo
  // -------------------------------------------------------------------------
  {
    category: "hoat-dong-lanh-dao",
    title: "Chủ tịch UBND tỉnh kiểm tra tiến độ thi công dự án cầu Đà Giang 2",
    summary:
      "Đồng chí Trần Quốc Hưng, Chủ tịch UBND tỉnh yêu cầu chủ đầu tư và nhà thầu tập trung nhân lực, thiết bị, phấn đấu hợp long cầu Đà Giang 2 sớm hơn kế hoạch nhưng phải bảo đảm chất lượng và an toàn lao động.",
    paragraphs: [
      "Cùng đi kiểm tra có lãnh đạo Sở Xây dựng, Sở Tài chính, Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh và UBND thành phố Sơn Hà. Tại công trường, đoàn đã đi thị sát hai trụ tháp chính, khu vực đúc dầm và tuyến đường dẫn phía huyện Phú Ân, nơi còn một số hộ dân chưa bàn giao mặt bằng. Đây là công trình trọng điểm của tỉnh trong giai đoạn hiện nay.",
      "Theo báo cáo của Ban Quản lý dự án, đến nay khối lượng thi công đã đạt khoảng 72% giá trị hợp đồng. Các hạng mục móng, thân trụ và tháp cầu đã hoàn thành; nhà thầu đang lắp đặt hệ dây văng và thi công các đốt dầm hẫng cân bằng. Dự án có tổng chiều dài hơn 1,8 km, trong đó phần cầu chính vượt sông Đà Giang dài 620 m, mặt cắt ngang bốn làn xe.",
      "Phát biểu kết luận, Chủ tịch UBND tỉnh đánh giá cao sự nỗ lực của các nhà thầu trong điều kiện mùa mưa kéo dài, mực nước sông dâng cao. Đồng chí đề nghị UBND huyện Phú Ân phối hợp với Mặt trận Tổ quốc cấp xã tiếp tục vận động, giải quyết dứt điểm vướng mắc về bồi thường, hỗ trợ tái định cư trước ngày 30 của tháng tới.",
      "Đồng chí cũng yêu cầu Sở Xây dựng tăng cường giám sát chất lượng vật liệu, đặc biệt là bê tông và cáp dây văng; chủ đầu tư rà soát lại tiến độ chi tiết từng hạng mục, bố trí thi công ba ca đối với các phần việc trên mặt cầu. Những khó khăn vượt thẩm quyền phải báo cáo kịp thời để UBND tỉnh xem xét, tháo gỡ ngay.",
    ],
    figure: {
      image: "cau-moi",
      caption: "Phối cảnh cầu Đà Giang 2 nối thành phố Sơn Hà với huyện Phú Ân sau khi hoàn thành.",
      alt: "Cây cầu dây văng hai trụ tháp trắng bắc qua sông, xe cộ đi lại trên mặt cầu",
    },
    author: "Minh Thu (Văn phòng UBND tỉnh)",
    source: { name: "Văn phòng UBND tỉnh" },
    tags: ["cầu Đà Giang 2", "giao thông", "đầu tư công"],
  },
  {
    category: "hoat-dong-lanh-dao",
    title: "Lãnh đạo tỉnh tiếp và làm việc với các nhà đầu tư vào Khu công nghiệp Phú Ân",
    summary:
      "Lãnh đạo UBND tỉnh cam kết đồng hành, hỗ trợ tối đa về thủ tục, hạ tầng và nguồn nhân lực để các dự án sản xuất công nghệ cao tại Khu công nghiệp Phú Ân sớm đi vào hoạt động.",
    paragraphs: [
      "Tham dự buổi làm việc có đồng chí Phạm Đức Toàn, Phó Chủ tịch UBND tỉnh; đại diện Ban Quản lý các khu công nghiệp, Sở Tài chính, Sở Nông nghiệp và Môi trường cùng bốn doanh nghiệp đang nghiên cứu đầu tư trong các lĩnh vực linh kiện điện tử, thiết bị điện và bao bì thân thiện môi trường. Các doanh nghiệp đều đã có nhà máy hoạt động tại một số tỉnh lân cận và đang tìm kiếm địa điểm mở rộng sản xuất.",
      "Các nhà đầu tư bày tỏ ấn tượng với vị trí kết nối của Khu công nghiệp Phú Ân, nằm cách cầu Đà Giang 2 khoảng 6 km và gần tuyến đường tỉnh ĐT.315. Doanh nghiệp đề nghị tỉnh sớm hoàn thiện hệ thống xử lý nước thải tập trung giai đoạn hai, bảo đảm nguồn điện ổn định và hỗ trợ tuyển dụng lao động kỹ thuật tại chỗ.",
      "Phó Chủ tịch UBND tỉnh Phạm Đức Toàn cho biết, tỉnh đã bố trí vốn để hoàn thành trạm biến áp 110 kV và nhà máy xử lý nước thải trong năm tới. Sở Nội vụ sẽ phối hợp với các cơ sở giáo dục nghề nghiệp mở các lớp đào tạo theo đơn đặt hàng của doanh nghiệp, ưu tiên lao động địa phương và lao động thuộc diện chuyển đổi nghề.",
      "Kết thúc buổi làm việc, lãnh đạo tỉnh giao Ban Quản lý các khu công nghiệp làm đầu mối, hướng dẫn nhà đầu tư hoàn thiện hồ sơ theo quy trình rút gọn; mỗi dự án được cử một cán bộ theo dõi, hỗ trợ từ khâu khảo sát đến khi cấp giấy chứng nhận đăng ký đầu tư. Lãnh đạo tỉnh nhấn mạnh mọi vướng mắc của nhà đầu tư phải được phản hồi bằng văn bản trong thời hạn không quá bảy ngày làm việc.",
    ],
    figure: {
      image: "khu-cong-nghiep",
      caption: "Một góc Khu công nghiệp Phú Ân, nơi đang mở rộng giai đoạn hai.",
      alt: "Các nhà xưởng mái răng cưa, cần cẩu tháp và dãy pin mặt trời trong khu công nghiệp",
    },
    author: "Đức Trung (Văn phòng UBND tỉnh)",
    tags: ["thu hút đầu tư", "khu công nghiệp"],
  },
  {
    category: "hoat-dong-lanh-dao",
    title: "Phó Chủ tịch Thường trực UBND tỉnh thăm, tặng quà gia đình chính sách ở huyện Ngọc Lâm",
    summary:
      "Nhân dịp kỷ niệm Ngày Thương binh - Liệt sĩ 27/7, đồng chí Lê Thị Minh Hạnh, Phó Chủ tịch Thường trực UBND tỉnh đã đến thăm hỏi, tặng quà các gia đình người có công với cách mạng tại huyện Ngọc Lâm.",
    paragraphs: [
      "Đoàn đã đến thăm gia đình bà Nguyễn Thị Lụa ở xã Đồng Tâm, mẹ liệt sĩ năm nay đã ngoài 90 tuổi, và thương binh hạng 2/4 Phạm Văn Hợi ở thị trấn Ngọc Lâm. Tại mỗi nơi đến, Phó Chủ tịch Thường trực UBND tỉnh ân cần hỏi thăm sức khỏe, đời sống và bày tỏ lòng biết ơn sâu sắc đối với những hy sinh, cống hiến của các gia đình.",
      "Đồng chí đề nghị cấp ủy, chính quyền địa phương tiếp tục quan tâm chăm lo đời sống vật chất, tinh thần cho người có công; rà soát, giải quyết kịp thời các hồ sơ chế độ còn tồn đọng, không để gia đình chính sách nào gặp khó khăn về nhà ở. Dịp này, đoàn cũng dâng hương tưởng niệm các anh hùng liệt sĩ tại Nghĩa trang liệt sĩ huyện Ngọc Lâm.",
      "Theo Sở Nội vụ, năm nay toàn tỉnh dành hơn 18 tỷ đồng tặng quà người có công và thân nhân; đồng thời hoàn thành việc hỗ trợ xây mới, sửa chữa 126 nhà ở cho gia đình chính sách. Các phần quà được chi trả trực tiếp hoặc qua tài khoản ngân hàng theo đề nghị của người thụ hưởng. Việc chi trả được hoàn thành trước ngày 27/7 tại tất cả các xã, phường, thị trấn.",
    ],
    author: "Thanh Hà (Cổng Thông tin điện tử tỉnh)",
    tags: ["người có công", "an sinh xã hội"],
  },
  {
    category: "hoat-dong-lanh-dao",
    title: "Chủ tịch UBND tỉnh đối thoại với nông dân huyện Ngọc Lâm về liên kết tiêu thụ lúa gạo",
    summary:
      "Tại buổi đối thoại, gần 200 nông dân, đại diện hợp tác xã và doanh nghiệp đã nêu nhiều kiến nghị về giá vật tư, liên kết tiêu thụ và xây dựng thương hiệu gạo Ngọc Lâm; các sở, ngành đã trả lời trực tiếp tại hội nghị.",
    paragraphs: [
      "Buổi đối thoại do UBND tỉnh phối hợp với Hội Nông dân tỉnh tổ chức tại Hội trường UBND huyện Ngọc Lâm. Chủ trì hội nghị có đồng chí Trần Quốc Hưng, Chủ tịch UBND tỉnh; tham dự có lãnh đạo Sở Nông nghiệp và Môi trường, Sở Công Thương, Ngân hàng Chính sách xã hội chi nhánh tỉnh và một số doanh nghiệp thu mua, chế biến nông sản.",
      "Nhiều ý kiến phản ánh giá phân bón, thuốc bảo vệ thực vật tăng trong khi giá lúa tươi thu mua tại ruộng chưa ổn định. Ông Lê Văn Khang, Giám đốc Hợp tác xã nông nghiệp Đồng Tâm, đề nghị tỉnh hỗ trợ xây dựng lò sấy, kho bảo quản để hợp tác xã chủ động thời điểm bán, tránh bị ép giá vào lúc thu hoạch rộ.",
      "Trả lời kiến nghị, đại diện Sở Nông nghiệp và Môi trường cho biết tỉnh đang triển khai chính sách hỗ trợ 50% kinh phí đầu tư lò sấy, kho lạnh cho hợp tác xã có hợp đồng liên kết ổn định từ ba năm trở lên. Sở Công Thương sẽ kết nối doanh nghiệp bao tiêu cho vùng lúa chất lượng cao với diện tích khoảng 1.500 ha.",
      "Kết luận buổi đối thoại, Chủ tịch UBND tỉnh ghi nhận những kiến nghị xác đáng của bà con, khẳng định nông nghiệp vẫn là trụ đỡ của kinh tế tỉnh. Đồng chí giao các sở, ngành tổng hợp đầy đủ ý kiến, trả lời bằng văn bản trong vòng 15 ngày; những nội dung thuộc thẩm quyền của tỉnh phải được giải quyết ngay, không để kéo dài.",
      "Đồng chí cũng đề nghị nông dân mạnh dạn tham gia hợp tác xã, thực hiện quy trình sản xuất an toàn, ghi chép nhật ký đồng ruộng và cấp mã số vùng trồng, làm nền tảng để gạo Ngọc Lâm vào được các hệ thống phân phối lớn. Ngay sau hội nghị, Sở Nông nghiệp và Môi trường sẽ cử cán bộ kỹ thuật về từng hợp tác xã để hướng dẫn bà con thực hiện.",
    ],
    figure: {
      image: "canh-dong-lua",
      caption: "Cánh đồng lúa chất lượng cao của Hợp tác xã nông nghiệp Đồng Tâm, huyện Ngọc Lâm.",
      alt: "Ruộng lúa chín vàng trải dài dưới chân núi, nông dân đội nón lá làm việc trên đồng",
    },
    author: "Minh Thu (Văn phòng UBND tỉnh)",
    source: { name: "Hội Nông dân tỉnh" },
    tags: ["đối thoại", "nông nghiệp", "Ngọc Lâm"],
  },
  {
    category: "hoat-dong-lanh-dao",
    title: "Phó Chủ tịch UBND tỉnh kiểm tra công tác chuẩn bị năm học mới tại huyện Vân Lĩnh",
    summary:
      "Đồng chí Vũ Văn Khải, Phó Chủ tịch UBND tỉnh yêu cầu ngành giáo dục và huyện Vân Lĩnh bảo đảm đủ phòng học, giáo viên, sách giáo khoa để học sinh vùng cao được đến trường đúng ngày khai giảng.",
    paragraphs: [
      "Đoàn kiểm tra đã đến Trường Phổ thông dân tộc bán trú Tiểu học và Trung học cơ sở Phù Vân, Trường Mầm non xã Lũng Sơn và một số điểm trường lẻ. Tại các điểm trường, cơ sở vật chất cơ bản đã được sửa chữa sau mùa mưa; khu bán trú được bổ sung giường tầng, nhà bếp được cải tạo bảo đảm vệ sinh an toàn thực phẩm.",
      "Theo báo cáo của Sở Giáo dục và Đào tạo, năm học mới toàn huyện Vân Lĩnh có hơn 14.000 học sinh các cấp. Huyện còn thiếu khoảng 60 giáo viên, chủ yếu ở bậc mầm non và các môn tin học, tiếng Anh ở bậc tiểu học. Một số điểm trường vẫn còn phòng học tạm, phòng học mượn cần sớm được thay thế. Đường đến một số điểm trường lẻ vẫn là đường đất, đi lại khó khăn khi trời mưa.",
      "Phó Chủ tịch UBND tỉnh đề nghị Sở Giáo dục và Đào tạo phối hợp với Sở Nội vụ tham mưu phương án điều động, biệt phái giáo viên từ nơi thừa sang nơi thiếu, đồng thời đẩy nhanh tuyển dụng theo chỉ tiêu được giao. UBND huyện Vân Lĩnh cần rà soát từng học sinh có nguy cơ bỏ học, phối hợp với già làng, trưởng bản vận động các em trở lại lớp.",
      "Dịp này, Phó Chủ tịch UBND tỉnh trao tặng 300 suất học bổng, 500 bộ sách giáo khoa và đồ dùng học tập cho học sinh có hoàn cảnh khó khăn của huyện Vân Lĩnh, từ nguồn vận động xã hội hóa của Quỹ Khuyến học tỉnh. Các phần quà được trao trực tiếp cho học sinh tại điểm trường với sự chứng kiến của phụ huynh và thầy cô giáo, góp phần động viên các em yên tâm bước vào năm học mới.",
    ],
    figure: {
      image: "truong-hoc",
      caption: "Khuôn viên Trường Phổ thông dân tộc bán trú Phù Vân được sửa sang trước ngày khai giảng.",
      alt: "Ngôi trường sơn vàng mái đỏ, học sinh áo trắng đứng trên sân cạnh cột cờ",
    },
    author: "Hải Yến (Sở Giáo dục và Đào tạo)",
    source: { name: "Sở Giáo dục và Đào tạo", url: "https://sgddt.sonha.gov.vn" },
    tags: ["giáo dục", "năm học mới", "Vân Lĩnh"],
  },
  {
    category: "hoat-dong-lanh-dao",
    title: "Chủ tịch UBND tỉnh tiếp công dân định kỳ, giải quyết nhiều vụ việc tồn đọng kéo dài",
    summary:
      "Tại buổi tiếp công dân định kỳ, Chủ tịch UBND tỉnh đã trực tiếp nghe và giải quyết sáu vụ việc, chủ yếu liên quan đến bồi thường, hỗ trợ khi Nhà nước thu hồi đất và cấp giấy chứng nhận quyền sử dụng đất.",
    paragraphs: [
      "Buổi tiếp công dân được tổ chức tại Trụ sở Tiếp công dân tỉnh, có sự tham gia của Thanh tra tỉnh, Sở Nông nghiệp và Môi trường, Sở Tư pháp và lãnh đạo UBND các địa phương có công dân đến phản ánh. Trước buổi tiếp, các vụ việc đã được cơ quan chuyên môn rà soát hồ sơ, đối chiếu quy định và đề xuất hướng xử lý.",
      "Một trong những vụ việc được quan tâm là kiến nghị của bà Đặng Thị Hoa, trú tại phường Đông Thành, thành phố Sơn Hà, về mức hỗ trợ khi thu hồi đất để mở rộng đường vành đai. Sau khi nghe báo cáo, Chủ tịch UBND tỉnh giao UBND thành phố Sơn Hà kiểm tra lại nguồn gốc, quá trình sử dụng đất và trả lời công dân trong thời hạn 20 ngày.",
      "Đối với kiến nghị của một số hộ dân xã Đức Long, huyện Đông Khê về việc chậm cấp giấy chứng nhận quyền sử dụng đất, Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp và Môi trường chỉ đạo Văn phòng Đăng ký đất đai giải quyết dứt điểm, công khai lý do chậm trễ và xin lỗi người dân nếu lỗi thuộc về cơ quan nhà nước.",
      "Kết thúc buổi tiếp, Chủ tịch UBND tỉnh nhấn mạnh người đứng đầu các cấp, các ngành phải trực tiếp tiếp công dân theo đúng quy định, lắng nghe để giải quyết từ sớm, từ cơ sở; không né tránh, đùn đẩy trách nhiệm làm phát sinh khiếu nại vượt cấp. Văn phòng UBND tỉnh có trách nhiệm theo dõi, đôn đốc việc thực hiện các ý kiến chỉ đạo tại buổi tiếp và báo cáo kết quả trong tháng tới.",
    ],
    figure: {
      image: "hoi-nghi",
      caption: "Quang cảnh buổi tiếp công dân định kỳ tại Trụ sở Tiếp công dân tỉnh.",
      alt: "Hội trường có bàn chủ tọa dài phủ khăn xanh, các đại biểu ngồi trước băng rôn đỏ",
    },
    author: "Hoàng Anh (Cổng Thông tin điện tử tỉnh)",
    source: { name: "Thanh tra tỉnh" },
    tags: ["tiếp công dân", "đất đai"],
  },
  {
    category: "hoat-dong-lanh-dao",
    title: "Phó Chủ tịch UBND tỉnh kiểm tra an toàn hồ chứa nước trước mùa mưa lũ",
    summary:
      "Đồng chí Phạm Đức Toàn, Phó Chủ tịch UBND tỉnh kiểm tra hồ Khe Cát và hồ Đồng Bương, yêu cầu đơn vị quản lý vận hành đúng quy trình, chuẩn bị sẵn vật tư và phương án sơ tán dân vùng hạ du.",
    paragraphs: [
      "Hồ Khe Cát ở huyện Tân Ngàn có dung tích gần 12 triệu m3, cung cấp nước tưới cho khoảng 1.800 ha đất canh tác. Qua kiểm tra, thân đập và tràn xả lũ cơ bản ổn định; tuy nhiên mái thượng lưu có một số vị trí bị sạt nhẹ, hệ thống quan trắc mực nước tự động chưa truyền dữ liệu liên tục về trung tâm điều hành.",
      "Tại hồ Đồng Bương, huyện Đông Khê, công trình sửa chữa, nâng cấp cống lấy nước đang được thi công. Phó Chủ tịch UBND tỉnh yêu cầu nhà thầu hoàn thành các hạng mục ảnh hưởng đến an toàn đập trước khi bước vào cao điểm mưa lũ, đồng thời có phương án bảo vệ công trình dở dang. Đơn vị quản lý hồ cũng được yêu cầu kiểm tra lại hệ thống cửa van và máy phát điện dự phòng.",
      "Đồng chí đề nghị Sở Nông nghiệp và Môi trường rà soát toàn bộ 86 hồ chứa trên địa bàn, đặc biệt là các hồ nhỏ do cấp xã quản lý; cập nhật bản đồ ngập lụt vùng hạ du, thông báo rộng rãi cho người dân. Các địa phương phải tổ chức diễn tập sơ tán, bảo đảm khi có tình huống xấu, người dân biết rõ nơi tập kết và tuyến đường di chuyển an toàn.",
      "Phó Chủ tịch UBND tỉnh cũng lưu ý việc vận hành xả lũ phải thông báo trước ít nhất sáu giờ cho chính quyền và nhân dân vùng hạ du, tuyệt đối không để xảy ra thiệt hại về người do chủ quan, thiếu thông tin. Lực lượng xung kích tại các xã vùng hạ du phải được tập huấn kỹ năng cứu hộ, trang bị áo phao, xuồng và thiết bị thông tin liên lạc để sẵn sàng ứng cứu khi có yêu cầu.",
    ],
    figure: {
      image: "phong-chong-lu",
      caption: "Lực lượng chức năng diễn tập ứng cứu tại vùng hạ du hồ Khe Cát.",
      alt: "Lực lượng cứu hộ mặc áo phao trên thuyền giữa vùng nước lũ, bên đê bao cát",
    },
    author: "Quang Huy (Văn phòng UBND tỉnh)",
    source: { name: "Sở Nông nghiệp và Môi trường", url: "https://snnmt.sonha.gov.vn" },
    tags: ["phòng chống thiên tai", "hồ chứa"],
  },
  {
    category: "hoat-dong-lanh-dao",
    title: "Chủ tịch UBND tỉnh làm việc với huyện Đông Khê về phát triển vùng chè đặc sản",
    summary:
      "Huyện Đông Khê đặt mục tiêu có 2.000 ha chè được chứng nhận sản xuất an toàn, nâng giá trị sản phẩm chè đặc sản và gắn vùng nguyên liệu với du lịch trải nghiệm trong những năm tới.",
    paragraphs: [
      "Báo cáo với đoàn công tác, Chủ tịch UBND huyện Đông Khê cho biết toàn huyện hiện có hơn 3.600 ha chè, sản lượng búp tươi năm nay ước đạt 27.000 tấn. Sản phẩm chè Đông Khê đã có năm sản phẩm đạt chứng nhận OCOP từ ba sao trở lên, được tiêu thụ ở nhiều tỉnh, thành phố và bước đầu xuất khẩu theo đường chính ngạch.",
      "Tuy vậy, phần lớn diện tích chè vẫn do hộ gia đình sản xuất nhỏ lẻ, nhiều vườn chè già cỗi, năng suất thấp. Các cơ sở chế biến quy mô hộ còn thiếu thiết bị, chất lượng sản phẩm chưa đồng đều, bao bì đơn giản nên giá bán chưa tương xứng với tiềm năng. Việc sử dụng phân bón, thuốc bảo vệ thực vật ở một số nơi chưa theo đúng khuyến cáo, ảnh hưởng đến khả năng đáp ứng yêu cầu của những thị trường khó tính.",
      "Chủ tịch UBND tỉnh Trần Quốc Hưng đánh giá cây chè là cây trồng chủ lực, gắn với sinh kế của hàng nghìn hộ đồng bào dân tộc thiểu số. Đồng chí yêu cầu huyện quy hoạch vùng nguyên liệu tập trung, khuyến khích doanh nghiệp đầu tư nhà máy chế biến sâu, liên kết với hợp tác xã theo chuỗi giá trị. Mục tiêu là nâng giá trị trên mỗi héc-ta đất chè, không chạy theo mở rộng diện tích.",
      "Sở Nông nghiệp và Môi trường được giao hướng dẫn trồng thay thế chè già cỗi bằng giống mới, hỗ trợ cấp mã số vùng trồng và truy xuất nguồn gốc. Sở Văn hóa, Thể thao và Du lịch nghiên cứu xây dựng tour trải nghiệm hái chè, sao chè thủ công tại xã Khe Mơ, gắn với lễ hội chè hằng năm. Kinh phí thực hiện được lồng ghép từ các chương trình mục tiêu quốc gia và ngân sách tỉnh.",
      "Dịp này, đoàn đã thăm đồi chè của Hợp tác xã chè Khe Mơ và cơ sở chế biến chè của gia đình ông Hoàng Văn Sình, nơi mỗi năm sản xuất khoảng 15 tấn chè khô các loại. Gia đình ông đã đầu tư máy sao, máy vò chè chạy điện, đăng ký nhãn hiệu riêng và bán hàng qua các sàn thương mại điện tử. Cơ sở đang tạo việc làm thường xuyên cho 12 lao động địa phương với thu nhập ổn định.",
    ],
    figure: {
      image: "thu-hoach-che",
      caption: "Người dân xã Khe Mơ, huyện Đông Khê thu hái chè vụ thu.",
      alt: "Phụ nữ đội nón lá đeo gùi hái chè trên các đồi chè xanh xếp luống",
    },
    author: "Lan Phương (Sở Nông nghiệp và Môi trường)",
    tags: ["chè Đông Khê", "OCOP", "nông nghiệp"],
  },
  {
    category: "hoat-dong-lanh-dao",
    title: "UBND tỉnh họp phiên thường kỳ, đánh giá tình hình kinh tế - xã hội 9 tháng",
    summary:
      "Tăng trưởng kinh tế 9 tháng của tỉnh ước đạt 7,6%, thu ngân sách đạt khá; tuy nhiên giải ngân vốn đầu tư công và tiến độ một số dự án trọng điểm vẫn còn chậm so với yêu cầu đặt ra.",
    paragraphs: [
      "Phiên họp do đồng chí Trần Quốc Hưng, Chủ tịch UBND tỉnh chủ trì, với sự tham dự của các Phó Chủ tịch UBND tỉnh, thành viên UBND tỉnh và lãnh đạo UBND các huyện, thị xã, thành phố. Phiên họp thảo luận báo cáo tình hình kinh tế - xã hội 9 tháng, nhiệm vụ trọng tâm quý IV và cho ý kiến vào một số dự thảo nghị quyết trình kỳ họp Hội đồng nhân dân tỉnh.",
      "Theo báo cáo của Sở Tài chính, tổng sản phẩm trên địa bàn tỉnh 9 tháng ước tăng 7,6% so với cùng kỳ. Khu vực công nghiệp - xây dựng tiếp tục là động lực chính với mức tăng 11,2%; khu vực nông, lâm nghiệp và thủy sản tăng 3,1%; khu vực dịch vụ tăng 7,4%. Tổng thu ngân sách nhà nước trên địa bàn ước đạt 78% dự toán năm.",
      "Bên cạnh kết quả đạt được, báo cáo chỉ rõ giải ngân vốn đầu tư công mới đạt 54% kế hoạch, thấp hơn mức trung bình chung. Một số dự án giao thông, thủy lợi còn vướng mặt bằng; nguồn cung vật liệu san lấp tại một số địa phương khan hiếm, giá tăng, ảnh hưởng tiến độ thi công. Sản xuất, kinh doanh của một bộ phận doanh nghiệp nhỏ và vừa còn khó khăn do đơn hàng giảm.",
      "Thảo luận tại phiên họp, các đại biểu tập trung phân tích nguyên nhân chậm giải ngân, đề xuất điều chuyển vốn từ các dự án không có khả năng giải ngân sang dự án có khối lượng hoàn thành. Nhiều ý kiến đề nghị tăng cường phối hợp giữa các sở, ngành trong thẩm định hồ sơ, tránh tình trạng trả đi trả lại.",
      "Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu mỗi sở, ngành, địa phương bám sát kịch bản tăng trưởng, cụ thể hóa thành nhiệm vụ cho từng tháng. Người đứng đầu chịu trách nhiệm nếu để chậm giải ngân; kết quả giải ngân là một tiêu chí đánh giá mức độ hoàn thành nhiệm vụ của tập thể và cá nhân. Các chỉ tiêu về an sinh xã hội, giáo dục, y tế cũng phải được bảo đảm hoàn thành.",
      "Cũng tại phiên họp, UBND tỉnh đã thống nhất trình Hội đồng nhân dân tỉnh các dự thảo nghị quyết về kế hoạch đầu tư công trung hạn điều chỉnh, chính sách hỗ trợ phát triển hợp tác xã nông nghiệp và quy định mức chi cho công tác chuyển đổi số. Văn phòng UBND tỉnh được giao hoàn thiện hồ sơ, gửi Thường trực Hội đồng nhân dân tỉnh đúng thời hạn để kịp thẩm tra trước kỳ họp.",
    ],
    figure: {
      image: "hoi-nghi",
      caption: "Quang cảnh phiên họp thường kỳ của UBND tỉnh Sơn Hà.",
      alt: "Hội trường với bàn chủ tọa dài, micro và lẵng hoa, phía sau là băng rôn đỏ",
    },
    author: "Minh Thu (Văn phòng UBND tỉnh)",
    source: { name: "Văn phòng UBND tỉnh" },
    tags: ["phiên họp thường kỳ", "kinh tế - xã hội", "đầu tư công"],
  },
  {
    category: "hoat-dong-lanh-dao",
    title: "Lãnh đạo tỉnh dự lễ phát động Tết trồng cây đời đời nhớ ơn Bác Hồ tại xã Đồng Tâm",
    summary:
      "Ngay sau lễ phát động, lãnh đạo tỉnh cùng cán bộ, đoàn viên thanh niên và nhân dân xã Đồng Tâm đã trồng 2.500 cây xanh dọc tuyến đê sông Đà Giang và khuôn viên các trường học.",
    paragraphs: [
      "Phát biểu tại buổi lễ, đồng chí Lê Thị Minh Hạnh, Phó Chủ tịch Thường trực UBND tỉnh nhấn mạnh Tết trồng cây là truyền thống tốt đẹp, có ý nghĩa thiết thực trong bảo vệ môi trường, ứng phó với biến đổi khí hậu. Năm nay, tỉnh phấn đấu trồng mới khoảng 4.200 ha rừng tập trung và 1,5 triệu cây phân tán.",
      "Đồng chí đề nghị các địa phương lựa chọn loài cây phù hợp với điều kiện thổ nhưỡng, ưu tiên cây bản địa, cây gỗ lớn; giao trách nhiệm chăm sóc cụ thể cho từng tổ chức, hộ gia đình để cây trồng đạt tỷ lệ sống cao. Trồng cây phải gắn với xây dựng cảnh quan nông thôn mới và phát triển kinh tế rừng bền vững.",
      "Theo Sở Nông nghiệp và Môi trường, tỷ lệ che phủ rừng của tỉnh hiện đạt 52,4%. Những năm qua, phong trào trồng cây được nhân dân hưởng ứng rộng rãi, nhiều tuyến đường hoa, đường cây xanh do các đoàn thể và học sinh nhận chăm sóc đã trở thành điểm nhấn cảnh quan ở các xã. Nhiều hộ gia đình đã phát triển kinh tế từ trồng rừng gỗ lớn, cho thu nhập ổn định.",
    ],
    figure: {
      image: "trong-cay",
      caption: "Cán bộ và nhân dân xã Đồng Tâm trồng cây dọc tuyến đê sông Đà Giang.",
      alt: "Người dân dùng xẻng và bình tưới chăm sóc hàng cây non mới trồng",
    },
    author: "Thanh Hà (Cổng Thông tin điện tử tỉnh)",
    tags: ["Tết trồng cây", "môi trường"],
  },
  {
    category: "hoat-dong-lanh-dao",
    title: "Lãnh đạo UBND tỉnh tiếp đoàn công tác của tổ chức quốc tế hỗ trợ dự án nước sạch nông thôn",
    summary:
      "Tổ chức phát triển quốc tế dự kiến tài trợ không hoàn lại để xây dựng 12 công trình cấp nước sinh hoạt cho khoảng 9.000 hộ dân tại các xã vùng cao của huyện Vân Lĩnh và huyện Tân Ngàn.",
    paragraphs: [
      "Tiếp đoàn, đồng chí Vũ Văn Khải, Phó Chủ tịch UBND tỉnh cảm ơn tổ chức đã đồng hành cùng tỉnh Sơn Hà trong nhiều chương trình về y tế, giáo dục và sinh kế thời gian qua. Đồng chí cho biết tỷ lệ hộ dân nông thôn được sử dụng nước sạch theo quy chuẩn của tỉnh mới đạt khoảng 61%, thấp hơn nhiều so với khu vực đô thị.",
      "Đại diện đoàn công tác cho biết dự án sẽ ưu tiên các thôn, bản thường xuyên thiếu nước vào mùa khô, áp dụng công nghệ xử lý đơn giản, dễ vận hành và có sự tham gia của cộng đồng trong quản lý, thu phí duy trì công trình. Dự án cũng bao gồm hợp phần truyền thông về vệ sinh môi trường, rửa tay bằng xà phòng trong trường học.",
      "Phó Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Môi trường làm cơ quan đầu mối, phối hợp với Sở Tài chính hoàn thiện văn kiện dự án, bố trí vốn đối ứng theo quy định. UBND hai huyện Vân Lĩnh, Tân Ngàn có trách nhiệm chuẩn bị mặt bằng, vận động nhân dân hiến đất xây dựng bể chứa và tuyến ống. Các công trình phải được bàn giao cho cộng đồng quản lý ngay sau khi hoàn thành.",
      "Hai bên thống nhất sẽ ký biên bản ghi nhớ trong quý tới, phấn đấu khởi công những công trình đầu tiên trước mùa khô năm sau. Trước đó, đoàn công tác đã khảo sát thực địa tại xã Lũng Sơn, huyện Vân Lĩnh và xã Hà Phong, huyện Tân Ngàn, làm việc với chính quyền địa phương và người dân để nắm bắt nhu cầu sử dụng nước, khả năng đóng góp và phương án quản lý công trình sau đầu tư.",
    ],
    author: "Đức Trung (Văn phòng UBND tỉnh)",
    tags: ["nước sạch", "hợp tác quốc tế"],
  },
  {
    category: "hoat-dong-lanh-dao",
    title: "Dự thảo tin: Chủ tịch UBND tỉnh khảo sát vị trí quy hoạch cảng cạn Bến Đá và trung tâm logistics phía Bắc",
    summary:
      "Bản tin đang biên tập về chuyến khảo sát vị trí dự kiến xây dựng cảng cạn Bến Đá; số liệu quy mô diện tích và tổng vốn đầu tư cần Sở Xây dựng xác nhận trước khi đăng.",
    paragraphs: [
      "Đoàn công tác của tỉnh do đồng chí Trần Quốc Hưng, Chủ tịch UBND tỉnh dẫn đầu đã khảo sát khu đất dự kiến quy hoạch cảng cạn và trung tâm logistics tại thị xã Bến Đá, nằm gần nút giao giữa đường tỉnh ĐT.315 và tuyến đường sắt chạy qua địa bàn. Diện tích dự kiến khoảng 45 ha (chờ Sở Xây dựng xác nhận).",
      "Theo đề xuất ban đầu, cảng cạn sẽ có chức năng tập kết, làm thủ tục hải quan và trung chuyển hàng hóa cho các khu, cụm công nghiệp trong tỉnh, giúp doanh nghiệp giảm chi phí vận chuyển. Các sở, ngành đang phối hợp hoàn thiện báo cáo đánh giá sự phù hợp với quy hoạch tỉnh để trình cấp có thẩm quyền. Công suất dự kiến sẽ được tính toán trong báo cáo nghiên cứu.",
      "Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng và UBND thị xã Bến Đá nghiên cứu kỹ phương án kết nối giao thông, bảo đảm không ảnh hưởng đến khu dân cư hiện hữu; đồng thời đề xuất cơ chế thu hút nhà đầu tư có năng lực, kinh nghiệm trong lĩnh vực logistics. Tiến độ lập hồ sơ sẽ được báo cáo tại phiên họp UBND tỉnh gần nhất (nội dung này chờ xác nhận).",
    ],
    author: "Quang Huy (Văn phòng UBND tỉnh)",
    tags: ["logistics", "Bến Đá"],
    state: "draft",
  },

  // -------------------------------------------------------------------------
  // Chỉ đạo - Điều hành
  // -------------------------------------------------------------------------
  {
    category: "chi-dao-dieu-hanh",
    title: "UBND tỉnh yêu cầu đẩy nhanh giải ngân vốn đầu tư công trong những tháng cuối năm",
    summary:
      "UBND tỉnh yêu cầu các chủ đầu tư lập kế hoạch giải ngân chi tiết theo từng tuần, kiên quyết điều chuyển vốn của những dự án chậm tiến độ sang dự án có khả năng hấp thụ vốn tốt hơn.",
    paragraphs: [
      "Theo văn bản chỉ đạo vừa ban hành, đến nay tỷ lệ giải ngân vốn đầu tư công của tỉnh mới đạt hơn một nửa kế hoạch vốn được giao. Nhiều dự án có vốn lớn nhưng khối lượng thực hiện thấp do vướng giải phóng mặt bằng, điều chỉnh thiết kế hoặc năng lực nhà thầu hạn chế. Một số chủ đầu tư còn tâm lý chờ đến cuối năm mới tập trung nghiệm thu, thanh toán.",
      "UBND tỉnh giao Sở Tài chính chủ trì, rà soát toàn bộ danh mục dự án, báo cáo đề xuất điều chuyển vốn trước ngày 15 của tháng tới. Chủ đầu tư có dự án giải ngân dưới 30% phải giải trình cụ thể nguyên nhân, cam kết tiến độ bằng văn bản và chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu không hoàn thành.",
      "Các sở chuyên ngành được yêu cầu rút ngắn ít nhất một phần ba thời gian thẩm định hồ sơ thiết kế, dự toán và nghiệm thu; Kho bạc Nhà nước khu vực thanh toán ngay khi hồ sơ hợp lệ. UBND các huyện, thị xã, thành phố tập trung giải quyết dứt điểm vướng mắc về mặt bằng, nhất là với các dự án giao thông liên huyện.",
      "UBND tỉnh cũng thành lập các tổ công tác do Phó Chủ tịch UBND tỉnh làm tổ trưởng, định kỳ hằng tháng kiểm tra hiện trường, đôn đốc tiến độ và xử lý ngay những khó khăn phát sinh. Kết quả giải ngân của từng chủ đầu tư được công khai trên Cổng Thông tin điện tử tỉnh hằng tháng, làm căn cứ để phân bổ kế hoạch vốn năm sau và đánh giá trách nhiệm người đứng đầu.",
    ],
    figure: {
      image: "hoi-nghi",
      caption: "Hội nghị trực tuyến đôn đốc giải ngân vốn đầu tư công với các địa phương.",
      alt: "Các đại biểu ngồi sau bàn chủ tọa phủ khăn xanh trong hội trường có băng rôn đỏ",
    },
    author: "Đức Trung (Văn phòng UBND tỉnh)",
    source: { name: "Sở Tài chính", url: "https://stc.sonha.gov.vn" },
    tags: ["đầu tư công", "giải ngân"],
  },
  {
    category: "chi-dao-dieu-hanh",
    title: "Chủ động ứng phó mưa lũ, bảo đảm an toàn hồ đập và khu dân cư trong mùa mưa bão",
    summary:
      "Chủ tịch UBND tỉnh yêu cầu các địa phương thực hiện nghiêm phương châm bốn tại chỗ, rà soát khu dân cư có nguy cơ sạt lở, lũ quét và tổ chức di dời người dân đến nơi an toàn khi có cảnh báo.",
    paragraphs: [
      "Theo dự báo của cơ quan khí tượng thủy văn, từ nay đến cuối năm khu vực có khả năng xuất hiện từ ba đến năm đợt mưa lớn diện rộng, nguy cơ cao xảy ra lũ quét, sạt lở đất ở các huyện miền núi Vân Lĩnh, Tân Ngàn và Đông Khê; vùng trũng ven sông Đà Giang có thể bị ngập úng cục bộ. Mưa lớn có thể xảy ra dồn dập trong thời gian ngắn.",
      "Chủ tịch UBND tỉnh chỉ đạo UBND các huyện, thị xã, thành phố kiện toàn ban chỉ huy phòng thủ dân sự các cấp, phân công cán bộ trực ban 24/24 giờ. Trong tháng này, các xã phải hoàn thành rà soát, cắm biển cảnh báo tại các ngầm, tràn và khu vực có nguy cơ sạt lở; lập danh sách hộ dân cần di dời khẩn cấp.",
      "Sở Nông nghiệp và Môi trường chỉ đạo các đơn vị quản lý hồ chứa vận hành đúng quy trình được phê duyệt, không để xảy ra sự cố. Sở Xây dựng bố trí lực lượng, phương tiện ở các vị trí xung yếu trên các tuyến đường tỉnh để kịp thời khắc phục khi có sạt lở, bảo đảm giao thông thông suốt. Các công trình đang thi công phải có phương án bảo đảm an toàn.",
      "Bộ Chỉ huy quân sự tỉnh, Công an tỉnh xây dựng phương án huy động lực lượng, phương tiện tìm kiếm cứu nạn; phối hợp với các địa phương tổ chức diễn tập ở những khu vực thường xuyên bị chia cắt. Các đơn vị y tế chuẩn bị cơ số thuốc, hóa chất xử lý môi trường sau lũ. Lương thực, nước uống được dự trữ tại các điểm có nguy cơ bị cô lập.",
      "Đài Phát thanh và Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh tăng thời lượng phát tin cảnh báo, hướng dẫn kỹ năng phòng tránh thiên tai để người dân chủ động ứng phó. Người dân có thể theo dõi bản tin dự báo, cảnh báo và số điện thoại đường dây nóng của ban chỉ huy phòng thủ dân sự các cấp trên ứng dụng công dân số của tỉnh, qua hệ thống loa truyền thanh cơ sở và tin nhắn điện thoại.",
    ],
    figure: {
      image: "phong-chong-lu",
      caption: "Lực lượng chức năng hỗ trợ người dân vùng trũng ven sông Đà Giang trong đợt mưa lớn.",
      alt: "Thuyền cứu hộ với người mặc áo phao cam trên vùng nước lũ, trời mưa",
    },
    author: "Quang Huy (Văn phòng UBND tỉnh)",
    tags: ["phòng chống thiên tai", "mưa lũ"],
  },
  {
    category: "chi-dao-dieu-hanh",
    title: "Tăng cường các biện pháp phòng, chống dịch sốt xuất huyết trên địa bàn tỉnh",
    summary:
      "Số ca mắc sốt xuất huyết tăng trong các tuần gần đây, tập trung ở thành phố Sơn Hà và thị xã Bến Đá; UBND tỉnh yêu cầu phát động chiến dịch diệt lăng quăng, bọ gậy tại tất cả khu dân cư.",
    paragraphs: [
      "Từ đầu năm đến nay, toàn tỉnh ghi nhận hơn 1.100 ca mắc sốt xuất huyết, tăng khoảng 40% so với cùng kỳ, chưa có trường hợp tử vong. Các ổ dịch chủ yếu xuất hiện ở khu vực đông dân cư, khu nhà trọ công nhân và những nơi có nhiều dụng cụ chứa nước không được đậy kín. Thời tiết nắng mưa xen kẽ tạo điều kiện thuận lợi cho muỗi truyền bệnh phát triển.",
      "UBND tỉnh giao Sở Y tế chủ trì, chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh giám sát chặt chẽ, xử lý triệt để các ổ dịch trong vòng 48 giờ kể từ khi phát hiện ca bệnh đầu tiên. Các bệnh viện chuẩn bị đủ giường bệnh, thuốc, dịch truyền; thực hiện phân tuyến điều trị, hạn chế chuyển tuyến không cần thiết.",
      "UBND các địa phương tổ chức chiến dịch vệ sinh môi trường, huy động đoàn thể, trường học cùng tham gia thu gom vật dụng phế thải, phát quang bụi rậm, khơi thông cống rãnh. Cán bộ y tế thôn, tổ dân phố đến từng hộ gia đình hướng dẫn đậy kín dụng cụ chứa nước và thả cá diệt bọ gậy. Mỗi đợt chiến dịch kéo dài ít nhất một tuần.",
      "Người dân khi có biểu hiện sốt cao đột ngột, đau đầu, đau mỏi cơ cần đến cơ sở y tế để được khám và hướng dẫn điều trị kịp thời, không tự ý dùng thuốc hạ sốt chứa aspirin. Các trường học, khu nhà trọ và cơ sở sản xuất có đông người lao động cần chủ động phối hợp với trạm y tế phường, xã, tổ chức kiểm tra, loại bỏ nơi sinh sản của muỗi hằng tuần.",
    ],
    figure: {
      image: "tram-y-te",
      caption: "Cán bộ Trạm Y tế phường Hà Trung chuẩn bị ra quân chiến dịch diệt bọ gậy.",
      alt: "Trạm y tế sơn trắng với biểu tượng chữ thập xanh, nhân viên y tế đứng trước cửa",
    },
    author: "Mai Anh (Sở Y tế)",
    source: { name: "Sở Y tế", url: "https://syt.sonha.gov.vn" },
    tags: ["y tế", "sốt xuất huyết"],
  },
  {
    category: "chi-dao-dieu-hanh",
    title: "Bảo đảm cung ứng hàng hóa, bình ổn giá thị trường dịp Tết Nguyên đán",
    summary:
      "UBND tỉnh chỉ đạo các doanh nghiệp tham gia chương trình bình ổn giá dự trữ đủ hàng hóa thiết yếu, đồng thời tăng cường kiểm tra, xử lý nghiêm hành vi đầu cơ, găm hàng, kinh doanh hàng giả.",
    paragraphs: [
      "Theo kế hoạch, tổng giá trị hàng hóa phục vụ Tết trên địa bàn tỉnh ước tăng khoảng 12% so với Tết năm trước. Sở Công Thương được giao phối hợp với các doanh nghiệp phân phối, hợp tác xã bảo đảm nguồn cung gạo, thịt, trứng, rau củ, đồ uống và xăng dầu, không để xảy ra tình trạng khan hiếm, sốt giá cục bộ.",
      "Lực lượng quản lý thị trường, công an, y tế tăng cường kiểm tra an toàn thực phẩm, việc niêm yết giá và chất lượng hàng hóa tại các chợ, siêu thị, cơ sở sản xuất bánh kẹo, giò chả. UBND tỉnh yêu cầu công khai kết quả xử lý vi phạm trên các phương tiện thông tin đại chúng để người tiêu dùng biết, lựa chọn.",
      "Các địa phương tổ chức phiên chợ Tết, điểm bán hàng bình ổn tại vùng sâu, vùng xa, khu công nghiệp; ưu tiên tiêu thụ nông sản, sản phẩm OCOP của tỉnh. Ngành giao thông bố trí đủ phương tiện phục vụ nhu cầu đi lại của nhân dân, không để xe tăng giá vé vượt mức đã đăng ký. Các bến xe phải niêm yết giá vé công khai.",
    ],
    author: "Hoàng Anh (Cổng Thông tin điện tử tỉnh)",
    source: { name: "Sở Công Thương" },
    tags: ["bình ổn giá", "Tết Nguyên đán"],
  },
  {
    category: "chi-dao-dieu-hanh",
    title: "Tháo gỡ vướng mắc giải phóng mặt bằng tuyến đường tỉnh ĐT.315 đoạn qua huyện Tân Ngàn",
    summary:
      "Chủ tịch UBND tỉnh giao UBND huyện Tân Ngàn hoàn thành bàn giao toàn bộ mặt bằng còn lại của dự án nâng cấp đường tỉnh ĐT.315 trong 45 ngày, bảo đảm quyền lợi hợp pháp của người dân.",
    paragraphs: [
      "Dự án nâng cấp, mở rộng đường tỉnh ĐT.315 dài 28 km, đi qua sáu xã của huyện Tân Ngàn. Đến nay, huyện đã bàn giao khoảng 92% diện tích mặt bằng; còn 37 hộ dân chưa đồng thuận với phương án bồi thường, tập trung ở xã Hà Phong và thị trấn Tân Ngàn, khiến một số đoạn tuyến chưa thể thi công liên tục. Nhà thầu buộc phải thi công cuốn chiếu.",
      "Chủ tịch UBND tỉnh yêu cầu Hội đồng bồi thường huyện kiểm tra lại toàn bộ hồ sơ, áp giá đúng quy định; trường hợp người dân có đất ở bị thu hồi hết phải bố trí tái định cư trước khi giải tỏa. Các khoản hỗ trợ ổn định đời sống, chuyển đổi nghề phải được chi trả đầy đủ, công khai. Khu tái định cư phải có đủ hạ tầng điện, nước, đường giao thông.",
      "Sở Nông nghiệp và Môi trường hướng dẫn xác định giá đất cụ thể cho các thửa đất có điều kiện đặc thù; Sở Tư pháp hỗ trợ huyện trong giải quyết khiếu nại phát sinh. Những trường hợp đã được vận động nhiều lần, phương án đúng quy định nhưng vẫn không chấp hành thì thực hiện các bước cưỡng chế theo luật định.",
      "Sau khi nhận mặt bằng, nhà thầu phải tập trung thi công ngay, tránh để đất bỏ trống tạo kẽ hở cho việc tái lấn chiếm. Chủ đầu tư được yêu cầu bố trí thêm mũi thi công, ưu tiên hoàn thành các đoạn qua khu dân cư, trường học để bảo đảm an toàn và giảm bụi, tiếng ồn. Tuyến đường hoàn thành sẽ rút ngắn đáng kể thời gian đi lại từ huyện Tân Ngàn về trung tâm tỉnh và mở ra dư địa phát triển cho các xã vùng cao.",
    ],
    figure: {
      image: "duong-giao-thong",
      caption: "Đoạn đường tỉnh ĐT.315 đã hoàn thành nâng cấp tại xã Hà Phong, huyện Tân Ngàn.",
      alt: "Tuyến đường nhựa mới với vạch kẻ vàng, hai bên hàng cây, xe ô tô và xe máy lưu thông",
    },
    author: "Quang Huy (Sở Xây dựng)",
    source: { name: "Sở Xây dựng", url: "https://sxd.sonha.gov.vn" },
    tags: ["giải phóng mặt bằng", "ĐT.315", "Tân Ngàn"],
  },
  {
    category: "chi-dao-dieu-hanh",
    title: "Triển khai đồng bộ các giải pháp phòng cháy, chữa cháy rừng trong mùa khô",
    summary:
      "Với hơn 290.000 ha rừng, trong đó nhiều diện tích rừng trồng thông và keo dễ cháy, UBND tỉnh yêu cầu các địa phương không được chủ quan, trực phòng cháy 24/24 giờ trong những ngày nắng nóng cao điểm.",
    paragraphs: [
      "Theo cảnh báo của lực lượng kiểm lâm, mùa khô năm nay có thể kéo dài hơn trung bình nhiều năm, độ ẩm thấp, nhiều ngày nhiệt độ vượt 37 độ C. Các khu vực có nguy cơ cháy cao gồm rừng thông ở huyện Vân Lĩnh, rừng keo ở huyện Phú Ân và thị xã Bến Đá. Đây cũng là những địa bàn từng xảy ra cháy rừng trong các năm trước, gây thiệt hại đáng kể.",
      "UBND tỉnh yêu cầu Chủ tịch UBND cấp xã chịu trách nhiệm toàn diện nếu để xảy ra cháy rừng lớn trên địa bàn do buông lỏng quản lý. Các chủ rừng phải làm đường băng cản lửa, phát dọn thực bì, chuẩn bị dụng cụ chữa cháy tại chỗ và bố trí người canh phòng tại chòi quan sát. Các chòi canh lửa phải có người trực thường xuyên.",
      "Người dân không được đốt nương rẫy, đốt thực bì khi chưa được cơ quan chức năng hướng dẫn; việc đốt phải thực hiện vào thời điểm phù hợp và có người trông coi. Các trường hợp vi phạm gây cháy rừng sẽ bị xử lý nghiêm theo quy định của pháp luật. Khách tham quan, người đi rừng không được mang lửa vào rừng và phải tuân thủ hướng dẫn của lực lượng bảo vệ rừng.",
      "Chi cục Kiểm lâm duy trì hệ thống cảnh báo cháy rừng qua ảnh vệ tinh, gửi thông tin điểm cháy tới từng hạt kiểm lâm và UBND cấp xã bằng tin nhắn để kiểm tra, xử lý ngay khi phát hiện. Khi xảy ra cháy, chính quyền địa phương phải huy động ngay lực lượng tại chỗ, đồng thời báo cáo cơ quan cấp trên để được chi viện kịp thời, không để lửa lan rộng.",
    ],
    author: "Lan Phương (Sở Nông nghiệp và Môi trường)",
    source: { name: "Chi cục Kiểm lâm tỉnh" },
    tags: ["cháy rừng", "mùa khô"],
  },
  {
    category: "chi-dao-dieu-hanh",
    title: "Tổ chức Kỳ thi tốt nghiệp trung học phổ thông an toàn, nghiêm túc, đúng quy chế",
    summary:
      "Năm nay tỉnh có hơn 13.500 thí sinh đăng ký dự thi tại 42 điểm thi; UBND tỉnh yêu cầu các ngành bảo đảm an ninh, điện, nước, y tế và phương tiện đi lại cho thí sinh vùng sâu.",
    paragraphs: [
      "Ban Chỉ đạo thi cấp tỉnh đã phân công thành viên phụ trách từng cụm điểm thi, kiểm tra công tác chuẩn bị từ khâu in sao đề, vận chuyển, bảo quản bài thi đến bố trí phòng thi, camera giám sát. Các điểm thi ở vùng xa được bố trí thêm nơi ăn nghỉ miễn phí cho thí sinh có hoàn cảnh khó khăn. Công tác tập huấn cán bộ coi thi đã hoàn thành.",
      "Công an tỉnh bảo vệ tuyệt đối an toàn đề thi, bài thi; phối hợp với ngành giáo dục phát hiện, xử lý việc sử dụng thiết bị công nghệ cao để gian lận. Công ty Điện lực bảo đảm cấp điện liên tục tại các điểm thi và nơi làm đề, không cắt điện trong những ngày thi. Lực lượng cảnh sát giao thông bố trí phân luồng tại các điểm thi gần trục đường lớn.",
      "Sở Y tế bố trí cán bộ y tế thường trực tại mỗi điểm thi, sẵn sàng sơ cứu khi thí sinh gặp sự cố sức khỏe. Các đoàn thanh niên tổ chức chương trình tiếp sức mùa thi, hỗ trợ chỗ trọ, nước uống và hướng dẫn thí sinh, phụ huynh tại điểm thi. Các doanh nghiệp vận tải được đề nghị ưu tiên chỗ ngồi cho thí sinh đi thi.",
      "UBND tỉnh đề nghị phụ huynh, học sinh không tin và chia sẻ thông tin chưa được kiểm chứng về đề thi trên mạng xã hội; mọi vướng mắc liên hệ đường dây nóng của Sở Giáo dục và Đào tạo để được giải đáp. Thí sinh cần mang đầy đủ giấy tờ tùy thân và chỉ mang vào phòng thi những vật dụng được phép theo quy chế để tránh bị xử lý kỷ luật đáng tiếc.",
    ],
    figure: {
      image: "truong-hoc",
      caption: "Điểm thi Trường Trung học phổ thông chuyên Sơn Hà sẵn sàng cho kỳ thi.",
      alt: "Tòa nhà trường học sơn vàng mái đỏ, học sinh áo trắng trên sân trường",
    },
    author: "Hải Yến (Sở Giáo dục và Đào tạo)",
    source: { name: "Sở Giáo dục và Đào tạo", url: "https://sgddt.sonha.gov.vn" },
    tags: ["thi tốt nghiệp", "giáo dục"],
  },
  {
    category: "chi-dao-dieu-hanh",
    title: "Đẩy mạnh thanh toán không dùng tiền mặt tại trường học, bệnh viện và dịch vụ công",
    summary:
      "UBND tỉnh đặt mục tiêu đến cuối năm, 100% trường học, cơ sở y tế công lập và đơn vị cung cấp điện, nước trên địa bàn chấp nhận thanh toán điện tử cho người dân.",
    paragraphs: [
      "Kế hoạch do UBND tỉnh ban hành giao Sở Giáo dục và Đào tạo chỉ đạo các trường thu học phí, các khoản thu dịch vụ qua ngân hàng hoặc ví điện tử, công khai tài khoản và biên lai điện tử cho phụ huynh. Sở Y tế yêu cầu các bệnh viện triển khai thanh toán viện phí bằng mã QR tại quầy và trên ứng dụng đặt lịch khám.",
      "Đối với các thủ tục hành chính, người dân được khuyến khích nộp phí, lệ phí trực tuyến trên Cổng Dịch vụ công; Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa cấp xã bố trí máy quét mã để người dân thanh toán ngay tại quầy. Các ngân hàng thương mại được đề nghị miễn, giảm phí giao dịch đối với các khoản thu ngân sách.",
      "Sở Khoa học và Công nghệ phối hợp với Ngân hàng Nhà nước khu vực tổ chức tuyên truyền, hướng dẫn người dân cách bảo vệ tài khoản, nhận diện thủ đoạn lừa đảo trực tuyến. Kết quả triển khai sẽ là một tiêu chí đánh giá chỉ số chuyển đổi số của các cơ quan, đơn vị. Các cơ quan, đơn vị báo cáo kết quả định kỳ hằng quý về Sở Khoa học và Công nghệ.",
    ],
    figure: {
      image: "chuyen-doi-so",
      caption: "Thanh toán không dùng tiền mặt được mở rộng sang các dịch vụ công thiết yếu.",
      alt: "Máy tính xách tay và điện thoại hiển thị biểu tượng dịch vụ số trên nền xanh",
    },
    author: "Thu Trang (Sở Khoa học và Công nghệ)",
    tags: ["thanh toán điện tử", "chuyển đổi số"],
  },
  {
    category: "chi-dao-dieu-hanh",
    title: "Chỉ đạo khôi phục sản xuất nông nghiệp sau đợt mưa lớn kéo dài ở vùng trũng",
    summary:
      "Đợt mưa lớn vừa qua làm hơn 2.300 ha lúa và hoa màu bị ngập úng; UBND tỉnh chỉ đạo hỗ trợ giống, hướng dẫn gieo trồng bù và phòng trừ sâu bệnh ngay sau khi nước rút.",
    paragraphs: [
      "Theo báo cáo nhanh, diện tích bị ảnh hưởng tập trung tại huyện Ngọc Lâm và huyện Phú Ân, trong đó khoảng 600 ha lúa đang giai đoạn đẻ nhánh bị ngập sâu trên ba ngày, có nguy cơ mất trắng. Nhiều tuyến kênh mương nội đồng bị sạt lở, bồi lắng, ảnh hưởng khả năng tiêu thoát nước. Nhiều ao nuôi cá của các hộ dân cũng bị tràn bờ.",
      "UBND tỉnh giao Sở Nông nghiệp và Môi trường khẩn trương thống kê thiệt hại, đề xuất hỗ trợ giống lúa ngắn ngày, giống rau màu cho các hộ bị thiệt hại trên 70% theo quy định. Các trạm bơm tiêu được vận hành tối đa công suất để rút nước nhanh khỏi đồng ruộng. Các xã phải hoàn thành thống kê, lập danh sách hộ bị thiệt hại trong vòng năm ngày.",
      "Cơ quan chuyên môn cử cán bộ về từng xã hướng dẫn nông dân chăm sóc diện tích lúa còn khả năng phục hồi, bón bổ sung phân kali, phòng bệnh bạc lá và đạo ôn sau ngập. Những diện tích không thể phục hồi được chuyển sang gieo sạ giống ngắn ngày hoặc trồng rau màu vụ đông. Giống được cấp phải bảo đảm chất lượng và đúng thời vụ.",
      "Đối với chăn nuôi, các địa phương tổ chức phun khử trùng chuồng trại, tiêm phòng bổ sung cho đàn gia súc, gia cầm; hướng dẫn người dân không vứt xác động vật chết ra môi trường. Hóa chất khử trùng được Chi cục Chăn nuôi và Thú y cấp phát miễn phí cho các xã bị ngập, kèm theo hướng dẫn sử dụng an toàn cho người phun và vật nuôi, tránh ảnh hưởng tới nguồn nước sinh hoạt.",
      "UBND tỉnh yêu cầu việc hỗ trợ phải đúng đối tượng, công khai danh sách tại nhà văn hóa thôn, hoàn thành trước khi bắt đầu khung thời vụ gieo trồng tiếp theo. Những trường hợp lợi dụng chính sách để trục lợi sẽ bị xử lý nghiêm. Các địa phương báo cáo kết quả khắc phục hậu quả, khôi phục sản xuất về Sở Nông nghiệp và Môi trường để tổng hợp, báo cáo UBND tỉnh.",
    ],
    figure: {
      image: "canh-dong-lua",
      caption: "Nông dân huyện Ngọc Lâm chăm sóc lúa sau khi nước rút.",
      alt: "Cánh đồng lúa dưới chân núi với nông dân đội nón lá đang làm đồng",
    },
    author: "Lan Phương (Sở Nông nghiệp và Môi trường)",
    source: { name: "Sở Nông nghiệp và Môi trường", url: "https://snnmt.sonha.gov.vn" },
    tags: ["nông nghiệp", "khắc phục thiên tai"],
  },
  {
    category: "chi-dao-dieu-hanh",
    title: "Kết luận của Chủ tịch UBND tỉnh về phát triển hạ tầng các cụm công nghiệp",
    summary:
      "Chủ tịch UBND tỉnh yêu cầu hoàn thiện hạ tầng kỹ thuật của ba cụm công nghiệp Bến Đá, Đức Long và Ngọc Lâm, ưu tiên hệ thống xử lý nước thải trước khi cho doanh nghiệp thứ cấp vào hoạt động.",
    paragraphs: [
      "Theo thông báo kết luận, toàn tỉnh đã thành lập 14 cụm công nghiệp với tổng diện tích gần 700 ha, tỷ lệ lấp đầy bình quân đạt 58%. Tuy nhiên nhiều cụm chưa có hệ thống xử lý nước thải tập trung, đường giao thông kết nối nhỏ hẹp, chưa đáp ứng yêu cầu của nhà đầu tư. Một số cụm công nghiệp được thành lập đã lâu nhưng chưa có doanh nghiệp thứ cấp.",
      "Chủ tịch UBND tỉnh giao Sở Công Thương rà soát năng lực của các chủ đầu tư hạ tầng; trường hợp chậm triển khai quá 24 tháng không có lý do chính đáng thì đề xuất thu hồi chủ trương, lựa chọn nhà đầu tư khác. Sở Nông nghiệp và Môi trường tăng cường kiểm tra việc chấp hành quy định bảo vệ môi trường tại các cụm đang hoạt động.",
      "UBND các huyện, thị xã có cụm công nghiệp bố trí ngân sách để đầu tư đường kết nối, hệ thống thoát nước ngoài hàng rào; phối hợp với doanh nghiệp giải quyết nhà ở, nhà trẻ cho người lao động. Việc thu hút đầu tư cần chọn lọc, ưu tiên dự án sử dụng công nghệ sạch, ít thâm dụng lao động giản đơn. Nguồn lao động địa phương cần được ưu tiên.",
      "Chủ tịch UBND tỉnh cũng yêu cầu Văn phòng UBND tỉnh theo dõi, tổng hợp kết quả thực hiện kết luận, báo cáo tại phiên họp thường kỳ hằng quý. Các cơ quan được giao nhiệm vụ phải chủ động phối hợp, không chờ hướng dẫn; trường hợp vượt thẩm quyền thì kịp thời đề xuất UBND tỉnh báo cáo các bộ, ngành trung ương xem xét, tháo gỡ để không làm lỡ cơ hội thu hút đầu tư.",
    ],
    figure: {
      image: "khu-cong-nghiep",
      caption: "Hạ tầng cụm công nghiệp Bến Đá đang được hoàn thiện.",
      alt: "Nhà xưởng, cần cẩu và xe tải trên đường nội bộ cụm công nghiệp",
    },
    author: "Đức Trung (Văn phòng UBND tỉnh)",
    source: { name: "Văn phòng UBND tỉnh" },
    tags: ["cụm công nghiệp", "hạ tầng"],
  },
  {
    category: "chi-dao-dieu-hanh",
    title: "Siết chặt kỷ luật, kỷ cương hành chính và trách nhiệm thực thi công vụ",
    summary:
      "UBND tỉnh yêu cầu người đứng đầu các cơ quan, đơn vị chấn chỉnh ngay tình trạng né tránh, đùn đẩy, sợ trách nhiệm trong giải quyết công việc; kiểm tra đột xuất việc chấp hành giờ giấc làm việc.",
    paragraphs: [
      "Qua theo dõi, vẫn còn tình trạng một số hồ sơ, văn bản được chuyển qua lại giữa các cơ quan nhiều lần, xin ý kiến không cần thiết, làm kéo dài thời gian giải quyết. Một số cán bộ, công chức chưa chấp hành nghiêm quy định về giờ làm việc, văn hóa công sở, thái độ giao tiếp với người dân chưa chuẩn mực.",
      "UBND tỉnh yêu cầu thủ trưởng các sở, ban, ngành và Chủ tịch UBND cấp huyện, cấp xã rà soát quy trình xử lý công việc, xác định rõ thời hạn và người chịu trách nhiệm ở từng khâu. Việc xin ý kiến cơ quan khác chỉ thực hiện khi thực sự cần thiết và phải nêu rõ nội dung cần cho ý kiến. Các văn bản điện tử phải được xử lý ngay trong ngày nhận được.",
      "Sở Nội vụ chủ trì tổ chức kiểm tra công vụ đột xuất, công khai kết quả và đề xuất xử lý nghiêm các tập thể, cá nhân vi phạm. Việc chấp hành kỷ luật, kỷ cương là căn cứ quan trọng để đánh giá, xếp loại cán bộ, công chức cuối năm. Người dân có thể phản ánh thái độ, hành vi của cán bộ, công chức qua đường dây nóng hoặc ứng dụng phản ánh hiện trường của tỉnh.",
    ],
    author: "Minh Thu (Văn phòng UBND tỉnh)",
    tags: ["kỷ luật hành chính", "công vụ"],
  },
  {
    category: "chi-dao-dieu-hanh",
    title: "Phương án điều chỉnh giờ làm việc mùa hè tại các cơ quan hành chính tỉnh (đang lấy ý kiến)",
    summary:
      "Bản tin chờ duyệt về phương án bắt đầu giờ làm việc sớm hơn 30 phút trong các tháng nắng nóng; nội dung sẽ được đăng sau khi Văn phòng UBND tỉnh tổng hợp xong ý kiến góp ý.",
    paragraphs: [
      "Sở Nội vụ đang lấy ý kiến các sở, ban, ngành và UBND cấp huyện về phương án điều chỉnh giờ làm việc trong mùa hè. Theo dự thảo, từ tháng 5 đến hết tháng 9, buổi sáng bắt đầu lúc 7 giờ, buổi chiều bắt đầu lúc 13 giờ 30 phút, bảo đảm đủ thời gian làm việc theo quy định. Thời gian nghỉ trưa được rút ngắn tương ứng, không làm giảm tổng số giờ làm việc trong tuần.",
      "Việc điều chỉnh nhằm giảm thời gian di chuyển của cán bộ, công chức và người dân vào thời điểm nắng nóng gay gắt. Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa các cấp vẫn bảo đảm tiếp nhận hồ sơ liên tục, có thông báo công khai giờ làm việc mới. Các trường học, bệnh viện không thuộc phạm vi điều chỉnh.",
      "Các ý kiến góp ý gửi về Sở Nội vụ trước ngày 20 của tháng này để tổng hợp, trình UBND tỉnh xem xét, quyết định. Trường hợp được thông qua, phương án sẽ được áp dụng thí điểm trong một năm, sau đó đánh giá mức độ hài lòng của cán bộ, công chức và người dân trước khi quyết định áp dụng lâu dài. Nội dung tin sẽ được cập nhật sau khi có ý kiến chính thức của lãnh đạo UBND tỉnh.",
    ],
    author: "Thu Trang (Sở Nội vụ)",
    source: { name: "Sở Nội vụ", url: "https://snv.sonha.gov.vn" },
    tags: ["giờ làm việc", "lấy ý kiến"],
    state: "review",
  },
];
