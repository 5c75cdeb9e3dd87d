// Browser and operating system families for the statistics page: a short list of names a
// reader recognises, not a full user-agent parser. Order matters: browsers built on Chrome
// name themselves before "Chrome".
const BROWSERS: [name: string, pattern: RegExp][] = [
  ["Cốc Cốc", /coc_coc_browser/i],
  ["Zalo", /zalo/i],
  ["Edge", /edg(e|a|ios)?\//i],
  ["Opera", /opr\/|opera/i],
  ["Samsung Internet", /samsungbrowser/i],
  ["Firefox", /firefox|fxios/i],
  ["Chrome", /chrome|crios|chromium/i],
  ["Safari", /safari/i],
];

const SYSTEMS: [name: string, pattern: RegExp][] = [
  ["Android", /android/i],
  ["iOS", /iphone|ipad|ipod/i],
  ["Windows", /windows/i],
  ["macOS", /mac os x|macintosh/i],
  ["ChromeOS", /cros/i],
  ["Linux", /linux/i],
];

export const OTHER_FAMILY = "Khác";

export function browserFamily(userAgent: string): string {
  return BROWSERS.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? OTHER_FAMILY;
}

export function osFamily(userAgent: string): string {
  return SYSTEMS.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? OTHER_FAMILY;
}
