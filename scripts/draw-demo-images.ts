// Draws the flat-style demo illustrations used by the seed content and the
// site logo. Deterministic: the same SVG files are produced on every run.
//
//   npx tsx scripts/draw-demo-images.ts
//
// Output: public/images/demo/<key>.svg (1200×675) and public/images/logo.svg (96×96).
// Only Node built-ins are used; there is no text inside the pictures.

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const W = 1200;
const H = 675;

const here = dirname(fileURLToPath(import.meta.url));
const publicDir = join(here, "..", "public");
const outDir = join(publicDir, "images", "demo");

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

/** Seeded PRNG (mulberry32), so "random" details are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

function attrs(extra: Record<string, string | number> | undefined): string {
  if (!extra) return "";
  return Object.entries(extra)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? n(v) : v}"`)
    .join("");
}

type Extra = Record<string, string | number>;

function rect(x: number, y: number, w: number, h: number, fill: string, extra?: Extra): string {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${attrs(extra)}/>`;
}

function circle(cx: number, cy: number, r: number, fill: string, extra?: Extra): string {
  return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${attrs(extra)}/>`;
}

function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra?: Extra): string {
  return `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"${attrs(extra)}/>`;
}

function poly(points: Array<[number, number]>, fill: string, extra?: Extra): string {
  const p = points.map(([x, y]) => `${n(x)},${n(y)}`).join(" ");
  return `<polygon points="${p}" fill="${fill}"${attrs(extra)}/>`;
}

function path(d: string, fill: string, extra?: Extra): string {
  return `<path d="${d}" fill="${fill}"${attrs(extra)}/>`;
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, extra?: Extra): string {
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${n(width)}"${attrs(extra)}/>`;
}

function group(content: string[], extra?: Extra): string {
  return `<g${attrs(extra)}>${content.join("")}</g>`;
}

function linearGradient(id: string, stops: Array<[number, string]>, vertical = true): string {
  const dir = vertical ? `x1="0" y1="0" x2="0" y2="1"` : `x1="0" y1="0" x2="1" y2="0"`;
  const s = stops.map(([o, c]) => `<stop offset="${o}" stop-color="${c}"/>`).join("");
  return `<linearGradient id="${id}" ${dir}>${s}</linearGradient>`;
}

/** Five-pointed star centred at (cx, cy). */
function star(cx: number, cy: number, outer: number, fill: string, extra?: Extra): string {
  const inner = outer * 0.382;
  const pts: Array<[number, number]> = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return poly(pts, fill, extra);
}

/** An opening with a round top: left edge x, top of the straight part y. */
function arch(x: number, y: number, w: number, h: number, fill: string): string {
  const r = w / 2;
  return path(`M${n(x)} ${n(y + h)} L${n(x)} ${n(y)} A${n(r)} ${n(r)} 0 0 1 ${n(x + w)} ${n(y)} L${n(x + w)} ${n(y + h)} Z`, fill);
}

/** A tiled roof with upturned eaves; y is its lower edge. */
function roof(cx: number, y: number, hw: number, h: number, fill: string): string {
  const d =
    `M${n(cx - hw)} ${n(y - 14)} Q${n(cx - hw + 16)} ${n(y - 4)} ${n(cx - hw + 30)} ${n(y - 8)} ` +
    `L${n(cx - hw * 0.55)} ${n(y - h)} L${n(cx + hw * 0.55)} ${n(y - h)} L${n(cx + hw - 30)} ${n(y - 8)} ` +
    `Q${n(cx + hw - 16)} ${n(y - 4)} ${n(cx + hw)} ${n(y - 14)} L${n(cx + hw - 12)} ${n(y)} L${n(cx - hw + 12)} ${n(y)} Z`;
  return path(d, fill) + rect(cx - hw * 0.55, y - h - 5, hw * 1.1, 6, fill, { rx: 3 });
}

function sky(id: string, top: string, bottom: string, height = H): string {
  return `<defs>${linearGradient(id, [[0, top], [1, bottom]])}</defs>` + rect(0, 0, W, height, `url(#${id})`);
}

function cloud(x: number, y: number, s: number, fill = "#ffffff", opacity = 0.9): string {
  return group(
    [
      ellipse(x, y, 60 * s, 22 * s, fill),
      circle(x - 25 * s, y - 12 * s, 24 * s, fill),
      circle(x + 12 * s, y - 20 * s, 30 * s, fill),
      circle(x + 40 * s, y - 6 * s, 20 * s, fill),
    ],
    { opacity },
  );
}

function sun(x: number, y: number, r: number, fill = "#ffd166"): string {
  return circle(x, y, r * 1.5, fill, { opacity: 0.25 }) + circle(x, y, r, fill);
}

/** A ridge of mountains: jagged polygon from baseline up to peaks. */
function ridge(baseY: number, peaks: Array<[number, number]>, fill: string, extra?: Extra): string {
  const pts: Array<[number, number]> = [[0, baseY], ...peaks, [W, baseY], [W, H], [0, H]];
  return poly(pts, fill, extra);
}

/** Smooth rolling hill line from x=0 to x=W through the given heights. */
function hills(ys: number[], fill: string, bottom = H, extra?: Extra): string {
  const step = W / (ys.length - 1);
  let d = `M0 ${n(bottom)} L0 ${n(ys[0])}`;
  for (let i = 1; i < ys.length; i++) {
    const x0 = (i - 1) * step;
    const x1 = i * step;
    const cx = (x0 + x1) / 2;
    d += ` C${n(cx)} ${n(ys[i - 1])} ${n(cx)} ${n(ys[i])} ${n(x1)} ${n(ys[i])}`;
  }
  d += ` L${W} ${n(bottom)} Z`;
  return path(d, fill, extra);
}

type PersonOpts = {
  shirt: string;
  pants?: string;
  skin?: string;
  hair?: string;
  hat?: "non" | "helmet" | "cap" | "none";
  hatColor?: string;
  armUp?: boolean;
  skirt?: boolean;
};

/** A standing person whose feet are at (x, y); the figure is about 150·s tall. */
function person(x: number, y: number, s: number, o: PersonOpts): string {
  const skin = o.skin ?? "#f1c27d";
  const pants = o.pants ?? "#34495e";
  const hair = o.hair ?? "#2d2d2d";
  const parts: string[] = [];
  if (o.skirt) {
    parts.push(poly([[x - 14 * s, y - 62 * s], [x + 14 * s, y - 62 * s], [x + 20 * s, y - 22 * s], [x - 20 * s, y - 22 * s]], pants));
    parts.push(rect(x - 10 * s, y - 24 * s, 6 * s, 24 * s, skin), rect(x + 4 * s, y - 24 * s, 6 * s, 24 * s, skin));
  } else {
    parts.push(rect(x - 13 * s, y - 64 * s, 11 * s, 64 * s, pants, { rx: 4 * s }));
    parts.push(rect(x + 2 * s, y - 64 * s, 11 * s, 64 * s, pants, { rx: 4 * s }));
  }
  // torso
  parts.push(rect(x - 18 * s, y - 118 * s, 36 * s, 60 * s, o.shirt, { rx: 12 * s }));
  // arms
  if (o.armUp) {
    parts.push(rect(x + 14 * s, y - 160 * s, 9 * s, 48 * s, o.shirt, { rx: 4.5 * s, transform: `rotate(15 ${n(x + 18 * s)} ${n(y - 112 * s)})` }));
  } else {
    parts.push(rect(x + 14 * s, y - 112 * s, 9 * s, 46 * s, o.shirt, { rx: 4.5 * s }));
  }
  parts.push(rect(x - 23 * s, y - 112 * s, 9 * s, 46 * s, o.shirt, { rx: 4.5 * s }));
  // neck + head
  parts.push(rect(x - 5 * s, y - 126 * s, 10 * s, 10 * s, skin));
  parts.push(circle(x, y - 138 * s, 15 * s, skin));
  const hat = o.hat ?? "none";
  if (hat === "non") {
    parts.push(poly([[x - 30 * s, y - 140 * s], [x + 30 * s, y - 140 * s], [x, y - 172 * s]], o.hatColor ?? "#f4e3b1"));
  } else if (hat === "helmet") {
    parts.push(path(`M${n(x - 18 * s)} ${n(y - 138 * s)} A${n(18 * s)} ${n(17 * s)} 0 0 1 ${n(x + 18 * s)} ${n(y - 138 * s)} Z`, o.hatColor ?? "#4b5d2a"));
    parts.push(rect(x - 21 * s, y - 140 * s, 42 * s, 4 * s, o.hatColor ?? "#4b5d2a", { rx: 2 * s }));
  } else if (hat === "cap") {
    parts.push(path(`M${n(x - 15 * s)} ${n(y - 140 * s)} A${n(15 * s)} ${n(14 * s)} 0 0 1 ${n(x + 15 * s)} ${n(y - 140 * s)} Z`, o.hatColor ?? "#2c7be5"));
    parts.push(rect(x + 8 * s, y - 142 * s, 16 * s, 4 * s, o.hatColor ?? "#2c7be5", { rx: 2 * s }));
  } else {
    parts.push(path(`M${n(x - 15 * s)} ${n(y - 136 * s)} A${n(15 * s)} ${n(15 * s)} 0 0 1 ${n(x + 15 * s)} ${n(y - 136 * s)} Q${n(x)} ${n(y - 144 * s)} ${n(x - 15 * s)} ${n(y - 136 * s)} Z`, hair));
  }
  return group(parts);
}

