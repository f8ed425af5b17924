// ---- model
export const meta = {
  "model": "Mlp",
  "dtype": "f32",
  "inputs": [
    {"name":"x","dtype":"f32","shape":[64,784]},
    {"name":"y","dtype":"i32","shape":[64]}
  ],
  "outputs": [
    {"name":"probs","shape":[64,10]}
  ],
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
  "arenaBytes": 2193836
};
const TABLES = {
  "NF": 548395,
  "NI": 64,
  "NH": 2,
  "arenaBytes": 2193836,
  "persistent": [
    {"name":"fc1.W","shape":[784,128],"off":0,"size":100352,"kind":"param","init":{"kind":"glorot_uniform","args":[]}},
    {"name":"fc1.b","shape":[128],"off":100352,"size":128,"kind":"param","init":{"kind":"zeros","args":[]}},
    {"name":"fc2.W","shape":[128,10],"off":100480,"size":1280,"kind":"param","init":{"kind":"glorot_uniform","args":[]}},
    {"name":"fc2.b","shape":[10],"off":101760,"size":10,"kind":"param","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/fc1.W/exp_avg","shape":[784,128],"off":101770,"size":100352,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/fc1.W/exp_avg_sq","shape":[784,128],"off":202122,"size":100352,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/fc1.b/exp_avg","shape":[128],"off":302474,"size":128,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/fc1.b/exp_avg_sq","shape":[128],"off":302602,"size":128,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/fc2.W/exp_avg","shape":[128,10],"off":302730,"size":1280,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/fc2.W/exp_avg_sq","shape":[128,10],"off":304010,"size":1280,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/fc2.b/exp_avg","shape":[10],"off":305290,"size":10,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/fc2.b/exp_avg_sq","shape":[10],"off":305300,"size":10,"kind":"optim","init":{"kind":"zeros","args":[]}}
  ],
  "persistentEnd": 305310,
  "constants": [],
  "inputs": [
    {"name":"x","dtype":"f32","shape":[64,784],"place":{"arr":"F","off":305312}},
    {"name":"y","dtype":"i32","shape":[64],"place":{"arr":"I","off":0}}
  ],
  "outputs": [
    {"name":"probs","shape":[64,10],"place":{"arr":"F","off":363680}}
  ],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.001,"beta1":0.9,"beta2":0.999,"eps":1e-8},"params":["fc1.W","fc1.b","fc2.W","fc2.b"],"lr":{"h":0,"f":305310},"t":{"h":1,"f":305311},"value":465450}
  ],
  "gradients": [
    {"loss":"loss","mode":"train","value":515626,"grads":[{"name":"fc1.W","off":355488,"size":100352},{"name":"fc1.b","off":515488,"size":128},{"name":"fc2.W","off":514208,"size":1280},{"name":"fc2.b","off":515616,"size":10},{"name":"x","off":455840,"size":50176}]},
    {"loss":"loss","mode":"eval","value":515626,"grads":[{"name":"fc1.W","off":355488,"size":100352},{"name":"fc1.b","off":515488,"size":128},{"name":"fc2.W","off":514208,"size":1280},{"name":"fc2.b","off":515616,"size":10},{"name":"x","off":455840,"size":50176}]}
  ],
  "entries": [
    {"feeds":["x"],"checks":[355488,8192,0,363680,640,1,355488,64,2,355552,64,3,363680,640,4]},
    {"feeds":["x","y"],"checks":[371872,8192,5,380064,640,1,381984,64,2,380704,640,6,382112,64,7,465450,1,8,465450,1,9,465450,1,10,382048,64,11,465440,10,12,464032,1280,13,455840,8192,14,465312,128,15,355488,100352,16,455840,1,17,455841,1,18,0,100352,19,100352,128,20,100480,1280,21,101760,10,22]},
    {"feeds":["x","y"],"checks":[371872,8192,5,380064,640,1,381984,64,2,380704,640,6,382112,64,7,515626,1,8,515626,1,9,515626,1,10,382048,64,11,515616,10,12,514208,1280,13,506016,8192,14,515488,128,15,455840,50176,23,355488,100352,24]},
    {"feeds":["x","y"],"checks":[355488,8192,0,363680,640,1,365600,64,2,364320,640,6,365728,64,7,515626,1,8,515626,1,9,515626,1,10,365664,64,11,515616,10,12,514208,1280,13,506016,8192,25,515488,128,15,455840,50176,23,355488,100352,24]}
  ],
  "info": [
    ["relu","<prelude>:12:10","f32[64, 128]","matmul at <prelude>:12:22, add at <prelude>:12:22"],
    ["add","<prelude>:12:22","f32[64, 10]","matmul at <prelude>:12:22"],
    ["max","mnist_mlp.kiln:12:18","f32[64, 1]",""],
    ["sum","mnist_mlp.kiln:12:18","f32[64, 1]","sub at mnist_mlp.kiln:12:18, exp at mnist_mlp.kiln:12:18"],
    ["div","mnist_mlp.kiln:12:18","f32[64, 10]",""],
    ["mul","mnist_mlp.kiln:11:12","f32[64, 128]","matmul at <prelude>:12:22, add at <prelude>:12:22, relu at <prelude>:12:10, random_uniform at mnist_mlp.kiln:11:12, ge at mnist_mlp.kiln:11:12, mul at mnist_mlp.kiln:11:12"],
    ["one_hot","mnist_mlp.kiln:13:10","f32[64, 10]",""],
    ["add","mnist_mlp.kiln:13:10","f32[64, 1]","sub at mnist_mlp.kiln:12:18, exp at mnist_mlp.kiln:12:18, sum at mnist_mlp.kiln:12:18, log at mnist_mlp.kiln:13:10"],
    ["sum","mnist_mlp.kiln:13:44","f32[]","mul at mnist_mlp.kiln:13:44"],
    ["mul","mnist_mlp.kiln:13:37","f32[]","mul at mnist_mlp.kiln:13:44, sum at mnist_mlp.kiln:13:44, add at mnist_mlp.kiln:13:44"],
    ["add","mnist_mlp.kiln:13:10","f32[]","sub at mnist_mlp.kiln:13:10, mul at mnist_mlp.kiln:13:10, sum at mnist_mlp.kiln:13:10, mul at mnist_mlp.kiln:13:10"],
    ["div","mnist_mlp.kiln:13:10","f32[64, 1]","mul at mnist_mlp.kiln:13:10, sum at mnist_mlp.kiln:13:10"],
    ["sum","<prelude>:12:22","f32[10]","mul at mnist_mlp.kiln:13:10, mul at mnist_mlp.kiln:12:18, add at mnist_mlp.kiln:12:18"],
    ["add","<prelude>:12:22","f32[128, 10]","mul at mnist_mlp.kiln:13:44, matmul at <prelude>:12:22"],
    ["mul","<prelude>:12:10","f32[64, 128]","matmul at <prelude>:12:22, mul at mnist_mlp.kiln:11:12, gt at <prelude>:12:10"],
    ["sum","<prelude>:12:22","f32[128]",""],
    ["the adam update of 'optim/step/fc1.W/exp_avg_sq'","mnist_mlp.kiln:15:3","f32[784, 128]",""],
    ["div","mnist_mlp.kiln:15:3","f32[]","pow at mnist_mlp.kiln:15:3, sub at mnist_mlp.kiln:15:3"],
    ["sqrt","mnist_mlp.kiln:15:3","f32[]","pow at mnist_mlp.kiln:15:3, sub at mnist_mlp.kiln:15:3"],
    ["the adam update of param 'fc1.W'","mnist_mlp.kiln:15:3","f32[784, 128]",""],
    ["the adam update of param 'fc1.b'","mnist_mlp.kiln:15:3","f32[128]",""],
    ["the adam update of param 'fc2.W'","mnist_mlp.kiln:15:3","f32[128, 10]",""],
    ["the adam update of param 'fc2.b'","mnist_mlp.kiln:15:3","f32[10]",""],
    ["matmul","<prelude>:12:22","f32[64, 784]",""],
    ["add","<prelude>:12:22","f32[784, 128]","mul at mnist_mlp.kiln:13:44, matmul at <prelude>:12:22"],
    ["mul","<prelude>:12:10","f32[64, 128]","matmul at <prelude>:12:22, gt at <prelude>:12:10"]
  ],
  "predictOnly": false
};
// 24 WebAssembly SIMD kernels, exported as k0, k1, ...
const WASM = "..."; // 12141 bytes
export function create(options = {}) {
const c = createCore(meta, TABLES, WASM, options);
const F = c.F, I = c.I, H = c.H, W = c.W;
let R = c.rng;
const PACK = 515627;
function k0(o0, o1, o2, o3) { // fused matmul add relu [64, 128]
if (W !== null) W.k0((o1) * 4, (o2) * 4, (o0) * 4, (PACK) * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 784, 128, false, false);
}
if (W !== null) W.k1((o0) * 4, (o3) * 4, (o0) * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 64; i0++, p1 += 128, p2 += 128) {
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
function k1(o0, o1, o2, o3) { // fused matmul add [64, 10]
if (W !== null) W.k2((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 128, 10, false, false);
}
if (W !== null) W.k3((o0) * 4, (o3) * 4, (o0) * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 64; i0++, p1 += 10, p2 += 10) {
for (let i3 = 0; i3 < 10; i3++) {
const v0 = F[p1 + i3];
const x4 = F[o3 + i3];
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
}
function k2(o0, o1) { // max [64, 1]
if (W !== null) W.k4((o0) * 4, (o1) * 4);
else {
for (let i1 = 0; i1 < 64; i1++) {
let acc0 = -Infinity;
for (let i2 = 0; i2 < 10; i2++) {
acc0 = (F[o0 + i1 * 10 + i2] > acc0 ? F[o0 + i1 * 10 + i2] : acc0);
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k3(o0, o1, o2) { // fused sub exp sum [64, 1]
if (W !== null) W.k5((o0) * 4, (o1) * 4, (o0) * 4, (o2) * 4);
else {
for (let i1 = 0; i1 < 64; i1++) {
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
}
function k4(o0, o1) { // div [64, 10]
if (W !== null) W.k6((o0) * 4, (o1) * 4, (o0) * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o1; i0 < 64; i0++, p1 += 10, p2 += 10, p3 += 1) {
for (let i4 = 0; i4 < 10; i4++) {
F[p1 + i4] = F[p2 + i4] / F[p3];
}
}
}
}
function k5(o0, o1, o2, o3, o4, o5) { // fused matmul add relu random_uniform ge mul mul [64, 128]
if (W !== null) W.k0((o1) * 4, (o2) * 4, (o0) * 4, (PACK) * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 784, 128, false, false);
}
for (let i0 = 0, p1 = o0, p2 = o4, p3 = o5, p4 = o0; i0 < 64; i0++, p1 += 128, p2 += 128, p3 += 128, p4 += 128) {
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
function k6(o0, o1) { // one_hot [64, 10]
for (let i0 = 0; i0 < 640; i0++) F[o0 + i0] = 0;
for (let i0 = 0; i0 < 64; i0++) {
const id1 = I[o1 + i0];
if (id1 >= 0 && id1 < 10) F[o0 + i0 * 10 + id1] = 1;
}
}
function k7(o0, o1, o2, o3, o4) { // fused sub exp sum log add [64, 1]
for (let i1 = 0; i1 < 64; i1++) {
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
function k8(o0, o1) { // fused mul sum []
if (W !== null) W.k7((o0) * 4, (o1) * 4);
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
function k9(o0, o1) { // fused mul sum add mul []
if (W !== null) W.k8((o0) * 4, (o1) * 4, (o1) * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 100352; i1++) {
const x4 = F[o0 + i1];
const v0 = x4 * x4;
acc0 = acc0 + v0;
}
const v1 = acc0;
const e5 = F[o1];
const v2 = v1 + e5;
const v3 = v2 * 0.00001;
F[o1] = v3;
}
}
function k10(o0, o1, o2, o3) { // fused sub mul sum mul add []
if (W !== null) W.k9((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o3) * 4);
else {
let acc0 = 0;
for (let i1 = 0, p2 = o0, p3 = o1, p4 = o2; i1 < 64; i1++, p2 += 10, p3 += 1, p4 += 10) {
for (let i5 = 0; i5 < 10; i5++) {
const x5 = F[p2 + i5];
const x6 = F[p3];
const x7 = F[p4 + i5];
const v0 = x5 - x6;
const v1 = x7 * v0;
acc0 = acc0 + v1;
}
}
const v2 = acc0;
const e9 = F[o3];
const v3 = v2 * (-0.015625);
const v4 = v3 + e9;
F[o3] = v4;
}
}
function k11(o0, o1) { // fused mul sum div [64, 1]
if (W !== null) W.k10((o0) * 4, (o1) * 4, (o1) * 4);
else {
for (let i1 = 0; i1 < 64; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 10; i2++) {
const x3 = F[o0 + i1 * 10 + i2];
const v0 = x3 * 0.015625;
acc0 = acc0 + v0;
}
const v1 = acc0;
const e5 = F[o1 + i1];
const v2 = v1 / e5;
F[o1 + i1] = v2;
}
}
}
function k12(o0, o1, o2, o3) { // fused mul mul add sum [10]
if (W !== null) W.k11((o0) * 4, (o1) * 4, (o2) * 4, (o0) * 4, (o3) * 4);
else {
for (let i1 = 0; i1 < 10; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
const x4 = F[o0 + i1 + i2 * 10];
const x6 = F[o1 + i2];
const x7 = F[o2 + i1 + i2 * 10];
const v0 = x4 * (-0.015625);
const v1 = x6 * x7;
const v2 = v0 + v1;
F[o0 + i1 + i2 * 10] = v2;
acc0 = acc0 + v2;
}
const v3 = acc0;
F[o3 + i1] = v3;
}
}
}
function k13(o0, o1, o2, o3) { // fused mul matmul add [128, 10]
if (W !== null) W.k12((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 128, 64, 10, true, false);
}
if (W !== null) W.k13((o0) * 4, (o3) * 4, (o0) * 4);
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
function k14(o0, o1, o2, o3, o4) { // fused matmul mul gt mul [64, 128]
if (W !== null) W.k14((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 10, 128, false, true);
}
if (W !== null) W.k15((o0) * 4, (o3) * 4, (o4) * 4, (o0) * 4);
else {
for (let i0 = 0; i0 < 8192; i0++) {
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
function k15(o0, o1) { // sum [128]
if (W !== null) W.k16((o0) * 4, (o1) * 4);
else {
for (let i1 = 0; i1 < 128; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 128];
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k16(o0, o1, o2, o3, o4, o5) { // fused mul matmul add sub mul add mul mul mul add [784, 128]
if (W !== null) W.k17((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 784, 64, 128, true, false);
}
if (W !== null) W.k18((o0) * 4, (o3) * 4, (o4) * 4, (o5) * 4, (o4) * 4, (o0) * 4);
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
F[o0 + i0] = v9;
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
function k19(o0, o1, o2, o3, o4, o5) { // fused sqrt div add mul div sub [784, 128]
if (W !== null) W.k19((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o4) * 4, (o4) * 4, o5);
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
function k20(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [128]
if (W !== null) W.k20((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o4) * 4, (o5) * 4, (o1) * 4, (o2) * 4, (o5) * 4, o6);
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
function k21(o0, o1, o2) { // matmul [64, 784]
if (W !== null) W.k21((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 128, 784, false, true);
}
}
function k22(o0, o1, o2, o3) { // fused mul matmul add [784, 128]
if (W !== null) W.k17((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 784, 64, 128, true, false);
}
if (W !== null) W.k22((o0) * 4, (o3) * 4, (o0) * 4);
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
function k23(o0, o1, o2, o3) { // fused matmul gt mul [64, 128]
if (W !== null) W.k14((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 10, 128, false, true);
}
if (W !== null) W.k23((o0) * 4, (o3) * 4, (o0) * 4);
else {
for (let i0 = 0; i0 < 8192; i0++) {
const v0 = F[o0 + i0];
const x5 = F[o3 + i0];
const v1 = (x5 > 0 ? 1 : 0);
const v2 = v0 * v1;
F[o0 + i0] = v2;
}
}
}
function run_predict(c) {
k0(355488, 305312, 0, 100352);
if (c) c(0);
k1(363680, 355488, 100480, 101760);
if (c) c(1);
k2(363680, 355488);
if (c) c(2);
k3(363680, 355488, 355552);
if (c) c(3);
k4(363680, 355552);
if (c) c(4);
}
function run_step0(c) {
k5(371872, 305312, 0, 100352, 355488, 363680);
if (c) c(0);
k1(380064, 371872, 100480, 101760);
if (c) c(1);
k2(380064, 381984);
if (c) c(2);
k6(380704, 0);
if (c) c(3);
k7(380064, 381984, 381344, 382048, 382112);
if (c) c(4);
k8(100480, 465450);
if (c) c(5);
k9(0, 465450);
if (c) c(6);
k10(380064, 382112, 380704, 465450);
if (c) c(7);
k11(380704, 382048);
if (c) c(8);
k12(380704, 382048, 381344, 465440);
if (c) c(9);
k13(464032, 371872, 380704, 100480);
if (c) c(10);
k14(455840, 380704, 100480, 363680, 355488);
if (c) c(11);
k15(455840, 465312);
if (c) c(12);
k16(355488, 305312, 455840, 0, 101770, 202122);
if (c) c(13);
k17(1, 305311, 0, 305310, 455840);
if (c) c(14);
k18(1, 305311, 455841);
if (c) c(15);
k19(355488, 455841, 455840, 101770, 0, 100352);
if (c) c(16);
k20(465312, 302474, 302602, 455841, 455840, 100352, 128);
if (c) c(17);
k20(464032, 302730, 304010, 455841, 455840, 100480, 1280);
if (c) c(18);
k20(465440, 305290, 305300, 455841, 455840, 101760, 10);
if (c) c(19);
F.copyWithin(202122, 355488, 455840);
}
function run_grad0(c) {
k5(371872, 305312, 0, 100352, 355488, 363680);
if (c) c(0);
k1(380064, 371872, 100480, 101760);
if (c) c(1);
k2(380064, 381984);
if (c) c(2);
k6(380704, 0);
if (c) c(3);
k7(380064, 381984, 381344, 382048, 382112);
if (c) c(4);
k8(100480, 515626);
if (c) c(5);
k9(0, 515626);
if (c) c(6);
k10(380064, 382112, 380704, 515626);
if (c) c(7);
k11(380704, 382048);
if (c) c(8);
k12(380704, 382048, 381344, 515616);
if (c) c(9);
k13(514208, 371872, 380704, 100480);
if (c) c(10);
k14(506016, 380704, 100480, 363680, 355488);
if (c) c(11);
k15(506016, 515488);
if (c) c(12);
k21(455840, 506016, 0);
if (c) c(13);
k22(355488, 305312, 506016, 0);
if (c) c(14);
}
function run_grad1(c) {
k0(355488, 305312, 0, 100352);
if (c) c(0);
k1(363680, 355488, 100480, 101760);
if (c) c(1);
k2(363680, 365600);
if (c) c(2);
k6(364320, 0);
if (c) c(3);
k7(363680, 365600, 364960, 365664, 365728);
if (c) c(4);
k8(100480, 515626);
if (c) c(5);
k9(0, 515626);
if (c) c(6);
k10(363680, 365728, 364320, 515626);
if (c) c(7);
k11(364320, 365664);
if (c) c(8);
k12(364320, 365664, 364960, 515616);
if (c) c(9);
k13(514208, 355488, 364320, 100480);
if (c) c(10);
k23(506016, 364320, 100480, 355488);
if (c) c(11);
k15(506016, 515488);
if (c) c(12);
k21(455840, 506016, 0);
if (c) c(13);
k22(355488, 305312, 506016, 0);
if (c) c(14);
}
return finishModel(c, [run_predict, run_step0, run_grad0, run_grad1], (r) => { R = r; });
}
