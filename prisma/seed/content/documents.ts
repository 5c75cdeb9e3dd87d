// Demo legal and administrative documents (văn bản) of the fictional Sơn Hà
// province: reference lists (types, fields, issuing bodies, signers) and 36
// documents whose body text is rendered into generated PDFs by the seed.
// All numbers, people and contents are invented.

export type DemoDocumentType = { slug: string; name: string };
export type DemoField = { slug: string; name: string };
export type DemoIssuingBody = { slug: string; name: string };
export type DemoSigner = { name: string; position: string; office: string };

export type DemoDocument = {
  /** Số, ký hiệu: unique, consistent with the type and the issuing body. */
  number: string;
  /** Trích yếu, 60–200 characters. */
  title: string;
  /** 1–3 sentences. */
  abstract: string;
  /** A DemoDocumentType slug. */
  type: string;
  /** 1–2 DemoField slugs. */
  fields: string[];
  /** A DemoIssuingBody slug. */
  issuingBody: string;
  /** A DemoSigner name; the signer's office is the issuing body. */
  signer: string;
  /** "YYYY-MM-DD" */
  issuedAt: string;
  effectiveAt?: string;
  expiresAt?: string;
  /** Numbers of earlier demo documents that this one replaces. */
  replaces?: string[];
  /** Numbers of related demo documents. */
  related?: string[];
  /** Downloading the file requires signing in. */
  signedInOnly?: boolean;
  /** 2–4 short paragraphs of body text for the generated PDF. */
  pages: string[];
};

export const demoDocumentTypes: DemoDocumentType[] = [
  { slug: "quyet-dinh", name: "Quyết định" },
  { slug: "chi-thi", name: "Chỉ thị" },
  { slug: "ke-hoach", name: "Kế hoạch" },
  { slug: "cong-van", name: "Công văn" },
  { slug: "thong-bao", name: "Thông báo" },
  { slug: "huong-dan", name: "Hướng dẫn" },
  { slug: "nghi-quyet", name: "Nghị quyết" },
  { slug: "bao-cao", name: "Báo cáo" },
];

export const demoFields: DemoField[] = [
  { slug: "tai-chinh-ngan-sach", name: "Tài chính - Ngân sách" },
  { slug: "giao-duc-dao-tao", name: "Giáo dục - Đào tạo" },
  { slug: "y-te", name: "Y tế" },
  { slug: "nong-nghiep", name: "Nông nghiệp" },
  { slug: "giao-thong-xay-dung", name: "Giao thông - Xây dựng" },
  { slug: "noi-vu", name: "Nội vụ" },
  { slug: "van-hoa-the-thao-du-lich", name: "Văn hóa - Thể thao - Du lịch" },
  { slug: "tai-nguyen-moi-truong", name: "Tài nguyên - Môi trường" },
  { slug: "khoa-hoc-cong-nghe", name: "Khoa học - Công nghệ" },
];

// Only bodies that have a signer below are listed, so every document's signer
// belongs to the body that issued it.
export const demoIssuingBodies: DemoIssuingBody[] = [
  { slug: "ubnd-tinh", name: "Ủy ban nhân dân tỉnh Sơn Hà" },
  { slug: "hdnd-tinh", name: "Hội đồng nhân dân tỉnh Sơn Hà" },
  { slug: "van-phong-ubnd-tinh", name: "Văn phòng Ủy ban nhân dân tỉnh" },
  { slug: "so-noi-vu", name: "Sở Nội vụ" },
  { slug: "so-tai-chinh", name: "Sở Tài chính" },
];

export const demoSigners: DemoSigner[] = [
  { name: "Trần Quốc Hưng", position: "Chủ tịch", office: "Ủy ban nhân dân tỉnh Sơn Hà" },
  { name: "Lê Thị Minh Hạnh", position: "Phó Chủ tịch Thường trực", office: "Ủy ban nhân dân tỉnh Sơn Hà" },
  { name: "Hoàng Văn Nghĩa", position: "Chủ tịch", office: "Hội đồng nhân dân tỉnh Sơn Hà" },
  { name: "Đỗ Thanh Tùng", position: "Chánh Văn phòng", office: "Văn phòng Ủy ban nhân dân tỉnh" },
  { name: "Ngô Thị Lan Anh", position: "Giám đốc", office: "Sở Nội vụ" },
  { name: "Bùi Minh Quang", position: "Giám đốc", office: "Sở Tài chính" },
];