/** Head and shoulders only, for people seated behind a table or counter. */
function bust(x: number, y: number, s: number, shirt: string, skin = "#f1c27d", hair = "#2d2d2d"): string {
  return group([
    rect(x - 24 * s, y - 40 * s, 48 * s, 44 * s, shirt, { rx: 14 * s }),
    rect(x - 5 * s, y - 50 * s, 10 * s, 12 * s, skin),
    circle(x, y - 62 * s, 15 * s, skin),
    path(`M${n(x - 15 * s)} ${n(y - 60 * s)} A${n(15 * s)} ${n(15 * s)} 0 0 1 ${n(x + 15 * s)} ${n(y - 60 * s)} Q${n(x)} ${n(y - 68 * s)} ${n(x - 15 * s)} ${n(y - 60 * s)} Z`, hair),
  ]);
}

function tree(x: number, y: number, s: number, leaf = "#3a9d5d", trunk = "#8b5a2b"): string {
  return group([
    rect(x - 6 * s, y - 50 * s, 12 * s, 50 * s, trunk),
    circle(x, y - 80 * s, 38 * s, leaf),
    circle(x - 26 * s, y - 58 * s, 26 * s, leaf),
    circle(x + 26 * s, y - 58 * s, 26 * s, leaf),
    circle(x + 10 * s, y - 96 * s, 20 * s, "#ffffff", { opacity: 0.12 }),
  ]);
}

function pine(x: number, y: number, s: number, leaf = "#2f7d4f"): string {
  return group([
    rect(x - 4 * s, y - 20 * s, 8 * s, 20 * s, "#6b4423"),
    poly([[x - 30 * s, y - 18 * s], [x + 30 * s, y - 18 * s], [x, y - 70 * s]], leaf),
    poly([[x - 24 * s, y - 48 * s], [x + 24 * s, y - 48 * s], [x, y - 96 * s]], leaf),
    poly([[x - 16 * s, y - 76 * s], [x + 16 * s, y - 76 * s], [x, y - 118 * s]], leaf),
  ]);
}

function car(x: number, y: number, s: number, body: string, flip = false): string {
  const g = group([
    rect(x, y - 34 * s, 120 * s, 26 * s, body, { rx: 8 * s }),
    path(`M${n(x + 22 * s)} ${n(y - 34 * s)} L${n(x + 38 * s)} ${n(y - 56 * s)} L${n(x + 84 * s)} ${n(y - 56 * s)} L${n(x + 102 * s)} ${n(y - 34 * s)} Z`, body),
    path(`M${n(x + 30 * s)} ${n(y - 35 * s)} L${n(x + 42 * s)} ${n(y - 51 * s)} L${n(x + 60 * s)} ${n(y - 51 * s)} L${n(x + 60 * s)} ${n(y - 35 * s)} Z`, "#cfe8ff"),
    path(`M${n(x + 64 * s)} ${n(y - 35 * s)} L${n(x + 64 * s)} ${n(y - 51 * s)} L${n(x + 82 * s)} ${n(y - 51 * s)} L${n(x + 94 * s)} ${n(y - 35 * s)} Z`, "#cfe8ff"),
    circle(x + 28 * s, y - 8 * s, 12 * s, "#2b2b2b"),
    circle(x + 92 * s, y - 8 * s, 12 * s, "#2b2b2b"),
    circle(x + 28 * s, y - 8 * s, 5 * s, "#bdbdbd"),
    circle(x + 92 * s, y - 8 * s, 5 * s, "#bdbdbd"),
  ]);
  if (!flip) return g;
  return group([g], { transform: `translate(${n(2 * x + 120 * s)} 0) scale(-1 1)` });
}

function truck(x: number, y: number, s: number, cab: string, box: string): string {
  return group([
    rect(x, y - 78 * s, 120 * s, 62 * s, box, { rx: 4 * s }),
    rect(x + 122 * s, y - 58 * s, 44 * s, 42 * s, cab, { rx: 6 * s }),
    rect(x + 134 * s, y - 52 * s, 24 * s, 16 * s, "#cfe8ff", { rx: 3 * s }),
    circle(x + 30 * s, y - 10 * s, 12 * s, "#2b2b2b"),
    circle(x + 90 * s, y - 10 * s, 12 * s, "#2b2b2b"),
    circle(x + 146 * s, y - 10 * s, 12 * s, "#2b2b2b"),
  ]);
}

function windowGrid(x: number, y: number, cols: number, rows: number, w: number, h: number, gapX: number, gapY: number, fill: string): string {
  const parts: string[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      parts.push(rect(x + c * (w + gapX), y + r * (h + gapY), w, h, fill, { rx: 3 }));
    }
  }
  return parts.join("");
}

// ---------------------------------------------------------------------------
// Scenes
// ---------------------------------------------------------------------------

type Scene = { key: string; title: string; draw: () => string };

const skins = ["#f1c27d", "#e0ac69", "#f6d2a8", "#d9a066"];

function hoiNghi(): string {
  const p: string[] = [];
  p.push(rect(0, 0, W, H, "#f3ead8"));
  p.push(rect(0, 0, W, 40, "#e3d6bc"));
  // stage back wall with red banner and a yellow star motif
  p.push(rect(140, 60, 920, 150, "#c62828", { rx: 6 }));
  p.push(rect(140, 60, 920, 14, "#a31d1d"));
  p.push(star(600, 120, 34, "#ffd54f"));
  p.push(rect(250, 176, 700, 8, "#ffd54f", { opacity: 0.85, rx: 4 }));
  p.push(rect(330, 192, 540, 6, "#ffd54f", { opacity: 0.6, rx: 3 }));
  // side pillars and curtains
  p.push(rect(60, 40, 60, 420, "#b71c1c"), rect(1080, 40, 60, 420, "#b71c1c"));
  for (let i = 0; i < 4; i++) {
    p.push(rect(64 + i * 14, 40, 6, 420, "#d32f2f"), rect(1084 + i * 14, 40, 6, 420, "#d32f2f"));
  }
  // floor
  p.push(rect(0, 460, W, 215, "#b08968"));
  p.push(rect(0, 460, W, 10, "#8d6e52"));
  // seated delegates behind the long table
  const shirts = ["#ffffff", "#2f3e55", "#ffffff", "#5b6b82", "#ffffff", "#2f3e55", "#ffffff", "#2f3e55", "#ffffff"];
  for (let i = 0; i < 9; i++) {
    const x = 220 + i * 95;
    p.push(bust(x, 400, 1.05, shirts[i], skins[i % skins.length]));
  }
  // long table with green cloth and white runner
  p.push(rect(150, 390, 900, 40, "#2e7d32", { rx: 4 }));
  p.push(rect(150, 390, 900, 12, "#f5f5f5"));
  p.push(rect(150, 430, 900, 70, "#1b5e20"));
  // microphones, name plates (blank), water bottles
  for (let i = 0; i < 9; i++) {
    const x = 220 + i * 95;
    p.push(line(x - 18, 392, x - 8, 360, "#333333", 3), circle(x - 8, 358, 5, "#333333"));
    p.push(poly([[x + 2, 392], [x + 34, 392], [x + 30, 378], [x + 6, 378]], "#fafafa", { stroke: "#cfcfcf", "stroke-width": 1 }));
    p.push(rect(x + 22, 366, 8, 24, "#90caf9", { rx: 3, opacity: 0.9 }));
  }
  // flower arrangement in front of the table
  p.push(ellipse(600, 500, 90, 26, "#f9a825"));
  for (let i = 0; i < 9; i++) {
    p.push(circle(530 + i * 18, 488 - (i % 2) * 10, 12, i % 3 === 0 ? "#e53935" : i % 3 === 1 ? "#fdd835" : "#ff7043"));
  }
  p.push(rect(560, 500, 80, 60, "#6d4c41", { rx: 4 }));
  // audience backs in the foreground
  for (let i = 0; i < 8; i++) {
    const x = 110 + i * 140;
    p.push(rect(x - 40, 600, 80, 80, i % 2 ? "#37474f" : "#455a64", { rx: 30 }));
    p.push(circle(x, 590, 22, "#2d2d2d"));
  }
  return p.join("");
}

