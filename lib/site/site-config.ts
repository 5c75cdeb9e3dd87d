// The office's identity. A real deployment sets these through the environment.
export const siteConfig = {
  name: process.env.SITE_NAME || "Văn phòng Ủy ban nhân dân tỉnh Sơn Hà",
  shortName: process.env.SITE_SHORT_NAME || "VP UBND tỉnh Sơn Hà",
  tagline: "Cổng thông tin điện tử",
  address: process.env.SITE_ADDRESS || "Số 1 đường Trung tâm, phường Hà Sơn, thành phố Sơn Hà",
  phone: process.env.SITE_PHONE || "0200 3 888 999",
  email: process.env.SITE_EMAIL || "vanphong@sonha.gov.vn",
  logo: "/images/logo.svg",
};