export const demoDocuments: DemoDocument[] = [
  // ---------------------------------------------------------------- 2024
  {
    number: "45/KH-UBND",
    title: "Kế hoạch chuyển đổi số, phát triển chính quyền số tỉnh Sơn Hà năm 2024",
    abstract:
      "Kế hoạch xác định các chỉ tiêu về dịch vụ công trực tuyến, số hóa hồ sơ và hạ tầng số năm 2024, phân công nhiệm vụ cụ thể cho các sở, ngành và UBND cấp huyện.",
    type: "ke-hoach",
    fields: ["khoa-hoc-cong-nghe", "noi-vu"],
    issuingBody: "ubnd-tinh",
    signer: "Lê Thị Minh Hạnh",
    issuedAt: "2024-02-20",
    effectiveAt: "2024-02-20",
    expiresAt: "2024-12-31",
    pages: [
      "Mục đích của Kế hoạch là đẩy mạnh ứng dụng công nghệ số trong hoạt động của các cơ quan nhà nước, nâng cao chất lượng phục vụ người dân, doanh nghiệp; từng bước hình thành chính quyền số, kinh tế số và xã hội số trên địa bàn tỉnh.",
      "Chỉ tiêu chủ yếu năm 2024: tối thiểu 50% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến; 100% văn bản đi, đến giữa các cơ quan hành chính được trao đổi dưới dạng điện tử, trừ văn bản mật; 80% hồ sơ thủ tục hành chính được số hóa ngay tại khâu tiếp nhận.",
      "Sở Khoa học và Công nghệ là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 15 tháng 12 năm 2024. Các sở, ngành, địa phương bố trí kinh phí trong dự toán được giao để thực hiện nhiệm vụ.",
    ],
  },
  {
    number: "15/2024/QĐ-UBND",
    title: "Ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh Sơn Hà nhiệm kỳ 2021 - 2026",
    abstract:
      "Quy chế quy định nguyên tắc, chế độ trách nhiệm, lề lối làm việc, trình tự giải quyết công việc và quan hệ công tác của Ủy ban nhân dân tỉnh, các thành viên Ủy ban nhân dân tỉnh.",
    type: "quyet-dinh",
    fields: ["noi-vu"],
    issuingBody: "ubnd-tinh",
    signer: "Trần Quốc Hưng",
    issuedAt: "2024-03-12",
    effectiveAt: "2024-03-25",
    expiresAt: "2026-02-15",
    pages: [
      "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân tỉnh Sơn Hà nhiệm kỳ 2021 - 2026.",
      "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 3 năm 2024. Các quy định trước đây trái với Quyết định này đều bãi bỏ.",
      "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.",
    ],
  },
  {
    number: "08/CT-UBND",
    title: "Về tăng cường kỷ luật, kỷ cương hành chính và nâng cao trách nhiệm thực thi công vụ của cán bộ, công chức, viên chức",
    abstract:
      "Chỉ thị yêu cầu người đứng đầu các cơ quan, đơn vị chấn chỉnh tình trạng né tránh, đùn đẩy trách nhiệm, chậm giải quyết công việc và tăng cường kiểm tra công vụ đột xuất.",
    type: "chi-thi",
    fields: ["noi-vu"],
    issuingBody: "ubnd-tinh",
    signer: "Trần Quốc Hưng",
    issuedAt: "2024-04-02",
    effectiveAt: "2024-04-02",
    pages: [
      "Thời gian qua, kỷ luật, kỷ cương hành chính trên địa bàn tỉnh có chuyển biến tích cực. Tuy nhiên, vẫn còn tình trạng một số cán bộ, công chức thiếu trách nhiệm, giải quyết công việc chậm, gây phiền hà cho người dân, doanh nghiệp.",
      "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu thủ trưởng các cơ quan, đơn vị, địa phương: rà soát quy trình xử lý công việc, xác định rõ thời hạn và trách nhiệm của từng cá nhân; xử lý nghiêm các trường hợp vi phạm; kết quả chấp hành kỷ luật, kỷ cương là căn cứ đánh giá, xếp loại cán bộ hằng năm.",
      "Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Thanh tra tỉnh tổ chức kiểm tra việc thực hiện Chỉ thị này, định kỳ 6 tháng báo cáo Ủy ban nhân dân tỉnh.",
    ],
  },
  {
    number: "1436/QĐ-UBND",
    title: "Về việc phê duyệt danh mục trang thiết bị y tế bổ sung cho các trạm y tế xã, phường, thị trấn năm 2024",
    abstract:
      "Quyết định phê duyệt danh mục, số lượng trang thiết bị y tế thiết yếu bổ sung cho 96 trạm y tế cấp xã với tổng kinh phí 38,5 tỷ đồng từ nguồn ngân sách tỉnh.",
    type: "quyet-dinh",
    fields: ["y-te"],
    issuingBody: "ubnd-tinh",
    signer: "Lê Thị Minh Hạnh",
    issuedAt: "2024-06-14",
    effectiveAt: "2024-06-14",
    pages: [
      "Điều 1. Phê duyệt danh mục trang thiết bị y tế bổ sung cho các trạm y tế xã, phường, thị trấn năm 2024, gồm: máy siêu âm, máy xét nghiệm sinh hóa bán tự động, máy điện tim, tủ bảo quản vắc xin và bộ dụng cụ cấp cứu ban đầu.",
      "Điều 2. Tổng kinh phí thực hiện là 38,5 tỷ đồng từ nguồn ngân sách tỉnh năm 2024. Sở Y tế là chủ đầu tư, tổ chức lựa chọn nhà thầu theo quy định của pháp luật về đấu thầu, bảo đảm công khai, minh bạch và hoàn thành trước ngày 30 tháng 11 năm 2024.",
      "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Giám đốc các Sở: Y tế, Tài chính; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các đơn vị liên quan chịu trách nhiệm thi hành.",
    ],
  },
  {
    number: "27/NQ-HĐND",
    title: "Về việc điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 nguồn vốn ngân sách địa phương",
    abstract:
      "Nghị quyết điều chỉnh, bổ sung danh mục và mức vốn của một số dự án trong kế hoạch đầu tư công trung hạn, ưu tiên các công trình giao thông kết nối và hạ tầng khu công nghiệp.",
    type: "nghi-quyet",
    fields: ["tai-chinh-ngan-sach", "giao-thong-xay-dung"],
    issuingBody: "hdnd-tinh",
    signer: "Hoàng Văn Nghĩa",
    issuedAt: "2024-07-18",
    effectiveAt: "2024-07-18",
    pages: [
      "Điều 1. Điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 nguồn vốn ngân sách địa phương: giảm vốn của 7 dự án không có khả năng giải ngân; bổ sung vốn cho dự án cầu Đà Giang 2 và dự án hạ tầng Khu công nghiệp Phú Ân giai đoạn hai.",
      "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện.",
      "Nghị quyết này đã được Hội đồng nhân dân tỉnh Sơn Hà khóa XVII, kỳ họp thứ mười tám thông qua ngày 18 tháng 7 năm 2024 và có hiệu lực kể từ ngày thông qua.",
    ],
  },
  {
    number: "12/2024/NQ-HĐND",
    title: "Quy định mức chi bảo đảm cho công tác chuyển đổi số trên địa bàn tỉnh Sơn Hà",
    abstract:
      "Nghị quyết quy định nội dung và mức chi cho các hoạt động chuyển đổi số trong cơ quan nhà nước, gồm số hóa tài liệu, thuê dịch vụ công nghệ thông tin và hỗ trợ tổ công nghệ số cộng đồng.",
    type: "nghi-quyet",
    fields: ["tai-chinh-ngan-sach", "khoa-hoc-cong-nghe"],
    issuingBody: "hdnd-tinh",
    signer: "Hoàng Văn Nghĩa",
    issuedAt: "2024-07-18",
    effectiveAt: "2024-08-01",
    expiresAt: "2025-08-01",
    related: ["45/KH-UBND"],
    pages: [
      "Điều 1. Phạm vi điều chỉnh: Nghị quyết này quy định mức chi bảo đảm cho công tác chuyển đổi số của các cơ quan, đơn vị sử dụng ngân sách nhà nước thuộc tỉnh Sơn Hà.",
      "Điều 2. Mức chi số hóa tài liệu tối đa 1.500 đồng mỗi trang khổ A4 đối với tài liệu thông thường; mức hỗ trợ hoạt động của tổ công nghệ số cộng đồng là 300.000 đồng mỗi tổ mỗi tháng.",
      "Điều 3. Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2024.",
    ],
  },
  {
    number: "3456/UBND-KT",
    title: "Về việc chủ động ứng phó với mưa lớn, lũ quét, sạt lở đất và bảo đảm an toàn hồ, đập trên địa bàn tỉnh",
    abstract:
      "Công văn yêu cầu các sở, ngành và địa phương rà soát khu dân cư có nguy cơ sạt lở, kiểm tra an toàn hồ chứa và sẵn sàng lực lượng, phương tiện ứng phó theo phương châm bốn tại chỗ.",
    type: "cong-van",
    fields: ["nong-nghiep", "tai-nguyen-moi-truong"],
    issuingBody: "ubnd-tinh",
    signer: "Lê Thị Minh Hạnh",
    issuedAt: "2024-08-22",
    pages: [
      "Kính gửi: Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố.",
      "Theo dự báo, trong những ngày tới trên địa bàn tỉnh có mưa to đến rất to, nguy cơ cao xảy ra lũ quét, sạt lở đất tại các huyện Vân Lĩnh, Tân Ngàn, Đông Khê. Ủy ban nhân dân tỉnh yêu cầu các đơn vị khẩn trương rà soát, di dời người dân ra khỏi khu vực nguy hiểm; bố trí lực lượng canh gác tại các ngầm, tràn.",
      "Sở Nông nghiệp và Môi trường chỉ đạo đơn vị quản lý hồ chứa vận hành đúng quy trình, thông báo trước khi xả lũ cho chính quyền và nhân dân vùng hạ du. Các đơn vị báo cáo tình hình về Văn phòng thường trực Ban Chỉ huy phòng thủ dân sự tỉnh trước 16 giờ hằng ngày.",
    ],
  },
  {
    number: "215/TB-VPUB",
    title: "Kết luận của Chủ tịch UBND tỉnh tại buổi kiểm tra tiến độ thi công dự án cầu Đà Giang 2",
    abstract:
      "Thông báo kết luận yêu cầu chủ đầu tư và nhà thầu đẩy nhanh tiến độ thi công, UBND huyện Phú Ân giải quyết dứt điểm vướng mắc mặt bằng phần đường dẫn phía bờ nam.",
    type: "thong-bao",
    fields: ["giao-thong-xay-dung"],
    issuingBody: "van-phong-ubnd-tinh",
    signer: "Đỗ Thanh Tùng",
    issuedAt: "2024-09-10",
    pages: [
      "Văn phòng Ủy ban nhân dân tỉnh thông báo kết luận của đồng chí Chủ tịch Ủy ban nhân dân tỉnh tại buổi kiểm tra tiến độ thi công dự án cầu Đà Giang 2 như sau:",
      "Ghi nhận nỗ lực của chủ đầu tư và các nhà thầu. Yêu cầu Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh rà soát tiến độ chi tiết, bố trí thi công ba ca đối với các hạng mục trên mặt cầu; Sở Xây dựng tăng cường kiểm tra chất lượng vật liệu.",
      "Ủy ban nhân dân huyện Phú Ân hoàn thành bàn giao mặt bằng phần đường dẫn trước ngày 30 tháng 10 năm 2024. Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.",
    ],
  },
  {
    number: "1182/SNV-CCHC",
    title: "Về việc triển khai đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2024",
    abstract:
      "Sở Nội vụ đề nghị các cơ quan, địa phương phối hợp tổ chức khảo sát, cung cấp danh sách người dân đã giao dịch thủ tục hành chính và tuyên truyền để người dân tham gia đánh giá.",
    type: "cong-van",
    fields: ["noi-vu"],
    issuingBody: "so-noi-vu",
    signer: "Ngô Thị Lan Anh",
    issuedAt: "2024-10-03",
    pages: [
      "Kính gửi: Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố.",
      "Thực hiện kế hoạch cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh, Sở Nội vụ phối hợp với đơn vị tư vấn độc lập tổ chức khảo sát sự hài lòng trong tháng 10 và tháng 11 năm 2024. Đề nghị các đơn vị cung cấp danh sách tổ chức, cá nhân đã giao dịch trong 6 tháng gần nhất trước ngày 15 tháng 10 năm 2024.",
      "Các đơn vị cử cán bộ đầu mối phối hợp, bảo đảm khảo sát khách quan; không can thiệp, hướng dẫn người được khảo sát trả lời theo ý chủ quan của cơ quan.",
    ],
  },
  {
    number: "07/HD-STC",
    title: "Hướng dẫn công tác khóa sổ kế toán, lập và gửi báo cáo quyết toán ngân sách nhà nước năm 2024",
    abstract:
      "Hướng dẫn thời hạn khóa sổ, xử lý số dư dự toán, chuyển nguồn và lập báo cáo quyết toán năm 2024 đối với các đơn vị dự toán và ngân sách cấp huyện, cấp xã.",
    type: "huong-dan",
    fields: ["tai-chinh-ngan-sach"],
    issuingBody: "so-tai-chinh",
    signer: "Bùi Minh Quang",
    issuedAt: "2024-11-05",
    effectiveAt: "2024-11-05",
    expiresAt: "2025-06-30",
    pages: [
      "Các đơn vị sử dụng ngân sách thực hiện khóa sổ kế toán vào cuối ngày 31 tháng 12 năm 2024; đối chiếu số liệu với Kho bạc Nhà nước và xác định số dư dự toán, số dư tài khoản tiền gửi theo quy định.",
      "Việc chuyển nguồn sang năm 2025 chỉ thực hiện đối với các khoản được phép theo quy định; đơn vị lập hồ sơ đề nghị chuyển nguồn gửi cơ quan tài chính cùng cấp trước ngày 15 tháng 01 năm 2025.",
      "Báo cáo quyết toán năm 2024 của các đơn vị dự toán cấp tỉnh gửi Sở Tài chính trước ngày 31 tháng 3 năm 2025; ngân sách cấp huyện gửi trước ngày 30 tháng 4 năm 2025.",
    ],
  },
  {
    number: "298/BC-UBND",
    title: "Báo cáo tình hình kinh tế - xã hội năm 2024 và kế hoạch phát triển kinh tế - xã hội năm 2025 của tỉnh Sơn Hà",
    abstract:
      "Báo cáo đánh giá kết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2024, chỉ ra hạn chế, nguyên nhân và đề xuất mục tiêu, nhiệm vụ, giải pháp chủ yếu cho năm 2025.",
    type: "bao-cao",
    fields: ["tai-chinh-ngan-sach"],
    issuingBody: "ubnd-tinh",
    signer: "Trần Quốc Hưng",
    issuedAt: "2024-11-28",
    pages: [
      "Năm 2024, tổng sản phẩm trên địa bàn tỉnh ước tăng 7,2%; thu nhập bình quân đầu người ước đạt 72 triệu đồng; tổng thu ngân sách nhà nước trên địa bàn đạt 104% dự toán; tỷ lệ hộ nghèo giảm 1,6 điểm phần trăm.",
      "Hạn chế chủ yếu: giải ngân vốn đầu tư công chưa đạt yêu cầu; một số dự án trọng điểm chậm tiến độ do vướng mặt bằng; sản xuất nông nghiệp chịu ảnh hưởng của mưa lũ; chất lượng nguồn nhân lực chưa đáp ứng yêu cầu của doanh nghiệp.",
      "Năm 2025, tỉnh phấn đấu tăng trưởng kinh tế từ 8% trở lên, tập trung hoàn thành các công trình giao thông kết nối, đẩy mạnh thu hút đầu tư vào các khu, cụm công nghiệp và phát triển du lịch cộng đồng.",
    ],
  },
  {
    number: "21/CT-UBND",
    title: "Về tăng cường các biện pháp bảo đảm cho nhân dân đón Tết Nguyên đán Ất Tỵ 2025 vui tươi, lành mạnh, an toàn, tiết kiệm",
    abstract:
      "Chỉ thị giao nhiệm vụ bảo đảm cung ứng hàng hóa, bình ổn giá, an ninh trật tự, an toàn giao thông, chăm lo cho gia đình chính sách và người có hoàn cảnh khó khăn dịp Tết.",
    type: "chi-thi",
    fields: ["van-hoa-the-thao-du-lich", "tai-chinh-ngan-sach"],
    issuingBody: "ubnd-tinh",
    signer: "Trần Quốc Hưng",
    issuedAt: "2024-12-20",
    effectiveAt: "2024-12-20",
    expiresAt: "2025-03-01",
    pages: [
      "Để nhân dân đón Tết Nguyên đán Ất Tỵ 2025 vui tươi, lành mạnh, an toàn, tiết kiệm, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cấp, các ngành tổ chức thăm hỏi, tặng quà gia đình chính sách, hộ nghèo; bảo đảm không để hộ gia đình nào không có Tết.",
      "Sở Công Thương chủ trì bảo đảm cung ứng hàng hóa thiết yếu, bình ổn giá; Công an tỉnh bảo đảm an ninh chính trị, trật tự an toàn xã hội, an toàn giao thông; Sở Văn hóa, Thể thao và Du lịch hướng dẫn tổ chức lễ hội đầu xuân đúng quy định, tiết kiệm.",
      "Cán bộ, công chức, viên chức không tổ chức đi chúc Tết cấp trên, không sử dụng phương tiện công vào việc riêng; trở lại làm việc đúng thời gian quy định sau kỳ nghỉ Tết.",
    ],
  },

  // ---------------------------------------------------------------- 2025
  {
    number: "03/2025/QĐ-UBND",
    title: "Ban hành Quy định về quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh Sơn Hà",
    abstract:
      "Quy định trách nhiệm của hộ gia đình, cơ quan, tổ chức và chính quyền các cấp trong thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt; giá dịch vụ thu gom được tính theo khối lượng.",
    type: "quyet-dinh",
    fields: ["tai-nguyen-moi-truong"],
    issuingBody: "ubnd-tinh",
    signer: "Trần Quốc Hưng",
    issuedAt: "2025-01-20",
    effectiveAt: "2025-02-01",
    expiresAt: "2026-06-01",
    pages: [
      "Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh Sơn Hà.",
      "Điều 2. Hộ gia đình, cá nhân có trách nhiệm để chất thải đúng nơi, đúng giờ quy định; tổ chức thu gom phải sử dụng phương tiện kín, không làm rơi vãi chất thải trong quá trình vận chuyển.",
      "Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 02 năm 2025.",
    ],
  },
  {
    number: "38/KH-UBND",
    title: "Kế hoạch chuyển đổi số, phát triển chính quyền số và kinh tế số tỉnh Sơn Hà năm 2025",
    abstract:
      "Kế hoạch đặt mục tiêu 70% hồ sơ thủ tục hành chính được nộp trực tuyến, hoàn thành cấp chữ ký số cho cán bộ cấp xã và đưa cơ sở dữ liệu đất đai vào vận hành tại 5 huyện, thị xã, thành phố.",
    type: "ke-hoach",
    fields: ["khoa-hoc-cong-nghe"],
    issuingBody: "ubnd-tinh",
    signer: "Lê Thị Minh Hạnh",
    issuedAt: "2025-02-18",
    effectiveAt: "2025-02-18",
    related: ["45/KH-UBND", "12/2024/NQ-HĐND"],
    pages: [
      "Trên cơ sở kết quả thực hiện Kế hoạch số 45/KH-UBND năm 2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm 2025 với ba trụ cột: chính quyền số, kinh tế số và xã hội số.",
      "Các nhiệm vụ trọng tâm gồm: hoàn thành cấp chứng thư chữ ký số cho toàn bộ cán bộ, công chức cấp xã; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực; mở rộng thanh toán không dùng tiền mặt tại trường học, bệnh viện; phát triển tổ công nghệ số cộng đồng ở tất cả thôn, bản.",
      "Sở Khoa học và Công nghệ chủ trì hướng dẫn, kiểm tra; các cơ quan, đơn vị báo cáo kết quả định kỳ hằng quý.",
    ],
  },
  {
    number: "412/QĐ-UBND",
    title: "Về việc công nhận Lễ hội đua thuyền truyền thống trên sông Đà Giang là sự kiện văn hóa - du lịch thường niên của tỉnh",
    abstract:
      "Quyết định công nhận lễ hội đua thuyền là sự kiện văn hóa - du lịch tổ chức hằng năm, giao Sở Văn hóa, Thể thao và Du lịch phối hợp với UBND thành phố Sơn Hà xây dựng đề án tổ chức.",
    type: "quyet-dinh",
    fields: ["van-hoa-the-thao-du-lich"],
    issuingBody: "ubnd-tinh",
    signer: "Lê Thị Minh Hạnh",
    issuedAt: "2025-03-05",
    effectiveAt: "2025-03-05",
    pages: [
      "Điều 1. Công nhận Lễ hội đua thuyền truyền thống trên sông Đà Giang là sự kiện văn hóa - du lịch thường niên của tỉnh Sơn Hà, tổ chức vào tháng 9 hằng năm.",
      "Điều 2. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ủy ban nhân dân thành phố Sơn Hà xây dựng đề án tổ chức lễ hội, bảo đảm giữ gìn các nghi thức truyền thống, gắn với quảng bá du lịch và sản phẩm OCOP của tỉnh.",
      "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    ],
  },
  {
    number: "56/KH-SNV",
    title: "Kế hoạch kiểm tra công vụ, kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính năm 2025",
    abstract:
      "Kế hoạch bố trí kiểm tra định kỳ tại 20 cơ quan, đơn vị và kiểm tra đột xuất tối thiểu mỗi quý một lần; nội dung tập trung vào giờ giấc làm việc, văn hóa công sở và giải quyết thủ tục hành chính.",
    type: "ke-hoach",
    fields: ["noi-vu"],
    issuingBody: "so-noi-vu",
    signer: "Ngô Thị Lan Anh",
    issuedAt: "2025-03-14",
    effectiveAt: "2025-03-14",
    related: ["08/CT-UBND"],
    pages: [
      "Thực hiện Chỉ thị số 08/CT-UBND của Ủy ban nhân dân tỉnh, Sở Nội vụ xây dựng Kế hoạch kiểm tra công vụ năm 2025 nhằm phát hiện, chấn chỉnh kịp thời những hạn chế trong thực thi công vụ.",
      "Đối tượng kiểm tra gồm các sở, ban, ngành tỉnh, Ủy ban nhân dân cấp huyện và một số Ủy ban nhân dân cấp xã. Hình thức kiểm tra định kỳ theo kế hoạch và kiểm tra đột xuất không báo trước.",
      "Kết quả kiểm tra được thông báo bằng văn bản tới cơ quan được kiểm tra và tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2025.",
    ],
  },
  {
    number: "98/TB-VPUB",
    title: "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với UBND huyện Đông Khê về phát triển vùng chè đặc sản",
    abstract:
      "Thông báo kết luận giao huyện Đông Khê quy hoạch vùng nguyên liệu chè tập trung, các sở hỗ trợ trồng thay thế chè già cỗi, cấp mã số vùng trồng và phát triển du lịch trải nghiệm gắn với cây chè.",
    type: "thong-bao",
    fields: ["nong-nghiep"],
    issuingBody: "van-phong-ubnd-tinh",
    signer: "Đỗ Thanh Tùng",
    issuedAt: "2025-04-22",
    pages: [
      "Ngày 18 tháng 4 năm 2025, đồng chí Chủ tịch Ủy ban nhân dân tỉnh đã làm việc với Ủy ban nhân dân huyện Đông Khê về phát triển vùng chè đặc sản. Sau khi nghe báo cáo và ý kiến của các thành phần dự họp, đồng chí Chủ tịch kết luận như sau.",
      "Giao Ủy ban nhân dân huyện Đông Khê quy hoạch vùng nguyên liệu chè tập trung, khuyến khích doanh nghiệp đầu tư chế biến sâu. Sở Nông nghiệp và Môi trường hướng dẫn trồng thay thế chè già cỗi, cấp mã số vùng trồng; Sở Văn hóa, Thể thao và Du lịch xây dựng tour trải nghiệm tại xã Khe Mơ.",
    ],
  },
  {
    number: "05/CT-UBND",
    title: "Về việc tổ chức Kỳ thi tốt nghiệp trung học phổ thông năm 2025 trên địa bàn tỉnh Sơn Hà",
    abstract:
      "Chỉ thị yêu cầu các ngành phối hợp bảo đảm an toàn tuyệt đối đề thi, an ninh trật tự, điện, nước, y tế tại các điểm thi và hỗ trợ thí sinh có hoàn cảnh khó khăn.",
    type: "chi-thi",
    fields: ["giao-duc-dao-tao"],
    issuingBody: "ubnd-tinh",
    signer: "Trần Quốc Hưng",
    issuedAt: "2025-05-09",
    effectiveAt: "2025-05-09",
    pages: [
      "Kỳ thi tốt nghiệp trung học phổ thông năm 2025 có ý nghĩa quan trọng đối với học sinh và xã hội. Để kỳ thi diễn ra an toàn, nghiêm túc, đúng quy chế, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, địa phương thực hiện tốt các nhiệm vụ được giao.",
      "Sở Giáo dục và Đào tạo là cơ quan thường trực Ban Chỉ đạo thi cấp tỉnh; Công an tỉnh bảo vệ an toàn đề thi, bài thi; Sở Y tế bố trí cán bộ y tế tại các điểm thi; Công ty Điện lực bảo đảm cấp điện liên tục trong thời gian thi.",
      "Ủy ban nhân dân các huyện, thị xã, thành phố hỗ trợ chỗ ăn, nghỉ cho thí sinh ở xa điểm thi; phối hợp tổ chức chương trình tiếp sức mùa thi.",
    ],
  },
  {
    number: "18/2025/NQ-HĐND",
    title: "Quy định mức chi bảo đảm cho công tác chuyển đổi số và ứng dụng công nghệ thông tin trong cơ quan nhà nước trên địa bàn tỉnh Sơn Hà",
    abstract:
      "Nghị quyết thay thế Nghị quyết số 12/2024/NQ-HĐND, bổ sung nội dung chi cho an toàn thông tin, thuê dịch vụ trung tâm dữ liệu và điều chỉnh mức hỗ trợ tổ công nghệ số cộng đồng.",
    type: "nghi-quyet",
    fields: ["tai-chinh-ngan-sach", "khoa-hoc-cong-nghe"],
    issuingBody: "hdnd-tinh",
    signer: "Hoàng Văn Nghĩa",
    issuedAt: "2025-07-16",
    effectiveAt: "2025-08-01",
    replaces: ["12/2024/NQ-HĐND"],
    related: ["38/KH-UBND"],
    pages: [
      "Điều 1. Nghị quyết này quy định nội dung, mức chi bảo đảm cho công tác chuyển đổi số và ứng dụng công nghệ thông tin trong các cơ quan, đơn vị sử dụng ngân sách nhà nước thuộc tỉnh Sơn Hà.",
      "Điều 2. Mức hỗ trợ hoạt động của tổ công nghệ số cộng đồng là 500.000 đồng mỗi tổ mỗi tháng; mức chi bảo đảm an toàn thông tin cho hệ thống thông tin cấp độ 3 trở lên thực hiện theo dự toán được cấp có thẩm quyền phê duyệt.",
      "Điều 3. Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2025 và thay thế Nghị quyết số 12/2024/NQ-HĐND của Hội đồng nhân dân tỉnh.",
    ],
  },
  {
    number: "41/NQ-HĐND",
    title: "Về chủ trương đầu tư dự án xây dựng tuyến đường kết nối Khu công nghiệp Phú Ân với cầu Đà Giang 2",
    abstract:
      "Nghị quyết quyết định chủ trương đầu tư tuyến đường dài 6,2 km, tổng mức đầu tư dự kiến 480 tỷ đồng từ ngân sách tỉnh, thực hiện trong giai đoạn 2025 - 2027.",
    type: "nghi-quyet",
    fields: ["giao-thong-xay-dung", "tai-chinh-ngan-sach"],
    issuingBody: "hdnd-tinh",
    signer: "Hoàng Văn Nghĩa",
    issuedAt: "2025-07-16",
    effectiveAt: "2025-07-16",
    related: ["27/NQ-HĐND"],
    pages: [
      "Điều 1. Quyết định chủ trương đầu tư dự án xây dựng tuyến đường kết nối Khu công nghiệp Phú Ân với cầu Đà Giang 2, chiều dài khoảng 6,2 km, quy mô đường cấp III đồng bằng, bốn làn xe.",
      "Điều 2. Tổng mức đầu tư dự kiến 480 tỷ đồng từ nguồn ngân sách tỉnh; thời gian thực hiện 2025 - 2027; địa điểm thực hiện tại huyện Phú Ân.",
      "Điều 3. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện; Thường trực Hội đồng nhân dân tỉnh, các Ban và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.",
    ],
  },
  {
    number: "2045/STC-QLNS",
    title: "Về việc đôn đốc giải ngân kế hoạch vốn đầu tư công năm 2025 và đề xuất điều chuyển vốn",
    abstract:
      "Sở Tài chính đề nghị các chủ đầu tư báo cáo tiến độ giải ngân, cam kết tiến độ bằng văn bản và đề xuất điều chuyển vốn của các dự án không có khả năng giải ngân hết kế hoạch.",
    type: "cong-van",
    fields: ["tai-chinh-ngan-sach"],
    issuingBody: "so-tai-chinh",
    signer: "Bùi Minh Quang",
    issuedAt: "2025-08-12",
    pages: [
      "Kính gửi: Các chủ đầu tư có dự án sử dụng vốn đầu tư công năm 2025.",
      "Đến ngày 31 tháng 7 năm 2025, tỷ lệ giải ngân vốn đầu tư công của tỉnh đạt 41% kế hoạch. Để hoàn thành mục tiêu giải ngân, Sở Tài chính đề nghị các chủ đầu tư rà soát khối lượng thực hiện, lập kế hoạch giải ngân chi tiết theo từng tháng.",
      "Các dự án có tỷ lệ giải ngân dưới 30% gửi văn bản giải trình và đề xuất điều chuyển vốn về Sở Tài chính trước ngày 25 tháng 8 năm 2025 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
    ],
  },
  {
    number: "1893/QĐ-UBND",
    title: "Về việc công bố danh mục thủ tục hành chính được tiếp nhận và trả kết quả qua dịch vụ công trực tuyến toàn trình",
    abstract:
      "Quyết định công bố 412 thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp chính quyền tỉnh được thực hiện trực tuyến toàn trình trên Cổng Dịch vụ công.",
    type: "quyet-dinh",
    fields: ["noi-vu", "khoa-hoc-cong-nghe"],
    issuingBody: "ubnd-tinh",
    signer: "Lê Thị Minh Hạnh",
    issuedAt: "2025-08-26",
    effectiveAt: "2025-09-01",
    related: ["38/KH-UBND"],
    pages: [
      "Điều 1. Công bố kèm theo Quyết định này danh mục 412 thủ tục hành chính được tiếp nhận hồ sơ và trả kết quả qua dịch vụ công trực tuyến toàn trình, trong đó cấp tỉnh 286 thủ tục, cấp huyện 79 thủ tục, cấp xã 47 thủ tục.",
      "Điều 2. Các cơ quan có thẩm quyền giải quyết thủ tục hành chính cập nhật quy trình điện tử trên hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, bảo đảm người dân có thể nộp hồ sơ, thanh toán phí và nhận kết quả trực tuyến.",
      "Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2025.",
    ],
  },
  {
    number: "4871/UBND-NC",
    title: "Về việc rà soát, báo cáo tình hình bố trí cán bộ, công chức sau khi sắp xếp tổ chức bộ máy các cơ quan chuyên môn",
    abstract:
      "UBND tỉnh đề nghị các cơ quan rà soát số lượng cán bộ, công chức, vị trí việc làm sau sắp xếp và đề xuất phương án bố trí, giải quyết chế độ cho người dôi dư.",
    type: "cong-van",
    fields: ["noi-vu"],
    issuingBody: "ubnd-tinh",
    signer: "Trần Quốc Hưng",
    issuedAt: "2025-09-30",
    signedInOnly: true,
    pages: [
      "Kính gửi: Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố.",
      "Để có cơ sở xây dựng phương án bố trí cán bộ, công chức phù hợp với vị trí việc làm sau khi sắp xếp tổ chức bộ máy, Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị rà soát, thống kê số lượng, cơ cấu ngạch, trình độ chuyên môn của cán bộ, công chức hiện có.",
      "Báo cáo gửi Sở Nội vụ trước ngày 20 tháng 10 năm 2025 theo biểu mẫu kèm theo. Thông tin trong báo cáo là tài liệu phục vụ công tác quản lý nội bộ, không cung cấp cho tổ chức, cá nhân không có liên quan.",
    ],
  },
  {
    number: "362/BC-UBND",
    title: "Báo cáo tình hình kinh tế - xã hội năm 2025, phương hướng, nhiệm vụ phát triển kinh tế - xã hội năm 2026",
    abstract:
      "Báo cáo trình kỳ họp cuối năm của HĐND tỉnh, đánh giá kết quả năm 2025 với tăng trưởng ước đạt 7,9% và đề xuất các nhiệm vụ trọng tâm năm 2026.",
    type: "bao-cao",
    fields: ["tai-chinh-ngan-sach"],
    issuingBody: "ubnd-tinh",
    signer: "Trần Quốc Hưng",
    issuedAt: "2025-11-25",
    related: ["298/BC-UBND"],
    pages: [
      "Năm 2025, tổng sản phẩm trên địa bàn tỉnh ước tăng 7,9%; khu vực công nghiệp - xây dựng tăng 11,5%; cầu Đà Giang 2 hoàn thành đưa vào sử dụng; Khu công nghiệp Phú Ân thu hút thêm 6 dự án mới.",
      "Lĩnh vực văn hóa - xã hội có nhiều chuyển biến: hoàn thành xóa nhà tạm, nhà dột nát cho 1.650 hộ; xã Đào Xá đạt chuẩn nông thôn mới nâng cao; chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính tăng năm thứ ba liên tiếp.",
      "Năm 2026, tỉnh tập trung hoàn thiện hạ tầng giao thông kết nối, phát triển du lịch cộng đồng, đẩy mạnh chuyển đổi số và nâng cao chất lượng nguồn nhân lực.",
    ],
  },

  // ---------------------------------------------------------------- 2026
  {
    number: "27/KH-UBND",
    title: "Kế hoạch chuyển đổi số, phát triển chính quyền số, kinh tế số và xã hội số tỉnh Sơn Hà năm 2026",
    abstract:
      "Kế hoạch năm 2026 tập trung vào dịch vụ công trực tuyến toàn trình, tái sử dụng dữ liệu đã số hóa, kết nối dữ liệu giữa các cấp và nâng cao kỹ năng số cho người dân vùng cao.",
    type: "ke-hoach",
    fields: ["khoa-hoc-cong-nghe"],
    issuingBody: "ubnd-tinh",
    signer: "Lê Thị Minh Hạnh",
    issuedAt: "2026-01-28",
    effectiveAt: "2026-01-28",
    related: ["38/KH-UBND", "18/2025/NQ-HĐND"],
    pages: [
      "Mục tiêu năm 2026: tối thiểu 80% hồ sơ thủ tục hành chính được nộp trực tuyến, trong đó 60% trực tuyến toàn trình; 100% kết quả giải quyết thủ tục hành chính được số hóa và tái sử dụng; 90% hộ gia đình ở các xã vùng cao được tổ công nghệ số cộng đồng hỗ trợ kỹ năng số cơ bản.",
      "Kinh phí thực hiện được bố trí theo Nghị quyết số 18/2025/NQ-HĐND và các nguồn hợp pháp khác. Sở Khoa học và Công nghệ chủ trì theo dõi, đánh giá, báo cáo kết quả trước ngày 10 tháng 12 năm 2026.",
    ],
  },
  {
    number: "04/2026/QĐ-UBND",
    title: "Ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh Sơn Hà nhiệm kỳ 2026 - 2031",
    abstract:
      "Quyết định ban hành Quy chế làm việc mới của UBND tỉnh nhiệm kỳ 2026 - 2031, thay thế Quyết định số 15/2024/QĐ-UBND, bổ sung quy định xử lý công việc trên môi trường điện tử.",
    type: "quyet-dinh",
    fields: ["noi-vu"],
    issuingBody: "ubnd-tinh",
    signer: "Trần Quốc Hưng",
    issuedAt: "2026-02-03",
    effectiveAt: "2026-02-15",
    replaces: ["15/2024/QĐ-UBND"],
    pages: [
      "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân tỉnh Sơn Hà nhiệm kỳ 2026 - 2031.",
      "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 02 năm 2026 và thay thế Quyết định số 15/2024/QĐ-UBND của Ủy ban nhân dân tỉnh.",
      "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.",
    ],
  },
  {
    number: "88/KH-UBND",
    title: "Kế hoạch phát triển du lịch cộng đồng tỉnh Sơn Hà giai đoạn 2026 - 2030",
    abstract:
      "Kế hoạch xác định mục tiêu hình thành ít nhất 12 điểm du lịch cộng đồng đạt chuẩn, đào tạo kỹ năng cho 1.500 lao động và gắn du lịch với bảo tồn văn hóa các dân tộc.",
    type: "ke-hoach",
    fields: ["van-hoa-the-thao-du-lich"],
    issuingBody: "ubnd-tinh",
    signer: "Lê Thị Minh Hạnh",
    issuedAt: "2026-03-17",
    effectiveAt: "2026-03-17",
    expiresAt: "2030-12-31",
    related: ["412/QĐ-UBND"],
    pages: [
      "Phát triển du lịch cộng đồng theo hướng bền vững, phát huy giá trị cảnh quan thiên nhiên và bản sắc văn hóa các dân tộc; tạo sinh kế, nâng cao thu nhập cho người dân vùng nông thôn, miền núi.",
      "Đến năm 2030, toàn tỉnh có ít nhất 12 điểm du lịch cộng đồng đạt chuẩn, tập trung tại các huyện Vân Lĩnh, Đông Khê và Tân Ngàn; 100% hộ kinh doanh homestay được tập huấn về kỹ năng phục vụ, an toàn thực phẩm.",
      "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các địa phương xây dựng bộ tiêu chuẩn chất lượng dịch vụ, hỗ trợ quảng bá điểm đến trên các nền tảng số.",
    ],
  },
  {
    number: "03/CT-UBND",
    title: "Về tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn trong mùa mưa bão năm 2026",
    abstract:
      "Chỉ thị yêu cầu thực hiện nghiêm phương châm bốn tại chỗ, hoàn thành rà soát khu dân cư có nguy cơ sạt lở, lũ quét và tổ chức diễn tập sơ tán trước cao điểm mưa bão.",
    type: "chi-thi",
    fields: ["nong-nghiep", "tai-nguyen-moi-truong"],
    issuingBody: "ubnd-tinh",
    signer: "Trần Quốc Hưng",
    issuedAt: "2026-04-20",
    effectiveAt: "2026-04-20",
    expiresAt: "2026-12-31",
    related: ["3456/UBND-KT"],
    pages: [
      "Dự báo mùa mưa bão năm 2026 diễn biến phức tạp, số đợt mưa lớn có thể nhiều hơn trung bình nhiều năm. Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cấp, các ngành không chủ quan, lơ là, chuẩn bị sẵn sàng phương án ứng phó với mọi tình huống.",
      "Ủy ban nhân dân cấp huyện, cấp xã hoàn thành rà soát, lập danh sách hộ dân phải di dời khẩn cấp trước ngày 31 tháng 5 năm 2026; tổ chức diễn tập sơ tán tại các khu vực thường xuyên bị ngập lụt, chia cắt.",
      "Bộ Chỉ huy quân sự tỉnh, Công an tỉnh chuẩn bị lực lượng, phương tiện tìm kiếm cứu nạn; Sở Nông nghiệp và Môi trường kiểm tra an toàn hồ chứa, đê điều, báo cáo kết quả trước mùa mưa.",
    ],
  },
  {
    number: "09/2026/QĐ-UBND",
    title: "Ban hành Quy định về phân loại, thu gom, vận chuyển và xử lý chất thải rắn sinh hoạt trên địa bàn tỉnh Sơn Hà",
    abstract:
      "Quy định mới thay thế Quyết định số 03/2025/QĐ-UBND, bắt buộc phân loại chất thải rắn sinh hoạt tại nguồn thành ba nhóm và quy định lộ trình áp dụng cho từng địa bàn.",
    type: "quyet-dinh",
    fields: ["tai-nguyen-moi-truong"],
    issuingBody: "ubnd-tinh",
    signer: "Lê Thị Minh Hạnh",
    issuedAt: "2026-05-12",
    effectiveAt: "2026-06-01",
    replaces: ["03/2025/QĐ-UBND"],
    pages: [
      "Điều 1. Ban hành kèm theo Quyết định này Quy định về phân loại, thu gom, vận chuyển và xử lý chất thải rắn sinh hoạt trên địa bàn tỉnh Sơn Hà.",
      "Điều 2. Chất thải rắn sinh hoạt phát sinh từ hộ gia đình, cá nhân được phân loại thành ba nhóm: chất thải có khả năng tái chế, chất thải thực phẩm và chất thải rắn sinh hoạt khác. Việc phân loại bắt buộc áp dụng tại thành phố Sơn Hà từ ngày 01 tháng 6 năm 2026 và tại các huyện, thị xã từ ngày 01 tháng 01 năm 2027.",
      "Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2026 và thay thế Quyết định số 03/2025/QĐ-UBND của Ủy ban nhân dân tỉnh.",
    ],
  },
  {
    number: "146/TB-VPUB",
    title: "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc về quản lý, khai thác cầu Đà Giang 2 và các tuyến đường kết nối",
    abstract:
      "Thông báo kết luận giao Sở Xây dựng hoàn thiện phương án tổ chức giao thông hai đầu cầu, lắp đặt đèn tín hiệu và đẩy nhanh tiến độ tuyến đường kết nối Khu công nghiệp Phú Ân.",
    type: "thong-bao",
    fields: ["giao-thong-xay-dung"],
    issuingBody: "van-phong-ubnd-tinh",
    signer: "Đỗ Thanh Tùng",
    issuedAt: "2026-06-05",
    related: ["215/TB-VPUB", "41/NQ-HĐND"],
    pages: [
      "Văn phòng Ủy ban nhân dân tỉnh thông báo kết luận của đồng chí Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc về quản lý, khai thác cầu Đà Giang 2 và các tuyến đường kết nối như sau:",
      "Giao Sở Xây dựng hoàn thiện phương án tổ chức giao thông tại các nút giao hai đầu cầu, lắp đặt đèn tín hiệu, biển báo trước ngày 30 tháng 6 năm 2026; xây dựng quy trình quản lý, bảo trì công trình theo quy định.",
      "Ủy ban nhân dân huyện Phú Ân phối hợp với chủ đầu tư đẩy nhanh giải phóng mặt bằng tuyến đường kết nối Khu công nghiệp Phú Ân với cầu Đà Giang 2, bảo đảm khởi công trong quý III năm 2026.",
    ],
  },
  {
    number: "1504/QĐ-UBND",
    title: "Về việc phê duyệt kế hoạch đầu tư xây mới, cải tạo phòng học và nhà công vụ giáo viên năm 2026",
    abstract:
      "Quyết định phê duyệt danh mục 46 công trình với 412 phòng học, 60 phòng nhà công vụ giáo viên, ưu tiên các trường vùng đồng bào dân tộc thiểu số và trường còn phòng học tạm.",
    type: "quyet-dinh",
    fields: ["giao-duc-dao-tao", "tai-chinh-ngan-sach"],
    issuingBody: "ubnd-tinh",
    signer: "Lê Thị Minh Hạnh",
    issuedAt: "2026-06-30",
    effectiveAt: "2026-06-30",
    pages: [
      "Điều 1. Phê duyệt kế hoạch đầu tư xây mới, cải tạo phòng học và nhà công vụ giáo viên năm 2026 gồm 46 công trình, với 412 phòng học và 60 phòng nhà công vụ giáo viên, tổng kinh phí 286 tỷ đồng.",
      "Điều 2. Sở Giáo dục và Đào tạo phối hợp với Ủy ban nhân dân các huyện tổ chức thực hiện, bảo đảm các công trình trọng điểm hoàn thành trước ngày khai giảng năm học 2026 - 2027.",
      "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    ],
  },
  {
    number: "06/2026/NQ-HĐND",
    title: "Quy định chính sách hỗ trợ phát triển hợp tác xã nông nghiệp, liên kết sản xuất và tiêu thụ sản phẩm trên địa bàn tỉnh giai đoạn 2026 - 2028",
    abstract:
      "Nghị quyết quy định mức hỗ trợ đầu tư lò sấy, kho bảo quản, cấp mã số vùng trồng và chi phí xây dựng liên kết cho hợp tác xã nông nghiệp có hợp đồng tiêu thụ ổn định.",
    type: "nghi-quyet",
    fields: ["nong-nghiep"],
    issuingBody: "hdnd-tinh",
    signer: "Hoàng Văn Nghĩa",
    issuedAt: "2026-07-10",
    effectiveAt: "2026-07-25",
    expiresAt: "2028-12-31",
    pages: [
      "Điều 1. Đối tượng áp dụng là hợp tác xã, liên hiệp hợp tác xã nông nghiệp có trụ sở trên địa bàn tỉnh Sơn Hà và có hợp đồng liên kết sản xuất, tiêu thụ sản phẩm với doanh nghiệp từ ba năm trở lên.",
      "Điều 2. Hỗ trợ 50% kinh phí đầu tư lò sấy, kho bảo quản nông sản, tối đa 1,5 tỷ đồng cho mỗi hợp tác xã; hỗ trợ 100% chi phí cấp mã số vùng trồng lần đầu; hỗ trợ chi phí tư vấn xây dựng liên kết tối đa 300 triệu đồng cho mỗi dự án.",
      "Điều 3. Nghị quyết này có hiệu lực từ ngày 25 tháng 7 năm 2026 đến hết ngày 31 tháng 12 năm 2028.",
    ],
  },
  {
    number: "09/HD-STC",
    title: "Hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2027 và kế hoạch tài chính - ngân sách nhà nước 03 năm 2027 - 2029",
    abstract:
      "Hướng dẫn các nguyên tắc, căn cứ, biểu mẫu và thời hạn xây dựng dự toán thu, chi ngân sách năm 2027 và kế hoạch tài chính - ngân sách 03 năm của các cơ quan, đơn vị và địa phương.",
    type: "huong-dan",
    fields: ["tai-chinh-ngan-sach"],
    issuingBody: "so-tai-chinh",
    signer: "Bùi Minh Quang",
    issuedAt: "2026-07-22",
    effectiveAt: "2026-07-22",
    pages: [
      "Dự toán ngân sách năm 2027 được xây dựng trên cơ sở đánh giá sát thực tế tình hình thực hiện năm 2026, bảo đảm tính tích cực, vững chắc; triệt để tiết kiệm chi thường xuyên, ưu tiên nguồn lực cho đầu tư phát triển và an sinh xã hội.",
      "Các đơn vị dự toán cấp tỉnh gửi dự toán về Sở Tài chính trước ngày 20 tháng 8 năm 2026; Ủy ban nhân dân cấp huyện gửi trước ngày 30 tháng 8 năm 2026, kèm thuyết minh chi tiết các khoản thu, chi tăng, giảm so với năm trước.",
    ],
  },
  {
    number: "2210/SNV-CCHC",
    title: "Về việc đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ phận một cửa các cấp",
    abstract:
      "Sở Nội vụ đề nghị các bộ phận một cửa số hóa 100% hồ sơ ngay tại khâu tiếp nhận, tái sử dụng dữ liệu đã số hóa và không yêu cầu người dân nộp lại giấy tờ đã có trong kho dữ liệu.",
    type: "cong-van",
    fields: ["noi-vu", "khoa-hoc-cong-nghe"],
    issuingBody: "so-noi-vu",
    signer: "Ngô Thị Lan Anh",
    issuedAt: "2026-08-18",
    related: ["27/KH-UBND", "1893/QĐ-UBND"],
    pages: [
      "Kính gửi: Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố.",
      "Qua theo dõi trên hệ thống thông tin giải quyết thủ tục hành chính, tỷ lệ hồ sơ được số hóa tại khâu tiếp nhận ở một số đơn vị còn thấp; nhiều trường hợp người dân vẫn phải nộp lại giấy tờ đã được số hóa trước đó.",
      "Sở Nội vụ đề nghị các đơn vị chỉ đạo bộ phận một cửa thực hiện số hóa 100% hồ sơ tiếp nhận, khai thác dữ liệu trong kho dữ liệu điện tử của tổ chức, cá nhân; kết quả thực hiện là tiêu chí chấm điểm chỉ số cải cách hành chính năm 2026.",
    ],
  },
  {
    number: "214/BC-SNV",
    title: "Báo cáo kết quả kiểm tra công vụ đột xuất tại các cơ quan, đơn vị 9 tháng đầu năm 2026",
    abstract:
      "Báo cáo tổng hợp kết quả kiểm tra đột xuất tại 12 cơ quan, đơn vị, danh sách các trường hợp vi phạm và kiến nghị hình thức xử lý gửi Chủ tịch UBND tỉnh.",
    type: "bao-cao",
    fields: ["noi-vu"],
    issuingBody: "so-noi-vu",
    signer: "Ngô Thị Lan Anh",
    issuedAt: "2026-10-12",
    signedInOnly: true,
    related: ["08/CT-UBND", "56/KH-SNV"],
    pages: [
      "Trong 9 tháng đầu năm 2026, Sở Nội vụ chủ trì kiểm tra đột xuất tại 12 cơ quan, đơn vị cấp tỉnh và cấp huyện. Phần lớn cán bộ, công chức chấp hành nghiêm thời giờ làm việc, nội quy cơ quan và quy tắc ứng xử.",
      "Qua kiểm tra phát hiện 9 trường hợp đi muộn, về sớm hoặc rời vị trí làm việc không có lý do; 1 bộ phận một cửa có hồ sơ trễ hạn nhưng chưa gửi văn bản xin lỗi người dân. Danh sách chi tiết tại Phụ lục kèm theo.",
      "Sở Nội vụ kiến nghị thủ trưởng các cơ quan có cán bộ vi phạm tổ chức kiểm điểm, xử lý theo quy định và báo cáo kết quả trước ngày 30 tháng 10 năm 2026.",
    ],
  },
  {
    number: "5127/UBND-KT",
    title: "Về việc đẩy nhanh tiến độ giải ngân vốn đầu tư công những tháng cuối năm 2026",
    abstract:
      "UBND tỉnh yêu cầu các chủ đầu tư lập kế hoạch giải ngân theo tuần, điều chuyển vốn của dự án chậm tiến độ và người đứng đầu chịu trách nhiệm nếu không hoàn thành mục tiêu giải ngân.",
    type: "cong-van",
    fields: ["tai-chinh-ngan-sach", "giao-thong-xay-dung"],
    issuingBody: "ubnd-tinh",
    signer: "Lê Thị Minh Hạnh",
    issuedAt: "2026-10-28",
    related: ["2045/STC-QLNS"],
    pages: [
      "Kính gửi: Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố; các chủ đầu tư.",
      "Đến hết tháng 10 năm 2026, tỷ lệ giải ngân vốn đầu tư công của tỉnh mới đạt 58% kế hoạch. Ủy ban nhân dân tỉnh yêu cầu các chủ đầu tư lập kế hoạch giải ngân chi tiết theo từng tuần, tập trung nghiệm thu, thanh toán ngay khi có khối lượng hoàn thành.",
      "Sở Tài chính tổng hợp, đề xuất điều chuyển vốn của các dự án không có khả năng giải ngân trước ngày 15 tháng 11 năm 2026. Thủ trưởng các đơn vị chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả giải ngân của đơn vị mình.",
    ],
  },
];