function canhDongLua(): string {
  const p: string[] = [];
  p.push(sky("s", "#8fd3f4", "#e0f7fa", 360));
  p.push(sun(980, 110, 46));
  p.push(cloud(250, 110, 1.2), cloud(640, 80, 0.9));
  p.push(ridge(300, [[0, 230], [140, 140], [260, 210], [420, 110], [560, 220], [700, 150], [860, 230], [1000, 130], [1200, 220]], "#7fa9c9"));
  p.push(ridge(330, [[0, 280], [180, 200], [330, 270], [520, 190], [700, 280], [880, 210], [1060, 270], [1200, 230]], "#5d8f6c"));
  // terraces: alternating golden and green curved bands
  const bands = ["#e9c46a", "#d4a72c", "#a7c957", "#e9c46a", "#c9a227", "#8ab346", "#e6b94a", "#d4a72c"];
  for (let i = 0; i < bands.length; i++) {
    const y = 320 + i * 46;
    p.push(hills([y + 10, y - 8, y + 6, y - 10, y + 8, y - 4], bands[i]));
    p.push(hills([y + 10, y - 8, y + 6, y - 10, y + 8, y - 4], "none", H, { stroke: "#7a5c12", "stroke-width": 2, opacity: 0.35 }));
  }
  // rice stalk strokes
  const rnd = prng(11);
  let stalks = "";
  for (let i = 0; i < 90; i++) stalks += `M${n(rnd() * W)} ${n(480 + rnd() * 190)}l4 -16`;
  p.push(path(stalks, "none", { stroke: "#8c6d1f", "stroke-width": 2, opacity: 0.5 }));
  // farmers with conical hats and baskets
  p.push(person(360, 560, 0.9, { shirt: "#6a8caf", pants: "#2f3e55", hat: "non" }));
  p.push(person(470, 585, 0.95, { shirt: "#c0392b", pants: "#3b3b3b", hat: "non", armUp: true }));
  p.push(person(820, 600, 1, { shirt: "#4e7d5b", pants: "#2f2f2f", hat: "non" }));
  p.push(ellipse(850, 604, 30, 12, "#a0522d"), rect(822, 574, 56, 30, "#b5651d", { rx: 8 }));
  // small stilt house
  p.push(rect(1030, 300, 110, 60, "#a1683a"), poly([[1015, 302], [1155, 302], [1085, 250]], "#6d4c2f"));
  p.push(rect(1070, 320, 24, 40, "#5a3a1e"));
  return p.join("");
}

function cauMoi(): string {
  const p: string[] = [];
  p.push(sky("s", "#74b9ff", "#dff3ff", 420));
  p.push(cloud(200, 90, 1), cloud(900, 70, 1.3), cloud(620, 140, 0.7));
  p.push(ridge(360, [[0, 310], [200, 250], [380, 300], [600, 240], [820, 300], [1000, 250], [1200, 300]], "#9cc3a6"));
  // river
  p.push(rect(0, 400, W, 275, "#3d8fd1"));
  const rnd = prng(7);
  for (let i = 0; i < 26; i++) {
    const x = rnd() * W;
    const y = 440 + rnd() * 220;
    p.push(rect(x, y, 40 + rnd() * 60, 4, "#a9d6f5", { rx: 2, opacity: 0.7 }));
  }
  // banks
  p.push(poly([[0, 380], [180, 380], [260, 470], [0, 520]], "#6ab04c"));
  p.push(poly([[1200, 380], [1000, 380], [930, 470], [1200, 520]], "#6ab04c"));
  // cable-stayed bridge: pylons, cables, deck
  const deckY = 330;
  for (const px of [420, 780]) {
    p.push(poly([[px - 16, 560], [px + 16, 560], [px + 8, 150], [px - 8, 150]], "#eceff1"));
    p.push(rect(px - 10, 145, 20, 14, "#cfd8dc"));
    for (let k = 1; k <= 7; k++) {
      p.push(line(px, 165 + k * 10, px - k * 38, deckY, "#ffffff", 2.5));
      p.push(line(px, 165 + k * 10, px + k * 38, deckY, "#ffffff", 2.5));
    }
  }
  p.push(rect(0, deckY, W, 22, "#b0bec5"));
  p.push(rect(0, deckY + 22, W, 10, "#78909c"));
  p.push(rect(0, deckY - 8, W, 8, "#eceff1"));
  for (let x = 0; x < W; x += 24) p.push(rect(x, deckY - 18, 4, 12, "#eceff1"));
  // piers in the water with reflections
  for (const px of [420, 780]) p.push(rect(px - 22, 540, 44, 30, "#90a4ae"), rect(px - 20, 572, 40, 60, "#ffffff", { opacity: 0.15 }));
  // vehicles on the deck
  p.push(car(150, deckY, 0.55, "#e74c3c"), car(560, deckY, 0.55, "#f1c40f", true), car(900, deckY, 0.55, "#ffffff"));
  p.push(truck(280, deckY, 0.45, "#1976d2", "#f5f5f5"));
  // trees on banks
  p.push(tree(60, 420, 0.8), tree(140, 400, 0.6, "#4caf50"), tree(1110, 420, 0.8), tree(1040, 400, 0.6, "#4caf50"));
  // festive flags at the bridge ends
  for (const fx of [40, 1150]) p.push(line(fx, deckY, fx, deckY - 70, "#555555", 3), rect(fx, deckY - 70, 34, 22, "#d32f2f"));
  return p.join("");
}

function truongHoc(): string {
  const p: string[] = [];
  p.push(sky("s", "#a0e4ff", "#f0fbff", 500));
  p.push(sun(110, 100, 40));
  p.push(cloud(420, 90, 1), cloud(980, 120, 0.9));
  p.push(tree(80, 470, 1.1), tree(1130, 470, 1.2, "#4caf50"));
  // main school building
  p.push(rect(230, 170, 740, 300, "#f7d774"));
  p.push(rect(230, 170, 740, 24, "#e6b93c"));
  p.push(rect(230, 280, 740, 10, "#e6b93c"), rect(230, 380, 740, 10, "#e6b93c"));
  p.push(poly([[210, 172], [990, 172], [940, 120], [260, 120]], "#c0392b"));
  // central block with a pediment
  p.push(rect(520, 120, 160, 350, "#f2c94c"));
  p.push(poly([[505, 122], [695, 122], [600, 60]], "#a93226"));
  p.push(circle(600, 100, 16, "#fdfefe"));
  p.push(rect(560, 380, 80, 90, "#7b4b2a", { rx: 6 }));
  p.push(windowGrid(260, 205, 4, 3, 46, 56, 18, 44, "#5dade2"));
  p.push(windowGrid(720, 205, 4, 3, 46, 56, 18, 44, "#5dade2"));
  p.push(windowGrid(545, 160, 2, 2, 46, 60, 18, 40, "#85c1e9"));
  // yard
  p.push(rect(0, 470, W, 205, "#d9c7a3"));
  p.push(rect(0, 470, W, 8, "#bfa77a"));
  // flag pole
  p.push(rect(1000, 260, 6, 330, "#9e9e9e"), rect(986, 585, 34, 12, "#7f8c8d"));
  p.push(rect(1006, 262, 78, 50, "#da251d"), star(1045, 287, 16, "#ffde00"));
  // pupils with backpacks
  const colors = ["#ffffff", "#ffffff", "#ffffff", "#ffffff", "#ffffff", "#ffffff"];
  const bags = ["#e74c3c", "#3498db", "#9b59b6", "#27ae60", "#f39c12", "#e84393"];
  const xs = [180, 290, 420, 700, 830, 930];
  for (let i = 0; i < xs.length; i++) {
    const s = 0.75 + (i % 3) * 0.06;
    const x = xs[i];
    const y = 610 + (i % 2) * 30;
    p.push(rect(x - 24 * s, y - 112 * s, 12 * s, 40 * s, bags[i], { rx: 5 * s }));
    p.push(person(x, y, s, { shirt: colors[i], pants: i % 2 ? "#1f3a93" : "#2c3e50", skirt: i % 2 === 0, skin: skins[i % 4] }));
  }
  // teacher
  p.push(person(560, 640, 0.95, { shirt: "#f8bbd0", pants: "#f8bbd0", skirt: true, hair: "#1b1b1b" }));
  return p.join("");
}

