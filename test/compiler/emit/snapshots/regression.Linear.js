// runtime pieces: {createCore,finishModel}
// ---- model
export const meta = {
  "model": "Linear",
  "dtype": "f32",
  "inputs": [
    {"name":"x","dtype":"f32","shape":[32,12]},
    {"name":"y","dtype":"f32","shape":[32,1]}
  ],
  "outputs": [
    {"name":"price","shape":[32,1]}
  ],
  "params": [
    {"name":"lin.W","shape":[12,1],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"lin.b","shape":[1],"init":{"kind":"zeros","args":[]}}
  ],
  "state": [],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.01,"beta1":0.9,"beta2":0.999,"eps":1e-8},"params":["lin.W","lin.b"]}
  ],
  "losses": ["loss"],
  "predictOnly": false,
  "arenaBytes": 3676
};
const TABLES = {
  "NF": 919,
  "NI": 0,
  "NH": 2,
  "arenaBytes": 3676,
  "persistent": [
    {"name":"lin.W","shape":[12,1],"off":0,"size":12,"kind":"param"},
    {"name":"lin.b","shape":[1],"off":12,"size":1,"kind":"param"},
    {"name":"optim/step/lin.W/exp_avg","shape":[12,1],"off":13,"size":12,"kind":"optim"},
    {"name":"optim/step/lin.W/exp_avg_sq","shape":[12,1],"off":25,"size":12,"kind":"optim"},
    {"name":"optim/step/lin.b/exp_avg","shape":[1],"off":37,"size":1,"kind":"optim"},
    {"name":"optim/step/lin.b/exp_avg_sq","shape":[1],"off":38,"size":1,"kind":"optim"}
  ],
  "persistentEnd": 39,
  "constants": [],
  "inputs": [
    {"name":"x","dtype":"f32","shape":[32,12],"place":{"arr":"F","off":41}},
    {"name":"y","dtype":"f32","shape":[32,1],"place":{"arr":"F","off":425}}
  ],
  "outputs": [
    {"name":"price","shape":[32,1],"place":{"arr":"F","off":457}}
  ],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.01,"beta1":0.9,"beta2":0.999,"eps":1e-8},"params":["lin.W","lin.b"],"lr":{"h":0,"f":39},"t":{"h":1,"f":40},"value":523}
  ],
  "gradients": [
    {"loss":"loss","mode":"train","value":917,"grads":[{"name":"lin.W","off":905,"size":12},{"name":"lin.b","off":918,"size":1},{"name":"x","off":457,"size":384},{"name":"y","off":873,"size":32}]},
    {"loss":"loss","mode":"eval","value":917,"grads":[{"name":"lin.W","off":905,"size":12},{"name":"lin.b","off":918,"size":1},{"name":"x","off":457,"size":384},{"name":"y","off":873,"size":32}]}
  ],
  "entries": [
    {"feeds":["x"],"checks":[457,32,0]},
    {"feeds":["x","y"],"checks":[521,1,1,522,1,2,489,32,3,523,1,4,501,1,5,0,12,6,12,1,7]},
    {"feeds":["x","y"],"checks":[457,32,3,917,1,4,873,32,8,918,1,5,457,384,9,905,12,10]},
    {"feeds":["x","y"],"checks":[457,32,3,917,1,4,873,32,8,918,1,5,457,384,9,905,12,10]}
  ],
  "info": [
    [2,1,3,[0,1]], // add <prelude>:12:22 f32[32, 1] (matmul)
    [7,5,8,[4,5,6,5]], // div regression.kiln:16:3 f32[] (pow, sub)
    [9,5,8,[4,5,6,5]], // sqrt regression.kiln:16:3 f32[] (pow, sub)
    [11,10,3,[0,1,2,1,6,10]], // mul regression.kiln:14:10 f32[32, 1] (matmul, add, sub)
    [11,10,8,[12,10]], // mul regression.kiln:14:10 f32[] (sum)
    [12,1,13,[11,10]], // sum <prelude>:12:22 f32[1] (mul)
    [14,5,15,[]], // the adam update of param 'lin.W' regression.kiln:16:3 f32[12, 1]
    [16,5,13,[]], // the adam update of param 'lin.b' regression.kiln:16:3 f32[1]
    [11,10,3,[]], // mul regression.kiln:14:10 f32[32, 1]
    [0,1,17,[]], // matmul <prelude>:12:22 f32[32, 12]
    [0,1,15,[]] // matmul <prelude>:12:22 f32[12, 1]
  ],
  "strings": ["matmul","<prelude>:12:22","add","f32[32, 1]","pow","regression.kiln:16:3","sub","div","f32[]","sqrt","regression.kiln:14:10","mul","sum","f32[1]","the adam update of param 'lin.W'","f32[12, 1]","the adam update of param 'lin.b'","f32[32, 12]"],
  "predictOnly": false
};
// 7 WebAssembly SIMD kernels, exported as k0, k1, ... (2847 bytes, zlib-compressed)
const WASM = "..."; // 936 bytes
export function create(options = {}) {
const c = createCore(meta, TABLES, WASM, options);
const F = c.F, I = c.I, H = c.H, W = c.W;
let R = c.rng;
R.fillUniform(F, 0, 12, (-0.6793662204867574), 0.6793662204867574); // lin.W: glorot_uniform
function k0(o0, o1, o2, o3) { // fused matmul add [32, 1]
for (let i1 = 0; i1 < 32; i1 += 8) {
for (let j2 = 0; j2 < 1; j2 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 12, pb5 = o2 + j2 * 1; k3 < 12; k3++, pa4 += 1, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 12]; const a2 = F[pa4 + 24]; const a3 = F[pa4 + 36]; const a4 = F[pa4 + 48]; const a5 = F[pa4 + 60]; const a6 = F[pa4 + 72]; const a7 = F[pa4 + 84]; const b0 = F[pb5]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc6 = o0 + i1 * 1 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s1_0; F[pc6 + 2] = s2_0; F[pc6 + 3] = s3_0; F[pc6 + 4] = s4_0; F[pc6 + 5] = s5_0; F[pc6 + 6] = s6_0; F[pc6 + 7] = s7_0; 
}
}
if (W !== null) W.k0(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 32; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3];
const v1 = v0 + x4;
F[o0 + i0] = v1;
}
}
}
function k1(o0, o1, o2, o3, o4) { // fused pow sub div []
const x4 = H[o0];
const x6 = H[o2];
const v0 = Math.pow(0.9, x4);
const v1 = 1 - v0;
const v2 = x6 / v1;
F[o4] = v2;
}
function k2(o0, o1, o2) { // fused pow sub sqrt []
const x4 = H[o0];
const v0 = Math.pow(0.999, x4);
const v1 = 1 - v0;
const v2 = Math.sqrt(v1);
F[o2] = v2;
}
function k3(o0, o1, o2, o3, o4, o5) { // fused matmul add sub mul [32, 1]
for (let i1 = 0; i1 < 32; i1 += 8) {
for (let j2 = 0; j2 < 1; j2 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 12, pb5 = o2 + j2 * 1; k3 < 12; k3++, pa4 += 1, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 12]; const a2 = F[pa4 + 24]; const a3 = F[pa4 + 36]; const a4 = F[pa4 + 48]; const a5 = F[pa4 + 60]; const a6 = F[pa4 + 72]; const a7 = F[pa4 + 84]; const b0 = F[pb5]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc6 = o0 + i1 * 1 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s1_0; F[pc6 + 2] = s2_0; F[pc6 + 3] = s3_0; F[pc6 + 4] = s4_0; F[pc6 + 5] = s5_0; F[pc6 + 6] = s6_0; F[pc6 + 7] = s7_0; 
}
}
if (W !== null) W.k1(o0 * 4, o3 * 4, o4 * 4, o5 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 32; i0++) {
const v0 = F[o0 + i0];
const x6 = F[o3];
const x7 = F[o4 + i0];
const v1 = v0 + x6;
const v2 = v1 - x7;
const v3 = v2 * v2;
F[o5 + i0] = v2;
F[o0 + i0] = v3;
}
}
}
function k4(o0, o1) { // fused sum mul []
if (W !== null) W.k2(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 32; i1++) {
acc0 = acc0 + F[o0 + i1];
}
const v0 = acc0;
const v1 = v0 * 0.03125;
F[o1] = v1;
}
}
function k5(o0, o1) { // fused mul sum [1]
if (W !== null) W.k3(o0 * 4, o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 32; i1++) {
const x2 = F[o0 + i1];
const v0 = x2 * 0.0625;
F[o0 + i1] = v0;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o1] = v1;
}
}
function k6(o0, o1, o2, o3, o4, o5, o6, o7) { // fused matmul sub mul add mul mul mul add sqrt div add mul div sub [12, 1]
for (let i1 = 0; i1 < 8; i1 += 8) {
for (let j2 = 0; j2 < 1; j2 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 1, pb5 = o2 + j2 * 1; k3 < 32; k3++, pa4 += 12, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 1]; const a2 = F[pa4 + 2]; const a3 = F[pa4 + 3]; const a4 = F[pa4 + 4]; const a5 = F[pa4 + 5]; const a6 = F[pa4 + 6]; const a7 = F[pa4 + 7]; const b0 = F[pb5]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc6 = o0 + i1 * 1 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s1_0; F[pc6 + 2] = s2_0; F[pc6 + 3] = s3_0; F[pc6 + 4] = s4_0; F[pc6 + 5] = s5_0; F[pc6 + 6] = s6_0; F[pc6 + 7] = s7_0; 
}
}
for (let j2 = 0; j2 < 1; j2 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; 
for (let k3 = 0, pa4 = o1 + 8 * 1, pb5 = o2 + j2 * 1; k3 < 32; k3++, pa4 += 12, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 1]; const a2 = F[pa4 + 2]; const a3 = F[pa4 + 3]; const b0 = F[pb5]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; 
}
const pc6 = o0 + 8 * 1 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s1_0; F[pc6 + 2] = s2_0; F[pc6 + 3] = s3_0; 
}
if (W !== null) W.k4(o0 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o7 * 4, o3 * 4, o4 * 4, o7 * 4);
else {
for (let i0 = 0; i0 < 12; i0++) {
const v0 = F[o0 + i0];
const x16 = F[o3 + i0];
const x18 = F[o4 + i0];
const x21 = F[o5];
const x23 = F[o6];
const x24 = F[o7 + i0];
const v1 = v0 - x16;
const v2 = v1 * 0.09999999999999998;
const v3 = x16 + v2;
const v4 = x18 * 0.999;
const v5 = v0 * v0;
const v6 = v5 * 0.0010000000000000009;
const v7 = v4 + v6;
const v8 = Math.sqrt(v7);
const v9 = v8 / x21;
const v10 = v9 + 1e-8;
const v11 = x23 * v3;
const v12 = v11 / v10;
const v13 = x24 - v12;
F[o3 + i0] = v3;
F[o4 + i0] = v7;
F[o7 + i0] = v13;
}
}
}
function k7(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [1]
if (W !== null) W.k5(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4, o2 * 4, o5 * 4, o6);
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
function k8(o0, o1, o2) { // mul [32, 1]
if (W !== null) W.k6(o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
F[o0 + i0] = F[o1 + i0] * (-0.0625);
}
}
}
function k9(o0, o1, o2) { // matmul [32, 12]
for (let i0 = 0; i0 < 32; i0 += 2) {
for (let j1 = 0; j1 < 12; j1 += 4) {
let s0_0 = 0; let s0_1 = 0; let s0_2 = 0; let s0_3 = 0; let s1_0 = 0; let s1_1 = 0; let s1_2 = 0; let s1_3 = 0; 
for (let k2 = 0, pa3 = o1 + i0 * 1, pb4 = o2 + j1 * 1; k2 < 1; k2++, pa3 += 1, pb4 += 1) {
const a0 = F[pa3]; const a1 = F[pa3 + 1]; const b0 = F[pb4]; const b1 = F[pb4 + 1]; const b2 = F[pb4 + 2]; const b3 = F[pb4 + 3]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s0_2 += a0 * b2; s0_3 += a0 * b3; s1_0 += a1 * b0; s1_1 += a1 * b1; s1_2 += a1 * b2; s1_3 += a1 * b3; 
}
const pc5 = o0 + i0 * 12 + j1;
F[pc5] = s0_0; F[pc5 + 1] = s0_1; F[pc5 + 2] = s0_2; F[pc5 + 3] = s0_3; F[pc5 + 12] = s1_0; F[pc5 + 13] = s1_1; F[pc5 + 14] = s1_2; F[pc5 + 15] = s1_3; 
}
}
}
function k10(o0, o1, o2) { // matmul [12, 1]
for (let i0 = 0; i0 < 8; i0 += 8) {
for (let j1 = 0; j1 < 1; j1 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k2 = 0, pa3 = o1 + i0 * 1, pb4 = o2 + j1 * 1; k2 < 32; k2++, pa3 += 12, pb4 += 1) {
const a0 = F[pa3]; const a1 = F[pa3 + 1]; const a2 = F[pa3 + 2]; const a3 = F[pa3 + 3]; const a4 = F[pa3 + 4]; const a5 = F[pa3 + 5]; const a6 = F[pa3 + 6]; const a7 = F[pa3 + 7]; const b0 = F[pb4]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc5 = o0 + i0 * 1 + j1;
F[pc5] = s0_0; F[pc5 + 1] = s1_0; F[pc5 + 2] = s2_0; F[pc5 + 3] = s3_0; F[pc5 + 4] = s4_0; F[pc5 + 5] = s5_0; F[pc5 + 6] = s6_0; F[pc5 + 7] = s7_0; 
}
}
for (let j1 = 0; j1 < 1; j1 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; 
for (let k2 = 0, pa3 = o1 + 8 * 1, pb4 = o2 + j1 * 1; k2 < 32; k2++, pa3 += 12, pb4 += 1) {
const a0 = F[pa3]; const a1 = F[pa3 + 1]; const a2 = F[pa3 + 2]; const a3 = F[pa3 + 3]; const b0 = F[pb4]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; 
}
const pc5 = o0 + 8 * 1 + j1;
F[pc5] = s0_0; F[pc5 + 1] = s1_0; F[pc5 + 2] = s2_0; F[pc5 + 3] = s3_0; 
}
}
function run_predict(c) {
k0(457, 41, 0, 12);
c?.(0);
}
function run_step0(c) {
k1(1, 40, 0, 39, 521);
c?.(0);
k2(1, 40, 522);
c?.(1);
k3(489, 41, 0, 12, 425, 457);
c?.(2);
k4(489, 523);
c?.(3);
k5(457, 501);
c?.(4);
k6(489, 41, 457, 13, 25, 522, 521, 0);
c?.(5);
k7(501, 37, 38, 522, 521, 12, 1);
c?.(6);
}
function run_grad0(c) {
k3(457, 41, 0, 12, 425, 841);
c?.(0);
k4(457, 917);
c?.(1);
k8(873, 841, 32);
c?.(2);
k5(841, 918);
c?.(3);
k9(457, 841, 0);
c?.(4);
k10(905, 41, 841);
c?.(5);
}
return finishModel(c, [run_predict, run_step0, run_grad0, run_grad0], (r) => { R = r; });
}
