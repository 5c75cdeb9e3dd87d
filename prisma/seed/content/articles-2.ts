// Demo articles, part 2: "Kinh tế - Xã hội" and "Văn hóa - Du lịch".
// All names of people and places are fictional.

import type { DemoArticle } from "./articles";

export const articlesPart2: DemoArticle[] = [
  // -------------------------------------------------------------------------
  // Kinh tế - Xã hội
  // -------------------------------------------------------------------------
  {
    category: "kinh-te-xa-hoi",
    title: "Huyện Ngọc Lâm thu hoạch lúa vụ chiêm xuân, năng suất bình quân đạt 63 tạ/ha",
    summary:
      "Vụ chiêm xuân năm nay, huyện Ngọc Lâm gieo cấy hơn 7.800 ha lúa, trong đó gần một nửa diện tích sử dụng giống chất lượng cao; năng suất bình quân tăng 2,5 tạ/ha so với cùng kỳ năm trước.",
    paragraphs: [
      "Những ngày này, trên các cánh đồng ở xã Đồng Tâm, xã Đào Xá và thị trấn Ngọc Lâm, không khí thu hoạch diễn ra khẩn trương. Máy gặt đập liên hợp hoạt động liên tục từ sáng sớm, thóc được đóng bao, vận chuyển ngay về sân phơi, lò sấy của các hợp tác xã. Theo Phòng Kinh tế huyện, đến nay đã có khoảng 70% diện tích được thu hoạch, tỷ lệ cơ giới hóa khâu thu hoạch đạt trên 95%.",
      "Ông Trịnh Văn Đức, một nông dân ở thôn Đông Hạ, xã Đồng Tâm, cho biết gia đình cấy 1,2 ha giống lúa thơm theo hướng dẫn của hợp tác xã. Nhờ thời tiết thuận lợi, lại được cán bộ kỹ thuật theo dõi sát nên ruộng ít sâu bệnh, năng suất ước đạt gần 70 tạ/ha. Toàn bộ sản lượng đã được doanh nghiệp ký hợp đồng bao tiêu với giá cao hơn lúa thường khoảng 800 đồng mỗi ki-lô-gam.",
      "Điểm mới của vụ này là huyện mở rộng mô hình cánh đồng lớn lên 3.600 ha, áp dụng gieo mạ khay, cấy máy và bón phân theo bảng so màu lá. Các hợp tác xã sử dụng thiết bị bay không người lái để phun thuốc bảo vệ thực vật, giúp giảm lượng thuốc, tiết kiệm nhân công và hạn chế ảnh hưởng đến sức khỏe người phun.",
      "Lãnh đạo UBND huyện Ngọc Lâm cho biết, sau thu hoạch, huyện khuyến cáo người dân không đốt rơm rạ ngoài đồng, thu gom để làm thức ăn chăn nuôi, trồng nấm hoặc ủ phân hữu cơ. Huyện cũng chỉ đạo khẩn trương làm đất, chuẩn bị giống cho vụ mùa, bảo đảm gieo cấy trong khung thời vụ tốt nhất để tránh mưa bão cuối vụ.",
    ],
    figure: {
      image: "canh-dong-lua",
      caption: "Nông dân xã Đồng Tâm, huyện Ngọc Lâm thu hoạch lúa vụ chiêm xuân.",
      alt: "Những thửa ruộng lúa vàng xen xanh dưới chân núi, nông dân đội nón lá đang gặt lúa",
    },
    author: "Lan Phương (Sở Nông nghiệp và Môi trường)",
    source: { name: "Sở Nông nghiệp và Môi trường", url: "https://snnmt.sonha.gov.vn" },
    tags: ["nông nghiệp", "lúa gạo", "Ngọc Lâm"],
  },
  {
    category: "kinh-te-xa-hoi",
    title: "Khánh thành cầu Đà Giang 2, rút ngắn hành trình từ trung tâm tỉnh sang huyện Phú Ân",
    summary:
      "Sau hơn hai năm thi công, cầu Đà Giang 2 với tổng mức đầu tư hơn 1.400 tỷ đồng chính thức được đưa vào sử dụng, rút ngắn quãng đường từ thành phố Sơn Hà sang Khu công nghiệp Phú Ân khoảng 15 km.",
    paragraphs: [
      "Cầu Đà Giang 2 có tổng chiều dài toàn tuyến hơn 1,8 km, trong đó phần cầu chính theo kết cấu dây văng hai mặt phẳng dây, dài 620 m, bề rộng mặt cầu 20,5 m gồm bốn làn xe cơ giới và hai làn dành cho người đi bộ. Công trình được thiết kế theo tiêu chuẩn đường đô thị, có hệ thống chiếu sáng nghệ thuật và quan trắc tự động phục vụ công tác quản lý, bảo trì.",
      "Phát biểu tại lễ khánh thành, đồng chí Trần Quốc Hưng, Chủ tịch UBND tỉnh đánh giá đây là công trình giao thông có ý nghĩa đặc biệt quan trọng, mở ra không gian phát triển mới cho thành phố Sơn Hà về phía bờ nam sông Đà Giang. Cây cầu sẽ giảm tải cho cầu Đà Giang cũ vốn đã xuống cấp, thường xuyên ùn tắc vào giờ cao điểm.",
      "Chủ tịch UBND tỉnh ghi nhận sự chia sẻ, đồng thuận của hơn 300 hộ dân đã bàn giao mặt bằng cho dự án, cũng như nỗ lực của các nhà thầu thi công liên tục qua hai mùa mưa lũ mà vẫn bảo đảm chất lượng, an toàn. Đồng chí đề nghị Sở Xây dựng sớm hoàn thiện phương án tổ chức giao thông, lắp đặt biển báo, đèn tín hiệu tại các nút giao hai đầu cầu.",
      "Theo Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh, phần đường dẫn phía huyện Phú Ân sẽ tiếp tục được mở rộng để kết nối đồng bộ với đường tỉnh ĐT.315. Khi hoàn thành, xe tải từ Khu công nghiệp Phú Ân có thể lưu thông thẳng tới thành phố Sơn Hà mà không phải đi qua khu dân cư đông đúc như trước đây.",
      "Người dân hai bờ sông Đà Giang bày tỏ vui mừng khi cầu được thông xe. Bà Nguyễn Thị Đào ở xã Đức Long cho biết, trước đây mỗi lần đưa hàng nông sản sang chợ thành phố phải đi vòng gần 20 km hoặc chờ phà, nay chỉ mất khoảng 15 phút, tiết kiệm được nhiều thời gian và chi phí. Nhiều hộ kinh doanh ở đầu cầu phía nam cũng kỳ vọng lượng khách qua lại tăng sẽ giúp việc buôn bán thuận lợi hơn.",
    ],
    figure: {
      image: "cau-moi",
      caption: "Cầu Đà Giang 2 chính thức thông xe, nối đôi bờ sông Đà Giang.",
      alt: "Cầu dây văng hai trụ tháp bắc qua sông rộng, ô tô đi lại trên cầu, hai bên bờ có cây xanh",
    },
    author: "Quang Huy (Sở Xây dựng)",
    source: { name: "Sở Xây dựng", url: "https://sxd.sonha.gov.vn" },
    tags: ["cầu Đà Giang 2", "hạ tầng giao thông"],
  },
  {
    category: "kinh-te-xa-hoi",
    title: "Khu công nghiệp Phú Ân thu hút thêm ba dự án sản xuất linh kiện điện tử",
    summary:
      "Ba dự án mới có tổng vốn đăng ký hơn 180 triệu USD, dự kiến tạo việc làm cho khoảng 4.500 lao động, nâng tỷ lệ lấp đầy giai đoạn một của Khu công nghiệp Phú Ân lên gần 80%.",
    paragraphs: [
      "Tại buổi trao giấy chứng nhận đăng ký đầu tư, Ban Quản lý các khu công nghiệp tỉnh cho biết, ba dự án mới thuộc lĩnh vực sản xuất bảng mạch điện tử, linh kiện quang học và dây cáp kết nối. Các nhà đầu tư cam kết sử dụng dây chuyền tự động hóa cao, áp dụng hệ thống quản lý môi trường theo tiêu chuẩn quốc tế và ưu tiên tuyển dụng lao động địa phương.",
      "Khu công nghiệp Phú Ân có tổng diện tích quy hoạch 450 ha, được chia làm hai giai đoạn. Đến nay, giai đoạn một đã thu hút 27 dự án, trong đó 19 dự án đã đi vào hoạt động, giá trị sản xuất công nghiệp năm vừa qua đạt hơn 9.000 tỷ đồng. Hệ thống hạ tầng kỹ thuật, nhà máy xử lý nước thải công suất 5.000 m3/ngày đêm đã vận hành ổn định.",
      "Để đáp ứng nhu cầu lao động ngày càng lớn, tỉnh đang chỉ đạo xây dựng khu nhà ở công nhân với quy mô khoảng 1.200 căn hộ liền kề khu công nghiệp, cùng trường mầm non và trạm y tế. Các trường cao đẳng trên địa bàn đã ký thỏa thuận với doanh nghiệp để đào tạo theo đơn đặt hàng, bảo đảm học viên ra trường có việc làm ngay.",
      "Phó Chủ tịch UBND tỉnh Phạm Đức Toàn đề nghị các nhà đầu tư khẩn trương hoàn thiện thủ tục xây dựng, sớm khởi công nhà máy. Tỉnh cam kết bố trí cán bộ đồng hành, giải quyết nhanh các thủ tục liên quan đến phòng cháy chữa cháy, môi trường và đấu nối điện, nước để dự án đi vào sản xuất đúng tiến độ đã đăng ký.",
    ],
    figure: {
      image: "khu-cong-nghiep",
      caption: "Nhà xưởng của các doanh nghiệp trong Khu công nghiệp Phú Ân.",
      alt: "Dãy nhà xưởng mái răng cưa, ống khói, cần cẩu tháp và xe tải trong khu công nghiệp",
    },
    author: "Đức Trung (Văn phòng UBND tỉnh)",
    tags: ["thu hút đầu tư", "khu công nghiệp", "Phú Ân"],
  },
  {
    category: "kinh-te-xa-hoi",
    title: "Thông xe tuyến đường tỉnh ĐT.315 đoạn qua huyện Tân Ngàn sau hai năm nâng cấp",
    summary:
      "Đoạn tuyến dài 28 km được mở rộng lên cấp III miền núi, có rãnh thoát nước, hệ thống an toàn giao thông hoàn chỉnh, giúp rút ngắn thời gian đi từ huyện Tân Ngàn về thành phố Sơn Hà còn khoảng 50 phút.",
    paragraphs: [
      "Dự án nâng cấp, mở rộng đường tỉnh ĐT.315 được đầu tư từ nguồn ngân sách trung ương và ngân sách tỉnh với tổng mức đầu tư khoảng 620 tỷ đồng. Mặt đường được mở rộng từ 5,5 m lên 9 m, bê tông nhựa trên toàn tuyến; nhiều đoạn cua gấp, dốc cao ở khu vực đèo Khe Mây được cải tạo, nắn chỉnh để bảo đảm tầm nhìn cho người tham gia giao thông.",
      "Bên cạnh mặt đường, dự án xây mới 9 cầu, hàng trăm cống thoát nước ngang đường và hệ thống tường chắn chống sạt lở ở những đoạn qua sườn núi. Các vị trí giao cắt với đường liên xã được bố trí đèn cảnh báo, gờ giảm tốc; các đoạn qua trung tâm xã được lắp đèn chiếu sáng và làm vỉa hè cho người đi bộ. Toàn tuyến được sơn kẻ vạch, cắm biển báo theo quy chuẩn mới.",
      "Ông Lò Văn Pánh, Trưởng bản Nà Cọ, xã Hà Phong, chia sẻ: trước đây vào mùa mưa, xe chở hàng không dám lên bản vì đường trơn, nhiều đoạn sạt lở. Giờ đường rộng, đẹp, thương lái vào tận nơi mua cam, mua măng, bà con bán được giá hơn, con em đi học cũng an toàn hơn rất nhiều. Nhiều hộ trong bản đã mua xe tải nhỏ để chở nông sản đi bán.",
      "Sở Xây dựng cho biết, trong thời gian bảo hành, nhà thầu có trách nhiệm khắc phục ngay các hư hỏng phát sinh. Sở đề nghị UBND các xã dọc tuyến tuyên truyền người dân không lấn chiếm hành lang an toàn đường bộ, không phơi nông sản, họp chợ trên mặt đường, góp phần giữ gìn công trình bền vững và bảo đảm an toàn giao thông.",
    ],
    figure: {
      image: "duong-giao-thong",
      caption: "Đường tỉnh ĐT.315 sau nâng cấp, đoạn qua trung tâm xã Hà Phong.",
      alt: "Con đường nhựa rộng có vạch kẻ giữa, hai bên hàng cây và đèn chiếu sáng, phía xa là đồi núi",
    },
    author: "Quang Huy (Sở Xây dựng)",
    source: { name: "Sở Xây dựng", url: "https://sxd.sonha.gov.vn" },
    tags: ["ĐT.315", "giao thông", "Tân Ngàn"],
  },
  {
    category: "kinh-te-xa-hoi",
    title: "Trường Trung học cơ sở Đồng Tâm khánh thành dãy phòng học mới trước thềm năm học",
    summary:
      "Công trình gồm 12 phòng học và 4 phòng học bộ môn được xây dựng từ nguồn ngân sách tỉnh và xã hội hóa, giúp nhà trường chấm dứt tình trạng học ca ba và có đủ phòng thực hành theo chương trình mới.",
    paragraphs: [
      "Dãy nhà ba tầng được khởi công từ đầu năm, có tổng kinh phí gần 14 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 10 tỷ đồng, phần còn lại do ngân sách huyện Ngọc Lâm và các doanh nghiệp, cựu học sinh đóng góp. Các phòng học được trang bị bàn ghế đúng tiêu chuẩn, màn hình tương tác, hệ thống quạt, đèn chiếu sáng chống lóa; phòng học bộ môn vật lý, hóa học, sinh học và tin học được trang bị đồng bộ thiết bị thí nghiệm.",
      "Cô Phạm Thị Thanh Nga, Hiệu trưởng nhà trường, cho biết năm học này trường có 780 học sinh, tăng gần 100 em so với năm trước do dân số khu vực tăng nhanh. Trước đây nhà trường phải mượn phòng của trường tiểu học bên cạnh, nhiều lớp học vào buổi chiều muộn. Có phòng học mới, tất cả các lớp được học hai buổi mỗi ngày, giáo viên có điều kiện tổ chức hoạt động trải nghiệm, câu lạc bộ cho học sinh.",
      "Phát biểu tại buổi lễ, đại diện Sở Giáo dục và Đào tạo đề nghị nhà trường sử dụng hiệu quả cơ sở vật chất được đầu tư, gắn với đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục toàn diện. Trong năm nay, toàn tỉnh tiếp tục đầu tư xây mới, cải tạo hơn 400 phòng học, ưu tiên các trường ở vùng đồng bào dân tộc thiểu số và các trường còn phòng học tạm.",
    ],
    figure: {
      image: "truong-hoc",
      caption: "Dãy phòng học mới của Trường Trung học cơ sở Đồng Tâm, huyện Ngọc Lâm.",
      alt: "Tòa nhà trường học ba tầng sơn vàng, mái đỏ, học sinh áo trắng đứng trên sân",
    },
    author: "Hải Yến (Sở Giáo dục và Đào tạo)",
    tags: ["giáo dục", "trường học", "Đồng Tâm"],
  },
  {
    category: "kinh-te-xa-hoi",
    title: "Ngành y tế tổ chức tiêm vắc xin sởi miễn phí cho trẻ em các xã vùng sâu, vùng xa",
    summary:
      "Chiến dịch tiêm bổ sung vắc xin sởi - rubella được triển khai tại 48 xã của bốn huyện miền núi, hướng tới bảo đảm trên 95% trẻ trong độ tuổi được tiêm đủ mũi, ngăn ngừa nguy cơ bùng phát dịch.",
    paragraphs: [
      "Theo Sở Y tế, qua rà soát, tỷ lệ tiêm chủng vắc xin sởi ở một số xã vùng cao chỉ đạt khoảng 80%, thấp hơn mức an toàn cộng đồng. Nguyên nhân chủ yếu là địa bàn rộng, dân cư phân tán, một số phụ huynh chưa nhận thức đầy đủ về lợi ích của tiêm chủng hoặc đi làm ăn xa, gửi con cho ông bà chăm sóc. Một số trẻ đã bỏ lỡ lịch tiêm do ốm trong đợt tiêm trước.",
      "Để chiến dịch đạt hiệu quả, ngành y tế phối hợp với nhà trường, già làng, trưởng bản lập danh sách từng trẻ, thông báo lịch tiêm bằng tiếng phổ thông và tiếng dân tộc. Tại các bản xa trạm y tế, đội tiêm chủng lưu động mang theo hộp lạnh bảo quản vắc xin, tổ chức điểm tiêm tại nhà văn hóa thôn, bảo đảm đầy đủ các bước khám sàng lọc và theo dõi sau tiêm.",
      "Bác sĩ Đinh Thị Thu Hương, Giám đốc Sở Y tế, cho biết sởi là bệnh truyền nhiễm nguy hiểm, lây qua đường hô hấp, có thể gây biến chứng viêm phổi, viêm não, đặc biệt ở trẻ suy dinh dưỡng. Tiêm vắc xin đủ mũi, đúng lịch là biện pháp phòng bệnh hiệu quả nhất. Sở đã chỉ đạo các bệnh viện chuẩn bị sẵn khu cách ly, thuốc và trang thiết bị để thu dung, điều trị khi có ca bệnh.",
      "Sau hai tuần triển khai, đã có hơn 6.200 trẻ được tiêm bổ sung, không ghi nhận trường hợp phản ứng nặng sau tiêm. Chiến dịch sẽ tiếp tục đến hết tháng, đồng thời tổ chức tiêm vét cho những trẻ chưa tiêm do ốm hoặc vắng mặt tại địa phương. Người dân có thể liên hệ trạm y tế xã, phường nơi cư trú hoặc tra cứu lịch sử tiêm chủng của trẻ trên ứng dụng sổ sức khỏe điện tử để biết trẻ đã được tiêm đủ mũi hay chưa.",
    ],
    figure: {
      image: "tram-y-te",
      caption: "Điểm tiêm chủng tại Trạm Y tế xã Lũng Sơn, huyện Vân Lĩnh.",
      alt: "Trạm y tế hai tầng sơn trắng, nhân viên y tế áo blouse và người dân đứng trước cửa",
    },
    author: "Mai Anh (Sở Y tế)",
    source: { name: "Sở Y tế", url: "https://syt.sonha.gov.vn" },
    tags: ["y tế", "tiêm chủng", "trẻ em"],
  },
  {
    category: "kinh-te-xa-hoi",
    title: "Thu ngân sách nhà nước trên địa bàn tỉnh 10 tháng đạt 86% dự toán năm",
    summary:
      "Tổng thu ngân sách nhà nước trên địa bàn 10 tháng ước đạt hơn 8.900 tỷ đồng, tăng 9% so với cùng kỳ; thu nội địa tăng khá nhờ hoạt động sản xuất, kinh doanh trong các khu công nghiệp phục hồi tốt.",
    paragraphs: [
      "Theo Sở Tài chính, trong tổng thu, thu nội địa ước đạt 7.600 tỷ đồng, bằng 88% dự toán; thu từ hoạt động xuất nhập khẩu ước đạt 1.300 tỷ đồng, bằng 76% dự toán. Một số khoản thu đạt cao như thu từ doanh nghiệp có vốn đầu tư nước ngoài, thuế thu nhập cá nhân và lệ phí trước bạ; trong khi thu tiền sử dụng đất mới đạt khoảng 60% do thị trường bất động sản còn trầm lắng.",
      "Về chi ngân sách, tỉnh đã bảo đảm kịp thời kinh phí cho hoạt động thường xuyên của các cơ quan, đơn vị, chi trả đầy đủ các chế độ an sinh xã hội và hỗ trợ khắc phục hậu quả thiên tai. Chi đầu tư phát triển được ưu tiên cho các công trình giao thông kết nối, trường học, cơ sở y tế và hạ tầng thủy lợi phục vụ sản xuất nông nghiệp.",
      "Để hoàn thành dự toán năm, Sở Tài chính đề xuất UBND tỉnh chỉ đạo tăng cường quản lý thu, chống thất thu trong lĩnh vực kinh doanh thương mại điện tử, vận tải và khai thác khoáng sản; đẩy nhanh tiến độ đấu giá quyền sử dụng đất ở các dự án đã đủ điều kiện. Cơ quan thuế tiếp tục đôn đốc thu hồi nợ đọng, công khai danh sách doanh nghiệp chây ỳ nợ thuế.",
      "Đồng thời, các cơ quan, đơn vị được yêu cầu thực hành tiết kiệm, cắt giảm tối đa chi phí hội nghị, công tác nước ngoài và mua sắm chưa thực sự cần thiết, dành nguồn lực cho đầu tư phát triển và bảo đảm an sinh xã hội những tháng cuối năm. Sở Tài chính sẽ theo dõi sát tiến độ thu, chi của từng đơn vị và báo cáo UBND tỉnh hằng tháng để kịp thời có giải pháp điều hành phù hợp.",
    ],
    author: "Thanh Hà (Cổng Thông tin điện tử tỉnh)",
    source: { name: "Sở Tài chính", url: "https://stc.sonha.gov.vn" },
    tags: ["ngân sách", "tài chính"],
  },
  {
    category: "kinh-te-xa-hoi",
    title: "Cam Tân Ngàn vào vụ thu hoạch, giá bán ổn định nhờ liên kết tiêu thụ với doanh nghiệp",
    summary:
      "Năm nay, huyện Tân Ngàn có khoảng 1.900 ha cam cho thu hoạch, sản lượng ước đạt 28.000 tấn; hơn 40% sản lượng được tiêu thụ qua hợp đồng liên kết với doanh nghiệp và các chuỗi siêu thị.",
    paragraphs: [
      "Tại các vườn cam ở xã Hà Phong và xã Thượng Đà, những ngày này thương lái và xe tải của doanh nghiệp vào tận vườn thu mua. Nhiều chủ vườn cho biết cam năm nay mã đẹp, vỏ mỏng, vị ngọt đậm nhờ áp dụng quy trình sản xuất theo tiêu chuẩn VietGAP, giảm phân bón hóa học, tăng phân hữu cơ và sử dụng bẫy sinh học để phòng trừ ruồi vàng đục quả.",
      "Ông Hà Văn Lợi, Giám đốc Hợp tác xã cây ăn quả Hà Phong, cho biết hợp tác xã có 65 thành viên với hơn 120 ha cam đã được cấp mã số vùng trồng. Từ khi ký hợp đồng bao tiêu với doanh nghiệp chế biến và phân phối, giá cam của hợp tác xã luôn cao hơn giá thị trường từ 2.000 đến 3.000 đồng mỗi ki-lô-gam, người trồng yên tâm đầu tư chăm sóc mà không lo bị ép giá.",
      "Để hỗ trợ tiêu thụ, UBND huyện Tân Ngàn phối hợp với Sở Công Thương tổ chức Tuần lễ cam Tân Ngàn tại thành phố Sơn Hà, giới thiệu sản phẩm trên các sàn thương mại điện tử và kết nối với hệ thống siêu thị ở các tỉnh, thành phố lớn. Huyện cũng khuyến cáo người dân không mở rộng diện tích tràn lan mà tập trung cải tạo vườn cũ, nâng cao chất lượng để giữ vững thương hiệu.",
    ],
    author: "Lan Phương (Sở Nông nghiệp và Môi trường)",
    source: { name: "UBND huyện Tân Ngàn" },
    tags: ["cam Tân Ngàn", "nông sản", "liên kết tiêu thụ"],
  },
  {
    category: "kinh-te-xa-hoi",
    title: "Ngày hội hiến máu tình nguyện \"Giọt hồng xứ Sơn\" tiếp nhận hơn 1.200 đơn vị máu",
    summary:
      "Ngày hội thu hút hơn 1.500 người đăng ký, trong đó đông nhất là đoàn viên thanh niên, sinh viên và công nhân các khu công nghiệp; lượng máu tiếp nhận góp phần bảo đảm nhu cầu cấp cứu, điều trị dịp cuối năm.",
    paragraphs: [
      "Ngày hội do Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh phối hợp với Bệnh viện Đa khoa tỉnh và Tỉnh đoàn tổ chức tại Nhà văn hóa thiếu nhi tỉnh. Ngay từ sáng sớm, hàng trăm người đã có mặt để làm thủ tục đăng ký, khám sàng lọc. Nhiều người đã hiến máu từ mười lần trở lên, trở thành tấm gương lan tỏa tinh thần tương thân tương ái trong cộng đồng.",
      "Anh Nguyễn Văn Đạt, công nhân một công ty may tại Khu công nghiệp Phú Ân, cho biết đây là lần thứ 15 anh tham gia hiến máu. Anh chia sẻ mỗi giọt máu cho đi có thể giúp một người bệnh vượt qua cơn nguy kịch, vì vậy anh luôn sắp xếp công việc để tham gia các đợt hiến máu do công đoàn và địa phương phát động.",
      "Theo Bệnh viện Đa khoa tỉnh, nhu cầu sử dụng máu của các cơ sở y tế trên địa bàn mỗi năm khoảng 18.000 đơn vị, thường tăng cao vào dịp cuối năm và trước Tết Nguyên đán do số ca tai nạn, phẫu thuật tăng. Lượng máu tiếp nhận tại ngày hội được sàng lọc, bảo quản theo quy trình nghiêm ngặt, phân phối kịp thời tới các bệnh viện trong tỉnh.",
    ],
    figure: {
      image: "hien-mau",
      caption: "Đoàn viên thanh niên tham gia hiến máu tại Ngày hội \"Giọt hồng xứ Sơn\".",
      alt: "Người hiến máu nằm trên ghế chuyên dụng, túi máu treo trên giá, nhân viên y tế đứng cạnh",
    },
    author: "Mai Anh (Sở Y tế)",
    tags: ["hiến máu", "y tế", "thanh niên"],
  },
  {
    category: "kinh-te-xa-hoi",
    title: "Xã Đào Xá đạt chuẩn nông thôn mới nâng cao với thu nhập bình quân tăng gấp đôi",
    summary:
      "Sau 5 năm nỗ lực, xã Đào Xá, huyện Ngọc Lâm đã hoàn thành 19/19 tiêu chí nông thôn mới nâng cao; thu nhập bình quân đầu người đạt hơn 68 triệu đồng mỗi năm, tỷ lệ hộ nghèo giảm còn 0,8%.",
    paragraphs: [
      "Về xã Đào Xá hôm nay, dễ dàng nhận thấy sự đổi thay với những con đường bê tông rộng rãi, hai bên trồng hoa, thắp sáng bằng đèn năng lượng mặt trời. Trường học, trạm y tế, nhà văn hóa được đầu tư khang trang; nhiều ngôi nhà cao tầng mọc lên thay cho những căn nhà cấp bốn cũ kỹ. Mỗi thôn đều có sân thể thao, điểm sinh hoạt cộng đồng cho người cao tuổi và thiếu nhi.",
      "Ông Bùi Văn Lâm, Chủ tịch UBND xã Đào Xá, cho biết để đạt được kết quả này, xã đã huy động tổng nguồn lực hơn 120 tỷ đồng, trong đó nhân dân đóng góp gần 30 tỷ đồng bằng tiền, ngày công và hiến hơn 25.000 m2 đất để mở rộng đường giao thông. Quan điểm xuyên suốt của xã là dân biết, dân bàn, dân làm, dân kiểm tra và dân thụ hưởng.",
      "Điểm nhấn trong phát triển kinh tế của Đào Xá là vùng trồng bưởi hơn 200 ha, trong đó có sản phẩm bưởi đường Đào Xá đạt chứng nhận OCOP bốn sao. Xã còn phát triển các mô hình chăn nuôi an toàn sinh học, làng nghề mây tre đan xuất khẩu, tạo việc làm cho hơn 600 lao động nông thôn, nhất là phụ nữ và người lớn tuổi.",
      "Đặc biệt, xã chú trọng tiêu chí môi trường và cảnh quan. Rác thải sinh hoạt được phân loại tại nguồn, thu gom hằng ngày; mỗi hội đoàn thể nhận chăm sóc một tuyến đường hoa. Các hoạt động văn hóa, thể thao được duy trì thường xuyên, tình làng nghĩa xóm gắn bó, an ninh trật tự được giữ vững. Xã cũng đã xây dựng mô hình thôn thông minh với camera an ninh.",
      "Tại lễ đón nhận danh hiệu, lãnh đạo UBND tỉnh đề nghị xã Đào Xá tiếp tục phát huy kết quả đạt được, hướng tới xây dựng xã nông thôn mới kiểu mẫu; đồng thời chia sẻ kinh nghiệm để các địa phương khác trong tỉnh học tập, vận dụng phù hợp với điều kiện thực tế. Dịp này, UBND tỉnh đã tặng xã Đào Xá công trình phúc lợi trị giá 1,5 tỷ đồng.",
    ],
    author: "Thanh Hà (Cổng Thông tin điện tử tỉnh)",
    source: { name: "Văn phòng Điều phối nông thôn mới tỉnh" },
    tags: ["nông thôn mới", "Đào Xá"],
  },
  {
    category: "kinh-te-xa-hoi",
    title: "Hoàn thành hỗ trợ xóa nhà tạm, nhà dột nát cho 1.650 hộ nghèo và hộ cận nghèo",
    summary:
      "Chương trình xóa nhà tạm, nhà dột nát trên địa bàn tỉnh đã về đích sớm hơn kế hoạch, với tổng kinh phí hơn 105 tỷ đồng từ ngân sách, Quỹ Vì người nghèo và sự đóng góp của doanh nghiệp, nhà hảo tâm.",
    paragraphs: [
      "Theo Sở Nội vụ, trong số 1.650 căn nhà được hỗ trợ, có 1.120 căn xây mới và 530 căn sửa chữa, tập trung nhiều ở các huyện Vân Lĩnh, Tân Ngàn và Đông Khê. Mức hỗ trợ xây mới là 60 triệu đồng mỗi căn, sửa chữa là 30 triệu đồng mỗi căn; nhiều hộ được hỗ trợ thêm từ các doanh nghiệp, dòng họ và ngày công của lực lượng vũ trang, đoàn thanh niên.",
      "Các ngôi nhà mới đều bảo đảm tiêu chuẩn ba cứng gồm nền cứng, khung - tường cứng và mái cứng, diện tích sử dụng tối thiểu 30 m2, có khu vệ sinh riêng. Ở các xã vùng cao, thiết kế nhà được điều chỉnh phù hợp với phong tục, tập quán sinh hoạt của đồng bào, tận dụng vật liệu địa phương để giảm chi phí mà vẫn bảo đảm an toàn trước mưa bão.",
      "Bà Lường Thị Xoan ở bản Khe Mơ, xã Khe Mơ, huyện Đông Khê, xúc động cho biết trước đây gia đình bà sống trong căn nhà tranh vách nứa, mùa mưa dột nát, mùa đông gió lùa. Nay có nhà mới kiên cố, bà và hai cháu nhỏ yên tâm sinh sống, có điều kiện để tập trung làm ăn, chăn nuôi cải thiện cuộc sống. Đây là niềm mơ ước của gia đình bà từ nhiều năm nay.",
      "UBND tỉnh yêu cầu các địa phương tiếp tục rà soát, kịp thời hỗ trợ các hộ mới phát sinh khó khăn về nhà ở do thiên tai; đồng thời lồng ghép các chương trình hỗ trợ sinh kế, vay vốn ưu đãi để người dân không chỉ an cư mà còn lạc nghiệp, thoát nghèo bền vững. Các công trình đã hoàn thành phải được nghiệm thu, thanh quyết toán đúng quy định.",
    ],
    author: "Thu Trang (Sở Nội vụ)",
    source: { name: "Sở Nội vụ", url: "https://snv.sonha.gov.vn" },
    tags: ["an sinh xã hội", "giảm nghèo", "nhà ở"],
  },
  {
    category: "kinh-te-xa-hoi",
    title: "Bản nháp: khảo sát nhu cầu nhà ở xã hội của công nhân Khu công nghiệp Phú Ân",
    summary:
      "Bản nháp tổng hợp sơ bộ kết quả khảo sát nhu cầu thuê, mua nhà ở xã hội của người lao động; các tỷ lệ phần trăm còn chờ Ban Quản lý các khu công nghiệp đối chiếu lại trước khi xuất bản.",
    paragraphs: [
      "Ban Quản lý các khu công nghiệp tỉnh phối hợp với Liên đoàn Lao động tỉnh vừa tiến hành khảo sát gần 3.000 người lao động đang làm việc tại Khu công nghiệp Phú Ân về điều kiện chỗ ở hiện tại và nhu cầu nhà ở xã hội. Kết quả sơ bộ cho thấy khoảng hai phần ba số người được hỏi đang thuê phòng trọ của người dân, diện tích bình quân dưới 10 m2 mỗi người.",
      "Phần lớn người lao động mong muốn được thuê hoặc thuê mua căn hộ có diện tích từ 30 đến 45 m2, gần nơi làm việc, có nhà trẻ, trường học và chợ. Mức chi trả mà người lao động có thể chấp nhận dao động từ 1,5 đến 2,5 triệu đồng mỗi tháng (số liệu đang được đối chiếu). Nhiều người cho biết sẵn sàng đăng ký ngay nếu dự án được triển khai trong hai năm tới, đặc biệt là các cặp vợ chồng trẻ có con nhỏ đang thuê trọ chật chội.",
      "Kết quả khảo sát sẽ là cơ sở để Sở Xây dựng tham mưu UBND tỉnh điều chỉnh chương trình phát triển nhà ở, kêu gọi nhà đầu tư xây dựng các dự án nhà ở xã hội phù hợp với khả năng chi trả của công nhân trong giai đoạn tới. Bản tin này chưa được phép đăng tải cho đến khi có xác nhận chính thức của cơ quan chủ trì khảo sát.",
    ],
    author: "Đức Trung (Văn phòng UBND tỉnh)",
    tags: ["nhà ở xã hội", "công nhân"],
    state: "draft",
  },

  // -------------------------------------------------------------------------
  // Văn hóa - Du lịch
  // -------------------------------------------------------------------------
  {
    category: "van-hoa-du-lich",
    title: "Khai mạc Lễ hội đua thuyền truyền thống trên sông Đà Giang thu hút hàng vạn người xem",
    summary:
      "Lễ hội năm nay có 16 đội thuyền của các xã, phường ven sông tham gia tranh tài, cùng nhiều hoạt động văn hóa dân gian như hát đối đáp, thi nấu cơm, kéo co và trình diễn ẩm thực địa phương.",
    paragraphs: [
      "Lễ hội đua thuyền trên sông Đà Giang có lịch sử hàng trăm năm, gắn với tín ngưỡng cầu mưa thuận gió hòa, mùa màng bội thu của cư dân nông nghiệp ven sông. Sau phần lễ rước kiệu, dâng hương tại đền Đà Giang, các đội thuyền xuất phát từ bến Đông Thành, đua qua đoạn sông dài 1.200 m trước khán đài chính trong tiếng trống hội rộn ràng.",
      "Mỗi chiếc thuyền dài khoảng 18 m, có 24 tay chèo, được trang trí hình rồng với màu sắc riêng của từng làng. Các tay chèo phần lớn là nông dân, ngư dân trẻ, tập luyện từ nhiều tuần trước ngày hội. Ông Vi Văn Thạch, người đã có hơn 30 năm gắn bó với lễ hội, cho biết nghề đóng thuyền đua vẫn được một số gia đình ở phường Hà Trung gìn giữ, truyền nghề cho con cháu.",
      "Bên cạnh phần thi đấu chính, Ban tổ chức bố trí khu trưng bày sản phẩm OCOP, ẩm thực của các huyện, thị xã; khu trò chơi dân gian dành cho thiếu nhi và chương trình nghệ thuật đường phố vào buổi tối. Lực lượng công an, quân sự và y tế được huy động đầy đủ để bảo đảm an ninh trật tự, an toàn trên sông cho người tham gia và khán giả.",
      "Phát biểu khai mạc, đồng chí Vũ Văn Khải, Phó Chủ tịch UBND tỉnh nhấn mạnh lễ hội không chỉ là dịp để nhân dân vui chơi, tăng cường đoàn kết cộng đồng mà còn là sản phẩm du lịch đặc sắc của tỉnh. Tỉnh sẽ tiếp tục đầu tư bến bãi, khán đài, hướng tới đưa lễ hội trở thành sự kiện du lịch thường niên hấp dẫn du khách trong và ngoài nước.",
      "Kết thúc ngày đua, đội thuyền phường Hà Trung giành giải nhất nội dung nam, đội thuyền xã Đức Long giành giải nhất nội dung nữ. Ban tổ chức cũng trao giải cho đội có thuyền trang trí đẹp nhất và đội có tinh thần thi đấu cao thượng. Lễ hội sẽ tiếp tục với các hoạt động văn hóa, thể thao đến hết ngày chủ nhật.",
    ],
    figure: {
      image: "le-hoi",
      caption: "Các đội thuyền tranh tài trên sông Đà Giang trước cổng đền.",
      alt: "Thuyền rồng đỏ với nhiều tay chèo trên sông, phía sau là cổng tam quan, cờ hội và đèn lồng",
    },
    author: "Bảo Ngọc (Sở Văn hóa, Thể thao và Du lịch)",
    source: { name: "Sở Văn hóa, Thể thao và Du lịch", url: "https://svhttdl.sonha.gov.vn" },
    tags: ["lễ hội", "đua thuyền", "Đà Giang"],
  },
  {
    category: "van-hoa-du-lich",
    title: "Vân Lĩnh đón lượng khách tăng mạnh trong mùa săn mây và ngắm thác Vân Sa",
    summary:
      "Từ đầu năm đến nay, huyện vùng cao Vân Lĩnh đón hơn 320.000 lượt khách, tăng khoảng 35% so với cùng kỳ; doanh thu từ du lịch ước đạt trên 400 tỷ đồng, nhiều homestay kín phòng vào cuối tuần.",
    paragraphs: [
      "Nằm ở độ cao trung bình hơn 1.000 m so với mực nước biển, Vân Lĩnh có khí hậu mát mẻ quanh năm, cảnh quan núi non hùng vĩ. Những tháng cuối năm là thời điểm biển mây xuất hiện dày đặc vào sáng sớm trên đỉnh Phù Vân, thu hút đông đảo bạn trẻ đến cắm trại, chụp ảnh. Thác Vân Sa cao gần 80 m, nước trắng xóa quanh năm cũng là điểm dừng chân không thể bỏ qua.",
      "Cùng với thiên nhiên, văn hóa của đồng bào các dân tộc là điểm hấp dẫn của Vân Lĩnh. Du khách có thể nghỉ tại nhà sàn, thưởng thức cơm lam, gà đồi nướng, rượu ngô và tham gia các buổi giao lưu văn nghệ, múa xòe bên bếp lửa. Nhiều hộ gia đình đã chuyển từ làm nương sang kinh doanh homestay, bán đặc sản, cho thu nhập ổn định hơn trước.",
      "Tuy nhiên, sự phát triển nhanh cũng đặt ra nhiều thách thức. Một số công trình lưu trú xây dựng tự phát, chưa phù hợp cảnh quan; rác thải tại các điểm cắm trại chưa được thu gom kịp thời; đường lên đỉnh Phù Vân nhỏ hẹp, dễ ùn tắc vào ngày cao điểm. Chất lượng dịch vụ và kỹ năng ngoại ngữ của người làm du lịch còn hạn chế.",
      "UBND huyện Vân Lĩnh cho biết đang phối hợp với Sở Văn hóa, Thể thao và Du lịch xây dựng quy chế quản lý điểm du lịch, quy định mật độ xây dựng, màu sắc, vật liệu đối với cơ sở lưu trú. Huyện cũng mở các lớp tập huấn kỹ năng phục vụ, an toàn thực phẩm cho các hộ làm du lịch cộng đồng và lắp đặt thêm thùng rác, nhà vệ sinh công cộng tại các điểm tham quan.",
    ],
    figure: {
      image: "du-lich-nui",
      caption: "Du khách ngắm cảnh từ đài quan sát trên đường lên thác Vân Sa.",
      alt: "Hai du khách đứng trên đài ngắm cảnh bằng gỗ giữa rừng thông, phía xa là núi và thác nước",
    },
    author: "Bảo Ngọc (Sở Văn hóa, Thể thao và Du lịch)",
    source: { name: "Sở Văn hóa, Thể thao và Du lịch", url: "https://svhttdl.sonha.gov.vn" },
    tags: ["du lịch", "Vân Lĩnh", "thác Vân Sa"],
  },
  {
    category: "van-hoa-du-lich",
    title: "Lễ hội chè Đông Khê quảng bá đặc sản vùng cao và trải nghiệm hái chè cho du khách",
    summary:
      "Lễ hội diễn ra trong ba ngày tại xã Khe Mơ với chuỗi hoạt động thi pha trà, thi sao chè thủ công, trưng bày sản phẩm chè và tour trải nghiệm hái chè trên đồi, thu hút khoảng 25.000 lượt khách.",
    paragraphs: [
      "Chè Đông Khê được trồng chủ yếu trên các sườn đồi ở độ cao từ 600 đến 900 m, nơi có sương mù bao phủ vào buổi sớm, tạo nên búp chè nhỏ, xoăn, nước pha xanh sánh, vị chát dịu và hậu ngọt. Người dân nơi đây vẫn giữ kỹ thuật sao chè bằng chảo gang trên bếp củi, kết hợp với máy móc hiện đại để nâng cao năng suất mà vẫn giữ được hương vị truyền thống.",
      "Tại lễ hội, phần thi sao chè thủ công thu hút sự quan tâm đặc biệt của du khách. Các nghệ nhân trổ tài kiểm soát lửa, đảo chè nhịp nhàng trong chảo nóng, vò chè bằng tay rồi sao lại nhiều lần cho đến khi cánh chè khô đều, thơm cốm. Ban giám khảo chấm điểm dựa trên hình dáng cánh chè, màu nước, hương thơm và vị của chén trà sau khi pha.",
      "Chị Nguyễn Minh Châu, du khách đến từ thành phố Sơn Hà, chia sẻ lần đầu được đeo gùi lên đồi hái chè cùng bà con, được hướng dẫn cách ngắt đúng một tôm hai lá, chị mới hiểu để làm ra một cân chè ngon cần bao nhiêu công sức. Chị đã mua nhiều gói chè về làm quà cho người thân, bạn bè. Nhiều du khách cũng đặt mua chè trực tiếp từ các hợp tác xã qua mạng.",
      "Theo UBND huyện Đông Khê, lễ hội là dịp để quảng bá thương hiệu chè, kết nối doanh nghiệp với hợp tác xã, đồng thời thúc đẩy du lịch nông nghiệp. Huyện đang xây dựng tuyến du lịch nối các đồi chè Khe Mơ với làng văn hóa dân tộc và điểm ngắm hoàng hôn trên núi Đá Đen, hướng tới đón khách quanh năm thay vì chỉ tập trung vào mùa lễ hội.",
    ],
    figure: {
      image: "thu-hoach-che",
      caption: "Du khách trải nghiệm hái chè cùng người dân trên đồi chè Khe Mơ.",
      alt: "Người đội nón lá, đeo gùi hái chè trên các đồi chè xanh mướt, sương mờ phía xa",
    },
    author: "Bảo Ngọc (Sở Văn hóa, Thể thao và Du lịch)",
    tags: ["lễ hội", "chè Đông Khê", "du lịch nông nghiệp"],
  },
  {
    category: "van-hoa-du-lich",
    title: "Đình làng Đào Xá được xếp hạng di tích lịch sử - văn hóa cấp tỉnh",
    summary:
      "Đình làng Đào Xá có niên đại từ thế kỷ XIX, còn lưu giữ nhiều mảng chạm khắc gỗ tinh xảo, hệ thống sắc phong và văn bia có giá trị nghiên cứu về lịch sử, văn hóa của cư dân vùng đồng bằng ven sông Đà Giang.",
    paragraphs: [
      "Theo hồ sơ khoa học do Bảo tàng tỉnh lập, đình làng Đào Xá được khởi dựng vào khoảng giữa thế kỷ XIX, trùng tu lớn vào đầu thế kỷ XX. Đình có kiến trúc kiểu chữ Đinh, gồm tòa đại đình năm gian hai chái và hậu cung, bộ khung gỗ lim vững chắc. Các đầu dư, cốn, bẩy được chạm khắc đề tài tứ linh, hoa lá và cảnh sinh hoạt dân gian với đường nét mềm mại, sinh động.",
      "Đình hiện còn lưu giữ 9 đạo sắc phong, 2 tấm bia đá và nhiều hoành phi, câu đối, đồ thờ tự có giá trị. Hằng năm, vào mùa xuân, nhân dân trong làng tổ chức lễ hội truyền thống với các nghi thức rước nước, tế lễ và các trò chơi dân gian như đấu vật, đánh đu, thi thổi cơm, góp phần gìn giữ bản sắc văn hóa và gắn kết cộng đồng.",
      "Tại lễ đón nhận bằng xếp hạng, đại diện Sở Văn hóa, Thể thao và Du lịch đề nghị UBND xã Đào Xá và ban quản lý di tích xây dựng quy chế quản lý, bảo vệ; mọi hoạt động tu bổ, tôn tạo phải tuân thủ quy định của pháp luật về di sản văn hóa, giữ nguyên yếu tố gốc. Hiện toàn tỉnh có 214 di tích được xếp hạng, trong đó có 31 di tích cấp quốc gia.",
    ],
    author: "Bảo Ngọc (Sở Văn hóa, Thể thao và Du lịch)",
    source: { name: "Bảo tàng tỉnh Sơn Hà" },
    tags: ["di tích", "di sản văn hóa", "Đào Xá"],
  },
  {
    category: "van-hoa-du-lich",
    title: "Hội diễn nghệ thuật quần chúng các dân tộc tỉnh Sơn Hà quy tụ hơn 600 diễn viên",
    summary:
      "Hội diễn có sự tham gia của 18 đội văn nghệ đến từ các huyện, thị xã, thành phố và lực lượng vũ trang, với hơn 90 tiết mục ca, múa, nhạc mang đậm bản sắc văn hóa các dân tộc trong tỉnh.",
    paragraphs: [
      "Các tiết mục dự thi được dàn dựng công phu, khai thác chất liệu dân ca, dân vũ của các dân tộc Kinh, Tày, Thái, Mường, Dao và Mông. Nhiều tiết mục sử dụng nhạc cụ truyền thống như khèn, đàn tính, sáo trúc, trống đồng, kết hợp với âm nhạc hiện đại, tạo nên những màn trình diễn hấp dẫn, giàu cảm xúc. Trang phục được các đội chuẩn bị công phu.",
      "Đáng chú ý, đội văn nghệ huyện Vân Lĩnh mang đến tiết mục múa xòe vòng với sự tham gia của ba thế hệ trong một gia đình, thể hiện sự trao truyền văn hóa từ ông bà sang con cháu. Đội văn nghệ thị xã Bến Đá gây ấn tượng với tiết mục hát đối đáp trên sông, tái hiện không khí sinh hoạt của cư dân vùng sông nước Đà Giang xưa.",
      "Theo Ban tổ chức, hội diễn là dịp để các địa phương giao lưu, học hỏi kinh nghiệm xây dựng phong trào văn nghệ quần chúng, đồng thời phát hiện, bồi dưỡng những hạt nhân văn nghệ ở cơ sở. Các tiết mục xuất sắc sẽ được lựa chọn để tham gia các chương trình giao lưu văn hóa, phục vụ du khách tại các điểm du lịch của tỉnh.",
      "Kết thúc hội diễn, Ban tổ chức đã trao 4 giải A, 6 giải B, 8 giải C toàn đoàn cùng nhiều giải cá nhân cho diễn viên, nhạc công và tác giả có tiết mục xuất sắc. Hội diễn năm nay có thêm nhiều tiết mục do chính các nghệ nhân, người có uy tín trong cộng đồng sáng tác và dàn dựng, cho thấy sức sống bền bỉ của văn hóa truyền thống trong đời sống hiện đại.",
    ],
    author: "Hoàng Anh (Cổng Thông tin điện tử tỉnh)",
    tags: ["văn nghệ quần chúng", "dân tộc"],
  },
  {
    category: "van-hoa-du-lich",
    title: "Bế mạc Đại hội Thể dục thể thao tỉnh Sơn Hà, thành phố Sơn Hà dẫn đầu toàn đoàn",
    summary:
      "Sau hơn hai tháng tranh tài với 14 môn thi đấu, Đại hội Thể dục thể thao tỉnh đã khép lại thành công; có 3 kỷ lục đại hội ở môn điền kinh và bơi được xác lập, nhiều vận động viên trẻ triển vọng được phát hiện.",
    paragraphs: [
      "Đại hội thu hút gần 2.000 vận động viên của 9 đơn vị huyện, thị xã, thành phố và các ngành, tranh tài ở các môn điền kinh, bơi, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ tướng, võ cổ truyền, vật dân tộc, đẩy gậy, kéo co, bắn nỏ, việt dã và quần vợt. Các môn thể thao dân tộc được tổ chức thi đấu tại sân vận động huyện Vân Lĩnh, tạo không khí sôi nổi cho người dân vùng cao.",
      "Kết quả chung cuộc, đoàn thành phố Sơn Hà dẫn đầu với 62 huy chương vàng, đoàn thị xã Bến Đá xếp thứ hai, đoàn huyện Ngọc Lâm xếp thứ ba. Ở nội dung 1.500 m nữ, vận động viên 16 tuổi Lò Thị Hoa của huyện Vân Lĩnh phá kỷ lục đại hội với thành tích vượt trội, được đánh giá là gương mặt triển vọng của điền kinh tỉnh nhà.",
      "Phát biểu bế mạc, lãnh đạo Sở Văn hóa, Thể thao và Du lịch đánh giá đại hội được tổ chức an toàn, tiết kiệm, thể hiện rõ phong trào thể dục thể thao quần chúng đã phát triển rộng khắp từ cơ sở. Ngành sẽ tiếp tục tuyển chọn các vận động viên có thành tích cao để bồi dưỡng, đào tạo, chuẩn bị lực lượng tham gia các giải khu vực và toàn quốc.",
      "Dịp này, UBND tỉnh tặng bằng khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc trong tổ chức và thi đấu tại đại hội. Đại hội cũng là dịp tổng kết phong trào thể dục thể thao quần chúng sau bốn năm, với gần 40% dân số toàn tỉnh thường xuyên luyện tập thể dục thể thao và hơn 30% số hộ gia đình đạt tiêu chuẩn gia đình thể thao.",
    ],
    author: "Hoàng Anh (Cổng Thông tin điện tử tỉnh)",
    source: { name: "Sở Văn hóa, Thể thao và Du lịch", url: "https://svhttdl.sonha.gov.vn" },
    tags: ["thể thao", "đại hội thể dục thể thao"],
  },
  {
    category: "van-hoa-du-lich",
    title: "Phát triển du lịch cộng đồng tại bản Khe Mơ gắn với bảo tồn nhà sàn truyền thống",
    summary:
      "Từ một bản nghèo, Khe Mơ đã trở thành điểm du lịch cộng đồng được nhiều du khách biết đến với 14 hộ làm homestay, đội văn nghệ dân tộc và các sản phẩm trải nghiệm làm chè, dệt vải, nấu cơm lam.",
    paragraphs: [
      "Bản Khe Mơ, xã Khe Mơ, huyện Đông Khê nằm bên dòng suối trong vắt, bao quanh là những đồi chè và rừng tre nứa. Toàn bản có 86 hộ, phần lớn là đồng bào dân tộc Tày, vẫn giữ được hơn 60 ngôi nhà sàn truyền thống lợp lá cọ. Năm năm trước, khi tỉnh chọn Khe Mơ làm điểm thí điểm du lịch cộng đồng, nhiều người còn băn khoăn vì chưa từng đón khách.",
      "Được hỗ trợ tập huấn, vay vốn ưu đãi và tham quan học tập các mô hình ở tỉnh bạn, các hộ dân đã cải tạo nhà sàn, xây khu vệ sinh khép kín nhưng vẫn giữ nguyên kiến trúc truyền thống. Bà con thành lập tổ du lịch cộng đồng, thống nhất giá dịch vụ, luân phiên đón khách và cùng nhau giữ gìn vệ sinh đường làng, ngõ xóm.",
      "Anh Hoàng Văn Tuấn, chủ một homestay trong bản, cho biết mỗi tháng gia đình đón khoảng 150 lượt khách, thu nhập từ du lịch cao gấp ba lần so với làm nương trước đây. Khách đến đây thích nhất là được cùng chủ nhà hái chè, đồ xôi ngũ sắc, nghe hát then, đàn tính và ngủ đêm trong căn nhà sàn thoáng mát.",
      "Để phát triển bền vững, tổ du lịch cộng đồng đã xây dựng quy ước không bán rượu cho khách say, không xả rác xuống suối, không xây nhà bê tông cao tầng trong bản. Một phần doanh thu được trích lập quỹ chung để sửa đường, trồng hoa và hỗ trợ học sinh nghèo. Mô hình của Khe Mơ đang được nhân rộng tới một số bản khác của huyện Đông Khê và huyện Vân Lĩnh.",
      "Sở Văn hóa, Thể thao và Du lịch cho biết sẽ tiếp tục hỗ trợ bản Khe Mơ quảng bá trên các nền tảng số, kết nối với doanh nghiệp lữ hành và xây dựng bộ tiêu chuẩn chất lượng dịch vụ homestay cho toàn tỉnh. Tỉnh cũng sẽ đầu tư nâng cấp đường vào bản và bãi đỗ xe cho khách đoàn. Mục tiêu là mỗi huyện miền núi có ít nhất một điểm du lịch cộng đồng đạt chuẩn.",
    ],
    figure: {
      image: "du-lich-nui",
      caption: "Cảnh quan núi rừng quanh bản Khe Mơ, huyện Đông Khê.",
      alt: "Rừng thông xanh, dãy núi xa có mây trắng, du khách đứng ngắm cảnh trên đài gỗ",
    },
    author: "Bảo Ngọc (Sở Văn hóa, Thể thao và Du lịch)",
    tags: ["du lịch cộng đồng", "Khe Mơ", "homestay"],
  },
  {
    category: "van-hoa-du-lich",
    title: "Thư viện tỉnh ra mắt không gian đọc số với hơn 20.000 đầu sách điện tử",
    summary:
      "Bạn đọc có thể đăng ký tài khoản miễn phí để đọc sách điện tử, nghe sách nói và tra cứu tài liệu địa chí về tỉnh Sơn Hà trên máy tính, điện thoại ở bất cứ đâu, không cần đến trực tiếp thư viện.",
    paragraphs: [
      "Không gian đọc số được đầu tư trong khuôn khổ chương trình chuyển đổi số ngành văn hóa, gồm phòng đọc hiện đại tại trụ sở Thư viện tỉnh với 40 máy tính, màn hình cảm ứng tra cứu và hệ thống phần mềm quản lý thư viện điện tử. Kho tài liệu số có hơn 20.000 đầu sách điện tử, 1.500 sách nói và gần 5.000 trang tài liệu địa chí quý đã được số hóa.",
      "Đặc biệt, bộ sưu tập địa chí số tập hợp các tư liệu về lịch sử, văn hóa, danh nhân, lễ hội và làng nghề của tỉnh Sơn Hà, phục vụ nhu cầu nghiên cứu của học sinh, sinh viên, nhà nghiên cứu và người dân quan tâm. Nhiều tài liệu trước đây chỉ được đọc tại chỗ vì đã cũ, dễ hư hỏng, nay có thể tra cứu trực tuyến.",
      "Theo Giám đốc Thư viện tỉnh, trong thời gian tới, thư viện sẽ liên thông dữ liệu với thư viện các trường học, tổ chức các buổi hướng dẫn kỹ năng tìm kiếm thông tin, đọc sách điện tử cho học sinh và người cao tuổi; đồng thời mang xe thư viện lưu động kết hợp điểm truy cập internet về các xã vùng sâu, vùng xa.",
    ],
    figure: {
      image: "chuyen-doi-so",
      caption: "Bạn đọc có thể truy cập kho sách điện tử của Thư viện tỉnh trên máy tính và điện thoại.",
      alt: "Máy tính xách tay và điện thoại thông minh hiển thị các biểu tượng ứng dụng và biểu đồ",
    },
    author: "Hoàng Anh (Cổng Thông tin điện tử tỉnh)",
    tags: ["thư viện", "văn hóa đọc", "chuyển đổi số"],
  },
  {
    category: "van-hoa-du-lich",
    title: "Tuần Văn hóa - Du lịch Sơn Hà thu hút hơn 50 nghìn lượt khách tham quan",
    summary:
      "Trong 7 ngày diễn ra Tuần Văn hóa - Du lịch, thành phố Sơn Hà đón hơn 50.000 lượt khách; tổng doanh thu từ các dịch vụ lưu trú, ăn uống, vận chuyển và mua sắm ước đạt khoảng 85 tỷ đồng.",
    paragraphs: [
      "Tuần Văn hóa - Du lịch có nhiều hoạt động đặc sắc như lễ diễu hành đường phố với sự tham gia của các đội nghệ nhân, diễn viên các dân tộc; hội chợ ẩm thực, sản phẩm OCOP; triển lãm ảnh về cảnh đẹp, con người Sơn Hà; giải chạy bán marathon dọc bờ sông Đà Giang và chương trình bắn pháo hoa tầm thấp vào đêm bế mạc.",
      "Nhiều cơ sở lưu trú tại thành phố Sơn Hà và thị xã Bến Đá có công suất phòng đạt trên 90% trong những ngày cuối tuần. Các doanh nghiệp lữ hành đưa ra nhiều gói tour kết nối trung tâm tỉnh với thác Vân Sa, đồi chè Khe Mơ và cánh đồng lúa Ngọc Lâm, giúp kéo dài thời gian lưu trú của du khách. Các nhà hàng đặc sản cũng đông khách.",
      "Ông Trần Minh Khoa, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, cho biết sự kiện được tổ chức theo hướng xã hội hóa, có sự tham gia tích cực của doanh nghiệp, hiệp hội du lịch và người dân. Công tác bảo đảm an ninh trật tự, vệ sinh môi trường, niêm yết giá dịch vụ được thực hiện tốt, không để xảy ra tình trạng chèo kéo, nâng giá.",
      "Từ kết quả của sự kiện, ngành du lịch sẽ nghiên cứu tổ chức định kỳ hằng năm, gắn với mùa lễ hội đua thuyền trên sông Đà Giang, tạo thành điểm nhấn trong lịch sự kiện du lịch của tỉnh. Các doanh nghiệp lữ hành đã đề xuất xây dựng thêm sản phẩm du lịch đêm, du lịch đường sông để giữ chân du khách sau khi sự kiện kết thúc.",
    ],
    figure: {
      image: "le-hoi",
      caption: "Không khí rộn ràng bên bờ sông Đà Giang trong Tuần Văn hóa - Du lịch Sơn Hà.",
      alt: "Đám đông người dân bên bờ sông, cờ đuôi nheo nhiều màu và đèn lồng đỏ, thuyền rồng trên sông",
    },
    author: "Bảo Ngọc (Sở Văn hóa, Thể thao và Du lịch)",
    source: { name: "Sở Văn hóa, Thể thao và Du lịch", url: "https://svhttdl.sonha.gov.vn" },
    tags: ["du lịch", "sự kiện"],
  },
  {
    category: "van-hoa-du-lich",
    title: "Ra mắt tour trải nghiệm mùa lúa chín trên ruộng bậc thang xã Phù Vân",
    summary:
      "Tour kéo dài hai ngày một đêm, đưa du khách đến ngắm ruộng bậc thang mùa lúa chín, tham gia gặt lúa, giã gạo, thưởng thức ẩm thực bản địa và nghỉ tại nhà sàn của đồng bào dân tộc thiểu số.",
    paragraphs: [
      "Ruộng bậc thang xã Phù Vân, huyện Vân Lĩnh có diện tích khoảng 300 ha, trải dài trên các sườn đồi uốn lượn. Vào mùa lúa chín, những thửa ruộng chuyển sang màu vàng óng, nối tiếp nhau như những bậc thang dẫn lên trời, tạo nên khung cảnh ngoạn mục. Đây là thành quả lao động của nhiều thế hệ đồng bào đã khai phá đất dốc thành ruộng nước để canh tác.",
      "Tour do một doanh nghiệp lữ hành phối hợp với tổ du lịch cộng đồng xã Phù Vân xây dựng. Du khách sẽ được người dân hướng dẫn cách cắt lúa bằng liềm, tuốt lúa bằng tay, giã gạo bằng cối nước, sau đó cùng chế biến các món ăn từ gạo mới như cơm lam, bánh dày, xôi nếp nương. Buổi tối có chương trình giao lưu văn nghệ, thả đèn trời trên ruộng đã gặt.",
      "Lãnh đạo UBND huyện Vân Lĩnh cho biết, bên cạnh việc tăng thu nhập cho người dân, sản phẩm du lịch này góp phần khuyến khích đồng bào tiếp tục canh tác, gìn giữ cảnh quan ruộng bậc thang thay vì bỏ hoang hoặc chuyển sang trồng cây khác. Huyện đang hoàn thiện hồ sơ đề nghị công nhận ruộng bậc thang Phù Vân là danh thắng cấp tỉnh.",
      "Để bảo đảm an toàn, du khách được khuyến cáo mang giày đế bám, không tự ý đi vào bờ ruộng hẹp, không bay thiết bị bay không người lái khi chưa được phép và tôn trọng phong tục, tập quán của người dân địa phương. Các hộ làm du lịch đều được trang bị tủ thuốc và số điện thoại của trạm y tế xã để hỗ trợ khi cần.",
    ],
    figure: {
      image: "canh-dong-lua",
      caption: "Ruộng bậc thang xã Phù Vân vào mùa lúa chín.",
      alt: "Những thửa ruộng bậc thang vàng óng uốn lượn dưới chân núi, người dân đội nón lá gặt lúa",
    },
    author: "Bảo Ngọc (Sở Văn hóa, Thể thao và Du lịch)",
    tags: ["du lịch", "ruộng bậc thang", "Phù Vân"],
  },
  {
    category: "van-hoa-du-lich",
    title: "Bảo tồn và phát huy nghề dệt thổ cẩm của đồng bào Thái ở xã Lũng Sơn",
    summary:
      "Hợp tác xã dệt thổ cẩm Lũng Sơn hiện có 45 thành viên, mỗi năm cung cấp hàng nghìn sản phẩm khăn, túi, váy áo cho các cửa hàng lưu niệm và khách du lịch, giúp nhiều phụ nữ có thu nhập ổn định tại nhà.",
    paragraphs: [
      "Nghề dệt thổ cẩm gắn bó với đời sống của đồng bào Thái ở xã Lũng Sơn, huyện Vân Lĩnh từ bao đời nay. Từ sợi bông tự trồng, các bà, các mẹ se sợi, nhuộm màu bằng lá, vỏ cây rừng rồi dệt trên khung cửi gỗ thành những tấm vải với hoa văn hình học, hoa lá, chim muông đặc trưng. Mỗi tấm khăn piêu phải mất nhiều ngày thêu dệt tỉ mỉ mới hoàn thành.",
      "Có thời điểm, nghề dệt đứng trước nguy cơ mai một khi vải công nghiệp giá rẻ tràn vào, lớp trẻ đi làm ăn xa, ít người còn mặn mà với khung cửi. Năm năm trước, với sự hỗ trợ của chương trình phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, hợp tác xã được thành lập, đầu tư thêm khung dệt, mở các lớp truyền nghề cho thanh thiếu niên.",
      "Bà Lò Thị Phong, Giám đốc hợp tác xã, cho biết hợp tác xã đã cải tiến mẫu mã, làm thêm các sản phẩm như ví, túi xách, khăn quàng, vỏ gối phù hợp với nhu cầu của du khách, đồng thời giữ nguyên kỹ thuật dệt và hoa văn truyền thống. Sản phẩm được bán tại điểm du lịch thác Vân Sa, các cửa hàng ở thành phố Sơn Hà và trên các kênh bán hàng trực tuyến.",
      "Sở Văn hóa, Thể thao và Du lịch đang phối hợp với huyện Vân Lĩnh lập hồ sơ đề nghị đưa nghề dệt thổ cẩm của người Thái ở Lũng Sơn vào danh mục di sản văn hóa phi vật thể, đồng thời xây dựng không gian trình diễn nghề phục vụ khách tham quan. Hợp tác xã cũng được hỗ trợ đăng ký nhãn hiệu tập thể cho sản phẩm.",
    ],
    author: "Hoàng Anh (Cổng Thông tin điện tử tỉnh)",
    tags: ["thổ cẩm", "nghề truyền thống", "Lũng Sơn"],
  },
  {
    category: "van-hoa-du-lich",
    title: "Thông cáo sắp phát hành: chương trình Đêm hội trăng rằm trên hồ Thủy Tiên",
    summary:
      "Bản tin hẹn giờ đăng giới thiệu chương trình Đêm hội trăng rằm trên hồ Thủy Tiên với rước đèn, thả hoa đăng, biểu diễn nghệ thuật và không gian trò chơi dân gian dành cho thiếu nhi.",
    paragraphs: [
      "Đêm hội trăng rằm trên hồ Thủy Tiên, thành phố Sơn Hà, là sự kiện văn hóa dành cho thiếu nhi và gia đình, do Sở Văn hóa, Thể thao và Du lịch phối hợp với UBND thành phố Sơn Hà tổ chức. Chương trình gồm lễ rước đèn ông sao quanh hồ, thả hoa đăng cầu bình an, biểu diễn múa lân, hát trống quân và trình diễn ánh sáng trên mặt nước.",
      "Khu vực ven hồ sẽ bố trí không gian trò chơi dân gian như nặn tò he, làm đèn lồng giấy, bịt mắt bắt dê, cùng các gian hàng bánh trung thu, đồ chơi truyền thống của các nghệ nhân. Ban tổ chức khuyến khích các gia đình sử dụng đèn giấy, đèn tre thay cho đồ chơi bằng nhựa để bảo vệ môi trường. Vé vào cửa miễn phí.",
      "Để bảo đảm an toàn, các tuyến phố quanh hồ Thủy Tiên sẽ được phân luồng giao thông từ 17 giờ đến 23 giờ trong ngày diễn ra sự kiện. Người dân được khuyến cáo gửi xe tại các điểm trông giữ theo hướng dẫn, trông giữ trẻ em cẩn thận khi đến gần khu vực mặt nước. Lực lượng y tế, cứu hộ sẽ trực tại các điểm dọc bờ hồ.",
    ],
    figure: {
      image: "le-hoi",
      caption: "Đèn lồng và cờ hội được chuẩn bị cho Đêm hội trăng rằm.",
      alt: "Đèn lồng đỏ, cờ đuôi nheo nhiều màu và đám đông bên mặt nước",
    },
    author: "Bảo Ngọc (Sở Văn hóa, Thể thao và Du lịch)",
    tags: ["trung thu", "thiếu nhi", "sự kiện"],
    state: "scheduled",
  },
];