function tramYTe(): string {
  const p: string[] = [];
  p.push(sky("s", "#b3e5fc", "#f1fbff", 480));
  p.push(cloud(180, 90, 1), cloud(1000, 80, 1.1));
  p.push(hills([420, 380, 400, 370, 410], "#a5d6a7", 480));
  // building
  p.push(rect(300, 190, 600, 290, "#fdfefe"));
  p.push(rect(300, 190, 600, 30, "#4db6ac"));
  p.push(poly([[280, 192], [920, 192], [880, 150], [320, 150]], "#00897b"));
  // green cross sign
  p.push(circle(600, 260, 40, "#ffffff", { stroke: "#00897b", "stroke-width": 6 }));
  p.push(rect(588, 232, 24, 56, "#2e7d32"), rect(572, 248, 56, 24, "#2e7d32"));
  p.push(windowGrid(330, 240, 3, 2, 60, 60, 24, 40, "#81d4fa"));
  p.push(windowGrid(690, 240, 3, 2, 60, 60, 24, 40, "#81d4fa"));
  p.push(rect(550, 360, 100, 120, "#80cbc4"), rect(598, 360, 4, 120, "#ffffff"));
  p.push(rect(530, 340, 140, 16, "#00897b"));
  // ground
  p.push(rect(0, 480, W, 195, "#cfd8dc"));
  p.push(rect(0, 480, W, 12, "#b0bec5"));
  // ambulance
  p.push(group([
    rect(860, 520, 220, 90, "#ffffff", { rx: 10 }),
    rect(1040, 540, 60, 70, "#ffffff", { rx: 10 }),
    rect(1050, 548, 40, 26, "#90caf9", { rx: 4 }),
    rect(860, 560, 240, 10, "#e53935"),
    rect(930, 530, 14, 40, "#e53935"),
    rect(917, 543, 40, 14, "#e53935"),
    rect(960, 508, 30, 12, "#1e88e5", { rx: 4 }),
    circle(910, 615, 18, "#2b2b2b"),
    circle(1060, 615, 18, "#2b2b2b"),
  ]));
  // nurse and people waiting
  p.push(person(220, 640, 1, { shirt: "#ffffff", pants: "#ffffff", hat: "cap", hatColor: "#ffffff" }));
  p.push(person(330, 630, 0.95, { shirt: "#ff8a65", pants: "#455a64", skin: skins[1] }));
  p.push(person(420, 640, 0.9, { shirt: "#7986cb", pants: "#7986cb", skirt: true, skin: skins[2] }));
  p.push(person(500, 650, 0.65, { shirt: "#ffd54f", pants: "#455a64" }));
  p.push(tree(80, 500, 0.9), tree(1150, 470, 0.7));
  return p.join("");
}

function duongGiaoThong(): string {
  const p: string[] = [];
  p.push(sky("s", "#81d4fa", "#e1f5fe", 330));
  p.push(sun(200, 100, 38));
  p.push(cloud(600, 80, 1.1), cloud(1000, 120, 0.8));
  p.push(ridge(300, [[0, 250], [220, 170], [430, 240], [640, 160], [860, 240], [1040, 180], [1200, 240]], "#8fb8a0"));
  p.push(rect(0, 300, W, 375, "#7cb342"));
  // road in perspective
  p.push(poly([[560, 300], [640, 300], [1100, 675], [100, 675]], "#546e7a"));
  p.push(poly([[548, 300], [560, 300], [100, 675], [60, 675]], "#eceff1"));
  p.push(poly([[640, 300], [652, 300], [1140, 675], [1100, 675]], "#eceff1"));
  for (let i = 0; i < 8; i++) {
    const t0 = i / 8;
    const t1 = t0 + 0.05;
    const y0 = 300 + t0 * t0 * 375;
    const y1 = 300 + t1 * t1 * 375;
    const w0 = 2 + t0 * 10;
    const w1 = 2 + t1 * 10;
    p.push(poly([[600 - w0, y0], [600 + w0, y0], [600 + w1, y1], [600 - w1, y1]], "#ffeb3b"));
  }
  // trees along the road
  const ts: Array<[number, number, number]> = [[470, 330, 0.3], [400, 370, 0.45], [300, 430, 0.65], [160, 520, 0.9], [730, 330, 0.3], [800, 370, 0.45], [900, 430, 0.65], [1050, 520, 0.9]];
  for (const [x, y, s] of ts) p.push(tree(x, y, s, "#2e7d32"));
  // street lamps
  for (const [x, y, s] of [[520, 330, 0.3], [680, 330, 0.3], [440, 400, 0.55], [760, 400, 0.55]] as Array<[number, number, number]>) {
    p.push(rect(x - 2 * s, y - 140 * s, 5 * s, 140 * s, "#607d8b"), rect(x - 14 * s, y - 146 * s, 28 * s, 8 * s, "#607d8b"), circle(x, y - 136 * s, 6 * s, "#fff59d"));
  }
  // traffic light
  p.push(rect(1110, 380, 10, 220, "#455a64"), rect(1090, 330, 50, 110, "#263238", { rx: 8 }));
  p.push(circle(1115, 355, 12, "#e53935"), circle(1115, 385, 12, "#5d4037"), circle(1115, 415, 12, "#43a047"));
  // vehicles
  p.push(car(470, 520, 1.1, "#1e88e5"), car(640, 420, 0.7, "#e53935", true));
  // motorbike with helmeted rider
  p.push(group([
    circle(360, 640, 20, "#222222"), circle(440, 640, 20, "#222222"),
    path("M350 630 L400 605 L450 630 Z", "#d32f2f"),
    rect(380, 560, 28, 44, "#26a69a", { rx: 10 }),
    circle(394, 545, 16, "#fbc02d"),
  ]));
  return p.join("");
}

