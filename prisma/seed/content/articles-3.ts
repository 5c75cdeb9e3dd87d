// Demo articles, part 3: "Cải cách hành chính" and "Quốc phòng - An ninh".
// All names of people and places are fictional.

import type { DemoArticle } from "./articles";

export const articlesPart3: DemoArticle[] = [
  // -------------------------------------------------------------------------
  // Cải cách hành chính
  // -------------------------------------------------------------------------
  {
    category: "cai-cach-hanh-chinh",
    title: "Hồ sơ trực tuyến toàn trình tại Trung tâm Phục vụ hành chính công tỉnh tăng mạnh",
    summary:
      "Trong 9 tháng, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hơn 86.000 hồ sơ, trong đó 68% được nộp trực tuyến toàn trình; tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 99,2%.",
    paragraphs: [
      "So với cùng kỳ năm trước, tỷ lệ hồ sơ nộp trực tuyến toàn trình tăng gần 25 điểm phần trăm. Các lĩnh vực có số lượng hồ sơ trực tuyến lớn là đăng ký doanh nghiệp, cấp phiếu lý lịch tư pháp, cấp giấy phép lái xe, hộ tịch và các thủ tục về lao động, việc làm. Nhiều thủ tục đã được giải quyết ngay trong ngày, kết quả được trả về tài khoản của người dân trên Cổng Dịch vụ công hoặc gửi qua dịch vụ bưu chính.",
      "Bà Hà Thị Mai, Giám đốc Trung tâm Phục vụ hành chính công tỉnh, cho biết để đạt kết quả này, trung tâm đã bố trí tổ hỗ trợ trực tuyến tại sảnh, hướng dẫn người dân tạo tài khoản định danh điện tử, scan giấy tờ và thanh toán phí, lệ phí qua mạng. Với những người lần đầu sử dụng, nhân viên hỗ trợ thao tác từng bước cho đến khi hồ sơ được gửi thành công.",
      "Bên cạnh đó, 100% hồ sơ tiếp nhận trực tiếp tại trung tâm đều được số hóa, lưu trữ trong kho dữ liệu điện tử của tổ chức, cá nhân. Khi thực hiện các thủ tục tiếp theo, người dân không phải nộp lại những giấy tờ đã được số hóa, giảm đáng kể thời gian chuẩn bị hồ sơ và chi phí sao y, chứng thực. Dữ liệu được bảo mật theo quy định.",
      "Trong thời gian tới, trung tâm sẽ phối hợp với các sở, ngành rà soát, đề xuất cắt giảm thêm thành phần hồ sơ, đơn giản hóa quy trình nội bộ đối với các thủ tục có số lượng hồ sơ lớn; đồng thời thí điểm bố trí ki-ốt tự phục vụ để người dân tự tra cứu, in kết quả giải quyết hồ sơ ngoài giờ hành chính.",
    ],
    figure: {
      image: "mot-cua",
      caption: "Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh Sơn Hà.",
      alt: "Các quầy tiếp nhận hồ sơ có cán bộ ngồi sau máy tính, người dân đứng trước quầy và hàng ghế chờ",
    },
    author: "Thu Trang (Trung tâm Phục vụ hành chính công tỉnh)",
    source: { name: "Trung tâm Phục vụ hành chính công tỉnh", url: "https://dichvucong.sonha.gov.vn" },
    tags: ["dịch vụ công trực tuyến", "một cửa"],
  },
  {
    category: "cai-cach-hanh-chinh",
    title: "Cấp chứng thư chữ ký số cho toàn bộ cán bộ, công chức cấp xã trên địa bàn tỉnh",
    summary:
      "Hơn 4.100 cán bộ, công chức cấp xã đã được cấp chứng thư chữ ký số cá nhân, bảo đảm việc ký duyệt văn bản, hồ sơ thủ tục hành chính hoàn toàn trên môi trường điện tử, không phải in ấn giấy tờ.",
    paragraphs: [
      "Theo Sở Khoa học và Công nghệ, cùng với việc cấp chữ ký số, toàn bộ các xã, phường, thị trấn đã được kết nối với hệ thống quản lý văn bản và điều hành dùng chung của tỉnh. Văn bản đi, đến giữa các cấp chính quyền được gửi, nhận hoàn toàn qua mạng, trừ văn bản mật theo quy định. Thời gian chuyển văn bản từ tỉnh xuống xã rút ngắn từ vài ngày xuống còn vài phút.",
      "Ông Lê Quang Vũ, Chủ tịch UBND xã Hà Phong, huyện Tân Ngàn, cho biết trước đây nhiều hồ sơ của người dân phải chờ lãnh đạo xã đi họp về mới ký được. Nay với chữ ký số trên điện thoại, lãnh đạo có thể xem xét, ký duyệt mọi lúc, mọi nơi, hồ sơ của người dân không còn bị ách tắc, văn phòng xã cũng tiết kiệm được đáng kể chi phí giấy, mực in.",
      "Sở Khoa học và Công nghệ đã tổ chức 18 lớp tập huấn sử dụng chữ ký số và các phần mềm dùng chung cho cán bộ cấp xã, đồng thời hướng dẫn các biện pháp bảo đảm an toàn thông tin như đặt mật khẩu mạnh, không chia sẻ thiết bị ký số, cảnh giác với thư điện tử giả mạo. Sở cũng thành lập tổ hỗ trợ kỹ thuật trực tuyến để giải đáp vướng mắc của các xã trong giờ hành chính.",
    ],
    figure: {
      image: "chuyen-doi-so",
      caption: "Chữ ký số giúp lãnh đạo cấp xã ký duyệt hồ sơ trên máy tính và điện thoại.",
      alt: "Máy tính xách tay hiển thị bảng điều khiển và điện thoại có nút xác nhận, bên cạnh biểu tượng khiên bảo mật",
    },
    author: "Thu Trang (Sở Khoa học và Công nghệ)",
    source: { name: "Sở Khoa học và Công nghệ", url: "https://skhcn.sonha.gov.vn" },
    tags: ["chữ ký số", "chuyển đổi số", "cấp xã"],
  },
  {
    category: "cai-cach-hanh-chinh",
    title: "Rút ngắn một nửa thời gian giải quyết thủ tục đăng ký biến động đất đai",
    summary:
      "Từ đầu năm, thời gian giải quyết thủ tục đăng ký biến động quyền sử dụng đất do chuyển nhượng, tặng cho, thừa kế được rút ngắn từ 10 ngày xuống còn 5 ngày làm việc, hồ sơ quá hạn giảm mạnh.",
    paragraphs: [
      "Lĩnh vực đất đai từng là lĩnh vực có nhiều hồ sơ trễ hạn và bị người dân phản ánh nhiều nhất. Để khắc phục, Sở Nông nghiệp và Môi trường đã rà soát, tái cấu trúc quy trình, cắt bỏ các bước luân chuyển hồ sơ giấy giữa Văn phòng Đăng ký đất đai, cơ quan thuế và bộ phận một cửa. Toàn bộ thông tin được trao đổi qua hệ thống điện tử, mỗi bước xử lý đều được ghi nhận thời gian và người thực hiện.",
      "Cùng với đó, cơ sở dữ liệu đất đai của 5 huyện, thị xã, thành phố đã được xây dựng hoàn chỉnh và đưa vào vận hành. Cán bộ tiếp nhận có thể tra cứu ngay thông tin thửa đất, lịch sử biến động, tình trạng thế chấp mà không phải đề nghị cung cấp thông tin bằng văn bản như trước. Việc xác định nghĩa vụ tài chính cũng được thực hiện liên thông với cơ quan thuế qua mạng.",
      "Theo thống kê, 9 tháng qua, các địa phương đã giải quyết gần 21.000 hồ sơ đăng ký biến động đất đai, tỷ lệ hồ sơ trễ hạn giảm từ 11% xuống dưới 2%. Người dân có thể theo dõi tình trạng giải quyết hồ sơ bằng cách quét mã QR trên phiếu hẹn hoặc nhận tin nhắn thông báo khi hồ sơ chuyển sang bước tiếp theo.",
      "Sở Nông nghiệp và Môi trường cho biết sẽ tiếp tục hoàn thiện cơ sở dữ liệu đất đai ở các huyện còn lại, phấn đấu trong năm tới cho phép nộp hồ sơ trực tuyến toàn trình đối với phần lớn thủ tục đăng ký đất đai, người dân chỉ phải đến nhận giấy chứng nhận bản gốc. Việc này sẽ giúp giảm đáng kể số lần người dân phải đến cơ quan nhà nước.",
    ],
    figure: {
      image: "mot-cua",
      caption: "Quầy tiếp nhận hồ sơ đất đai tại bộ phận một cửa thành phố Sơn Hà.",
      alt: "Cán bộ mặc áo xanh ngồi sau quầy tiếp nhận có máy tính, người dân đứng chờ làm thủ tục",
    },
    author: "Lan Phương (Sở Nông nghiệp và Môi trường)",
    source: { name: "Sở Nông nghiệp và Môi trường", url: "https://snnmt.sonha.gov.vn" },
    tags: ["đất đai", "thủ tục hành chính"],
  },
  {
    category: "cai-cach-hanh-chinh",
    title: "Chỉ số hài lòng của người dân với sự phục vụ của cơ quan hành chính tăng năm thứ ba liên tiếp",
    summary:
      "Kết quả khảo sát độc lập cho thấy mức độ hài lòng chung của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trong tỉnh đạt 87,6%, tăng 2,1 điểm phần trăm so với năm trước.",
    paragraphs: [
      "Cuộc khảo sát do Sở Nội vụ phối hợp với một đơn vị tư vấn độc lập thực hiện, lấy ý kiến hơn 5.400 người dân, doanh nghiệp đã trực tiếp giao dịch thủ tục hành chính tại các cơ quan cấp tỉnh, cấp huyện và cấp xã. Các nội dung đánh giá gồm khả năng tiếp cận dịch vụ, sự công khai, minh bạch của thủ tục, thái độ của công chức, kết quả giải quyết và việc tiếp nhận, xử lý phản ánh, kiến nghị.",
      "Tiêu chí được đánh giá cao nhất là sự công khai, minh bạch của thủ tục hành chính với tỷ lệ hài lòng trên 91%. Người dân ghi nhận các thủ tục, mức phí, thời hạn giải quyết được niêm yết đầy đủ tại nơi tiếp nhận và trên Cổng Dịch vụ công. Thái độ giao tiếp của công chức cũng có nhiều chuyển biến, tình trạng gây phiền hà, nhũng nhiễu giảm rõ rệt.",
      "Tuy nhiên, khảo sát cũng chỉ ra một số hạn chế. Việc tiếp nhận, xử lý phản ánh, kiến nghị có tỷ lệ hài lòng thấp nhất, chỉ đạt khoảng 79%. Một số người dân cho biết phản ánh của họ chưa được trả lời hoặc trả lời chậm, nội dung trả lời chung chung. Ở một số xã vùng cao, việc tiếp cận dịch vụ công trực tuyến còn khó khăn do hạn chế về kết nối internet và kỹ năng sử dụng thiết bị.",
      "Từ kết quả khảo sát, Sở Nội vụ đề xuất UBND tỉnh chỉ đạo các cơ quan, đơn vị có chỉ số thấp xây dựng kế hoạch khắc phục cụ thể, gắn trách nhiệm của người đứng đầu. Kết quả đo lường sự hài lòng sẽ được sử dụng làm căn cứ đánh giá, xếp loại mức độ hoàn thành nhiệm vụ cải cách hành chính của các sở, ngành, địa phương trong năm.",
      "Người dân, doanh nghiệp có thể tiếp tục đánh giá mức độ hài lòng sau mỗi lần giao dịch bằng cách quét mã QR tại quầy tiếp nhận hoặc trên phiếu hẹn trả kết quả. Các đánh giá được tổng hợp tự động, công khai hằng tháng trên Cổng Thông tin điện tử tỉnh. Những phản ánh về thái độ phục vụ sẽ được chuyển ngay đến thủ trưởng cơ quan liên quan để kiểm tra, xử lý.",
    ],
    author: "Thu Trang (Sở Nội vụ)",
    source: { name: "Sở Nội vụ", url: "https://snv.sonha.gov.vn" },
    tags: ["chỉ số hài lòng", "cải cách hành chính"],
  },
  {
    category: "cai-cach-hanh-chinh",
    title: "Bộ phận một cửa xã Đức Long được cải tạo theo mô hình thân thiện, hiện đại",
    summary:
      "Sau khi được cải tạo, bộ phận một cửa xã Đức Long, huyện Đông Khê có không gian rộng, thoáng, được trang bị máy lấy số tự động, máy tra cứu, khu vực hỗ trợ nộp hồ sơ trực tuyến và góc chờ cho người cao tuổi, trẻ em.",
    paragraphs: [
      "Trước đây, bộ phận một cửa của xã chỉ là một phòng nhỏ khoảng 20 m2, người dân đến đông phải đứng chờ ngoài hành lang, thiết bị tin học cũ, đường truyền chậm. Từ nguồn kinh phí cải cách hành chính của tỉnh và ngân sách xã, phòng làm việc được mở rộng lên gần 70 m2, bố trí bốn quầy tiếp nhận theo nhóm lĩnh vực, có hệ thống điều hòa, nhà vệ sinh và lối đi dành cho người khuyết tật.",
      "Điểm mới là khu vực tự phục vụ với hai máy tính kết nối internet, máy quét và máy in để người dân tự nộp hồ sơ trực tuyến dưới sự hướng dẫn của thành viên tổ công nghệ số cộng đồng. Người dân cũng có thể thanh toán phí, lệ phí bằng mã QR ngay tại quầy và đánh giá mức độ hài lòng trên máy tính bảng đặt ở mỗi quầy tiếp nhận.",
      "Chị Triệu Thị Mến, người dân thôn Đồng Chằm, cho biết chị đến làm thủ tục đăng ký khai sinh cho con, chỉ sau khoảng 20 phút đã nhận được giấy khai sinh, thẻ bảo hiểm y tế cũng được làm liên thông gửi về sau. Cán bộ hướng dẫn tận tình, không phải đi lại nhiều lần như trước đây. Chị cũng được hướng dẫn cài ứng dụng để lần sau tự nộp hồ sơ tại nhà.",
      "Theo Sở Nội vụ, đến nay đã có 62 bộ phận một cửa cấp xã trong tỉnh được cải tạo, nâng cấp theo mô hình tương tự. Tỉnh đặt mục tiêu trong năm tới, toàn bộ bộ phận một cửa cấp xã đáp ứng tiêu chuẩn về diện tích, trang thiết bị, bảo đảm phục vụ người dân ngày càng tốt hơn. Kinh phí cải tạo được bố trí từ ngân sách tỉnh và ngân sách cấp xã.",
    ],
    figure: {
      image: "mot-cua",
      caption: "Bộ phận một cửa xã Đức Long sau khi được cải tạo.",
      alt: "Phòng tiếp nhận hồ sơ có bốn quầy, bảng gọi số điện tử, người dân và hàng ghế chờ màu xanh",
    },
    author: "Hoàng Anh (Cổng Thông tin điện tử tỉnh)",
    tags: ["một cửa", "cấp xã", "Đức Long"],
  },
  {
    category: "cai-cach-hanh-chinh",
    title: "Số hóa hơn 1,2 triệu trang hồ sơ, kết quả giải quyết thủ tục hành chính",
    summary:
      "Các cơ quan, đơn vị trong tỉnh đã số hóa hơn 1,2 triệu trang hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực, tạo nền tảng để người dân không phải nộp lại giấy tờ đã cung cấp cho cơ quan nhà nước.",
    paragraphs: [
      "Trong số tài liệu được số hóa, nhiều nhất là sổ hộ tịch, hồ sơ đất đai, giấy phép xây dựng và hồ sơ đăng ký kinh doanh. Với sổ hộ tịch, các xã, phường đã số hóa toàn bộ dữ liệu khai sinh, kết hôn, khai tử từ năm 1990 trở lại đây, giúp việc cấp bản sao trích lục được thực hiện nhanh chóng, kể cả khi người dân không còn cư trú tại địa phương nơi đăng ký ban đầu.",
      "Việc số hóa được thực hiện theo quy trình thống nhất, dữ liệu được ký số và lưu trữ tập trung tại Trung tâm dữ liệu của tỉnh, có cơ chế sao lưu dự phòng và phân quyền truy cập chặt chẽ. Các kết quả số hóa có giá trị pháp lý tương đương bản giấy, được tái sử dụng khi giải quyết các thủ tục có liên quan.",
      "Tuy nhiên, quá trình triển khai vẫn còn khó khăn do khối lượng hồ sơ tồn đọng lớn, nhiều tài liệu cũ bị mờ, rách, viết tay khó nhận dạng. Một số đơn vị cấp xã thiếu máy quét chuyên dụng và nhân lực có kỹ năng. Tỉnh đã ký hợp đồng thuê dịch vụ số hóa đối với các kho hồ sơ lớn và bổ sung trang thiết bị cho các xã còn thiếu.",
      "UBND tỉnh yêu cầu các cơ quan, đơn vị hoàn thành số hóa hồ sơ tồn đọng trước cuối năm; từ nay, mọi hồ sơ mới tiếp nhận đều phải được số hóa ngay tại khâu tiếp nhận. Người dân có thể kiểm tra các giấy tờ của mình đã được số hóa trong mục kho dữ liệu cá nhân trên Cổng Dịch vụ công. Tiến độ số hóa của từng đơn vị được công khai định kỳ.",
    ],
    figure: {
      image: "chuyen-doi-so",
      caption: "Kết quả số hóa hồ sơ được lưu trong kho dữ liệu điện tử của người dân.",
      alt: "Màn hình máy tính xách tay với các thẻ dữ liệu và biểu đồ, điện thoại với lưới biểu tượng ứng dụng",
    },
    author: "Thu Trang (Sở Khoa học và Công nghệ)",
    tags: ["số hóa", "dữ liệu", "chuyển đổi số"],
  },
  {
    category: "cai-cach-hanh-chinh",
    title: "Người dân Sơn Hà có thể đề nghị cấp phiếu lý lịch tư pháp qua ứng dụng định danh điện tử",
    summary:
      "Từ tháng này, người dân có thể đề nghị cấp phiếu lý lịch tư pháp trên ứng dụng định danh điện tử mà không cần kê khai lại thông tin cá nhân, nhận kết quả bản điện tử hoặc bản giấy qua đường bưu chính.",
    paragraphs: [
      "Theo Sở Tư pháp, việc cung cấp thủ tục trên ứng dụng định danh điện tử giúp thông tin về nhân thân, nơi cư trú được tự động điền từ cơ sở dữ liệu quốc gia về dân cư, giảm thao tác kê khai và hạn chế sai sót. Người dân chỉ cần đăng nhập bằng tài khoản định danh điện tử mức độ hai, chọn mục đề nghị cấp phiếu, kiểm tra thông tin và thanh toán lệ phí trực tuyến.",
      "Thời hạn giải quyết tối đa là 10 ngày làm việc, nhưng thực tế đa số hồ sơ của người dân có nơi thường trú trong tỉnh được giải quyết trong 3 đến 5 ngày. Phiếu lý lịch tư pháp điện tử có giá trị sử dụng như bản giấy, có thể chia sẻ trực tiếp cho cơ quan, tổ chức có nhu cầu tiếp nhận. Người dân cũng có thể chọn nhận bản giấy tại nhà qua bưu chính.",
      "Trong tháng đầu triển khai, Sở Tư pháp đã tiếp nhận hơn 2.300 hồ sơ qua ứng dụng, chiếm khoảng 70% tổng số hồ sơ đề nghị cấp phiếu lý lịch tư pháp. Nhiều sinh viên, người lao động đang làm việc ở xa quê cho biết rất thuận tiện vì không phải về địa phương xin giấy tờ như trước. Sở Tư pháp sẽ tiếp tục hướng dẫn tại bộ phận một cửa.",
    ],
    figure: {
      image: "chuyen-doi-so",
      caption: "Đề nghị cấp phiếu lý lịch tư pháp có thể thực hiện hoàn toàn trên điện thoại.",
      alt: "Điện thoại thông minh hiển thị các biểu tượng ứng dụng và nút xác nhận màu xanh",
    },
    author: "Đức Trung (Văn phòng UBND tỉnh)",
    source: { name: "Sở Tư pháp" },
    tags: ["lý lịch tư pháp", "dịch vụ công trực tuyến"],
  },
  {
    category: "cai-cach-hanh-chinh",
    title: "Tổ công nghệ số cộng đồng: cánh tay nối dài đưa dịch vụ công đến từng thôn, bản",
    summary:
      "Toàn tỉnh hiện có gần 1.500 tổ công nghệ số cộng đồng với hơn 8.000 thành viên, đã hỗ trợ hàng chục nghìn lượt người dân cài đặt ứng dụng, tạo tài khoản định danh điện tử và nộp hồ sơ trực tuyến.",
    paragraphs: [
      "Thành viên tổ công nghệ số cộng đồng là trưởng thôn, công an viên, đoàn viên thanh niên, giáo viên và những người dân có hiểu biết về công nghệ. Họ được tập huấn kỹ năng cơ bản về sử dụng điện thoại thông minh, dịch vụ công trực tuyến, thanh toán điện tử và nhận diện lừa đảo trên mạng để hướng dẫn lại cho bà con trong thôn, bản.",
      "Ở xã Thượng Đà, huyện Tân Ngàn, nơi phần lớn người dân là đồng bào dân tộc Mông, các thành viên tổ công nghệ số còn đóng vai trò phiên dịch, giải thích bằng tiếng dân tộc về lợi ích và cách thực hiện thủ tục trực tuyến. Anh Giàng A Chá, tổ trưởng một tổ công nghệ số, cho biết mỗi tối anh thường mở lớp nhỏ ngay tại nhà văn hóa bản để hướng dẫn bà con.",
      "Nhờ sự hỗ trợ của các tổ công nghệ số, nhiều thủ tục như đăng ký khai sinh, đăng ký thường trú, cấp đổi thẻ bảo hiểm y tế được người dân vùng cao thực hiện ngay tại nhà. Nhiều hộ gia đình đã biết bán nông sản qua mạng, tra cứu thông tin thời tiết, giá cả thị trường phục vụ sản xuất. Con em đi làm xa cũng dễ dàng gửi tiền về cho gia đình.",
      "Tuy nhiên, hoạt động của các tổ còn gặp khó khăn do thành viên chủ yếu làm việc kiêm nhiệm, chưa có chế độ hỗ trợ; một số khu vực sóng điện thoại yếu, nhiều người cao tuổi chưa có điện thoại thông minh. Tỉnh đang nghiên cứu cơ chế hỗ trợ kinh phí hoạt động và phối hợp với các doanh nghiệp viễn thông phủ sóng những vùng lõm.",
      "Sở Khoa học và Công nghệ cho biết sẽ tiếp tục mở các lớp bồi dưỡng nâng cao cho thành viên tổ công nghệ số, biên soạn tài liệu hướng dẫn bằng hình ảnh, video ngắn dễ hiểu, đồng thời biểu dương, khen thưởng kịp thời những tổ hoạt động hiệu quả. Các tổ hoạt động tốt sẽ được giới thiệu để chia sẻ kinh nghiệm trên toàn tỉnh.",
    ],
    author: "Thu Trang (Sở Khoa học và Công nghệ)",
    source: { name: "Sở Khoa học và Công nghệ", url: "https://skhcn.sonha.gov.vn" },
    tags: ["tổ công nghệ số", "chuyển đổi số", "vùng cao"],
  },
  {
    category: "cai-cach-hanh-chinh",
    title: "Kiểm tra công vụ đột xuất tại 12 cơ quan, phát hiện một số trường hợp vi phạm giờ giấc",
    summary:
      "Đoàn kiểm tra công vụ của tỉnh đã kiểm tra đột xuất 12 cơ quan, đơn vị cấp tỉnh và cấp huyện, phát hiện 9 trường hợp đi muộn, về sớm hoặc rời vị trí làm việc không có lý do chính đáng.",
    paragraphs: [
      "Đoàn kiểm tra do Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh và Thanh tra tỉnh thực hiện. Nội dung kiểm tra tập trung vào việc chấp hành thời giờ làm việc, nội quy cơ quan, văn hóa công sở, việc đeo thẻ công chức và thái độ tiếp công dân, giải quyết thủ tục hành chính tại bộ phận một cửa. Việc kiểm tra không báo trước.",
      "Qua kiểm tra, phần lớn cán bộ, công chức chấp hành nghiêm quy định, tác phong làm việc chuyên nghiệp. Tuy nhiên, vẫn còn một số trường hợp đến muộn từ 15 đến 30 phút, một số công chức không đeo thẻ khi làm nhiệm vụ, sử dụng điện thoại vào việc riêng trong giờ làm việc. Tại một bộ phận một cửa cấp huyện, có hồ sơ trễ hạn nhưng chưa gửi văn bản xin lỗi người dân theo quy định.",
      "Sở Nội vụ đã đề nghị thủ trưởng các cơ quan có cán bộ vi phạm kiểm điểm, xử lý theo quy định và báo cáo kết quả về Sở trước ngày 30 của tháng này. Kết quả kiểm tra được thông báo công khai đến các cơ quan, đơn vị trong toàn tỉnh để rút kinh nghiệm, là căn cứ đánh giá, xếp loại cuối năm. Việc kiểm tra sẽ được duy trì thường xuyên.",
    ],
    author: "Minh Thu (Văn phòng UBND tỉnh)",
    source: { name: "Sở Nội vụ", url: "https://snv.sonha.gov.vn" },
    tags: ["kiểm tra công vụ", "kỷ luật hành chính"],
  },
  {
    category: "cai-cach-hanh-chinh",
    title: "Hội nghị tổng kết công tác cải cách hành chính, chỉ rõ những việc cần làm ngay",
    summary:
      "Tại hội nghị, UBND tỉnh đánh giá công tác cải cách hành chính đạt nhiều kết quả tích cực, song chỉ rõ năm nhóm hạn chế cần khắc phục và giao nhiệm vụ cụ thể cho từng sở, ngành, địa phương.",
    paragraphs: [
      "Hội nghị do đồng chí Lê Thị Minh Hạnh, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh chủ trì, được kết nối trực tuyến đến UBND các huyện, thị xã, thành phố và các xã, phường, thị trấn. Báo cáo tại hội nghị cho biết, trong năm, tỉnh đã công bố, chuẩn hóa hơn 1.800 thủ tục hành chính, cắt giảm, đơn giản hóa 126 thủ tục liên quan đến hoạt động kinh doanh.",
      "Chỉ số cải cách hành chính và chỉ số hài lòng của người dân đều tăng so với năm trước. Cơ chế một cửa, một cửa liên thông tiếp tục được vận hành hiệu quả; tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%. Nhiều mô hình hay như bộ phận một cửa thân thiện, trả kết quả tại nhà cho người cao tuổi, tổ công nghệ số cộng đồng được nhân rộng trong toàn tỉnh.",
      "Tuy vậy, hội nghị cũng chỉ ra năm nhóm hạn chế: tỷ lệ hồ sơ trực tuyến toàn trình ở cấp xã còn thấp; việc tái sử dụng dữ liệu đã số hóa chưa nhiều; một số thủ tục liên thông giữa các cơ quan còn chậm; tình trạng hồ sơ trễ hạn vẫn xảy ra trong lĩnh vực đất đai, xây dựng; và một bộ phận cán bộ, công chức còn ngại đổi mới, chưa thành thạo công nghệ.",
      "Phát biểu chỉ đạo, Phó Chủ tịch Thường trực UBND tỉnh yêu cầu người đứng đầu các cơ quan, đơn vị trực tiếp chỉ đạo, chịu trách nhiệm về kết quả cải cách hành chính tại đơn vị mình. Mỗi cơ quan phải lựa chọn ít nhất một nhiệm vụ đột phá, có sản phẩm cụ thể, đo lường được; không để tình trạng cải cách trên giấy, báo cáo hình thức.",
      "Dịp này, UBND tỉnh tặng bằng khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc trong công tác cải cách hành chính; công bố kết quả xếp hạng chỉ số cải cách hành chính của các sở, ngành và UBND cấp huyện, trong đó Sở Tư pháp và UBND thành phố Sơn Hà dẫn đầu ở các khối. Hội nghị cũng phát động phong trào thi đua cải cách hành chính trong năm mới.",
    ],
    figure: {
      image: "hoi-nghi",
      caption: "Quang cảnh hội nghị tổng kết công tác cải cách hành chính tại điểm cầu tỉnh.",
      alt: "Hội trường có băng rôn đỏ, bàn chủ tọa phủ khăn xanh với các đại biểu và micro, lẵng hoa phía trước",
    },
    author: "Minh Thu (Văn phòng UBND tỉnh)",
    source: { name: "Văn phòng UBND tỉnh" },
    tags: ["cải cách hành chính", "hội nghị", "tổng kết"],
  },
  {
    category: "cai-cach-hanh-chinh",
    title: "Liên thông thủ tục khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi",
    summary:
      "Cha mẹ chỉ cần nộp một bộ hồ sơ trực tuyến hoặc tại bộ phận một cửa cấp xã là được giải quyết đồng thời ba thủ tục khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ, không mất phí.",
    paragraphs: [
      "Trước đây, để hoàn thành ba thủ tục này, người dân phải đến ít nhất ba cơ quan khác nhau, kê khai nhiều lần các thông tin giống nhau và chờ đợi trung bình khoảng 15 ngày. Với nhóm thủ tục liên thông, thông tin chỉ cần kê khai một lần, được chia sẻ tự động giữa cơ quan tư pháp, công an và bảo hiểm xã hội qua hệ thống điện tử.",
      "Theo quy trình, sau khi công chức tư pháp - hộ tịch cấp xã đăng ký khai sinh, hệ thống tự động cấp số định danh cá nhân cho trẻ và chuyển thông tin sang cơ quan công an để đăng ký thường trú, đồng thời chuyển sang cơ quan bảo hiểm xã hội để cấp thẻ bảo hiểm y tế. Thời gian giải quyết toàn bộ không quá 5 ngày làm việc.",
      "Từ đầu năm đến nay, toàn tỉnh đã giải quyết hơn 11.000 hồ sơ liên thông cho trẻ dưới 6 tuổi, trong đó khoảng 60% được nộp trực tuyến. Các xã, phường được yêu cầu hướng dẫn tận tình, hỗ trợ cha mẹ ở vùng sâu, vùng xa thực hiện thủ tục, bảo đảm mọi trẻ em sinh ra đều được đăng ký khai sinh và có thẻ bảo hiểm y tế kịp thời.",
      "Người dân cần lưu ý kiểm tra kỹ thông tin của trẻ và cha mẹ trước khi gửi hồ sơ; trường hợp có sai sót, việc điều chỉnh sẽ phải thực hiện qua nhiều cơ quan, mất thêm thời gian. Kết quả bản điện tử của giấy khai sinh được gửi về tài khoản dịch vụ công của người nộp hồ sơ. Bản giấy được trả tại bộ phận một cửa hoặc qua bưu chính theo đề nghị.",
    ],
    author: "Hoàng Anh (Cổng Thông tin điện tử tỉnh)",
    source: { name: "Sở Tư pháp" },
    tags: ["liên thông", "hộ tịch", "bảo hiểm y tế"],
  },
  {
    category: "cai-cach-hanh-chinh",
    title: "Nháp: thí điểm trợ lý ảo trả lời câu hỏi về thủ tục hành chính tại xã Hà Phong",
    summary:
      "Bản nháp giới thiệu kế hoạch thí điểm trợ lý ảo trên trang thông tin của xã Hà Phong để giải đáp câu hỏi thường gặp về thủ tục hành chính; thời gian thí điểm và đơn vị cung cấp giải pháp chưa chốt.",
    paragraphs: [
      "UBND xã Hà Phong, huyện Tân Ngàn đang phối hợp với Sở Khoa học và Công nghệ xây dựng kế hoạch thí điểm trợ lý ảo có khả năng trả lời các câu hỏi thường gặp về thủ tục hộ tịch, chứng thực, đất đai và chính sách xã hội. Người dân có thể đặt câu hỏi bằng văn bản hoặc giọng nói trên trang thông tin điện tử của xã và nhận câu trả lời kèm đường dẫn đến thủ tục tương ứng.",
      "Dữ liệu huấn luyện cho trợ lý ảo được xây dựng từ bộ thủ tục hành chính đã công bố và các câu hỏi thực tế mà người dân thường hỏi tại bộ phận một cửa. Mọi câu trả lời đều phải được cán bộ chuyên môn kiểm duyệt trước khi đưa vào sử dụng, tránh cung cấp thông tin sai lệch. Thông tin cá nhân của người hỏi không được lưu trữ.",
      "Nội dung tin này đang chờ xác nhận về thời điểm bắt đầu thí điểm và kinh phí thực hiện. Bộ phận biên tập sẽ cập nhật sau khi kế hoạch được Chủ tịch UBND huyện Tân Ngàn phê duyệt chính thức. Trong thời gian chờ, đề nghị không trích dẫn hoặc chia sẻ nội dung bản nháp này ra bên ngoài, vì các thông số kỹ thuật và phạm vi thí điểm có thể còn thay đổi đáng kể.",
    ],
    author: "Thu Trang (Sở Khoa học và Công nghệ)",
    tags: ["trợ lý ảo", "thí điểm"],
    state: "draft",
  },

  // -------------------------------------------------------------------------
  // Quốc phòng - An ninh
  // -------------------------------------------------------------------------
  {
    category: "quoc-phong-an-ninh",
    title: "Khai mạc huấn luyện dân quân tự vệ năm thứ nhất tại Bộ Chỉ huy quân sự tỉnh",
    summary:
      "Hơn 1.300 chiến sĩ dân quân tự vệ năm thứ nhất của các xã, phường, cơ quan, doanh nghiệp bước vào đợt huấn luyện tập trung 15 ngày với nội dung chính trị, điều lệnh, kỹ thuật, chiến thuật và kỹ năng phòng chống thiên tai.",
    paragraphs: [
      "Phát biểu khai mạc, Đại tá Trịnh Văn Dũng, Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh, yêu cầu các cơ quan quân sự địa phương quán triệt phương châm cơ bản, thiết thực, vững chắc, huấn luyện sát với nhiệm vụ, địa bàn. Cán bộ khung phải chuẩn bị chu đáo giáo án, mô hình học cụ; tổ chức luyện tập theo đúng quy trình, bảo đảm an toàn tuyệt đối về người, vũ khí, trang bị.",
      "Chương trình huấn luyện năm nay chú trọng các nội dung mới như kỹ năng tìm kiếm cứu nạn, cứu hộ trong mưa lũ, sạt lở đất; phòng cháy, chữa cháy rừng; sơ cấp cứu ban đầu và các tình huống bảo đảm an ninh trật tự ở cơ sở. Các chiến sĩ cũng được học tập về pháp luật dân quân tự vệ, chế độ chính sách và trách nhiệm công dân trong xây dựng nền quốc phòng toàn dân.",
      "Chiến sĩ Lương Văn Hải, dân quân thường trực xã Hà Phong, huyện Tân Ngàn, cho biết đây là lần đầu anh tham gia huấn luyện tập trung. Anh xác định phải nghiêm túc học tập, rèn luyện để nắm vững kỹ năng, sẵn sàng cùng lực lượng ở địa phương ứng phó khi có thiên tai, sự cố xảy ra, góp phần bảo vệ bình yên cho thôn bản.",
      "Kết thúc đợt huấn luyện, Bộ Chỉ huy quân sự tỉnh sẽ tổ chức kiểm tra, đánh giá kết quả từng nội dung, lựa chọn những chiến sĩ có thành tích tốt để bồi dưỡng tham gia hội thi, hội thao cấp tỉnh và cấp quân khu. Các địa phương bảo đảm đầy đủ chế độ, chính sách cho dân quân trong thời gian tham gia huấn luyện theo quy định của pháp luật.",
    ],
    figure: {
      image: "dan-quan",
      caption: "Chiến sĩ dân quân tự vệ năm thứ nhất trong buổi khai mạc huấn luyện.",
      alt: "Hai hàng dân quân mặc quân phục xanh, đội mũ, đứng nghiêm trên thao trường cạnh cột cờ đỏ",
    },
    author: "Trung Kiên (Bộ Chỉ huy quân sự tỉnh)",
    source: { name: "Bộ Chỉ huy quân sự tỉnh", url: "https://bchqs.sonha.gov.vn" },
    tags: ["dân quân tự vệ", "huấn luyện"],
  },
  {
    category: "quoc-phong-an-ninh",
    title: "Diễn tập khu vực phòng thủ huyện Tân Ngàn đạt kết quả giỏi, bảo đảm an toàn tuyệt đối",
    summary:
      "Cuộc diễn tập diễn ra trong ba ngày với sự tham gia của hơn 1.100 lượt cán bộ, chiến sĩ và nhân dân, qua đó nâng cao năng lực lãnh đạo, chỉ huy, điều hành của cấp ủy, chính quyền và các lực lượng khi xảy ra tình huống.",
    paragraphs: [
      "Diễn tập khu vực phòng thủ huyện Tân Ngàn được tổ chức theo kế hoạch của UBND tỉnh, gồm hai giai đoạn: chuyển địa phương từ thời bình sang thời chiến và thực hành thực binh xử trí các tình huống quốc phòng - an ninh. Các nội dung diễn tập được xây dựng sát thực tế địa bàn miền núi, có nhiều dân tộc sinh sống, đường giao thông hiểm trở.",
      "Trong phần thực binh, lực lượng công an, quân sự, dân quân tự vệ phối hợp xử trí tình huống gây rối an ninh trật tự tại trung tâm huyện, tìm kiếm cứu nạn người bị nạn do sạt lở đất và sơ tán nhân dân khỏi khu vực nguy hiểm. Các tình huống được xử lý nhanh, đúng quy trình, thể hiện sự phối hợp nhịp nhàng giữa các lực lượng.",
      "Đánh giá kết quả, đại diện Ban Chỉ đạo diễn tập tỉnh cho biết cuộc diễn tập đạt mục đích, yêu cầu đề ra, bảo đảm an toàn tuyệt đối về người, vũ khí, trang bị. Văn kiện diễn tập được chuẩn bị chu đáo, có tính khả thi cao; công tác bảo đảm hậu cần, kỹ thuật được thực hiện tốt với sự tham gia tích cực của nhân dân.",
      "Qua diễn tập, cấp ủy, chính quyền huyện Tân Ngàn đã rút ra nhiều bài học kinh nghiệm trong lãnh đạo, chỉ đạo xây dựng khu vực phòng thủ, gắn phát triển kinh tế - xã hội với củng cố quốc phòng - an ninh. Huyện cũng bổ sung, hoàn chỉnh các kế hoạch phòng thủ dân sự, ứng phó thiên tai phù hợp với điều kiện thực tế.",
      "Kết thúc diễn tập, UBND tỉnh tặng bằng khen cho 8 tập thể và 16 cá nhân có thành tích xuất sắc, đề nghị các địa phương khác nghiên cứu, vận dụng kinh nghiệm trong tổ chức diễn tập thời gian tới. Theo kế hoạch, năm tới tỉnh sẽ tiếp tục tổ chức diễn tập khu vực phòng thủ tại thị xã Bến Đá và huyện Đông Khê, cùng diễn tập chiến đấu phòng thủ ở một số xã trọng điểm.",
    ],
    figure: {
      image: "dan-quan",
      caption: "Lực lượng dân quân huyện Tân Ngàn tham gia thực binh diễn tập.",
      alt: "Đội hình dân quân mặc quân phục xanh đứng trên thao trường, phía xa là đồi núi và bia tập",
    },
    author: "Trung Kiên (Bộ Chỉ huy quân sự tỉnh)",
    source: { name: "Bộ Chỉ huy quân sự tỉnh", url: "https://bchqs.sonha.gov.vn" },
    tags: ["diễn tập", "khu vực phòng thủ", "Tân Ngàn"],
  },
  {
    category: "quoc-phong-an-ninh",
    title: "Hơn 1.200 thanh niên Sơn Hà lên đường thực hiện nghĩa vụ quân sự và nghĩa vụ công an",
    summary:
      "Lễ giao nhận quân được tổ chức trang trọng, gọn nhẹ tại các huyện, thị xã, thành phố; 100% tân binh có sức khỏe tốt, trong đó nhiều thanh niên có trình độ đại học, cao đẳng tình nguyện nhập ngũ.",
    paragraphs: [
      "Tại lễ giao nhận quân ở thành phố Sơn Hà, không khí phấn khởi bao trùm khi các tân binh trong bộ quân phục mới, ngực đeo hoa đỏ, xếp hàng ngay ngắn nhận nhiệm vụ. Đại diện lãnh đạo tỉnh đã động viên các tân binh phát huy truyền thống quê hương, ra sức học tập, rèn luyện, hoàn thành xuất sắc nhiệm vụ được giao, xứng đáng với niềm tin của gia đình và quê hương.",
      "Năm nay, công tác tuyển quân được thực hiện công khai, dân chủ, đúng luật từ khâu đăng ký, khám sức khỏe đến xét duyệt, gọi nhập ngũ. Nhiều địa phương hoàn thành chỉ tiêu sớm, không có trường hợp đào, bỏ ngũ hay phải trả về. Đáng chú ý, có 126 thanh niên đã tốt nghiệp đại học, cao đẳng và 45 thanh niên tình nguyện viết đơn xin nhập ngũ.",
      "Tân binh Hoàng Minh Quân, vừa tốt nghiệp đại học ngành công nghệ thông tin, chia sẻ anh tự nguyện lên đường vì muốn rèn luyện bản lĩnh trong môi trường quân đội trước khi bắt đầu sự nghiệp. Gia đình anh hoàn toàn ủng hộ, bởi bố anh cũng từng là bộ đội và luôn tự hào về quãng thời gian phục vụ trong quân ngũ.",
      "Các địa phương đã tổ chức gặp mặt, tặng quà động viên tân binh và gia đình; thực hiện đầy đủ chính sách hậu phương quân đội, tạo điều kiện để các tân binh yên tâm công tác. Sau khi hoàn thành nghĩa vụ, quân nhân xuất ngũ sẽ được hỗ trợ đào tạo nghề, giới thiệu việc làm theo quy định. Các đơn vị nhận quân đã chuẩn bị chu đáo nơi ăn, ở cho chiến sĩ mới.",
    ],
    figure: {
      image: "dan-quan",
      caption: "Tân binh thành phố Sơn Hà tại lễ giao nhận quân.",
      alt: "Hàng người mặc quân phục xanh đứng nghiêm, bên cạnh cột cờ đỏ sao vàng",
    },
    author: "Trung Kiên (Bộ Chỉ huy quân sự tỉnh)",
    tags: ["giao nhận quân", "nghĩa vụ quân sự", "thanh niên"],
  },
  {
    category: "quoc-phong-an-ninh",
    title: "Cao điểm bảo đảm trật tự an toàn giao thông dịp cuối năm và Tết Nguyên đán",
    summary:
      "Công an tỉnh triển khai đợt cao điểm tuần tra, kiểm soát, tập trung xử lý vi phạm nồng độ cồn, tốc độ, chở quá số người quy định và các hành vi có nguy cơ cao gây tai nạn giao thông trên các tuyến đường.",
    paragraphs: [
      "Theo Phòng Cảnh sát giao thông Công an tỉnh, từ đầu năm đến nay trên địa bàn tỉnh đã xảy ra 138 vụ tai nạn giao thông, làm 71 người chết, giảm cả ba tiêu chí so với cùng kỳ. Tuy nhiên, số vụ tai nạn liên quan đến người điều khiển xe mô tô có nồng độ cồn, học sinh chưa đủ tuổi điều khiển xe máy vẫn chiếm tỷ lệ đáng kể, thường xảy ra vào buổi tối và trên các tuyến đường liên xã.",
      "Trong đợt cao điểm, lực lượng cảnh sát giao thông phối hợp với công an cấp xã bố trí các tổ công tác tuần tra, kiểm soát cả ban ngày và ban đêm, đặc biệt trên các tuyến đường tỉnh ĐT.315, tuyến vành đai thành phố Sơn Hà và các tuyến đường qua khu công nghiệp. Hệ thống camera giám sát được khai thác để phát hiện, xử phạt vi phạm qua hình ảnh.",
      "Công an tỉnh đề nghị người dân đã uống rượu, bia thì không lái xe; đội mũ bảo hiểm đạt chuẩn khi đi xe máy, xe đạp điện; không giao xe cho người chưa đủ tuổi, chưa có giấy phép lái xe. Các doanh nghiệp vận tải phải quản lý chặt chẽ lái xe, không để lái xe chạy quá thời gian quy định, sử dụng chất ma túy khi điều khiển phương tiện.",
      "Bên cạnh xử lý vi phạm, lực lượng công an phối hợp với các đoàn thể tổ chức tuyên truyền tại khu dân cư, trường học, doanh nghiệp; tặng mũ bảo hiểm cho học sinh và công nhân có hoàn cảnh khó khăn. Người dân có thể phản ánh hành vi vi phạm trật tự an toàn giao thông qua đường dây nóng hoặc ứng dụng phản ánh hiện trường của tỉnh.",
    ],
    figure: {
      image: "duong-giao-thong",
      caption: "Lực lượng chức năng tăng cường tuần tra trên tuyến vành đai thành phố Sơn Hà.",
      alt: "Tuyến đường rộng có đèn tín hiệu giao thông, người đi xe máy đội mũ bảo hiểm và ô tô đang lưu thông",
    },
    author: "Văn Long (Công an tỉnh)",
    source: { name: "Công an tỉnh", url: "https://congan.sonha.gov.vn" },
    tags: ["an toàn giao thông", "nồng độ cồn"],
  },
  {
    category: "quoc-phong-an-ninh",
    title: "Diễn tập ứng phó lũ lớn và tìm kiếm cứu nạn trên sông Đà Giang đoạn qua xã Đồng Tâm",
    summary:
      "Cuộc diễn tập giả định lũ lớn kết hợp mưa bão làm ngập sâu các khu dân cư ven sông, với sự tham gia của hơn 500 người thuộc lực lượng quân sự, công an, y tế, chữ thập đỏ và nhân dân xã Đồng Tâm.",
    paragraphs: [
      "Theo kịch bản, do ảnh hưởng của mưa lớn kéo dài, mực nước sông Đà Giang dâng cao vượt mức báo động ba, nhiều đoạn đê bị thẩm lậu, nước tràn vào các thôn ven sông của xã Đồng Tâm, huyện Ngọc Lâm. Ban chỉ huy phòng thủ dân sự huyện khẩn trương triển khai phương án, huy động lực lượng, phương tiện ứng cứu theo phương châm bốn tại chỗ.",
      "Lực lượng dân quân và bộ đội nhanh chóng đắp bao cát gia cố các vị trí đê xung yếu, trong khi xuồng máy của Bộ Chỉ huy quân sự tỉnh và Công an tỉnh tiếp cận các hộ dân bị cô lập, sơ tán người già, trẻ em, phụ nữ mang thai đến nơi an toàn. Đội y tế cơ động dựng lều sơ cứu, cấp cứu người bị thương và hướng dẫn vệ sinh phòng dịch tại khu vực tạm cư.",
      "Một tình huống được đánh giá cao là việc cứu hộ người bị nước cuốn trôi trên sông. Chỉ trong ít phút, tổ cứu hộ đã định vị, tiếp cận, đưa nạn nhân lên xuồng và sơ cứu hô hấp nhân tạo trước khi chuyển đến trạm y tế. Các lực lượng phối hợp nhịp nhàng, thông tin liên lạc thông suốt giữa sở chỉ huy và hiện trường.",
      "Phát biểu tổng kết, lãnh đạo Bộ Chỉ huy quân sự tỉnh nhấn mạnh diễn tập giúp các lực lượng rèn luyện kỹ năng, phát hiện những điểm cần bổ sung trong kế hoạch ứng phó. Xã Đồng Tâm được đề nghị bổ sung phao cứu sinh, áo phao tại các thôn ven sông, cập nhật danh sách hộ cần sơ tán và tuyên truyền để người dân chủ động di chuyển khi có lệnh.",
      "Qua diễn tập, người dân trong xã cũng được trang bị thêm kiến thức, kỹ năng tự bảo vệ bản thân và gia đình khi có lũ lụt, như cách kê cao tài sản, cắt điện an toàn, dự trữ lương thực, nước uống và thuốc men thiết yếu. Xã sẽ duy trì diễn tập định kỳ trước mỗi mùa mưa lũ. Các hộ gia đình được phát tờ rơi hướng dẫn.",
    ],
    figure: {
      image: "phong-chong-lu",
      caption: "Lực lượng cứu hộ tiếp cận khu dân cư bị ngập trong buổi diễn tập tại xã Đồng Tâm.",
      alt: "Thuyền cứu hộ chở người mặc áo phao cam giữa vùng nước lũ trong mưa, bên cạnh là đê bao cát",
    },
    author: "Trung Kiên (Bộ Chỉ huy quân sự tỉnh)",
    source: { name: "Bộ Chỉ huy quân sự tỉnh", url: "https://bchqs.sonha.gov.vn" },
    tags: ["tìm kiếm cứu nạn", "phòng chống thiên tai", "Đồng Tâm"],
  },
  {
    category: "quoc-phong-an-ninh",
    title: "Công an tỉnh ra quân tổng kiểm soát xe ô tô kinh doanh vận tải hành khách",
    summary:
      "Đợt tổng kiểm soát tập trung kiểm tra điều kiện an toàn kỹ thuật của phương tiện, giấy phép, thời gian làm việc của lái xe, việc chở quá số người quy định và sử dụng chất ma túy, rượu bia khi lái xe.",
    paragraphs: [
      "Trong ngày đầu ra quân, lực lượng cảnh sát giao thông đã kiểm tra 214 xe khách, xe hợp đồng và xe buýt tại các bến xe và trên các tuyến đường trọng điểm, phát hiện 23 trường hợp vi phạm. Các lỗi chủ yếu gồm chở quá số người quy định, dừng đỗ đón trả khách không đúng nơi quy định, không có phù hiệu theo quy định và thiết bị giám sát hành trình không hoạt động.",
      "Đáng chú ý, qua test nhanh, lực lượng chức năng phát hiện một lái xe khách tuyến thành phố Sơn Hà đi huyện Vân Lĩnh dương tính với chất ma túy. Lực lượng công an đã lập biên bản, tạm giữ phương tiện, yêu cầu doanh nghiệp điều lái xe khác đến chở hành khách tiếp tục hành trình, đồng thời chuyển hồ sơ để xử lý theo quy định.",
      "Đợt tổng kiểm soát sẽ kéo dài đến hết tháng. Công an tỉnh đề nghị các doanh nghiệp vận tải chấn chỉnh hoạt động, kiểm tra sức khỏe lái xe định kỳ, không sử dụng lái xe có biểu hiện sử dụng chất kích thích. Hành khách khi phát hiện xe chở quá số người, lái xe có dấu hiệu vi phạm có thể thông báo ngay qua đường dây nóng của Phòng Cảnh sát giao thông.",
    ],
    author: "Văn Long (Công an tỉnh)",
    source: { name: "Công an tỉnh", url: "https://congan.sonha.gov.vn" },
    tags: ["vận tải hành khách", "an toàn giao thông"],
  },
  {
    category: "quoc-phong-an-ninh",
    title: "Nhân rộng mô hình tổ liên gia an toàn phòng cháy, chữa cháy ở khu dân cư đông đúc",
    summary:
      "Toàn tỉnh đã thành lập hơn 2.600 tổ liên gia an toàn phòng cháy, chữa cháy với sự tham gia của gần 30.000 hộ gia đình, giúp phát hiện sớm và dập tắt kịp thời nhiều vụ cháy ngay từ khi mới phát sinh.",
    paragraphs: [
      "Mỗi tổ liên gia gồm từ 5 đến 10 hộ liền kề, có tổ trưởng và được trang bị bình chữa cháy dùng chung, thang dây, búa phá dỡ và danh sách số điện thoại liên lạc. Các hộ trong tổ cam kết thực hiện các quy định an toàn như không để xe máy sát cầu thang, lắp đặt thiết bị báo cháy, bố trí lối thoát nạn thứ hai và thường xuyên kiểm tra hệ thống điện trong nhà.",
      "Tại phường Hà Trung, thành phố Sơn Hà, nhờ hoạt động hiệu quả của tổ liên gia, một vụ cháy phát sinh từ ổ cắm điện trong nhà dân đã được hàng xóm phát hiện, dùng bình chữa cháy dập tắt chỉ sau vài phút, không gây thiệt hại về người. Ông Trần Văn Hậu, tổ trưởng tổ liên gia, cho biết nếu không có sự phối hợp kịp thời, đám cháy có thể lan sang các nhà liền kề vì khu phố có nhiều nhà ống sát nhau.",
      "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh thường xuyên tổ chức tập huấn, hướng dẫn các tổ liên gia sử dụng phương tiện chữa cháy, kỹ năng thoát nạn trong đám cháy, sơ cứu người bị nạn. Các buổi thực tập phương án chữa cháy được tổ chức ngay tại khu dân cư để người dân làm quen với tình huống thực tế.",
      "Công an tỉnh khuyến cáo người dân cần tắt các thiết bị điện không cần thiết khi ra khỏi nhà, không sạc xe điện qua đêm trong nhà ở, không sử dụng khung sắt bịt kín cửa sổ, ban công. Khi xảy ra cháy, cần bình tĩnh thoát nạn theo hướng dẫn, gọi ngay số điện thoại 114 để được hỗ trợ. Mỗi hộ nên trang bị ít nhất một bình chữa cháy.",
    ],
    author: "Văn Long (Công an tỉnh)",
    source: { name: "Công an tỉnh", url: "https://congan.sonha.gov.vn" },
    tags: ["phòng cháy chữa cháy", "khu dân cư"],
  },
  {
    category: "quoc-phong-an-ninh",
    title: "Cán bộ, chiến sĩ lực lượng vũ trang tỉnh tham gia hiến máu tình nguyện đầu năm",
    summary:
      "Hơn 650 cán bộ, chiến sĩ Bộ Chỉ huy quân sự tỉnh, Công an tỉnh và các đơn vị đóng quân trên địa bàn đã tham gia hiến máu tình nguyện, tiếp nhận được gần 600 đơn vị máu bổ sung cho ngân hàng máu của tỉnh.",
    paragraphs: [
      "Chương trình hiến máu được tổ chức thường niên vào dịp đầu năm, khi lượng máu dự trữ tại các bệnh viện thường thiếu hụt sau kỳ nghỉ Tết. Ngay từ sáng sớm, các cán bộ, chiến sĩ đã có mặt tại hội trường Bộ Chỉ huy quân sự tỉnh để đăng ký, khám sàng lọc. Nhiều chiến sĩ trẻ lần đầu hiến máu, bên cạnh những cán bộ đã tham gia hiến máu từ hai mươi lần trở lên.",
      "Thượng úy Nguyễn Đức Mạnh, Phòng Tham mưu Bộ Chỉ huy quân sự tỉnh, chia sẻ anh đã tham gia hiến máu 18 lần. Với anh, hiến máu là một việc làm nhỏ nhưng có ý nghĩa lớn, thể hiện tinh thần vì nhân dân phục vụ của người chiến sĩ trong thời bình. Anh luôn giữ gìn sức khỏe để có thể tham gia hiến máu định kỳ.",
      "Đại diện Bệnh viện Đa khoa tỉnh ghi nhận lực lượng vũ trang là nguồn hiến máu ổn định và có chất lượng, góp phần quan trọng bảo đảm máu cho cấp cứu và điều trị. Ngoài chương trình đầu năm, các đơn vị còn thành lập đội hiến máu dự bị, sẵn sàng hiến máu khẩn cấp khi bệnh viện có yêu cầu, nhất là với các nhóm máu hiếm.",
    ],
    figure: {
      image: "hien-mau",
      caption: "Cán bộ, chiến sĩ lực lượng vũ trang tỉnh tham gia hiến máu tình nguyện.",
      alt: "Ba người hiến máu nằm trên ghế chuyên dụng màu xanh, túi máu treo trên giá, biểu tượng trái tim trên tường",
    },
    author: "Trung Kiên (Bộ Chỉ huy quân sự tỉnh)",
    tags: ["hiến máu", "lực lượng vũ trang"],
  },
  {
    category: "quoc-phong-an-ninh",
    title: "Cảnh báo các thủ đoạn lừa đảo qua không gian mạng nhắm vào người cao tuổi và học sinh",
    summary:
      "Công an tỉnh ghi nhận nhiều vụ lừa đảo giả danh cơ quan công an, giả danh nhân viên ngân hàng, nhà trường để chiếm đoạt tài sản; người dân cần cảnh giác, không cung cấp mã OTP và không chuyển tiền cho người lạ.",
    paragraphs: [
      "Theo Phòng An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao Công an tỉnh, từ đầu năm đến nay đã tiếp nhận hơn 120 tin báo về lừa đảo qua không gian mạng với tổng số tiền bị chiếm đoạt khoảng 19 tỷ đồng. Các đối tượng thường gọi điện giả danh công an thông báo người dân liên quan đến vụ án, yêu cầu chuyển tiền vào tài khoản để xác minh hoặc cài đặt ứng dụng giả mạo.",
      "Một thủ đoạn mới là giả danh giáo viên, nhân viên y tế gọi điện cho phụ huynh, thông báo con em bị tai nạn cần chuyển tiền cấp cứu gấp. Đối tượng cũng lập trang mạng xã hội giả mạo cơ quan nhà nước, tung ra các thông tin về hỗ trợ tiền, hoàn thuế, cập nhật định danh điện tử để dẫn dụ người dân truy cập đường link độc hại, chiếm quyền điều khiển điện thoại.",
      "Công an tỉnh khuyến cáo, cơ quan công an không làm việc với người dân qua điện thoại để yêu cầu chuyển tiền; mọi thủ tục hành chính chỉ được thực hiện trên Cổng Dịch vụ công và ứng dụng chính thức. Người dân tuyệt đối không cung cấp mã OTP, mật khẩu, số căn cước cho người lạ; khi nhận được cuộc gọi bất thường, cần gác máy, liên hệ trực tiếp người thân hoặc cơ quan công an gần nhất để xác minh.",
      "Các trường học, tổ chức đoàn thể được đề nghị phối hợp tuyên truyền kỹ năng an toàn trên mạng cho học sinh, người cao tuổi - những đối tượng dễ bị lừa đảo nhất. Khi phát hiện dấu hiệu lừa đảo, người dân báo ngay cho cơ quan công an để kịp thời ngăn chặn, phong tỏa tài khoản nhận tiền. Người bị lừa cần giữ lại bằng chứng giao dịch.",
    ],
    figure: {
      image: "chuyen-doi-so",
      caption: "Người dân cần cảnh giác với các đường link lạ và cuộc gọi yêu cầu chuyển tiền.",
      alt: "Điện thoại và máy tính xách tay trên nền xanh với biểu tượng khiên bảo mật có dấu tích",
    },
    author: "Văn Long (Công an tỉnh)",
    source: { name: "Công an tỉnh", url: "https://congan.sonha.gov.vn" },
    tags: ["lừa đảo trực tuyến", "an ninh mạng"],
  },
  {
    category: "quoc-phong-an-ninh",
    title: "Bộ đội và dân quân giúp nhân dân vùng lũ huyện Phú Ân khắc phục hậu quả, ổn định đời sống",
    summary:
      "Hơn 700 lượt cán bộ, chiến sĩ bộ đội, dân quân đã giúp người dân dọn bùn đất, sửa chữa nhà cửa, vệ sinh trường học và khơi thông kênh mương sau đợt lũ, để học sinh sớm trở lại trường, người dân ổn định sản xuất.",
    paragraphs: [
      "Ngay khi nước lũ rút, Bộ Chỉ huy quân sự tỉnh đã điều động lực lượng, phương tiện xuống các xã bị ảnh hưởng nặng của huyện Phú Ân. Các chiến sĩ chia thành nhiều tổ, giúp dân xúc bùn, dọn dẹp đồ đạc, dựng lại những mái nhà bị tốc, chuồng trại bị đổ; sửa chữa các đoạn đường giao thông nông thôn bị sạt lở để xe cứu trợ có thể vào tận thôn.",
      "Tại Trường Tiểu học Đức Long, lớp bùn dày hơn 30 cm phủ kín sân trường và các phòng học tầng một. Sau hai ngày làm việc liên tục, bộ đội và dân quân cùng giáo viên, phụ huynh đã dọn sạch bùn, phun rửa phòng học, phơi khô bàn ghế, sách vở để học sinh đi học trở lại. Cô Hiệu trưởng xúc động cho biết nếu không có sự giúp đỡ kịp thời, nhà trường phải nghỉ học ít nhất một tuần.",
      "Các đơn vị cũng phối hợp với trung tâm y tế huyện phun hóa chất khử khuẩn, hướng dẫn người dân xử lý nguồn nước sinh hoạt, phòng bệnh sau lũ. Đoàn thanh niên của các đơn vị quân đội tổ chức chương trình tặng quà, sách vở cho học sinh và các hộ gia đình bị thiệt hại nặng. Nhiều giếng nước đã được thau rửa.",
      "Lãnh đạo UBND huyện Phú Ân đánh giá cao tinh thần trách nhiệm, không quản ngại khó khăn của cán bộ, chiến sĩ, góp phần quan trọng giúp địa phương nhanh chóng khắc phục hậu quả thiên tai. Hình ảnh bộ đội lội bùn giúp dân đã để lại ấn tượng sâu sắc trong lòng nhân dân, tiếp tục tô thắm phẩm chất Bộ đội Cụ Hồ trong thời kỳ mới.",
    ],
    figure: {
      image: "phong-chong-lu",
      caption: "Lực lượng bộ đội, dân quân hỗ trợ người dân vùng lũ huyện Phú Ân.",
      alt: "Người mặc áo phao cam trên thuyền cứu hộ giữa vùng nước ngập, nhà dân phía sau, trời mưa",
    },
    author: "Trung Kiên (Bộ Chỉ huy quân sự tỉnh)",
    source: { name: "Bộ Chỉ huy quân sự tỉnh", url: "https://bchqs.sonha.gov.vn" },
    tags: ["khắc phục hậu quả thiên tai", "dân vận", "Phú Ân"],
  },
  {
    category: "quoc-phong-an-ninh",
    title: "Tuyên truyền pháp luật về trật tự, an toàn giao thông cho học sinh đầu năm học",
    summary:
      "Công an tỉnh phối hợp với Sở Giáo dục và Đào tạo tổ chức tuyên truyền tại hơn 200 trường học, hướng dẫn học sinh kỹ năng tham gia giao thông an toàn, đội mũ bảo hiểm đúng cách và không điều khiển xe máy khi chưa đủ tuổi.",
    paragraphs: [
      "Các buổi tuyên truyền được tổ chức dưới nhiều hình thức sinh động như sân khấu hóa, trò chơi tìm hiểu biển báo, thực hành đi xe đạp an toàn trên sa hình và xem phim về hậu quả của tai nạn giao thông. Cán bộ cảnh sát giao thông giải đáp trực tiếp thắc mắc của học sinh về các quy định mới của pháp luật về trật tự, an toàn giao thông đường bộ.",
      "Tại Trường Trung học phổ thông Ngọc Lâm, học sinh và phụ huynh đã ký cam kết không điều khiển xe mô tô, xe máy khi chưa đủ tuổi, không đi xe đạp điện dàn hàng ngang, không chở quá số người quy định. Nhà trường bố trí bãi gửi xe đạp, xe đạp điện an toàn và phối hợp với công an xã phân luồng giao thông trước cổng trường vào giờ tan học.",
      "Theo thống kê, thời gian qua số vụ tai nạn giao thông liên quan đến học sinh trên địa bàn tỉnh có xu hướng giảm, song vẫn còn tình trạng học sinh đi xe máy phân khối lớn, không đội mũ bảo hiểm. Công an tỉnh đề nghị phụ huynh không giao xe cho con khi chưa đủ điều kiện, làm gương cho con em trong việc chấp hành pháp luật giao thông.",
    ],
    figure: {
      image: "truong-hoc",
      caption: "Buổi tuyên truyền an toàn giao thông tại sân trường đầu năm học.",
      alt: "Học sinh mặc áo trắng đứng trên sân trước tòa nhà trường học màu vàng",
    },
    author: "Văn Long (Công an tỉnh)",
    tags: ["an toàn giao thông", "học sinh"],
  },
  {
    category: "quoc-phong-an-ninh",
    title: "Bản thảo tin: chuẩn bị hội thao bắn súng quân dụng của lực lượng vũ trang tỉnh",
    summary:
      "Bản thảo về công tác chuẩn bị hội thao bắn súng quân dụng; danh sách đơn vị tham gia, địa điểm thao trường và lịch thi đấu đang chờ Bộ Chỉ huy quân sự tỉnh cung cấp chính thức.",
    paragraphs: [
      "Bộ Chỉ huy quân sự tỉnh đang xây dựng kế hoạch tổ chức hội thao bắn súng quân dụng dành cho lực lượng dân quân tự vệ, dự bị động viên và các cơ quan quân sự cấp huyện. Nội dung dự kiến gồm bắn súng tiểu liên, súng ngắn ban ngày và một số nội dung kết hợp vận động, nhằm đánh giá chất lượng huấn luyện sau một năm.",
      "Thao trường dự kiến đặt tại huyện Đông Khê, các đơn vị sẽ được tập huấn quy tắc an toàn trước khi thi đấu. Ban tổ chức cũng dự kiến mời các đơn vị quân đội đóng quân trên địa bàn tham gia giao lưu (thông tin đang chờ xác nhận). Công tác bảo đảm y tế và phương án phòng ngừa sự cố tại trường bắn cũng đang được các cơ quan chuyên môn xây dựng.",
      "Khi có kế hoạch chính thức, bản tin sẽ được cập nhật chi tiết về thời gian, địa điểm, số lượng vận động viên và cơ cấu giải thưởng trước khi đăng tải. Bộ phận biên tập đề nghị các phóng viên, cộng tác viên không sử dụng nội dung bản thảo này cho tới khi có thông báo chính thức của Bộ Chỉ huy quân sự tỉnh.",
    ],
    author: "Trung Kiên (Bộ Chỉ huy quân sự tỉnh)",
    tags: ["hội thao", "lực lượng vũ trang"],
    state: "draft",
  },
];
