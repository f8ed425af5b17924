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
  "arenaBytes": 2455084
};
const TABLES = {
  "NF": 612939,
  "NI": 832,
  "NH": 2,
  "arenaBytes": 2455084,
  "persistent": [
    {"name":"embed.table","shape":[28,16],"off":0,"size":448,"kind":"param","init":{"kind":"normal","args":[1]}},
    {"name":"lstm.Wx","shape":[16,256],"off":448,"size":4096,"kind":"param","init":{"kind":"uniform","args":[-0.125,0.125]}},
    {"name":"lstm.Wh","shape":[64,256],"off":4544,"size":16384,"kind":"param","init":{"kind":"uniform","args":[-0.125,0.125]}},
    {"name":"lstm.b","shape":[256],"off":20928,"size":256,"kind":"param","init":{"kind":"uniform","args":[-0.125,0.125]}},
    {"name":"head.W","shape":[64,2],"off":21184,"size":128,"kind":"param","init":{"kind":"glorot_uniform","args":[]}},
    {"name":"head.b","shape":[2],"off":21312,"size":2,"kind":"param","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/embed.table/exp_avg","shape":[28,16],"off":21314,"size":448,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/embed.table/exp_avg_sq","shape":[28,16],"off":21762,"size":448,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/lstm.Wx/exp_avg","shape":[16,256],"off":22210,"size":4096,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/lstm.Wx/exp_avg_sq","shape":[16,256],"off":26306,"size":4096,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/lstm.Wh/exp_avg","shape":[64,256],"off":30402,"size":16384,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/lstm.Wh/exp_avg_sq","shape":[64,256],"off":46786,"size":16384,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/lstm.b/exp_avg","shape":[256],"off":63170,"size":256,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/lstm.b/exp_avg_sq","shape":[256],"off":63426,"size":256,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/head.W/exp_avg","shape":[64,2],"off":63682,"size":128,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/head.W/exp_avg_sq","shape":[64,2],"off":63810,"size":128,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/head.b/exp_avg","shape":[2],"off":63938,"size":2,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/step/head.b/exp_avg_sq","shape":[2],"off":63940,"size":2,"kind":"optim","init":{"kind":"zeros","args":[]}}
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
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.003,"beta1":0.9,"beta2":0.999,"eps":1e-8,"clip_norm":5},"params":["embed.table","lstm.Wx","lstm.Wh","lstm.b","head.W","head.b"],"lr":{"h":0,"f":63942},"t":{"h":1,"f":63943},"value":612938}
  ],
  "gradients": [
    {"loss":"loss","mode":"train","value":608842,"grads":[{"name":"embed.table","off":276936,"size":448},{"name":"lstm.Wx","off":272840,"size":4096},{"name":"lstm.Wh","off":457160,"size":16384},{"name":"lstm.b","off":277384,"size":256},{"name":"head.W","off":608712,"size":128},{"name":"head.b","off":608840,"size":2}]},
    {"loss":"loss","mode":"eval","value":608842,"grads":[{"name":"embed.table","off":276936,"size":448},{"name":"lstm.Wx","off":272840,"size":4096},{"name":"lstm.Wh","off":457160,"size":16384},{"name":"lstm.b","off":277384,"size":256},{"name":"head.W","off":608712,"size":128},{"name":"head.b","off":608840,"size":2}]}
  ],
  "entries": [
    {"feeds":["ids"],"checks":[260552,12288,0,63944,196608,1,276936,4096,2,260552,16384,3,281032,4096,4,260552,16384,3,281032,4096,4,260552,16384,3,281032,4096,4,260552,16384,3,281032,4096,4,260552,16384,3,281032,4096,4,260552,16384,3,281032,4096,4,260552,16384,3,281032,4096,4,260552,16384,3,281032,4096,4,260552,16384,3,281032,4096,4,260552,16384,3,281032,4096,4,260552,16384,3,281032,4096,4,260552,16384,3,276936,4096,4,63944,128,5,64072,64,6,64136,64,7,63944,128,8]},
    {"feeds":["ids","y"],"checks":[473544,12288,0,63944,196608,1,485832,4096,2,260552,16384,3,494024,4096,4,260552,16384,3,453064,4096,4,260552,16384,3,502216,4096,4,260552,16384,3,514504,4096,4,260552,16384,3,526792,4096,4,260552,16384,3,539080,4096,4,260552,16384,3,551368,4096,4,260552,16384,3,563656,4096,4,260552,16384,3,575944,4096,4,260552,16384,3,588232,4096,4,260552,16384,3,604616,4096,4,260552,16384,3,608712,4096,9,88520,128,5,88776,64,6,612808,128,10,88904,64,11,612938,1,12,88840,64,13,612936,2,14,104904,4096,15,260552,16384,16,76232,4096,17,276936,16384,16,63944,16384,18,80328,16384,19,63944,4096,17,293320,16384,16,63944,16384,19,596424,4096,17,309704,16384,16,80328,16384,19,68040,4096,17,326088,16384,16,63944,16384,19,571848,4096,17,342472,16384,16,80328,16384,19,68040,4096,17,358856,16384,16,63944,16384,19,547272,4096,17,375240,16384,16,80328,16384,19,68040,4096,17,391624,16384,16,63944,16384,19,522696,4096,17,408008,16384,16,80328,16384,19,68040,4096,17,424392,16384,16,440776,16384,19,510408,4096,20,457160,16384,16,63944,196608,21,260552,12288,22,498120,448,23,494024,4096,24,473544,1,25,276936,16384,26,494536,1,25,494280,256,27,494537,1,25,494408,128,28,494538,1,25,494408,1,29,473544,1,30,260552,16384,31,494408,1,32,494409,1,33,0,448,34,448,4096,35,4544,16384,36,20928,256,37,21184,128,38,21312,2,39]},
    {"feeds":["ids","y"],"checks":[473544,12288,0,63944,196608,1,485832,4096,2,260552,16384,3,461256,4096,4,260552,16384,3,494024,4096,4,260552,16384,3,502216,4096,4,260552,16384,3,514504,4096,4,260552,16384,3,526792,4096,4,260552,16384,3,539080,4096,4,260552,16384,3,551368,4096,4,260552,16384,3,563656,4096,4,260552,16384,3,575944,4096,4,260552,16384,3,588232,4096,4,260552,16384,3,604616,4096,4,260552,16384,3,88520,4096,9,92616,128,5,92872,64,6,109000,128,10,93000,64,11,608842,1,12,92936,64,13,608840,2,14,608712,128,40,104904,4096,15,260552,16384,16,76232,4096,17,276936,16384,16,63944,16384,18,80328,16384,19,72136,4096,17,293320,16384,16,63944,16384,19,84424,4096,17,309704,16384,16,80328,16384,19,68040,4096,17,326088,16384,16,63944,16384,19,84424,4096,17,342472,16384,16,80328,16384,19,68040,4096,17,358856,16384,16,63944,16384,19,84424,4096,17,375240,16384,16,80328,16384,19,68040,4096,17,391624,16384,16,63944,16384,19,84424,4096,17,408008,16384,16,80328,16384,19,72136,4096,17,424392,16384,16,63944,16384,19,469448,4096,20,440776,16384,16,457160,16384,19,63944,196608,21,277384,256,41,260552,12288,22,272840,4096,42,276936,448,23]},
    {"feeds":["ids","y"],"checks":[473544,12288,0,63944,196608,1,485832,4096,2,260552,16384,3,461256,4096,4,260552,16384,3,494024,4096,4,260552,16384,3,502216,4096,4,260552,16384,3,514504,4096,4,260552,16384,3,526792,4096,4,260552,16384,3,539080,4096,4,260552,16384,3,551368,4096,4,260552,16384,3,563656,4096,4,260552,16384,3,575944,4096,4,260552,16384,3,588232,4096,4,260552,16384,3,604616,4096,4,260552,16384,3,84424,4096,4,88520,128,5,88776,64,6,104904,128,10,88904,64,11,608842,1,12,88840,64,13,608840,2,14,608712,128,40,100808,4096,43,260552,16384,16,76232,4096,17,276936,16384,16,63944,16384,18,80328,16384,19,72136,4096,17,293320,16384,16,63944,16384,19,84424,4096,17,309704,16384,16,80328,16384,19,68040,4096,17,326088,16384,16,63944,16384,19,84424,4096,17,342472,16384,16,80328,16384,19,68040,4096,17,358856,16384,16,63944,16384,19,84424,4096,17,375240,16384,16,80328,16384,19,68040,4096,17,391624,16384,16,63944,16384,19,84424,4096,17,408008,16384,16,80328,16384,19,72136,4096,17,424392,16384,16,63944,16384,19,469448,4096,20,440776,16384,16,457160,16384,19,63944,196608,21,277384,256,41,260552,12288,22,272840,4096,42,276936,448,23]}
  ],
  "info": [
    ["take","<prelude>:117:10","f32[64, 12, 16]",""],
    ["add","<prelude>:200:16","f32[768, 256]","matmul at <prelude>:200:16"],
    ["broadcast","<prelude>:201:20","f32[64, 64]",""],
    ["add","<prelude>:205:9","f32[64, 256]","matmul at <prelude>:205:23"],
    ["mul","<prelude>:211:11","f32[64, 64]","sigmoid at <prelude>:206:9, sigmoid at <prelude>:207:9, tanh at <prelude>:208:9, sigmoid at <prelude>:209:9, mul at <prelude>:210:11, mul at <prelude>:210:19, add at <prelude>:210:11, tanh at <prelude>:211:15"],
    ["add","<prelude>:12:22","f32[64, 2]","matmul at <prelude>:12:22"],
    ["max","names_lstm.kiln:15:18","f32[64, 1]",""],
    ["sum","names_lstm.kiln:15:18","f32[64, 1]","sub at names_lstm.kiln:15:18, exp at names_lstm.kiln:15:18"],
    ["div","names_lstm.kiln:15:18","f32[64, 2]",""],
    ["mul","names_lstm.kiln:14:12","f32[64, 64]","sigmoid at <prelude>:206:9, sigmoid at <prelude>:207:9, tanh at <prelude>:208:9, sigmoid at <prelude>:209:9, mul at <prelude>:210:11, mul at <prelude>:210:19, add at <prelude>:210:11, tanh at <prelude>:211:15, mul at <prelude>:211:11, random_uniform at names_lstm.kiln:14:12, ge at names_lstm.kiln:14:12, mul at names_lstm.kiln:14:12"],
    ["one_hot","names_lstm.kiln:16:10","f32[64, 2]",""],
    ["add","names_lstm.kiln:16:10","f32[64, 1]","sub at names_lstm.kiln:15:18, exp at names_lstm.kiln:15:18, sum at names_lstm.kiln:15:18, log at names_lstm.kiln:16:10"],
    ["mul","names_lstm.kiln:16:10","f32[]","sub at names_lstm.kiln:16:10, mul at names_lstm.kiln:16:10, sum at names_lstm.kiln:16:10"],
    ["div","names_lstm.kiln:16:10","f32[64, 1]","mul at names_lstm.kiln:16:10, sum at names_lstm.kiln:16:10"],
    ["sum","<prelude>:12:22","f32[2]","mul at names_lstm.kiln:16:10, mul at names_lstm.kiln:15:18, add at names_lstm.kiln:15:18"],
    ["mul","<prelude>:206:9","f32[64, 64]","matmul at <prelude>:12:22, mul at names_lstm.kiln:14:12, mul at <prelude>:211:11, mul at <prelude>:211:11, mul at <prelude>:211:15, sub at <prelude>:211:15, mul at <prelude>:211:15, mul at <prelude>:210:19, mul at <prelude>:210:19, mul at <prelude>:210:11, mul at <prelude>:210:11, sub at <prelude>:209:9, mul at <prelude>:209:9, mul at <prelude>:209:9, mul at <prelude>:208:9, sub at <prelude>:208:9, mul at <prelude>:208:9, sub at <prelude>:207:9, mul at <prelude>:207:9, mul at <prelude>:207:9, sub at <prelude>:206:9, mul at <prelude>:206:9"],
    ["concat","<prelude>:206:17","f32[64, 256]",""],
    ["mul","<prelude>:206:9","f32[64, 64]","matmul at <prelude>:205:23, mul at <prelude>:211:11, mul at <prelude>:211:11, mul at <prelude>:211:15, sub at <prelude>:211:15, mul at <prelude>:211:15, add at <prelude>:211:15, mul at <prelude>:210:19, mul at <prelude>:210:19, mul at <prelude>:210:11, mul at <prelude>:210:11, sub at <prelude>:209:9, mul at <prelude>:209:9, mul at <prelude>:209:9, mul at <prelude>:208:9, sub at <prelude>:208:9, mul at <prelude>:208:9, sub at <prelude>:207:9, mul at <prelude>:207:9, mul at <prelude>:207:9, sub at <prelude>:206:9, mul at <prelude>:206:9"],
    ["matmul","<prelude>:205:23","f32[64, 256]",""],
    ["add","<prelude>:205:23","f32[64, 256]","matmul at <prelude>:205:23"],
    ["mul","<prelude>:206:9","f32[64, 64]","matmul at <prelude>:205:23, mul at <prelude>:211:11, mul at <prelude>:211:11, mul at <prelude>:211:15, sub at <prelude>:211:15, mul at <prelude>:211:15, add at <prelude>:211:15, mul at <prelude>:210:19, mul at <prelude>:210:19, mul at <prelude>:210:11, sub at <prelude>:209:9, mul at <prelude>:209:9, mul at <prelude>:209:9, mul at <prelude>:208:9, sub at <prelude>:208:9, mul at <prelude>:208:9, sub at <prelude>:207:9, mul at <prelude>:207:9, mul at <prelude>:207:9, sub at <prelude>:206:9, mul at <prelude>:206:9"],
    ["concat","<prelude>:205:9","f32[64, 12, 256]",""],
    ["matmul","<prelude>:200:16","f32[768, 16]",""],
    ["scatter_add","<prelude>:117:10","f32[28, 16]",""],
    ["mul","names_lstm.kiln:18:3","f32[16, 256]","matmul at <prelude>:200:16"],
    ["sum","names_lstm.kiln:18:3","f32[]",""],
    ["mul","names_lstm.kiln:18:3","f32[64, 256]","matmul at <prelude>:205:23, add at <prelude>:205:23"],
    ["mul","names_lstm.kiln:18:3","f32[256]","sum at <prelude>:200:16"],
    ["mul","names_lstm.kiln:18:3","f32[64, 2]","matmul at <prelude>:12:22"],
    ["sum","names_lstm.kiln:18:3","f32[]","mul at names_lstm.kiln:18:3"],
    ["minimum","names_lstm.kiln:18:3","f32[]","mul at names_lstm.kiln:18:3, sum at names_lstm.kiln:18:3, add at names_lstm.kiln:18:3, add at names_lstm.kiln:18:3, add at names_lstm.kiln:18:3, add at names_lstm.kiln:18:3, add at names_lstm.kiln:18:3, sqrt at names_lstm.kiln:18:3, add at names_lstm.kiln:18:3, div at names_lstm.kiln:18:3"],
    ["mul","names_lstm.kiln:18:3","f32[64, 256]",""],
    ["div","names_lstm.kiln:18:3","f32[]","pow at names_lstm.kiln:18:3, sub at names_lstm.kiln:18:3"],
    ["sqrt","names_lstm.kiln:18:3","f32[]","pow at names_lstm.kiln:18:3, sub at names_lstm.kiln:18:3"],
    ["the adam update of param 'embed.table'","names_lstm.kiln:18:3","f32[28, 16]",""],
    ["the adam update of param 'lstm.Wx'","names_lstm.kiln:18:3","f32[16, 256]",""],
    ["the adam update of param 'lstm.Wh'","names_lstm.kiln:18:3","f32[64, 256]",""],
    ["the adam update of param 'lstm.b'","names_lstm.kiln:18:3","f32[256]",""],
    ["the adam update of param 'head.W'","names_lstm.kiln:18:3","f32[64, 2]",""],
    ["the adam update of param 'head.b'","names_lstm.kiln:18:3","f32[2]",""],
    ["matmul","<prelude>:12:22","f32[64, 2]",""],
    ["sum","<prelude>:200:16","f32[256]",""],
    ["matmul","<prelude>:200:16","f32[16, 256]",""],
    ["mul","<prelude>:206:9","f32[64, 64]","matmul at <prelude>:12:22, mul at <prelude>:211:11, mul at <prelude>:211:11, mul at <prelude>:211:15, sub at <prelude>:211:15, mul at <prelude>:211:15, mul at <prelude>:210:19, mul at <prelude>:210:19, mul at <prelude>:210:11, mul at <prelude>:210:11, sub at <prelude>:209:9, mul at <prelude>:209:9, mul at <prelude>:209:9, mul at <prelude>:208:9, sub at <prelude>:208:9, mul at <prelude>:208:9, sub at <prelude>:207:9, mul at <prelude>:207:9, mul at <prelude>:207:9, sub at <prelude>:206:9, mul at <prelude>:206:9"]
  ],
  "predictOnly": false
};
// 9 WebAssembly SIMD kernels, exported as k0, k1, ...
const WASM = "..."; // 4302 bytes
export function create(options = {}) {
const c = createCore(meta, TABLES, WASM, options);
const F = c.F, I = c.I, H = c.H, W = c.W;
let R = c.rng;
function k0(o0, o1, o2) { // take [64, 12, 16]
for (let i0 = 0; i0 < 768; i0++) {
const id2 = I[o2 + i0];
if (id2 >= 0 && id2 < 28) for (let j1 = 0; j1 < 16; j1++) F[o0 + i0 * 16 + j1] = F[o1 + id2 * 16 + j1];
else for (let j1 = 0; j1 < 16; j1++) F[o0 + i0 * 16 + j1] = 0;
}
}
function k1(o0, o1, o2, o3) { // fused matmul add [768, 256]
if (W !== null) W.k0((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 768, 16, 256, false, false);
}
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 768; i0++, p1 += 256, p2 += 256) {
for (let i3 = 0; i3 < 256; i3++) {
const v0 = F[p1 + i3];
const x4 = F[o3 + i3];
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
function k2(o0, o1) { // broadcast [64, 64]
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = 0;
}
}
function k3(o0, o1, o2, o3) { // fused matmul add [64, 256]
if (W !== null) W.k1((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 64, 256, false, false);
}
for (let i0 = 0, p1 = o0, p2 = o3, p3 = o0; i0 < 64; i0++, p1 += 256, p2 += 3072, p3 += 256) {
for (let i4 = 0; i4 < 256; i4++) {
const v0 = F[p1 + i4];
const x4 = F[p2 + i4];
const v1 = x4 + v0;
F[p3 + i4] = v1;
}
}
}
function k4(o0, o1, o2, o3, o4, o5) { // fused sigmoid sigmoid tanh sigmoid mul mul add tanh mul [64, 64]
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2, p4 = o3, p5 = o4, p6 = o5; i0 < 64; i0++, p1 += 256, p2 += 256, p3 += 256, p4 += 256, p5 += 64, p6 += 64) {
for (let i7 = 0; i7 < 64; i7++) {
const x9 = F[p1 + i7];
const x10 = F[p2 + i7];
const x11 = F[p3 + i7];
const x12 = F[p4 + i7];
const v0 = kilnSigmoidF32(x9);
const v1 = kilnSigmoidF32(x10);
const v2 = kilnTanhF32(x11);
const v3 = kilnSigmoidF32(x12);
const v4 = v1 * 0;
const v5 = v0 * v2;
const v6 = v4 + v5;
const v7 = kilnTanhF32(v6);
const v8 = v3 * v7;
F[p5 + i7] = v6;
F[p6 + i7] = v8;
}
}
}
function k5(o0, o1, o2, o3, o4, o5) { // fused sigmoid sigmoid tanh sigmoid mul mul add tanh mul [64, 64]
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
function k6(o0, o1, o2, o3, o4) { // fused sigmoid sigmoid tanh sigmoid mul mul add tanh mul [64, 64]
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2, p4 = o3, p5 = o4, p6 = o4; i0 < 64; i0++, p1 += 256, p2 += 256, p3 += 256, p4 += 256, p5 += 64, p6 += 64) {
for (let i7 = 0; i7 < 64; i7++) {
const x9 = F[p1 + i7];
const x10 = F[p2 + i7];
const x11 = F[p3 + i7];
const x12 = F[p4 + i7];
const x13 = F[p5 + i7];
const v0 = kilnSigmoidF32(x9);
const v1 = kilnSigmoidF32(x10);
const v2 = kilnTanhF32(x11);
const v3 = kilnSigmoidF32(x12);
const v4 = v1 * x13;
const v5 = v0 * v2;
const v6 = v4 + v5;
const v7 = kilnTanhF32(v6);
const v8 = v3 * v7;
F[p6 + i7] = v8;
}
}
}
function k7(o0, o1, o2, o3) { // fused matmul add [64, 2]
for (let i0 = 0; i0 < 64; i0 += 4) {
for (let j1 = 0; j1 < 2; j1 += 2) {
let s0_0 = 0; let s0_1 = 0; let s1_0 = 0; let s1_1 = 0; let s2_0 = 0; let s2_1 = 0; let s3_0 = 0; let s3_1 = 0; 
for (let k2 = 0, pa3 = o1 + i0 * 64, pb4 = o2 + j1 * 1; k2 < 64; k2++, pa3 += 1, pb4 += 2) {
const a0 = F[pa3]; const a1 = F[pa3 + 64]; const a2 = F[pa3 + 128]; const a3 = F[pa3 + 192]; const b0 = F[pb4]; const b1 = F[pb4 + 1]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s1_0 += a1 * b0; s1_1 += a1 * b1; s2_0 += a2 * b0; s2_1 += a2 * b1; s3_0 += a3 * b0; s3_1 += a3 * b1; 
}
const pc5 = o0 + i0 * 2 + j1;
F[pc5] = s0_0; F[pc5 + 1] = s0_1; F[pc5 + 2] = s1_0; F[pc5 + 3] = s1_1; F[pc5 + 4] = s2_0; F[pc5 + 5] = s2_1; F[pc5 + 6] = s3_0; F[pc5 + 7] = s3_1; 
}
}
for (let i6 = 0, p7 = o0, p8 = o0; i6 < 64; i6++, p7 += 2, p8 += 2) {
for (let i9 = 0; i9 < 2; i9++) {
const v0 = F[p7 + i9];
const x4 = F[o3 + i9];
const v1 = v0 + x4;
F[p8 + i9] = v1;
}
}
}
function k8(o0, o1) { // max [64, 1]
for (let i1 = 0; i1 < 64; i1++) {
let acc0 = -Infinity;
for (let i2 = 0; i2 < 2; i2++) {
acc0 = (F[o1 + i1 * 2 + i2] > acc0 ? F[o1 + i1 * 2 + i2] : acc0);
}
F[o0 + i1] = acc0;
}
}
function k9(o0, o1, o2) { // fused sub exp sum [64, 1]
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
function k10(o0, o1) { // div [64, 2]
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o1; i0 < 64; i0++, p1 += 2, p2 += 2, p3 += 1) {
for (let i4 = 0; i4 < 2; i4++) {
F[p1 + i4] = F[p2 + i4] / F[p3];
}
}
}
function k11(o0, o1, o2, o3, o4, o5, o6, o7, o8, o9, o10) { // fused sigmoid sigmoid tanh sigmoid mul mul add tanh mul [64, 64]
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2, p4 = o3, p5 = o4, p6 = o5, p7 = o6, p8 = o7, p9 = o8, p10 = o9, p11 = o10; i0 < 64; i0++, p1 += 256, p2 += 256, p3 += 256, p4 += 256, p5 += 64, p6 += 64, p7 += 64, p8 += 64, p9 += 64, p10 += 64, p11 += 64) {
for (let i12 = 0; i12 < 64; i12++) {
const x9 = F[p1 + i12];
const x10 = F[p2 + i12];
const x11 = F[p3 + i12];
const x12 = F[p4 + i12];
const v0 = kilnSigmoidF32(x9);
const v1 = kilnSigmoidF32(x10);
const v2 = kilnTanhF32(x11);
const v3 = kilnSigmoidF32(x12);
const v4 = v1 * 0;
const v5 = v0 * v2;
const v6 = v4 + v5;
const v7 = kilnTanhF32(v6);
const v8 = v3 * v7;
F[p5 + i12] = v0;
F[p6 + i12] = v1;
F[p7 + i12] = v2;
F[p8 + i12] = v3;
F[p9 + i12] = v6;
F[p10 + i12] = v7;
F[p11 + i12] = v8;
}
}
}
function k12(o0, o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11) { // fused sigmoid sigmoid tanh sigmoid mul mul add tanh mul [64, 64]
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
function k13(o0, o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11) { // fused sigmoid sigmoid tanh sigmoid mul mul add tanh mul random_uniform ge mul mul [64, 64]
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2, p4 = o3, p5 = o4, p6 = o5, p7 = o6, p8 = o7, p9 = o8, p10 = o9, p11 = o10, p12 = o11; i0 < 64; i0++, p1 += 256, p2 += 256, p3 += 256, p4 += 256, p5 += 64, p6 += 64, p7 += 64, p8 += 64, p9 += 64, p10 += 64, p11 += 64, p12 += 64) {
for (let i13 = 0; i13 < 64; i13++) {
const x13 = F[p1 + i13];
const x14 = F[p2 + i13];
const x15 = F[p3 + i13];
const x16 = F[p4 + i13];
const x17 = F[p5 + i13];
const v0 = kilnSigmoidF32(x13);
const v1 = kilnSigmoidF32(x14);
const v2 = kilnTanhF32(x15);
const v3 = kilnSigmoidF32(x16);
const v4 = v1 * x17;
const v5 = v0 * v2;
const v6 = v4 + v5;
const v7 = kilnTanhF32(v6);
const v8 = v3 * v7;
const v9 = R.uniform();
const v10 = (v9 >= 0.2 ? 1 : 0);
const v11 = v10 * 1.25;
const v12 = v8 * v11;
F[p6 + i13] = v0;
F[p7 + i13] = v1;
F[p8 + i13] = v2;
F[p9 + i13] = v3;
F[p10 + i13] = v7;
F[p11 + i13] = v11;
F[p12 + i13] = v12;
}
}
}
function k14(o0, o1) { // one_hot [64, 2]
for (let i0 = 0; i0 < 128; i0++) F[o0 + i0] = 0;
for (let i0 = 0; i0 < 64; i0++) {
const id1 = I[o1 + i0];
if (id1 >= 0 && id1 < 2) F[o0 + i0 * 2 + id1] = 1;
}
}
function k15(o0, o1, o2, o3, o4) { // fused sub exp sum log add [64, 1]
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
function k16(o0, o1, o2, o3) { // fused sub mul sum mul []
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
function k17(o0, o1) { // fused mul sum div [64, 1]
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
function k18(o0, o1, o2, o3) { // fused mul mul add sum [2]
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
function k19(o0, o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11, o12, o13) { // fused matmul mul mul mul mul sub mul mul mul mul mul sub mul mul mul sub mul sub mul mul sub mul mul [64, 64]
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
for (let i6 = 0; i6 < 4096; i6++) {
const v0 = F[o0 + i6];
const x25 = F[o3 + i6];
const x26 = F[o4 + i6];
const x27 = F[o5 + i6];
const x29 = F[o6 + i6];
const x30 = F[o7 + i6];
const x31 = F[o8 + i6];
const x32 = F[o9 + i6];
const v1 = v0 * x25;
const v2 = v1 * x26;
const v3 = v1 * x27;
const v4 = x26 * x26;
const v5 = 1 - v4;
const v6 = v3 * v5;
const v7 = v6 * x29;
const v8 = v6 * x30;
const v9 = v6 * x31;
const v10 = v6 * x32;
const v11 = 1 - x27;
const v12 = x27 * v11;
const v13 = v2 * v12;
const v14 = x29 * x29;
const v15 = 1 - v14;
const v16 = v8 * v15;
const v17 = 1 - x32;
const v18 = x32 * v17;
const v19 = v9 * v18;
const v20 = 1 - x30;
const v21 = x30 * v20;
const v22 = v7 * v21;
F[o10 + i6] = v10;
F[o11 + i6] = v13;
F[o12 + i6] = v16;
F[o13 + i6] = v19;
F[o0 + i6] = v22;
}
}
function k20(o0, o1, o2, o3, o4) { // concat [64, 256]
for (let i0 = 0, p1 = o0 + 0, p2 = o1; i0 < 64; i0++, p1 += 256, p2 += 64) {
for (let i3 = 0; i3 < 64; i3++) {
F[p1 + i3] = F[p2 + i3];
}
}
for (let i4 = 0, p5 = o0 + 64, p6 = o2; i4 < 64; i4++, p5 += 256, p6 += 64) {
for (let i7 = 0; i7 < 64; i7++) {
F[p5 + i7] = F[p6 + i7];
}
}
for (let i8 = 0, p9 = o0 + 128, p10 = o3; i8 < 64; i8++, p9 += 256, p10 += 64) {
for (let i11 = 0; i11 < 64; i11++) {
F[p9 + i11] = F[p10 + i11];
}
}
for (let i12 = 0, p13 = o0 + 192, p14 = o4; i12 < 64; i12++, p13 += 256, p14 += 64) {
for (let i15 = 0; i15 < 64; i15++) {
F[p13 + i15] = F[p14 + i15];
}
}
}
function k21(o0, o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11, o12, o13) { // fused matmul mul mul mul sub mul add mul mul mul mul sub mul mul mul sub mul sub mul mul sub mul mul [64, 64]
if (W !== null) W.k2((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 256, 64, false, true);
}
for (let i0 = 0; i0 < 4096; i0++) {
const v0 = F[o0 + i0];
const x25 = F[o3 + i0];
const x26 = F[o4 + i0];
const x28 = F[o5 + i0];
const x29 = F[o6 + i0];
const x30 = F[o7 + i0];
const x31 = F[o8 + i0];
const x32 = F[o9 + i0];
const v1 = v0 * x25;
const v2 = v0 * x26;
const v3 = x25 * x25;
const v4 = 1 - v3;
const v5 = v2 * v4;
const v6 = x28 + v5;
const v7 = v6 * x29;
const v8 = v6 * x30;
const v9 = v6 * x31;
const v10 = v6 * x32;
const v11 = 1 - x26;
const v12 = x26 * v11;
const v13 = v1 * v12;
const v14 = x29 * x29;
const v15 = 1 - v14;
const v16 = v8 * v15;
const v17 = 1 - x32;
const v18 = x32 * v17;
const v19 = v9 * v18;
const v20 = 1 - x30;
const v21 = x30 * v20;
const v22 = v7 * v21;
F[o10 + i0] = v10;
F[o11 + i0] = v13;
F[o12 + i0] = v16;
F[o13 + i0] = v19;
F[o0 + i0] = v22;
}
}
function k22(o0, o1, o2) { // matmul [64, 256]
if (W !== null) W.k3((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 64, 256, true, false);
}
}
function k23(o0, o1, o2, o3) { // fused matmul add [64, 256]
if (W !== null) W.k3((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 64, 256, true, false);
}
for (let i0 = 0; i0 < 16384; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3 + i0];
const v1 = v0 + x4;
F[o0 + i0] = v1;
}
}
function k24(o0, o1, o2, o3) { // fused matmul add [64, 256]
if (W !== null) W.k3((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 64, 256, true, false);
}
for (let i0 = 0; i0 < 16384; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3 + i0];
const v1 = x4 + v0;
F[o0 + i0] = v1;
}
}
function k25(o0, o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11) { // fused matmul mul mul mul sub mul add mul mul mul sub mul mul mul sub mul sub mul mul sub mul mul [64, 64]
if (W !== null) W.k2((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 256, 64, false, true);
}
for (let i0 = 0; i0 < 4096; i0++) {
const v0 = F[o0 + i0];
const x24 = F[o3 + i0];
const x25 = F[o4 + i0];
const x27 = F[o5 + i0];
const x28 = F[o6 + i0];
const x29 = F[o7 + i0];
const x31 = F[o8 + i0];
const v1 = v0 * x24;
const v2 = v0 * x25;
const v3 = x24 * x24;
const v4 = 1 - v3;
const v5 = v2 * v4;
const v6 = x27 + v5;
const v7 = v6 * x28;
const v8 = v6 * x29;
const v9 = v6 * 0;
const v10 = 1 - x25;
const v11 = x25 * v10;
const v12 = v1 * v11;
const v13 = x28 * x28;
const v14 = 1 - v13;
const v15 = v8 * v14;
const v16 = 1 - x31;
const v17 = x31 * v16;
const v18 = v9 * v17;
const v19 = 1 - x29;
const v20 = x29 * v19;
const v21 = v7 * v20;
F[o9 + i0] = v12;
F[o10 + i0] = v15;
F[o11 + i0] = v18;
F[o0 + i0] = v21;
}
}
function k26(o0, o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11, o12) { // concat [64, 12, 256]
for (let i0 = 0, p1 = o0 + 0, p2 = o1; i0 < 64; i0++, p1 += 3072, p2 += 256) {
for (let i3 = 0; i3 < 256; i3++) {
F[p1 + i3] = F[p2 + i3];
}
}
for (let i4 = 0, p5 = o0 + 256, p6 = o2; i4 < 64; i4++, p5 += 3072, p6 += 256) {
for (let i7 = 0; i7 < 256; i7++) {
F[p5 + i7] = F[p6 + i7];
}
}
for (let i8 = 0, p9 = o0 + 512, p10 = o3; i8 < 64; i8++, p9 += 3072, p10 += 256) {
for (let i11 = 0; i11 < 256; i11++) {
F[p9 + i11] = F[p10 + i11];
}
}
for (let i12 = 0, p13 = o0 + 768, p14 = o4; i12 < 64; i12++, p13 += 3072, p14 += 256) {
for (let i15 = 0; i15 < 256; i15++) {
F[p13 + i15] = F[p14 + i15];
}
}
for (let i16 = 0, p17 = o0 + 1024, p18 = o5; i16 < 64; i16++, p17 += 3072, p18 += 256) {
for (let i19 = 0; i19 < 256; i19++) {
F[p17 + i19] = F[p18 + i19];
}
}
for (let i20 = 0, p21 = o0 + 1280, p22 = o6; i20 < 64; i20++, p21 += 3072, p22 += 256) {
for (let i23 = 0; i23 < 256; i23++) {
F[p21 + i23] = F[p22 + i23];
}
}
for (let i24 = 0, p25 = o0 + 1536, p26 = o7; i24 < 64; i24++, p25 += 3072, p26 += 256) {
for (let i27 = 0; i27 < 256; i27++) {
F[p25 + i27] = F[p26 + i27];
}
}
for (let i28 = 0, p29 = o0 + 1792, p30 = o8; i28 < 64; i28++, p29 += 3072, p30 += 256) {
for (let i31 = 0; i31 < 256; i31++) {
F[p29 + i31] = F[p30 + i31];
}
}
for (let i32 = 0, p33 = o0 + 2048, p34 = o9; i32 < 64; i32++, p33 += 3072, p34 += 256) {
for (let i35 = 0; i35 < 256; i35++) {
F[p33 + i35] = F[p34 + i35];
}
}
for (let i36 = 0, p37 = o0 + 2304, p38 = o10; i36 < 64; i36++, p37 += 3072, p38 += 256) {
for (let i39 = 0; i39 < 256; i39++) {
F[p37 + i39] = F[p38 + i39];
}
}
for (let i40 = 0, p41 = o0 + 2560, p42 = o11; i40 < 64; i40++, p41 += 3072, p42 += 256) {
for (let i43 = 0; i43 < 256; i43++) {
F[p41 + i43] = F[p42 + i43];
}
}
for (let i44 = 0, p45 = o0 + 2816, p46 = o12; i44 < 64; i44++, p45 += 3072, p46 += 256) {
for (let i47 = 0; i47 < 256; i47++) {
F[p45 + i47] = F[p46 + i47];
}
}
}
function k27(o0, o1, o2) { // matmul [768, 16]
if (W !== null) W.k4((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 768, 256, 16, false, true);
}
}
function k28(o0, o1, o2) { // scatter_add [28, 16]
for (let i0 = 0; i0 < 448; i0++) F[o0 + i0] = 0;
for (let i0 = 0; i0 < 768; i0++) {
const id2 = I[o2 + i0];
if (id2 >= 0 && id2 < 28) for (let j1 = 0; j1 < 16; j1++) F[o0 + id2 * 16 + j1] += F[o1 + i0 * 16 + j1];
}
}
function k29(o0, o1, o2, o3) { // fused matmul mul [16, 256]
if (W !== null) W.k5((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 16, 768, 256, true, false);
}
for (let i0 = 0; i0 < 4096; i0++) {
const v0 = F[o0 + i0];
const v1 = v0 * v0;
F[o3 + i0] = v1;
}
}
function k30(o0, o1) { // sum []
let acc0 = 0;
for (let i1 = 0; i1 < 4096; i1++) {
acc0 = acc0 + F[o1 + i1];
}
F[o0] = acc0;
}
function k31(o0, o1, o2, o3, o4) { // fused matmul add mul [64, 256]
if (W !== null) W.k3((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 64, 256, true, false);
}
for (let i0 = 0; i0 < 16384; i0++) {
const v0 = F[o0 + i0];
const x5 = F[o3 + i0];
const v1 = x5 + v0;
const v2 = v1 * v1;
F[o4 + i0] = v1;
F[o0 + i0] = v2;
}
}
function k32(o0, o1) { // sum []
let acc0 = 0;
for (let i1 = 0; i1 < 16384; i1++) {
acc0 = acc0 + F[o1 + i1];
}
F[o0] = acc0;
}
function k33(o0, o1, o2) { // fused sum mul [256]
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
function k34(o0, o1) { // sum []
let acc0 = 0;
for (let i1 = 0; i1 < 256; i1++) {
acc0 = acc0 + F[o1 + i1];
}
F[o0] = acc0;
}
function k35(o0, o1, o2, o3) { // fused matmul mul [64, 2]
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
for (let i6 = 0; i6 < 128; i6++) {
const v0 = F[o0 + i6];
const v1 = v0 * v0;
F[o3 + i6] = v1;
}
}
function k36(o0, o1) { // sum []
let acc0 = 0;
for (let i1 = 0; i1 < 128; i1++) {
acc0 = acc0 + F[o1 + i1];
}
F[o0] = acc0;
}
function k37(o0, o1) { // fused mul sum []
let acc0 = 0;
for (let i1 = 0; i1 < 2; i1++) {
const x2 = F[o0 + i1];
const v0 = x2 * x2;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o1] = v1;
}
function k38(o0, o1, o2, o3, o4, o5) { // fused mul sum add add add add add sqrt add div minimum []
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
function k39(o0, o1, o2) { // mul [64, 256]
if (W !== null) W.k6((o0) * 4, (o1) * 4, (o0) * 4, o2 >> 2);
else {
for (let i0 = 0; i0 < o2; i0++) {
F[o0 + i0] = F[o0 + i0] * F[o1];
}
}
}
function k40(o0, o1, o2, o3, o4) { // fused pow sub div []
const x4 = H[o0];
const x6 = H[o2];
const v0 = Math.pow(0.9, x4);
const v1 = 1 - v0;
const v2 = x6 / v1;
F[o4] = v2;
}
function k41(o0, o1, o2) { // fused pow sub sqrt []
const x4 = H[o0];
const v0 = Math.pow(0.999, x4);
const v1 = 1 - v0;
const v2 = Math.sqrt(v1);
F[o2] = v2;
}
function k42(o0, o1, o2, o3, o4, o5, o6, o7) { // fused mul sub mul add mul mul mul add sqrt div add mul div sub [28, 16]
if (W !== null) W.k7((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o4) * 4, (o5) * 4, (o6) * 4, (o2) * 4, (o3) * 4, (o6) * 4, o7 >> 2);
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
function k43(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [64, 256]
if (W !== null) W.k8((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o4) * 4, (o5) * 4, (o1) * 4, (o2) * 4, (o5) * 4, o6 >> 2);
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
function k44(o0, o1, o2, o3, o4, o5, o6, o7) { // fused mul sub mul add mul mul mul add sqrt div add mul div sub [2]
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
function k45(o0, o1, o2) { // matmul [64, 2]
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
function k46(o0, o1) { // sum [256]
for (let i1 = 0; i1 < 256; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 768; i2++) {
acc0 = acc0 + F[o1 + i1 + i2 * 256];
}
F[o0 + i1] = acc0;
}
}
function k47(o0, o1, o2) { // matmul [16, 256]
if (W !== null) W.k5((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 16, 768, 256, true, false);
}
}
function k48(o0, o1, o2, o3, o4, o5, o6, o7, o8, o9, o10) { // fused sigmoid sigmoid tanh sigmoid mul mul add tanh mul [64, 64]
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2, p4 = o3, p5 = o4, p6 = o5, p7 = o6, p8 = o7, p9 = o8, p10 = o9, p11 = o10; i0 < 64; i0++, p1 += 256, p2 += 256, p3 += 256, p4 += 256, p5 += 64, p6 += 64, p7 += 64, p8 += 64, p9 += 64, p10 += 64, p11 += 64) {
for (let i12 = 0; i12 < 64; i12++) {
const x9 = F[p1 + i12];
const x10 = F[p2 + i12];
const x11 = F[p3 + i12];
const x12 = F[p4 + i12];
const x13 = F[p5 + i12];
const v0 = kilnSigmoidF32(x9);
const v1 = kilnSigmoidF32(x10);
const v2 = kilnTanhF32(x11);
const v3 = kilnSigmoidF32(x12);
const v4 = v1 * x13;
const v5 = v0 * v2;
const v6 = v4 + v5;
const v7 = kilnTanhF32(v6);
const v8 = v3 * v7;
F[p6 + i12] = v0;
F[p7 + i12] = v1;
F[p8 + i12] = v2;
F[p9 + i12] = v3;
F[p10 + i12] = v7;
F[p11 + i12] = v8;
}
}
}
function k49(o0, o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11, o12) { // fused matmul mul mul mul sub mul mul mul mul mul sub mul mul mul sub mul sub mul mul sub mul mul [64, 64]
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
for (let i6 = 0; i6 < 4096; i6++) {
const v0 = F[o0 + i6];
const x24 = F[o3 + i6];
const x25 = F[o4 + i6];
const x27 = F[o5 + i6];
const x28 = F[o6 + i6];
const x29 = F[o7 + i6];
const x30 = F[o8 + i6];
const v1 = v0 * x24;
const v2 = v0 * x25;
const v3 = x24 * x24;
const v4 = 1 - v3;
const v5 = v2 * v4;
const v6 = v5 * x27;
const v7 = v5 * x28;
const v8 = v5 * x29;
const v9 = v5 * x30;
const v10 = 1 - x25;
const v11 = x25 * v10;
const v12 = v1 * v11;
const v13 = x27 * x27;
const v14 = 1 - v13;
const v15 = v7 * v14;
const v16 = 1 - x30;
const v17 = x30 * v16;
const v18 = v8 * v17;
const v19 = 1 - x28;
const v20 = x28 * v19;
const v21 = v6 * v20;
F[o9 + i6] = v9;
F[o10 + i6] = v12;
F[o11 + i6] = v15;
F[o12 + i6] = v18;
F[o0 + i6] = v21;
}
}
function run_predict(c) {
k0(260552, 0, 0);
if (c) c(0);
k1(63944, 260552, 448, 20928);
if (c) c(1);
k2(276936, 4096);
if (c) c(2);
k3(260552, 276936, 4544, 63944);
if (c) c(3);
k4(260552, 260616, 260680, 260744, 276936, 281032);
if (c) c(4);
k3(260552, 281032, 4544, 64200);
if (c) c(5);
k5(260552, 260616, 260680, 260744, 276936, 281032);
if (c) c(6);
k3(260552, 281032, 4544, 64456);
if (c) c(7);
k5(260552, 260616, 260680, 260744, 276936, 281032);
if (c) c(8);
k3(260552, 281032, 4544, 64712);
if (c) c(9);
k5(260552, 260616, 260680, 260744, 276936, 281032);
if (c) c(10);
k3(260552, 281032, 4544, 64968);
if (c) c(11);
k5(260552, 260616, 260680, 260744, 276936, 281032);
if (c) c(12);
k3(260552, 281032, 4544, 65224);
if (c) c(13);
k5(260552, 260616, 260680, 260744, 276936, 281032);
if (c) c(14);
k3(260552, 281032, 4544, 65480);
if (c) c(15);
k5(260552, 260616, 260680, 260744, 276936, 281032);
if (c) c(16);
k3(260552, 281032, 4544, 65736);
if (c) c(17);
k5(260552, 260616, 260680, 260744, 276936, 281032);
if (c) c(18);
k3(260552, 281032, 4544, 65992);
if (c) c(19);
k5(260552, 260616, 260680, 260744, 276936, 281032);
if (c) c(20);
k3(260552, 281032, 4544, 66248);
if (c) c(21);
k5(260552, 260616, 260680, 260744, 276936, 281032);
if (c) c(22);
k3(260552, 281032, 4544, 66504);
if (c) c(23);
k5(260552, 260616, 260680, 260744, 276936, 281032);
if (c) c(24);
k3(260552, 281032, 4544, 66760);
if (c) c(25);
k6(260552, 260616, 260680, 260744, 276936);
if (c) c(26);
k7(63944, 276936, 21184, 21312);
if (c) c(27);
k8(64072, 63944);
if (c) c(28);
k9(63944, 64072, 64136);
if (c) c(29);
k10(63944, 64136);
if (c) c(30);
}
function run_step0(c) {
k0(473544, 0, 0);
if (c) c(0);
k1(63944, 473544, 448, 20928);
if (c) c(1);
k2(485832, 4096);
if (c) c(2);
k3(260552, 485832, 4544, 63944);
if (c) c(3);
k11(260552, 260616, 260680, 260744, 457160, 461256, 465352, 469448, 424392, 489928, 494024);
if (c) c(4);
k3(260552, 494024, 4544, 64200);
if (c) c(5);
k12(260552, 260616, 260680, 260744, 424392, 428488, 432584, 436680, 440776, 444872, 448968, 453064);
if (c) c(6);
k3(260552, 453064, 4544, 64456);
if (c) c(7);
k12(260552, 260616, 260680, 260744, 444872, 408008, 412104, 416200, 420296, 391624, 498120, 502216);
if (c) c(8);
k3(260552, 502216, 4544, 64712);
if (c) c(9);
k12(260552, 260616, 260680, 260744, 391624, 395720, 399816, 403912, 506312, 375240, 510408, 514504);
if (c) c(10);
k3(260552, 514504, 4544, 64968);
if (c) c(11);
k12(260552, 260616, 260680, 260744, 375240, 379336, 383432, 387528, 518600, 358856, 522696, 526792);
if (c) c(12);
k3(260552, 526792, 4544, 65224);
if (c) c(13);
k12(260552, 260616, 260680, 260744, 358856, 362952, 367048, 371144, 530888, 342472, 534984, 539080);
if (c) c(14);
k3(260552, 539080, 4544, 65480);
if (c) c(15);
k12(260552, 260616, 260680, 260744, 342472, 346568, 350664, 354760, 543176, 326088, 547272, 551368);
if (c) c(16);
k3(260552, 551368, 4544, 65736);
if (c) c(17);
k12(260552, 260616, 260680, 260744, 326088, 330184, 334280, 338376, 555464, 309704, 559560, 563656);
if (c) c(18);
k3(260552, 563656, 4544, 65992);
if (c) c(19);
k12(260552, 260616, 260680, 260744, 309704, 313800, 317896, 321992, 567752, 293320, 571848, 575944);
if (c) c(20);
k3(260552, 575944, 4544, 66248);
if (c) c(21);
k12(260552, 260616, 260680, 260744, 293320, 297416, 301512, 305608, 580040, 276936, 584136, 588232);
if (c) c(22);
k3(260552, 588232, 4544, 66504);
if (c) c(23);
k12(260552, 260616, 260680, 260744, 276936, 281032, 285128, 289224, 592328, 596424, 600520, 604616);
if (c) c(24);
k3(260552, 604616, 4544, 66760);
if (c) c(25);
k13(260552, 260616, 260680, 260744, 596424, 63944, 68040, 72136, 76232, 80328, 84424, 608712);
if (c) c(26);
k7(88520, 608712, 21184, 21312);
if (c) c(27);
k8(88776, 88520);
if (c) c(28);
k14(612808, 768);
if (c) c(29);
k15(88520, 88776, 88648, 88840, 88904);
if (c) c(30);
k16(88520, 88904, 612808, 612938);
if (c) c(31);
k17(612808, 88840);
if (c) c(32);
k18(612808, 88840, 88648, 612936);
if (c) c(33);
k19(104904, 612808, 21184, 84424, 80328, 76232, 72136, 63944, 596424, 68040, 88520, 92616, 96712, 100808);
if (c) c(34);
k20(260552, 104904, 100808, 96712, 92616);
if (c) c(35);
k21(76232, 260552, 4544, 600520, 592328, 88520, 289224, 281032, 276936, 285128, 596424, 63944, 68040, 72136);
if (c) c(36);
k20(276936, 76232, 72136, 68040, 63944);
if (c) c(37);
k22(63944, 588232, 276936);
if (c) c(38);
k23(80328, 604616, 260552, 63944);
if (c) c(39);
k21(63944, 276936, 4544, 584136, 580040, 596424, 305608, 297416, 293320, 301512, 588232, 592328, 600520, 604616);
if (c) c(40);
k20(293320, 63944, 604616, 600520, 592328);
if (c) c(41);
k24(63944, 575944, 293320, 80328);
if (c) c(42);
k21(596424, 293320, 4544, 571848, 567752, 588232, 321992, 313800, 309704, 317896, 575944, 580040, 584136, 592328);
if (c) c(43);
k20(309704, 596424, 592328, 584136, 580040);
if (c) c(44);
k24(80328, 563656, 309704, 63944);
if (c) c(45);
k21(68040, 309704, 4544, 559560, 555464, 575944, 338376, 330184, 326088, 334280, 563656, 567752, 571848, 63944);
if (c) c(46);
k20(326088, 68040, 63944, 571848, 567752);
if (c) c(47);
k24(63944, 551368, 326088, 80328);
if (c) c(48);
k21(571848, 326088, 4544, 547272, 543176, 563656, 354760, 346568, 342472, 350664, 551368, 555464, 559560, 567752);
if (c) c(49);
k20(342472, 571848, 567752, 559560, 555464);
if (c) c(50);
k24(80328, 539080, 342472, 63944);
if (c) c(51);
k21(68040, 342472, 4544, 534984, 530888, 551368, 371144, 362952, 358856, 367048, 539080, 543176, 547272, 63944);
if (c) c(52);
k20(358856, 68040, 63944, 547272, 543176);
if (c) c(53);
k24(63944, 526792, 358856, 80328);
if (c) c(54);
k21(547272, 358856, 4544, 522696, 518600, 539080, 387528, 379336, 375240, 383432, 526792, 530888, 534984, 543176);
if (c) c(55);
k20(375240, 547272, 543176, 534984, 530888);
if (c) c(56);
k24(80328, 514504, 375240, 63944);
if (c) c(57);
k21(68040, 375240, 4544, 510408, 506312, 526792, 403912, 395720, 391624, 399816, 514504, 518600, 522696, 63944);
if (c) c(58);
k20(391624, 68040, 63944, 522696, 518600);
if (c) c(59);
k24(63944, 502216, 391624, 80328);
if (c) c(60);
k21(522696, 391624, 4544, 498120, 420296, 514504, 416200, 408008, 444872, 412104, 502216, 506312, 510408, 518600);
if (c) c(61);
k20(408008, 522696, 518600, 510408, 506312);
if (c) c(62);
k24(80328, 453064, 408008, 63944);
if (c) c(63);
k21(68040, 408008, 4544, 448968, 440776, 502216, 436680, 428488, 424392, 432584, 498120, 444872, 453064, 63944);
if (c) c(64);
k20(424392, 68040, 63944, 453064, 444872);
if (c) c(65);
k24(440776, 494024, 424392, 80328);
if (c) c(66);
k25(510408, 424392, 4544, 489928, 469448, 498120, 465352, 457160, 461256, 494024, 502216, 506312);
if (c) c(67);
k20(457160, 510408, 506312, 502216, 494024);
if (c) c(68);
k26(63944, 457160, 424392, 408008, 391624, 375240, 358856, 342472, 326088, 309704, 293320, 276936, 260552);
if (c) c(69);
k27(260552, 63944, 448);
if (c) c(70);
k28(498120, 260552, 0);
if (c) c(71);
k29(489928, 473544, 63944, 494024);
if (c) c(72);
k30(473544, 494024);
if (c) c(73);
k31(276936, 485832, 457160, 440776, 260552);
if (c) c(74);
k32(494536, 276936);
if (c) c(75);
k33(63944, 494024, 494280);
if (c) c(76);
k34(494537, 494280);
if (c) c(77);
k35(494280, 608712, 612808, 494408);
if (c) c(78);
k36(494538, 494408);
if (c) c(79);
k37(612936, 494408);
if (c) c(80);
k38(498120, 473544, 494536, 494537, 494538, 494408);
if (c) c(81);
k39(260552, 473544, 16384);
if (c) c(82);
k40(1, 63943, 0, 63942, 494408);
if (c) c(83);
k41(1, 63943, 494409);
if (c) c(84);
k42(498120, 473544, 21314, 21762, 494409, 494408, 0, 448);
if (c) c(85);
k42(489928, 473544, 22210, 26306, 494409, 494408, 448, 4096);
if (c) c(86);
k43(260552, 30402, 46786, 494409, 494408, 4544, 16384);
if (c) c(87);
k42(494024, 473544, 63170, 63426, 494409, 494408, 20928, 256);
if (c) c(88);
k42(494280, 473544, 63682, 63810, 494409, 494408, 21184, 128);
if (c) c(89);
k44(612936, 473544, 63938, 63940, 494409, 494408, 21312, 2);
if (c) c(90);
}
function run_grad0(c) {
k0(473544, 0, 0);
if (c) c(0);
k1(63944, 473544, 448, 20928);
if (c) c(1);
k2(485832, 4096);
if (c) c(2);
k3(260552, 485832, 4544, 63944);
if (c) c(3);
k11(260552, 260616, 260680, 260744, 440776, 444872, 448968, 453064, 424392, 457160, 461256);
if (c) c(4);
k3(260552, 461256, 4544, 64200);
if (c) c(5);
k12(260552, 260616, 260680, 260744, 424392, 465352, 469448, 428488, 432584, 436680, 489928, 494024);
if (c) c(6);
k3(260552, 494024, 4544, 64456);
if (c) c(7);
k12(260552, 260616, 260680, 260744, 436680, 408008, 412104, 416200, 420296, 391624, 498120, 502216);
if (c) c(8);
k3(260552, 502216, 4544, 64712);
if (c) c(9);
k12(260552, 260616, 260680, 260744, 391624, 395720, 399816, 403912, 506312, 375240, 510408, 514504);
if (c) c(10);
k3(260552, 514504, 4544, 64968);
if (c) c(11);
k12(260552, 260616, 260680, 260744, 375240, 379336, 383432, 387528, 518600, 358856, 522696, 526792);
if (c) c(12);
k3(260552, 526792, 4544, 65224);
if (c) c(13);
k12(260552, 260616, 260680, 260744, 358856, 362952, 367048, 371144, 530888, 342472, 534984, 539080);
if (c) c(14);
k3(260552, 539080, 4544, 65480);
if (c) c(15);
k12(260552, 260616, 260680, 260744, 342472, 346568, 350664, 354760, 543176, 326088, 547272, 551368);
if (c) c(16);
k3(260552, 551368, 4544, 65736);
if (c) c(17);
k12(260552, 260616, 260680, 260744, 326088, 330184, 334280, 338376, 555464, 309704, 559560, 563656);
if (c) c(18);
k3(260552, 563656, 4544, 65992);
if (c) c(19);
k12(260552, 260616, 260680, 260744, 309704, 313800, 317896, 321992, 567752, 293320, 571848, 575944);
if (c) c(20);
k3(260552, 575944, 4544, 66248);
if (c) c(21);
k12(260552, 260616, 260680, 260744, 293320, 297416, 301512, 305608, 580040, 276936, 584136, 588232);
if (c) c(22);
k3(260552, 588232, 4544, 66504);
if (c) c(23);
k12(260552, 260616, 260680, 260744, 276936, 281032, 285128, 289224, 592328, 596424, 600520, 604616);
if (c) c(24);
k3(260552, 604616, 4544, 66760);
if (c) c(25);
k13(260552, 260616, 260680, 260744, 596424, 63944, 68040, 72136, 76232, 80328, 84424, 88520);
if (c) c(26);
k7(92616, 88520, 21184, 21312);
if (c) c(27);
k8(92872, 92616);
if (c) c(28);
k14(109000, 768);
if (c) c(29);
k15(92616, 92872, 92744, 92936, 93000);
if (c) c(30);
k16(92616, 93000, 109000, 608842);
if (c) c(31);
k17(109000, 92936);
if (c) c(32);
k18(109000, 92936, 92744, 608840);
if (c) c(33);
k45(608712, 88520, 109000);
if (c) c(34);
k19(104904, 109000, 21184, 84424, 80328, 76232, 72136, 63944, 596424, 68040, 88520, 92616, 96712, 100808);
if (c) c(35);
k20(260552, 104904, 100808, 96712, 92616);
if (c) c(36);
k21(76232, 260552, 4544, 600520, 592328, 88520, 289224, 281032, 276936, 285128, 596424, 63944, 68040, 72136);
if (c) c(37);
k20(276936, 76232, 72136, 68040, 63944);
if (c) c(38);
k22(63944, 588232, 276936);
if (c) c(39);
k23(80328, 604616, 260552, 63944);
if (c) c(40);
k21(72136, 276936, 4544, 584136, 580040, 596424, 305608, 297416, 293320, 301512, 588232, 592328, 63944, 68040);
if (c) c(41);
k20(293320, 72136, 68040, 63944, 592328);
if (c) c(42);
k24(63944, 575944, 293320, 80328);
if (c) c(43);
k21(84424, 293320, 4544, 571848, 567752, 588232, 321992, 313800, 309704, 317896, 575944, 580040, 584136, 80328);
if (c) c(44);
k20(309704, 84424, 80328, 584136, 580040);
if (c) c(45);
k24(80328, 563656, 309704, 63944);
if (c) c(46);
k21(68040, 309704, 4544, 559560, 555464, 575944, 338376, 330184, 326088, 334280, 563656, 567752, 571848, 63944);
if (c) c(47);
k20(326088, 68040, 63944, 571848, 567752);
if (c) c(48);
k24(63944, 551368, 326088, 80328);
if (c) c(49);
k21(84424, 326088, 4544, 547272, 543176, 563656, 354760, 346568, 342472, 350664, 551368, 555464, 559560, 80328);
if (c) c(50);
k20(342472, 84424, 80328, 559560, 555464);
if (c) c(51);
k24(80328, 539080, 342472, 63944);
if (c) c(52);
k21(68040, 342472, 4544, 534984, 530888, 551368, 371144, 362952, 358856, 367048, 539080, 543176, 547272, 63944);
if (c) c(53);
k20(358856, 68040, 63944, 547272, 543176);
if (c) c(54);
k24(63944, 526792, 358856, 80328);
if (c) c(55);
k21(84424, 358856, 4544, 522696, 518600, 539080, 387528, 379336, 375240, 383432, 526792, 530888, 534984, 80328);
if (c) c(56);
k20(375240, 84424, 80328, 534984, 530888);
if (c) c(57);
k24(80328, 514504, 375240, 63944);
if (c) c(58);
k21(68040, 375240, 4544, 510408, 506312, 526792, 403912, 395720, 391624, 399816, 514504, 518600, 522696, 63944);
if (c) c(59);
k20(391624, 68040, 63944, 522696, 518600);
if (c) c(60);
k24(63944, 502216, 391624, 80328);
if (c) c(61);
k21(84424, 391624, 4544, 498120, 420296, 514504, 416200, 408008, 436680, 412104, 502216, 506312, 510408, 80328);
if (c) c(62);
k20(408008, 84424, 80328, 510408, 506312);
if (c) c(63);
k24(80328, 494024, 408008, 63944);
if (c) c(64);
k21(72136, 408008, 4544, 489928, 432584, 502216, 428488, 465352, 424392, 469448, 494024, 498120, 63944, 68040);
if (c) c(65);
k20(424392, 72136, 68040, 63944, 498120);
if (c) c(66);
k24(63944, 461256, 424392, 80328);
if (c) c(67);
k25(469448, 424392, 4544, 457160, 453064, 494024, 448968, 440776, 444872, 489928, 461256, 465352);
if (c) c(68);
k20(440776, 469448, 465352, 461256, 489928);
if (c) c(69);
k24(457160, 485832, 440776, 63944);
if (c) c(70);
k26(63944, 440776, 424392, 408008, 391624, 375240, 358856, 342472, 326088, 309704, 293320, 276936, 260552);
if (c) c(71);
k46(277384, 63944);
if (c) c(72);
k27(260552, 63944, 448);
if (c) c(73);
k47(272840, 473544, 63944);
if (c) c(74);
k28(276936, 260552, 0);
if (c) c(75);
}
function run_grad1(c) {
k0(473544, 0, 0);
if (c) c(0);
k1(63944, 473544, 448, 20928);
if (c) c(1);
k2(485832, 4096);
if (c) c(2);
k3(260552, 485832, 4544, 63944);
if (c) c(3);
k11(260552, 260616, 260680, 260744, 440776, 444872, 448968, 453064, 424392, 457160, 461256);
if (c) c(4);
k3(260552, 461256, 4544, 64200);
if (c) c(5);
k12(260552, 260616, 260680, 260744, 424392, 465352, 469448, 428488, 432584, 436680, 489928, 494024);
if (c) c(6);
k3(260552, 494024, 4544, 64456);
if (c) c(7);
k12(260552, 260616, 260680, 260744, 436680, 408008, 412104, 416200, 420296, 391624, 498120, 502216);
if (c) c(8);
k3(260552, 502216, 4544, 64712);
if (c) c(9);
k12(260552, 260616, 260680, 260744, 391624, 395720, 399816, 403912, 506312, 375240, 510408, 514504);
if (c) c(10);
k3(260552, 514504, 4544, 64968);
if (c) c(11);
k12(260552, 260616, 260680, 260744, 375240, 379336, 383432, 387528, 518600, 358856, 522696, 526792);
if (c) c(12);
k3(260552, 526792, 4544, 65224);
if (c) c(13);
k12(260552, 260616, 260680, 260744, 358856, 362952, 367048, 371144, 530888, 342472, 534984, 539080);
if (c) c(14);
k3(260552, 539080, 4544, 65480);
if (c) c(15);
k12(260552, 260616, 260680, 260744, 342472, 346568, 350664, 354760, 543176, 326088, 547272, 551368);
if (c) c(16);
k3(260552, 551368, 4544, 65736);
if (c) c(17);
k12(260552, 260616, 260680, 260744, 326088, 330184, 334280, 338376, 555464, 309704, 559560, 563656);
if (c) c(18);
k3(260552, 563656, 4544, 65992);
if (c) c(19);
k12(260552, 260616, 260680, 260744, 309704, 313800, 317896, 321992, 567752, 293320, 571848, 575944);
if (c) c(20);
k3(260552, 575944, 4544, 66248);
if (c) c(21);
k12(260552, 260616, 260680, 260744, 293320, 297416, 301512, 305608, 580040, 276936, 584136, 588232);
if (c) c(22);
k3(260552, 588232, 4544, 66504);
if (c) c(23);
k12(260552, 260616, 260680, 260744, 276936, 281032, 285128, 289224, 592328, 596424, 600520, 604616);
if (c) c(24);
k3(260552, 604616, 4544, 66760);
if (c) c(25);
k48(260552, 260616, 260680, 260744, 596424, 63944, 68040, 72136, 76232, 80328, 84424);
if (c) c(26);
k7(88520, 84424, 21184, 21312);
if (c) c(27);
k8(88776, 88520);
if (c) c(28);
k14(104904, 768);
if (c) c(29);
k15(88520, 88776, 88648, 88840, 88904);
if (c) c(30);
k16(88520, 88904, 104904, 608842);
if (c) c(31);
k17(104904, 88840);
if (c) c(32);
k18(104904, 88840, 88648, 608840);
if (c) c(33);
k45(608712, 84424, 104904);
if (c) c(34);
k49(100808, 104904, 21184, 80328, 76232, 72136, 63944, 596424, 68040, 84424, 88520, 92616, 96712);
if (c) c(35);
k20(260552, 100808, 96712, 92616, 88520);
if (c) c(36);
k21(76232, 260552, 4544, 600520, 592328, 84424, 289224, 281032, 276936, 285128, 596424, 63944, 68040, 72136);
if (c) c(37);
k20(276936, 76232, 72136, 68040, 63944);
if (c) c(38);
k22(63944, 588232, 276936);
if (c) c(39);
k23(80328, 604616, 260552, 63944);
if (c) c(40);
k21(72136, 276936, 4544, 584136, 580040, 596424, 305608, 297416, 293320, 301512, 588232, 592328, 63944, 68040);
if (c) c(41);
k20(293320, 72136, 68040, 63944, 592328);
if (c) c(42);
k24(63944, 575944, 293320, 80328);
if (c) c(43);
k21(84424, 293320, 4544, 571848, 567752, 588232, 321992, 313800, 309704, 317896, 575944, 580040, 584136, 80328);
if (c) c(44);
k20(309704, 84424, 80328, 584136, 580040);
if (c) c(45);
k24(80328, 563656, 309704, 63944);
if (c) c(46);
k21(68040, 309704, 4544, 559560, 555464, 575944, 338376, 330184, 326088, 334280, 563656, 567752, 571848, 63944);
if (c) c(47);
k20(326088, 68040, 63944, 571848, 567752);
if (c) c(48);
k24(63944, 551368, 326088, 80328);
if (c) c(49);
k21(84424, 326088, 4544, 547272, 543176, 563656, 354760, 346568, 342472, 350664, 551368, 555464, 559560, 80328);
if (c) c(50);
k20(342472, 84424, 80328, 559560, 555464);
if (c) c(51);
k24(80328, 539080, 342472, 63944);
if (c) c(52);
k21(68040, 342472, 4544, 534984, 530888, 551368, 371144, 362952, 358856, 367048, 539080, 543176, 547272, 63944);
if (c) c(53);
k20(358856, 68040, 63944, 547272, 543176);
if (c) c(54);
k24(63944, 526792, 358856, 80328);
if (c) c(55);
k21(84424, 358856, 4544, 522696, 518600, 539080, 387528, 379336, 375240, 383432, 526792, 530888, 534984, 80328);
if (c) c(56);
k20(375240, 84424, 80328, 534984, 530888);
if (c) c(57);
k24(80328, 514504, 375240, 63944);
if (c) c(58);
k21(68040, 375240, 4544, 510408, 506312, 526792, 403912, 395720, 391624, 399816, 514504, 518600, 522696, 63944);
if (c) c(59);
k20(391624, 68040, 63944, 522696, 518600);
if (c) c(60);
k24(63944, 502216, 391624, 80328);
if (c) c(61);
k21(84424, 391624, 4544, 498120, 420296, 514504, 416200, 408008, 436680, 412104, 502216, 506312, 510408, 80328);
if (c) c(62);
k20(408008, 84424, 80328, 510408, 506312);
if (c) c(63);
k24(80328, 494024, 408008, 63944);
if (c) c(64);
k21(72136, 408008, 4544, 489928, 432584, 502216, 428488, 465352, 424392, 469448, 494024, 498120, 63944, 68040);
if (c) c(65);
k20(424392, 72136, 68040, 63944, 498120);
if (c) c(66);
k24(63944, 461256, 424392, 80328);
if (c) c(67);
k25(469448, 424392, 4544, 457160, 453064, 494024, 448968, 440776, 444872, 489928, 461256, 465352);
if (c) c(68);
k20(440776, 469448, 465352, 461256, 489928);
if (c) c(69);
k24(457160, 485832, 440776, 63944);
if (c) c(70);
k26(63944, 440776, 424392, 408008, 391624, 375240, 358856, 342472, 326088, 309704, 293320, 276936, 260552);
if (c) c(71);
k46(277384, 63944);
if (c) c(72);
k27(260552, 63944, 448);
if (c) c(73);
k47(272840, 473544, 63944);
if (c) c(74);
k28(276936, 260552, 0);
if (c) c(75);
}
return finishModel(c, [run_predict, run_step0, run_grad0, run_grad1], (r) => { R = r; });
}