function leHoi(): string {
  const p: string[] = [];
  p.push(sky("s", "#ffcc80", "#fff3e0", 420));
  p.push(sun(1000, 120, 50, "#ffb74d"));
  p.push(ridge(360, [[0, 300], [160, 230], [360, 300], [560, 220], [780, 300], [980, 240], [1200, 300]], "#a1887f", { opacity: 0.6 }));
  // communal-house gate (tam quan): three arched openings under curved tiled roofs
  const wall = "#f0d9a8";
  const roofC = "#6d4c41";
  p.push(rect(410, 290, 120, 140, wall), rect(670, 290, 120, 140, wall));
  p.push(rect(530, 240, 140, 190, wall), rect(560, 160, 80, 50, wall));
  p.push(arch(445, 340, 50, 90, "#7b3b2a"), arch(705, 340, 50, 90, "#7b3b2a"), arch(565, 300, 70, 130, "#7b3b2a"));
  p.push(roof(470, 296, 86, 40, roofC), roof(730, 296, 86, 40, roofC));
  p.push(roof(600, 250, 124, 52, roofC), roof(600, 168, 84, 40, roofC));
  p.push(rect(530, 250, 10, 180, "#b23a2b"), rect(660, 250, 10, 180, "#b23a2b"));
  p.push(circle(600, 122, 9, "#fbc02d"));
  // ground and river
  p.push(rect(0, 420, W, 255, "#e6c79c"));
  p.push(rect(0, 560, W, 115, "#4fa3d1"));
  const rnd = prng(3);
  for (let i = 0; i < 18; i++) p.push(rect(rnd() * W, 580 + rnd() * 90, 50, 4, "#bfe3f5", { rx: 2, opacity: 0.8 }));
  // dragon boat with rowers
  p.push(path("M240 600 Q600 650 960 600 L930 630 Q600 670 270 630 Z", "#c62828"));
  p.push(path("M960 600 Q1000 570 1010 540 Q1020 580 990 612 Z", "#fbc02d"));
  p.push(circle(1008, 548, 8, "#c62828"));
  for (let i = 0; i < 9; i++) {
    const x = 320 + i * 70;
    p.push(circle(x, 590, 11, "#f1c27d"), rect(x - 10, 596, 20, 22, i % 2 ? "#fbc02d" : "#ffffff", { rx: 6 }));
    p.push(line(x + 6, 610, x - 24, 650, "#6d4c41", 4));
  }
  // bunting lines
  for (const [y0, sag] of [[60, 40], [110, 30]] as Array<[number, number]>) {
    p.push(path(`M0 ${y0} Q600 ${y0 + sag * 2} 1200 ${y0}`, "none", { stroke: "#795548", "stroke-width": 2 }));
    for (let i = 0; i < 20; i++) {
      const x = 30 + i * 60;
      const t = x / W;
      const y = y0 + 4 * sag * t * (1 - t);
      const c = ["#e53935", "#fdd835", "#43a047", "#1e88e5"][i % 4];
      p.push(poly([[x - 14, y], [x + 14, y], [x, y + 28]], c));
    }
  }
  // lanterns
  for (const x of [140, 280, 920, 1060]) {
    p.push(line(x, 150, x, 200, "#6d4c41", 2), ellipse(x, 228, 26, 32, "#e53935"), rect(x - 16, 194, 32, 6, "#fbc02d"), rect(x - 16, 256, 32, 6, "#fbc02d"));
  }
  // crowd on the bank
  for (let i = 0; i < 10; i++) {
    const x = 270 + i * 96;
    const sh = ["#ef5350", "#42a5f5", "#ffca28", "#66bb6a", "#ab47bc", "#ffffff"][i % 6];
    p.push(person(x, 560, 0.62, { shirt: sh, pants: "#37474f", skin: skins[i % 4], armUp: i % 3 === 0 }));
  }
  // festival drum
  p.push(rect(112, 520, 10, 40, "#5d4037"), rect(178, 520, 10, 40, "#5d4037"));
  p.push(ellipse(150, 522, 50, 20, "#8d6e63"), rect(100, 462, 100, 60, "#c62828"), ellipse(150, 462, 50, 20, "#ffe0b2"));
  p.push(person(60, 560, 0.62, { shirt: "#c62828", pants: "#37474f", armUp: true }));
  return p.join("");
}

function duLichNui(): string {
  const p: string[] = [];
  p.push(sky("s", "#6ec6ff", "#e3f2fd"));
  p.push(sun(180, 120, 44, "#fff59d"));
  p.push(ridge(420, [[0, 300], [150, 170], [300, 260], [470, 90], [650, 250], [820, 130], [1000, 240], [1200, 160]], "#90a4ae"));
  p.push(poly([[430, 130], [470, 90], [510, 130], [490, 140], [470, 125], [450, 140]], "#ffffff"));
  p.push(poly([[790, 160], [820, 130], [850, 160], [832, 168], [820, 155], [805, 168]], "#ffffff"));
  p.push(cloud(640, 230, 1.4, "#ffffff", 0.8), cloud(1000, 280, 1.1, "#ffffff", 0.8));
  p.push(ridge(470, [[0, 380], [200, 280], [380, 360], [600, 260], [820, 370], [1000, 300], [1200, 360]], "#4f8a6b"));
  // waterfall down a cliff
  p.push(poly([[880, 300], [980, 300], [1000, 560], [860, 560]], "#6d7f73"));
  p.push(rect(905, 300, 50, 270, "#e1f5fe"));
  for (let i = 0; i < 5; i++) p.push(rect(912 + i * 9, 300, 3, 270, "#81d4fa", { opacity: 0.8 }));
  p.push(ellipse(930, 575, 110, 24, "#4fc3f7"));
  // foreground slope and pines
  p.push(hills([560, 520, 560, 530, 580, 560], "#2e7d32"));
  const rnd = prng(21);
  for (let i = 0; i < 9; i++) {
    const x = 40 + i * 60 + rnd() * 20;
    p.push(pine(x, 600 + rnd() * 40, 0.8 + rnd() * 0.5, i % 2 ? "#1b5e20" : "#2e7d32"));
  }
  p.push(pine(1140, 640, 1.3, "#1b5e20"));
  // viewing deck with hikers
  p.push(rect(600, 560, 220, 14, "#8d6e63"), rect(610, 574, 10, 60, "#6d4c41"), rect(800, 574, 10, 60, "#6d4c41"));
  p.push(rect(600, 520, 220, 6, "#8d6e63"));
  for (let i = 0; i < 6; i++) p.push(rect(604 + i * 42, 520, 5, 40, "#8d6e63"));
  p.push(person(660, 560, 0.6, { shirt: "#ff7043", pants: "#37474f", hat: "cap", hatColor: "#ffca28", armUp: true }));
  p.push(rect(676, 484, 16, 30, "#5d4037", { rx: 5 }));
  p.push(person(740, 560, 0.58, { shirt: "#29b6f6", pants: "#455a64", hat: "cap", hatColor: "#ef5350" }));
  // birds
  for (const [x, y] of [[560, 120], [600, 100], [640, 130]] as Array<[number, number]>) {
    p.push(path(`M${x - 12} ${y} Q${x - 6} ${y - 8} ${x} ${y} Q${x + 6} ${y - 8} ${x + 12} ${y}`, "none", { stroke: "#37474f", "stroke-width": 2.5 }));
  }
  return p.join("");
}

function motCua(): string {
  const p: string[] = [];
  p.push(rect(0, 0, W, H, "#eef3f8"));
  p.push(rect(0, 0, W, 60, "#dfe7ef"));
  // ceiling lights
  for (let i = 0; i < 5; i++) p.push(rect(120 + i * 220, 24, 140, 12, "#fffde7", { rx: 6 }));
  // queue display panel (bars only, no text)
  p.push(rect(420, 90, 360, 120, "#263238", { rx: 10 }));
  for (let i = 0; i < 3; i++) {
    p.push(rect(450, 112 + i * 32, 140, 16, "#ef5350", { rx: 4 }));
    p.push(rect(620, 112 + i * 32, 130, 16, "#66bb6a", { rx: 4 }));
  }
  // counter windows with staff and monitors
  p.push(rect(0, 250, W, 20, "#1565c0"));
  for (let i = 0; i < 4; i++) {
    const x = 70 + i * 280;
    p.push(rect(x, 270, 240, 140, "#e3f2fd"));
    p.push(circle(x + 20, 290, 12, "#1565c0"), rect(x + 40, 284, 80, 12, "#90caf9", { rx: 4 }));
    p.push(bust(x + 150, 400, 1.05, "#1e88e5", skins[i % 4]));
    p.push(rect(x + 40, 330, 70, 46, "#37474f", { rx: 4 }), rect(x + 45, 335, 60, 36, "#80deea"), rect(x + 70, 376, 10, 14, "#37474f"));
  }
  // counter desk
  p.push(rect(0, 400, W, 30, "#8d6e63"));
  p.push(rect(0, 430, W, 90, "#a1887f"));
  for (let i = 0; i < 5; i++) p.push(rect(i * 280 + 50, 430, 6, 90, "#8d6e63"));
  // floor
  p.push(rect(0, 520, W, 155, "#cfd8dc"));
  for (let x = 0; x < W; x += 100) p.push(line(x, 520, x - 60, 675, "#b0bec5", 2));
  // citizens at the counter and waiting chairs
  p.push(person(210, 650, 0.95, { shirt: "#ff8a65", pants: "#455a64", skin: skins[1] }));
  p.push(person(500, 655, 0.95, { shirt: "#9575cd", pants: "#9575cd", skirt: true }));
  p.push(person(780, 650, 0.92, { shirt: "#4db6ac", pants: "#37474f", skin: skins[3] }));
  // row of chairs
  for (let i = 0; i < 4; i++) {
    const x = 930 + i * 66;
    p.push(rect(x, 600, 56, 12, "#1976d2", { rx: 4 }), rect(x, 560, 56, 40, "#1e88e5", { rx: 6 }), rect(x + 6, 612, 6, 40, "#607d8b"), rect(x + 44, 612, 6, 40, "#607d8b"));
  }
  // potted plant
  p.push(rect(40, 590, 60, 70, "#6d4c41", { rx: 6 }), circle(70, 560, 40, "#43a047"), circle(50, 540, 24, "#66bb6a"), circle(92, 545, 22, "#388e3c"));
  return p.join("");
}

