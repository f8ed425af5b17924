// runtime pieces: {createCore,finishModel}, {kilnExpF32,kilnExpm1F32,kilnSigmoidF32,kilnSoftplusF32,kilnTanhF32}, kilnProduct
// ---- model
export const meta = {
  "model": "GanRing",
  "dtype": "f32",
  "inputs": [
    {"name":"real","dtype":"f32","shape":[128,2]}
  ],
  "outputs": [
    {"name":"sample","shape":[128,2]}
  ],
  "params": [
    {"name":"gen.l1.W","shape":[2,64],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"gen.l1.b","shape":[64],"init":{"kind":"zeros","args":[]}},
    {"name":"gen.l2.W","shape":[64,64],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"gen.l2.b","shape":[64],"init":{"kind":"zeros","args":[]}},
    {"name":"gen.l3.W","shape":[64,2],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"gen.l3.b","shape":[2],"init":{"kind":"zeros","args":[]}},
    {"name":"disc.l1.W","shape":[2,64],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"disc.l1.b","shape":[64],"init":{"kind":"zeros","args":[]}},
    {"name":"disc.l2.W","shape":[64,64],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"disc.l2.b","shape":[64],"init":{"kind":"zeros","args":[]}},
    {"name":"disc.l3.W","shape":[64,1],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"disc.l3.b","shape":[1],"init":{"kind":"zeros","args":[]}}
  ],
  "state": [],
  "steps": [
    {"name":"d","loss":"d_loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.0005,"beta1":0.5,"beta2":0.999,"eps":1e-8},"params":["disc.l1.W","disc.l1.b","disc.l2.W","disc.l2.b","disc.l3.W","disc.l3.b"]},
    {"name":"g","loss":"g_loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.0005,"beta1":0.5,"beta2":0.999,"eps":1e-8},"params":["gen.l1.W","gen.l1.b","gen.l2.W","gen.l2.b","gen.l3.W","gen.l3.b"]}
  ],
  "losses": ["d_loss","g_loss"],
  "predictOnly": false,
  "arenaBytes": 441152
};
const TABLES = {
  "NF": 110288,
  "NI": 0,
  "NH": 4,
  "arenaBytes": 441152,
  "persistent": [
    {"name":"gen.l1.W","shape":[2,64],"off":0,"size":128,"kind":"param"},
    {"name":"gen.l1.b","shape":[64],"off":128,"size":64,"kind":"param"},
    {"name":"gen.l2.W","shape":[64,64],"off":192,"size":4096,"kind":"param"},
    {"name":"gen.l2.b","shape":[64],"off":4288,"size":64,"kind":"param"},
    {"name":"gen.l3.W","shape":[64,2],"off":4352,"size":128,"kind":"param"},
    {"name":"gen.l3.b","shape":[2],"off":4480,"size":2,"kind":"param"},
    {"name":"disc.l1.W","shape":[2,64],"off":4482,"size":128,"kind":"param"},
    {"name":"disc.l1.b","shape":[64],"off":4610,"size":64,"kind":"param"},
    {"name":"disc.l2.W","shape":[64,64],"off":4674,"size":4096,"kind":"param"},
    {"name":"disc.l2.b","shape":[64],"off":8770,"size":64,"kind":"param"},
    {"name":"disc.l3.W","shape":[64,1],"off":8834,"size":64,"kind":"param"},
    {"name":"disc.l3.b","shape":[1],"off":8898,"size":1,"kind":"param"},
    {"name":"optim/d/disc.l1.W/exp_avg","shape":[2,64],"off":8899,"size":128,"kind":"optim"},
    {"name":"optim/d/disc.l1.W/exp_avg_sq","shape":[2,64],"off":9027,"size":128,"kind":"optim"},
    {"name":"optim/d/disc.l1.b/exp_avg","shape":[64],"off":9155,"size":64,"kind":"optim"},
    {"name":"optim/d/disc.l1.b/exp_avg_sq","shape":[64],"off":9219,"size":64,"kind":"optim"},
    {"name":"optim/d/disc.l2.W/exp_avg","shape":[64,64],"off":9283,"size":4096,"kind":"optim"},
    {"name":"optim/d/disc.l2.W/exp_avg_sq","shape":[64,64],"off":13379,"size":4096,"kind":"optim"},
    {"name":"optim/d/disc.l2.b/exp_avg","shape":[64],"off":17475,"size":64,"kind":"optim"},
    {"name":"optim/d/disc.l2.b/exp_avg_sq","shape":[64],"off":17539,"size":64,"kind":"optim"},
    {"name":"optim/d/disc.l3.W/exp_avg","shape":[64,1],"off":17603,"size":64,"kind":"optim"},
    {"name":"optim/d/disc.l3.W/exp_avg_sq","shape":[64,1],"off":17667,"size":64,"kind":"optim"},
    {"name":"optim/d/disc.l3.b/exp_avg","shape":[1],"off":17731,"size":1,"kind":"optim"},
    {"name":"optim/d/disc.l3.b/exp_avg_sq","shape":[1],"off":17732,"size":1,"kind":"optim"},
    {"name":"optim/g/gen.l1.W/exp_avg","shape":[2,64],"off":17733,"size":128,"kind":"optim"},
    {"name":"optim/g/gen.l1.W/exp_avg_sq","shape":[2,64],"off":17861,"size":128,"kind":"optim"},
    {"name":"optim/g/gen.l1.b/exp_avg","shape":[64],"off":17989,"size":64,"kind":"optim"},
    {"name":"optim/g/gen.l1.b/exp_avg_sq","shape":[64],"off":18053,"size":64,"kind":"optim"},
    {"name":"optim/g/gen.l2.W/exp_avg","shape":[64,64],"off":18117,"size":4096,"kind":"optim"},
    {"name":"optim/g/gen.l2.W/exp_avg_sq","shape":[64,64],"off":22213,"size":4096,"kind":"optim"},
    {"name":"optim/g/gen.l2.b/exp_avg","shape":[64],"off":26309,"size":64,"kind":"optim"},
    {"name":"optim/g/gen.l2.b/exp_avg_sq","shape":[64],"off":26373,"size":64,"kind":"optim"},
    {"name":"optim/g/gen.l3.W/exp_avg","shape":[64,2],"off":26437,"size":128,"kind":"optim"},
    {"name":"optim/g/gen.l3.W/exp_avg_sq","shape":[64,2],"off":26565,"size":128,"kind":"optim"},
    {"name":"optim/g/gen.l3.b/exp_avg","shape":[2],"off":26693,"size":2,"kind":"optim"},
    {"name":"optim/g/gen.l3.b/exp_avg_sq","shape":[2],"off":26695,"size":2,"kind":"optim"}
  ],
  "persistentEnd": 26697,
  "constants": [],
  "inputs": [
    {"name":"real","dtype":"f32","shape":[128,2],"place":{"arr":"F","off":26701}}
  ],
  "outputs": [
    {"name":"sample","shape":[128,2],"place":{"arr":"F","off":26957}}
  ],
  "steps": [
    {"name":"d","loss":"d_loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.0005,"beta1":0.5,"beta2":0.999,"eps":1e-8},"params":["disc.l1.W","disc.l1.b","disc.l2.W","disc.l2.b","disc.l3.W","disc.l3.b"],"lr":{"h":0,"f":26697},"t":{"h":1,"f":26698},"value":110287},
    {"name":"g","loss":"g_loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.0005,"beta1":0.5,"beta2":0.999,"eps":1e-8},"params":["gen.l1.W","gen.l1.b","gen.l2.W","gen.l2.b","gen.l3.W","gen.l3.b"],"lr":{"h":2,"f":26699},"t":{"h":3,"f":26700},"value":67917}
  ],
  "gradients": [
    {"loss":"d_loss","mode":"train","value":110285,"grads":[{"name":"gen.l1.W","off":31437,"size":128},{"name":"gen.l1.b","off":31693,"size":64},{"name":"gen.l2.W","off":26957,"size":4096},{"name":"gen.l2.b","off":31693,"size":64},{"name":"gen.l3.W","off":31565,"size":128},{"name":"gen.l3.b","off":31757,"size":2},{"name":"disc.l1.W","off":31309,"size":128},{"name":"disc.l1.b","off":110029,"size":64},{"name":"disc.l2.W","off":51533,"size":4096},{"name":"disc.l2.b","off":109965,"size":64},{"name":"disc.l3.W","off":76173,"size":64},{"name":"disc.l3.b","off":110157,"size":1},{"name":"real","off":31053,"size":256}]},
    {"loss":"d_loss","mode":"eval","value":110285,"grads":[{"name":"gen.l1.W","off":31437,"size":128},{"name":"gen.l1.b","off":31693,"size":64},{"name":"gen.l2.W","off":26957,"size":4096},{"name":"gen.l2.b","off":31693,"size":64},{"name":"gen.l3.W","off":31565,"size":128},{"name":"gen.l3.b","off":31757,"size":2},{"name":"disc.l1.W","off":31309,"size":128},{"name":"disc.l1.b","off":110029,"size":64},{"name":"disc.l2.W","off":51533,"size":4096},{"name":"disc.l2.b","off":109965,"size":64},{"name":"disc.l3.W","off":76173,"size":64},{"name":"disc.l3.b","off":110157,"size":1},{"name":"real","off":31053,"size":256}]},
    {"loss":"g_loss","mode":"train","value":76877,"grads":[{"name":"gen.l1.W","off":63821,"size":128},{"name":"gen.l1.b","off":64013,"size":64},{"name":"gen.l2.W","off":51533,"size":4096},{"name":"gen.l2.b","off":63949,"size":64},{"name":"gen.l3.W","off":55885,"size":128},{"name":"gen.l3.b","off":76365,"size":2},{"name":"disc.l1.W","off":64077,"size":128},{"name":"disc.l1.b","off":76685,"size":64},{"name":"disc.l2.W","off":59725,"size":4096},{"name":"disc.l2.b","off":76621,"size":64},{"name":"disc.l3.W","off":76749,"size":64},{"name":"disc.l3.b","off":76813,"size":1},{"name":"real","off":55629,"size":256}]},
    {"loss":"g_loss","mode":"eval","value":76877,"grads":[{"name":"gen.l1.W","off":63821,"size":128},{"name":"gen.l1.b","off":64013,"size":64},{"name":"gen.l2.W","off":51533,"size":4096},{"name":"gen.l2.b","off":63949,"size":64},{"name":"gen.l3.W","off":55885,"size":128},{"name":"gen.l3.b","off":76365,"size":2},{"name":"disc.l1.W","off":64077,"size":128},{"name":"disc.l1.b","off":76685,"size":64},{"name":"disc.l2.W","off":59725,"size":4096},{"name":"disc.l2.b","off":76621,"size":64},{"name":"disc.l3.W","off":76749,"size":64},{"name":"disc.l3.b","off":76813,"size":1},{"name":"real","off":55629,"size":256}]}
  ],
  "entries": [
    {"feeds":[],"checks":[35149,256,0,26957,8192,1,35149,8192,1,26957,256,2]},
    {"feeds":["real"],"checks":[35149,256,0,26957,8192,1,35149,8192,1,108877,256,2,35149,8192,3,51533,8192,3,110285,1,4,110286,1,5,109645,128,6,67917,8192,7,76109,8192,7,109389,256,8,109901,128,9,84301,8192,3,100685,8192,3,110157,128,10,110287,1,11,110157,1,12,110287,1,13,110157,1,14,109901,64,15,100685,8192,7,109965,64,16,92493,8192,7,110029,64,16,109133,256,17,109389,128,18,109517,128,19,26957,8192,20,76109,4096,21,80205,4096,22,67917,8192,20,110157,1,23,8898,1,24,76109,64,15,76173,64,25,26957,8192,20,8834,64,26,109965,64,27,8770,64,28,51533,4096,22,35149,8192,20,9027,128,29,4674,4096,30,4482,128,31,110029,64,27,4610,64,32]},
    {"feeds":[],"checks":[76109,256,0,26957,8192,1,35149,8192,1,59725,256,2,51533,8192,3,67917,8192,3,51533,128,33,67917,1,34,67918,1,35,67919,1,36,76365,128,37,51533,8192,7,59725,8192,7,51533,256,38,4480,2,39,51789,128,40,43341,8192,41,4352,128,42,35149,64,16,4288,64,43,51533,4096,21,35149,8192,41,17861,128,44,192,4096,45,0,128,46,26957,64,16,128,64,47]},
    {"feeds":["real"],"checks":[35149,256,0,26957,8192,1,35149,8192,1,108877,256,2,35149,8192,3,51533,8192,3,109645,128,6,67917,8192,7,76109,8192,7,109389,256,8,109901,128,9,84301,8192,3,100685,8192,3,110157,128,10,110285,1,11,110157,1,12,110285,1,13,110157,1,14,109901,64,15,100685,8192,7,109965,64,16,92493,8192,7,110029,64,16,109133,256,17,109389,128,18,109517,128,19,26957,8192,20,76109,4096,21,80205,4096,22,67917,8192,20,110157,1,23,76109,64,15,76173,64,25,26957,8192,20,109965,64,27,51533,4096,22,35149,8192,20,110029,64,27,31053,256,38,31309,128,19,31437,128,48,31693,64,49,26957,4096,50,31565,128,51,31757,2,52]},
    {"feeds":["real"],"checks":[35149,256,0,26957,8192,1,35149,8192,1,108877,256,2,35149,8192,3,51533,8192,3,109645,128,6,67917,8192,7,76109,8192,7,109389,256,8,109901,128,9,84301,8192,3,100685,8192,3,110157,128,10,110285,1,11,110157,1,12,110285,1,13,110157,1,14,109901,64,15,100685,8192,7,109965,64,16,92493,8192,7,110029,64,16,109133,256,17,109389,128,18,109517,128,19,26957,8192,20,76109,4096,21,80205,4096,22,67917,8192,20,110157,1,23,76109,64,15,76173,64,25,26957,8192,20,109965,64,27,51533,4096,22,35149,8192,20,110029,64,27,31053,256,38,31309,128,19,31437,128,48,31693,64,49,26957,4096,50,31565,128,51,31757,2,52]},
    {"feeds":[],"checks":[76109,256,0,26957,8192,1,35149,8192,1,76365,256,2,51533,8192,3,67917,8192,3,76749,128,33,76877,1,34,76813,1,53,76749,64,15,67917,8192,7,76621,64,16,59725,4096,21,51533,8192,7,76685,64,16,63821,256,38,64077,128,18,76365,2,54,55885,128,40,43341,8192,41,63949,64,16,51533,4096,21,35149,8192,41,64013,64,16,63821,128,18,55629,256,55]},
    {"feeds":[],"checks":[76109,256,0,26957,8192,1,35149,8192,1,76365,256,2,51533,8192,3,67917,8192,3,76749,128,33,76877,1,34,76813,1,53,76749,64,15,67917,8192,7,76621,64,16,59725,4096,21,51533,8192,7,76685,64,16,63821,256,38,64077,128,18,76365,2,54,55885,128,40,43341,8192,41,63949,64,16,51533,4096,21,35149,8192,41,64013,64,16,63821,128,18,55629,256,55]}
  ],
  "info": [
    [0,1,2,[]], // random_normal gan_ring.kiln:28:14 f32[128, 2]
    [6,7,8,[3,4,5,4]], // relu <prelude>:12:10 f32[128, 64] (matmul, add)
    [5,4,2,[3,4]], // add <prelude>:12:22 f32[128, 2] (matmul)
    [9,10,8,[3,4,5,4]], // leaky_relu gan_ring.kiln:19:10 f32[128, 64] (matmul, add)
    [14,12,15,[11,12,13,12]], // div gan_ring.kiln:42:3 f32[] (pow, sub)
    [16,12,15,[11,12,13,12]], // sqrt gan_ring.kiln:42:3 f32[] (pow, sub)
    [17,18,19,[]], // broadcast gan_ring.kiln:35:24 f32[128, 1]
    [22,10,8,[3,4,20,10,21,10]], // mul gan_ring.kiln:19:10 f32[128, 64] (matmul, gt, where)
    [22,23,2,[3,4]], // mul gan_ring.kiln:35:12 f32[128, 2] (matmul)
    [13,25,19,[3,4,5,4,24,25]], // sub gan_ring.kiln:36:12 f32[128, 1] (matmul, add, softplus)
    [13,26,19,[3,4,5,4,24,26,22,26]], // sub gan_ring.kiln:37:5 f32[128, 1] (matmul, add, softplus, mul)
    [22,26,15,[27,26]], // mul gan_ring.kiln:37:5 f32[] (sum)
    [22,29,15,[27,28]], // mul gan_ring.kiln:38:5 f32[] (sum)
    [5,25,15,[27,25,22,25,5,25]], // add gan_ring.kiln:36:12 f32[] (sum, mul, add)
    [27,4,31,[30,26,22,26]], // sum <prelude>:12:22 f32[1] (sigmoid, mul)
    [3,4,32,[]], // matmul <prelude>:12:22 f32[64, 1]
    [27,4,33,[]], // sum <prelude>:12:22 f32[64]
    [22,23,2,[]], // mul gan_ring.kiln:35:12 f32[128, 2]
    [3,4,34,[]], // matmul <prelude>:12:22 f32[2, 64]
    [5,4,34,[3,4]], // add <prelude>:12:22 f32[2, 64] (matmul)
    [22,10,8,[3,4]], // mul gan_ring.kiln:19:10 f32[128, 64] (matmul)
    [3,4,35,[]], // matmul <prelude>:12:22 f32[64, 64]
    [5,4,35,[3,4]], // add <prelude>:12:22 f32[64, 64] (matmul)
    [5,4,31,[30,25,22,25,5,25,27,4]], // add <prelude>:12:22 f32[1] (sigmoid, mul, add, sum)
    [36,12,31,[]], // the adam update of param 'disc.l3.b' gan_ring.kiln:42:3 f32[1]
    [5,4,32,[3,4,5,4]], // add <prelude>:12:22 f32[64, 1] (matmul, add)
    [37,12,32,[]], // the adam update of param 'disc.l3.W' gan_ring.kiln:42:3 f32[64, 1]
    [5,4,33,[27,4]], // add <prelude>:12:22 f32[64] (sum)
    [38,12,33,[]], // the adam update of param 'disc.l2.b' gan_ring.kiln:42:3 f32[64]
    [39,12,34,[]], // the adam update of 'optim/d/disc.l1.W/exp_avg_sq' gan_ring.kiln:42:3 f32[2, 64]
    [40,12,35,[]], // the adam update of param 'disc.l2.W' gan_ring.kiln:42:3 f32[64, 64]
    [41,12,34,[]], // the adam update of param 'disc.l1.W' gan_ring.kiln:42:3 f32[2, 64]
    [42,12,33,[]], // the adam update of param 'disc.l1.b' gan_ring.kiln:42:3 f32[64]
    [13,43,19,[3,4,5,4,24,43]], // sub gan_ring.kiln:40:12 f32[128, 1] (matmul, add, softplus)
    [22,43,15,[27,43]], // mul gan_ring.kiln:40:12 f32[] (sum)
    [14,44,15,[11,44,13,44]], // div gan_ring.kiln:43:3 f32[] (pow, sub)
    [16,44,15,[11,44,13,44]], // sqrt gan_ring.kiln:43:3 f32[] (pow, sub)
    [5,43,19,[30,43,22,43]], // add gan_ring.kiln:40:12 f32[128, 1] (sigmoid, mul)
    [3,4,2,[]], // matmul <prelude>:12:22 f32[128, 2]
    [45,44,46,[]], // the adam update of param 'gen.l3.b' gan_ring.kiln:43:3 f32[2]
    [3,4,47,[]], // matmul <prelude>:12:22 f32[64, 2]
    [22,7,8,[3,4,20,7]], // mul <prelude>:12:10 f32[128, 64] (matmul, gt)
    [48,44,47,[]], // the adam update of param 'gen.l3.W' gan_ring.kiln:43:3 f32[64, 2]
    [49,44,33,[]], // the adam update of param 'gen.l2.b' gan_ring.kiln:43:3 f32[64]
    [50,44,34,[]], // the adam update of 'optim/g/gen.l1.W/exp_avg_sq' gan_ring.kiln:43:3 f32[2, 64]
    [51,44,35,[]], // the adam update of param 'gen.l2.W' gan_ring.kiln:43:3 f32[64, 64]
    [52,44,34,[]], // the adam update of param 'gen.l1.W' gan_ring.kiln:43:3 f32[2, 64]
    [53,44,33,[]], // the adam update of param 'gen.l1.b' gan_ring.kiln:43:3 f32[64]
    [17,54,34,[]], // broadcast  f32[2, 64]
    [17,54,33,[]], // broadcast  f32[64]
    [17,54,35,[]], // broadcast  f32[64, 64]
    [17,54,47,[]], // broadcast  f32[64, 2]
    [17,54,46,[]], // broadcast  f32[2]
    [27,4,31,[30,43,22,43,5,43]], // sum <prelude>:12:22 f32[1] (sigmoid, mul, add)
    [27,4,46,[]], // sum <prelude>:12:22 f32[2]
    [17,54,2,[]] // broadcast  f32[128, 2]
  ],
  "strings": ["random_normal","gan_ring.kiln:28:14","f32[128, 2]","matmul","<prelude>:12:22","add","relu","<prelude>:12:10","f32[128, 64]","leaky_relu","gan_ring.kiln:19:10","pow","gan_ring.kiln:42:3","sub","div","f32[]","sqrt","broadcast","gan_ring.kiln:35:24","f32[128, 1]","gt","where","mul","gan_ring.kiln:35:12","softplus","gan_ring.kiln:36:12","gan_ring.kiln:37:5","sum","gan_ring.kiln:35:8","gan_ring.kiln:38:5","sigmoid","f32[1]","f32[64, 1]","f32[64]","f32[2, 64]","f32[64, 64]","the adam update of param 'disc.l3.b'","the adam update of param 'disc.l3.W'","the adam update of param 'disc.l2.b'","the adam update of 'optim/d/disc.l1.W/exp_avg_sq'","the adam update of param 'disc.l2.W'","the adam update of param 'disc.l1.W'","the adam update of param 'disc.l1.b'","gan_ring.kiln:40:12","gan_ring.kiln:43:3","the adam update of param 'gen.l3.b'","f32[2]","f32[64, 2]","the adam update of param 'gen.l3.W'","the adam update of param 'gen.l2.b'","the adam update of 'optim/g/gen.l1.W/exp_avg_sq'","the adam update of param 'gen.l2.W'","the adam update of param 'gen.l1.W'","the adam update of param 'gen.l1.b'",""],
  "predictOnly": false
};
// 40 WebAssembly SIMD kernels, exported as k0, k1, ... (24297 bytes, zlib-compressed)
const WASM = "..."; // 5529 bytes
export function create(options = {}) {
const c = createCore(meta, TABLES, WASM, options);
const F = c.F, I = c.I, H = c.H, W = c.W;
let R = c.rng;
R.fillUniform(F, 0, 128, (-0.30151134457776363), 0.30151134457776363); // gen.l1.W: glorot_uniform
R.fillUniform(F, 192, 4096, (-0.21650635094610965), 0.21650635094610965); // gen.l2.W: glorot_uniform
R.fillUniform(F, 4352, 128, (-0.30151134457776363), 0.30151134457776363); // gen.l3.W: glorot_uniform
R.fillUniform(F, 4482, 128, (-0.30151134457776363), 0.30151134457776363); // disc.l1.W: glorot_uniform
R.fillUniform(F, 4674, 4096, (-0.21650635094610965), 0.21650635094610965); // disc.l2.W: glorot_uniform
R.fillUniform(F, 8834, 64, (-0.3038218101251), 0.3038218101251); // disc.l3.W: glorot_uniform
function k0(o0, o1) { // random_normal [128, 2]
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = R.normal();
}
}
function k1(o0, o1, o2, o3) { // fused matmul add relu [128, 64]
if (W !== null) {
W.k0(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 128, 2, 64, false, false);
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 128; i0++, p1 += 64, p2 += 64) {
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
function k2(o0, o1, o2, o3) { // fused matmul add relu [128, 64]
if (W !== null) {
W.k1(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 128, 64, 64, false, false);
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 128; i0++, p1 += 64, p2 += 64) {
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
function k3(o0, o1, o2, o3) { // fused matmul add [128, 2]
for (let i4 = 0; i4 < 128; i4 += 4) {
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
if (W !== null) W.k2(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 128; i0++, p1 += 2, p2 += 2) {
for (let i3 = 0; i3 < 2; i3++) {
const v0 = F[p1 + i3];
const x4 = F[o3 + i3];
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
}
function k4(o0, o1, o2, o3, o4) { // fused matmul add leaky_relu [128, 64]
if ((o4 + 8192 <= o1 || o1 + 256 <= o4) && (o4 + 8192 <= o2 || o2 + 128 <= o4)) {
if (W !== null) {
W.k3(o1 * 4, o2 * 4, o0 * 4, o3 * 4, o4 * 4);
} else {
kilnProduct(F, o1, o2, o0, 128, 2, 64, false, false);
for (let i0 = 0, p1 = o0, p2 = o4, p3 = o0; i0 < 128; i0++, p1 += 64, p2 += 64, p3 += 64) {
for (let i4 = 0; i4 < 64; i4++) {
const v0 = F[p1 + i4];
const x5 = F[o3 + i4];
const v1 = v0 + x5;
const v2 = (v1 > 0 ? v1 : 0.2 * v1);
F[p2 + i4] = v1;
F[p3 + i4] = v2;
}
}
}
} else {
if (W !== null) W.k4(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 128, 2, 64, false, false);
}
if (W !== null) W.k5(o0 * 4, o3 * 4, o4 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o4, p3 = o0; i0 < 128; i0++, p1 += 64, p2 += 64, p3 += 64) {
for (let i4 = 0; i4 < 64; i4++) {
const v0 = F[p1 + i4];
const x5 = F[o3 + i4];
const v1 = v0 + x5;
const v2 = (v1 > 0 ? v1 : 0.2 * v1);
F[p2 + i4] = v1;
F[p3 + i4] = v2;
}
}
}
}
}
function k5(o0, o1, o2, o3, o4) { // fused matmul add leaky_relu [128, 64]
if ((o4 + 8192 <= o1 || o1 + 8192 <= o4) && (o4 + 8192 <= o2 || o2 + 4096 <= o4)) {
if (W !== null) {
W.k6(o1 * 4, o2 * 4, o0 * 4, o3 * 4, o4 * 4);
} else {
kilnProduct(F, o1, o2, o0, 128, 64, 64, false, false);
for (let i0 = 0, p1 = o0, p2 = o4, p3 = o0; i0 < 128; i0++, p1 += 64, p2 += 64, p3 += 64) {
for (let i4 = 0; i4 < 64; i4++) {
const v0 = F[p1 + i4];
const x5 = F[o3 + i4];
const v1 = v0 + x5;
const v2 = (v1 > 0 ? v1 : 0.2 * v1);
F[p2 + i4] = v1;
F[p3 + i4] = v2;
}
}
}
} else {
if (W !== null) W.k7(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 128, 64, 64, false, false);
}
if (W !== null) W.k5(o0 * 4, o3 * 4, o4 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o4, p3 = o0; i0 < 128; i0++, p1 += 64, p2 += 64, p3 += 64) {
for (let i4 = 0; i4 < 64; i4++) {
const v0 = F[p1 + i4];
const x5 = F[o3 + i4];
const v1 = v0 + x5;
const v2 = (v1 > 0 ? v1 : 0.2 * v1);
F[p2 + i4] = v1;
F[p3 + i4] = v2;
}
}
}
}
}
function k6(o0, o1, o2, o3, o4) { // fused pow sub div []
const x4 = H[o0];
const x6 = H[o2];
const v0 = Math.pow(0.5, x4);
const v1 = 1 - v0;
const v2 = x6 / v1;
F[o4] = v2;
}
function k7(o0, o1, o2) { // fused pow sub sqrt []
const x4 = H[o0];
const v0 = Math.pow(0.999, x4);
const v1 = 1 - v0;
const v2 = Math.sqrt(v1);
F[o2] = v2;
}
function k8(o0, o1) { // broadcast [128, 1]
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = 1;
}
}
function k9(o0, o1, o2, o3, o4) { // fused matmul gt where mul [128, 64]
for (let i1 = 0; i1 < 128; i1 += 2) {
for (let j2 = 0; j2 < 64; j2 += 4) {
let s0_0 = 0; let s0_1 = 0; let s0_2 = 0; let s0_3 = 0; let s1_0 = 0; let s1_1 = 0; let s1_2 = 0; let s1_3 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 1, pb5 = o2 + j2 * 1; k3 < 1; k3++, pa4 += 1, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 1]; const b0 = F[pb5]; const b1 = F[pb5 + 1]; const b2 = F[pb5 + 2]; const b3 = F[pb5 + 3]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s0_2 += a0 * b2; s0_3 += a0 * b3; s1_0 += a1 * b0; s1_1 += a1 * b1; s1_2 += a1 * b2; s1_3 += a1 * b3; 
}
const pc6 = o0 + i1 * 64 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s0_1; F[pc6 + 2] = s0_2; F[pc6 + 3] = s0_3; F[pc6 + 64] = s1_0; F[pc6 + 65] = s1_1; F[pc6 + 66] = s1_2; F[pc6 + 67] = s1_3; 
}
}
if (W !== null) W.k8(o0 * 4, o3 * 4, o4 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 8192; i0++) {
const v0 = F[o0 + i0];
const x6 = F[o3 + i0];
const v1 = (x6 > 0 ? 1 : 0);
const v2 = (v1 !== 0 ? 1 : 0.2);
const v3 = v0 * v2;
F[o4 + i0] = v2;
F[o0 + i0] = v3;
}
}
}
function k10(o0, o1, o2, o3, o4) { // fused matmul gt where mul [128, 64]
if (W !== null) W.k9(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 128, 64, 64, false, true);
}
if (W !== null) W.k8(o0 * 4, o3 * 4, o4 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 8192; i0++) {
const v0 = F[o0 + i0];
const x6 = F[o3 + i0];
const v1 = (x6 > 0 ? 1 : 0);
const v2 = (v1 !== 0 ? 1 : 0.2);
const v3 = v0 * v2;
F[o4 + i0] = v2;
F[o0 + i0] = v3;
}
}
}
function k11(o0, o1, o2, o3) { // fused matmul mul [128, 2]
if (W !== null) W.k10(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 128, 64, 2, false, true);
}
if (W !== null) W.k11(o0 * 4, o3 * 4);
else {
for (let i0 = 0; i0 < 256; i0++) {
const v0 = F[o0 + i0];
const v1 = v0 * v0;
F[o3 + i0] = v1;
}
}
}
function k12(o0, o1, o2, o3, o4) { // fused matmul add softplus sub [128, 1]
for (let i1 = 0; i1 < 128; i1 += 8) {
for (let j2 = 0; j2 < 1; j2 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 64, pb5 = o2 + j2 * 1; k3 < 64; k3++, pa4 += 1, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 64]; const a2 = F[pa4 + 128]; const a3 = F[pa4 + 192]; const a4 = F[pa4 + 256]; const a5 = F[pa4 + 320]; const a6 = F[pa4 + 384]; const a7 = F[pa4 + 448]; const b0 = F[pb5]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc6 = o0 + i1 * 1 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s1_0; F[pc6 + 2] = s2_0; F[pc6 + 3] = s3_0; F[pc6 + 4] = s4_0; F[pc6 + 5] = s5_0; F[pc6 + 6] = s6_0; F[pc6 + 7] = s7_0; 
}
}
if (W !== null) W.k12(o0 * 4, o3 * 4, o4 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 128; i0++) {
const v0 = F[o0 + i0];
const x6 = F[o3];
const v1 = v0 + x6;
const v2 = kilnSoftplusF32(v1);
const v3 = v2 - v1;
F[o4 + i0] = v1;
F[o0 + i0] = v3;
}
}
}
function k13(o0, o1, o2, o3, o4) { // fused matmul add softplus mul sub [128, 1]
for (let i1 = 0; i1 < 128; i1 += 8) {
for (let j2 = 0; j2 < 1; j2 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 64, pb5 = o2 + j2 * 1; k3 < 64; k3++, pa4 += 1, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 64]; const a2 = F[pa4 + 128]; const a3 = F[pa4 + 192]; const a4 = F[pa4 + 256]; const a5 = F[pa4 + 320]; const a6 = F[pa4 + 384]; const a7 = F[pa4 + 448]; const b0 = F[pb5]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc6 = o0 + i1 * 1 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s1_0; F[pc6 + 2] = s2_0; F[pc6 + 3] = s3_0; F[pc6 + 4] = s4_0; F[pc6 + 5] = s5_0; F[pc6 + 6] = s6_0; F[pc6 + 7] = s7_0; 
}
}
if (W !== null) W.k13(o0 * 4, o3 * 4, o4 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 128; i0++) {
const v0 = F[o0 + i0];
const x7 = F[o3];
const v1 = v0 + x7;
const v2 = kilnSoftplusF32(v1);
const v3 = v1 * 0;
const v4 = v2 - v3;
F[o4 + i0] = v1;
F[o0 + i0] = v4;
}
}
}
function k14(o0, o1) { // fused sum mul []
if (W !== null) W.k14(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 128; i1++) {
acc0 = acc0 + F[o0 + i1];
}
const v0 = acc0;
const v1 = v0 * 0.0078125;
F[o1] = v1;
}
}
function k15(o0, o1) { // fused sum mul []
if (W !== null) W.k15(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 256; i1++) {
acc0 = acc0 + F[o0 + i1];
}
const v0 = acc0;
const v1 = v0 * 0.00390625;
F[o1] = v1;
}
}
function k16(o0, o1, o2) { // fused sum mul add add []
if (W !== null) W.k16(o0 * 4, o1 * 4, o2 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 128; i1++) {
acc0 = acc0 + F[o0 + i1];
}
const v0 = acc0;
const e6 = F[o1];
const e7 = F[o2];
const v1 = v0 * 0.0078125;
const v2 = v1 + e6;
const v3 = v2 + e7;
F[o1] = v3;
}
}
function k17(o0, o1) { // fused sigmoid mul sum [1]
if (W !== null) W.k17(o0 * 4, o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 128; i1++) {
const x3 = F[o0 + i1];
const v0 = kilnSigmoidF32(x3);
const v1 = v0 * 0.0078125;
F[o0 + i1] = v1;
acc0 = acc0 + v1;
}
const v2 = acc0;
F[o1] = v2;
}
}
function k18(o0, o1, o2) { // matmul [64, 1]
for (let i0 = 0; i0 < 64; i0 += 8) {
for (let j1 = 0; j1 < 1; j1 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k2 = 0, pa3 = o1 + i0 * 1, pb4 = o2 + j1 * 1; k2 < 128; k2++, pa3 += 64, pb4 += 1) {
const a0 = F[pa3]; const a1 = F[pa3 + 1]; const a2 = F[pa3 + 2]; const a3 = F[pa3 + 3]; const a4 = F[pa3 + 4]; const a5 = F[pa3 + 5]; const a6 = F[pa3 + 6]; const a7 = F[pa3 + 7]; const b0 = F[pb4]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc5 = o0 + i0 * 1 + j1;
F[pc5] = s0_0; F[pc5 + 1] = s1_0; F[pc5 + 2] = s2_0; F[pc5 + 3] = s3_0; F[pc5 + 4] = s4_0; F[pc5 + 5] = s5_0; F[pc5 + 6] = s6_0; F[pc5 + 7] = s7_0; 
}
}
}
function k19(o0, o1, o2, o3) { // fused matmul gt where mul [128, 64]
for (let i1 = 0; i1 < 128; i1 += 2) {
for (let j2 = 0; j2 < 64; j2 += 4) {
let s0_0 = 0; let s0_1 = 0; let s0_2 = 0; let s0_3 = 0; let s1_0 = 0; let s1_1 = 0; let s1_2 = 0; let s1_3 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 1, pb5 = o2 + j2 * 1; k3 < 1; k3++, pa4 += 1, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 1]; const b0 = F[pb5]; const b1 = F[pb5 + 1]; const b2 = F[pb5 + 2]; const b3 = F[pb5 + 3]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s0_2 += a0 * b2; s0_3 += a0 * b3; s1_0 += a1 * b0; s1_1 += a1 * b1; s1_2 += a1 * b2; s1_3 += a1 * b3; 
}
const pc6 = o0 + i1 * 64 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s0_1; F[pc6 + 2] = s0_2; F[pc6 + 3] = s0_3; F[pc6 + 64] = s1_0; F[pc6 + 65] = s1_1; F[pc6 + 66] = s1_2; F[pc6 + 67] = s1_3; 
}
}
if (W !== null) W.k18(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 8192; i0++) {
const v0 = F[o0 + i0];
const x6 = F[o3 + i0];
const v1 = (x6 > 0 ? 1 : 0);
const v2 = (v1 !== 0 ? 1 : 0.2);
const v3 = v0 * v2;
F[o0 + i0] = v3;
}
}
}
function k20(o0, o1) { // sum [64]
if (W !== null) W.k19(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 64; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 128; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 64];
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k21(o0, o1, o2, o3) { // fused matmul gt where mul [128, 64]
if (W !== null) W.k9(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 128, 64, 64, false, true);
}
if (W !== null) W.k18(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 8192; i0++) {
const v0 = F[o0 + i0];
const x6 = F[o3 + i0];
const v1 = (x6 > 0 ? 1 : 0);
const v2 = (v1 !== 0 ? 1 : 0.2);
const v3 = v0 * v2;
F[o0 + i0] = v3;
}
}
}
function k22(o0, o1) { // mul [128, 2]
if (W !== null) W.k20(o0 * 4, o0 * 4, o1);
else {
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = F[o0 + i0] * 0.0078125;
}
}
}
function k23(o0, o1, o2) { // matmul [2, 64]
if (W !== null) W.k21(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 2, 128, 64, true, false);
}
}
function k24(o0, o1, o2, o3) { // fused matmul add [2, 64]
if (W !== null) {
W.k22(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 2, 128, 64, true, false);
for (let i0 = 0; i0 < 128; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3 + i0];
const v1 = v0 + x4;
F[o0 + i0] = v1;
}
}
}
function k25(o0, o1, o2, o3) { // fused matmul mul [128, 64]
if (W !== null) {
W.k23(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 128, 2, 64, false, false);
for (let i0 = 0; i0 < 8192; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3 + i0];
const v1 = v0 * x4;
F[o0 + i0] = v1;
}
}
}
function k26(o0, o1, o2) { // matmul [64, 64]
if (W !== null) W.k24(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 128, 64, true, false);
}
}
function k27(o0, o1, o2, o3) { // fused matmul add [64, 64]
if (W !== null) {
W.k25(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 64, 128, 64, true, false);
for (let i0 = 0; i0 < 4096; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3 + i0];
const v1 = v0 + x4;
F[o0 + i0] = v1;
}
}
}
function k28(o0, o1, o2, o3) { // fused matmul mul [128, 64]
if (W !== null) {
W.k26(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 128, 64, 64, false, false);
for (let i0 = 0; i0 < 8192; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3 + i0];
const v1 = v0 * x4;
F[o0 + i0] = v1;
}
}
}
function k29(o0, o1) { // fused sigmoid mul add sum add [1]
if (W !== null) W.k27(o0 * 4, o0 * 4, o1 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 128; i1++) {
const x5 = F[o0 + i1];
const v0 = kilnSigmoidF32(x5);
const v1 = v0 * 0.0078125;
const v2 = v1 + (-0.0078125);
F[o0 + i1] = v2;
acc0 = acc0 + v2;
}
const v3 = acc0;
const e8 = F[o1];
const v4 = e8 + v3;
F[o1] = v4;
}
}
function k30(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [1]
if (W !== null) W.k28(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4, o2 * 4, o5 * 4, o6);
else {
const x13 = F[o0];
const x14 = F[o1];
const x16 = F[o2];
const x19 = F[o3];
const x21 = F[o4];
const x22 = F[o5];
const v0 = x13 - x14;
const v1 = v0 * 0.5;
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
function k31(o0, o1, o2, o3, o4) { // fused matmul add add [64, 1]
for (let i1 = 0; i1 < 64; i1 += 8) {
for (let j2 = 0; j2 < 1; j2 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 1, pb5 = o2 + j2 * 1; k3 < 128; k3++, pa4 += 64, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 1]; const a2 = F[pa4 + 2]; const a3 = F[pa4 + 3]; const a4 = F[pa4 + 4]; const a5 = F[pa4 + 5]; const a6 = F[pa4 + 6]; const a7 = F[pa4 + 7]; const b0 = F[pb5]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc6 = o0 + i1 * 1 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s1_0; F[pc6 + 2] = s2_0; F[pc6 + 3] = s3_0; F[pc6 + 4] = s4_0; F[pc6 + 5] = s5_0; F[pc6 + 6] = s6_0; F[pc6 + 7] = s7_0; 
}
}
if (W !== null) W.k29(o0 * 4, o3 * 4, o4 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 64; i0++) {
const v0 = F[o0 + i0];
const x5 = F[o3 + i0];
const x6 = F[o4 + i0];
const v1 = x5 + v0;
const v2 = v1 + x6;
F[o0 + i0] = v2;
}
}
}
function k32(o0, o1, o2, o3) { // fused matmul mul [128, 64]
for (let i1 = 0; i1 < 128; i1 += 2) {
for (let j2 = 0; j2 < 64; j2 += 4) {
let s0_0 = 0; let s0_1 = 0; let s0_2 = 0; let s0_3 = 0; let s1_0 = 0; let s1_1 = 0; let s1_2 = 0; let s1_3 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 1, pb5 = o2 + j2 * 1; k3 < 1; k3++, pa4 += 1, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 1]; const b0 = F[pb5]; const b1 = F[pb5 + 1]; const b2 = F[pb5 + 2]; const b3 = F[pb5 + 3]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s0_2 += a0 * b2; s0_3 += a0 * b3; s1_0 += a1 * b0; s1_1 += a1 * b1; s1_2 += a1 * b2; s1_3 += a1 * b3; 
}
const pc6 = o0 + i1 * 64 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s0_1; F[pc6 + 2] = s0_2; F[pc6 + 3] = s0_3; F[pc6 + 64] = s1_0; F[pc6 + 65] = s1_1; F[pc6 + 66] = s1_2; F[pc6 + 67] = s1_3; 
}
}
if (W !== null) W.k30(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 8192; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3 + i0];
const v1 = v0 * x4;
F[o0 + i0] = v1;
}
}
}
function k33(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [64, 1]
if (W !== null) W.k31(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4, o2 * 4, o5 * 4, o6);
else {
for (let i0 = 0; i0 < o6; i0++) {
const x13 = F[o0 + i0];
const x14 = F[o1 + i0];
const x16 = F[o2 + i0];
const x19 = F[o3];
const x21 = F[o4];
const x22 = F[o5 + i0];
const v0 = x13 - x14;
const v1 = v0 * 0.5;
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
function k34(o0, o1) { // fused sum add [64]
if (W !== null) W.k32(o0 * 4, o1 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 64; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 128; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 64];
}
const v0 = acc0;
const e3 = F[o1 + i1];
const v1 = e3 + v0;
F[o1 + i1] = v1;
}
}
}
function k35(o0, o1, o2, o3) { // fused matmul add [64, 64]
if (W !== null) {
W.k25(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 64, 128, 64, true, false);
for (let i0 = 0; i0 < 4096; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3 + i0];
const v1 = x4 + v0;
F[o0 + i0] = v1;
}
}
}
function k36(o0, o1, o2, o3) { // fused matmul mul [128, 64]
if (W !== null) W.k9(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 128, 64, 64, false, true);
}
if (W !== null) W.k30(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 8192; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3 + i0];
const v1 = v0 * x4;
F[o0 + i0] = v1;
}
}
}
function k37(o0, o1, o2, o3, o4, o5) { // fused matmul add sub mul add mul mul mul add [2, 64]
if (W !== null) {
W.k22(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
if (W !== null) W.k33(o0 * 4, o4 * 4, o5 * 4, o4 * 4, o5 * 4);
else {
for (let i1 = 0; i1 < 128; i1++) {
const v1 = F[o0 + i1];
const x12 = F[o4 + i1];
const x14 = F[o5 + i1];
const v2 = v1 - x12;
const v3 = v2 * 0.5;
const v4 = x12 + v3;
const v5 = x14 * 0.999;
const v6 = v1 * v1;
const v7 = v6 * 0.0010000000000000009;
const v8 = v5 + v7;
F[o4 + i1] = v4;
F[o5 + i1] = v8;
}
}
} else {
kilnProduct(F, o1, o2, o0, 2, 128, 64, true, false);
for (let i0 = 0; i0 < 128; i0++) {
const v0 = F[o0 + i0];
const x11 = F[o3 + i0];
const x12 = F[o4 + i0];
const x14 = F[o5 + i0];
const v1 = x11 + v0;
const v2 = v1 - x12;
const v3 = v2 * 0.5;
const v4 = x12 + v3;
const v5 = x14 * 0.999;
const v6 = v1 * v1;
const v7 = v6 * 0.0010000000000000009;
const v8 = v5 + v7;
F[o4 + i0] = v4;
F[o5 + i0] = v8;
}
}
}
function k38(o0, o1, o2, o3, o4, o5) { // fused sqrt div add mul div sub [2, 64]
if (W !== null) W.k34(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o4 * 4, o5);
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
function k39(o0, o1) { // fused sigmoid mul add [128, 1]
if (W !== null) W.k35(o0 * 4, o0 * 4, o1);
else {
for (let i0 = 0; i0 < o1; i0++) {
const x3 = F[o0 + i0];
const v0 = kilnSigmoidF32(x3);
const v1 = v0 * 0.0078125;
const v2 = v1 + (-0.0078125);
F[o0 + i0] = v2;
}
}
}
function k40(o0, o1, o2) { // matmul [128, 2]
if (W !== null) W.k10(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 128, 64, 2, false, true);
}
}
function k41(o0, o1, o2, o3, o4, o5) { // fused sum sub mul add mul mul mul add sqrt div add mul div sub [2]
if (W !== null) W.k36(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4, o2 * 4, o5 * 4);
else {
for (let i1 = 0; i1 < 2; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 128; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 2];
}
const v0 = acc0;
const e15 = F[o1 + i1];
const e17 = F[o2 + i1];
const e20 = F[o3];
const e22 = F[o4];
const e23 = F[o5 + i1];
const v1 = v0 - e15;
const v2 = v1 * 0.5;
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
function k42(o0, o1, o2) { // matmul [64, 2]
for (let i0 = 0; i0 < 64; i0 += 4) {
for (let j1 = 0; j1 < 2; j1 += 2) {
let s0_0 = 0; let s0_1 = 0; let s1_0 = 0; let s1_1 = 0; let s2_0 = 0; let s2_1 = 0; let s3_0 = 0; let s3_1 = 0; 
for (let k2 = 0, pa3 = o1 + i0 * 1, pb4 = o2 + j1 * 1; k2 < 128; k2++, pa3 += 64, pb4 += 2) {
const a0 = F[pa3]; const a1 = F[pa3 + 1]; const a2 = F[pa3 + 2]; const a3 = F[pa3 + 3]; const b0 = F[pb4]; const b1 = F[pb4 + 1]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s1_0 += a1 * b0; s1_1 += a1 * b1; s2_0 += a2 * b0; s2_1 += a2 * b1; s3_0 += a3 * b0; s3_1 += a3 * b1; 
}
const pc5 = o0 + i0 * 2 + j1;
F[pc5] = s0_0; F[pc5 + 1] = s0_1; F[pc5 + 2] = s1_0; F[pc5 + 3] = s1_1; F[pc5 + 4] = s2_0; F[pc5 + 5] = s2_1; F[pc5 + 6] = s3_0; F[pc5 + 7] = s3_1; 
}
}
}
function k43(o0, o1, o2, o3) { // fused matmul gt mul [128, 64]
for (let i1 = 0; i1 < 128; i1 += 2) {
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
if (W !== null) W.k37(o0 * 4, o3 * 4, o0 * 4);
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
function k44(o0, o1, o2, o3) { // fused matmul gt mul [128, 64]
if (W !== null) W.k9(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 128, 64, 64, false, true);
}
if (W !== null) W.k37(o0 * 4, o3 * 4, o0 * 4);
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
function k45(o0, o1, o2, o3, o4) { // fused matmul sub mul add mul mul mul add [2, 64]
if (W !== null) W.k21(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 2, 128, 64, true, false);
}
if (W !== null) W.k33(o0 * 4, o3 * 4, o4 * 4, o3 * 4, o4 * 4);
else {
for (let i0 = 0; i0 < 128; i0++) {
const v0 = F[o0 + i0];
const x10 = F[o3 + i0];
const x12 = F[o4 + i0];
const v1 = v0 - x10;
const v2 = v1 * 0.5;
const v3 = x10 + v2;
const v4 = x12 * 0.999;
const v5 = v0 * v0;
const v6 = v5 * 0.0010000000000000009;
const v7 = v4 + v6;
F[o3 + i0] = v3;
F[o4 + i0] = v7;
}
}
}
function k46(o0, o1, o2, o3) { // fused matmul add [2, 64]
if (W !== null) {
W.k22(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 2, 128, 64, true, false);
for (let i0 = 0; i0 < 128; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3 + i0];
const v1 = x4 + v0;
F[o0 + i0] = v1;
}
}
}
function k47(o0, o1) { // broadcast [2, 64]
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = 0;
}
}
function k48(o0, o1) { // fused sigmoid mul add sum [1]
if (W !== null) W.k38(o0 * 4, o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 128; i1++) {
const x4 = F[o0 + i1];
const v0 = kilnSigmoidF32(x4);
const v1 = v0 * 0.0078125;
const v2 = v1 + (-0.0078125);
F[o0 + i1] = v2;
acc0 = acc0 + v2;
}
const v3 = acc0;
F[o1] = v3;
}
}
function k49(o0, o1) { // sum [2]
if (W !== null) W.k39(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 2; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 128; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 2];
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function run_predict(c) {
k0(35149, 256);
c?.(0);
k1(26957, 35149, 0, 128);
c?.(1);
k2(35149, 26957, 192, 4288);
c?.(2);
k3(26957, 35149, 4352, 4480);
c?.(3);
}
function run_step0(c) {
k0(35149, 256);
c?.(0);
k1(26957, 35149, 0, 128);
c?.(1);
k2(35149, 26957, 192, 4288);
c?.(2);
k3(108877, 35149, 4352, 4480);
c?.(3);
k4(35149, 26701, 4482, 4610, 26957);
c?.(4);
k5(51533, 35149, 4674, 8770, 43341);
c?.(5);
k6(1, 26698, 0, 26697, 110285);
c?.(6);
k7(1, 26698, 110286);
c?.(7);
k8(109645, 128);
c?.(8);
k9(67917, 109645, 8834, 43341, 59725);
c?.(9);
k10(76109, 67917, 4674, 26957, 43341);
c?.(10);
k11(109133, 76109, 4482, 109389);
c?.(11);
k12(109901, 51533, 8834, 8898, 109773);
c?.(12);
k4(84301, 108877, 4482, 4610, 26957);
c?.(13);
k5(100685, 84301, 4674, 8770, 92493);
c?.(14);
k13(110157, 100685, 8834, 8898, 110029);
c?.(15);
k14(110157, 110287);
c?.(16);
k15(109389, 110157);
c?.(17);
k16(109901, 110287, 110157);
c?.(18);
k17(110029, 110157);
c?.(19);
k18(109901, 100685, 110029);
c?.(20);
k19(100685, 110029, 8834, 92493);
c?.(21);
k20(100685, 109965);
c?.(22);
k21(92493, 100685, 4674, 26957);
c?.(23);
k20(92493, 110029);
c?.(24);
k22(109133, 256);
c?.(25);
k23(109389, 109133, 76109);
c?.(26);
k24(109517, 108877, 92493, 109389);
c?.(27);
k25(26957, 109133, 4482, 43341);
c?.(28);
k26(76109, 26957, 67917);
c?.(29);
k27(80205, 84301, 100685, 76109);
c?.(30);
k28(67917, 26957, 4674, 59725);
c?.(31);
k29(109773, 110157);
c?.(32);
k30(110157, 17731, 17732, 110286, 110285, 8898, 1);
c?.(33);
k18(76109, 51533, 109773);
c?.(34);
k31(76173, 67917, 109645, 109901, 76109);
c?.(35);
k32(26957, 109773, 8834, 59725);
c?.(36);
k33(76173, 17603, 17667, 110286, 110285, 8834, 64);
c?.(37);
k34(26957, 109965);
c?.(38);
k33(109965, 17475, 17539, 110286, 110285, 8770, 64);
c?.(39);
k35(51533, 35149, 26957, 80205);
c?.(40);
k36(35149, 26957, 4674, 43341);
c?.(41);
k37(26957, 26701, 35149, 109517, 8899, 9027);
c?.(42);
k33(51533, 9283, 13379, 110286, 110285, 4674, 4096);
c?.(43);
k38(9027, 110286, 110285, 8899, 4482, 128);
c?.(44);
k34(35149, 110029);
c?.(45);
k33(110029, 9155, 9219, 110286, 110285, 4610, 64);
c?.(46);
}
function run_step1(c) {
k0(76109, 256);
c?.(0);
k1(26957, 76109, 0, 128);
c?.(1);
k2(35149, 26957, 192, 4288);
c?.(2);
k3(59725, 35149, 4352, 4480);
c?.(3);
k4(51533, 59725, 4482, 4610, 43341);
c?.(4);
k5(67917, 51533, 4674, 8770, 59725);
c?.(5);
k12(51533, 67917, 8834, 8898, 76365);
c?.(6);
k14(51533, 67917);
c?.(7);
k6(3, 26700, 2, 26699, 67918);
c?.(8);
k7(3, 26700, 67919);
c?.(9);
k39(76365, 128);
c?.(10);
k19(51533, 76365, 8834, 59725);
c?.(11);
k21(59725, 51533, 4674, 43341);
c?.(12);
k40(51533, 59725, 4482);
c?.(13);
k41(51533, 26693, 26695, 67919, 67918, 4480);
c?.(14);
k42(51789, 35149, 51533);
c?.(15);
k43(43341, 51533, 4352, 35149);
c?.(16);
k33(51789, 26437, 26565, 67919, 67918, 4352, 128);
c?.(17);
k20(43341, 35149);
c?.(18);
k33(35149, 26309, 26373, 67919, 67918, 4288, 64);
c?.(19);
k26(51533, 26957, 43341);
c?.(20);
k44(35149, 43341, 192, 26957);
c?.(21);
k45(26957, 76109, 35149, 17733, 17861);
c?.(22);
k33(51533, 18117, 22213, 67919, 67918, 192, 4096);
c?.(23);
k38(17861, 67919, 67918, 17733, 0, 128);
c?.(24);
k20(35149, 26957);
c?.(25);
k33(26957, 17989, 18053, 67919, 67918, 128, 64);
c?.(26);
}
function run_grad0(c) {
k0(35149, 256);
c?.(0);
k1(26957, 35149, 0, 128);
c?.(1);
k2(35149, 26957, 192, 4288);
c?.(2);
k3(108877, 35149, 4352, 4480);
c?.(3);
k4(35149, 26701, 4482, 4610, 26957);
c?.(4);
k5(51533, 35149, 4674, 8770, 43341);
c?.(5);
k8(109645, 128);
c?.(6);
k9(67917, 109645, 8834, 43341, 59725);
c?.(7);
k10(76109, 67917, 4674, 26957, 43341);
c?.(8);
k11(109133, 76109, 4482, 109389);
c?.(9);
k12(109901, 51533, 8834, 8898, 109773);
c?.(10);
k4(84301, 108877, 4482, 4610, 26957);
c?.(11);
k5(100685, 84301, 4674, 8770, 92493);
c?.(12);
k13(110157, 100685, 8834, 8898, 110029);
c?.(13);
k14(110157, 110285);
c?.(14);
k15(109389, 110157);
c?.(15);
k16(109901, 110285, 110157);
c?.(16);
k17(110029, 110157);
c?.(17);
k18(109901, 100685, 110029);
c?.(18);
k19(100685, 110029, 8834, 92493);
c?.(19);
k20(100685, 109965);
c?.(20);
k21(92493, 100685, 4674, 26957);
c?.(21);
k20(92493, 110029);
c?.(22);
k22(109133, 256);
c?.(23);
k23(109389, 109133, 76109);
c?.(24);
k24(109517, 108877, 92493, 109389);
c?.(25);
k25(26957, 109133, 4482, 43341);
c?.(26);
k26(76109, 26957, 67917);
c?.(27);
k27(80205, 84301, 100685, 76109);
c?.(28);
k28(67917, 26957, 4674, 59725);
c?.(29);
k29(109773, 110157);
c?.(30);
k18(76109, 51533, 109773);
c?.(31);
k31(76173, 67917, 109645, 109901, 76109);
c?.(32);
k32(26957, 109773, 8834, 59725);
c?.(33);
k34(26957, 109965);
c?.(34);
k35(51533, 35149, 26957, 80205);
c?.(35);
k36(35149, 26957, 4674, 43341);
c?.(36);
k34(35149, 110029);
c?.(37);
k40(31053, 35149, 4482);
c?.(38);
k46(31309, 26701, 35149, 109517);
c?.(39);
k47(31437, 128);
c?.(40);
k47(31693, 64);
c?.(41);
k47(26957, 4096);
c?.(42);
k47(31565, 128);
c?.(43);
k47(31757, 2);
c?.(44);
}
function run_grad2(c) {
k0(76109, 256);
c?.(0);
k1(26957, 76109, 0, 128);
c?.(1);
k2(35149, 26957, 192, 4288);
c?.(2);
k3(76365, 35149, 4352, 4480);
c?.(3);
k4(51533, 76365, 4482, 4610, 43341);
c?.(4);
k5(67917, 51533, 4674, 8770, 59725);
c?.(5);
k12(76749, 67917, 8834, 8898, 76621);
c?.(6);
k14(76749, 76877);
c?.(7);
k48(76621, 76813);
c?.(8);
k18(76749, 67917, 76621);
c?.(9);
k19(67917, 76621, 8834, 59725);
c?.(10);
k20(67917, 76621);
c?.(11);
k26(59725, 51533, 67917);
c?.(12);
k21(51533, 67917, 4674, 43341);
c?.(13);
k20(51533, 76685);
c?.(14);
k40(63821, 51533, 4482);
c?.(15);
k23(64077, 76365, 51533);
c?.(16);
k49(63821, 76365);
c?.(17);
k42(55885, 35149, 63821);
c?.(18);
k43(43341, 63821, 4352, 35149);
c?.(19);
k20(43341, 63949);
c?.(20);
k26(51533, 26957, 43341);
c?.(21);
k44(35149, 43341, 192, 26957);
c?.(22);
k20(35149, 64013);
c?.(23);
k23(63821, 76109, 35149);
c?.(24);
k47(55629, 256);
c?.(25);
}
return finishModel(c, [run_predict, run_step0, run_step1, run_grad0, run_grad0, run_grad2, run_grad2], (r) => { R = r; });
}
