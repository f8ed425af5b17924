// runtime pieces: {createCore,finishModel}, {kilnProduct,kilnRows}, kilnExpF32
// ---- model
export const meta = {
  "model": "Mlp",
  "dtype": "f32",
  "inputs": [
    {"name":"x","dtype":"f32","shape":[64,784],"lead":1},
    {"name":"y","dtype":"i32","shape":[64],"lead":1}
  ],
  "outputs": [
    {"name":"probs","shape":[64,10],"lead":1}
  ],
  "batch": {
    "bound": 64
  },
  "params": [
    {"name":"fc1.W","shape":[784,128],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"fc1.b","shape":[128],"init":{"kind":"zeros","args":[]}},
    {"name":"fc2.W","shape":[128,10],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"fc2.b","shape":[10],"init":{"kind":"zeros","args":[]}}
  ],
  "state": [],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.001,"beta1":0.9,"beta2":0.999,"eps":1e-8},"params":["fc1.W","fc1.b","fc2.W","fc2.b"]}
  ],
  "losses": ["loss"],
  "predictOnly": false,
  "arenaBytes": 2166268
};
const TABLES = {
  "NF": 541503,
  "NI": 64,
  "NH": 3,
  "arenaBytes": 2166268,
  "persistent": [
    {"name":"fc1.W","shape":[784,128],"off":0,"size":100352,"kind":"param"},
    {"name":"fc1.b","shape":[128],"off":100352,"size":128,"kind":"param"},
    {"name":"fc2.W","shape":[128,10],"off":100480,"size":1280,"kind":"param"},
    {"name":"fc2.b","shape":[10],"off":101760,"size":10,"kind":"param"},
    {"name":"optim/step/fc1.W/exp_avg","shape":[784,128],"off":101770,"size":100352,"kind":"optim"},
    {"name":"optim/step/fc1.W/exp_avg_sq","shape":[784,128],"off":202122,"size":100352,"kind":"optim"},
    {"name":"optim/step/fc1.b/exp_avg","shape":[128],"off":302474,"size":128,"kind":"optim"},
    {"name":"optim/step/fc1.b/exp_avg_sq","shape":[128],"off":302602,"size":128,"kind":"optim"},
    {"name":"optim/step/fc2.W/exp_avg","shape":[128,10],"off":302730,"size":1280,"kind":"optim"},
    {"name":"optim/step/fc2.W/exp_avg_sq","shape":[128,10],"off":304010,"size":1280,"kind":"optim"},
    {"name":"optim/step/fc2.b/exp_avg","shape":[10],"off":305290,"size":10,"kind":"optim"},
    {"name":"optim/step/fc2.b/exp_avg_sq","shape":[10],"off":305300,"size":10,"kind":"optim"}
  ],
  "persistentEnd": 305310,
  "constants": [],
  "inputs": [
    {"name":"x","dtype":"f32","shape":[64,784],"place":{"arr":"F","off":305316},"lead":1},
    {"name":"y","dtype":"i32","shape":[64],"place":{"arr":"I","off":0},"lead":1}
  ],
  "outputs": [
    {"name":"probs","shape":[64,10],"place":{"arr":"F","off":363684},"lead":1}
  ],
  "batch": {
    "bound": 64,
    "h": 2,
    "f": 305312
  },
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.001,"beta1":0.9,"beta2":0.999,"eps":1e-8},"params":["fc1.W","fc1.b","fc2.W","fc2.b"],"lr":{"h":0,"f":305310},"t":{"h":1,"f":305311},"value":465318}
  ],
  "gradients": [
    {"loss":"loss","mode":"train","value":515630,"grads":[{"name":"fc1.W","off":355492,"size":100352},{"name":"fc1.b","off":515492,"size":128},{"name":"fc2.W","off":514212,"size":1280},{"name":"fc2.b","off":515620,"size":10},{"name":"x","off":455844,"size":50176,"lead":1}]},
    {"loss":"loss","mode":"eval","value":515630,"grads":[{"name":"fc1.W","off":355492,"size":100352},{"name":"fc1.b","off":515492,"size":128},{"name":"fc2.W","off":514212,"size":1280},{"name":"fc2.b","off":515620,"size":10},{"name":"x","off":455844,"size":50176,"lead":1}]}
  ],
  "entries": [
    {"feeds":["x"],"checks":[355492,-128,0,363684,-10,1,355492,-1,2,355556,-1,3,363684,-10,4]},
    {"feeds":["x","y"],"checks":[465316,1,5,465317,1,6,371876,-128,7,380068,-10,1,381988,-1,2,380708,-10,8,382116,-1,9,381988,1,10,465318,1,11,465318,1,12,381988,1,13,382052,-1,14,381988,10,15,101760,10,16,464036,1280,17,455844,-128,18,202122,100352,19,100480,1280,20,0,100352,21,355492,128,22,100352,128,23]},
    {"feeds":["x","y"],"checks":[371876,-128,7,380068,-10,1,381988,-1,2,380708,-10,8,382116,-1,9,381988,1,10,515630,1,11,515630,1,12,381988,1,13,382052,-1,14,515620,10,15,514212,1280,17,506020,-128,18,515492,128,22,455844,-784,24,355492,100352,25]},
    {"feeds":["x","y"],"checks":[355492,-128,0,363684,-10,1,365604,-1,2,364324,-10,8,365732,-1,9,365604,1,10,515630,1,11,515630,1,12,365604,1,13,365668,-1,14,515620,10,15,514212,1280,17,506020,-128,26,515492,128,22,455844,-784,24,355492,100352,25]}
  ],
  "info": [
    [3,4,5,[0,1,2,1]], // relu <prelude>:12:10 f32[64, 128] (matmul, add)
    [2,1,6,[0,1]], // add <prelude>:12:22 f32[64, 10] (matmul)
    [7,8,9,[]], // max mnist_mlp.kiln:12:18 f32[64, 1]
    [12,8,9,[10,8,11,8]], // sum mnist_mlp.kiln:12:18 f32[64, 1] (sub, exp)
    [13,8,6,[]], // div mnist_mlp.kiln:12:18 f32[64, 10]
    [13,15,16,[14,15,10,15]], // div mnist_mlp.kiln:15:3 f32[] (pow, sub)
    [17,15,16,[14,15,10,15]], // sqrt mnist_mlp.kiln:15:3 f32[] (pow, sub)
    [21,19,5,[0,1,2,1,3,4,18,19,20,19,21,19]], // mul mnist_mlp.kiln:11:12 f32[64, 128] (matmul, add, relu, random_uniform, ge, mul)
    [22,23,6,[]], // one_hot mnist_mlp.kiln:13:10 f32[64, 10]
    [2,23,9,[10,8,11,8,12,8,24,23]], // add mnist_mlp.kiln:13:10 f32[64, 1] (sub, exp, sum, log)
    [13,23,16,[10,23,21,23,12,23]], // div mnist_mlp.kiln:13:10 f32[] (sub, mul, sum)
    [12,25,16,[21,25]], // sum mnist_mlp.kiln:13:44 f32[] (mul)
    [10,23,16,[21,25,12,25,2,25,21,26]], // sub mnist_mlp.kiln:13:10 f32[] (mul, sum, add, mul)
    [13,23,16,[]], // div mnist_mlp.kiln:13:10 f32[]
    [13,23,9,[21,23,27,23,12,23]], // div mnist_mlp.kiln:13:10 f32[64, 1] (mul, neg, sum)
    [12,1,28,[21,8,2,8]], // sum <prelude>:12:22 f32[10] (mul, add)
    [29,15,28,[]], // the adam update of param 'fc2.b' mnist_mlp.kiln:15:3 f32[10]
    [2,1,30,[21,25,0,1]], // add <prelude>:12:22 f32[128, 10] (mul, matmul)
    [21,4,5,[0,1,21,19,31,4]], // mul <prelude>:12:10 f32[64, 128] (matmul, mul, gt)
    [32,15,33,[]], // the adam update of 'optim/step/fc1.W/exp_avg_sq' mnist_mlp.kiln:15:3 f32[784, 128]
    [34,15,30,[]], // the adam update of param 'fc2.W' mnist_mlp.kiln:15:3 f32[128, 10]
    [35,15,33,[]], // the adam update of param 'fc1.W' mnist_mlp.kiln:15:3 f32[784, 128]
    [12,1,36,[]], // sum <prelude>:12:22 f32[128]
    [37,15,36,[]], // the adam update of param 'fc1.b' mnist_mlp.kiln:15:3 f32[128]
    [0,1,38,[]], // matmul <prelude>:12:22 f32[64, 784]
    [2,1,33,[21,25,0,1]], // add <prelude>:12:22 f32[784, 128] (mul, matmul)
    [21,4,5,[0,1,31,4]] // mul <prelude>:12:10 f32[64, 128] (matmul, gt)
  ],
  "strings": ["matmul","<prelude>:12:22","add","relu","<prelude>:12:10","f32[64, 128]","f32[64, 10]","max","mnist_mlp.kiln:12:18","f32[64, 1]","sub","exp","sum","div","pow","mnist_mlp.kiln:15:3","f32[]","sqrt","random_uniform","mnist_mlp.kiln:11:12","ge","mul","one_hot","mnist_mlp.kiln:13:10","log","mnist_mlp.kiln:13:44","mnist_mlp.kiln:13:37","neg","f32[10]","the adam update of param 'fc2.b'","f32[128, 10]","gt","the adam update of 'optim/step/fc1.W/exp_avg_sq'","f32[784, 128]","the adam update of param 'fc2.W'","the adam update of param 'fc1.W'","f32[128]","the adam update of param 'fc1.b'","f32[64, 784]"],
  "predictOnly": false
};
// 31 WebAssembly SIMD kernels, exported as k0, k1, ... (15480 bytes, zlib-compressed)
const WASM = "..."; // 3207 bytes
export function create(options = {}) {
const c = createCore(meta, TABLES, WASM, options);
const F = c.F, I = c.I, H = c.H, W = c.W;
let R = c.rng;
const PACK = 515631;
const T0 = W && [W.k1, W.k2, W.k3, W.k0];
const T1 = W && [W.k7, W.k8, W.k9, W.k6];
const T2 = W && [W.k20, W.k19];
const T3 = W && [W.k27, W.k26];
R.fillUniform(F, 0, 100352, (-0.08111071056538127), 0.08111071056538127); // fc1.W: glorot_uniform
R.fillUniform(F, 100480, 1280, (-0.20851441405707477), 0.20851441405707477); // fc2.W: glorot_uniform
function k0(o0, o1, o2, o3, o4, nb) { // fused matmul add relu [64, 128]
if (nb === 64) {
if (W !== null) W.k4(o1 * 4, o2 * 4, o0 * 4, PACK * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 784, 128, false, false);
}
} else {
kilnRows(F, T0, o1, o2, o0, nb, 784, 128, false);
}
if (W !== null) W.k5(o0 * 4, o3 * 4, o0 * 4, o4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < nb; i0++, p1 += 128, p2 += 128) {
for (let i3 = 0; i3 < 128; i3++) {
const v0 = F[p1 + i3];
const x5 = F[o3 + i3];
const v1 = v0 + x5;
const v2 = (v1 > 0 ? v1 : 0);
F[p2 + i3] = v2;
}
}
}
}
function k1(o0, o1, o2, o3, o4, nb) { // fused matmul add [64, 10]
if (nb === 64) {
if (W !== null) W.k10(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 128, 10, false, false);
}
} else {
kilnRows(F, T1, o1, o2, o0, nb, 128, 10, false);
}
if (W !== null) W.k11(o0 * 4, o3 * 4, o0 * 4, o4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < nb; i0++, p1 += 10, p2 += 10) {
for (let i3 = 0; i3 < 10; i3++) {
const v0 = F[p1 + i3];
const x4 = F[o3 + i3];
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
}
function k2(o0, o1, nb) { // max [64, 1]
for (let i1 = 0; i1 < nb; i1++) {
let acc0 = -Infinity;
for (let i2 = 0; i2 < 10; i2++) {
acc0 = (F[o0 + i1 * 10 + i2] > acc0 ? F[o0 + i1 * 10 + i2] : acc0);
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
function k3(o0, o1, o2, nb) { // fused sub exp sum [64, 1]
for (let i1 = 0; i1 < nb; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 10; i2++) {
const x3 = F[o0 + i1 * 10 + i2];
const x4 = F[o1 + i1];
const v0 = x3 - x4;
const v1 = kilnExpF32(v0);
F[o0 + i1 * 10 + i2] = v1;
acc0 = acc0 + v1;
}
const v2 = acc0;
F[o2 + i1] = v2;
}
}
function k4(o0, o1, o2, nb) { // div [64, 10]
if (W !== null) W.k12(o0 * 4, o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o1; i0 < nb; i0++, p1 += 10, p2 += 10, p3 += 1) {
for (let i4 = 0; i4 < 10; i4++) {
F[p1 + i4] = F[p2 + i4] / F[p3];
}
}
}
}
function k5(o0, o1, o2, o3, o4) { // fused pow sub div []
const x4 = H[o0];
const x6 = H[o2];
const v0 = Math.pow(0.9, x4);
const v1 = 1 - v0;
const v2 = x6 / v1;
F[o4] = v2;
}
function k6(o0, o1, o2) { // fused pow sub sqrt []
const x4 = H[o0];
const v0 = Math.pow(0.999, x4);
const v1 = 1 - v0;
const v2 = Math.sqrt(v1);
F[o2] = v2;
}
function k7(o0, o1, o2, o3, o4, o5, nb) { // fused matmul add relu random_uniform ge mul mul [64, 128]
if (nb === 64) {
if (W !== null) W.k4(o1 * 4, o2 * 4, o0 * 4, PACK * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 784, 128, false, false);
}
} else {
kilnRows(F, T0, o1, o2, o0, nb, 784, 128, false);
}
for (let i0 = 0, p1 = o0, p2 = o4, p3 = o5, p4 = o0; i0 < nb; i0++, p1 += 128, p2 += 128, p3 += 128, p4 += 128) {
for (let i5 = 0; i5 < 128; i5++) {
const v0 = F[p1 + i5];
const x9 = F[o3 + i5];
const v1 = v0 + x9;
const v2 = (v1 > 0 ? v1 : 0);
const v3 = R.uniform();
const v4 = (v3 >= 0.1 ? 1 : 0);
const v5 = v4 * 1.1111111111111112;
const v6 = v2 * v5;
F[p2 + i5] = v2;
F[p3 + i5] = v5;
F[p4 + i5] = v6;
}
}
}
function k8(o0, o1, nb) { // one_hot [64, 10]
for (let s0 = 0; s0 < nb; s0++) {
for (let i1 = 0; i1 < 10; i1++) F[(o0 + s0 * 10) + i1] = 0;
for (let i1 = 0; i1 < 1; i1++) {
const id2 = I[(o1 + s0 * 1) + i1];
if (id2 >= 0 && id2 < 10) F[(o0 + s0 * 10) + i1 * 10 + id2] = 1;
}
}
}
function k9(o0, o1, o2, o3, o4, nb) { // fused sub exp sum log add [64, 1]
for (let i1 = 0; i1 < nb; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 10; i2++) {
const x5 = F[o0 + i1 * 10 + i2];
const x6 = F[o1 + i1];
const v0 = x5 - x6;
const v1 = kilnExpF32(v0);
F[o2 + i1 * 10 + i2] = v1;
acc0 = acc0 + v1;
}
const v2 = acc0;
const e6 = F[o1 + i1];
const v3 = Math.log(v2);
const v4 = v3 + e6;
F[o3 + i1] = v2;
F[o4 + i1] = v4;
}
}
function k10(o0, o1, o2, o3, o4, o5, nb) { // fused sub mul sum div []
let acc0 = 0;
for (let i1 = 0, p2 = o0, p3 = o1, p4 = o2; i1 < nb; i1++, p2 += 10, p3 += 1, p4 += 10) {
for (let i5 = 0; i5 < 10; i5++) {
const x4 = F[p2 + i5];
const x5 = F[p3];
const x6 = F[p4 + i5];
const v0 = x4 - x5;
const v1 = x6 * v0;
acc0 = acc0 + v1;
}
}
const v2 = acc0;
const e7 = H[o3];
const v3 = v2 / e7;
F[o5] = v3;
}
function k11(o0, o1) { // fused mul sum []
if (W !== null) W.k13(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 1280; i1++) {
const x2 = F[o0 + i1];
const v0 = x2 * x2;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o1] = v1;
}
}
function k12(o0, o1, o2) { // fused mul sum add mul sub []
if (W !== null) W.k14(o0 * 4, o1 * 4, o2 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 100352; i1++) {
const x5 = F[o0 + i1];
const v0 = x5 * x5;
acc0 = acc0 + v0;
}
const v1 = acc0;
const e6 = F[o1];
const e8 = F[o2];
const v2 = v1 + e6;
const v3 = v2 * 0.00001;
const v4 = v3 - e8;
F[o1] = v4;
}
}
function k13(o0, o1, o2, o3) { // div []
if (W !== null) W.k15(o2 * 4, o0 * 4, o3);
else {
F[o0] = (-1) / H[o1];
}
}
function k14(o0, o1, o2, nb) { // fused mul neg sum div [64, 1]
for (let i1 = 0; i1 < nb; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 10; i2++) {
const x4 = F[o0];
const x5 = F[o1 + i1 * 10 + i2];
const v0 = x4 * x5;
const v1 = -v0;
F[o1 + i1 * 10 + i2] = v0;
acc0 = acc0 + v1;
}
const v2 = acc0;
const e6 = F[o2 + i1];
const v3 = v2 / e6;
F[o2 + i1] = v3;
}
}
function k15(o0, o1, o2, o3, nb) { // fused mul add sum [10]
for (let i1 = 0; i1 < 10; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < nb; i2++) {
const x3 = F[o0 + i2];
const x4 = F[o1 + i1 + i2 * 10];
const x5 = F[o2 + i1 + i2 * 10];
const v0 = x3 * x4;
const v1 = x5 + v0;
F[o1 + i1 + i2 * 10] = v1;
acc0 = acc0 + v1;
}
const v2 = acc0;
F[o3 + i1] = v2;
}
}
function k16(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [10]
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
function k17(o0, o1, o2, o3, nb) { // fused mul matmul add [128, 10]
F.fill(0, o1 + nb * 128, o1 + 8192);
F.fill(0, o2 + nb * 10, o2 + 640);
if (W !== null) W.k17(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 128, 64, 10, true, false);
}
if (W !== null) W.k18(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 1280; i0++) {
const v1 = F[o0 + i0];
const x3 = F[o3 + i0];
const v0 = x3 * 0.00002;
const v2 = v0 + v1;
F[o0 + i0] = v2;
}
}
}
function k18(o0, o1, o2, o3, o4, o5, nb) { // fused matmul mul gt mul [64, 128]
if (nb === 64) {
if (W !== null) W.k21(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 10, 128, false, true);
}
} else {
kilnRows(F, T2, o1, o2, o0, nb, 10, 128, true);
}
if (W !== null) W.k22(o0 * 4, o3 * 4, o4 * 4, o0 * 4, o5);
else {
for (let i0 = 0; i0 < 128 * nb; i0++) {
const v0 = F[o0 + i0];
const x6 = F[o3 + i0];
const x7 = F[o4 + i0];
const v1 = v0 * x6;
const v2 = (x7 > 0 ? 1 : 0);
const v3 = v1 * v2;
F[o0 + i0] = v3;
}
}
}
function k19(o0, o1, o2, o3, o4, o5, nb) { // fused mul matmul add sub mul add mul mul mul add [784, 128]
F.fill(0, o1 + nb * 784, o1 + 50176);
F.fill(0, o2 + nb * 128, o2 + 8192);
if (W !== null) W.k23(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 784, 64, 128, true, false);
}
if (W !== null) W.k24(o0 * 4, o3 * 4, o4 * 4, o5 * 4, o4 * 4, o5 * 4);
else {
for (let i0 = 0; i0 < 100352; i0++) {
const v1 = F[o0 + i0];
const x10 = F[o3 + i0];
const x14 = F[o4 + i0];
const x16 = F[o5 + i0];
const v0 = x10 * 0.00002;
const v2 = v0 + v1;
const v3 = v2 - x14;
const v4 = v3 * 0.09999999999999998;
const v5 = x14 + v4;
const v6 = x16 * 0.999;
const v7 = v2 * v2;
const v8 = v7 * 0.0010000000000000009;
const v9 = v6 + v8;
F[o4 + i0] = v5;
F[o5 + i0] = v9;
}
}
}
function k20(o0, o1, o2, o3, o4, o5) { // fused sqrt div add mul div sub [784, 128]
if (W !== null) W.k25(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o4 * 4, o5);
else {
for (let i0 = 0; i0 < o5; i0++) {
const x6 = F[o0 + i0];
const x7 = F[o1];
const x9 = F[o2];
const x10 = F[o3 + i0];
const x11 = F[o4 + i0];
const v0 = Math.sqrt(x6);
const v1 = v0 / x7;
const v2 = v1 + 1e-8;
const v3 = x9 * x10;
const v4 = v3 / v2;
const v5 = x11 - v4;
F[o4 + i0] = v5;
}
}
}
function k21(o0, o1, nb) { // sum [128]
for (let i1 = 0; i1 < 128; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < nb; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 128];
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
function k22(o0, o1, o2, nb) { // matmul [64, 784]
if (nb === 64) {
if (W !== null) W.k28(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 128, 784, false, true);
}
} else {
kilnRows(F, T3, o1, o2, o0, nb, 128, 784, true);
}
}
function k23(o0, o1, o2, o3, nb) { // fused mul matmul add [784, 128]
F.fill(0, o1 + nb * 784, o1 + 50176);
F.fill(0, o2 + nb * 128, o2 + 8192);
if (W !== null) W.k23(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 784, 64, 128, true, false);
}
if (W !== null) W.k29(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 100352; i0++) {
const v1 = F[o0 + i0];
const x3 = F[o3 + i0];
const v0 = x3 * 0.00002;
const v2 = v0 + v1;
F[o0 + i0] = v2;
}
}
}
function k24(o0, o1, o2, o3, o4, nb) { // fused matmul gt mul [64, 128]
if (nb === 64) {
if (W !== null) W.k21(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 10, 128, false, true);
}
} else {
kilnRows(F, T2, o1, o2, o0, nb, 10, 128, true);
}
if (W !== null) W.k30(o0 * 4, o3 * 4, o0 * 4, o4);
else {
for (let i0 = 0; i0 < 128 * nb; i0++) {
const v0 = F[o0 + i0];
const x5 = F[o3 + i0];
const v1 = (x5 > 0 ? 1 : 0);
const v2 = v0 * v1;
F[o0 + i0] = v2;
}
}
}
function run_predict(c) {
const nb = H[2] | 0;
k0(355492, 305316, 0, 100352, nb, nb);
c?.(0);
k1(363684, 355492, 100480, 101760, nb, nb);
c?.(1);
k2(363684, 355492, nb);
c?.(2);
k3(363684, 355492, 355556, nb);
c?.(3);
k4(363684, 355556, nb, nb);
c?.(4);
}
function run_step0(c) {
const nb = H[2] | 0;
k5(1, 305311, 0, 305310, 465316);
c?.(0);
k6(1, 305311, 465317);
c?.(1);
k7(371876, 305316, 0, 100352, 355492, 363684, nb);
c?.(2);
k1(380068, 371876, 100480, 101760, nb, nb);
c?.(3);
k2(380068, 381988, nb);
c?.(4);
k8(380708, 0, nb);
c?.(5);
k9(380068, 381988, 381348, 382052, 382116, nb);
c?.(6);
k10(380068, 382116, 380708, 2, 305312, 381988, nb);
c?.(7);
k11(100480, 465318);
c?.(8);
k12(0, 465318, 381988);
c?.(9);
k13(381988, 2, 305312, 1);
c?.(10);
k14(381988, 380708, 382052, nb);
c?.(11);
k15(382052, 381348, 380708, 381988, nb);
c?.(12);
k16(381988, 305290, 305300, 465317, 465316, 101760, 10);
c?.(13);
k17(464036, 371876, 381348, 100480, nb);
c?.(14);
k18(455844, 381348, 100480, 363684, 355492, 128 * nb, nb);
c?.(15);
k19(355492, 305316, 455844, 0, 101770, 202122, nb);
c?.(16);
k16(464036, 302730, 304010, 465317, 465316, 100480, 1280);
c?.(17);
k20(202122, 465317, 465316, 101770, 0, 100352);
c?.(18);
k21(455844, 355492, nb);
c?.(19);
k16(355492, 302474, 302602, 465317, 465316, 100352, 128);
c?.(20);
}
function run_grad0(c) {
const nb = H[2] | 0;
k7(371876, 305316, 0, 100352, 355492, 363684, nb);
c?.(0);
k1(380068, 371876, 100480, 101760, nb, nb);
c?.(1);
k2(380068, 381988, nb);
c?.(2);
k8(380708, 0, nb);
c?.(3);
k9(380068, 381988, 381348, 382052, 382116, nb);
c?.(4);
k10(380068, 382116, 380708, 2, 305312, 381988, nb);
c?.(5);
k11(100480, 515630);
c?.(6);
k12(0, 515630, 381988);
c?.(7);
k13(381988, 2, 305312, 1);
c?.(8);
k14(381988, 380708, 382052, nb);
c?.(9);
k15(382052, 381348, 380708, 515620, nb);
c?.(10);
k17(514212, 371876, 381348, 100480, nb);
c?.(11);
k18(506020, 381348, 100480, 363684, 355492, 128 * nb, nb);
c?.(12);
k21(506020, 515492, nb);
c?.(13);
k22(455844, 506020, 0, nb);
c?.(14);
k23(355492, 305316, 506020, 0, nb);
c?.(15);
}
function run_grad1(c) {
const nb = H[2] | 0;
k0(355492, 305316, 0, 100352, nb, nb);
c?.(0);
k1(363684, 355492, 100480, 101760, nb, nb);
c?.(1);
k2(363684, 365604, nb);
c?.(2);
k8(364324, 0, nb);
c?.(3);
k9(363684, 365604, 364964, 365668, 365732, nb);
c?.(4);
k10(363684, 365732, 364324, 2, 305312, 365604, nb);
c?.(5);
k11(100480, 515630);
c?.(6);
k12(0, 515630, 365604);
c?.(7);
k13(365604, 2, 305312, 1);
c?.(8);
k14(365604, 364324, 365668, nb);
c?.(9);
k15(365668, 364964, 364324, 515620, nb);
c?.(10);
k17(514212, 355492, 364964, 100480, nb);
c?.(11);
k24(506020, 364964, 100480, 355492, 128 * nb, nb);
c?.(12);
k21(506020, 515492, nb);
c?.(13);
k22(455844, 506020, 0, nb);
c?.(14);
k23(355492, 305316, 506020, 0, nb);
c?.(15);
}
return finishModel(c, [run_predict, run_step0, run_grad0, run_grad1], (r) => { R = r; });
}
