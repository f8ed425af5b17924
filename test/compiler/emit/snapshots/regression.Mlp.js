// runtime pieces: {createCore,finishModel}, kilnProduct
// ---- model
export const meta = {
  "model": "Mlp",
  "dtype": "f32",
  "inputs": [
    {"name":"x","dtype":"f32","shape":[32,12]},
    {"name":"y","dtype":"f32","shape":[32,1]}
  ],
  "outputs": [
    {"name":"price","shape":[32,1]}
  ],
  "params": [
    {"name":"fc1.W","shape":[12,64],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"fc1.b","shape":[64],"init":{"kind":"zeros","args":[]}},
    {"name":"fc2.W","shape":[64,32],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"fc2.b","shape":[32],"init":{"kind":"zeros","args":[]}},
    {"name":"out.W","shape":[32,1],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"out.b","shape":[1],"init":{"kind":"zeros","args":[]}}
  ],
  "state": [],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.001,"beta1":0.9,"beta2":0.999,"eps":1e-8},"params":["fc1.W","fc1.b","fc2.W","fc2.b","out.W","out.b"]}
  ],
  "losses": ["loss"],
  "predictOnly": false,
  "arenaBytes": 66076
};
const TABLES = {
  "NF": 16519,
  "NI": 0,
  "NH": 2,
  "arenaBytes": 66076,
  "persistent": [
    {"name":"fc1.W","shape":[12,64],"off":0,"size":768,"kind":"param"},
    {"name":"fc1.b","shape":[64],"off":768,"size":64,"kind":"param"},
    {"name":"fc2.W","shape":[64,32],"off":832,"size":2048,"kind":"param"},
    {"name":"fc2.b","shape":[32],"off":2880,"size":32,"kind":"param"},
    {"name":"out.W","shape":[32,1],"off":2912,"size":32,"kind":"param"},
    {"name":"out.b","shape":[1],"off":2944,"size":1,"kind":"param"},
    {"name":"optim/step/fc1.W/exp_avg","shape":[12,64],"off":2945,"size":768,"kind":"optim"},
    {"name":"optim/step/fc1.W/exp_avg_sq","shape":[12,64],"off":3713,"size":768,"kind":"optim"},
    {"name":"optim/step/fc1.b/exp_avg","shape":[64],"off":4481,"size":64,"kind":"optim"},
    {"name":"optim/step/fc1.b/exp_avg_sq","shape":[64],"off":4545,"size":64,"kind":"optim"},
    {"name":"optim/step/fc2.W/exp_avg","shape":[64,32],"off":4609,"size":2048,"kind":"optim"},
    {"name":"optim/step/fc2.W/exp_avg_sq","shape":[64,32],"off":6657,"size":2048,"kind":"optim"},
    {"name":"optim/step/fc2.b/exp_avg","shape":[32],"off":8705,"size":32,"kind":"optim"},
    {"name":"optim/step/fc2.b/exp_avg_sq","shape":[32],"off":8737,"size":32,"kind":"optim"},
    {"name":"optim/step/out.W/exp_avg","shape":[32,1],"off":8769,"size":32,"kind":"optim"},
    {"name":"optim/step/out.W/exp_avg_sq","shape":[32,1],"off":8801,"size":32,"kind":"optim"},
    {"name":"optim/step/out.b/exp_avg","shape":[1],"off":8833,"size":1,"kind":"optim"},
    {"name":"optim/step/out.b/exp_avg_sq","shape":[1],"off":8834,"size":1,"kind":"optim"}
  ],
  "persistentEnd": 8835,
  "constants": [],
  "inputs": [
    {"name":"x","dtype":"f32","shape":[32,12],"place":{"arr":"F","off":8837}},
    {"name":"y","dtype":"f32","shape":[32,1],"place":{"arr":"F","off":9221}}
  ],
  "outputs": [
    {"name":"price","shape":[32,1],"place":{"arr":"F","off":9253}}
  ],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.001,"beta1":0.9,"beta2":0.999,"eps":1e-8},"params":["fc1.W","fc1.b","fc2.W","fc2.b","out.W","out.b"],"lr":{"h":0,"f":8835},"t":{"h":1,"f":8836},"value":15143}
  ],
  "gradients": [
    {"loss":"loss","mode":"train","value":16517,"grads":[{"name":"fc1.W","off":9253,"size":768},{"name":"fc1.b","off":10405,"size":64},{"name":"fc2.W","off":11301,"size":2048},{"name":"fc2.b","off":16485,"size":32},{"name":"out.W","off":16453,"size":32},{"name":"out.b","off":16518,"size":1},{"name":"x","off":10021,"size":384},{"name":"y","off":16421,"size":32}]},
    {"loss":"loss","mode":"eval","value":16517,"grads":[{"name":"fc1.W","off":9253,"size":768},{"name":"fc1.b","off":10405,"size":64},{"name":"fc2.W","off":11301,"size":2048},{"name":"fc2.b","off":16485,"size":32},{"name":"out.W","off":16453,"size":32},{"name":"out.b","off":16518,"size":1},{"name":"x","off":10021,"size":384},{"name":"y","off":16421,"size":32}]}
  ],
  "entries": [
    {"feeds":["x"],"checks":[9253,2048,0,11301,1024,1,9253,32,2]},
    {"feeds":["x","y"],"checks":[15141,1,3,15142,1,4,9253,2048,0,11301,1024,1,12357,32,5,15143,1,6,12389,1,6,15143,1,7,15143,1,8,12357,1,9,2944,1,10,13349,1024,11,2880,32,12,2912,32,13,11301,2048,14,0,768,15,768,64,16,832,2048,17]},
    {"feeds":["x","y"],"checks":[9253,2048,0,11301,1024,1,12357,32,5,16517,1,6,12389,1,6,16517,1,7,16517,1,8,16421,32,18,16518,1,9,16453,32,19,15397,1024,11,16485,32,20,11301,2048,21,13349,2048,14,10405,64,22,10021,384,23,9253,768,24]},
    {"feeds":["x","y"],"checks":[9253,2048,0,11301,1024,1,12357,32,5,16517,1,6,12389,1,6,16517,1,7,16517,1,8,16421,32,18,16518,1,9,16453,32,19,15397,1024,11,16485,32,20,11301,2048,21,13349,2048,14,10405,64,22,10021,384,23,9253,768,24]}
  ],
  "info": [
    [3,4,5,[0,1,2,1]], // relu <prelude>:12:10 f32[32, 64] (matmul, add)
    [3,4,6,[0,1,2,1]], // relu <prelude>:12:10 f32[32, 32] (matmul, add)
    [2,1,7,[0,1]], // add <prelude>:12:22 f32[32, 1] (matmul)
    [11,9,12,[8,9,10,9]], // div regression.kiln:30:3 f32[] (pow, sub)
    [13,9,12,[8,9,10,9]], // sqrt regression.kiln:30:3 f32[] (pow, sub)
    [15,14,7,[0,1,2,1,10,14]], // mul regression.kiln:28:10 f32[32, 1] (matmul, add, sub)
    [17,16,12,[15,16]], // sum regression.kiln:28:32 f32[] (mul)
    [15,18,12,[15,16,17,16,2,16,2,16]], // mul regression.kiln:28:25 f32[] (mul, sum, add, add)
    [2,14,12,[17,14,15,14]], // add regression.kiln:28:10 f32[] (sum, mul)
    [17,1,19,[15,14]], // sum <prelude>:12:22 f32[1] (mul)
    [20,9,19,[]], // the adam update of param 'out.b' regression.kiln:30:3 f32[1]
    [15,4,6,[0,1,21,4]], // mul <prelude>:12:10 f32[32, 32] (matmul, gt)
    [22,9,23,[]], // the adam update of param 'fc2.b' regression.kiln:30:3 f32[32]
    [24,9,7,[]], // the adam update of param 'out.W' regression.kiln:30:3 f32[32, 1]
    [15,4,5,[0,1,21,4]], // mul <prelude>:12:10 f32[32, 64] (matmul, gt)
    [25,9,26,[]], // the adam update of param 'fc1.W' regression.kiln:30:3 f32[12, 64]
    [27,9,28,[]], // the adam update of param 'fc1.b' regression.kiln:30:3 f32[64]
    [29,9,30,[]], // the adam update of param 'fc2.W' regression.kiln:30:3 f32[64, 32]
    [15,14,7,[]], // mul regression.kiln:28:10 f32[32, 1]
    [2,1,7,[15,16,0,1]], // add <prelude>:12:22 f32[32, 1] (mul, matmul)
    [17,1,23,[]], // sum <prelude>:12:22 f32[32]
    [2,1,30,[15,16,0,1]], // add <prelude>:12:22 f32[64, 32] (mul, matmul)
    [17,1,28,[]], // sum <prelude>:12:22 f32[64]
    [0,1,31,[]], // matmul <prelude>:12:22 f32[32, 12]
    [2,1,26,[15,16,0,1]] // add <prelude>:12:22 f32[12, 64] (mul, matmul)
  ],
  "strings": ["matmul","<prelude>:12:22","add","relu","<prelude>:12:10","f32[32, 64]","f32[32, 32]","f32[32, 1]","pow","regression.kiln:30:3","sub","div","f32[]","sqrt","regression.kiln:28:10","mul","regression.kiln:28:32","sum","regression.kiln:28:25","f32[1]","the adam update of param 'out.b'","gt","the adam update of param 'fc2.b'","f32[32]","the adam update of param 'out.W'","the adam update of param 'fc1.W'","f32[12, 64]","the adam update of param 'fc1.b'","f32[64]","the adam update of param 'fc2.W'","f32[64, 32]","f32[32, 12]"],
  "predictOnly": false
};
// 27 WebAssembly SIMD kernels, exported as k0, k1, ... (12714 bytes, zlib-compressed)
const WASM = "..."; // 2520 bytes
export function create(options = {}) {
const c = createCore(meta, TABLES, WASM, options);
const F = c.F, I = c.I, H = c.H, W = c.W;
let R = c.rng;
R.fillUniform(F, 0, 768, (-0.28097574347450816), 0.28097574347450816); // fc1.W: glorot_uniform
R.fillUniform(F, 832, 2048, (-0.25), 0.25); // fc2.W: glorot_uniform
R.fillUniform(F, 2912, 32, (-0.4264014327112209), 0.4264014327112209); // out.W: glorot_uniform
function k0(o0, o1, o2, o3) { // fused matmul add relu [32, 64]
if (W !== null) {
W.k0(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 32, 12, 64, false, false);
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 32; i0++, p1 += 64, p2 += 64) {
for (let i3 = 0; i3 < 64; i3++) {
const v0 = F[p1 + i3];
const x5 = F[o3 + i3];
const v1 = v0 + x5;
const v2 = (v1 > 0 ? v1 : 0);
F[p2 + i3] = v2;
}
}
}
}
function k1(o0, o1, o2, o3) { // fused matmul add relu [32, 32]
if (W !== null) {
W.k1(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 32, 64, 32, false, false);
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 32; i0++, p1 += 32, p2 += 32) {
for (let i3 = 0; i3 < 32; i3++) {
const v0 = F[p1 + i3];
const x5 = F[o3 + i3];
const v1 = v0 + x5;
const v2 = (v1 > 0 ? v1 : 0);
F[p2 + i3] = v2;
}
}
}
}
function k2(o0, o1, o2, o3) { // fused matmul add [32, 1]
for (let i1 = 0; i1 < 32; i1 += 8) {
for (let j2 = 0; j2 < 1; j2 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 32, pb5 = o2 + j2 * 1; k3 < 32; k3++, pa4 += 1, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 32]; const a2 = F[pa4 + 64]; const a3 = F[pa4 + 96]; const a4 = F[pa4 + 128]; const a5 = F[pa4 + 160]; const a6 = F[pa4 + 192]; const a7 = F[pa4 + 224]; const b0 = F[pb5]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc6 = o0 + i1 * 1 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s1_0; F[pc6 + 2] = s2_0; F[pc6 + 3] = s3_0; F[pc6 + 4] = s4_0; F[pc6 + 5] = s5_0; F[pc6 + 6] = s6_0; F[pc6 + 7] = s7_0; 
}
}
if (W !== null) W.k2(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 32; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3];
const v1 = v0 + x4;
F[o0 + i0] = v1;
}
}
}
function k3(o0, o1, o2, o3, o4) { // fused pow sub div []
const x4 = H[o0];
const x6 = H[o2];
const v0 = Math.pow(0.9, x4);
const v1 = 1 - v0;
const v2 = x6 / v1;
F[o4] = v2;
}
function k4(o0, o1, o2) { // fused pow sub sqrt []
const x4 = H[o0];
const v0 = Math.pow(0.999, x4);
const v1 = 1 - v0;
const v2 = Math.sqrt(v1);
F[o2] = v2;
}
function k5(o0, o1, o2, o3, o4, o5) { // fused matmul add sub mul [32, 1]
for (let i1 = 0; i1 < 32; i1 += 8) {
for (let j2 = 0; j2 < 1; j2 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 32, pb5 = o2 + j2 * 1; k3 < 32; k3++, pa4 += 1, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 32]; const a2 = F[pa4 + 64]; const a3 = F[pa4 + 96]; const a4 = F[pa4 + 128]; const a5 = F[pa4 + 160]; const a6 = F[pa4 + 192]; const a7 = F[pa4 + 224]; const b0 = F[pb5]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc6 = o0 + i1 * 1 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s1_0; F[pc6 + 2] = s2_0; F[pc6 + 3] = s3_0; F[pc6 + 4] = s4_0; F[pc6 + 5] = s5_0; F[pc6 + 6] = s6_0; F[pc6 + 7] = s7_0; 
}
}
if (W !== null) W.k3(o0 * 4, o3 * 4, o4 * 4, o5 * 4, o0 * 4);
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
function k6(o0, o1) { // fused mul sum []
if (W !== null) W.k4(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 2048; i1++) {
const x2 = F[o0 + i1];
const v0 = x2 * x2;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o1] = v1;
}
}
function k7(o0, o1) { // fused mul sum []
if (W !== null) W.k5(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 32; i1++) {
const x2 = F[o0 + i1];
const v0 = x2 * x2;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o1] = v1;
}
}
function k8(o0, o1, o2) { // fused mul sum add add mul []
if (W !== null) W.k6(o0 * 4, o1 * 4, o2 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 768; i1++) {
const x5 = F[o0 + i1];
const v0 = x5 * x5;
acc0 = acc0 + v0;
}
const v1 = acc0;
const e6 = F[o1];
const e7 = F[o2];
const v2 = v1 + e6;
const v3 = v2 + e7;
const v4 = v3 * 0.001;
F[o1] = v4;
}
}
function k9(o0, o1) { // fused sum mul add []
if (W !== null) W.k7(o0 * 4, o1 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 32; i1++) {
acc0 = acc0 + F[o0 + i1];
}
const v0 = acc0;
const e5 = F[o1];
const v1 = v0 * 0.03125;
const v2 = v1 + e5;
F[o1] = v2;
}
}
function k10(o0, o1) { // fused mul sum [1]
if (W !== null) W.k8(o0 * 4, o0 * 4, o1 * 4);
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
function k11(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [1]
if (W !== null) W.k9(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4, o2 * 4, o5 * 4, o6);
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
function k12(o0, o1, o2, o3) { // fused matmul gt mul [32, 32]
for (let i1 = 0; i1 < 32; i1 += 2) {
for (let j2 = 0; j2 < 32; j2 += 4) {
let s0_0 = 0; let s0_1 = 0; let s0_2 = 0; let s0_3 = 0; let s1_0 = 0; let s1_1 = 0; let s1_2 = 0; let s1_3 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 1, pb5 = o2 + j2 * 1; k3 < 1; k3++, pa4 += 1, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 1]; const b0 = F[pb5]; const b1 = F[pb5 + 1]; const b2 = F[pb5 + 2]; const b3 = F[pb5 + 3]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s0_2 += a0 * b2; s0_3 += a0 * b3; s1_0 += a1 * b0; s1_1 += a1 * b1; s1_2 += a1 * b2; s1_3 += a1 * b3; 
}
const pc6 = o0 + i1 * 32 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s0_1; F[pc6 + 2] = s0_2; F[pc6 + 3] = s0_3; F[pc6 + 32] = s1_0; F[pc6 + 33] = s1_1; F[pc6 + 34] = s1_2; F[pc6 + 35] = s1_3; 
}
}
if (W !== null) W.k10(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 1024; i0++) {
const v0 = F[o0 + i0];
const x5 = F[o3 + i0];
const v1 = (x5 > 0 ? 1 : 0);
const v2 = v0 * v1;
F[o0 + i0] = v2;
}
}
}
function k13(o0, o1, o2, o3, o4, o5) { // fused sum sub mul add mul mul mul add sqrt div add mul div sub [32]
if (W !== null) W.k11(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4, o2 * 4, o5 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 32; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 32];
}
const v0 = acc0;
const e15 = F[o1 + i1];
const e17 = F[o2 + i1];
const e20 = F[o3];
const e22 = F[o4];
const e23 = F[o5 + i1];
const v1 = v0 - e15;
const v2 = v1 * 0.09999999999999998;
const v3 = e15 + v2;
const v4 = e17 * 0.999;
const v5 = v0 * v0;
const v6 = v5 * 0.0010000000000000009;
const v7 = v4 + v6;
const v8 = Math.sqrt(v7);
const v9 = v8 / e20;
const v10 = v9 + 1e-8;
const v11 = e22 * v3;
const v12 = v11 / v10;
const v13 = e23 - v12;
F[o1 + i1] = v3;
F[o2 + i1] = v7;
F[o5 + i1] = v13;
}
}
}
function k14(o0, o1, o2, o3, o4, o5, o6, o7) { // fused mul matmul add sub mul add mul mul mul add sqrt div add mul div sub [32, 1]
for (let i1 = 0; i1 < 32; i1 += 8) {
for (let j2 = 0; j2 < 1; j2 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 1, pb5 = o2 + j2 * 1; k3 < 32; k3++, pa4 += 32, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 1]; const a2 = F[pa4 + 2]; const a3 = F[pa4 + 3]; const a4 = F[pa4 + 4]; const a5 = F[pa4 + 5]; const a6 = F[pa4 + 6]; const a7 = F[pa4 + 7]; const b0 = F[pb5]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc6 = o0 + i1 * 1 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s1_0; F[pc6 + 2] = s2_0; F[pc6 + 3] = s3_0; F[pc6 + 4] = s4_0; F[pc6 + 5] = s5_0; F[pc6 + 6] = s6_0; F[pc6 + 7] = s7_0; 
}
}
if (W !== null) W.k12(o0 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o7 * 4, o4 * 4, o5 * 4, o3 * 4);
else {
for (let i0 = 0; i0 < 32; i0++) {
const v1 = F[o0 + i0];
const x16 = F[o3 + i0];
const x20 = F[o4 + i0];
const x22 = F[o5 + i0];
const x25 = F[o6];
const x27 = F[o7];
const v0 = x16 * 0.002;
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
function k15(o0, o1, o2, o3) { // fused matmul gt mul [32, 64]
if (W !== null) W.k13(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 32, 32, 64, false, true);
}
if (W !== null) W.k14(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 2048; i0++) {
const v0 = F[o0 + i0];
const x5 = F[o3 + i0];
const v1 = (x5 > 0 ? 1 : 0);
const v2 = v0 * v1;
F[o0 + i0] = v2;
}
}
}
function k16(o0, o1, o2, o3, o4, o5, o6, o7) { // fused mul matmul add sub mul add mul mul mul add sqrt div add mul div sub [12, 64]
if (W !== null) W.k15(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 12, 32, 64, true, false);
}
if (W !== null) W.k16(o0 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o7 * 4, o4 * 4, o5 * 4, o3 * 4);
else {
for (let i0 = 0; i0 < 768; i0++) {
const v1 = F[o0 + i0];
const x16 = F[o3 + i0];
const x20 = F[o4 + i0];
const x22 = F[o5 + i0];
const x25 = F[o6];
const x27 = F[o7];
const v0 = x16 * 0.002;
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
function k17(o0, o1, o2, o3, o4, o5) { // fused sum sub mul add mul mul mul add sqrt div add mul div sub [64]
if (W !== null) W.k17(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4, o2 * 4, o5 * 4);
else {
for (let i1 = 0; i1 < 64; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 32; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 64];
}
const v0 = acc0;
const e15 = F[o1 + i1];
const e17 = F[o2 + i1];
const e20 = F[o3];
const e22 = F[o4];
const e23 = F[o5 + i1];
const v1 = v0 - e15;
const v2 = v1 * 0.09999999999999998;
const v3 = e15 + v2;
const v4 = e17 * 0.999;
const v5 = v0 * v0;
const v6 = v5 * 0.0010000000000000009;
const v7 = v4 + v6;
const v8 = Math.sqrt(v7);
const v9 = v8 / e20;
const v10 = v9 + 1e-8;
const v11 = e22 * v3;
const v12 = v11 / v10;
const v13 = e23 - v12;
F[o1 + i1] = v3;
F[o2 + i1] = v7;
F[o5 + i1] = v13;
}
}
}
function k18(o0, o1, o2, o3, o4, o5, o6, o7) { // fused mul matmul add sub mul add mul mul mul add sqrt div add mul div sub [64, 32]
if (W !== null) W.k18(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 32, 32, true, false);
}
if (W !== null) W.k19(o0 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o7 * 4, o4 * 4, o5 * 4, o3 * 4);
else {
for (let i0 = 0; i0 < 2048; i0++) {
const v1 = F[o0 + i0];
const x16 = F[o3 + i0];
const x20 = F[o4 + i0];
const x22 = F[o5 + i0];
const x25 = F[o6];
const x27 = F[o7];
const v0 = x16 * 0.002;
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
function k19(o0, o1, o2) { // mul [32, 1]
if (W !== null) W.k20(o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
F[o0 + i0] = F[o1 + i0] * (-0.0625);
}
}
}
function k20(o0, o1, o2, o3) { // fused mul matmul add [32, 1]
for (let i1 = 0; i1 < 32; i1 += 8) {
for (let j2 = 0; j2 < 1; j2 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 1, pb5 = o2 + j2 * 1; k3 < 32; k3++, pa4 += 32, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 1]; const a2 = F[pa4 + 2]; const a3 = F[pa4 + 3]; const a4 = F[pa4 + 4]; const a5 = F[pa4 + 5]; const a6 = F[pa4 + 6]; const a7 = F[pa4 + 7]; const b0 = F[pb5]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc6 = o0 + i1 * 1 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s1_0; F[pc6 + 2] = s2_0; F[pc6 + 3] = s3_0; F[pc6 + 4] = s4_0; F[pc6 + 5] = s5_0; F[pc6 + 6] = s6_0; F[pc6 + 7] = s7_0; 
}
}
if (W !== null) W.k21(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 32; i0++) {
const v1 = F[o0 + i0];
const x3 = F[o3 + i0];
const v0 = x3 * 0.002;
const v2 = v0 + v1;
F[o0 + i0] = v2;
}
}
}
function k21(o0, o1) { // sum [32]
if (W !== null) W.k22(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 32; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 32];
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k22(o0, o1, o2, o3) { // fused mul matmul add [64, 32]
if (W !== null) {
W.k23(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 64, 32, 32, true, false);
for (let i0 = 0; i0 < 2048; i0++) {
const v1 = F[o0 + i0];
const x3 = F[o3 + i0];
const v0 = x3 * 0.002;
const v2 = v0 + v1;
F[o0 + i0] = v2;
}
}
}
function k23(o0, o1) { // sum [64]
if (W !== null) W.k24(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 64; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 32; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 64];
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k24(o0, o1, o2) { // matmul [32, 12]
if (W !== null) W.k25(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 32, 64, 12, false, true);
}
}
function k25(o0, o1, o2, o3) { // fused mul matmul add [12, 64]
if (W !== null) {
W.k26(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 12, 32, 64, true, false);
for (let i0 = 0; i0 < 768; i0++) {
const v1 = F[o0 + i0];
const x3 = F[o3 + i0];
const v0 = x3 * 0.002;
const v2 = v0 + v1;
F[o0 + i0] = v2;
}
}
}
function run_predict(c) {
k0(9253, 8837, 0, 768);
c?.(0);
k1(11301, 9253, 832, 2880);
c?.(1);
k2(9253, 11301, 2912, 2944);
c?.(2);
}
function run_step0(c) {
k3(1, 8836, 0, 8835, 15141);
c?.(0);
k4(1, 8836, 15142);
c?.(1);
k0(9253, 8837, 0, 768);
c?.(2);
k1(11301, 9253, 832, 2880);
c?.(3);
k5(12357, 11301, 2912, 2944, 9221, 12325);
c?.(4);
k6(832, 15143);
c?.(5);
k7(2912, 12389);
c?.(6);
k8(0, 15143, 12389);
c?.(7);
k9(12357, 15143);
c?.(8);
k10(12325, 12357);
c?.(9);
k11(12357, 8833, 8834, 15142, 15141, 2944, 1);
c?.(10);
k12(13349, 12325, 2912, 11301);
c?.(11);
k13(13349, 8705, 8737, 15142, 15141, 2880);
c?.(12);
k14(12357, 11301, 12325, 2912, 8769, 8801, 15142, 15141);
c?.(13);
k15(11301, 13349, 832, 9253);
c?.(14);
k16(14373, 8837, 11301, 0, 2945, 3713, 15142, 15141);
c?.(15);
k17(11301, 4481, 4545, 15142, 15141, 768);
c?.(16);
k18(11301, 9253, 13349, 832, 4609, 6657, 15142, 15141);
c?.(17);
}
function run_grad0(c) {
k0(9253, 8837, 0, 768);
c?.(0);
k1(11301, 9253, 832, 2880);
c?.(1);
k5(12357, 11301, 2912, 2944, 9221, 12325);
c?.(2);
k6(832, 16517);
c?.(3);
k7(2912, 12389);
c?.(4);
k8(0, 16517, 12389);
c?.(5);
k9(12357, 16517);
c?.(6);
k19(16421, 12325, 32);
c?.(7);
k10(12325, 16518);
c?.(8);
k20(16453, 11301, 12325, 2912);
c?.(9);
k12(15397, 12325, 2912, 11301);
c?.(10);
k21(15397, 16485);
c?.(11);
k22(11301, 9253, 15397, 832);
c?.(12);
k15(13349, 15397, 832, 9253);
c?.(13);
k23(13349, 10405);
c?.(14);
k24(10021, 13349, 0);
c?.(15);
k25(9253, 8837, 13349, 0);
c?.(16);
}
return finishModel(c, [run_predict, run_step0, run_grad0, run_grad0], (r) => { R = r; });
}
