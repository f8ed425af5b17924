// runtime pieces: {createCore,finishModel}, kilnProduct
// ---- model
export const meta = {
  "model": "SuperRes",
  "dtype": "f32",
  "inputs": [
    {"name":"low","dtype":"f32","shape":[32,1,14,14]},
    {"name":"high","dtype":"f32","shape":[32,1,28,28]}
  ],
  "outputs": [
    {"name":"y","shape":[32,1,28,28]}
  ],
  "params": [
    {"name":"c1.W","shape":[16,1,3,3],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"c1.b","shape":[16],"init":{"kind":"zeros","args":[]}},
    {"name":"c2.W","shape":[16,16,3,3],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"c2.b","shape":[16],"init":{"kind":"zeros","args":[]}},
    {"name":"c3.W","shape":[1,16,3,3],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"c3.b","shape":[1],"init":{"kind":"zeros","args":[]}}
  ],
  "state": [],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.002,"beta1":0.9,"beta2":0.999,"eps":1e-8},"params":["c1.W","c1.b","c2.W","c2.b","c3.W","c3.b"]}
  ],
  "losses": ["loss"],
  "predictOnly": false,
  "arenaBytes": 7666940
};
const TABLES = {
  "NF": 1916735,
  "NI": 0,
  "NH": 2,
  "arenaBytes": 7666940,
  "persistent": [
    {"name":"c1.W","shape":[16,1,3,3],"off":0,"size":144,"kind":"param"},
    {"name":"c1.b","shape":[16],"off":144,"size":16,"kind":"param"},
    {"name":"c2.W","shape":[16,16,3,3],"off":160,"size":2304,"kind":"param"},
    {"name":"c2.b","shape":[16],"off":2464,"size":16,"kind":"param"},
    {"name":"c3.W","shape":[1,16,3,3],"off":2480,"size":144,"kind":"param"},
    {"name":"c3.b","shape":[1],"off":2624,"size":1,"kind":"param"},
    {"name":"optim/step/c1.W/exp_avg","shape":[16,1,3,3],"off":2625,"size":144,"kind":"optim"},
    {"name":"optim/step/c1.W/exp_avg_sq","shape":[16,1,3,3],"off":2769,"size":144,"kind":"optim"},
    {"name":"optim/step/c1.b/exp_avg","shape":[16],"off":2913,"size":16,"kind":"optim"},
    {"name":"optim/step/c1.b/exp_avg_sq","shape":[16],"off":2929,"size":16,"kind":"optim"},
    {"name":"optim/step/c2.W/exp_avg","shape":[16,16,3,3],"off":2945,"size":2304,"kind":"optim"},
    {"name":"optim/step/c2.W/exp_avg_sq","shape":[16,16,3,3],"off":5249,"size":2304,"kind":"optim"},
    {"name":"optim/step/c2.b/exp_avg","shape":[16],"off":7553,"size":16,"kind":"optim"},
    {"name":"optim/step/c2.b/exp_avg_sq","shape":[16],"off":7569,"size":16,"kind":"optim"},
    {"name":"optim/step/c3.W/exp_avg","shape":[1,16,3,3],"off":7585,"size":144,"kind":"optim"},
    {"name":"optim/step/c3.W/exp_avg_sq","shape":[1,16,3,3],"off":7729,"size":144,"kind":"optim"},
    {"name":"optim/step/c3.b/exp_avg","shape":[1],"off":7873,"size":1,"kind":"optim"},
    {"name":"optim/step/c3.b/exp_avg_sq","shape":[1],"off":7874,"size":1,"kind":"optim"}
  ],
  "persistentEnd": 7875,
  "constants": [
    [7875,[1,0,0,0,0,0,0,0,0,0,0,0,0,0,0.75,0.25,0,0,0,0,0,0,0,0,0,0,0,0,0.25,0.75,0,0,0,0,0,0,0,0,0,0,0,0,0,0.75,0.25,0,0,0,0,0,0,0,0,0,0,0,0,0.25,0.75,0,0,0,0,0,0,0,0,0,0,0,0,0,0.75,0.25,0,0,0,0,0,0,0,0,0,0,0,0,0.25,0.75,0,0,0,0,0,0,0,0,0,0,0,0,0,0.75,0.25,0,0,0,0,0,0,0,0,0,0,0,0,0.25,0.75,0,0,0,0,0,0,0,0,0,0,0,0,0,0.75,0.25,0,0,0,0,0,0,0,0,0,0,0,0,0.25,0.75,0,0,0,0,0,0,0,0,0,0,0,0,0,0.75,0.25,0,0,0,0,0,0,0,0,0,0,0,0,0.25,0.75,0,0,0,0,0,0,0,0,0,0,0,0,0,0.75,0.25,0,0,0,0,0,0,0,0,0,0,0,0,0.25,0.75,0,0,0,0,0,0,0,0,0,0,0,0,0,0.75,0.25,0,0,0,0,0,0,0,0,0,0,0,0,0.25,0.75,0,0,0,0,0,0,0,0,0,0,0,0,0,0.75,0.25,0,0,0,0,0,0,0,0,0,0,0,0,0.25,0.75,0,0,0,0,0,0,0,0,0,0,0,0,0,0.75,0.25,0,0,0,0,0,0,0,0,0,0,0,0,0.25,0.75,0,0,0,0,0,0,0,0,0,0,0,0,0,0.75,0.25,0,0,0,0,0,0,0,0,0,0,0,0,0.25,0.75,0,0,0,0,0,0,0,0,0,0,0,0,0,0.75,0.25,0,0,0,0,0,0,0,0,0,0,0,0,0.25,0.75,0,0,0,0,0,0,0,0,0,0,0,0,0,0.75,0.25,0,0,0,0,0,0,0,0,0,0,0,0,0.25,0.75,0,0,0,0,0,0,0,0,0,0,0,0,0,1]]
  ],
  "inputs": [
    {"name":"low","dtype":"f32","shape":[32,1,14,14],"place":{"arr":"F","off":8269}},
    {"name":"high","dtype":"f32","shape":[32,1,28,28],"place":{"arr":"F","off":14541}}
  ],
  "outputs": [
    {"name":"y","shape":[32,1,28,28],"place":{"arr":"F","off":983565}}
  ],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.002,"beta1":0.9,"beta2":0.999,"eps":1e-8},"params":["c1.W","c1.b","c2.W","c2.b","c3.W","c3.b"],"lr":{"h":0,"f":8267},"t":{"h":1,"f":8268},"value":1774127}
  ],
  "gradients": [
    {"loss":"loss","mode":"train","value":1916733,"grads":[{"name":"c1.W","off":92941,"size":144},{"name":"c1.b","off":1879085,"size":16},{"name":"c2.W","off":1635853,"size":2304},{"name":"c2.b","off":1916717,"size":16},{"name":"c3.W","off":1753357,"size":144},{"name":"c3.b","off":1916734,"size":1},{"name":"low","off":39629,"size":6272},{"name":"high","off":1497869,"size":25088}]},
    {"loss":"loss","mode":"eval","value":1916733,"grads":[{"name":"c1.W","off":92941,"size":144},{"name":"c1.b","off":1879085,"size":16},{"name":"c2.W","off":1635853,"size":2304},{"name":"c2.b","off":1916717,"size":16},{"name":"c3.W","off":1753357,"size":144},{"name":"c3.b","off":1916734,"size":1},{"name":"low","off":39629,"size":6272},{"name":"high","off":1497869,"size":25088}]}
  ],
  "entries": [
    {"feeds":["low"],"checks":[39629,12544,0,983565,25088,1,553933,401408,2,553933,401408,3,39629,401408,2,39629,401408,3,553933,25088,4,983565,25088,5]},
    {"feeds":["low","high"],"checks":[1774125,1,6,1774126,1,7,39629,12544,0,1749037,25088,1,1068237,401408,2,1068237,401408,3,39629,401408,2,39629,401408,3,1497869,25088,4,1774127,1,8,1497869,25088,9,553933,401408,10,1635853,144,11,2480,144,12,1635853,1,13,2624,1,14,39629,401408,15,553933,401408,10,1497869,2304,16,160,2304,17,1497869,16,18,2464,16,19,1068237,401408,15,39629,144,20,0,144,21,39629,16,18,144,16,22]},
    {"feeds":["low","high"],"checks":[39629,12544,0,1866541,25088,1,1068237,401408,2,1068237,401408,3,39629,401408,2,39629,401408,3,1497869,25088,4,1916733,1,8,1891629,25088,9,1497869,25088,9,553933,401408,10,1753357,144,11,1916734,1,13,39629,401408,15,553933,401408,10,1635853,2304,16,1916717,16,18,1068237,401408,15,39629,25088,23,92941,144,20,1879085,16,18,1891629,25088,24,1866541,12544,0,39629,6272,25]},
    {"feeds":["low","high"],"checks":[39629,12544,0,1866541,25088,1,1068237,401408,2,1068237,401408,3,39629,401408,2,39629,401408,3,1497869,25088,4,1916733,1,8,1891629,25088,9,1497869,25088,9,553933,401408,10,1753357,144,11,1916734,1,13,39629,401408,15,553933,401408,10,1635853,2304,16,1916717,16,18,1068237,401408,15,39629,25088,23,92941,144,20,1879085,16,18,1891629,25088,24,1866541,12544,0,39629,6272,25]}
  ],
  "info": [
    [0,1,2,[]], // matmul <prelude>:48:10 f32[32, 1, 14, 28]
    [0,1,3,[]], // matmul <prelude>:48:10 f32[32, 1, 28, 28]
    [4,5,6,[]], // conv2d <prelude>:22:14 f32[32, 16, 28, 28]
    [7,8,6,[]], // relu <prelude>:22:10 f32[32, 16, 28, 28]
    [4,5,3,[]], // conv2d <prelude>:22:14 f32[32, 1, 28, 28]
    [9,10,3,[]], // add mnist_superres.kiln:16:14 f32[32, 1, 28, 28]
    [14,12,15,[11,12,13,12]], // div mnist_superres.kiln:19:3 f32[] (pow, sub)
    [16,12,15,[11,12,13,12]], // sqrt mnist_superres.kiln:19:3 f32[] (pow, sub)
    [18,17,15,[9,10,13,17,18,17,19,17]], // mul mnist_superres.kiln:17:10 f32[] (add, sub, mul, sum)
    [18,17,3,[]], // mul mnist_superres.kiln:17:10 f32[32, 1, 28, 28]
    [20,5,6,[]], // conv2d_input_grad <prelude>:22:14 f32[32, 16, 28, 28]
    [21,5,22,[]], // conv2d_weight_grad <prelude>:22:14 f32[1, 16, 3, 3]
    [23,12,22,[]], // the adam update of param 'c3.W' mnist_superres.kiln:19:3 f32[1, 16, 3, 3]
    [19,5,24,[]], // sum <prelude>:22:14 f32[1]
    [25,12,24,[]], // the adam update of param 'c3.b' mnist_superres.kiln:19:3 f32[1]
    [18,8,6,[26,8]], // mul <prelude>:22:10 f32[32, 16, 28, 28] (gt)
    [21,5,27,[]], // conv2d_weight_grad <prelude>:22:14 f32[16, 16, 3, 3]
    [28,12,27,[]], // the adam update of param 'c2.W' mnist_superres.kiln:19:3 f32[16, 16, 3, 3]
    [19,5,29,[]], // sum <prelude>:22:14 f32[16]
    [30,12,29,[]], // the adam update of param 'c2.b' mnist_superres.kiln:19:3 f32[16]
    [21,5,31,[]], // conv2d_weight_grad <prelude>:22:14 f32[16, 1, 3, 3]
    [32,12,31,[]], // the adam update of param 'c1.W' mnist_superres.kiln:19:3 f32[16, 1, 3, 3]
    [33,12,29,[]], // the adam update of param 'c1.b' mnist_superres.kiln:19:3 f32[16]
    [20,5,3,[]], // conv2d_input_grad <prelude>:22:14 f32[32, 1, 28, 28]
    [9,5,3,[]], // add <prelude>:22:14 f32[32, 1, 28, 28]
    [0,1,34,[]] // matmul <prelude>:48:10 f32[32, 1, 14, 14]
  ],
  "strings": ["matmul","<prelude>:48:10","f32[32, 1, 14, 28]","f32[32, 1, 28, 28]","conv2d","<prelude>:22:14","f32[32, 16, 28, 28]","relu","<prelude>:22:10","add","mnist_superres.kiln:16:14","pow","mnist_superres.kiln:19:3","sub","div","f32[]","sqrt","mnist_superres.kiln:17:10","mul","sum","conv2d_input_grad","conv2d_weight_grad","f32[1, 16, 3, 3]","the adam update of param 'c3.W'","f32[1]","the adam update of param 'c3.b'","gt","f32[16, 16, 3, 3]","the adam update of param 'c2.W'","f32[16]","the adam update of param 'c2.b'","f32[16, 1, 3, 3]","the adam update of param 'c1.W'","the adam update of param 'c1.b'","f32[32, 1, 14, 14]"],
  "predictOnly": false
};
// 32 WebAssembly SIMD kernels, exported as k0, k1, ... (24351 bytes, zlib-compressed)
const WASM = "..."; // 3327 bytes
export function create(options = {}) {
const c = createCore(meta, TABLES, WASM, options);
const F = c.F, I = c.I, H = c.H, W = c.W;
let R = c.rng;
R.fillUniform(F, 0, 144, (-0.19802950859533486), 0.19802950859533486); // c1.W: glorot_uniform
R.fillUniform(F, 160, 2304, (-0.14433756729740643), 0.14433756729740643); // c2.W: glorot_uniform
R.fillUniform(F, 2480, 144, (-0.19802950859533486), 0.19802950859533486); // c3.W: glorot_uniform
function k0(o0, o1, o2) { // matmul [32, 1, 14, 28]
for (let t0 = 0; t0 < 32; t0++) {
let oa1 = o1, ob2 = o2;
{ const q = Math.floor(t0 / 1) % 32; oa1 += q * 196; ob2 += q * 0; }
{ const q = Math.floor(t0 / 1) % 1; oa1 += q * 0; ob2 += q * 0; }
if (W !== null) W.k0(oa1 * 4, ob2 * 4, (o0 + t0 * 392) * 4);
else {
kilnProduct(F, oa1, ob2, o0 + t0 * 392, 14, 14, 28, false, true);
}
}
}
function k1(o0, o1, o2) { // matmul [32, 1, 28, 28]
for (let t0 = 0; t0 < 32; t0++) {
let oa1 = o1, ob2 = o2;
{ const q = Math.floor(t0 / 1) % 32; oa1 += q * 0; ob2 += q * 392; }
{ const q = Math.floor(t0 / 1) % 1; oa1 += q * 0; ob2 += q * 0; }
if (W !== null) W.k1(oa1 * 4, ob2 * 4, (o0 + t0 * 784) * 4);
else {
kilnProduct(F, oa1, ob2, o0 + t0 * 784, 28, 14, 28, false, false);
}
}
}
function k2(o0, o1, o2, o3) { // conv2d [32, 16, 28, 28]
if (W !== null) {
for (let s0 = 0; s0 < 32; s0 += 4) {
const m1 = Math.min(4, 32 - s0);
W.k2((o1 + s0 * 784) * 4, (o0 + 401408) * 4, m1);
W.k3(o2 * 4, (o0 + 401408) * 4, (o0 + s0 * 12544) * 4, o3 * 4, m1);
}
} else {
for (let n2 = 0; n2 < 32; n2++) {
let row11 = o0 + 401408;
for (let c6 = 0; c6 < 1; c6++) for (let kh7 = 0; kh7 < 3; kh7++) for (let kw8 = 0; kw8 < 3; kw8++, row11 += 784) {
const j012 = Math.min(28, Math.max(0, Math.ceil((1 - kw8) / 1)));
const j113 = Math.max(j012, Math.min(28, Math.floor((28 - kw8) / 1) + 1));
for (let i9 = 0; i9 < 28; i9++) {
const h14 = i9 * 1 + kh7 - 1, so15 = row11 + i9 * 28;
if (h14 < 0 || h14 >= 28) {
for (let j10 = 0; j10 < 28; j10++) F[so15 + j10] = 0;
continue;
}
const xo16 = o1 + n2 * 784 + c6 * 784 + h14 * 28 + kw8 - 1;
for (let j10 = 0; j10 < j012; j10++) F[so15 + j10] = 0;
for (let j10 = j012; j10 < j113; j10++) F[so15 + j10] = F[xo16 + j10 * 1];
for (let j10 = j113; j10 < 28; j10++) F[so15 + j10] = 0;
}
}
kilnProduct(F, o2, o0 + 401408, o0 + n2 * 12544, 16, 9, 784, false, false);
for (let ch3 = 0; ch3 < 16; ch3++) {
const v5 = F[o3 + ch3];
for (let p4 = o0 + n2 * 12544 + ch3 * 784; p4 < o0 + n2 * 12544 + ch3 * 784 + 784; p4++) F[p4] += v5;
}
}
}
}
function k3(o0, o1) { // relu [32, 16, 28, 28]
if (W !== null) W.k4(o0 * 4, o0 * 4, o1);
else {
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = (F[o0 + i0] > 0 ? F[o0 + i0] : 0);
}
}
}
function k4(o0, o1, o2, o3) { // conv2d [32, 16, 28, 28]
if (W !== null) {
for (let s0 = 0; s0 < 32; s0 += 1) {
const m1 = Math.min(1, 32 - s0);
W.k5((o1 + s0 * 12544) * 4, (o0 + 401408) * 4, m1);
W.k6(o2 * 4, (o0 + 401408) * 4, (o0 + s0 * 12544) * 4, o3 * 4, m1);
}
} else {
for (let n2 = 0; n2 < 32; n2++) {
let row11 = o0 + 401408;
for (let c6 = 0; c6 < 16; c6++) for (let kh7 = 0; kh7 < 3; kh7++) for (let kw8 = 0; kw8 < 3; kw8++, row11 += 784) {
const j012 = Math.min(28, Math.max(0, Math.ceil((1 - kw8) / 1)));
const j113 = Math.max(j012, Math.min(28, Math.floor((28 - kw8) / 1) + 1));
for (let i9 = 0; i9 < 28; i9++) {
const h14 = i9 * 1 + kh7 - 1, so15 = row11 + i9 * 28;
if (h14 < 0 || h14 >= 28) {
for (let j10 = 0; j10 < 28; j10++) F[so15 + j10] = 0;
continue;
}
const xo16 = o1 + n2 * 12544 + c6 * 784 + h14 * 28 + kw8 - 1;
for (let j10 = 0; j10 < j012; j10++) F[so15 + j10] = 0;
for (let j10 = j012; j10 < j113; j10++) F[so15 + j10] = F[xo16 + j10 * 1];
for (let j10 = j113; j10 < 28; j10++) F[so15 + j10] = 0;
}
}
kilnProduct(F, o2, o0 + 401408, o0 + n2 * 12544, 16, 144, 784, false, false);
for (let ch3 = 0; ch3 < 16; ch3++) {
const v5 = F[o3 + ch3];
for (let p4 = o0 + n2 * 12544 + ch3 * 784; p4 < o0 + n2 * 12544 + ch3 * 784 + 784; p4++) F[p4] += v5;
}
}
}
}
function k5(o0, o1, o2, o3) { // conv2d [32, 1, 28, 28]
if (W !== null) {
for (let s0 = 0; s0 < 32; s0 += 1) {
const m1 = Math.min(1, 32 - s0);
W.k5((o1 + s0 * 12544) * 4, (o0 + 25088) * 4, m1);
W.k7(o2 * 4, (o0 + 25088) * 4, (o0 + s0 * 784) * 4, o3 * 4, m1);
}
} else {
for (let n2 = 0; n2 < 32; n2++) {
let row11 = o0 + 25088;
for (let c6 = 0; c6 < 16; c6++) for (let kh7 = 0; kh7 < 3; kh7++) for (let kw8 = 0; kw8 < 3; kw8++, row11 += 784) {
const j012 = Math.min(28, Math.max(0, Math.ceil((1 - kw8) / 1)));
const j113 = Math.max(j012, Math.min(28, Math.floor((28 - kw8) / 1) + 1));
for (let i9 = 0; i9 < 28; i9++) {
const h14 = i9 * 1 + kh7 - 1, so15 = row11 + i9 * 28;
if (h14 < 0 || h14 >= 28) {
for (let j10 = 0; j10 < 28; j10++) F[so15 + j10] = 0;
continue;
}
const xo16 = o1 + n2 * 12544 + c6 * 784 + h14 * 28 + kw8 - 1;
for (let j10 = 0; j10 < j012; j10++) F[so15 + j10] = 0;
for (let j10 = j012; j10 < j113; j10++) F[so15 + j10] = F[xo16 + j10 * 1];
for (let j10 = j113; j10 < 28; j10++) F[so15 + j10] = 0;
}
}
kilnProduct(F, o2, o0 + 25088, o0 + n2 * 784, 1, 144, 784, false, false);
for (let ch3 = 0; ch3 < 1; ch3++) {
const v5 = F[o3 + ch3];
for (let p4 = o0 + n2 * 784 + ch3 * 784; p4 < o0 + n2 * 784 + ch3 * 784 + 784; p4++) F[p4] += v5;
}
}
}
}
function k6(o0, o1, o2) { // add [32, 1, 28, 28]
if (W !== null) W.k8(o0 * 4, o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
F[o0 + i0] = F[o0 + i0] + F[o1 + i0];
}
}
}
function k7(o0, o1, o2, o3, o4) { // fused pow sub div []
const x4 = H[o0];
const x6 = H[o2];
const v0 = Math.pow(0.9, x4);
const v1 = 1 - v0;
const v2 = x6 / v1;
F[o4] = v2;
}
function k8(o0, o1, o2) { // fused pow sub sqrt []
const x4 = H[o0];
const v0 = Math.pow(0.999, x4);
const v1 = 1 - v0;
const v2 = Math.sqrt(v1);
F[o2] = v2;
}
function k9(o0, o1, o2, o3) { // fused add sub mul sum mul []
if (W !== null) W.k9(o0 * 4, o1 * 4, o2 * 4, o1 * 4, o3 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 25088; i1++) {
const x5 = F[o0 + i1];
const x6 = F[o1 + i1];
const x7 = F[o2 + i1];
const v0 = x5 + x6;
const v1 = v0 - x7;
const v2 = v1 * v1;
F[o1 + i1] = v1;
acc0 = acc0 + v2;
}
const v3 = acc0;
const v4 = v3 * 0.00003985969387755102;
F[o3] = v4;
}
}
function k10(o0, o1) { // mul [32, 1, 28, 28]
if (W !== null) W.k10(o0 * 4, o0 * 4, o1);
else {
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = F[o0 + i0] * 0.00007971938775510203;
}
}
}
function k11(o0, o1, o2) { // conv2d_input_grad [32, 16, 28, 28]
if (W !== null) {
if (W !== null) W.k13(o0 * 4);
else {
for (let z2 = 0; z2 < 401408; z2++) F[o0 + z2] = 0;
}
for (let s0 = 0; s0 < 32; s0 += 1) {
const m1 = Math.min(1, 32 - s0);
W.k11(o2 * 4, (o1 + s0 * 784) * 4, (o0 + 401408) * 4, 0, m1);
W.k12((o0 + s0 * 12544) * 4, (o0 + 401408) * 4, m1);
}
} else {
for (let n3 = 0; n3 < 32; n3++) {
kilnProduct(F, o2, o1 + n3 * 784, o0 + 401408, 144, 1, 784, true, false);
for (let z4 = 0; z4 < 12544; z4++) F[o0 + n3 * 12544 + z4] = 0;
let row10 = o0 + 401408;
for (let c5 = 0; c5 < 16; c5++) for (let kh6 = 0; kh6 < 3; kh6++) for (let kw7 = 0; kw7 < 3; kw7++, row10 += 784) {
const j011 = Math.min(28, Math.max(0, Math.ceil((1 - kw7) / 1)));
const j112 = Math.max(j011, Math.min(28, Math.floor((28 - kw7) / 1) + 1));
for (let i8 = 0; i8 < 28; i8++) {
const h13 = i8 * 1 + kh6 - 1, so14 = row10 + i8 * 28;
if (h13 < 0 || h13 >= 28) {
continue;
}
const xo15 = o0 + n3 * 12544 + c5 * 784 + h13 * 28 + kw7 - 1;
for (let j9 = j011; j9 < j112; j9++) F[xo15 + j9 * 1] += F[so14 + j9];
}
}
}
}
}
function k12(o0, o1, o2) { // conv2d_weight_grad [1, 16, 3, 3]
if (W !== null) {
for (let s0 = 0; s0 < 32; s0 += 1) {
const m1 = Math.min(1, 32 - s0);
W.k5((o1 + s0 * 12544) * 4, (o0 + 144) * 4, m1);
(s0 === 0 ? W.k14 : W.k15)((o2 + s0 * 784) * 4, (o0 + 144) * 4, o0 * 4, 0, m1);
}
} else {
for (let z4 = 0; z4 < 144; z4++) F[o0 + z4] = 0;
for (let n2 = 0; n2 < 32; n2++) {
let row10 = o0 + 144;
for (let c5 = 0; c5 < 16; c5++) for (let kh6 = 0; kh6 < 3; kh6++) for (let kw7 = 0; kw7 < 3; kw7++, row10 += 784) {
const j011 = Math.min(28, Math.max(0, Math.ceil((1 - kw7) / 1)));
const j112 = Math.max(j011, Math.min(28, Math.floor((28 - kw7) / 1) + 1));
for (let i8 = 0; i8 < 28; i8++) {
const h13 = i8 * 1 + kh6 - 1, so14 = row10 + i8 * 28;
if (h13 < 0 || h13 >= 28) {
for (let j9 = 0; j9 < 28; j9++) F[so14 + j9] = 0;
continue;
}
const xo15 = o1 + n2 * 12544 + c5 * 784 + h13 * 28 + kw7 - 1;
for (let j9 = 0; j9 < j011; j9++) F[so14 + j9] = 0;
for (let j9 = j011; j9 < j112; j9++) F[so14 + j9] = F[xo15 + j9 * 1];
for (let j9 = j112; j9 < 28; j9++) F[so14 + j9] = 0;
}
}
kilnProduct(F, o2 + n2 * 784, o0 + 144, o0 + 144 + 112896, 1, 784, 144, false, true);
for (let i3 = 0; i3 < 144; i3++) F[o0 + i3] += F[o0 + 144 + 112896 + i3];
}
}
}
function k13(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [1, 16, 3, 3]
if (W !== null) W.k16(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4, o2 * 4, o5 * 4, o6);
else {
for (let i0 = 0; i0 < o6; i0++) {
const x13 = F[o0 + i0];
const x14 = F[o1 + i0];
const x16 = F[o2 + i0];
const x19 = F[o3];
const x21 = F[o4];
const x22 = F[o5 + i0];
const v0 = x13 - x14;
const v1 = v0 * 0.09999999999999998;
const v2 = x14 + v1;
const v3 = x16 * 0.999;
const v4 = x13 * x13;
const v5 = v4 * 0.0010000000000000009;
const v6 = v3 + v5;
const v7 = Math.sqrt(v6);
const v8 = v7 / x19;
const v9 = v8 + 1e-8;
const v10 = x21 * v2;
const v11 = v10 / v9;
const v12 = x22 - v11;
F[o1 + i0] = v2;
F[o2 + i0] = v6;
F[o5 + i0] = v12;
}
}
}
function k14(o0, o1) { // sum [1]
if (W !== null) W.k17(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 25088; i1++) {
acc0 = acc0 + F[o0 + i1];
}
const v0 = acc0;
F[o1] = v0;
}
}
function k15(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [1]
if (W !== null) W.k18(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4, o2 * 4, o5 * 4, o6);
else {
const x13 = F[o0];
const x14 = F[o1];
const x16 = F[o2];
const x19 = F[o3];
const x21 = F[o4];
const x22 = F[o5];
const v0 = x13 - x14;
const v1 = v0 * 0.09999999999999998;
const v2 = x14 + v1;
const v3 = x16 * 0.999;
const v4 = x13 * x13;
const v5 = v4 * 0.0010000000000000009;
const v6 = v3 + v5;
const v7 = Math.sqrt(v6);
const v8 = v7 / x19;
const v9 = v8 + 1e-8;
const v10 = x21 * v2;
const v11 = v10 / v9;
const v12 = x22 - v11;
F[o1] = v2;
F[o2] = v6;
F[o5] = v12;
}
}
function k16(o0, o1, o2) { // fused gt mul [32, 16, 28, 28]
if (W !== null) W.k19(o0 * 4, o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
const x2 = F[o0 + i0];
const x4 = F[o1 + i0];
const v0 = (x2 > 0 ? 1 : 0);
const v1 = x4 * v0;
F[o0 + i0] = v1;
}
}
}
function k17(o0, o1, o2) { // conv2d_input_grad [32, 16, 28, 28]
if (W !== null) {
if (W !== null) W.k13(o0 * 4);
else {
for (let z2 = 0; z2 < 401408; z2++) F[o0 + z2] = 0;
}
for (let s0 = 0; s0 < 32; s0 += 1) {
const m1 = Math.min(1, 32 - s0);
W.k20(o2 * 4, (o1 + s0 * 12544) * 4, (o0 + 401408) * 4, 0, m1);
W.k12((o0 + s0 * 12544) * 4, (o0 + 401408) * 4, m1);
}
} else {
for (let n3 = 0; n3 < 32; n3++) {
kilnProduct(F, o2, o1 + n3 * 12544, o0 + 401408, 144, 16, 784, true, false);
for (let z4 = 0; z4 < 12544; z4++) F[o0 + n3 * 12544 + z4] = 0;
let row10 = o0 + 401408;
for (let c5 = 0; c5 < 16; c5++) for (let kh6 = 0; kh6 < 3; kh6++) for (let kw7 = 0; kw7 < 3; kw7++, row10 += 784) {
const j011 = Math.min(28, Math.max(0, Math.ceil((1 - kw7) / 1)));
const j112 = Math.max(j011, Math.min(28, Math.floor((28 - kw7) / 1) + 1));
for (let i8 = 0; i8 < 28; i8++) {
const h13 = i8 * 1 + kh6 - 1, so14 = row10 + i8 * 28;
if (h13 < 0 || h13 >= 28) {
continue;
}
const xo15 = o0 + n3 * 12544 + c5 * 784 + h13 * 28 + kw7 - 1;
for (let j9 = j011; j9 < j112; j9++) F[xo15 + j9 * 1] += F[so14 + j9];
}
}
}
}
}
function k18(o0, o1, o2) { // conv2d_weight_grad [16, 16, 3, 3]
if (W !== null) {
for (let s0 = 0; s0 < 32; s0 += 1) {
const m1 = Math.min(1, 32 - s0);
W.k5((o1 + s0 * 12544) * 4, (o0 + 2304) * 4, m1);
(s0 === 0 ? W.k21 : W.k22)((o2 + s0 * 12544) * 4, (o0 + 2304) * 4, o0 * 4, 0, m1);
}
} else {
for (let z4 = 0; z4 < 2304; z4++) F[o0 + z4] = 0;
for (let n2 = 0; n2 < 32; n2++) {
let row10 = o0 + 2304;
for (let c5 = 0; c5 < 16; c5++) for (let kh6 = 0; kh6 < 3; kh6++) for (let kw7 = 0; kw7 < 3; kw7++, row10 += 784) {
const j011 = Math.min(28, Math.max(0, Math.ceil((1 - kw7) / 1)));
const j112 = Math.max(j011, Math.min(28, Math.floor((28 - kw7) / 1) + 1));
for (let i8 = 0; i8 < 28; i8++) {
const h13 = i8 * 1 + kh6 - 1, so14 = row10 + i8 * 28;
if (h13 < 0 || h13 >= 28) {
for (let j9 = 0; j9 < 28; j9++) F[so14 + j9] = 0;
continue;
}
const xo15 = o1 + n2 * 12544 + c5 * 784 + h13 * 28 + kw7 - 1;
for (let j9 = 0; j9 < j011; j9++) F[so14 + j9] = 0;
for (let j9 = j011; j9 < j112; j9++) F[so14 + j9] = F[xo15 + j9 * 1];
for (let j9 = j112; j9 < 28; j9++) F[so14 + j9] = 0;
}
}
kilnProduct(F, o2 + n2 * 12544, o0 + 2304, o0 + 2304 + 112896, 16, 784, 144, false, true);
for (let i3 = 0; i3 < 2304; i3++) F[o0 + i3] += F[o0 + 2304 + 112896 + i3];
}
}
}
function k19(o0, o1) { // sum [16]
if (W !== null) W.k23(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 784; i2 < 32; i2++, p3 += 12544) {
for (let i4 = 0; i4 < 784; i4++) {
acc0 = acc0 + F[p3 + i4];
}
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k20(o0, o1, o2) { // conv2d_weight_grad [16, 1, 3, 3]
if (W !== null) {
for (let s0 = 0; s0 < 32; s0 += 4) {
const m1 = Math.min(4, 32 - s0);
W.k2((o1 + s0 * 784) * 4, (o0 + 144) * 4, m1);
(s0 === 0 ? W.k24 : W.k25)((o2 + s0 * 12544) * 4, (o0 + 144) * 4, o0 * 4, 0, m1);
}
} else {
for (let z4 = 0; z4 < 144; z4++) F[o0 + z4] = 0;
for (let n2 = 0; n2 < 32; n2++) {
let row10 = o0 + 144;
for (let c5 = 0; c5 < 1; c5++) for (let kh6 = 0; kh6 < 3; kh6++) for (let kw7 = 0; kw7 < 3; kw7++, row10 += 784) {
const j011 = Math.min(28, Math.max(0, Math.ceil((1 - kw7) / 1)));
const j112 = Math.max(j011, Math.min(28, Math.floor((28 - kw7) / 1) + 1));
for (let i8 = 0; i8 < 28; i8++) {
const h13 = i8 * 1 + kh6 - 1, so14 = row10 + i8 * 28;
if (h13 < 0 || h13 >= 28) {
for (let j9 = 0; j9 < 28; j9++) F[so14 + j9] = 0;
continue;
}
const xo15 = o1 + n2 * 784 + c5 * 784 + h13 * 28 + kw7 - 1;
for (let j9 = 0; j9 < j011; j9++) F[so14 + j9] = 0;
for (let j9 = j011; j9 < j112; j9++) F[so14 + j9] = F[xo15 + j9 * 1];
for (let j9 = j112; j9 < 28; j9++) F[so14 + j9] = 0;
}
}
kilnProduct(F, o2 + n2 * 12544, o0 + 144, o0 + 144 + 7056, 16, 784, 9, false, true);
for (let i3 = 0; i3 < 144; i3++) F[o0 + i3] += F[o0 + 144 + 7056 + i3];
}
}
}
function k21(o0, o1, o2) { // mul [32, 1, 28, 28]
if (W !== null) W.k10(o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
F[o0 + i0] = F[o1 + i0] * 0.00007971938775510203;
}
}
}
function k22(o0, o1) { // mul [32, 1, 28, 28]
if (W !== null) W.k26(o0 * 4, o0 * 4, o1);
else {
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = F[o0 + i0] * (-0.00007971938775510203);
}
}
}
function k23(o0, o1, o2) { // conv2d_input_grad [32, 1, 28, 28]
if (W !== null) {
if (W !== null) W.k29(o0 * 4);
else {
for (let z2 = 0; z2 < 25088; z2++) F[o0 + z2] = 0;
}
for (let s0 = 0; s0 < 32; s0 += 4) {
const m1 = Math.min(4, 32 - s0);
W.k27(o2 * 4, (o1 + s0 * 12544) * 4, (o0 + 25088) * 4, 0, m1);
W.k28((o0 + s0 * 784) * 4, (o0 + 25088) * 4, m1);
}
} else {
for (let n3 = 0; n3 < 32; n3++) {
kilnProduct(F, o2, o1 + n3 * 12544, o0 + 25088, 9, 16, 784, true, false);
for (let z4 = 0; z4 < 784; z4++) F[o0 + n3 * 784 + z4] = 0;
let row10 = o0 + 25088;
for (let c5 = 0; c5 < 1; c5++) for (let kh6 = 0; kh6 < 3; kh6++) for (let kw7 = 0; kw7 < 3; kw7++, row10 += 784) {
const j011 = Math.min(28, Math.max(0, Math.ceil((1 - kw7) / 1)));
const j112 = Math.max(j011, Math.min(28, Math.floor((28 - kw7) / 1) + 1));
for (let i8 = 0; i8 < 28; i8++) {
const h13 = i8 * 1 + kh6 - 1, so14 = row10 + i8 * 28;
if (h13 < 0 || h13 >= 28) {
continue;
}
const xo15 = o0 + n3 * 784 + c5 * 784 + h13 * 28 + kw7 - 1;
for (let j9 = j011; j9 < j112; j9++) F[xo15 + j9 * 1] += F[so14 + j9];
}
}
}
}
}
function k24(o0, o1, o2) { // matmul [32, 1, 14, 28]
for (let t0 = 0; t0 < 32; t0++) {
let oa1 = o1, ob2 = o2;
{ const q = Math.floor(t0 / 1) % 32; oa1 += q * 0; ob2 += q * 784; }
{ const q = Math.floor(t0 / 1) % 1; oa1 += q * 0; ob2 += q * 0; }
if (W !== null) W.k30(oa1 * 4, ob2 * 4, (o0 + t0 * 392) * 4);
else {
kilnProduct(F, oa1, ob2, o0 + t0 * 392, 14, 28, 28, true, false);
}
}
}
function k25(o0, o1, o2) { // matmul [32, 1, 14, 14]
for (let t0 = 0; t0 < 32; t0++) {
let oa1 = o1, ob2 = o2;
{ const q = Math.floor(t0 / 1) % 32; oa1 += q * 392; ob2 += q * 0; }
{ const q = Math.floor(t0 / 1) % 1; oa1 += q * 0; ob2 += q * 0; }
if (W !== null) W.k31(oa1 * 4, ob2 * 4, (o0 + t0 * 196) * 4);
else {
kilnProduct(F, oa1, ob2, o0 + t0 * 196, 14, 28, 14, false, false);
}
}
}
function run_predict(c) {
k0(39629, 8269, 7875);
c?.(0);
k1(983565, 7875, 39629);
c?.(1);
k2(553933, 983565, 0, 144);
c?.(2);
k3(553933, 401408);
c?.(3);
k4(39629, 553933, 160, 2464);
c?.(4);
k3(39629, 401408);
c?.(5);
k5(553933, 39629, 2480, 2624);
c?.(6);
k6(983565, 553933, 25088);
c?.(7);
}
function run_step0(c) {
k7(1, 8268, 0, 8267, 1774125);
c?.(0);
k8(1, 8268, 1774126);
c?.(1);
k0(39629, 8269, 7875);
c?.(2);
k1(1749037, 7875, 39629);
c?.(3);
k2(1068237, 1749037, 0, 144);
c?.(4);
k3(1068237, 401408);
c?.(5);
k4(39629, 1068237, 160, 2464);
c?.(6);
k3(39629, 401408);
c?.(7);
k5(1497869, 39629, 2480, 2624);
c?.(8);
k9(1749037, 1497869, 14541, 1774127);
c?.(9);
k10(1497869, 25088);
c?.(10);
k11(553933, 1497869, 2480);
c?.(11);
k12(1635853, 39629, 1497869);
c?.(12);
k13(1635853, 7585, 7729, 1774126, 1774125, 2480, 144);
c?.(13);
k14(1497869, 1635853);
c?.(14);
k15(1635853, 7873, 7874, 1774126, 1774125, 2624, 1);
c?.(15);
k16(39629, 553933, 401408);
c?.(16);
k17(553933, 39629, 160);
c?.(17);
k18(1497869, 1068237, 39629);
c?.(18);
k13(1497869, 2945, 5249, 1774126, 1774125, 160, 2304);
c?.(19);
k19(39629, 1497869);
c?.(20);
k13(1497869, 7553, 7569, 1774126, 1774125, 2464, 16);
c?.(21);
k16(1068237, 553933, 401408);
c?.(22);
k20(39629, 1749037, 1068237);
c?.(23);
k13(39629, 2625, 2769, 1774126, 1774125, 0, 144);
c?.(24);
k19(1068237, 39629);
c?.(25);
k13(39629, 2913, 2929, 1774126, 1774125, 144, 16);
c?.(26);
}
function run_grad0(c) {
k0(39629, 8269, 7875);
c?.(0);
k1(1866541, 7875, 39629);
c?.(1);
k2(1068237, 1866541, 0, 144);
c?.(2);
k3(1068237, 401408);
c?.(3);
k4(39629, 1068237, 160, 2464);
c?.(4);
k3(39629, 401408);
c?.(5);
k5(1497869, 39629, 2480, 2624);
c?.(6);
k9(1866541, 1497869, 14541, 1916733);
c?.(7);
k21(1891629, 1497869, 25088);
c?.(8);
k22(1497869, 25088);
c?.(9);
k11(553933, 1891629, 2480);
c?.(10);
k12(1753357, 39629, 1891629);
c?.(11);
k14(1891629, 1916734);
c?.(12);
k16(39629, 553933, 401408);
c?.(13);
k17(553933, 39629, 160);
c?.(14);
k18(1635853, 1068237, 39629);
c?.(15);
k19(39629, 1916717);
c?.(16);
k16(1068237, 553933, 401408);
c?.(17);
k23(39629, 1068237, 0);
c?.(18);
k20(92941, 1866541, 1068237);
c?.(19);
k19(1068237, 1879085);
c?.(20);
k6(1891629, 39629, 25088);
c?.(21);
k24(1866541, 7875, 1891629);
c?.(22);
k25(39629, 1866541, 7875);
c?.(23);
}
return finishModel(c, [run_predict, run_step0, run_grad0, run_grad0], (r) => { R = r; });
}
