import { describe, expect, it } from "vitest";
import { externalReferrerHost } from "./referrer-host";

describe("externalReferrerHost", () => {
  it("keeps only the host of another site", () => {
    expect(externalReferrerHost("https://www.google.com/search?q=ubnd+son+ha", "sonha.gov.vn")).toBe("google.com");
    expect(externalReferrerHost("https://baochinhphu.vn/bai-viet-1.htm", "sonha.gov.vn")).toBe("baochinhphu.vn");
  });

  it("ignores this site's own pages, whatever the port or www", () => {
    expect(externalReferrerHost("http://127.0.0.1:3205/tin-tuc", "127.0.0.1:3205")).toBeNull();
    expect(externalReferrerHost("https://www.sonha.gov.vn/", "sonha.gov.vn")).toBeNull();
  });

  it("ignores missing and malformed referrers", () => {
    expect(externalReferrerHost(null, "sonha.gov.vn")).toBeNull();
    expect(externalReferrerHost("not a url", "sonha.gov.vn")).toBeNull();
    expect(externalReferrerHost("android-app://com.zing.zalo/", "sonha.gov.vn")).toBeNull();
  });
});