function chuyenDoiSo(): string {
  const p: string[] = [];
  p.push(`<defs>${linearGradient("bg", [[0, "#0d47a1"], [1, "#1e88e5"]])}</defs>`);
  p.push(rect(0, 0, W, H, "url(#bg)"));
  // network of nodes in the background
  const rnd = prng(42);
  const pts: Array<[number, number]> = [];
  for (let i = 0; i < 22; i++) pts.push([40 + rnd() * 1120, 30 + rnd() * 600]);
  for (let i = 0; i < pts.length; i++) {
    const j = (i * 7 + 3) % pts.length;
    p.push(line(pts[i][0], pts[i][1], pts[j][0], pts[j][1], "#90caf9", 1.5, { opacity: 0.35 }));
  }
  for (const [x, y] of pts) p.push(circle(x, y, 5, "#bbdefb", { opacity: 0.7 }));
  // laptop
  p.push(rect(250, 190, 520, 320, "#263238", { rx: 16 }));
  p.push(rect(270, 210, 480, 280, "#e3f2fd", { rx: 6 }));
  p.push(poly([[190, 520], [830, 520], [790, 560], [230, 560]], "#b0bec5"));
  p.push(rect(450, 520, 120, 10, "#90a4ae", { rx: 4 }));
  // dashboard on the laptop screen: header, cards and a bar chart
  p.push(rect(270, 210, 480, 36, "#1565c0", { rx: 6 }));
  p.push(circle(296, 228, 9, "#ffd54f"), rect(316, 222, 90, 12, "#bbdefb", { rx: 4 }));
  const cardColors = ["#43a047", "#fb8c00", "#8e24aa"];
  for (let i = 0; i < 3; i++) {
    p.push(rect(290 + i * 150, 262, 130, 70, "#ffffff", { rx: 8 }), circle(318 + i * 150, 297, 14, cardColors[i]), rect(342 + i * 150, 288, 64, 8, "#cfd8dc", { rx: 3 }), rect(342 + i * 150, 302, 44, 8, "#e0e0e0", { rx: 3 }));
  }
  p.push(rect(290, 346, 280, 130, "#ffffff", { rx: 8 }));
  const bars = [50, 80, 64, 96, 74, 108];
  for (let i = 0; i < bars.length; i++) p.push(rect(310 + i * 42, 462 - bars[i], 26, bars[i], "#42a5f5", { rx: 3 }));
  p.push(rect(584, 346, 146, 130, "#ffffff", { rx: 8 }));
  p.push(circle(657, 411, 44, "#e3f2fd"), path("M657 411 L657 367 A44 44 0 0 1 699 424 Z", "#1e88e5"), path("M657 411 L699 424 A44 44 0 0 1 630 446 Z", "#66bb6a"));
  // phone
  p.push(rect(860, 230, 180, 340, "#212121", { rx: 26 }));
  p.push(rect(874, 262, 152, 278, "#ffffff", { rx: 8 }));
  p.push(rect(925, 244, 50, 8, "#424242", { rx: 4 }));
  const icons = ["#ef5350", "#42a5f5", "#66bb6a", "#ffca28", "#ab47bc", "#26c6da", "#ff7043", "#8d6e63", "#5c6bc0"];
  for (let i = 0; i < 9; i++) {
    const cx = 902 + (i % 3) * 48;
    const cy = 296 + Math.floor(i / 3) * 52;
    p.push(rect(cx - 17, cy - 17, 34, 34, icons[i], { rx: 9 }));
  }
  p.push(rect(890, 452, 120, 40, "#1565c0", { rx: 20 }));
  p.push(path("M930 472 l10 10 l22 -22", "none", { stroke: "#ffffff", "stroke-width": 6, "stroke-linecap": "round", "stroke-linejoin": "round" }));
  // floating cloud and shield icons
  p.push(cloud(170, 150, 0.9, "#e3f2fd", 0.95));
  p.push(path("M1080 110 L1130 130 L1130 180 Q1130 220 1080 240 Q1030 220 1030 180 L1030 130 Z", "#66bb6a"));
  p.push(path("M1058 175 l16 16 l30 -32", "none", { stroke: "#ffffff", "stroke-width": 8, "stroke-linecap": "round", "stroke-linejoin": "round" }));
  p.push(circle(130, 470, 46, "#ffca28"), circle(130, 470, 30, "#0d47a1"), circle(130, 470, 12, "#ffca28"));
  for (let i = 0; i < 8; i++) {
    const a = (i * Math.PI) / 4;
    p.push(rect(124 + Math.cos(a) * 52, 464 + Math.sin(a) * 52, 12, 12, "#ffca28", { rx: 2 }));
  }
  return p.join("");
}

function phongChongLu(): string {
  const p: string[] = [];
  p.push(sky("s", "#546e7a", "#b0bec5", 420));
  p.push(cloud(200, 80, 1.6, "#78909c", 1), cloud(620, 60, 1.9, "#607d8b", 1), cloud(1020, 90, 1.5, "#78909c", 1));
  // rain
  const rnd = prng(5);
  let rain = "";
  for (let i = 0; i < 110; i++) rain += `M${n(rnd() * W)} ${n(120 + rnd() * 480)}l-8 22`;
  p.push(path(rain, "none", { stroke: "#e3f2fd", "stroke-width": 2, opacity: 0.55 }));
  // distant hills and half-submerged houses
  p.push(hills([330, 300, 320, 290, 330], "#6d8b74", 420));
  for (const [x, c] of [[160, "#d7ccc8"], [380, "#ffe0b2"], [980, "#d7ccc8"]] as Array<[number, string]>) {
    p.push(rect(x, 330, 120, 90, c), poly([[x - 12, 332], [x + 132, 332], [x + 60, 280]], "#8d4a3a"), rect(x + 20, 350, 26, 26, "#90a4ae"));
  }
  p.push(tree(620, 430, 0.9, "#4e7d5b"), tree(760, 430, 0.7, "#4e7d5b"));
  // flood water
  p.push(rect(0, 400, W, 275, "#8d6e4f"));
  for (let i = 0; i < 30; i++) p.push(rect(rnd() * W, 420 + rnd() * 240, 60, 5, "#a1887f", { rx: 2.5 }));
  // dyke of sandbags on the right
  for (let row = 0; row < 4; row++) {
    for (let i = 0; i < 6 - row; i++) {
      p.push(ellipse(900 + row * 28 + i * 56, 660 - row * 30, 30, 16, row % 2 ? "#d7ccc8" : "#bcaaa4", { stroke: "#8d6e63", "stroke-width": 2 }));
    }
  }
  // rescue boat with crew in life vests
  p.push(path("M260 560 L700 560 L660 620 L300 620 Z", "#eceff1"));
  p.push(rect(260, 552, 440, 10, "#1565c0"));
  p.push(rect(620, 520, 40, 40, "#37474f", { rx: 6 }));
  for (let i = 0; i < 4; i++) {
    const x = 330 + i * 85;
    p.push(person(x, 560, 0.55, { shirt: "#ff6d00", pants: "#37474f", hat: "helmet", hatColor: i === 0 ? "#fdd835" : "#ff6d00", armUp: i === 1 }));
  }
  p.push(circle(470, 590, 18, "none", { stroke: "#ff6d00", "stroke-width": 8 }));
  // warning pole
  p.push(rect(120, 420, 12, 240, "#ffffff"));
  for (let i = 0; i < 6; i++) p.push(rect(120, 430 + i * 40, 12, 20, "#e53935"));
  return p.join("");
}

