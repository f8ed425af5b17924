// runtime pieces: {createCore,finishModel}, {kilnExpF32,kilnExpm1F32,kilnSigmoidF32,kilnSoftplusF32,kilnTanhF32}, kilnProduct
// ---- model
export const meta = {
  "model": "NamesLstm",
  "dtype": "f32",
  "inputs": [
    {"name":"ids","dtype":"i32","shape":[64,12]},
    {"name":"y","dtype":"i32","shape":[64]}
  ],
  "outputs": [
    {"name":"probs","shape":[64,2]}
  ],
  "params": [
    {"name":"embed.table","shape":[28,16],"init":{"kind":"normal","args":[1]}},
    {"name":"lstm.Wx","shape":[16,256],"init":{"kind":"uniform","args":[-0.125,0.125]}},
    {"name":"lstm.Wh","shape":[64,256],"init":{"kind":"uniform","args":[-0.125,0.125]}},
    {"name":"lstm.b","shape":[256],"init":{"kind":"uniform","args":[-0.125,0.125]}},
    {"name":"head.W","shape":[64,2],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"head.b","shape":[2],"init":{"kind":"zeros","args":[]}}
  ],
  "state": [],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.003,"beta1":0.9,"beta2":0.999,"eps":1e-8,"clip_norm":5},"params":["embed.table","lstm.Wx","lstm.Wh","lstm.b","head.W","head.b"]}
  ],
  "losses": ["loss"],
  "predictOnly": false,
  "arenaBytes": 2851872
};
const TABLES = {
  "NF": 712136,
  "NI": 832,
  "NH": 2,
  "arenaBytes": 2851872,
  "persistent": [
    {"name":"embed.table","shape":[28,16],"off":0,"size":448,"kind":"param"},
    {"name":"lstm.Wx","shape":[16,256],"off":448,"size":4096,"kind":"param"},
    {"name":"lstm.Wh","shape":[64,256],"off":4544,"size":16384,"kind":"param"},
    {"name":"lstm.b","shape":[256],"off":20928,"size":256,"kind":"param"},
    {"name":"head.W","shape":[64,2],"off":21184,"size":128,"kind":"param"},
    {"name":"head.b","shape":[2],"off":21312,"size":2,"kind":"param"},
    {"name":"optim/step/embed.table/exp_avg","shape":[28,16],"off":21314,"size":448,"kind":"optim"},
    {"name":"optim/step/embed.table/exp_avg_sq","shape":[28,16],"off":21762,"size":448,"kind":"optim"},
    {"name":"optim/step/lstm.Wx/exp_avg","shape":[16,256],"off":22210,"size":4096,"kind":"optim"},
    {"name":"optim/step/lstm.Wx/exp_avg_sq","shape":[16,256],"off":26306,"size":4096,"kind":"optim"},
    {"name":"optim/step/lstm.Wh/exp_avg","shape":[64,256],"off":30402,"size":16384,"kind":"optim"},
    {"name":"optim/step/lstm.Wh/exp_avg_sq","shape":[64,256],"off":46786,"size":16384,"kind":"optim"},
    {"name":"optim/step/lstm.b/exp_avg","shape":[256],"off":63170,"size":256,"kind":"optim"},
    {"name":"optim/step/lstm.b/exp_avg_sq","shape":[256],"off":63426,"size":256,"kind":"optim"},
    {"name":"optim/step/head.W/exp_avg","shape":[64,2],"off":63682,"size":128,"kind":"optim"},
    {"name":"optim/step/head.W/exp_avg_sq","shape":[64,2],"off":63810,"size":128,"kind":"optim"},
    {"name":"optim/step/head.b/exp_avg","shape":[2],"off":63938,"size":2,"kind":"optim"},
    {"name":"optim/step/head.b/exp_avg_sq","shape":[2],"off":63940,"size":2,"kind":"optim"}
  ],
  "persistentEnd": 63942,
  "constants": [],
  "inputs": [
    {"name":"ids","dtype":"i32","shape":[64,12],"place":{"arr":"I","off":0}},
    {"name":"y","dtype":"i32","shape":[64],"place":{"arr":"I","off":768}}
  ],
  "outputs": [
    {"name":"probs","shape":[64,2],"place":{"arr":"F","off":63944}}
  ],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.003,"beta1":0.9,"beta2":0.999,"eps":1e-8,"clip_norm":5},"params":["embed.table","lstm.Wx","lstm.Wh","lstm.b","head.W","head.b"],"lr":{"h":0,"f":63942},"t":{"h":1,"f":63943},"value":621258}
  ],
  "gradients": [
    {"loss":"loss","mode":"train","value":617034,"grads":[{"name":"embed.table","off":276936,"size":448},{"name":"lstm.Wx","off":301512,"size":4096},{"name":"lstm.Wh","off":260552,"size":16384},{"name":"lstm.b","off":305608,"size":256},{"name":"head.W","off":616904,"size":128},{"name":"head.b","off":617032,"size":2}]},
    {"loss":"loss","mode":"eval","value":617034,"grads":[{"name":"embed.table","off":276936,"size":448},{"name":"lstm.Wx","off":301512,"size":4096},{"name":"lstm.Wh","off":260552,"size":16384},{"name":"lstm.b","off":305608,"size":256},{"name":"head.W","off":616904,"size":128},{"name":"head.b","off":617032,"size":2}]}
  ],
  "entries": [
    {"feeds":["ids"],"checks":[260552,12288,0,63944,196608,1,281032,4096,2,0,16384,3,0,4096,4,63944,128,5,64072,64,6,64136,64,7,63944,128,8]},
    {"feeds":["ids","y"],"checks":[625096,12288,0,63944,196608,1,637384,4096,2,0,16384,3,0,4096,4,612808,4096,9,604616,128,5,621256,64,6,621000,128,10,621384,64,11,621258,1,12,621259,1,13,621260,1,14,621320,64,15,621256,2,16,616904,4096,17,0,16192,18,0,16192,19,0,4096,20,260552,12288,21,272840,12288,22,260552,12288,23,301512,448,24,297416,4096,25,621128,1,26,276936,16384,27,621129,1,26,297672,256,28,621130,1,26,297800,128,29,621131,1,26,621132,1,30,621128,1,31,260552,16384,32,0,448,33,448,4096,34,20928,256,35,21184,128,36,21312,2,37,4544,16384,38]},
    {"feeds":["ids","y"],"checks":[625096,12288,0,63944,196608,1,637384,4096,2,0,16384,3,0,4096,4,604616,4096,9,608712,128,5,609096,64,6,608840,128,10,609224,64,11,617034,1,12,609160,64,15,617032,2,16,616904,128,39,612808,4096,17,0,16192,18,0,16192,19,0,4096,20,260552,16384,40,305608,256,41,276936,12288,21,289224,12288,22,276936,12288,23,301512,4096,42,276936,448,24]},
    {"feeds":["ids","y"],"checks":[625096,12288,0,63944,196608,1,637384,4096,2,0,16384,3,0,4096,4,604616,128,5,605000,64,6,604744,128,10,605128,64,11,617034,1,12,605064,64,15,617032,2,16,612808,4096,43,616904,128,39,0,16192,18,0,16192,19,0,4096,20,260552,16384,40,305608,256,41,276936,12288,21,289224,12288,22,276936,12288,23,301512,4096,42,276936,448,24]}
  ],
  "info": [
    [0,1,2,[]], // take <prelude>:117:10 f32[64, 12, 16]
    [5,4,6,[3,4]], // add <prelude>:200:16 f32[768, 256] (matmul)
    [7,8,9,[]], // broadcast <prelude>:201:20 f32[64, 64]
    [5,11,12,[3,10],13], // add <prelude>:205:9 f32[64, 256] (matmul)
    [20,24,9,[14,15,14,16,17,18,14,19,20,21,20,22,5,21,17,23],13], // mul <prelude>:211:11 f32[64, 64] (sigmoid, sigmoid, tanh, sigmoid, mul, mul, add, tanh)
    [5,25,26,[3,25]], // add <prelude>:12:22 f32[64, 2] (matmul)
    [27,28,29,[]], // max names_lstm.kiln:15:18 f32[64, 1]
    [32,28,29,[30,28,31,28]], // sum names_lstm.kiln:15:18 f32[64, 1] (sub, exp)
    [33,28,26,[]], // div names_lstm.kiln:15:18 f32[64, 2]
    [20,35,9,[34,35,36,35,20,35]], // mul names_lstm.kiln:14:12 f32[64, 64] (random_uniform, ge, mul)
    [37,38,26,[]], // one_hot names_lstm.kiln:16:10 f32[64, 2]
    [5,38,29,[30,28,31,28,32,28,39,38]], // add names_lstm.kiln:16:10 f32[64, 1] (sub, exp, sum, log)
    [20,38,40,[30,38,20,38,32,38]], // mul names_lstm.kiln:16:10 f32[] (sub, mul, sum)
    [33,42,40,[41,42,30,42]], // div names_lstm.kiln:18:3 f32[] (pow, sub)
    [43,42,40,[41,42,30,42]], // sqrt names_lstm.kiln:18:3 f32[] (pow, sub)
    [33,38,29,[20,38,32,38]], // div names_lstm.kiln:16:10 f32[64, 1] (mul, sum)
    [32,25,44,[20,38,20,28,5,28]], // sum <prelude>:12:22 f32[2] (mul, mul, add)
    [20,35,9,[3,25]], // mul names_lstm.kiln:14:12 f32[64, 64] (matmul)
    [20,19,9,[20,24,30,19,20,19],13,[[256,1],[64,64]]], // mul <prelude>:209:9 f32[64, 64] (mul, sub, mul)
    [20,15,9,[20,24,20,23,30,23,20,23,5,23,20,22,20,22,20,21,20,21,20,18,30,18,20,18,30,16,20,16,20,16,30,15,20,15],13,[[256,1],[64,64]]], // mul <prelude>:206:9 f32[64, 64] (mul, mul, sub, mul, add, mul, mul, mul, mul, mul, sub, mul, sub, mul, mul, sub, mul)
    [3,10,9,[],13], // matmul <prelude>:205:23 f32[64, 64]
    [3,4,45,[]], // matmul <prelude>:200:16 f32[768, 16]
    [46,4,2,[]], // transpose <prelude>:200:16 f32[64, 12, 16]
    [46,4,47,[]], // transpose <prelude>:200:16 f32[12, 64, 16]
    [48,1,49,[]], // scatter_add <prelude>:117:10 f32[28, 16]
    [20,42,50,[3,4]], // mul names_lstm.kiln:18:3 f32[16, 256] (matmul)
    [32,42,40,[]], // sum names_lstm.kiln:18:3 f32[]
    [20,42,12,[3,13]], // mul names_lstm.kiln:18:3 f32[64, 256] (matmul)
    [20,42,51,[32,4]], // mul names_lstm.kiln:18:3 f32[256] (sum)
    [20,42,26,[3,25]], // mul names_lstm.kiln:18:3 f32[64, 2] (matmul)
    [32,42,40,[20,42]], // sum names_lstm.kiln:18:3 f32[] (mul)
    [52,42,40,[20,42,32,42,5,42,5,42,5,42,5,42,5,42,43,42,5,42,33,42]], // minimum names_lstm.kiln:18:3 f32[] (mul, sum, add, add, add, add, add, sqrt, add, div)
    [20,42,12,[]], // mul names_lstm.kiln:18:3 f32[64, 256]
    [53,42,49,[]], // the adam update of param 'embed.table' names_lstm.kiln:18:3 f32[28, 16]
    [54,42,50,[]], // the adam update of param 'lstm.Wx' names_lstm.kiln:18:3 f32[16, 256]
    [55,42,51,[]], // the adam update of param 'lstm.b' names_lstm.kiln:18:3 f32[256]
    [56,42,26,[]], // the adam update of param 'head.W' names_lstm.kiln:18:3 f32[64, 2]
    [57,42,44,[]], // the adam update of param 'head.b' names_lstm.kiln:18:3 f32[2]
    [58,42,12,[]], // the adam update of param 'lstm.Wh' names_lstm.kiln:18:3 f32[64, 256]
    [3,25,26,[]], // matmul <prelude>:12:22 f32[64, 2]
    [3,13,12,[]], // matmul <prelude>:204:3 f32[64, 256]
    [32,4,51,[]], // sum <prelude>:200:16 f32[256]
    [3,4,50,[]], // matmul <prelude>:200:16 f32[16, 256]
    [3,25,9,[]] // matmul <prelude>:12:22 f32[64, 64]
  ],
  "strings": ["take","<prelude>:117:10","f32[64, 12, 16]","matmul","<prelude>:200:16","add","f32[768, 256]","broadcast","<prelude>:201:20","f32[64, 64]","<prelude>:205:23","<prelude>:205:9","f32[64, 256]","<prelude>:204:3","sigmoid","<prelude>:206:9","<prelude>:207:9","tanh","<prelude>:208:9","<prelude>:209:9","mul","<prelude>:210:11","<prelude>:210:19","<prelude>:211:15","<prelude>:211:11","<prelude>:12:22","f32[64, 2]","max","names_lstm.kiln:15:18","f32[64, 1]","sub","exp","sum","div","random_uniform","names_lstm.kiln:14:12","ge","one_hot","names_lstm.kiln:16:10","log","f32[]","pow","names_lstm.kiln:18:3","sqrt","f32[2]","f32[768, 16]","transpose","f32[12, 64, 16]","scatter_add","f32[28, 16]","f32[16, 256]","f32[256]","minimum","the adam update of param 'embed.table'","the adam update of param 'lstm.Wx'","the adam update of param 'lstm.b'","the adam update of param 'head.W'","the adam update of param 'head.b'","the adam update of param 'lstm.Wh'"],
  "predictOnly": false
};
// 35 WebAssembly SIMD kernels, exported as k0, k1, ... (18547 bytes, zlib-compressed)
const WASM = "..."; // 5700 bytes
export function create(options = {}) {
const c = createCore(meta, TABLES, WASM, options);
const F = c.F, I = c.I, H = c.H, W = c.W;
let R = c.rng;
const PACK = 645576;
R.fillNormal(F, 0, 448, 0, 1); // embed.table: normal
R.fillUniform(F, 448, 4096, (-0.125), 0.125); // lstm.Wx: uniform
R.fillUniform(F, 4544, 16384, (-0.125), 0.125); // lstm.Wh: uniform
R.fillUniform(F, 20928, 256, (-0.125), 0.125); // lstm.b: uniform
R.fillUniform(F, 21184, 128, (-0.30151134457776363), 0.30151134457776363); // head.W: glorot_uniform
function k0(o0, o1, o2) { // take [64, 12, 16]
for (let i0 = 0; i0 < 768; i0++) {
const id2 = I[o2 + i0];
if (id2 >= 0 && id2 < 28) for (let j1 = 0; j1 < 16; j1++) F[o0 + i0 * 16 + j1] = F[o1 + id2 * 16 + j1];
else for (let j1 = 0; j1 < 16; j1++) F[o0 + i0 * 16 + j1] = 0;
}
}
function k1(o0, o1, o2, o3) { // fused matmul add [768, 256]
if (W !== null) {
W.k0(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 768, 16, 256, false, false);
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 768; i0++, p1 += 256, p2 += 256) {
for (let i3 = 0; i3 < 256; i3++) {
const v0 = F[p1 + i3];
const x4 = F[o3 + i3];
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
}
function k2(o0, o1) { // broadcast [64, 64]
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = 0;
}
}
function k3(o0, o1, o2, o3) { // fused matmul add [64, 256]
if (W !== null) W.k1(o1 * 4, o2 * 4, o0 * 4, PACK * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 64, 256, false, false);
}
if (W !== null) W.k2(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o3, p3 = o0; i0 < 64; i0++, p1 += 256, p2 += 3072, p3 += 256) {
for (let i4 = 0; i4 < 256; i4++) {
const v0 = F[p1 + i4];
const x4 = F[p2 + i4];
const v1 = x4 + v0;
F[p3 + i4] = v1;
}
}
}
}
function k4(o0, o1, o2, o3, o4, o5) { // fused sigmoid sigmoid tanh sigmoid mul mul add tanh mul [64, 64]
if (W !== null) W.k3(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o4 * 4, o5 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2, p4 = o3, p5 = o4, p6 = o4, p7 = o5; i0 < 64; i0++, p1 += 256, p2 += 256, p3 += 256, p4 += 256, p5 += 64, p6 += 64, p7 += 64) {
for (let i8 = 0; i8 < 64; i8++) {
const x9 = F[p1 + i8];
const x10 = F[p2 + i8];
const x11 = F[p3 + i8];
const x12 = F[p4 + i8];
const x13 = F[p5 + i8];
const v0 = kilnSigmoidF32(x9);
const v1 = kilnSigmoidF32(x10);
const v2 = kilnTanhF32(x11);
const v3 = kilnSigmoidF32(x12);
const v4 = v1 * x13;
const v5 = v0 * v2;
const v6 = v4 + v5;
const v7 = kilnTanhF32(v6);
const v8 = v3 * v7;
F[p6 + i8] = v6;
F[p7 + i8] = v8;
}
}
}
}
function k5(o0, o1, o2, o3) { // fused matmul add [64, 2]
for (let i4 = 0; i4 < 64; i4 += 4) {
for (let j5 = 0; j5 < 2; j5 += 2) {
let s0_0 = 0; let s0_1 = 0; let s1_0 = 0; let s1_1 = 0; let s2_0 = 0; let s2_1 = 0; let s3_0 = 0; let s3_1 = 0; 
for (let k6 = 0, pa7 = o1 + i4 * 64, pb8 = o2 + j5 * 1; k6 < 64; k6++, pa7 += 1, pb8 += 2) {
const a0 = F[pa7]; const a1 = F[pa7 + 64]; const a2 = F[pa7 + 128]; const a3 = F[pa7 + 192]; const b0 = F[pb8]; const b1 = F[pb8 + 1]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s1_0 += a1 * b0; s1_1 += a1 * b1; s2_0 += a2 * b0; s2_1 += a2 * b1; s3_0 += a3 * b0; s3_1 += a3 * b1; 
}
const pc9 = o0 + i4 * 2 + j5;
F[pc9] = s0_0; F[pc9 + 1] = s0_1; F[pc9 + 2] = s1_0; F[pc9 + 3] = s1_1; F[pc9 + 4] = s2_0; F[pc9 + 5] = s2_1; F[pc9 + 6] = s3_0; F[pc9 + 7] = s3_1; 
}
}
if (W !== null) W.k4(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 64; i0++, p1 += 2, p2 += 2) {
for (let i3 = 0; i3 < 2; i3++) {
const v0 = F[p1 + i3];
const x4 = F[o3 + i3];
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
}
function k6(o0, o1) { // max [64, 1]
if (W !== null) W.k5(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 64; i1++) {
let acc0 = -Infinity;
for (let i2 = 0; i2 < 2; i2++) {
acc0 = (F[o0 + i1 * 2 + i2] > acc0 ? F[o0 + i1 * 2 + i2] : acc0);
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k7(o0, o1, o2) { // fused sub exp sum [64, 1]
if (W !== null) W.k6(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 64; i1++) {
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
function k8(o0, o1) { // div [64, 2]
if (W !== null) W.k7(o0 * 4, o1 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o1; i0 < 64; i0++, p1 += 2, p2 += 2, p3 += 1) {
for (let i4 = 0; i4 < 2; i4++) {
F[p1 + i4] = F[p2 + i4] / F[p3];
}
}
}
}
function k9(o0, o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11) { // fused sigmoid sigmoid tanh sigmoid mul mul add tanh mul [64, 64]
if (W !== null) W.k8(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o7 * 4, o8 * 4, o9 * 4, o10 * 4, o11 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2, p4 = o3, p5 = o4, p6 = o5, p7 = o6, p8 = o7, p9 = o8, p10 = o9, p11 = o10, p12 = o11; i0 < 64; i0++, p1 += 256, p2 += 256, p3 += 256, p4 += 256, p5 += 64, p6 += 64, p7 += 64, p8 += 64, p9 += 64, p10 += 64, p11 += 64, p12 += 64) {
for (let i13 = 0; i13 < 64; i13++) {
const x9 = F[p1 + i13];
const x10 = F[p2 + i13];
const x11 = F[p3 + i13];
const x12 = F[p4 + i13];
const x13 = F[p5 + i13];
const v0 = kilnSigmoidF32(x9);
const v1 = kilnSigmoidF32(x10);
const v2 = kilnTanhF32(x11);
const v3 = kilnSigmoidF32(x12);
const v4 = v1 * x13;
const v5 = v0 * v2;
const v6 = v4 + v5;
const v7 = kilnTanhF32(v6);
const v8 = v3 * v7;
F[p6 + i13] = v0;
F[p7 + i13] = v1;
F[p8 + i13] = v2;
F[p9 + i13] = v3;
F[p10 + i13] = v6;
F[p11 + i13] = v7;
F[p12 + i13] = v8;
}
}
}
}
function k10(o0, o1, o2) { // fused random_uniform ge mul mul [64, 64]
for (let i0 = 0; i0 < o2; i0++) {
const x6 = F[o0 + i0];
const v0 = R.uniform();
const v1 = (v0 >= 0.2 ? 1 : 0);
const v2 = v1 * 1.25;
const v3 = x6 * v2;
F[o0 + i0] = v2;
F[o1 + i0] = v3;
}
}
function k11(o0, o1) { // one_hot [64, 2]
for (let i0 = 0; i0 < 128; i0++) F[o0 + i0] = 0;
for (let i0 = 0; i0 < 64; i0++) {
const id1 = I[o1 + i0];
if (id1 >= 0 && id1 < 2) F[o0 + i0 * 2 + id1] = 1;
}
}
function k12(o0, o1, o2, o3, o4) { // fused sub exp sum log add [64, 1]
for (let i1 = 0; i1 < 64; i1++) {
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
function k13(o0, o1, o2, o3) { // fused sub mul sum mul []
if (W !== null) W.k9(o0 * 4, o1 * 4, o2 * 4, o3 * 4);
else {
let acc0 = 0;
for (let i1 = 0, p2 = o0, p3 = o1, p4 = o2; i1 < 64; i1++, p2 += 2, p3 += 1, p4 += 2) {
for (let i5 = 0; i5 < 2; i5++) {
const x4 = F[p2 + i5];
const x5 = F[p3];
const x6 = F[p4 + i5];
const v0 = x4 - x5;
const v1 = x6 * v0;
acc0 = acc0 + v1;
}
}
const v2 = acc0;
const v3 = v2 * (-0.015625);
F[o3] = v3;
}
}
function k14(o0, o1, o2, o3, o4) { // fused pow sub div []
const x4 = H[o0];
const x6 = H[o2];
const v0 = Math.pow(0.9, x4);
const v1 = 1 - v0;
const v2 = x6 / v1;
F[o4] = v2;
}
function k15(o0, o1, o2) { // fused pow sub sqrt []
const x4 = H[o0];
const v0 = Math.pow(0.999, x4);
const v1 = 1 - v0;
const v2 = Math.sqrt(v1);
F[o2] = v2;
}
function k16(o0, o1) { // fused mul sum div [64, 1]
if (W !== null) W.k10(o0 * 4, o1 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 64; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 2; i2++) {
const x3 = F[o0 + i1 * 2 + i2];
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
function k17(o0, o1, o2, o3) { // fused mul mul add sum [2]
if (W !== null) W.k11(o0 * 4, o1 * 4, o2 * 4, o0 * 4, o3 * 4);
else {
for (let i1 = 0; i1 < 2; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
const x4 = F[o0 + i1 + i2 * 2];
const x6 = F[o1 + i2];
const x7 = F[o2 + i1 + i2 * 2];
const v0 = x4 * (-0.015625);
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
function k18(o0, o1, o2, o3) { // fused matmul mul [64, 64]
for (let i1 = 0; i1 < 64; i1 += 2) {
for (let j2 = 0; j2 < 64; j2 += 4) {
let s0_0 = 0; let s0_1 = 0; let s0_2 = 0; let s0_3 = 0; let s1_0 = 0; let s1_1 = 0; let s1_2 = 0; let s1_3 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 2, pb5 = o2 + j2 * 2; k3 < 2; k3++, pa4 += 1, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 2]; const b0 = F[pb5]; const b1 = F[pb5 + 2]; const b2 = F[pb5 + 4]; const b3 = F[pb5 + 6]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s0_2 += a0 * b2; s0_3 += a0 * b3; s1_0 += a1 * b0; s1_1 += a1 * b1; s1_2 += a1 * b2; s1_3 += a1 * b3; 
}
const pc6 = o0 + i1 * 64 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s0_1; F[pc6 + 2] = s0_2; F[pc6 + 3] = s0_3; F[pc6 + 64] = s1_0; F[pc6 + 65] = s1_1; F[pc6 + 66] = s1_2; F[pc6 + 67] = s1_3; 
}
}
if (W !== null) W.k12(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 4096; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3 + i0];
const v1 = v0 * x4;
F[o0 + i0] = v1;
}
}
}
function k19(o0, o1, o2, o3) { // fused mul sub mul mul [64, 64]
if (W !== null) W.k13(o0 * 4, o1 * 4, o2 * 4, o3 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2, p4 = o3; i0 < 64; i0++, p1 += 64, p2 += 64, p3 += 64, p4 += 256) {
for (let i5 = 0; i5 < 64; i5++) {
const x4 = F[p1 + i5];
const x5 = F[p2 + i5];
const x7 = F[p3 + i5];
const v0 = x4 * x5;
const v1 = 1 - x7;
const v2 = x7 * v1;
const v3 = v0 * v2;
F[p4 + i5] = v3;
}
}
}
}
function k20(o0, o1, o2, o3, o4, o5, o6, o7, o8, o9, o10) { // fused mul mul sub mul add mul mul mul mul mul sub mul sub mul mul sub mul mul [64, 64]
if (W !== null) W.k14(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o7 * 4, o3 * 4, o8 * 4, o9 * 4, o10 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2, p4 = o3, p5 = o4, p6 = o5, p7 = o6, p8 = o7, p9 = o3, p10 = o8, p11 = o9, p12 = o10; i0 < 64; i0++, p1 += 64, p2 += 64, p3 += 64, p4 += 64, p5 += 64, p6 += 64, p7 += 64, p8 += 64, p9 += 64, p10 += 256, p11 += 256, p12 += 256) {
for (let i13 = 0; i13 < 64; i13++) {
const x18 = F[p1 + i13];
const x19 = F[p2 + i13];
const x20 = F[p3 + i13];
const x22 = F[p4 + i13];
const x23 = F[p5 + i13];
const x24 = F[p6 + i13];
const x25 = F[p7 + i13];
const x26 = F[p8 + i13];
const v0 = x18 * x19;
const v1 = x20 * x20;
const v2 = 1 - v1;
const v3 = v0 * v2;
const v4 = x22 + v3;
const v5 = v4 * x23;
const v6 = v4 * x24;
const v7 = v4 * x25;
const v8 = v4 * x26;
const v9 = x23 * x23;
const v10 = 1 - v9;
const v11 = v6 * v10;
const v12 = 1 - x26;
const v13 = x26 * v12;
const v14 = v7 * v13;
const v15 = 1 - x24;
const v16 = x24 * v15;
const v17 = v5 * v16;
F[p9 + i13] = v8;
F[p10 + i13] = v11;
F[p11 + i13] = v14;
F[p12 + i13] = v17;
}
}
}
}
function k21(o0, o1, o2) { // matmul [64, 64]
if (W !== null) W.k15(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 256, 64, false, true);
}
}
function k22(o0, o1, o2) { // matmul [768, 16]
if (W !== null) W.k16(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 768, 256, 16, false, true);
}
}
function k23(o0, o1) { // transpose [64, 12, 16]
if (W !== null) W.k17((o1 + 0) * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1 + 0; i0 < 64; i0++, p1 += 192, p2 += 16) {
for (let i3 = 0, p4 = p1, p5 = p2; i3 < 12; i3++, p4 += 16, p5 += 1024) {
for (let i6 = 0; i6 < 16; i6++) {
F[p4 + i6] = F[p5 + i6];
}
}
}
}
}
function k24(o0, o1) { // transpose [12, 64, 16]
if (W !== null) W.k18((o1 + 0) * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1 + 0; i0 < 12; i0++, p1 += 1024, p2 += 16) {
for (let i3 = 0, p4 = p1, p5 = p2; i3 < 64; i3++, p4 += 16, p5 += 192) {
for (let i6 = 0; i6 < 16; i6++) {
F[p4 + i6] = F[p5 + i6];
}
}
}
}
}
function k25(o0, o1, o2) { // scatter_add [28, 16]
for (let i0 = 0; i0 < 448; i0++) F[o0 + i0] = 0;
for (let i0 = 0; i0 < 768; i0++) {
const id2 = I[o2 + i0];
if (id2 >= 0 && id2 < 28) for (let j1 = 0; j1 < 16; j1++) F[o0 + id2 * 16 + j1] += F[o1 + i0 * 16 + j1];
}
}
function k26(o0, o1, o2, o3) { // fused matmul mul [16, 256]
if (W !== null) W.k19(o1 * 4, o2 * 4, o0 * 4, PACK * 4);
else {
kilnProduct(F, o1, o2, o0, 16, 768, 256, true, false);
}
if (W !== null) W.k20(o0 * 4, o3 * 4);
else {
for (let i0 = 0; i0 < 4096; i0++) {
const v0 = F[o0 + i0];
const v1 = v0 * v0;
F[o3 + i0] = v1;
}
}
}
function k27(o0, o1) { // sum []
if (W !== null) W.k21(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 4096; i1++) {
acc0 = acc0 + F[o0 + i1];
}
const v0 = acc0;
F[o1] = v0;
}
}
function k28(o0, o1, o2, o3) { // fused matmul mul [64, 256]
if (W !== null) W.k22(o1 * 4, o2 * 4, o0 * 4, PACK * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 768, 256, true, false);
}
if (W !== null) W.k23(o0 * 4, o3 * 4);
else {
for (let i0 = 0; i0 < 16384; i0++) {
const v0 = F[o0 + i0];
const v1 = v0 * v0;
F[o3 + i0] = v1;
}
}
}
function k29(o0, o1) { // sum []
if (W !== null) W.k24(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 16384; i1++) {
acc0 = acc0 + F[o0 + i1];
}
const v0 = acc0;
F[o1] = v0;
}
}
function k30(o0, o1, o2) { // fused sum mul [256]
if (W !== null) W.k25(o0 * 4, o1 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 256; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 768; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 256];
}
const v0 = acc0;
const v1 = v0 * v0;
F[o1 + i1] = v0;
F[o2 + i1] = v1;
}
}
}
function k31(o0, o1) { // sum []
if (W !== null) W.k26(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 256; i1++) {
acc0 = acc0 + F[o0 + i1];
}
const v0 = acc0;
F[o1] = v0;
}
}
function k32(o0, o1, o2, o3) { // fused matmul mul [64, 2]
for (let i1 = 0; i1 < 64; i1 += 4) {
for (let j2 = 0; j2 < 2; j2 += 2) {
let s0_0 = 0; let s0_1 = 0; let s1_0 = 0; let s1_1 = 0; let s2_0 = 0; let s2_1 = 0; let s3_0 = 0; let s3_1 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 1, pb5 = o2 + j2 * 1; k3 < 64; k3++, pa4 += 64, pb5 += 2) {
const a0 = F[pa4]; const a1 = F[pa4 + 1]; const a2 = F[pa4 + 2]; const a3 = F[pa4 + 3]; const b0 = F[pb5]; const b1 = F[pb5 + 1]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s1_0 += a1 * b0; s1_1 += a1 * b1; s2_0 += a2 * b0; s2_1 += a2 * b1; s3_0 += a3 * b0; s3_1 += a3 * b1; 
}
const pc6 = o0 + i1 * 2 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s0_1; F[pc6 + 2] = s1_0; F[pc6 + 3] = s1_1; F[pc6 + 4] = s2_0; F[pc6 + 5] = s2_1; F[pc6 + 6] = s3_0; F[pc6 + 7] = s3_1; 
}
}
if (W !== null) W.k27(o0 * 4, o3 * 4);
else {
for (let i0 = 0; i0 < 128; i0++) {
const v0 = F[o0 + i0];
const v1 = v0 * v0;
F[o3 + i0] = v1;
}
}
}
function k33(o0, o1) { // sum []
if (W !== null) W.k28(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 128; i1++) {
acc0 = acc0 + F[o0 + i1];
}
const v0 = acc0;
F[o1] = v0;
}
}
function k34(o0, o1) { // fused mul sum []
if (W !== null) W.k29(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 2; i1++) {
const x2 = F[o0 + i1];
const v0 = x2 * x2;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o1] = v1;
}
}
function k35(o0, o1, o2, o3, o4, o5) { // fused mul sum add add add add add sqrt add div minimum []
if (W !== null) W.k30(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 448; i1++) {
const x11 = F[o0 + i1];
const v0 = x11 * x11;
acc0 = acc0 + v0;
}
const v1 = acc0;
const e12 = F[o1];
const e13 = F[o2];
const e14 = F[o3];
const e15 = F[o4];
const e16 = F[o5];
const v2 = v1 + e12;
const v3 = v2 + e13;
const v4 = v3 + e14;
const v5 = v4 + e15;
const v6 = v5 + e16;
const v7 = Math.sqrt(v6);
const v8 = v7 + 0.000001;
const v9 = 5 / v8;
const v10 = (1 <= v9 ? 1 : v9);
F[o1] = v10;
}
}
function k36(o0, o1, o2) { // mul [64, 256]
if (W !== null) W.k31(o0 * 4, o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
F[o0 + i0] = F[o0 + i0] * F[o1];
}
}
}
function k37(o0, o1, o2, o3, o4, o5, o6, o7) { // fused mul sub mul add mul mul mul add sqrt div add mul div sub [28, 16]
if (W !== null) W.k32(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o2 * 4, o3 * 4, o6 * 4, o7);
else {
for (let i0 = 0; i0 < o7; i0++) {
const x14 = F[o0 + i0];
const x15 = F[o1];
const x16 = F[o2 + i0];
const x18 = F[o3 + i0];
const x21 = F[o4];
const x23 = F[o5];
const x24 = F[o6 + i0];
const v0 = x14 * x15;
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
F[o2 + i0] = v3;
F[o3 + i0] = v7;
F[o6 + i0] = v13;
}
}
}
function k38(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [64, 256]
if (W !== null) W.k33(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4, o2 * 4, o5 * 4, o6);
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
function k39(o0, o1, o2) { // matmul [64, 2]
for (let i0 = 0; i0 < 64; i0 += 4) {
for (let j1 = 0; j1 < 2; j1 += 2) {
let s0_0 = 0; let s0_1 = 0; let s1_0 = 0; let s1_1 = 0; let s2_0 = 0; let s2_1 = 0; let s3_0 = 0; let s3_1 = 0; 
for (let k2 = 0, pa3 = o1 + i0 * 1, pb4 = o2 + j1 * 1; k2 < 64; k2++, pa3 += 64, pb4 += 2) {
const a0 = F[pa3]; const a1 = F[pa3 + 1]; const a2 = F[pa3 + 2]; const a3 = F[pa3 + 3]; const b0 = F[pb4]; const b1 = F[pb4 + 1]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s1_0 += a1 * b0; s1_1 += a1 * b1; s2_0 += a2 * b0; s2_1 += a2 * b1; s3_0 += a3 * b0; s3_1 += a3 * b1; 
}
const pc5 = o0 + i0 * 2 + j1;
F[pc5] = s0_0; F[pc5 + 1] = s0_1; F[pc5 + 2] = s1_0; F[pc5 + 3] = s1_1; F[pc5 + 4] = s2_0; F[pc5 + 5] = s2_1; F[pc5 + 6] = s3_0; F[pc5 + 7] = s3_1; 
}
}
}
function k40(o0, o1, o2) { // matmul [64, 256]
if (W !== null) W.k22(o1 * 4, o2 * 4, o0 * 4, PACK * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 768, 256, true, false);
}
}
function k41(o0, o1) { // sum [256]
if (W !== null) W.k34(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 256; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 768; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 256];
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k42(o0, o1, o2) { // matmul [16, 256]
if (W !== null) W.k19(o1 * 4, o2 * 4, o0 * 4, PACK * 4);
else {
kilnProduct(F, o1, o2, o0, 16, 768, 256, true, false);
}
}
function k43(o0, o1, o2) { // matmul [64, 64]
for (let i0 = 0; i0 < 64; i0 += 2) {
for (let j1 = 0; j1 < 64; j1 += 4) {
let s0_0 = 0; let s0_1 = 0; let s0_2 = 0; let s0_3 = 0; let s1_0 = 0; let s1_1 = 0; let s1_2 = 0; let s1_3 = 0; 
for (let k2 = 0, pa3 = o1 + i0 * 2, pb4 = o2 + j1 * 2; k2 < 2; k2++, pa3 += 1, pb4 += 1) {
const a0 = F[pa3]; const a1 = F[pa3 + 2]; const b0 = F[pb4]; const b1 = F[pb4 + 2]; const b2 = F[pb4 + 4]; const b3 = F[pb4 + 6]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s0_2 += a0 * b2; s0_3 += a0 * b3; s1_0 += a1 * b0; s1_1 += a1 * b1; s1_2 += a1 * b2; s1_3 += a1 * b3; 
}
const pc5 = o0 + i0 * 64 + j1;
F[pc5] = s0_0; F[pc5 + 1] = s0_1; F[pc5 + 2] = s0_2; F[pc5 + 3] = s0_3; F[pc5 + 64] = s1_0; F[pc5 + 65] = s1_1; F[pc5 + 66] = s1_2; F[pc5 + 67] = s1_3; 
}
}
}
function run_predict(c) {
k0(260552, 0, 0);
c?.(0);
k1(63944, 260552, 448, 20928);
c?.(1);
k2(281032, 4096);
c?.(2);
// loop t0 over 12 steps at line 204
F.copyWithin(260552, 281032, 285128);
F.copyWithin(285128, 281032, 285128);
for (let t0 = 0; t0 < 12; t0++) {
k3(264648, 285128, 4544, 63944 + t0 * 256);
c?.(3, 264648, t0);
k4(264648, 264712, 264776, 264840, 260552, 285128);
c?.(4, 285128, t0);
}
k5(63944, 285128, 21184, 21312);
c?.(5);
k6(63944, 64072);
c?.(6);
k7(63944, 64072, 64136);
c?.(7);
k8(63944, 64136);
c?.(8);
}
function run_step0(c) {
k0(625096, 0, 0);
c?.(0);
k1(63944, 625096, 448, 20928);
c?.(1);
k2(637384, 4096);
c?.(2);
// loop t0 over 12 steps at line 204
F.copyWithin(260552, 637384, 641480);
F.copyWithin(309704, 637384, 641480);
for (let t0 = 0; t0 < 12; t0++) {
k3(608712, 309704 + t0 * 4096, 4544, 63944 + t0 * 256);
c?.(3, 608712, t0);
k9(608712, 608776, 608840, 608904, 260552 + t0 * 4096, 358856 + t0 * 4096, 408008 + t0 * 4096, 457160 + t0 * 4096, 506312 + t0 * 4096, (t0 === 11 ? 604616 : 260552 + (t0 + 1) * 4096), 555464 + t0 * 4096, (t0 === 11 ? 641480 : 309704 + (t0 + 1) * 4096));
c?.(4, (t0 === 11 ? 641480 : 309704 + (t0 + 1) * 4096), t0);
}
k10(641480, 612808, 4096);
c?.(5);
k5(604616, 612808, 21184, 21312);
c?.(6);
k6(604616, 621256);
c?.(7);
k11(621000, 768);
c?.(8);
k12(604616, 621256, 621128, 621320, 621384);
c?.(9);
k13(604616, 621384, 621000, 621258);
c?.(10);
k14(1, 63943, 0, 63942, 621259);
c?.(11);
k15(1, 63943, 621260);
c?.(12);
k16(621000, 621320);
c?.(13);
k17(621000, 621320, 621128, 621256);
c?.(14);
k18(616904, 621000, 21184, 641480);
c?.(15);
// loop t0 over 12 steps at line 204
F.copyWithin(604616, 637384, 641480);
F.copyWithin(608712, 616904, 621000);
for (let t0 = 11; t0 >= 0; t0--) {
k19(608712, 555464 + t0 * 4096, 506312 + t0 * 4096, 63944 + t0 * 16384 + 192);
c?.(16, 63944 + t0 * 16384 + 192, t0);
k20(608712, 506312 + t0 * 4096, 555464 + t0 * 4096, 604616, 457160 + t0 * 4096, 358856 + t0 * 4096, 260552 + t0 * 4096, 408008 + t0 * 4096, 63944 + t0 * 16384 + 128, 63944 + t0 * 16384 + 64, 63944 + t0 * 16384 + 0);
c?.(17, 63944 + t0 * 16384 + 0, t0);
k21(608712, 63944 + t0 * 16384, 4544);
c?.(18, 608712, t0);
}
k22(260552, 63944, 448);
c?.(19);
k23(272840, 260552);
c?.(20);
k24(260552, 625096);
c?.(21);
k25(301512, 272840, 0);
c?.(22);
k26(293320, 260552, 63944, 297416);
c?.(23);
k27(297416, 621128);
c?.(24);
k28(260552, 309704, 63944, 276936);
c?.(25);
k29(276936, 621129);
c?.(26);
k30(63944, 297416, 297672);
c?.(27);
k31(297672, 621130);
c?.(28);
k32(297672, 612808, 621000, 297800);
c?.(29);
k33(297800, 621131);
c?.(30);
k34(621256, 621132);
c?.(31);
k35(301512, 621128, 621129, 621130, 621131, 621132);
c?.(32);
k36(260552, 621128, 16384);
c?.(33);
k37(301512, 621128, 21314, 21762, 621260, 621259, 0, 448);
c?.(34);
k37(293320, 621128, 22210, 26306, 621260, 621259, 448, 4096);
c?.(35);
k37(297416, 621128, 63170, 63426, 621260, 621259, 20928, 256);
c?.(36);
k37(297672, 621128, 63682, 63810, 621260, 621259, 21184, 128);
c?.(37);
k37(621256, 621128, 63938, 63940, 621260, 621259, 21312, 2);
c?.(38);
k38(260552, 30402, 46786, 621260, 621259, 4544, 16384);
c?.(39);
}
function run_grad0(c) {
k0(625096, 0, 0);
c?.(0);
k1(63944, 625096, 448, 20928);
c?.(1);
k2(637384, 4096);
c?.(2);
// loop t0 over 12 steps at line 204
F.copyWithin(260552, 637384, 641480);
F.copyWithin(309704, 637384, 641480);
for (let t0 = 0; t0 < 12; t0++) {
k3(608712, 309704 + t0 * 4096, 4544, 63944 + t0 * 256);
c?.(3, 608712, t0);
k9(608712, 608776, 608840, 608904, 260552 + t0 * 4096, 358856 + t0 * 4096, 408008 + t0 * 4096, 457160 + t0 * 4096, 506312 + t0 * 4096, (t0 === 11 ? 604616 : 260552 + (t0 + 1) * 4096), 555464 + t0 * 4096, (t0 === 11 ? 641480 : 309704 + (t0 + 1) * 4096));
c?.(4, (t0 === 11 ? 641480 : 309704 + (t0 + 1) * 4096), t0);
}
k10(641480, 604616, 4096);
c?.(5);
k5(608712, 604616, 21184, 21312);
c?.(6);
k6(608712, 609096);
c?.(7);
k11(608840, 768);
c?.(8);
k12(608712, 609096, 608968, 609160, 609224);
c?.(9);
k13(608712, 609224, 608840, 617034);
c?.(10);
k16(608840, 609160);
c?.(11);
k17(608840, 609160, 608968, 617032);
c?.(12);
k39(616904, 604616, 608840);
c?.(13);
k18(612808, 608840, 21184, 641480);
c?.(14);
// loop t0 over 12 steps at line 204
F.copyWithin(604616, 637384, 641480);
F.copyWithin(608712, 612808, 616904);
for (let t0 = 11; t0 >= 0; t0--) {
k19(608712, 555464 + t0 * 4096, 506312 + t0 * 4096, 63944 + t0 * 16384 + 192);
c?.(15, 63944 + t0 * 16384 + 192, t0);
k20(608712, 506312 + t0 * 4096, 555464 + t0 * 4096, 604616, 457160 + t0 * 4096, 358856 + t0 * 4096, 260552 + t0 * 4096, 408008 + t0 * 4096, 63944 + t0 * 16384 + 128, 63944 + t0 * 16384 + 64, 63944 + t0 * 16384 + 0);
c?.(16, 63944 + t0 * 16384 + 0, t0);
k21(608712, 63944 + t0 * 16384, 4544);
c?.(17, 608712, t0);
}
k40(260552, 309704, 63944);
c?.(18);
k41(63944, 305608);
c?.(19);
k22(276936, 63944, 448);
c?.(20);
k23(289224, 276936);
c?.(21);
k24(276936, 625096);
c?.(22);
k42(301512, 276936, 63944);
c?.(23);
k25(276936, 289224, 0);
c?.(24);
}
function run_grad1(c) {
k0(625096, 0, 0);
c?.(0);
k1(63944, 625096, 448, 20928);
c?.(1);
k2(637384, 4096);
c?.(2);
// loop t0 over 12 steps at line 204
F.copyWithin(260552, 637384, 641480);
F.copyWithin(309704, 637384, 641480);
for (let t0 = 0; t0 < 12; t0++) {
k3(608712, 309704 + t0 * 4096, 4544, 63944 + t0 * 256);
c?.(3, 608712, t0);
k9(608712, 608776, 608840, 608904, 260552 + t0 * 4096, 358856 + t0 * 4096, 408008 + t0 * 4096, 457160 + t0 * 4096, 506312 + t0 * 4096, (t0 === 11 ? 604616 : 260552 + (t0 + 1) * 4096), 555464 + t0 * 4096, (t0 === 11 ? 641480 : 309704 + (t0 + 1) * 4096));
c?.(4, (t0 === 11 ? 641480 : 309704 + (t0 + 1) * 4096), t0);
}
k5(604616, 641480, 21184, 21312);
c?.(5);
k6(604616, 605000);
c?.(6);
k11(604744, 768);
c?.(7);
k12(604616, 605000, 604872, 605064, 605128);
c?.(8);
k13(604616, 605128, 604744, 617034);
c?.(9);
k16(604744, 605064);
c?.(10);
k17(604744, 605064, 604872, 617032);
c?.(11);
k43(612808, 604744, 21184);
c?.(12);
k39(616904, 641480, 604744);
c?.(13);
// loop t0 over 12 steps at line 204
F.copyWithin(604616, 637384, 641480);
F.copyWithin(608712, 612808, 616904);
for (let t0 = 11; t0 >= 0; t0--) {
k19(608712, 555464 + t0 * 4096, 506312 + t0 * 4096, 63944 + t0 * 16384 + 192);
c?.(14, 63944 + t0 * 16384 + 192, t0);
k20(608712, 506312 + t0 * 4096, 555464 + t0 * 4096, 604616, 457160 + t0 * 4096, 358856 + t0 * 4096, 260552 + t0 * 4096, 408008 + t0 * 4096, 63944 + t0 * 16384 + 128, 63944 + t0 * 16384 + 64, 63944 + t0 * 16384 + 0);
c?.(15, 63944 + t0 * 16384 + 0, t0);
k21(608712, 63944 + t0 * 16384, 4544);
c?.(16, 608712, t0);
}
k40(260552, 309704, 63944);
c?.(17);
k41(63944, 305608);
c?.(18);
k22(276936, 63944, 448);
c?.(19);
k23(289224, 276936);
c?.(20);
k24(276936, 625096);
c?.(21);
k42(301512, 276936, 63944);
c?.(22);
k25(276936, 289224, 0);
c?.(23);
}
return finishModel(c, [run_predict, run_step0, run_grad0, run_grad1], (r) => { R = r; });
}
