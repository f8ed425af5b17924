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
  "arenaBytes": 7732028
};
const TABLES = {
  "NF": 1933007,
  "NI": 0,
  "NH": 2,
  "arenaBytes": 7732028,
  "persistent": [
    {"name":"c1.W","shape":[16,1,3,3],"off":0,"size":144,"kind":"param","init":{"kind":"glorot_uniform","args":[]}},
    {"name":"c1.b","shape":[16],"off":144,"size":16,"kind":"param","init":{"kind":"zeros","args":[]}},
    {"name":"c2.W","shape":[16,16,3,3],"off":160,"size":2304,"kind":"param","init":{"kind":"glorot_uniform","args":[]}},
    {"name":"c2.b","shape":[16],"off":2464,"size":16,"kind":"param","init":{"kind":"zeros","args":[]}},
    {"name":"c3.W","shape":[1,16,3,3],"off":2480,"size":144,"kind":"param","init":{"kind":"glorot_uniform","args":[]}},
    {"name":"c3.b","shape":[1],"off":2624,"size":1,"kind":"param","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/c1.W/exp_avg","shape":[16,1,3,3],"off":2625,"size":144,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/c1.W/exp_avg_sq","shape":[16,1,3,3],"off":2769,"size":144,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/c1.b/exp_avg","shape":[16],"off":2913,"size":16,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/c1.b/exp_avg_sq","shape":[16],"off":2929,"size":16,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/c2.W/exp_avg","shape":[16,16,3,3],"off":2945,"size":2304,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/c2.W/exp_avg_sq","shape":[16,16,3,3],"off":5249,"size":2304,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/c2.b/exp_avg","shape":[16],"off":7553,"size":16,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/c2.b/exp_avg_sq","shape":[16],"off":7569,"size":16,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/c3.W/exp_avg","shape":[1,16,3,3],"off":7585,"size":144,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/c3.W/exp_avg_sq","shape":[1,16,3,3],"off":7729,"size":144,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/c3.b/exp_avg","shape":[1],"off":7873,"size":1,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/c3.b/exp_avg_sq","shape":[1],"off":7874,"size":1,"kind":"optim","init":{"kind":"zeros","args":[]}}
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
    {"name":"y","shape":[32,1,28,28],"place":{"arr":"F","off":962397}}
  ],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.002,"beta1":0.9,"beta2":0.999,"eps":1e-8},"params":["c1.W","c1.b","c2.W","c2.b","c3.W","c3.b"],"lr":{"h":0,"f":8267},"t":{"h":1,"f":8268},"value":1752957}
  ],
  "gradients": [
    {"loss":"loss","mode":"train","value":1895565,"grads":[{"name":"c1.W","off":71773,"size":144},{"name":"c1.b","off":1857917,"size":16},{"name":"c2.W","off":1614685,"size":2304},{"name":"c2.b","off":1895549,"size":16},{"name":"c3.W","off":1732189,"size":144},{"name":"c3.b","off":1895566,"size":1},{"name":"low","off":39629,"size":6272},{"name":"high","off":1476701,"size":25088}]},
    {"loss":"loss","mode":"eval","value":1895565,"grads":[{"name":"c1.W","off":71773,"size":144},{"name":"c1.b","off":1857917,"size":16},{"name":"c2.W","off":1614685,"size":2304},{"name":"c2.b","off":1895549,"size":16},{"name":"c3.W","off":1732189,"size":144},{"name":"c3.b","off":1895566,"size":1},{"name":"low","off":39629,"size":6272},{"name":"high","off":1476701,"size":25088}]}
  ],
  "entries": [
    {"feeds":["low"],"checks":[39629,12544,0,962397,25088,1,553933,401408,2,553933,401408,3,39629,401408,2,39629,401408,3,553933,25088,4,962397,25088,5]},
    {"feeds":["low","high"],"checks":[39629,12544,0,1727869,25088,1,1068237,401408,2,1068237,401408,3,39629,401408,2,39629,401408,3,1476701,25088,4,1752957,1,6,1476701,25088,7,553933,401408,8,1614685,144,9,1752958,1,10,39629,401408,11,553933,401408,8,1476701,2304,12,1601549,16,13,1068237,401408,11,1594205,144,14,1601565,16,13,1601581,1,15,1601582,1,16,0,144,17,144,16,18,160,2304,19,2464,16,20,2480,144,21,2624,1,22]},
    {"feeds":["low","high"],"checks":[39629,12544,0,1845373,25088,1,1068237,401408,2,1068237,401408,3,39629,401408,2,39629,401408,3,1476701,25088,4,1895565,1,6,1870461,25088,7,1476701,25088,7,553933,401408,8,1732189,144,9,1895566,1,10,39629,401408,11,553933,401408,8,1614685,2304,12,1895549,16,13,1068237,401408,11,39629,25088,23,71773,144,14,1857917,16,13,1870461,25088,24,1845373,12544,0,39629,6272,25]},
    {"feeds":["low","high"],"checks":[39629,12544,0,1845373,25088,1,1068237,401408,2,1068237,401408,3,39629,401408,2,39629,401408,3,1476701,25088,4,1895565,1,6,1870461,25088,7,1476701,25088,7,553933,401408,8,1732189,144,9,1895566,1,10,39629,401408,11,553933,401408,8,1614685,2304,12,1895549,16,13,1068237,401408,11,39629,25088,23,71773,144,14,1857917,16,13,1870461,25088,24,1845373,12544,0,39629,6272,25]}
  ],
  "info": [
    ["matmul","<prelude>:48:10","f32[32, 1, 14, 28]",""],
    ["matmul","<prelude>:48:10","f32[32, 1, 28, 28]",""],
    ["conv2d","<prelude>:22:14","f32[32, 16, 28, 28]",""],
    ["relu","<prelude>:22:10","f32[32, 16, 28, 28]",""],
    ["conv2d","<prelude>:22:14","f32[32, 1, 28, 28]",""],
    ["add","mnist_superres.kiln:16:14","f32[32, 1, 28, 28]",""],
    ["mul","mnist_superres.kiln:17:10","f32[]","add at mnist_superres.kiln:16:14, sub at mnist_superres.kiln:17:10, mul at mnist_superres.kiln:17:10, sum at mnist_superres.kiln:17:10"],
    ["mul","mnist_superres.kiln:17:10","f32[32, 1, 28, 28]",""],
    ["conv2d_input_grad","<prelude>:22:14","f32[32, 16, 28, 28]",""],
    ["conv2d_weight_grad","<prelude>:22:14","f32[1, 16, 3, 3]",""],
    ["sum","<prelude>:22:14","f32[1]",""],
    ["mul","<prelude>:22:10","f32[32, 16, 28, 28]","gt at <prelude>:22:10"],
    ["conv2d_weight_grad","<prelude>:22:14","f32[16, 16, 3, 3]",""],
    ["sum","<prelude>:22:14","f32[16]",""],
    ["conv2d_weight_grad","<prelude>:22:14","f32[16, 1, 3, 3]",""],
    ["div","mnist_superres.kiln:19:3","f32[]","pow at mnist_superres.kiln:19:3, sub at mnist_superres.kiln:19:3"],
    ["sqrt","mnist_superres.kiln:19:3","f32[]","pow at mnist_superres.kiln:19:3, sub at mnist_superres.kiln:19:3"],
    ["the adam update of param 'c1.W'","mnist_superres.kiln:19:3","f32[16, 1, 3, 3]",""],
    ["the adam update of param 'c1.b'","mnist_superres.kiln:19:3","f32[16]",""],
    ["the adam update of param 'c2.W'","mnist_superres.kiln:19:3","f32[16, 16, 3, 3]",""],
    ["the adam update of param 'c2.b'","mnist_superres.kiln:19:3","f32[16]",""],
    ["the adam update of param 'c3.W'","mnist_superres.kiln:19:3","f32[1, 16, 3, 3]",""],
    ["the adam update of param 'c3.b'","mnist_superres.kiln:19:3","f32[1]",""],
    ["conv2d_input_grad","<prelude>:22:14","f32[32, 1, 28, 28]",""],
    ["add","<prelude>:22:14","f32[32, 1, 28, 28]",""],
    ["matmul","<prelude>:48:10","f32[32, 1, 14, 14]",""]
  ],
  "predictOnly": false
};
// 35 WebAssembly SIMD kernels, exported as k0, k1, ...
const WASM = "..."; // 25809 bytes
export function create(options = {}) {
const c = createCore(meta, TABLES, WASM, options);
const F = c.F, I = c.I, H = c.H, W = c.W;
let R = c.rng;
const PACK = 1895567;
function k0(o0, o1, o2) { // matmul [32, 1, 14, 28]
for (let t0 = 0; t0 < 32; t0++) {
let oa1 = o1, ob2 = o2;
{ const q = Math.floor(t0 / 1) % 32; oa1 += q * 196; ob2 += q * 0; }
{ const q = Math.floor(t0 / 1) % 1; oa1 += q * 0; ob2 += q * 0; }
if (W !== null) W.k0((oa1) * 4, (ob2) * 4, (o0 + t0 * 392) * 4);
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
if (W !== null) W.k1((oa1) * 4, (ob2) * 4, (o0 + t0 * 784) * 4);
else {
kilnProduct(F, oa1, ob2, o0 + t0 * 784, 28, 14, 28, false, false);
}
}
}
function k2(o0, o1, o2, o3) { // conv2d [32, 16, 28, 28]
if (W !== null) {
for (let n0 = 0; n0 < 32; n0++) {
W.k2((o1 + n0 * 784) * 4, (o0 + 401408) * 4);
W.k3((o2) * 4, (o0 + 401408) * 4, (o0 + n0 * 12544) * 4, (o3) * 4);
}
} else {
for (let n1 = 0; n1 < 32; n1++) {
if (W !== null) W.k2((o1 + n1 * 784) * 4, (o0 + 401408) * 4);
else {
let row10 = o0 + 401408;
for (let c5 = 0; c5 < 1; c5++) for (let kh6 = 0; kh6 < 3; kh6++) for (let kw7 = 0; kw7 < 3; kw7++, row10 += 784) {
const j011 = Math.min(28, Math.max(0, Math.ceil((1 - kw7) / 1)));
const j112 = Math.max(j011, Math.min(28, Math.floor((28 - kw7) / 1) + 1));
for (let i8 = 0; i8 < 28; i8++) {
const h13 = i8 * 1 + kh6 - 1, so14 = row10 + i8 * 28;
if (h13 < 0 || h13 >= 28) {
for (let j9 = 0; j9 < 28; j9++) F[so14 + j9] = 0;
continue;
}
const xo15 = o1 + n1 * 784 + c5 * 784 + h13 * 28 + kw7 - 1;
for (let j9 = 0; j9 < j011; j9++) F[so14 + j9] = 0;
for (let j9 = j011; j9 < j112; j9++) F[so14 + j9] = F[xo15 + j9 * 1];
for (let j9 = j112; j9 < 28; j9++) F[so14 + j9] = 0;
}
}
}
if (W !== null) W.k4((o2) * 4, (o0 + 401408) * 4, (o0 + n1 * 12544) * 4);
else {
kilnProduct(F, o2, o0 + 401408, o0 + n1 * 12544, 16, 9, 784, false, false);
}
for (let ch2 = 0; ch2 < 16; ch2++) {
const v4 = F[o3 + ch2];
for (let p3 = o0 + n1 * 12544 + ch2 * 784; p3 < o0 + n1 * 12544 + ch2 * 784 + 784; p3++) F[p3] += v4;
}
}
}
}
function k3(o0, o1) { // relu [32, 16, 28, 28]
if (W !== null) W.k5((o0) * 4, (o0) * 4, o1);
else {
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = (F[o0 + i0] > 0 ? F[o0 + i0] : 0);
}
}
}
function k4(o0, o1, o2, o3) { // conv2d [32, 16, 28, 28]
if (W !== null) {
for (let n0 = 0; n0 < 32; n0++) {
W.k6((o1 + n0 * 12544) * 4, (o0 + 401408) * 4);
W.k7((o2) * 4, (o0 + 401408) * 4, (o0 + n0 * 12544) * 4, (o3) * 4);
}
} else {
for (let n1 = 0; n1 < 32; n1++) {
if (W !== null) W.k6((o1 + n1 * 12544) * 4, (o0 + 401408) * 4);
else {
let row10 = o0 + 401408;
for (let c5 = 0; c5 < 16; c5++) for (let kh6 = 0; kh6 < 3; kh6++) for (let kw7 = 0; kw7 < 3; kw7++, row10 += 784) {
const j011 = Math.min(28, Math.max(0, Math.ceil((1 - kw7) / 1)));
const j112 = Math.max(j011, Math.min(28, Math.floor((28 - kw7) / 1) + 1));
for (let i8 = 0; i8 < 28; i8++) {
const h13 = i8 * 1 + kh6 - 1, so14 = row10 + i8 * 28;
if (h13 < 0 || h13 >= 28) {
for (let j9 = 0; j9 < 28; j9++) F[so14 + j9] = 0;
continue;
}
const xo15 = o1 + n1 * 12544 + c5 * 784 + h13 * 28 + kw7 - 1;
for (let j9 = 0; j9 < j011; j9++) F[so14 + j9] = 0;
for (let j9 = j011; j9 < j112; j9++) F[so14 + j9] = F[xo15 + j9 * 1];
for (let j9 = j112; j9 < 28; j9++) F[so14 + j9] = 0;
}
}
}
if (W !== null) W.k8((o2) * 4, (o0 + 401408) * 4, (o0 + n1 * 12544) * 4, (PACK) * 4);
else {
kilnProduct(F, o2, o0 + 401408, o0 + n1 * 12544, 16, 144, 784, false, false);
}
for (let ch2 = 0; ch2 < 16; ch2++) {
const v4 = F[o3 + ch2];
for (let p3 = o0 + n1 * 12544 + ch2 * 784; p3 < o0 + n1 * 12544 + ch2 * 784 + 784; p3++) F[p3] += v4;
}
}
}
}
function k5(o0, o1, o2, o3) { // conv2d [32, 1, 28, 28]
if (W !== null) {
for (let n0 = 0; n0 < 32; n0++) {
W.k6((o1 + n0 * 12544) * 4, (o0 + 25088) * 4);
W.k9((o2) * 4, (o0 + 25088) * 4, (o0 + n0 * 784) * 4, (o3) * 4);
}
} else {
for (let n1 = 0; n1 < 32; n1++) {
if (W !== null) W.k6((o1 + n1 * 12544) * 4, (o0 + 25088) * 4);
else {
let row10 = o0 + 25088;
for (let c5 = 0; c5 < 16; c5++) for (let kh6 = 0; kh6 < 3; kh6++) for (let kw7 = 0; kw7 < 3; kw7++, row10 += 784) {
const j011 = Math.min(28, Math.max(0, Math.ceil((1 - kw7) / 1)));
const j112 = Math.max(j011, Math.min(28, Math.floor((28 - kw7) / 1) + 1));
for (let i8 = 0; i8 < 28; i8++) {
const h13 = i8 * 1 + kh6 - 1, so14 = row10 + i8 * 28;
if (h13 < 0 || h13 >= 28) {
for (let j9 = 0; j9 < 28; j9++) F[so14 + j9] = 0;
continue;
}
const xo15 = o1 + n1 * 12544 + c5 * 784 + h13 * 28 + kw7 - 1;
for (let j9 = 0; j9 < j011; j9++) F[so14 + j9] = 0;
for (let j9 = j011; j9 < j112; j9++) F[so14 + j9] = F[xo15 + j9 * 1];
for (let j9 = j112; j9 < 28; j9++) F[so14 + j9] = 0;
}
}
}
if (W !== null) W.k10((o2) * 4, (o0 + 25088) * 4, (o0 + n1 * 784) * 4);
else {
kilnProduct(F, o2, o0 + 25088, o0 + n1 * 784, 1, 144, 784, false, false);
}
for (let ch2 = 0; ch2 < 1; ch2++) {
const v4 = F[o3 + ch2];
for (let p3 = o0 + n1 * 784 + ch2 * 784; p3 < o0 + n1 * 784 + ch2 * 784 + 784; p3++) F[p3] += v4;
}
}
}
}
function k6(o0, o1, o2) { // add [32, 1, 28, 28]
if (W !== null) W.k11((o0) * 4, (o1) * 4, (o0) * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
F[o0 + i0] = F[o0 + i0] + F[o1 + i0];
}
}
}
function k7(o0, o1, o2, o3) { // fused add sub mul sum mul []
if (W !== null) W.k12((o0) * 4, (o1) * 4, (o2) * 4, (o1) * 4, (o3) * 4);
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
function k8(o0, o1) { // mul [32, 1, 28, 28]
if (W !== null) W.k13((o0) * 4, (o0) * 4, o1);
else {
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = F[o0 + i0] * 0.00007971938775510203;
}
}
}
function k9(o0, o1, o2) { // conv2d_input_grad [32, 16, 28, 28]
for (let n0 = 0; n0 < 32; n0++) {
if (W !== null) W.k14((o2) * 4, (o1 + n0 * 784) * 4, (o0 + 401408) * 4);
else {
kilnProduct(F, o2, o1 + n0 * 784, o0 + 401408, 144, 1, 784, true, false);
}
if (W !== null) W.k15((o0 + n0 * 12544) * 4);
else {
for (let z1 = 0; z1 < 12544; z1++) F[o0 + n0 * 12544 + z1] = 0;
}
if (W !== null) W.k16((o0 + n0 * 12544) * 4, (o0 + 401408) * 4);
else {
let row7 = o0 + 401408;
for (let c2 = 0; c2 < 16; c2++) for (let kh3 = 0; kh3 < 3; kh3++) for (let kw4 = 0; kw4 < 3; kw4++, row7 += 784) {
const j08 = Math.min(28, Math.max(0, Math.ceil((1 - kw4) / 1)));
const j19 = Math.max(j08, Math.min(28, Math.floor((28 - kw4) / 1) + 1));
for (let i5 = 0; i5 < 28; i5++) {
const h10 = i5 * 1 + kh3 - 1, so11 = row7 + i5 * 28;
if (h10 < 0 || h10 >= 28) {
continue;
}
const xo12 = o0 + n0 * 12544 + c2 * 784 + h10 * 28 + kw4 - 1;
for (let j6 = j08; j6 < j19; j6++) F[xo12 + j6 * 1] += F[so11 + j6];
}
}
}
}
}
function k10(o0, o1, o2) { // conv2d_weight_grad [1, 16, 3, 3]
if (W !== null) {
for (let n0 = 0; n0 < 32; n0++) {
W.k6((o1 + n0 * 12544) * 4, (o0 + 144) * 4);
(n0 === 0 ? W.k17 : W.k18)((o2 + n0 * 784) * 4, (o0 + 144) * 4, (o0) * 4);
}
} else {
for (let z3 = 0; z3 < 144; z3++) F[o0 + z3] = 0;
for (let n1 = 0; n1 < 32; n1++) {
if (W !== null) W.k6((o1 + n1 * 12544) * 4, (o0 + 144) * 4);
else {
let row9 = o0 + 144;
for (let c4 = 0; c4 < 16; c4++) for (let kh5 = 0; kh5 < 3; kh5++) for (let kw6 = 0; kw6 < 3; kw6++, row9 += 784) {
const j010 = Math.min(28, Math.max(0, Math.ceil((1 - kw6) / 1)));
const j111 = Math.max(j010, Math.min(28, Math.floor((28 - kw6) / 1) + 1));
for (let i7 = 0; i7 < 28; i7++) {
const h12 = i7 * 1 + kh5 - 1, so13 = row9 + i7 * 28;
if (h12 < 0 || h12 >= 28) {
for (let j8 = 0; j8 < 28; j8++) F[so13 + j8] = 0;
continue;
}
const xo14 = o1 + n1 * 12544 + c4 * 784 + h12 * 28 + kw6 - 1;
for (let j8 = 0; j8 < j010; j8++) F[so13 + j8] = 0;
for (let j8 = j010; j8 < j111; j8++) F[so13 + j8] = F[xo14 + j8 * 1];
for (let j8 = j111; j8 < 28; j8++) F[so13 + j8] = 0;
}
}
}
if (W !== null) W.k17((o2 + n1 * 784) * 4, (o0 + 144) * 4, (o0 + 144 + 112896) * 4);
else {
kilnProduct(F, o2 + n1 * 784, o0 + 144, o0 + 144 + 112896, 1, 784, 144, false, true);
}
for (let i2 = 0; i2 < 144; i2++) F[o0 + i2] += F[o0 + 144 + 112896 + i2];
}
}
}
function k11(o0, o1) { // sum [1]
if (W !== null) W.k19((o0) * 4, (o1) * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 25088; i1++) {
acc0 = acc0 + F[o0 + i1];
}
const v0 = acc0;
F[o1] = v0;
}
}
function k12(o0, o1, o2) { // fused gt mul [32, 16, 28, 28]
if (W !== null) W.k20((o0) * 4, (o1) * 4, (o0) * 4, o2);
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
function k13(o0, o1, o2) { // conv2d_input_grad [32, 16, 28, 28]
for (let n0 = 0; n0 < 32; n0++) {
if (W !== null) W.k21((o2) * 4, (o1 + n0 * 12544) * 4, (o0 + 401408) * 4);
else {
kilnProduct(F, o2, o1 + n0 * 12544, o0 + 401408, 144, 16, 784, true, false);
}
if (W !== null) W.k15((o0 + n0 * 12544) * 4);
else {
for (let z1 = 0; z1 < 12544; z1++) F[o0 + n0 * 12544 + z1] = 0;
}
if (W !== null) W.k16((o0 + n0 * 12544) * 4, (o0 + 401408) * 4);
else {
let row7 = o0 + 401408;
for (let c2 = 0; c2 < 16; c2++) for (let kh3 = 0; kh3 < 3; kh3++) for (let kw4 = 0; kw4 < 3; kw4++, row7 += 784) {
const j08 = Math.min(28, Math.max(0, Math.ceil((1 - kw4) / 1)));
const j19 = Math.max(j08, Math.min(28, Math.floor((28 - kw4) / 1) + 1));
for (let i5 = 0; i5 < 28; i5++) {
const h10 = i5 * 1 + kh3 - 1, so11 = row7 + i5 * 28;
if (h10 < 0 || h10 >= 28) {
continue;
}
const xo12 = o0 + n0 * 12544 + c2 * 784 + h10 * 28 + kw4 - 1;
for (let j6 = j08; j6 < j19; j6++) F[xo12 + j6 * 1] += F[so11 + j6];
}
}
}
}
}
function k14(o0, o1, o2) { // conv2d_weight_grad [16, 16, 3, 3]
if (W !== null) {
for (let n0 = 0; n0 < 32; n0++) {
W.k6((o1 + n0 * 12544) * 4, (o0 + 2304) * 4);
(n0 === 0 ? W.k22 : W.k23)((o2 + n0 * 12544) * 4, (o0 + 2304) * 4, (o0) * 4);
}
} else {
for (let z3 = 0; z3 < 2304; z3++) F[o0 + z3] = 0;
for (let n1 = 0; n1 < 32; n1++) {
if (W !== null) W.k6((o1 + n1 * 12544) * 4, (o0 + 2304) * 4);
else {
let row9 = o0 + 2304;
for (let c4 = 0; c4 < 16; c4++) for (let kh5 = 0; kh5 < 3; kh5++) for (let kw6 = 0; kw6 < 3; kw6++, row9 += 784) {
const j010 = Math.min(28, Math.max(0, Math.ceil((1 - kw6) / 1)));
const j111 = Math.max(j010, Math.min(28, Math.floor((28 - kw6) / 1) + 1));
for (let i7 = 0; i7 < 28; i7++) {
const h12 = i7 * 1 + kh5 - 1, so13 = row9 + i7 * 28;
if (h12 < 0 || h12 >= 28) {
for (let j8 = 0; j8 < 28; j8++) F[so13 + j8] = 0;
continue;
}
const xo14 = o1 + n1 * 12544 + c4 * 784 + h12 * 28 + kw6 - 1;
for (let j8 = 0; j8 < j010; j8++) F[so13 + j8] = 0;
for (let j8 = j010; j8 < j111; j8++) F[so13 + j8] = F[xo14 + j8 * 1];
for (let j8 = j111; j8 < 28; j8++) F[so13 + j8] = 0;
}
}
}
if (W !== null) W.k22((o2 + n1 * 12544) * 4, (o0 + 2304) * 4, (o0 + 2304 + 112896) * 4);
else {
kilnProduct(F, o2 + n1 * 12544, o0 + 2304, o0 + 2304 + 112896, 16, 784, 144, false, true);
}
for (let i2 = 0; i2 < 2304; i2++) F[o0 + i2] += F[o0 + 2304 + 112896 + i2];
}
}
}
function k15(o0, o1) { // sum [16]
if (W !== null) W.k24((o0) * 4, (o1) * 4);
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
function k16(o0, o1, o2) { // conv2d_weight_grad [16, 1, 3, 3]
if (W !== null) {
for (let n0 = 0; n0 < 32; n0++) {
W.k2((o1 + n0 * 784) * 4, (o0 + 144) * 4);
(n0 === 0 ? W.k25 : W.k26)((o2 + n0 * 12544) * 4, (o0 + 144) * 4, (o0) * 4);
}
} else {
for (let z3 = 0; z3 < 144; z3++) F[o0 + z3] = 0;
for (let n1 = 0; n1 < 32; n1++) {
if (W !== null) W.k2((o1 + n1 * 784) * 4, (o0 + 144) * 4);
else {
let row9 = o0 + 144;
for (let c4 = 0; c4 < 1; c4++) for (let kh5 = 0; kh5 < 3; kh5++) for (let kw6 = 0; kw6 < 3; kw6++, row9 += 784) {
const j010 = Math.min(28, Math.max(0, Math.ceil((1 - kw6) / 1)));
const j111 = Math.max(j010, Math.min(28, Math.floor((28 - kw6) / 1) + 1));
for (let i7 = 0; i7 < 28; i7++) {
const h12 = i7 * 1 + kh5 - 1, so13 = row9 + i7 * 28;
if (h12 < 0 || h12 >= 28) {
for (let j8 = 0; j8 < 28; j8++) F[so13 + j8] = 0;
continue;
}
const xo14 = o1 + n1 * 784 + c4 * 784 + h12 * 28 + kw6 - 1;
for (let j8 = 0; j8 < j010; j8++) F[so13 + j8] = 0;
for (let j8 = j010; j8 < j111; j8++) F[so13 + j8] = F[xo14 + j8 * 1];
for (let j8 = j111; j8 < 28; j8++) F[so13 + j8] = 0;
}
}
}
if (W !== null) W.k25((o2 + n1 * 12544) * 4, (o0 + 144) * 4, (o0 + 144 + 7056) * 4);
else {
kilnProduct(F, o2 + n1 * 12544, o0 + 144, o0 + 144 + 7056, 16, 784, 9, false, true);
}
for (let i2 = 0; i2 < 144; i2++) F[o0 + i2] += F[o0 + 144 + 7056 + i2];
}
}
}
function k17(o0, o1, o2, o3, o4) { // fused pow sub div []
const x4 = H[o0];
const x6 = H[o2];
const v0 = Math.pow(0.9, x4);
const v1 = 1 - v0;
const v2 = x6 / v1;
F[o4] = v2;
}
function k18(o0, o1, o2) { // fused pow sub sqrt []
const x4 = H[o0];
const v0 = Math.pow(0.999, x4);
const v1 = 1 - v0;
const v2 = Math.sqrt(v1);
F[o2] = v2;
}
function k19(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [16, 1, 3, 3]
if (W !== null) W.k27((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o4) * 4, (o5) * 4, (o1) * 4, (o2) * 4, (o5) * 4, o6);
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
function k20(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [1]
if (W !== null) W.k28((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o4) * 4, (o5) * 4, (o1) * 4, (o2) * 4, (o5) * 4, o6);
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
function k21(o0, o1, o2) { // mul [32, 1, 28, 28]
if (W !== null) W.k13((o1) * 4, (o0) * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
F[o0 + i0] = F[o1 + i0] * 0.00007971938775510203;
}
}
}
function k22(o0, o1) { // mul [32, 1, 28, 28]
if (W !== null) W.k29((o0) * 4, (o0) * 4, o1);
else {
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = F[o0 + i0] * (-0.00007971938775510203);
}
}
}
function k23(o0, o1, o2) { // conv2d_input_grad [32, 1, 28, 28]
for (let n0 = 0; n0 < 32; n0++) {
if (W !== null) W.k30((o2) * 4, (o1 + n0 * 12544) * 4, (o0 + 25088) * 4);
else {
kilnProduct(F, o2, o1 + n0 * 12544, o0 + 25088, 9, 16, 784, true, false);
}
if (W !== null) W.k31((o0 + n0 * 784) * 4);
else {
for (let z1 = 0; z1 < 784; z1++) F[o0 + n0 * 784 + z1] = 0;
}
if (W !== null) W.k32((o0 + n0 * 784) * 4, (o0 + 25088) * 4);
else {
let row7 = o0 + 25088;
for (let c2 = 0; c2 < 1; c2++) for (let kh3 = 0; kh3 < 3; kh3++) for (let kw4 = 0; kw4 < 3; kw4++, row7 += 784) {
const j08 = Math.min(28, Math.max(0, Math.ceil((1 - kw4) / 1)));
const j19 = Math.max(j08, Math.min(28, Math.floor((28 - kw4) / 1) + 1));
for (let i5 = 0; i5 < 28; i5++) {
const h10 = i5 * 1 + kh3 - 1, so11 = row7 + i5 * 28;
if (h10 < 0 || h10 >= 28) {
continue;
}
const xo12 = o0 + n0 * 784 + c2 * 784 + h10 * 28 + kw4 - 1;
for (let j6 = j08; j6 < j19; j6++) F[xo12 + j6 * 1] += F[so11 + j6];
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
if (W !== null) W.k33((oa1) * 4, (ob2) * 4, (o0 + t0 * 392) * 4);
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
if (W !== null) W.k34((oa1) * 4, (ob2) * 4, (o0 + t0 * 196) * 4);
else {
kilnProduct(F, oa1, ob2, o0 + t0 * 196, 14, 28, 14, false, false);
}
}
}
function run_predict(c) {
k0(39629, 8269, 7875);
if (c) c(0);
k1(962397, 7875, 39629);
if (c) c(1);
k2(553933, 962397, 0, 144);
if (c) c(2);
k3(553933, 401408);
if (c) c(3);
k4(39629, 553933, 160, 2464);
if (c) c(4);
k3(39629, 401408);
if (c) c(5);
k5(553933, 39629, 2480, 2624);
if (c) c(6);
k6(962397, 553933, 25088);
if (c) c(7);
}
function run_step0(c) {
k0(39629, 8269, 7875);
if (c) c(0);
k1(1727869, 7875, 39629);
if (c) c(1);
k2(1068237, 1727869, 0, 144);
if (c) c(2);
k3(1068237, 401408);
if (c) c(3);
k4(39629, 1068237, 160, 2464);
if (c) c(4);
k3(39629, 401408);
if (c) c(5);
k5(1476701, 39629, 2480, 2624);
if (c) c(6);
k7(1727869, 1476701, 14541, 1752957);
if (c) c(7);
k8(1476701, 25088);
if (c) c(8);
k9(553933, 1476701, 2480);
if (c) c(9);
k10(1614685, 39629, 1476701);
if (c) c(10);
k11(1476701, 1752958);
if (c) c(11);
k12(39629, 553933, 401408);
if (c) c(12);
k13(553933, 39629, 160);
if (c) c(13);
k14(1476701, 1068237, 39629);
if (c) c(14);
k15(39629, 1601549);
if (c) c(15);
k12(1068237, 553933, 401408);
if (c) c(16);
k16(1594205, 1727869, 1068237);
if (c) c(17);
k15(1068237, 1601565);
if (c) c(18);
k17(1, 8268, 0, 8267, 1601581);
if (c) c(19);
k18(1, 8268, 1601582);
if (c) c(20);
k19(1594205, 2625, 2769, 1601582, 1601581, 0, 144);
if (c) c(21);
k19(1601565, 2913, 2929, 1601582, 1601581, 144, 16);
if (c) c(22);
k19(1476701, 2945, 5249, 1601582, 1601581, 160, 2304);
if (c) c(23);
k19(1601549, 7553, 7569, 1601582, 1601581, 2464, 16);
if (c) c(24);
k19(1614685, 7585, 7729, 1601582, 1601581, 2480, 144);
if (c) c(25);
k20(1752958, 7873, 7874, 1601582, 1601581, 2624, 1);
if (c) c(26);
}
function run_grad0(c) {
k0(39629, 8269, 7875);
if (c) c(0);
k1(1845373, 7875, 39629);
if (c) c(1);
k2(1068237, 1845373, 0, 144);
if (c) c(2);
k3(1068237, 401408);
if (c) c(3);
k4(39629, 1068237, 160, 2464);
if (c) c(4);
k3(39629, 401408);
if (c) c(5);
k5(1476701, 39629, 2480, 2624);
if (c) c(6);
k7(1845373, 1476701, 14541, 1895565);
if (c) c(7);
k21(1870461, 1476701, 25088);
if (c) c(8);
k22(1476701, 25088);
if (c) c(9);
k9(553933, 1870461, 2480);
if (c) c(10);
k10(1732189, 39629, 1870461);
if (c) c(11);
k11(1870461, 1895566);
if (c) c(12);
k12(39629, 553933, 401408);
if (c) c(13);
k13(553933, 39629, 160);
if (c) c(14);
k14(1614685, 1068237, 39629);
if (c) c(15);
k15(39629, 1895549);
if (c) c(16);
k12(1068237, 553933, 401408);
if (c) c(17);
k23(39629, 1068237, 0);
if (c) c(18);
k16(71773, 1845373, 1068237);
if (c) c(19);
k15(1068237, 1857917);
if (c) c(20);
k6(1870461, 39629, 25088);
if (c) c(21);
k24(1845373, 7875, 1870461);
if (c) c(22);
k25(39629, 1845373, 7875);
if (c) c(23);
}
function run_grad1(c) {
k0(39629, 8269, 7875);
if (c) c(0);
k1(1845373, 7875, 39629);
if (c) c(1);
k2(1068237, 1845373, 0, 144);
if (c) c(2);
k3(1068237, 401408);
if (c) c(3);
k4(39629, 1068237, 160, 2464);
if (c) c(4);
k3(39629, 401408);
if (c) c(5);
k5(1476701, 39629, 2480, 2624);
if (c) c(6);
k7(1845373, 1476701, 14541, 1895565);
if (c) c(7);
k21(1870461, 1476701, 25088);
if (c) c(8);
k22(1476701, 25088);
if (c) c(9);
k9(553933, 1870461, 2480);
if (c) c(10);
k10(1732189, 39629, 1870461);
if (c) c(11);
k11(1870461, 1895566);
if (c) c(12);
k12(39629, 553933, 401408);
if (c) c(13);
k13(553933, 39629, 160);
if (c) c(14);
k14(1614685, 1068237, 39629);
if (c) c(15);
k15(39629, 1895549);
if (c) c(16);
k12(1068237, 553933, 401408);
if (c) c(17);
k23(39629, 1068237, 0);
if (c) c(18);
k16(71773, 1845373, 1068237);
if (c) c(19);
k15(1068237, 1857917);
if (c) c(20);
k6(1870461, 39629, 25088);
if (c) c(21);
k24(1845373, 7875, 1870461);
if (c) c(22);
k25(39629, 1845373, 7875);
if (c) c(23);
}
return finishModel(c, [run_predict, run_step0, run_grad0, run_grad1], (r) => { R = r; });
}
