// runtime pieces: {createCore,finishModel}, kilnExpF32
// ---- model
export const meta = {
  "model": "BagOfWords",
  "dtype": "f32",
  "inputs": [
    {"name":"bag","dtype":"f32","shape":[32,4000]},
    {"name":"y","dtype":"i32","shape":[32]}
  ],
  "outputs": [
    {"name":"probs","shape":[32,2]}
  ],
  "params": [
    {"name":"fc.W","shape":[4000,2],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"fc.b","shape":[2],"init":{"kind":"zeros","args":[]}}
  ],
  "state": [],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.01,"beta1":0.9,"beta2":0.999,"eps":1e-8},"params":["fc.W","fc.b"]}
  ],
  "losses": ["loss"],
  "predictOnly": false,
  "arenaBytes": 1152428
};
const TABLES = {
  "NF": 288075,
  "NI": 32,
  "NH": 2,
  "arenaBytes": 1152428,
  "persistent": [
    {"name":"fc.W","shape":[4000,2],"off":0,"size":8000,"kind":"param"},
    {"name":"fc.b","shape":[2],"off":8000,"size":2,"kind":"param"},
    {"name":"optim/step/fc.W/exp_avg","shape":[4000,2],"off":8002,"size":8000,"kind":"optim"},
    {"name":"optim/step/fc.W/exp_avg_sq","shape":[4000,2],"off":16002,"size":8000,"kind":"optim"},
    {"name":"optim/step/fc.b/exp_avg","shape":[2],"off":24002,"size":2,"kind":"optim"},
    {"name":"optim/step/fc.b/exp_avg_sq","shape":[2],"off":24004,"size":2,"kind":"optim"}
  ],
  "persistentEnd": 24006,
  "constants": [],
  "inputs": [
    {"name":"bag","dtype":"f32","shape":[32,4000],"place":{"arr":"F","off":24008}},
    {"name":"y","dtype":"i32","shape":[32],"place":{"arr":"I","off":0}}
  ],
  "outputs": [
    {"name":"probs","shape":[32,2],"place":{"arr":"F","off":152008}}
  ],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.01,"beta1":0.9,"beta2":0.999,"eps":1e-8},"params":["fc.W","fc.b"],"lr":{"h":0,"f":24006},"t":{"h":1,"f":24007},"value":160076}
  ],
  "gradients": [
    {"loss":"loss","mode":"train","value":288074,"grads":[{"name":"fc.W","off":280008,"size":8000},{"name":"fc.b","off":288072,"size":2},{"name":"bag","off":152008,"size":128000}]},
    {"loss":"loss","mode":"eval","value":288074,"grads":[{"name":"fc.W","off":280008,"size":8000},{"name":"fc.b","off":288072,"size":2},{"name":"bag","off":152008,"size":128000}]}
  ],
  "entries": [
    {"feeds":["bag"],"checks":[152008,64,0,152072,32,1,152104,32,2,152008,64,3]},
    {"feeds":["bag","y"],"checks":[160074,1,4,160075,1,5,152008,64,0,152136,32,1,160008,64,6,152200,32,7,160076,1,8,160076,1,9,152168,32,10,160072,2,11,0,8000,12,8000,2,13]},
    {"feeds":["bag","y"],"checks":[152008,64,0,152136,32,1,288008,64,6,152200,32,7,288074,1,8,288074,1,9,152168,32,10,288072,2,11,152008,128000,14,280008,8000,15]},
    {"feeds":["bag","y"],"checks":[152008,64,0,152136,32,1,288008,64,6,152200,32,7,288074,1,8,288074,1,9,152168,32,10,288072,2,11,152008,128000,14,280008,8000,15]}
  ],
  "info": [
    [2,1,3,[0,1]], // add <prelude>:12:22 f32[32, 2] (matmul)
    [4,5,6,[]], // max spam_bilstm.kiln:14:18 f32[32, 1]
    [9,5,6,[7,5,8,5]], // sum spam_bilstm.kiln:14:18 f32[32, 1] (sub, exp)
    [10,5,3,[]], // div spam_bilstm.kiln:14:18 f32[32, 2]
    [10,12,13,[11,12,7,12]], // div spam_bilstm.kiln:17:3 f32[] (pow, sub)
    [14,12,13,[11,12,7,12]], // sqrt spam_bilstm.kiln:17:3 f32[] (pow, sub)
    [15,16,3,[]], // one_hot spam_bilstm.kiln:15:10 f32[32, 2]
    [2,16,6,[7,5,8,5,9,5,17,16]], // add spam_bilstm.kiln:15:10 f32[32, 1] (sub, exp, sum, log)
    [18,20,13,[18,19,9,19]], // mul spam_bilstm.kiln:15:37 f32[] (mul, sum)
    [2,16,13,[7,16,18,16,9,16,18,16]], // add spam_bilstm.kiln:15:10 f32[] (sub, mul, sum, mul)
    [10,16,6,[18,16,9,16]], // div spam_bilstm.kiln:15:10 f32[32, 1] (mul, sum)
    [9,1,21,[18,16,18,5,2,5]], // sum <prelude>:12:22 f32[2] (mul, mul, add)
    [22,12,23,[]], // the adam update of param 'fc.W' spam_bilstm.kiln:17:3 f32[4000, 2]
    [24,12,21,[]], // the adam update of param 'fc.b' spam_bilstm.kiln:17:3 f32[2]
    [0,1,25,[]], // matmul <prelude>:12:22 f32[32, 4000]
    [2,1,23,[18,19,0,1]] // add <prelude>:12:22 f32[4000, 2] (mul, matmul)
  ],
  "strings": ["matmul","<prelude>:12:22","add","f32[32, 2]","max","spam_bilstm.kiln:14:18","f32[32, 1]","sub","exp","sum","div","pow","spam_bilstm.kiln:17:3","f32[]","sqrt","one_hot","spam_bilstm.kiln:15:10","log","mul","spam_bilstm.kiln:15:44","spam_bilstm.kiln:15:37","f32[2]","the adam update of param 'fc.W'","f32[4000, 2]","the adam update of param 'fc.b'","f32[32, 4000]"],
  "predictOnly": false
};
// 11 WebAssembly SIMD kernels, exported as k0, k1, ... (4808 bytes, zlib-compressed)
const WASM = "..."; // 1758 bytes
export function create(options = {}) {
const c = createCore(meta, TABLES, WASM, options);
const F = c.F, I = c.I, H = c.H, W = c.W;
let R = c.rng;
R.fillUniform(F, 0, 8000, (-0.038720154633118314), 0.038720154633118314); // fc.W: glorot_uniform
function k0(o0, o1, o2, o3) { // fused matmul add [32, 2]
for (let i4 = 0; i4 < 32; i4 += 4) {
for (let j5 = 0; j5 < 2; j5 += 2) {
let s0_0 = 0; let s0_1 = 0; let s1_0 = 0; let s1_1 = 0; let s2_0 = 0; let s2_1 = 0; let s3_0 = 0; let s3_1 = 0; 
for (let k6 = 0, pa7 = o1 + i4 * 4000, pb8 = o2 + j5 * 1; k6 < 4000; k6++, pa7 += 1, pb8 += 2) {
const a0 = F[pa7]; const a1 = F[pa7 + 4000]; const a2 = F[pa7 + 8000]; const a3 = F[pa7 + 12000]; const b0 = F[pb8]; const b1 = F[pb8 + 1]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s1_0 += a1 * b0; s1_1 += a1 * b1; s2_0 += a2 * b0; s2_1 += a2 * b1; s3_0 += a3 * b0; s3_1 += a3 * b1; 
}
const pc9 = o0 + i4 * 2 + j5;
F[pc9] = s0_0; F[pc9 + 1] = s0_1; F[pc9 + 2] = s1_0; F[pc9 + 3] = s1_1; F[pc9 + 4] = s2_0; F[pc9 + 5] = s2_1; F[pc9 + 6] = s3_0; F[pc9 + 7] = s3_1; 
}
}
if (W !== null) W.k0(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 32; i0++, p1 += 2, p2 += 2) {
for (let i3 = 0; i3 < 2; i3++) {
const v0 = F[p1 + i3];
const x4 = F[o3 + i3];
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
}
function k1(o0, o1) { // max [32, 1]
if (W !== null) W.k1(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = -Infinity;
for (let i2 = 0; i2 < 2; i2++) {
acc0 = (F[o0 + i1 * 2 + i2] > acc0 ? F[o0 + i1 * 2 + i2] : acc0);
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k2(o0, o1, o2) { // fused sub exp sum [32, 1]
if (W !== null) W.k2(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 2; i2++) {
const x3 = F[o0 + i1 * 2 + i2];
const x4 = F[o1 + i1];
const v0 = x3 - x4;
const v1 = kilnExpF32(v0);
F[o0 + i1 * 2 + i2] = v1;
acc0 = acc0 + v1;
}
const v2 = acc0;
F[o2 + i1] = v2;
}
}
}
function k3(o0, o1) { // div [32, 2]
if (W !== null) W.k3(o0 * 4, o1 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o1; i0 < 32; i0++, p1 += 2, p2 += 2, p3 += 1) {
for (let i4 = 0; i4 < 2; i4++) {
F[p1 + i4] = F[p2 + i4] / F[p3];
}
}
}
}
function k4(o0, o1, o2, o3, o4) { // fused pow sub div []
const x4 = H[o0];
const x6 = H[o2];
const v0 = Math.pow(0.9, x4);
const v1 = 1 - v0;
const v2 = x6 / v1;
F[o4] = v2;
}
function k5(o0, o1, o2) { // fused pow sub sqrt []
const x4 = H[o0];
const v0 = Math.pow(0.999, x4);
const v1 = 1 - v0;
const v2 = Math.sqrt(v1);
F[o2] = v2;
}
function k6(o0, o1) { // one_hot [32, 2]
for (let i0 = 0; i0 < 64; i0++) F[o0 + i0] = 0;
for (let i0 = 0; i0 < 32; i0++) {
const id1 = I[o1 + i0];
if (id1 >= 0 && id1 < 2) F[o0 + i0 * 2 + id1] = 1;
}
}
function k7(o0, o1, o2, o3, o4) { // fused sub exp sum log add [32, 1]
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 2; i2++) {
const x5 = F[o0 + i1 * 2 + i2];
const x6 = F[o1 + i1];
const v0 = x5 - x6;
const v1 = kilnExpF32(v0);
F[o2 + i1 * 2 + i2] = v1;
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
function k8(o0, o1) { // fused mul sum mul []
if (W !== null) W.k4(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 8000; i1++) {
const x3 = F[o0 + i1];
const v0 = x3 * x3;
acc0 = acc0 + v0;
}
const v1 = acc0;
const v2 = v1 * 0.0001;
F[o1] = v2;
}
}
function k9(o0, o1, o2, o3) { // fused sub mul sum mul add []
if (W !== null) W.k5(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o3 * 4);
else {
let acc0 = 0;
for (let i1 = 0, p2 = o0, p3 = o1, p4 = o2; i1 < 32; i1++, p2 += 2, p3 += 1, p4 += 2) {
for (let i5 = 0; i5 < 2; i5++) {
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
const v3 = v2 * (-0.03125);
const v4 = v3 + e9;
F[o3] = v4;
}
}
function k10(o0, o1) { // fused mul sum div [32, 1]
if (W !== null) W.k6(o0 * 4, o1 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 2; i2++) {
const x3 = F[o0 + i1 * 2 + i2];
const v0 = x3 * 0.03125;
acc0 = acc0 + v0;
}
const v1 = acc0;
const e5 = F[o1 + i1];
const v2 = v1 / e5;
F[o1 + i1] = v2;
}
}
}
function k11(o0, o1, o2, o3) { // fused mul mul add sum [2]
if (W !== null) W.k7(o0 * 4, o1 * 4, o2 * 4, o0 * 4, o3 * 4);
else {
for (let i1 = 0; i1 < 2; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 32; i2++) {
const x4 = F[o0 + i1 + i2 * 2];
const x6 = F[o1 + i2];
const x7 = F[o2 + i1 + i2 * 2];
const v0 = x4 * (-0.03125);
const v1 = x6 * x7;
const v2 = v0 + v1;
F[o0 + i1 + i2 * 2] = v2;
acc0 = acc0 + v2;
}
const v3 = acc0;
F[o3 + i1] = v3;
}
}
}
function k12(o0, o1, o2, o3, o4, o5, o6, o7) { // fused mul matmul add sub mul add mul mul mul add sqrt div add mul div sub [4000, 2]
for (let i1 = 0; i1 < 4000; i1 += 4) {
for (let j2 = 0; j2 < 2; j2 += 2) {
let s0_0 = 0; let s0_1 = 0; let s1_0 = 0; let s1_1 = 0; let s2_0 = 0; let s2_1 = 0; let s3_0 = 0; let s3_1 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 1, pb5 = o2 + j2 * 1; k3 < 32; k3++, pa4 += 4000, pb5 += 2) {
const a0 = F[pa4]; const a1 = F[pa4 + 1]; const a2 = F[pa4 + 2]; const a3 = F[pa4 + 3]; const b0 = F[pb5]; const b1 = F[pb5 + 1]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s1_0 += a1 * b0; s1_1 += a1 * b1; s2_0 += a2 * b0; s2_1 += a2 * b1; s3_0 += a3 * b0; s3_1 += a3 * b1; 
}
const pc6 = o0 + i1 * 2 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s0_1; F[pc6 + 2] = s1_0; F[pc6 + 3] = s1_1; F[pc6 + 4] = s2_0; F[pc6 + 5] = s2_1; F[pc6 + 6] = s3_0; F[pc6 + 7] = s3_1; 
}
}
if (W !== null) W.k8(o0 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o7 * 4, o4 * 4, o5 * 4, o3 * 4);
else {
for (let i0 = 0; i0 < 8000; i0++) {
const v1 = F[o0 + i0];
const x16 = F[o3 + i0];
const x20 = F[o4 + i0];
const x22 = F[o5 + i0];
const x25 = F[o6];
const x27 = F[o7];
const v0 = x16 * 0.0002;
const v2 = v0 + v1;
const v3 = v2 - x20;
const v4 = v3 * 0.09999999999999998;
const v5 = x20 + v4;
const v6 = x22 * 0.999;
const v7 = v2 * v2;
const v8 = v7 * 0.0010000000000000009;
const v9 = v6 + v8;
const v10 = Math.sqrt(v9);
const v11 = v10 / x25;
const v12 = v11 + 1e-8;
const v13 = x27 * v5;
const v14 = v13 / v12;
const v15 = x16 - v14;
F[o4 + i0] = v5;
F[o5 + i0] = v9;
F[o3 + i0] = v15;
}
}
}
function k13(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [2]
if (W !== null) W.k9(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4, o2 * 4, o5 * 4, o6);
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
function k14(o0, o1, o2) { // matmul [32, 4000]
for (let i0 = 0; i0 < 32; i0 += 2) {
for (let j1 = 0; j1 < 4000; j1 += 4) {
let s0_0 = 0; let s0_1 = 0; let s0_2 = 0; let s0_3 = 0; let s1_0 = 0; let s1_1 = 0; let s1_2 = 0; let s1_3 = 0; 
for (let k2 = 0, pa3 = o1 + i0 * 2, pb4 = o2 + j1 * 2; k2 < 2; k2++, pa3 += 1, pb4 += 1) {
const a0 = F[pa3]; const a1 = F[pa3 + 2]; const b0 = F[pb4]; const b1 = F[pb4 + 2]; const b2 = F[pb4 + 4]; const b3 = F[pb4 + 6]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s0_2 += a0 * b2; s0_3 += a0 * b3; s1_0 += a1 * b0; s1_1 += a1 * b1; s1_2 += a1 * b2; s1_3 += a1 * b3; 
}
const pc5 = o0 + i0 * 4000 + j1;
F[pc5] = s0_0; F[pc5 + 1] = s0_1; F[pc5 + 2] = s0_2; F[pc5 + 3] = s0_3; F[pc5 + 4000] = s1_0; F[pc5 + 4001] = s1_1; F[pc5 + 4002] = s1_2; F[pc5 + 4003] = s1_3; 
}
}
}
function k15(o0, o1, o2, o3) { // fused mul matmul add [4000, 2]
for (let i1 = 0; i1 < 4000; i1 += 4) {
for (let j2 = 0; j2 < 2; j2 += 2) {
let s0_0 = 0; let s0_1 = 0; let s1_0 = 0; let s1_1 = 0; let s2_0 = 0; let s2_1 = 0; let s3_0 = 0; let s3_1 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 1, pb5 = o2 + j2 * 1; k3 < 32; k3++, pa4 += 4000, pb5 += 2) {
const a0 = F[pa4]; const a1 = F[pa4 + 1]; const a2 = F[pa4 + 2]; const a3 = F[pa4 + 3]; const b0 = F[pb5]; const b1 = F[pb5 + 1]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s1_0 += a1 * b0; s1_1 += a1 * b1; s2_0 += a2 * b0; s2_1 += a2 * b1; s3_0 += a3 * b0; s3_1 += a3 * b1; 
}
const pc6 = o0 + i1 * 2 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s0_1; F[pc6 + 2] = s1_0; F[pc6 + 3] = s1_1; F[pc6 + 4] = s2_0; F[pc6 + 5] = s2_1; F[pc6 + 6] = s3_0; F[pc6 + 7] = s3_1; 
}
}
if (W !== null) W.k10(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 8000; i0++) {
const v1 = F[o0 + i0];
const x3 = F[o3 + i0];
const v0 = x3 * 0.0002;
const v2 = v0 + v1;
F[o0 + i0] = v2;
}
}
}
function run_predict(c) {
k0(152008, 24008, 0, 8000);
c?.(0);
k1(152008, 152072);
c?.(1);
k2(152008, 152072, 152104);
c?.(2);
k3(152008, 152104);
c?.(3);
}
function run_step0(c) {
k4(1, 24007, 0, 24006, 160074);
c?.(0);
k5(1, 24007, 160075);
c?.(1);
k0(152008, 24008, 0, 8000);
c?.(2);
k1(152008, 152136);
c?.(3);
k6(160008, 0);
c?.(4);
k7(152008, 152136, 152072, 152168, 152200);
c?.(5);
k8(0, 160076);
c?.(6);
k9(152008, 152200, 160008, 160076);
c?.(7);
k10(160008, 152168);
c?.(8);
k11(160008, 152168, 152072, 160072);
c?.(9);
k12(152008, 24008, 160008, 0, 8002, 16002, 160075, 160074);
c?.(10);
k13(160072, 24002, 24004, 160075, 160074, 8000, 2);
c?.(11);
}
function run_grad0(c) {
k0(152008, 24008, 0, 8000);
c?.(0);
k1(152008, 152136);
c?.(1);
k6(288008, 0);
c?.(2);
k7(152008, 152136, 152072, 152168, 152200);
c?.(3);
k8(0, 288074);
c?.(4);
k9(152008, 152200, 288008, 288074);
c?.(5);
k10(288008, 152168);
c?.(6);
k11(288008, 152168, 152072, 288072);
c?.(7);
k14(152008, 288008, 0);
c?.(8);
k15(280008, 24008, 288008, 0);
c?.(9);
}
return finishModel(c, [run_predict, run_step0, run_grad0, run_grad0], (r) => { R = r; });
}