function danQuan(): string {
  const p: string[] = [];
  p.push(sky("s", "#9fd8f5", "#eef9ff", 400));
  p.push(sun(1050, 100, 40));
  p.push(cloud(300, 90, 1.1), cloud(760, 70, 0.8));
  p.push(ridge(380, [[0, 280], [180, 200], [400, 270], [620, 180], [860, 270], [1050, 210], [1200, 270]], "#7aa58a"));
  p.push(rect(0, 380, W, 295, "#9ccc65"));
  p.push(rect(0, 380, W, 60, "#8bc34a"));
  // flag pole and red flag
  p.push(rect(110, 150, 8, 400, "#9e9e9e"));
  p.push(rect(118, 152, 120, 76, "#d32f2f"), star(178, 190, 24, "#ffeb3b"));
  // two ranks of militia members in green with helmets
  for (let row = 0; row < 2; row++) {
    for (let i = 0; i < 8; i++) {
      const x = 300 + i * 105 + row * 40;
      const y = 530 + row * 110;
      const s = 0.78 + row * 0.12;
      p.push(person(x, y, s, { shirt: "#4e6b2f", pants: "#3e5526", hat: "helmet", hatColor: "#556b2f", skin: skins[(i + row) % 4] }));
      p.push(rect(x - 4 * s, y - 112 * s, 5 * s, 14 * s, "#f5f5f5"));
      p.push(line(x + 26 * s, y - 60 * s, x + 30 * s, y - 150 * s, "#3e2723", 5 * s));
    }
  }
  // commander in front
  p.push(person(190, 640, 1.05, { shirt: "#4e6b2f", pants: "#3e5526", hat: "cap", hatColor: "#4e6b2f", armUp: true }));
  // training targets in the distance
  for (const x of [980, 1080]) p.push(rect(x - 3, 360, 6, 40, "#6d4c41"), circle(x, 340, 26, "#ffffff"), circle(x, 340, 17, "#e53935"), circle(x, 340, 8, "#ffffff"));
  return p.join("");
}

function thuHoachChe(): string {
  const p: string[] = [];
  p.push(sky("s", "#c8e6f5", "#f4fbf2", 360));
  p.push(sun(880, 90, 40, "#fff176"));
  p.push(ridge(260, [[0, 220], [200, 150], [420, 210], [640, 130], [880, 200], [1060, 150], [1200, 190]], "#a8c3b5"));
  p.push(cloud(380, 210, 1.8, "#ffffff", 0.7), cloud(980, 230, 1.4, "#ffffff", 0.6));
  // rounded tea hills with contour rows
  const hillsDef: Array<[number, number, number, number, string]> = [
    [260, 420, 420, 190, "#7cb342"],
    [900, 440, 480, 200, "#8bc34a"],
    [560, 640, 760, 260, "#689f38"],
  ];
  for (const [cx, cy, rx, ry, c] of hillsDef) {
    p.push(ellipse(cx, cy, rx, ry, c));
    for (let k = 1; k < 9; k++) {
      const r = k / 9;
      p.push(path(`M${n(cx - rx * Math.sqrt(1 - r * r) + 10)} ${n(cy - ry * r)} Q${n(cx)} ${n(cy - ry * r - 26)} ${n(cx + rx * Math.sqrt(1 - r * r) - 10)} ${n(cy - ry * r)}`, "none", { stroke: "#33691e", "stroke-width": 9, "stroke-linecap": "round", opacity: 0.45 }));
    }
  }
  // pickers with conical hats and baskets on their backs
  const pickers: Array<[number, number, number, string]> = [[300, 330, 0.55, "#5c6bc0"], [430, 360, 0.6, "#ef5350"], [820, 350, 0.6, "#26a69a"], [520, 560, 0.95, "#ab47bc"], [720, 590, 1, "#f06292"]];
  for (const [x, y, s, sh] of pickers) {
    p.push(rect(x - 32 * s, y - 118 * s, 22 * s, 44 * s, "#a1887f", { rx: 6 * s }));
    p.push(person(x, y, s, { shirt: sh, pants: "#37474f", skirt: true, hat: "non", armUp: true }));
  }
  // basket of fresh leaves in the foreground
  p.push(path("M930 600 L1090 600 L1070 670 L950 670 Z", "#a1887f"));
  for (let i = 0; i < 7; i++) p.push(ellipse(950 + i * 22, 598, 16, 9, i % 2 ? "#558b2f" : "#7cb342", { transform: `rotate(${(i % 3) * 20 - 20} ${950 + i * 22} 598)` }));
  return p.join("");
}

function khuCongNghiep(): string {
  const p: string[] = [];
  p.push(sky("s", "#bbdefb", "#f5fbff", 430));
  p.push(sun(140, 100, 36));
  p.push(cloud(500, 90, 1), cloud(980, 70, 1.2));
  p.push(hills([380, 350, 370, 340, 370], "#b2d8c0", 430));
  // factory halls with sawtooth roofs
  const halls: Array<[number, number, number, string]> = [[80, 250, 360, "#eceff1"], [470, 220, 330, "#e3f2fd"], [830, 260, 300, "#f5f5f5"]];
  for (const [x, y, w, c] of halls) {
    p.push(rect(x, y, w, 430 - y, c));
    const teeth = Math.floor(w / 60);
    for (let i = 0; i < teeth; i++) {
      p.push(poly([[x + i * 60, y], [x + i * 60 + 60, y], [x + i * 60 + 60, y - 40]], "#90a4ae"));
      p.push(poly([[x + i * 60 + 44, y - 28], [x + i * 60 + 60, y - 40], [x + i * 60 + 60, y - 10]], "#b3e5fc"));
    }
    p.push(rect(x, y + 30, w, 10, "#1976d2"));
    p.push(windowGrid(x + 20, y + 60, Math.floor((w - 20) / 60), 2, 40, 30, 20, 24, "#90caf9"));
    p.push(rect(x + w / 2 - 40, 350, 80, 80, "#78909c"));
    for (let k = 0; k < 6; k++) p.push(rect(x + w / 2 - 40, 356 + k * 12, 80, 3, "#607d8b"));
  }
  // chimneys with light steam
  for (const x of [680, 730]) p.push(rect(x, 110, 26, 110, "#b0bec5"), rect(x, 124, 26, 10, "#e53935"), circle(x + 14, 90, 18, "#ffffff", { opacity: 0.7 }), circle(x + 34, 70, 24, "#ffffff", { opacity: 0.5 }));
  // tower crane
  p.push(rect(1120, 120, 14, 310, "#fbc02d"));
  for (let i = 0; i < 10; i++) p.push(line(1120, 130 + i * 30, 1134, 150 + i * 30, "#f57f17", 2));
  p.push(rect(960, 116, 220, 12, "#fbc02d"), line(1000, 128, 1000, 210, "#424242", 2), rect(990, 210, 20, 16, "#424242"));
  // ground, road and solar panels
  p.push(rect(0, 430, W, 245, "#9e9e9e"));
  p.push(rect(0, 470, W, 90, "#616161"));
  for (let x = 20; x < W; x += 120) p.push(rect(x, 512, 60, 6, "#fafafa"));
  p.push(rect(0, 560, W, 115, "#8bc34a"));
  for (let i = 0; i < 6; i++) {
    const x = 60 + i * 110;
    p.push(poly([[x, 640], [x + 90, 640], [x + 100, 600], [x + 10, 600]], "#1a237e"));
    for (let k = 1; k < 4; k++) p.push(line(x + k * 24, 640, x + 10 + k * 24, 600, "#5c6bc0", 1.5));
  }
  p.push(truck(760, 520, 0.9, "#e53935", "#eceff1"), car(280, 510, 0.6, "#43a047"));
  p.push(tree(840, 650, 0.7), tree(960, 650, 0.8, "#4caf50"), tree(1090, 650, 0.7));
  return p.join("");
}

