// runtime pieces: {createCore,finishModel}, {kilnExpF32,kilnExpm1F32,kilnSigmoidF32,kilnSoftplusF32,kilnTanhF32}, kilnProduct
// ---- model
export const meta = {
  "model": "SpamBiLstm",
  "dtype": "f32",
  "inputs": [
    {"name":"ids","dtype":"i32","shape":[32,64]},
    {"name":"n","dtype":"i32","shape":[32]},
    {"name":"y","dtype":"i32","shape":[32]}
  ],
  "outputs": [
    {"name":"probs","shape":[32,2]}
  ],
  "params": [
    {"name":"embed.table","shape":[4000,32],"init":{"kind":"normal","args":[1]}},
    {"name":"rnn.forward.Wx","shape":[32,128],"init":{"kind":"uniform","args":[-0.17677669529663687,0.17677669529663687]}},
    {"name":"rnn.forward.Wh","shape":[32,128],"init":{"kind":"uniform","args":[-0.17677669529663687,0.17677669529663687]}},
    {"name":"rnn.forward.b","shape":[128],"init":{"kind":"uniform","args":[-0.17677669529663687,0.17677669529663687]}},
    {"name":"rnn.backward.Wx","shape":[32,128],"init":{"kind":"uniform","args":[-0.17677669529663687,0.17677669529663687]}},
    {"name":"rnn.backward.Wh","shape":[32,128],"init":{"kind":"uniform","args":[-0.17677669529663687,0.17677669529663687]}},
    {"name":"rnn.backward.b","shape":[128],"init":{"kind":"uniform","args":[-0.17677669529663687,0.17677669529663687]}},
    {"name":"head.W","shape":[64,2],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"head.b","shape":[2],"init":{"kind":"zeros","args":[]}}
  ],
  "state": [],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.003,"beta1":0.9,"beta2":0.999,"eps":1e-8,"clip_norm":5},"params":["embed.table","rnn.forward.Wx","rnn.forward.Wh","rnn.forward.b","rnn.backward.Wx","rnn.backward.Wh","rnn.backward.b","head.W","head.b"]}
  ],
  "losses": ["loss"],
  "predictOnly": false,
  "arenaBytes": 7173176
};
const TABLES = {
  "NF": 1791182,
  "NI": 2112,
  "NH": 2,
  "arenaBytes": 7173176,
  "persistent": [
    {"name":"embed.table","shape":[4000,32],"off":0,"size":128000,"kind":"param"},
    {"name":"rnn.forward.Wx","shape":[32,128],"off":128000,"size":4096,"kind":"param"},
    {"name":"rnn.forward.Wh","shape":[32,128],"off":132096,"size":4096,"kind":"param"},
    {"name":"rnn.forward.b","shape":[128],"off":136192,"size":128,"kind":"param"},
    {"name":"rnn.backward.Wx","shape":[32,128],"off":136320,"size":4096,"kind":"param"},
    {"name":"rnn.backward.Wh","shape":[32,128],"off":140416,"size":4096,"kind":"param"},
    {"name":"rnn.backward.b","shape":[128],"off":144512,"size":128,"kind":"param"},
    {"name":"head.W","shape":[64,2],"off":144640,"size":128,"kind":"param"},
    {"name":"head.b","shape":[2],"off":144768,"size":2,"kind":"param"},
    {"name":"optim/step/embed.table/exp_avg","shape":[4000,32],"off":144770,"size":128000,"kind":"optim"},
    {"name":"optim/step/embed.table/exp_avg_sq","shape":[4000,32],"off":272770,"size":128000,"kind":"optim"},
    {"name":"optim/step/rnn.forward.Wx/exp_avg","shape":[32,128],"off":400770,"size":4096,"kind":"optim"},
    {"name":"optim/step/rnn.forward.Wx/exp_avg_sq","shape":[32,128],"off":404866,"size":4096,"kind":"optim"},
    {"name":"optim/step/rnn.forward.Wh/exp_avg","shape":[32,128],"off":408962,"size":4096,"kind":"optim"},
    {"name":"optim/step/rnn.forward.Wh/exp_avg_sq","shape":[32,128],"off":413058,"size":4096,"kind":"optim"},
    {"name":"optim/step/rnn.forward.b/exp_avg","shape":[128],"off":417154,"size":128,"kind":"optim"},
    {"name":"optim/step/rnn.forward.b/exp_avg_sq","shape":[128],"off":417282,"size":128,"kind":"optim"},
    {"name":"optim/step/rnn.backward.Wx/exp_avg","shape":[32,128],"off":417410,"size":4096,"kind":"optim"},
    {"name":"optim/step/rnn.backward.Wx/exp_avg_sq","shape":[32,128],"off":421506,"size":4096,"kind":"optim"},
    {"name":"optim/step/rnn.backward.Wh/exp_avg","shape":[32,128],"off":425602,"size":4096,"kind":"optim"},
    {"name":"optim/step/rnn.backward.Wh/exp_avg_sq","shape":[32,128],"off":429698,"size":4096,"kind":"optim"},
    {"name":"optim/step/rnn.backward.b/exp_avg","shape":[128],"off":433794,"size":128,"kind":"optim"},
    {"name":"optim/step/rnn.backward.b/exp_avg_sq","shape":[128],"off":433922,"size":128,"kind":"optim"},
    {"name":"optim/step/head.W/exp_avg","shape":[64,2],"off":434050,"size":128,"kind":"optim"},
    {"name":"optim/step/head.W/exp_avg_sq","shape":[64,2],"off":434178,"size":128,"kind":"optim"},
    {"name":"optim/step/head.b/exp_avg","shape":[2],"off":434306,"size":2,"kind":"optim"},
    {"name":"optim/step/head.b/exp_avg_sq","shape":[2],"off":434308,"size":2,"kind":"optim"}
  ],
  "persistentEnd": 434310,
  "constants": [],
  "inputs": [
    {"name":"ids","dtype":"i32","shape":[32,64],"place":{"arr":"I","off":0}},
    {"name":"n","dtype":"i32","shape":[32],"place":{"arr":"I","off":2048}},
    {"name":"y","dtype":"i32","shape":[32],"place":{"arr":"I","off":2080}}
  ],
  "outputs": [
    {"name":"probs","shape":[32,2],"place":{"arr":"F","off":436360}}
  ],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.003,"beta1":0.9,"beta2":0.999,"eps":1e-8,"clip_norm":5},"params":["embed.table","rnn.forward.Wx","rnn.forward.Wh","rnn.forward.b","rnn.backward.Wx","rnn.backward.Wh","rnn.backward.b","head.W","head.b"],"lr":{"h":0,"f":434310},"t":{"h":1,"f":434311},"value":1757387}
  ],
  "gradients": [
    {"loss":"loss","mode":"train","value":1750152,"grads":[{"name":"embed.table","off":434312,"size":128000},{"name":"rnn.forward.Wx","off":696456,"size":4096},{"name":"rnn.forward.Wh","off":1286280,"size":4096},{"name":"rnn.forward.b","off":1755401,"size":128},{"name":"rnn.backward.Wx","off":1421448,"size":4096},{"name":"rnn.backward.Wh","off":1417352,"size":4096},{"name":"rnn.backward.b","off":1755273,"size":128},{"name":"head.W","off":1756297,"size":128},{"name":"head.b","off":1756425,"size":2}]},
    {"loss":"loss","mode":"eval","value":1750152,"grads":[{"name":"embed.table","off":434312,"size":128000},{"name":"rnn.forward.Wx","off":696456,"size":4096},{"name":"rnn.forward.Wh","off":1286280,"size":4096},{"name":"rnn.forward.b","off":1755401,"size":128},{"name":"rnn.backward.Wx","off":1421448,"size":4096},{"name":"rnn.backward.Wh","off":1417352,"size":4096},{"name":"rnn.backward.b","off":1755273,"size":128},{"name":"head.W","off":1756297,"size":128},{"name":"head.b","off":1756425,"size":2}]}
  ],
  "entries": [
    {"feeds":["ids","n"],"checks":[696456,65536,0,434312,262144,1,827528,1024,2,0,4096,3,0,32,4,0,1024,5,761992,65536,6,434312,262144,1,0,4096,3,0,32,4,0,1024,5,434312,2048,7,436360,64,8,434312,32,9,434344,32,10,436360,64,11]},
    {"feeds":["ids","n","y"],"checks":[696456,65536,0,434312,262144,1,1754249,1024,2,0,4096,3,0,32,4,0,1024,5,1220744,65536,6,434312,262144,1,0,4096,3,0,32,4,0,1024,5,1745032,2048,7,1748104,2048,12,1747080,64,8,1747208,32,9,1757321,64,13,1747272,32,14,1757387,1,15,1757388,1,16,1757389,1,17,1747240,32,18,1757385,2,19,434312,2048,20,1755273,1024,21,1756297,1024,21,0,1024,22,0,4000,23,0,1024,24,1417352,4096,25,1752201,128,26,1286280,65536,27,1351816,65536,28,1286280,65536,29,1421448,4096,30,1220744,65536,6,0,1024,22,0,4000,23,0,1024,24,761992,65536,27,893064,65536,29,1220744,65536,31,696456,128000,32,962696,4096,33,1750536,1,34,897160,4096,35,1750537,1,34,1750280,128,36,1750538,1,34,1750539,1,37,1750540,1,37,1750541,1,37,1750408,128,38,1750542,1,34,1750408,1,37,1750536,1,39,144770,128000,40,128000,4096,41,132096,4096,42,136192,128,43,136320,4096,44,140416,4096,45,144512,128,46,144640,128,47,144768,2,48,0,128000,49]},
    {"feeds":["ids","n","y"],"checks":[696456,65536,0,434312,262144,1,1754249,1024,2,0,4096,3,0,32,4,0,1024,5,1220744,65536,6,434312,262144,1,0,4096,3,0,32,4,0,1024,5,1745032,2048,7,1747080,2048,12,1749128,64,8,1749320,32,9,1749192,64,13,1749384,32,14,1750152,1,15,1749352,32,18,1756425,2,19,1756297,128,50,1747080,2048,20,1749128,1024,21,1755273,1024,21,0,1024,22,0,4000,23,0,1024,24,1417352,4096,25,1755273,128,26,1286280,65536,27,1351816,65536,28,1286280,65536,29,1421448,4096,30,1220744,65536,6,0,1024,22,0,4000,23,0,1024,24,1286280,4096,25,1755401,128,26,761992,65536,27,827528,65536,29,696456,4096,30,1220744,65536,31,434312,128000,32]},
    {"feeds":["ids","n","y"],"checks":[696456,65536,0,434312,262144,1,1754249,1024,2,0,4096,3,0,32,4,0,1024,5,1220744,65536,6,434312,262144,1,0,4096,3,0,32,4,0,1024,5,1745032,2048,7,1747080,64,8,1747208,32,9,1755273,64,13,1747272,32,14,1750152,1,15,1747240,32,18,1756425,2,19,1747080,2048,51,1756297,128,50,1749128,1024,21,1755273,1024,21,0,1024,22,0,4000,23,0,1024,24,1417352,4096,25,1755273,128,26,1286280,65536,27,1351816,65536,28,1286280,65536,29,1421448,4096,30,1220744,65536,6,0,1024,22,0,4000,23,0,1024,24,1286280,4096,25,1755401,128,26,761992,65536,27,827528,65536,29,696456,4096,30,1220744,65536,31,434312,128000,32]}
  ],
  "info": [
    [0,1,2,[]], // take <prelude>:117:10 f32[32, 64, 32]
    [5,4,6,[3,4]], // add <prelude>:200:16 f32[2048, 128] (matmul)
    [7,8,9,[]], // broadcast <prelude>:201:20 f32[32, 32]
    [5,11,12,[3,10],13], // add <prelude>:205:9 f32[32, 128] (matmul)
    [14,15,16,[],13], // lt <prelude>:212:42 f32[32]
    [28,30,9,[17,18,17,19,20,21,17,22,23,24,23,25,5,24,20,26,23,27,28,29],13], // where <prelude>:214:33 f32[32, 32] (sigmoid, sigmoid, tanh, sigmoid, mul, mul, add, tanh, mul, where)
    [31,32,2,[]], // reverse_sequence <prelude>:259:21 f32[32, 64, 32]
    [33,34,35,[]], // concat <prelude>:261:10 f32[32, 64]
    [5,36,37,[3,36]], // add <prelude>:12:22 f32[32, 2] (matmul)
    [38,39,40,[]], // max spam_bilstm.kiln:31:18 f32[32, 1]
    [43,39,40,[41,39,42,39]], // sum spam_bilstm.kiln:31:18 f32[32, 1] (sub, exp)
    [44,39,37,[]], // div spam_bilstm.kiln:31:18 f32[32, 2]
    [23,46,35,[45,46,47,46,23,46]], // mul spam_bilstm.kiln:30:17 f32[32, 64] (random_uniform, ge, mul)
    [48,49,37,[]], // one_hot spam_bilstm.kiln:32:10 f32[32, 2]
    [5,49,40,[41,39,42,39,43,39,50,49]], // add spam_bilstm.kiln:32:10 f32[32, 1] (sub, exp, sum, log)
    [23,49,51,[41,49,23,49,43,49]], // mul spam_bilstm.kiln:32:10 f32[] (sub, mul, sum)
    [44,53,51,[52,53,41,53]], // div spam_bilstm.kiln:34:3 f32[] (pow, sub)
    [54,53,51,[52,53,41,53]], // sqrt spam_bilstm.kiln:34:3 f32[] (pow, sub)
    [44,49,40,[23,49,43,49]], // div spam_bilstm.kiln:32:10 f32[32, 1] (mul, sum)
    [43,36,55,[23,49,23,39,5,39]], // sum <prelude>:12:22 f32[2] (mul, mul, add)
    [23,46,35,[3,36]], // mul spam_bilstm.kiln:30:17 f32[32, 64] (matmul)
    [56,34,9,[]], // slice <prelude>:261:10 f32[32, 32]
    [23,18,9,[41,18],13], // mul <prelude>:206:9 f32[32, 32] (sub)
    [23,18,9,[28,30,28,29,28,29,23,27,23,27,23,26,41,26,23,26,5,26,23,25,23,25,23,24,23,24,5,24,41,22,23,22,23,22,23,21,41,21,23,21,41,19,23,19,23,19],13,[[128,1],[32,32]]], // mul <prelude>:206:9 f32[32, 32] (where, where, where, mul, mul, mul, sub, mul, add, mul, mul, mul, mul, add, sub, mul, mul, mul, sub, mul, sub, mul, mul)
    [5,10,9,[28,30,3,10],13], // add <prelude>:205:23 f32[32, 32] (where, matmul)
    [3,13,12,[]], // matmul <prelude>:204:3 f32[32, 128]
    [43,4,57,[]], // sum <prelude>:200:16 f32[128]
    [3,4,58,[]], // matmul <prelude>:200:16 f32[2048, 32]
    [59,4,2,[]], // transpose <prelude>:200:16 f32[32, 64, 32]
    [59,4,60,[]], // transpose <prelude>:200:16 f32[64, 32, 32]
    [3,4,12,[]], // matmul <prelude>:200:16 f32[32, 128]
    [5,4,2,[]], // add <prelude>:200:16 f32[32, 64, 32]
    [61,1,62,[]], // scatter_add <prelude>:117:10 f32[4000, 32]
    [23,53,12,[3,4]], // mul spam_bilstm.kiln:34:3 f32[32, 128] (matmul)
    [43,53,51,[]], // sum spam_bilstm.kiln:34:3 f32[]
    [23,53,12,[3,13]], // mul spam_bilstm.kiln:34:3 f32[32, 128] (matmul)
    [23,53,57,[43,4]], // mul spam_bilstm.kiln:34:3 f32[128] (sum)
    [43,53,51,[23,53]], // sum spam_bilstm.kiln:34:3 f32[] (mul)
    [23,53,63,[3,36]], // mul spam_bilstm.kiln:34:3 f32[64, 2] (matmul)
    [64,53,51,[23,53,43,53,5,53,5,53,5,53,5,53,5,53,5,53,5,53,5,53,54,53,5,53,44,53]], // minimum spam_bilstm.kiln:34:3 f32[] (mul, sum, add, add, add, add, add, add, add, add, sqrt, add, div)
    [65,53,62,[]], // the adam update of 'optim/step/embed.table/exp_avg' spam_bilstm.kiln:34:3 f32[4000, 32]
    [66,53,12,[]], // the adam update of param 'rnn.forward.Wx' spam_bilstm.kiln:34:3 f32[32, 128]
    [67,53,12,[]], // the adam update of param 'rnn.forward.Wh' spam_bilstm.kiln:34:3 f32[32, 128]
    [68,53,57,[]], // the adam update of param 'rnn.forward.b' spam_bilstm.kiln:34:3 f32[128]
    [69,53,12,[]], // the adam update of param 'rnn.backward.Wx' spam_bilstm.kiln:34:3 f32[32, 128]
    [70,53,12,[]], // the adam update of param 'rnn.backward.Wh' spam_bilstm.kiln:34:3 f32[32, 128]
    [71,53,57,[]], // the adam update of param 'rnn.backward.b' spam_bilstm.kiln:34:3 f32[128]
    [72,53,63,[]], // the adam update of param 'head.W' spam_bilstm.kiln:34:3 f32[64, 2]
    [73,53,55,[]], // the adam update of param 'head.b' spam_bilstm.kiln:34:3 f32[2]
    [74,53,62,[]], // the adam update of param 'embed.table' spam_bilstm.kiln:34:3 f32[4000, 32]
    [3,36,63,[]], // matmul <prelude>:12:22 f32[64, 2]
    [3,36,35,[]] // matmul <prelude>:12:22 f32[32, 64]
  ],
  "strings": ["take","<prelude>:117:10","f32[32, 64, 32]","matmul","<prelude>:200:16","add","f32[2048, 128]","broadcast","<prelude>:201:20","f32[32, 32]","<prelude>:205:23","<prelude>:205:9","f32[32, 128]","<prelude>:204:3","lt","<prelude>:212:42","f32[32]","sigmoid","<prelude>:206:9","<prelude>:207:9","tanh","<prelude>:208:9","<prelude>:209:9","mul","<prelude>:210:11","<prelude>:210:19","<prelude>:211:15","<prelude>:211:11","where","<prelude>:213:33","<prelude>:214:33","reverse_sequence","<prelude>:259:21","concat","<prelude>:261:10","f32[32, 64]","<prelude>:12:22","f32[32, 2]","max","spam_bilstm.kiln:31:18","f32[32, 1]","sub","exp","sum","div","random_uniform","spam_bilstm.kiln:30:17","ge","one_hot","spam_bilstm.kiln:32:10","log","f32[]","pow","spam_bilstm.kiln:34:3","sqrt","f32[2]","slice","f32[128]","f32[2048, 32]","transpose","f32[64, 32, 32]","scatter_add","f32[4000, 32]","f32[64, 2]","minimum","the adam update of 'optim/step/embed.table/exp_avg'","the adam update of param 'rnn.forward.Wx'","the adam update of param 'rnn.forward.Wh'","the adam update of param 'rnn.forward.b'","the adam update of param 'rnn.backward.Wx'","the adam update of param 'rnn.backward.Wh'","the adam update of param 'rnn.backward.b'","the adam update of param 'head.W'","the adam update of param 'head.b'","the adam update of param 'embed.table'"],
  "predictOnly": false
};
// 36 WebAssembly SIMD kernels, exported as k0, k1, ... (18083 bytes, zlib-compressed)
const WASM = "..."; // 6006 bytes
export function create(options = {}) {
const c = createCore(meta, TABLES, WASM, options);
const F = c.F, I = c.I, H = c.H, W = c.W;
let R = c.rng;
const PACK = 1757390;
R.fillNormal(F, 0, 128000, 0, 1); // embed.table: normal
R.fillUniform(F, 128000, 4096, (-0.17677669529663687), 0.17677669529663687); // rnn.forward.Wx: uniform
R.fillUniform(F, 132096, 4096, (-0.17677669529663687), 0.17677669529663687); // rnn.forward.Wh: uniform
R.fillUniform(F, 136192, 128, (-0.17677669529663687), 0.17677669529663687); // rnn.forward.b: uniform
R.fillUniform(F, 136320, 4096, (-0.17677669529663687), 0.17677669529663687); // rnn.backward.Wx: uniform
R.fillUniform(F, 140416, 4096, (-0.17677669529663687), 0.17677669529663687); // rnn.backward.Wh: uniform
R.fillUniform(F, 144512, 128, (-0.17677669529663687), 0.17677669529663687); // rnn.backward.b: uniform
R.fillUniform(F, 144640, 128, (-0.30151134457776363), 0.30151134457776363); // head.W: glorot_uniform
function k0(o0, o1, o2) { // take [32, 64, 32]
for (let i0 = 0; i0 < 2048; i0++) {
const id2 = I[o2 + i0];
if (id2 >= 0 && id2 < 4000) for (let j1 = 0; j1 < 32; j1++) F[o0 + i0 * 32 + j1] = F[o1 + id2 * 32 + j1];
else for (let j1 = 0; j1 < 32; j1++) F[o0 + i0 * 32 + j1] = 0;
}
}
function k1(o0, o1, o2, o3) { // fused matmul add [2048, 128]
if (W !== null) {
W.k0(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 2048, 32, 128, false, false);
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 2048; i0++, p1 += 128, p2 += 128) {
for (let i3 = 0; i3 < 128; i3++) {
const v0 = F[p1 + i3];
const x4 = F[o3 + i3];
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
}
function k2(o0, o1) { // broadcast [32, 32]
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = 0;
}
}
function k3(o0, o1, o2, o3) { // fused matmul add [32, 128]
if (W !== null) {
W.k1(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 32, 32, 128, false, false);
for (let i0 = 0, p1 = o0, p2 = o3, p3 = o0; i0 < 32; i0++, p1 += 128, p2 += 8192, p3 += 128) {
for (let i4 = 0; i4 < 128; i4++) {
const v0 = F[p1 + i4];
const x4 = F[p2 + i4];
const v1 = x4 + v0;
F[p3 + i4] = v1;
}
}
}
}
function k4(o0, o1, o2, o3) { // lt [32]
for (let i0 = 0; i0 < o3; i0++) {
F[o0 + i0] = (F[o1] < I[o2 + i0] ? 1 : 0);
}
}
function k5(o0, o1, o2, o3, o4, o5, o6) { // fused sigmoid sigmoid tanh sigmoid mul mul add tanh mul where where [32, 32]
if (W !== null) W.k2(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o4 * 4, o6 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2, p4 = o3, p5 = o4, p6 = o5, p7 = o6, p8 = o4, p9 = o6; i0 < 32; i0++, p1 += 128, p2 += 128, p3 += 128, p4 += 128, p5 += 32, p6 += 1, p7 += 32, p8 += 32, p9 += 32) {
for (let i10 = 0; i10 < 32; i10++) {
const x11 = F[p1 + i10];
const x12 = F[p2 + i10];
const x13 = F[p3 + i10];
const x14 = F[p4 + i10];
const x15 = F[p5 + i10];
const x16 = F[p6];
const x17 = F[p7 + i10];
const v0 = kilnSigmoidF32(x11);
const v1 = kilnSigmoidF32(x12);
const v2 = kilnTanhF32(x13);
const v3 = kilnSigmoidF32(x14);
const v4 = v1 * x15;
const v5 = v0 * v2;
const v6 = v4 + v5;
const v7 = kilnTanhF32(v6);
const v8 = v3 * v7;
const v9 = (x16 !== 0 ? v6 : x15);
const v10 = (x16 !== 0 ? v8 : x17);
F[p8 + i10] = v9;
F[p9 + i10] = v10;
}
}
}
}
function k6(o0, o1, o2) { // reverse_sequence [32, 64, 32]
for (let s0 = 0; s0 < 32; s0++) {
const L2 = Math.max(0, Math.min(64, I[o2 + s0]));
for (let t1 = 0; t1 < 64; t1++) {
const from3 = o1 + (s0 * 64 + (t1 < L2 ? L2 - 1 - t1 : t1)) * 32;
for (let j4 = 0; j4 < 32; j4++) F[o0 + (s0 * 64 + t1) * 32 + j4] = F[from3 + j4];
}
}
}
function k7(o0, o1, o2) { // concat [32, 64]
if (W !== null) W.k3(o1 * 4, (o0 + 0) * 4);
else {
for (let i0 = 0, p1 = o0 + 0, p2 = o1; i0 < 32; i0++, p1 += 64, p2 += 32) {
for (let i3 = 0; i3 < 32; i3++) {
F[p1 + i3] = F[p2 + i3];
}
}
}
if (W !== null) W.k3(o2 * 4, (o0 + 32) * 4);
else {
for (let i4 = 0, p5 = o0 + 32, p6 = o2; i4 < 32; i4++, p5 += 64, p6 += 32) {
for (let i7 = 0; i7 < 32; i7++) {
F[p5 + i7] = F[p6 + i7];
}
}
}
}
function k8(o0, o1, o2, o3) { // fused matmul add [32, 2]
for (let i4 = 0; i4 < 32; i4 += 4) {
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
function k9(o0, o1) { // max [32, 1]
if (W !== null) W.k5(o0 * 4, o1 * 4);
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
function k10(o0, o1, o2) { // fused sub exp sum [32, 1]
if (W !== null) W.k6(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
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
function k11(o0, o1) { // div [32, 2]
if (W !== null) W.k7(o0 * 4, o1 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o1; i0 < 32; i0++, p1 += 2, p2 += 2, p3 += 1) {
for (let i4 = 0; i4 < 2; i4++) {
F[p1 + i4] = F[p2 + i4] / F[p3];
}
}
}
}
function k12(o0, o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11, o12, o13) { // fused sigmoid sigmoid tanh sigmoid mul mul add tanh mul where where [32, 32]
if (W !== null) W.k8(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o7 * 4, o8 * 4, o9 * 4, o10 * 4, o11 * 4, o12 * 4, o13 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2, p4 = o3, p5 = o4, p6 = o5, p7 = o6, p8 = o7, p9 = o8, p10 = o9, p11 = o10, p12 = o11, p13 = o12, p14 = o13; i0 < 32; i0++, p1 += 128, p2 += 128, p3 += 128, p4 += 128, p5 += 32, p6 += 1, p7 += 32, p8 += 32, p9 += 32, p10 += 32, p11 += 32, p12 += 32, p13 += 32, p14 += 32) {
for (let i15 = 0; i15 < 32; i15++) {
const x11 = F[p1 + i15];
const x12 = F[p2 + i15];
const x13 = F[p3 + i15];
const x14 = F[p4 + i15];
const x15 = F[p5 + i15];
const x16 = F[p6];
const x17 = F[p7 + i15];
const v0 = kilnSigmoidF32(x11);
const v1 = kilnSigmoidF32(x12);
const v2 = kilnTanhF32(x13);
const v3 = kilnSigmoidF32(x14);
const v4 = v1 * x15;
const v5 = v0 * v2;
const v6 = v4 + v5;
const v7 = kilnTanhF32(v6);
const v8 = v3 * v7;
const v9 = (x16 !== 0 ? v6 : x15);
const v10 = (x16 !== 0 ? v8 : x17);
F[p8 + i15] = v0;
F[p9 + i15] = v1;
F[p10 + i15] = v2;
F[p11 + i15] = v3;
F[p12 + i15] = v7;
F[p13 + i15] = v9;
F[p14 + i15] = v10;
}
}
}
}
function k13(o0, o1, o2) { // fused random_uniform ge mul mul [32, 64]
for (let i0 = 0; i0 < o2; i0++) {
const x6 = F[o0 + i0];
const v0 = R.uniform();
const v1 = (v0 >= 0.3 ? 1 : 0);
const v2 = v1 * 1.4285714285714286;
const v3 = x6 * v2;
F[o0 + i0] = v2;
F[o1 + i0] = v3;
}
}
function k14(o0, o1) { // one_hot [32, 2]
for (let i0 = 0; i0 < 64; i0++) F[o0 + i0] = 0;
for (let i0 = 0; i0 < 32; i0++) {
const id1 = I[o1 + i0];
if (id1 >= 0 && id1 < 2) F[o0 + i0 * 2 + id1] = 1;
}
}
function k15(o0, o1, o2, o3, o4) { // fused sub exp sum log add [32, 1]
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
function k16(o0, o1, o2, o3) { // fused sub mul sum mul []
if (W !== null) W.k9(o0 * 4, o1 * 4, o2 * 4, o3 * 4);
else {
let acc0 = 0;
for (let i1 = 0, p2 = o0, p3 = o1, p4 = o2; i1 < 32; i1++, p2 += 2, p3 += 1, p4 += 2) {
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
const v3 = v2 * (-0.03125);
F[o3] = v3;
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
function k19(o0, o1) { // fused mul sum div [32, 1]
if (W !== null) W.k10(o0 * 4, o1 * 4, o1 * 4);
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
function k20(o0, o1, o2, o3) { // fused mul mul add sum [2]
if (W !== null) W.k11(o0 * 4, o1 * 4, o2 * 4, o0 * 4, o3 * 4);
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
function k21(o0, o1, o2, o3) { // fused matmul mul [32, 64]
for (let i1 = 0; i1 < 32; i1 += 2) {
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
for (let i0 = 0; i0 < 2048; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3 + i0];
const v1 = v0 * x4;
F[o0 + i0] = v1;
}
}
}
function k22(o0, o1) { // slice [32, 32]
if (W !== null) W.k13((o1 + 0) * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1 + 0; i0 < 32; i0++, p1 += 32, p2 += 64) {
for (let i3 = 0; i3 < 32; i3++) {
F[p1 + i3] = F[p2 + i3];
}
}
}
}
function k23(o0, o1) { // slice [32, 32]
if (W !== null) W.k13((o1 + 32) * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1 + 32; i0 < 32; i0++, p1 += 32, p2 += 64) {
for (let i3 = 0; i3 < 32; i3++) {
F[p1 + i3] = F[p2 + i3];
}
}
}
}
function k24(o0, o1, o2) { // fused sub mul [32, 32]
if (W !== null) W.k14(o0 * 4, o1 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
const x3 = F[o0 + i0];
const v0 = 1 - x3;
const v1 = x3 * v0;
F[o1 + i0] = v1;
}
}
}
function k25(o0, o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11, o12, o13) { // fused where where where mul mul mul sub mul add mul mul mul mul add sub mul mul mul sub mul sub mul mul mul [32, 32]
if (W !== null) W.k15(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o7 * 4, o8 * 4, o9 * 4, o2 * 4, o10 * 4, o11 * 4, o12 * 4, o13 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2, p4 = o3, p5 = o4, p6 = o5, p7 = o6, p8 = o7, p9 = o8, p10 = o9, p11 = o2, p12 = o10, p13 = o11, p14 = o12, p15 = o13; i0 < 32; i0++, p1 += 1, p2 += 32, p3 += 32, p4 += 32, p5 += 32, p6 += 32, p7 += 32, p8 += 32, p9 += 32, p10 += 32, p11 += 32, p12 += 128, p13 += 128, p14 += 128, p15 += 128) {
for (let i16 = 0; i16 < 32; i16++) {
const x24 = F[p1];
const x25 = F[p2 + i16];
const x27 = F[p3 + i16];
const x28 = F[p4 + i16];
const x29 = F[p5 + i16];
const x31 = F[p6 + i16];
const x32 = F[p7 + i16];
const x33 = F[p8 + i16];
const x34 = F[p9 + i16];
const x35 = F[p10 + i16];
const v0 = (x24 !== 0 ? x25 : 0);
const v1 = (x24 !== 0 ? x27 : 0);
const v2 = (x24 !== 0 ? 0 : x27);
const v3 = v0 * x28;
const v4 = v0 * x29;
const v5 = x28 * x28;
const v6 = 1 - v5;
const v7 = v4 * v6;
const v8 = v1 + v7;
const v9 = v8 * x31;
const v10 = v8 * x32;
const v11 = v8 * x33;
const v12 = v8 * x34;
const v13 = v2 + v12;
const v14 = 1 - x29;
const v15 = x29 * v14;
const v16 = v3 * v15;
const v17 = x31 * x31;
const v18 = 1 - v17;
const v19 = v10 * v18;
const v20 = 1 - x34;
const v21 = x34 * v20;
const v22 = v11 * v21;
const v23 = v9 * x35;
F[p11 + i16] = v13;
F[p12 + i16] = v16;
F[p13 + i16] = v19;
F[p14 + i16] = v22;
F[p15 + i16] = v23;
}
}
}
}
function k26(o0, o1, o2, o3, o4) { // fused where matmul add [32, 32]
if (W !== null) W.k16(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 32, 128, 32, false, true);
}
if (W !== null) W.k17(o0 * 4, o3 * 4, o4 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o3, p3 = o4, p4 = o0; i0 < 32; i0++, p1 += 32, p2 += 1, p3 += 32, p4 += 32) {
for (let i5 = 0; i5 < 32; i5++) {
const v1 = F[p1 + i5];
const x3 = F[p2];
const x5 = F[p3 + i5];
const v0 = (x3 !== 0 ? 0 : x5);
const v2 = v0 + v1;
F[p4 + i5] = v2;
}
}
}
}
function k27(o0, o1, o2) { // matmul [32, 128]
if (W !== null) W.k18(o1 * 4, o2 * 4, o0 * 4, PACK * 4);
else {
kilnProduct(F, o1, o2, o0, 32, 2048, 128, true, false);
}
}
function k28(o0, o1) { // sum [128]
if (W !== null) W.k19(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 128; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 2048; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 128];
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k29(o0, o1, o2) { // matmul [2048, 32]
if (W !== null) W.k20(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 2048, 128, 32, false, true);
}
}
function k30(o0, o1) { // transpose [32, 64, 32]
if (W !== null) W.k21((o1 + 0) * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1 + 0; i0 < 32; i0++, p1 += 2048, p2 += 32) {
for (let i3 = 0, p4 = p1, p5 = p2; i3 < 64; i3++, p4 += 32, p5 += 1024) {
for (let i6 = 0; i6 < 32; i6++) {
F[p4 + i6] = F[p5 + i6];
}
}
}
}
}
function k31(o0, o1) { // transpose [64, 32, 32]
if (W !== null) W.k22((o1 + 0) * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1 + 0; i0 < 64; i0++, p1 += 1024, p2 += 32) {
for (let i3 = 0, p4 = p1, p5 = p2; i3 < 32; i3++, p4 += 32, p5 += 2048) {
for (let i6 = 0; i6 < 32; i6++) {
F[p4 + i6] = F[p5 + i6];
}
}
}
}
}
function k32(o0, o1) { // add [32, 64, 32]
if (W !== null) W.k23(o0 * 4, o1 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o1; i0 < 32; i0++, p1 += 2048, p2 += 2048, p3 += 32) {
for (let i4 = 0, p5 = p1, p6 = p2, p7 = p3; i4 < 64; i4++, p5 += 32, p6 += 32, p7 += 1024) {
for (let i8 = 0; i8 < 32; i8++) {
F[p5 + i8] = F[p6 + i8] + F[p7 + i8];
}
}
}
}
}
function k33(o0, o1, o2) { // scatter_add [4000, 32]
for (let i0 = 0; i0 < 128000; i0++) F[o0 + i0] = 0;
for (let i0 = 0; i0 < 2048; i0++) {
const id2 = I[o2 + i0];
if (id2 >= 0 && id2 < 4000) for (let j1 = 0; j1 < 32; j1++) F[o0 + id2 * 32 + j1] += F[o1 + i0 * 32 + j1];
}
}
function k34(o0, o1, o2, o3) { // fused matmul mul [32, 128]
if (W !== null) W.k18(o1 * 4, o2 * 4, o0 * 4, PACK * 4);
else {
kilnProduct(F, o1, o2, o0, 32, 2048, 128, true, false);
}
if (W !== null) W.k24(o0 * 4, o3 * 4);
else {
for (let i0 = 0; i0 < 4096; i0++) {
const v0 = F[o0 + i0];
const v1 = v0 * v0;
F[o3 + i0] = v1;
}
}
}
function k35(o0, o1) { // sum []
if (W !== null) W.k25(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 4096; i1++) {
acc0 = acc0 + F[o0 + i1];
}
const v0 = acc0;
F[o1] = v0;
}
}
function k36(o0, o1, o2) { // fused sum mul [128]
if (W !== null) W.k26(o0 * 4, o1 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 128; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 2048; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 128];
}
const v0 = acc0;
const v1 = v0 * v0;
F[o1 + i1] = v0;
F[o2 + i1] = v1;
}
}
}
function k37(o0, o1) { // sum []
if (W !== null) W.k27(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 128; i1++) {
acc0 = acc0 + F[o0 + i1];
}
const v0 = acc0;
F[o1] = v0;
}
}
function k38(o0, o1) { // fused mul sum []
if (W !== null) W.k28(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 4096; i1++) {
const x2 = F[o0 + i1];
const v0 = x2 * x2;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o1] = v1;
}
}
function k39(o0, o1) { // fused mul sum []
if (W !== null) W.k29(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 128; i1++) {
const x2 = F[o0 + i1];
const v0 = x2 * x2;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o1] = v1;
}
}
function k40(o0, o1, o2, o3) { // fused matmul mul [64, 2]
for (let i1 = 0; i1 < 64; i1 += 4) {
for (let j2 = 0; j2 < 2; j2 += 2) {
let s0_0 = 0; let s0_1 = 0; let s1_0 = 0; let s1_1 = 0; let s2_0 = 0; let s2_1 = 0; let s3_0 = 0; let s3_1 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 1, pb5 = o2 + j2 * 1; k3 < 32; k3++, pa4 += 64, pb5 += 2) {
const a0 = F[pa4]; const a1 = F[pa4 + 1]; const a2 = F[pa4 + 2]; const a3 = F[pa4 + 3]; const b0 = F[pb5]; const b1 = F[pb5 + 1]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s1_0 += a1 * b0; s1_1 += a1 * b1; s2_0 += a2 * b0; s2_1 += a2 * b1; s3_0 += a3 * b0; s3_1 += a3 * b1; 
}
const pc6 = o0 + i1 * 2 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s0_1; F[pc6 + 2] = s1_0; F[pc6 + 3] = s1_1; F[pc6 + 4] = s2_0; F[pc6 + 5] = s2_1; F[pc6 + 6] = s3_0; F[pc6 + 7] = s3_1; 
}
}
if (W !== null) W.k30(o0 * 4, o3 * 4);
else {
for (let i0 = 0; i0 < 128; i0++) {
const v0 = F[o0 + i0];
const v1 = v0 * v0;
F[o3 + i0] = v1;
}
}
}
function k41(o0, o1) { // fused mul sum []
if (W !== null) W.k31(o0 * 4, o1 * 4);
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
function k42(o0, o1, o2, o3, o4, o5, o6, o7, o8) { // fused mul sum add add add add add add add add sqrt add div minimum []
if (W !== null) W.k32(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o7 * 4, o8 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 128000; i1++) {
const x14 = F[o0 + i1];
const v0 = x14 * x14;
acc0 = acc0 + v0;
}
const v1 = acc0;
const e15 = F[o1];
const e16 = F[o2];
const e17 = F[o3];
const e18 = F[o4];
const e19 = F[o5];
const e20 = F[o6];
const e21 = F[o7];
const e22 = F[o8];
const v2 = v1 + e15;
const v3 = v2 + e16;
const v4 = v3 + e17;
const v5 = v4 + e18;
const v6 = v5 + e19;
const v7 = v6 + e20;
const v8 = v7 + e21;
const v9 = v8 + e22;
const v10 = Math.sqrt(v9);
const v11 = v10 + 0.000001;
const v12 = 5 / v11;
const v13 = (1 <= v12 ? 1 : v12);
F[o1] = v13;
}
}
function k43(o0, o1, o2, o3) { // fused mul sub mul add [4000, 32]
if (W !== null) W.k33(o0 * 4, o1 * 4, o2 * 4, o0 * 4, o2 * 4, o3);
else {
for (let i0 = 0; i0 < o3; i0++) {
const x4 = F[o0 + i0];
const x5 = F[o1];
const x6 = F[o2 + i0];
const v0 = x4 * x5;
const v1 = v0 - x6;
const v2 = v1 * 0.09999999999999998;
const v3 = x6 + v2;
F[o0 + i0] = v0;
F[o2 + i0] = v3;
}
}
}
function k44(o0, o1, o2, o3, o4, o5, o6, o7) { // fused mul sub mul add mul mul mul add sqrt div add mul div sub [32, 128]
if (W !== null) W.k34(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o2 * 4, o3 * 4, o6 * 4, o7);
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
function k45(o0, o1, o2, o3, o4, o5, o6) { // fused mul mul mul add sqrt div add mul div sub [4000, 32]
if (W !== null) W.k35(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o0 * 4, o5 * 4, o6);
else {
for (let i0 = 0; i0 < o6; i0++) {
const x10 = F[o0 + i0];
const x12 = F[o1 + i0];
const x14 = F[o2];
const x16 = F[o3];
const x17 = F[o4 + i0];
const x18 = F[o5 + i0];
const v0 = x10 * 0.999;
const v1 = x12 * x12;
const v2 = v1 * 0.0010000000000000009;
const v3 = v0 + v2;
const v4 = Math.sqrt(v3);
const v5 = v4 / x14;
const v6 = v5 + 1e-8;
const v7 = x16 * x17;
const v8 = v7 / v6;
const v9 = x18 - v8;
F[o0 + i0] = v3;
F[o5 + i0] = v9;
}
}
}
function k46(o0, o1, o2) { // matmul [64, 2]
for (let i0 = 0; i0 < 64; i0 += 4) {
for (let j1 = 0; j1 < 2; j1 += 2) {
let s0_0 = 0; let s0_1 = 0; let s1_0 = 0; let s1_1 = 0; let s2_0 = 0; let s2_1 = 0; let s3_0 = 0; let s3_1 = 0; 
for (let k2 = 0, pa3 = o1 + i0 * 1, pb4 = o2 + j1 * 1; k2 < 32; k2++, pa3 += 64, pb4 += 2) {
const a0 = F[pa3]; const a1 = F[pa3 + 1]; const a2 = F[pa3 + 2]; const a3 = F[pa3 + 3]; const b0 = F[pb4]; const b1 = F[pb4 + 1]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s1_0 += a1 * b0; s1_1 += a1 * b1; s2_0 += a2 * b0; s2_1 += a2 * b1; s3_0 += a3 * b0; s3_1 += a3 * b1; 
}
const pc5 = o0 + i0 * 2 + j1;
F[pc5] = s0_0; F[pc5 + 1] = s0_1; F[pc5 + 2] = s1_0; F[pc5 + 3] = s1_1; F[pc5 + 4] = s2_0; F[pc5 + 5] = s2_1; F[pc5 + 6] = s3_0; F[pc5 + 7] = s3_1; 
}
}
}
function k47(o0, o1, o2) { // matmul [32, 64]
for (let i0 = 0; i0 < 32; i0 += 2) {
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
k0(696456, 0, 0);
c?.(0);
k1(434312, 696456, 128000, 136192);
c?.(1);
k2(827528, 1024);
c?.(2);
// loop t0 over 64 steps at line 204
F.copyWithin(761992, 827528, 828552);
F.copyWithin(828552, 827528, 828552);
for (let t0 = 0; t0 < 64; t0++) {
F[763016] = t0;
k3(763017, 828552, 132096, 434312 + t0 * 128);
c?.(3, 763017, t0);
k4(767113, 763016, 2048, 32);
c?.(4, 767113, t0);
k5(763017, 763049, 763081, 763113, 761992, 767113, 828552);
c?.(5, 828552, t0);
}
k6(761992, 696456, 2048);
c?.(6);
k1(434312, 761992, 136320, 144512);
c?.(7);
// loop t0 over 64 steps at line 204
F.copyWithin(696456, 827528, 828552);
F.copyWithin(701609, 827528, 828552);
for (let t0 = 0; t0 < 64; t0++) {
F[697480] = t0;
k3(697481, 701609, 140416, 434312 + t0 * 128);
c?.(8, 697481, t0);
k4(701577, 697480, 2048, 32);
c?.(9, 701577, t0);
k5(697481, 697513, 697545, 697577, 696456, 701577, 701609);
c?.(10, 701609, t0);
}
k7(434312, 828552, 701609);
c?.(11);
k8(436360, 434312, 144640, 144768);
c?.(12);
k9(436360, 434312);
c?.(13);
k10(436360, 434312, 434344);
c?.(14);
k11(436360, 434344);
c?.(15);
}
function run_step0(c) {
k0(696456, 0, 0);
c?.(0);
k1(434312, 696456, 128000, 136192);
c?.(1);
k2(1754249, 1024);
c?.(2);
// loop t0 over 64 steps at line 204
F.copyWithin(761992, 1754249, 1755273);
F.copyWithin(827528, 1754249, 1755273);
for (let t0 = 0; t0 < 64; t0++) {
F[1221768] = t0;
k3(1221769, 827528 + t0 * 1024, 132096, 434312 + t0 * 128);
c?.(3, 1221769, t0);
k4(1750153 + t0 * 32, 1221768, 2048, 32);
c?.(4, 1750153 + t0 * 32, t0);
k12(1221769, 1221801, 1221833, 1221865, 761992 + t0 * 1024, 1750153 + t0 * 32, 827528 + t0 * 1024, 893064 + t0 * 1024, 958600 + t0 * 1024, 1024136 + t0 * 1024, 1089672 + t0 * 1024, 1155208 + t0 * 1024, (t0 === 63 ? 1220744 : 761992 + (t0 + 1) * 1024), (t0 === 63 ? 1755273 : 827528 + (t0 + 1) * 1024));
c?.(5, (t0 === 63 ? 1755273 : 827528 + (t0 + 1) * 1024), t0);
}
k6(1220744, 696456, 2048);
c?.(6);
k1(434312, 1220744, 136320, 144512);
c?.(7);
// loop t0 over 64 steps at line 204
F.copyWithin(1286280, 1754249, 1755273);
F.copyWithin(1351816, 1754249, 1755273);
for (let t0 = 0; t0 < 64; t0++) {
F[1746056] = t0;
k3(1746057, 1351816 + t0 * 1024, 140416, 434312 + t0 * 128);
c?.(8, 1746057, t0);
k4(1752201 + t0 * 32, 1746056, 2048, 32);
c?.(9, 1752201 + t0 * 32, t0);
k12(1746057, 1746089, 1746121, 1746153, 1286280 + t0 * 1024, 1752201 + t0 * 32, 1351816 + t0 * 1024, 1417352 + t0 * 1024, 1482888 + t0 * 1024, 1548424 + t0 * 1024, 1613960 + t0 * 1024, 1679496 + t0 * 1024, (t0 === 63 ? 1745032 : 1286280 + (t0 + 1) * 1024), (t0 === 63 ? 1756297 : 1351816 + (t0 + 1) * 1024));
c?.(10, (t0 === 63 ? 1756297 : 1351816 + (t0 + 1) * 1024), t0);
}
k7(1745032, 1755273, 1756297);
c?.(11);
k13(1745032, 1748104, 2048);
c?.(12);
k8(1747080, 1748104, 144640, 144768);
c?.(13);
k9(1747080, 1747208);
c?.(14);
k14(1757321, 2080);
c?.(15);
k15(1747080, 1747208, 1747144, 1747240, 1747272);
c?.(16);
k16(1747080, 1747272, 1757321, 1757387);
c?.(17);
k17(1, 434311, 0, 434310, 1757388);
c?.(18);
k18(1, 434311, 1757389);
c?.(19);
k19(1757321, 1747240);
c?.(20);
k20(1757321, 1747240, 1747144, 1757385);
c?.(21);
k21(434312, 1757321, 144640, 1745032);
c?.(22);
k22(1755273, 434312);
c?.(23);
k23(1756297, 434312);
c?.(24);
// loop t0 over 64 steps at line 204
F.copyWithin(1745032, 1754249, 1755273);
F.copyWithin(1746056, 1756297, 1757321);
for (let t0 = 63; t0 >= 0; t0--) {
k24(1417352 + t0 * 1024, 1747080, 1024);
c?.(25, 1747080, t0);
k25(1752201 + t0 * 32, 1746056, 1745032, 1679496 + t0 * 1024, 1613960 + t0 * 1024, 1548424 + t0 * 1024, 1417352 + t0 * 1024, 1286280 + t0 * 1024, 1482888 + t0 * 1024, 1747080, 434312 + t0 * 4096 + 96, 434312 + t0 * 4096 + 64, 434312 + t0 * 4096 + 32, 434312 + t0 * 4096 + 0);
c?.(26, 434312 + t0 * 4096 + 0, t0);
k26(1747080, 434312 + t0 * 4096, 140416, 1752201 + t0 * 32, 1746056);
c?.(27, 1747080, t0);
F.copyWithin(1746056, 1747080, 1748104);
}
k27(1417352, 1351816, 434312);
c?.(28);
k28(434312, 1752201);
c?.(29);
k29(1286280, 434312, 136320);
c?.(30);
k30(1351816, 1286280);
c?.(31);
k31(1286280, 1220744);
c?.(32);
k27(1421448, 1286280, 434312);
c?.(33);
k6(1220744, 1351816, 2048);
c?.(34);
// loop t0 over 64 steps at line 204
F.copyWithin(1286280, 1754249, 1755273);
F.copyWithin(1287304, 1755273, 1756297);
for (let t0 = 63; t0 >= 0; t0--) {
k24(893064 + t0 * 1024, 1288328, 1024);
c?.(35, 1288328, t0);
k25(1750153 + t0 * 32, 1287304, 1286280, 1155208 + t0 * 1024, 1089672 + t0 * 1024, 1024136 + t0 * 1024, 893064 + t0 * 1024, 761992 + t0 * 1024, 958600 + t0 * 1024, 1288328, 434312 + t0 * 4096 + 96, 434312 + t0 * 4096 + 64, 434312 + t0 * 4096 + 32, 434312 + t0 * 4096 + 0);
c?.(36, 434312 + t0 * 4096 + 0, t0);
k26(1288328, 434312 + t0 * 4096, 132096, 1750153 + t0 * 32, 1287304);
c?.(37, 1288328, t0);
F.copyWithin(1287304, 1288328, 1289352);
}
k29(761992, 434312, 128000);
c?.(38);
k31(893064, 696456);
c?.(39);
k32(1220744, 761992);
c?.(40);
k33(696456, 1220744, 0);
c?.(41);
k34(958600, 893064, 434312, 962696);
c?.(42);
k35(962696, 1750536);
c?.(43);
k34(893064, 827528, 434312, 897160);
c?.(44);
k35(897160, 1750537);
c?.(45);
k36(434312, 1750152, 1750280);
c?.(46);
k37(1750280, 1750538);
c?.(47);
k38(1421448, 1750539);
c?.(48);
k38(1417352, 1750540);
c?.(49);
k39(1752201, 1750541);
c?.(50);
k40(1750280, 1748104, 1757321, 1750408);
c?.(51);
k37(1750408, 1750542);
c?.(52);
k41(1757385, 1750408);
c?.(53);
k42(696456, 1750536, 1750537, 1750538, 1750539, 1750540, 1750541, 1750542, 1750408);
c?.(54);
k43(696456, 1750536, 144770, 128000);
c?.(55);
k44(958600, 1750536, 400770, 404866, 1757389, 1757388, 128000, 4096);
c?.(56);
k44(893064, 1750536, 408962, 413058, 1757389, 1757388, 132096, 4096);
c?.(57);
k44(1750152, 1750536, 417154, 417282, 1757389, 1757388, 136192, 128);
c?.(58);
k44(1421448, 1750536, 417410, 421506, 1757389, 1757388, 136320, 4096);
c?.(59);
k44(1417352, 1750536, 425602, 429698, 1757389, 1757388, 140416, 4096);
c?.(60);
k44(1752201, 1750536, 433794, 433922, 1757389, 1757388, 144512, 128);
c?.(61);
k44(1750280, 1750536, 434050, 434178, 1757389, 1757388, 144640, 128);
c?.(62);
k44(1757385, 1750536, 434306, 434308, 1757389, 1757388, 144768, 2);
c?.(63);
k45(272770, 696456, 1757389, 1757388, 144770, 0, 128000);
c?.(64);
}
function run_grad0(c) {
k0(696456, 0, 0);
c?.(0);
k1(434312, 696456, 128000, 136192);
c?.(1);
k2(1754249, 1024);
c?.(2);
// loop t0 over 64 steps at line 204
F.copyWithin(761992, 1754249, 1755273);
F.copyWithin(827528, 1754249, 1755273);
for (let t0 = 0; t0 < 64; t0++) {
F[1221768] = t0;
k3(1221769, 827528 + t0 * 1024, 132096, 434312 + t0 * 128);
c?.(3, 1221769, t0);
k4(1750153 + t0 * 32, 1221768, 2048, 32);
c?.(4, 1750153 + t0 * 32, t0);
k12(1221769, 1221801, 1221833, 1221865, 761992 + t0 * 1024, 1750153 + t0 * 32, 827528 + t0 * 1024, 893064 + t0 * 1024, 958600 + t0 * 1024, 1024136 + t0 * 1024, 1089672 + t0 * 1024, 1155208 + t0 * 1024, (t0 === 63 ? 1220744 : 761992 + (t0 + 1) * 1024), (t0 === 63 ? 1755273 : 827528 + (t0 + 1) * 1024));
c?.(5, (t0 === 63 ? 1755273 : 827528 + (t0 + 1) * 1024), t0);
}
k6(1220744, 696456, 2048);
c?.(6);
k1(434312, 1220744, 136320, 144512);
c?.(7);
// loop t0 over 64 steps at line 204
F.copyWithin(1286280, 1754249, 1755273);
F.copyWithin(1351816, 1754249, 1755273);
for (let t0 = 0; t0 < 64; t0++) {
F[1746056] = t0;
k3(1746057, 1351816 + t0 * 1024, 140416, 434312 + t0 * 128);
c?.(8, 1746057, t0);
k4(1752201 + t0 * 32, 1746056, 2048, 32);
c?.(9, 1752201 + t0 * 32, t0);
k12(1746057, 1746089, 1746121, 1746153, 1286280 + t0 * 1024, 1752201 + t0 * 32, 1351816 + t0 * 1024, 1417352 + t0 * 1024, 1482888 + t0 * 1024, 1548424 + t0 * 1024, 1613960 + t0 * 1024, 1679496 + t0 * 1024, (t0 === 63 ? 1745032 : 1286280 + (t0 + 1) * 1024), (t0 === 63 ? 1756297 : 1351816 + (t0 + 1) * 1024));
c?.(10, (t0 === 63 ? 1756297 : 1351816 + (t0 + 1) * 1024), t0);
}
k7(1745032, 1755273, 1756297);
c?.(11);
k13(1745032, 1747080, 2048);
c?.(12);
k8(1749128, 1747080, 144640, 144768);
c?.(13);
k9(1749128, 1749320);
c?.(14);
k14(1749192, 2080);
c?.(15);
k15(1749128, 1749320, 1749256, 1749352, 1749384);
c?.(16);
k16(1749128, 1749384, 1749192, 1750152);
c?.(17);
k19(1749192, 1749352);
c?.(18);
k20(1749192, 1749352, 1749256, 1756425);
c?.(19);
k46(1756297, 1747080, 1749192);
c?.(20);
k21(1747080, 1749192, 144640, 1745032);
c?.(21);
k22(1749128, 1747080);
c?.(22);
k23(1755273, 1747080);
c?.(23);
// loop t0 over 64 steps at line 204
F.copyWithin(1745032, 1754249, 1755273);
F.copyWithin(1746056, 1755273, 1756297);
for (let t0 = 63; t0 >= 0; t0--) {
k24(1417352 + t0 * 1024, 1747080, 1024);
c?.(24, 1747080, t0);
k25(1752201 + t0 * 32, 1746056, 1745032, 1679496 + t0 * 1024, 1613960 + t0 * 1024, 1548424 + t0 * 1024, 1417352 + t0 * 1024, 1286280 + t0 * 1024, 1482888 + t0 * 1024, 1747080, 434312 + t0 * 4096 + 96, 434312 + t0 * 4096 + 64, 434312 + t0 * 4096 + 32, 434312 + t0 * 4096 + 0);
c?.(25, 434312 + t0 * 4096 + 0, t0);
k26(1747080, 434312 + t0 * 4096, 140416, 1752201 + t0 * 32, 1746056);
c?.(26, 1747080, t0);
F.copyWithin(1746056, 1747080, 1748104);
}
k27(1417352, 1351816, 434312);
c?.(27);
k28(434312, 1755273);
c?.(28);
k29(1286280, 434312, 136320);
c?.(29);
k30(1351816, 1286280);
c?.(30);
k31(1286280, 1220744);
c?.(31);
k27(1421448, 1286280, 434312);
c?.(32);
k6(1220744, 1351816, 2048);
c?.(33);
// loop t0 over 64 steps at line 204
F.copyWithin(1286280, 1754249, 1755273);
F.copyWithin(1287304, 1749128, 1750152);
for (let t0 = 63; t0 >= 0; t0--) {
k24(893064 + t0 * 1024, 1288328, 1024);
c?.(34, 1288328, t0);
k25(1750153 + t0 * 32, 1287304, 1286280, 1155208 + t0 * 1024, 1089672 + t0 * 1024, 1024136 + t0 * 1024, 893064 + t0 * 1024, 761992 + t0 * 1024, 958600 + t0 * 1024, 1288328, 434312 + t0 * 4096 + 96, 434312 + t0 * 4096 + 64, 434312 + t0 * 4096 + 32, 434312 + t0 * 4096 + 0);
c?.(35, 434312 + t0 * 4096 + 0, t0);
k26(1288328, 434312 + t0 * 4096, 132096, 1750153 + t0 * 32, 1287304);
c?.(36, 1288328, t0);
F.copyWithin(1287304, 1288328, 1289352);
}
k27(1286280, 827528, 434312);
c?.(37);
k28(434312, 1755401);
c?.(38);
k29(761992, 434312, 128000);
c?.(39);
k31(827528, 696456);
c?.(40);
k27(696456, 827528, 434312);
c?.(41);
k32(1220744, 761992);
c?.(42);
k33(434312, 1220744, 0);
c?.(43);
}
function run_grad1(c) {
k0(696456, 0, 0);
c?.(0);
k1(434312, 696456, 128000, 136192);
c?.(1);
k2(1754249, 1024);
c?.(2);
// loop t0 over 64 steps at line 204
F.copyWithin(761992, 1754249, 1755273);
F.copyWithin(827528, 1754249, 1755273);
for (let t0 = 0; t0 < 64; t0++) {
F[1221768] = t0;
k3(1221769, 827528 + t0 * 1024, 132096, 434312 + t0 * 128);
c?.(3, 1221769, t0);
k4(1750153 + t0 * 32, 1221768, 2048, 32);
c?.(4, 1750153 + t0 * 32, t0);
k12(1221769, 1221801, 1221833, 1221865, 761992 + t0 * 1024, 1750153 + t0 * 32, 827528 + t0 * 1024, 893064 + t0 * 1024, 958600 + t0 * 1024, 1024136 + t0 * 1024, 1089672 + t0 * 1024, 1155208 + t0 * 1024, (t0 === 63 ? 1220744 : 761992 + (t0 + 1) * 1024), (t0 === 63 ? 1755273 : 827528 + (t0 + 1) * 1024));
c?.(5, (t0 === 63 ? 1755273 : 827528 + (t0 + 1) * 1024), t0);
}
k6(1220744, 696456, 2048);
c?.(6);
k1(434312, 1220744, 136320, 144512);
c?.(7);
// loop t0 over 64 steps at line 204
F.copyWithin(1286280, 1754249, 1755273);
F.copyWithin(1351816, 1754249, 1755273);
for (let t0 = 0; t0 < 64; t0++) {
F[1746056] = t0;
k3(1746057, 1351816 + t0 * 1024, 140416, 434312 + t0 * 128);
c?.(8, 1746057, t0);
k4(1752201 + t0 * 32, 1746056, 2048, 32);
c?.(9, 1752201 + t0 * 32, t0);
k12(1746057, 1746089, 1746121, 1746153, 1286280 + t0 * 1024, 1752201 + t0 * 32, 1351816 + t0 * 1024, 1417352 + t0 * 1024, 1482888 + t0 * 1024, 1548424 + t0 * 1024, 1613960 + t0 * 1024, 1679496 + t0 * 1024, (t0 === 63 ? 1745032 : 1286280 + (t0 + 1) * 1024), (t0 === 63 ? 1756297 : 1351816 + (t0 + 1) * 1024));
c?.(10, (t0 === 63 ? 1756297 : 1351816 + (t0 + 1) * 1024), t0);
}
k7(1745032, 1755273, 1756297);
c?.(11);
k8(1747080, 1745032, 144640, 144768);
c?.(12);
k9(1747080, 1747208);
c?.(13);
k14(1755273, 2080);
c?.(14);
k15(1747080, 1747208, 1747144, 1747240, 1747272);
c?.(15);
k16(1747080, 1747272, 1755273, 1750152);
c?.(16);
k19(1755273, 1747240);
c?.(17);
k20(1755273, 1747240, 1747144, 1756425);
c?.(18);
k47(1747080, 1755273, 144640);
c?.(19);
k46(1756297, 1745032, 1755273);
c?.(20);
k22(1749128, 1747080);
c?.(21);
k23(1755273, 1747080);
c?.(22);
// loop t0 over 64 steps at line 204
F.copyWithin(1745032, 1754249, 1755273);
F.copyWithin(1746056, 1755273, 1756297);
for (let t0 = 63; t0 >= 0; t0--) {
k24(1417352 + t0 * 1024, 1747080, 1024);
c?.(23, 1747080, t0);
k25(1752201 + t0 * 32, 1746056, 1745032, 1679496 + t0 * 1024, 1613960 + t0 * 1024, 1548424 + t0 * 1024, 1417352 + t0 * 1024, 1286280 + t0 * 1024, 1482888 + t0 * 1024, 1747080, 434312 + t0 * 4096 + 96, 434312 + t0 * 4096 + 64, 434312 + t0 * 4096 + 32, 434312 + t0 * 4096 + 0);
c?.(24, 434312 + t0 * 4096 + 0, t0);
k26(1747080, 434312 + t0 * 4096, 140416, 1752201 + t0 * 32, 1746056);
c?.(25, 1747080, t0);
F.copyWithin(1746056, 1747080, 1748104);
}
k27(1417352, 1351816, 434312);
c?.(26);
k28(434312, 1755273);
c?.(27);
k29(1286280, 434312, 136320);
c?.(28);
k30(1351816, 1286280);
c?.(29);
k31(1286280, 1220744);
c?.(30);
k27(1421448, 1286280, 434312);
c?.(31);
k6(1220744, 1351816, 2048);
c?.(32);
// loop t0 over 64 steps at line 204
F.copyWithin(1286280, 1754249, 1755273);
F.copyWithin(1287304, 1749128, 1750152);
for (let t0 = 63; t0 >= 0; t0--) {
k24(893064 + t0 * 1024, 1288328, 1024);
c?.(33, 1288328, t0);
k25(1750153 + t0 * 32, 1287304, 1286280, 1155208 + t0 * 1024, 1089672 + t0 * 1024, 1024136 + t0 * 1024, 893064 + t0 * 1024, 761992 + t0 * 1024, 958600 + t0 * 1024, 1288328, 434312 + t0 * 4096 + 96, 434312 + t0 * 4096 + 64, 434312 + t0 * 4096 + 32, 434312 + t0 * 4096 + 0);
c?.(34, 434312 + t0 * 4096 + 0, t0);
k26(1288328, 434312 + t0 * 4096, 132096, 1750153 + t0 * 32, 1287304);
c?.(35, 1288328, t0);
F.copyWithin(1287304, 1288328, 1289352);
}
k27(1286280, 827528, 434312);
c?.(36);
k28(434312, 1755401);
c?.(37);
k29(761992, 434312, 128000);
c?.(38);
k31(827528, 696456);
c?.(39);
k27(696456, 827528, 434312);
c?.(40);
k32(1220744, 761992);
c?.(41);
k33(434312, 1220744, 0);
c?.(42);
}
return finishModel(c, [run_predict, run_step0, run_grad0, run_grad1], (r) => { R = r; });
}