function trongCay(): string {
  const p: string[] = [];
  p.push(sky("s", "#b2ebf2", "#f1f8e9"));
  p.push(sun(1040, 110, 48, "#ffee58"));
  p.push(cloud(240, 100, 1.1), cloud(640, 80, 0.9));
  p.push(hills([340, 300, 330, 290, 320], "#aed581", 400));
  p.push(hills([400, 380, 410, 370, 400], "#8bc34a"));
  p.push(rect(0, 470, W, 205, "#a1887f"));
  p.push(hills([480, 460, 490, 470, 480], "#7cb342", 500));
  // row of young saplings with stakes
  for (let i = 0; i < 7; i++) {
    const x = 90 + i * 170;
    const y = 560 + (i % 2) * 20;
    p.push(ellipse(x, y + 4, 44, 12, "#6d4c41"));
    p.push(rect(x - 2, y - 60, 5, 64, "#795548"), rect(x + 12, y - 70, 4, 74, "#d7ccc8"));
    p.push(ellipse(x - 14, y - 56, 16, 8, "#43a047", { transform: `rotate(-30 ${x - 14} ${y - 56})` }));
    p.push(ellipse(x + 14, y - 66, 16, 8, "#66bb6a", { transform: `rotate(30 ${x + 14} ${y - 66})` }));
    p.push(ellipse(x, y - 78, 10, 16, "#43a047"));
  }
  // volunteers: shovel, watering can, carrying a sapling
  p.push(person(300, 640, 1, { shirt: "#1e88e5", pants: "#37474f", hat: "cap", hatColor: "#1565c0" }));
  p.push(line(330, 520, 360, 650, "#8d6e63", 6), path("M348 640 L376 636 L380 668 L356 672 Z", "#90a4ae"));
  p.push(person(560, 650, 1, { shirt: "#43a047", pants: "#37474f", skirt: true, hat: "non" }));
  p.push(path("M584 560 L626 560 L622 600 L588 600 Z", "#26a69a"), line(624, 566, 650, 548, "#26a69a", 5));
  for (let i = 0; i < 4; i++) p.push(line(652 + i * 3, 550, 660 + i * 5, 580, "#4fc3f7", 2));
  p.push(person(830, 645, 0.95, { shirt: "#fdd835", pants: "#455a64", hat: "cap", hatColor: "#43a047", armUp: true }));
  p.push(ellipse(880, 480, 30, 18, "#66bb6a"), rect(876, 490, 6, 40, "#795548"), ellipse(878, 536, 20, 10, "#6d4c41"));
  p.push(person(1040, 650, 0.7, { shirt: "#ef5350", pants: "#37474f", skin: skins[2] }));
  return p.join("");
}

function hienMau(): string {
  const p: string[] = [];
  p.push(rect(0, 0, W, H, "#fdf2f2"));
  p.push(rect(0, 0, W, 80, "#f8dede"));
  // big heart with a blood drop on the wall
  p.push(path("M600 280 C540 230 470 200 470 140 C470 100 500 74 538 74 C566 74 588 90 600 112 C612 90 634 74 662 74 C700 74 730 100 730 140 C730 200 660 230 600 280 Z", "#e53935"));
  p.push(path("M600 116 C620 146 636 166 636 186 A36 36 0 0 1 564 186 C564 166 580 146 600 116 Z", "#ffffff"));
  // window
  p.push(rect(880, 110, 220, 150, "#bbdefb", { rx: 6 }), rect(986, 110, 8, 150, "#ffffff"), rect(880, 180, 220, 8, "#ffffff"));
  // floor
  p.push(rect(0, 470, W, 205, "#e0e0e0"));
  p.push(rect(0, 470, W, 10, "#bdbdbd"));
  // donation chairs (reclined) with donors and bag stands
  for (let i = 0; i < 3; i++) {
    const x = 130 + i * 340;
    p.push(rect(x, 430, 220, 40, "#1e88e5", { rx: 14 }));
    p.push(poly([[x, 430], [x + 40, 430], [x - 10, 330], [x - 46, 340]], "#1976d2"));
    p.push(rect(x + 20, 470, 10, 70, "#90a4ae"), rect(x + 190, 470, 10, 70, "#90a4ae"));
    // donor lying back
    p.push(circle(x - 18, 332, 20, skins[i % 4]), path(`M${x - 30} 320 A20 20 0 0 1 ${x - 2} 318 Z`, "#2d2d2d"));
    p.push(rect(x - 6, 400, 150, 34, ["#ffb74d", "#81c784", "#9575cd"][i], { rx: 14, transform: `rotate(-8 ${x} 410)` }));
    p.push(rect(x + 130, 404, 90, 24, "#455a64", { rx: 10 }));
    p.push(rect(x + 40, 380, 90, 12, skins[i % 4], { rx: 6 }));
    // stand with blood bag
    p.push(rect(x + 250, 250, 6, 290, "#9e9e9e"), rect(x + 232, 250, 42, 6, "#9e9e9e"));
    p.push(rect(x + 236, 262, 34, 50, "#c62828", { rx: 8 }), line(x + 253, 312, x + 110, 390, "#c62828", 3));
  }
  // nurse standing
  p.push(person(1090, 650, 1.05, { shirt: "#ffffff", pants: "#ffffff", hat: "cap", hatColor: "#ffffff" }));
  p.push(rect(1080, 520, 6, 20, "#e53935"), rect(1074, 527, 18, 6, "#e53935"));
  return p.join("");
}

const scenes: Scene[] = [
  { key: "hoi-nghi", title: "Hội nghị trong hội trường có bàn chủ tọa dài và băng rôn đỏ", draw: hoiNghi },
  { key: "canh-dong-lua", title: "Cánh đồng lúa bậc thang chín vàng dưới chân núi", draw: canhDongLua },
  { key: "cau-moi", title: "Cây cầu dây văng mới bắc qua sông", draw: cauMoi },
  { key: "truong-hoc", title: "Ngôi trường mới với học sinh trên sân trường", draw: truongHoc },
  { key: "tram-y-te", title: "Trạm y tế xã và xe cứu thương", draw: tramYTe },
  { key: "duong-giao-thong", title: "Tuyến đường giao thông mới hai bên có hàng cây", draw: duongGiaoThong },
  { key: "le-hoi", title: "Lễ hội đua thuyền trên sông với cờ hội và đèn lồng", draw: leHoi },
  { key: "du-lich-nui", title: "Du khách ngắm cảnh núi rừng và thác nước", draw: duLichNui },
  { key: "mot-cua", title: "Quầy tiếp nhận hồ sơ tại bộ phận một cửa", draw: motCua },
  { key: "chuyen-doi-so", title: "Máy tính xách tay và điện thoại với các biểu tượng dịch vụ số", draw: chuyenDoiSo },
  { key: "phong-chong-lu", title: "Lực lượng cứu hộ trên thuyền trong mưa lũ, bên đê bao cát", draw: phongChongLu },
  { key: "dan-quan", title: "Dân quân tự vệ xếp hàng huấn luyện trên thao trường", draw: danQuan },
  { key: "thu-hoach-che", title: "Người dân thu hái chè trên những đồi chè xanh", draw: thuHoachChe },
  { key: "khu-cong-nghiep", title: "Nhà xưởng, cần cẩu và tấm pin mặt trời trong khu công nghiệp", draw: khuCongNghiep },
  { key: "trong-cay", title: "Người dân trồng cây xanh và tưới cây non", draw: trongCay },
  { key: "hien-mau", title: "Người hiến máu nằm trên ghế, bên cạnh túi máu và nhân viên y tế", draw: hienMau },
];

function svgDocument(width: number, height: number, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t">` +
    `<title id="t">${title}</title>` +
    body +
    `</svg>\n`
  );
}

function logo(): string {
  const c = 48;
  const parts: string[] = [];
  parts.push(circle(c, c, 46, "#f6c343"));
  parts.push(circle(c, c, 42, "#c62828"));
  parts.push(circle(c, c, 36, "none", { stroke: "#f6c343", "stroke-width": 1.5 }));
  parts.push(star(c, 28, 12, "#f6c343"));
  // stylised mountains
  parts.push(poly([[20, 66], [36, 44], [46, 56], [58, 40], [76, 66]], "#f6c343"));
  parts.push(poly([[32, 49.3], [36, 44], [40, 49.3]], "#ffffff"));
  parts.push(poly([[54, 45.3], [58, 40], [62, 45.3]], "#ffffff"));
  // river waves
  parts.push(path("M22 70 Q30 65 38 70 T54 70 T70 70 T76 69", "none", { stroke: "#ffffff", "stroke-width": 3, "stroke-linecap": "round" }));
  parts.push(path("M28 77 Q36 72 44 77 T60 77 T70 76", "none", { stroke: "#ffffff", "stroke-width": 2.5, "stroke-linecap": "round", opacity: 0.85 }));
  return svgDocument(96, 96, "Biểu trưng Cổng thông tin điện tử tỉnh Sơn Hà", parts.join(""));
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  for (const scene of scenes) {
    const svg = svgDocument(W, H, scene.title, scene.draw());
    const file = join(outDir, `${scene.key}.svg`);
    writeFileSync(file, svg, "utf8");
    const kb = Buffer.byteLength(svg, "utf8") / 1024;
    console.log(`${scene.key}.svg  ${kb.toFixed(1)} KB`);
    if (kb >= 20) throw new Error(`${scene.key}.svg is ${kb.toFixed(1)} KB, over the 20 KB budget`);
  }
  writeFileSync(join(publicDir, "images", "logo.svg"), logo(), "utf8");
  console.log("logo.svg");
}

main();
