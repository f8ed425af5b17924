// runtime pieces: {createCore,finishModel}, kilnExpF32, kilnProduct
// ---- model
export const meta = {
  "model": "Cnn",
  "dtype": "f32",
  "inputs": [
    {"name":"x","dtype":"f32","shape":[32,1,28,28]},
    {"name":"y","dtype":"i32","shape":[32]}
  ],
  "outputs": [
    {"name":"probs","shape":[32,10]}
  ],
  "params": [
    {"name":"conv1.W","shape":[8,1,3,3],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"conv1.b","shape":[8],"init":{"kind":"zeros","args":[]}},
    {"name":"bn1.gamma","shape":[8],"init":{"kind":"ones","args":[]}},
    {"name":"bn1.beta","shape":[8],"init":{"kind":"zeros","args":[]}},
    {"name":"conv2.W","shape":[16,8,3,3],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"conv2.b","shape":[16],"init":{"kind":"zeros","args":[]}},
    {"name":"bn2.gamma","shape":[16],"init":{"kind":"ones","args":[]}},
    {"name":"bn2.beta","shape":[16],"init":{"kind":"zeros","args":[]}},
    {"name":"fc1.W","shape":[784,64],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"fc1.b","shape":[64],"init":{"kind":"zeros","args":[]}},
    {"name":"fc2.W","shape":[64,10],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"fc2.b","shape":[10],"init":{"kind":"zeros","args":[]}}
  ],
  "state": [
    {"name":"bn1.mean","shape":[8],"init":{"kind":"zeros","args":[]}},
    {"name":"bn1.var","shape":[8],"init":{"kind":"ones","args":[]}},
    {"name":"bn2.mean","shape":[16],"init":{"kind":"zeros","args":[]}},
    {"name":"bn2.var","shape":[16],"init":{"kind":"ones","args":[]}}
  ],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.001,"beta1":0.9,"beta2":0.999,"eps":1e-8},"params":["conv1.W","conv1.b","bn1.gamma","bn1.beta","conv2.W","conv2.b","bn2.gamma","bn2.beta","fc1.W","fc1.b","fc2.W","fc2.b"]}
  ],
  "losses": ["loss"],
  "predictOnly": false,
  "arenaBytes": 4651436
};
const TABLES = {
  "NF": 1162827,
  "NI": 32,
  "NH": 2,
  "arenaBytes": 4651436,
  "persistent": [
    {"name":"conv1.W","shape":[8,1,3,3],"off":0,"size":72,"kind":"param"},
    {"name":"conv1.b","shape":[8],"off":72,"size":8,"kind":"param"},
    {"name":"bn1.gamma","shape":[8],"off":80,"size":8,"kind":"param"},
    {"name":"bn1.beta","shape":[8],"off":88,"size":8,"kind":"param"},
    {"name":"conv2.W","shape":[16,8,3,3],"off":96,"size":1152,"kind":"param"},
    {"name":"conv2.b","shape":[16],"off":1248,"size":16,"kind":"param"},
    {"name":"bn2.gamma","shape":[16],"off":1264,"size":16,"kind":"param"},
    {"name":"bn2.beta","shape":[16],"off":1280,"size":16,"kind":"param"},
    {"name":"fc1.W","shape":[784,64],"off":1296,"size":50176,"kind":"param"},
    {"name":"fc1.b","shape":[64],"off":51472,"size":64,"kind":"param"},
    {"name":"fc2.W","shape":[64,10],"off":51536,"size":640,"kind":"param"},
    {"name":"fc2.b","shape":[10],"off":52176,"size":10,"kind":"param"},
    {"name":"bn1.mean","shape":[8],"off":52186,"size":8,"kind":"state"},
    {"name":"bn1.var","shape":[8],"off":52194,"size":8,"kind":"state"},
    {"name":"bn2.mean","shape":[16],"off":52202,"size":16,"kind":"state"},
    {"name":"bn2.var","shape":[16],"off":52218,"size":16,"kind":"state"},
    {"name":"optim/step/conv1.W/exp_avg","shape":[8,1,3,3],"off":52234,"size":72,"kind":"optim"},
    {"name":"optim/step/conv1.W/exp_avg_sq","shape":[8,1,3,3],"off":52306,"size":72,"kind":"optim"},
    {"name":"optim/step/conv1.b/exp_avg","shape":[8],"off":52378,"size":8,"kind":"optim"},
    {"name":"optim/step/conv1.b/exp_avg_sq","shape":[8],"off":52386,"size":8,"kind":"optim"},
    {"name":"optim/step/bn1.gamma/exp_avg","shape":[8],"off":52394,"size":8,"kind":"optim"},
    {"name":"optim/step/bn1.gamma/exp_avg_sq","shape":[8],"off":52402,"size":8,"kind":"optim"},
    {"name":"optim/step/bn1.beta/exp_avg","shape":[8],"off":52410,"size":8,"kind":"optim"},
    {"name":"optim/step/bn1.beta/exp_avg_sq","shape":[8],"off":52418,"size":8,"kind":"optim"},
    {"name":"optim/step/conv2.W/exp_avg","shape":[16,8,3,3],"off":52426,"size":1152,"kind":"optim"},
    {"name":"optim/step/conv2.W/exp_avg_sq","shape":[16,8,3,3],"off":53578,"size":1152,"kind":"optim"},
    {"name":"optim/step/conv2.b/exp_avg","shape":[16],"off":54730,"size":16,"kind":"optim"},
    {"name":"optim/step/conv2.b/exp_avg_sq","shape":[16],"off":54746,"size":16,"kind":"optim"},
    {"name":"optim/step/bn2.gamma/exp_avg","shape":[16],"off":54762,"size":16,"kind":"optim"},
    {"name":"optim/step/bn2.gamma/exp_avg_sq","shape":[16],"off":54778,"size":16,"kind":"optim"},
    {"name":"optim/step/bn2.beta/exp_avg","shape":[16],"off":54794,"size":16,"kind":"optim"},
    {"name":"optim/step/bn2.beta/exp_avg_sq","shape":[16],"off":54810,"size":16,"kind":"optim"},
    {"name":"optim/step/fc1.W/exp_avg","shape":[784,64],"off":54826,"size":50176,"kind":"optim"},
    {"name":"optim/step/fc1.W/exp_avg_sq","shape":[784,64],"off":105002,"size":50176,"kind":"optim"},
    {"name":"optim/step/fc1.b/exp_avg","shape":[64],"off":155178,"size":64,"kind":"optim"},
    {"name":"optim/step/fc1.b/exp_avg_sq","shape":[64],"off":155242,"size":64,"kind":"optim"},
    {"name":"optim/step/fc2.W/exp_avg","shape":[64,10],"off":155306,"size":640,"kind":"optim"},
    {"name":"optim/step/fc2.W/exp_avg_sq","shape":[64,10],"off":155946,"size":640,"kind":"optim"},
    {"name":"optim/step/fc2.b/exp_avg","shape":[10],"off":156586,"size":10,"kind":"optim"},
    {"name":"optim/step/fc2.b/exp_avg_sq","shape":[10],"off":156596,"size":10,"kind":"optim"}
  ],
  "persistentEnd": 156606,
  "constants": [],
  "inputs": [
    {"name":"x","dtype":"f32","shape":[32,1,28,28],"place":{"arr":"F","off":156608}},
    {"name":"y","dtype":"i32","shape":[32],"place":{"arr":"I","off":0}}
  ],
  "outputs": [
    {"name":"probs","shape":[32,10],"place":{"arr":"F","off":183744}}
  ],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.001,"beta1":0.9,"beta2":0.999,"eps":1e-8},"params":["conv1.W","conv1.b","bn1.gamma","bn1.beta","conv2.W","conv2.b","bn2.gamma","bn2.beta","fc1.W","fc1.b","fc2.W","fc2.b"],"lr":{"h":0,"f":156606},"t":{"h":1,"f":156607},"value":1015922}
  ],
  "gradients": [
    {"loss":"loss","mode":"train","value":1071066,"grads":[{"name":"conv1.W","off":235008,"size":72},{"name":"conv1.b","off":918720,"size":8},{"name":"bn1.gamma","off":918712,"size":8},{"name":"bn1.beta","off":918704,"size":8},{"name":"conv2.W","off":1040960,"size":1152},{"name":"conv2.b","off":918688,"size":16},{"name":"bn2.gamma","off":918672,"size":16},{"name":"bn2.beta","off":918656,"size":16},{"name":"fc1.W","off":990784,"size":50176},{"name":"fc1.b","off":1070976,"size":64},{"name":"fc2.W","off":1070336,"size":640},{"name":"fc2.b","off":1071040,"size":10},{"name":"x","off":181696,"size":25088}]},
    {"loss":"loss","mode":"eval","value":1149498,"grads":[{"name":"conv1.W","off":812032,"size":72},{"name":"conv1.b","off":1019040,"size":8},{"name":"bn1.gamma","off":1019032,"size":8},{"name":"bn1.beta","off":1019024,"size":8},{"name":"conv2.W","off":1119360,"size":1152},{"name":"conv2.b","off":1019008,"size":16},{"name":"bn2.gamma","off":1149456,"size":16},{"name":"bn2.beta","off":1149440,"size":16},{"name":"fc1.W","off":1069184,"size":50176},{"name":"fc1.b","off":1149376,"size":64},{"name":"fc2.W","off":1148736,"size":640},{"name":"fc2.b","off":1149472,"size":10},{"name":"x","off":181696,"size":25088}]}
  ],
  "entries": [
    {"feeds":["x"],"checks":[181696,200704,0,410624,8,1,181696,200704,2,181696,200704,3,410624,50176,4,181696,100352,5,310272,16,6,181696,100352,7,181696,100352,8,310272,25088,9,181696,2048,10,183744,320,11,181696,32,12,181728,32,13,183744,320,14]},
    {"feeds":["x","y"],"checks":[1015920,1,15,1015921,1,16,181696,200704,0,410624,8,17,1015904,8,18,52186,8,19,52194,8,20,1015912,8,1,410624,200704,21,410624,200704,3,940608,50176,4,611328,100352,5,739904,16,22,1015872,16,23,52202,16,24,52218,16,25,1015888,16,6,739904,100352,26,739904,100352,8,890432,25088,9,919616,2048,27,921664,320,11,922304,32,12,923712,320,28,922368,32,29,1015922,1,30,922336,32,31,922304,10,32,52176,10,33,921664,2048,34,51472,64,35,51536,640,36,990784,25088,37,840256,50176,38,1296,50176,39,840256,100352,40,739904,100352,41,990784,16,42,1280,16,43,990784,16,44,1264,16,45,990800,16,46,739904,100352,47,840256,50176,48,611328,1152,49,96,1152,50,611328,16,51,1248,16,52,611328,200704,53,410624,200704,54,611328,8,55,88,8,56,611328,8,57,80,8,58,611336,8,59,410624,200704,60,181696,72,61,0,72,62,181696,8,63,72,8,64]},
    {"feeds":["x","y"],"checks":[181696,200704,0,410624,8,17,1071058,8,65,410624,200704,21,410624,200704,3,940608,50176,4,611328,100352,5,739904,16,22,1066064,16,66,739904,100352,26,739904,100352,8,840256,25088,9,869440,2048,27,871488,320,11,872448,32,12,871808,320,28,872512,32,29,1071066,1,30,872480,32,31,1071040,10,32,1070336,640,67,869440,2048,34,1070976,64,68,1040960,25088,37,990784,50176,38,840256,100352,40,739904,100352,41,918656,16,42,1066080,16,44,918672,16,69,1066096,16,46,739904,100352,47,840256,50176,48,1040960,1152,49,918688,16,51,611328,200704,53,410624,200704,54,918704,8,55,918720,8,57,918712,8,70,1071050,8,59,410624,200704,60,181696,25088,71,235008,72,61,918720,8,63]},
    {"feeds":["x","y"],"checks":[181696,200704,0,1149490,8,1,410624,200704,2,410624,200704,3,1019008,50176,4,611328,100352,5,1119376,16,6,739904,100352,7,739904,100352,8,840256,25088,9,865344,2048,10,867392,320,11,968384,32,12,967744,320,28,968448,32,29,1149498,1,30,968416,32,31,1149472,10,32,1148736,640,67,965696,2048,72,1149376,64,68,940608,25088,37,1069184,50176,38,840256,100352,40,739904,100352,41,1149440,16,42,840256,100352,73,1119360,16,74,1149456,16,69,940608,50176,48,1119360,1152,49,1019008,16,51,611328,200704,53,410624,200704,54,1019024,8,55,611328,200704,75,1149482,8,76,1019032,8,70,181696,25088,71,812032,72,61,1019040,8,63]}
  ],
  "info": [
    [0,1,2,[]], // conv2d <prelude>:22:14 f32[32, 8, 28, 28]
    [7,8,9,[3,4,5,6]], // div <prelude>:99:11 f32[1, 8, 1] (add, sqrt)
    [3,13,14,[10,11,12,13]], // add <prelude>:100:18 f32[32, 8, 784] (sub, mul)
    [15,16,2,[]], // relu mnist_cnn.kiln:20:7 f32[32, 8, 28, 28]
    [17,18,19,[]], // max_pool2d <prelude>:62:10 f32[32, 8, 14, 14]
    [0,1,20,[]], // conv2d <prelude>:22:14 f32[32, 16, 14, 14]
    [7,8,21,[3,4,5,6]], // div <prelude>:99:11 f32[1, 16, 1] (add, sqrt)
    [3,13,22,[10,11,12,13]], // add <prelude>:100:18 f32[32, 16, 196] (sub, mul)
    [15,23,20,[]], // relu mnist_cnn.kiln:21:7 f32[32, 16, 14, 14]
    [17,18,24,[]], // max_pool2d <prelude>:62:10 f32[32, 16, 7, 7]
    [15,27,28,[25,26,3,26]], // relu <prelude>:12:10 f32[32, 64] (matmul, add)
    [3,26,29,[25,26]], // add <prelude>:12:22 f32[32, 10] (matmul)
    [30,31,32,[]], // max mnist_cnn.kiln:23:18 f32[32, 1]
    [34,31,32,[10,31,33,31]], // sum mnist_cnn.kiln:23:18 f32[32, 1] (sub, exp)
    [7,31,29,[]], // div mnist_cnn.kiln:23:18 f32[32, 10]
    [7,36,37,[35,36,10,36]], // div mnist_cnn.kiln:26:3 f32[] (pow, sub)
    [5,36,37,[35,36,10,36]], // sqrt mnist_cnn.kiln:26:3 f32[] (pow, sub)
    [12,38,9,[34,38]], // mul <prelude>:92:16 f32[1, 8, 1] (sum)
    [12,40,9,[10,11,12,39,34,40]], // mul <prelude>:94:15 f32[1, 8, 1] (sub, mul, sum)
    [41,42,43,[]], // the update of state 'bn1.mean' <prelude>:95:17 f32[8]
    [44,45,43,[]], // the update of state 'bn1.var' <prelude>:96:16 f32[8]
    [3,13,14,[12,13]], // add <prelude>:100:18 f32[32, 8, 784] (mul)
    [12,38,21,[34,38]], // mul <prelude>:92:16 f32[1, 16, 1] (sum)
    [12,40,21,[10,11,12,39,34,40]], // mul <prelude>:94:15 f32[1, 16, 1] (sub, mul, sum)
    [46,42,47,[]], // the update of state 'bn2.mean' <prelude>:95:17 f32[16]
    [48,45,47,[]], // the update of state 'bn2.var' <prelude>:96:16 f32[16]
    [3,13,22,[12,13]], // add <prelude>:100:18 f32[32, 16, 196] (mul)
    [12,50,28,[25,26,3,26,15,27,49,50,51,50,12,50]], // mul <prelude>:78:10 f32[32, 64] (matmul, add, relu, random_uniform, ge, mul)
    [52,53,29,[]], // one_hot mnist_cnn.kiln:24:10 f32[32, 10]
    [3,53,32,[10,31,33,31,34,31,54,53]], // add mnist_cnn.kiln:24:10 f32[32, 1] (sub, exp, sum, log)
    [12,53,37,[10,53,12,53,34,53]], // mul mnist_cnn.kiln:24:10 f32[] (sub, mul, sum)
    [7,53,32,[12,53,34,53]], // div mnist_cnn.kiln:24:10 f32[32, 1] (mul, sum)
    [34,26,55,[12,53,12,31,3,31]], // sum <prelude>:12:22 f32[10] (mul, mul, add)
    [56,36,55,[]], // the adam update of param 'fc2.b' mnist_cnn.kiln:26:3 f32[10]
    [12,27,28,[25,26,12,50,57,27]], // mul <prelude>:12:10 f32[32, 64] (matmul, mul, gt)
    [58,36,59,[]], // the adam update of param 'fc1.b' mnist_cnn.kiln:26:3 f32[64]
    [60,36,61,[]], // the adam update of param 'fc2.W' mnist_cnn.kiln:26:3 f32[64, 10]
    [25,26,62,[]], // matmul <prelude>:12:22 f32[32, 784]
    [25,26,63,[]], // matmul <prelude>:12:22 f32[784, 64]
    [64,36,63,[]], // the adam update of param 'fc1.W' mnist_cnn.kiln:26:3 f32[784, 64]
    [65,18,20,[]], // max_pool2d_grad <prelude>:62:10 f32[32, 16, 14, 14]
    [12,23,20,[57,23]], // mul mnist_cnn.kiln:21:7 f32[32, 16, 14, 14] (gt)
    [34,13,47,[]], // sum <prelude>:100:18 f32[16]
    [66,36,47,[]], // the adam update of param 'bn2.beta' mnist_cnn.kiln:26:3 f32[16]
    [12,40,21,[12,13,34,13,7,8,12,8,7,8,12,6,7,6]], // mul <prelude>:94:15 f32[1, 16, 1] (mul, sum, div, mul, div, mul, div)
    [67,36,47,[]], // the adam update of param 'bn2.gamma' mnist_cnn.kiln:26:3 f32[16]
    [12,38,21,[12,13,12,39,3,39,3,39,68,11,34,11]], // mul <prelude>:92:16 f32[1, 16, 1] (mul, mul, add, add, neg, sum)
    [3,38,22,[]], // add <prelude>:92:16 f32[32, 16, 196]
    [69,1,19,[]], // conv2d_input_grad <prelude>:22:14 f32[32, 8, 14, 14]
    [70,1,71,[]], // conv2d_weight_grad <prelude>:22:14 f32[16, 8, 3, 3]
    [72,36,71,[]], // the adam update of param 'conv2.W' mnist_cnn.kiln:26:3 f32[16, 8, 3, 3]
    [34,1,47,[]], // sum <prelude>:22:14 f32[16]
    [73,36,47,[]], // the adam update of param 'conv2.b' mnist_cnn.kiln:26:3 f32[16]
    [65,18,2,[]], // max_pool2d_grad <prelude>:62:10 f32[32, 8, 28, 28]
    [12,16,2,[57,16]], // mul mnist_cnn.kiln:20:7 f32[32, 8, 28, 28] (gt)
    [34,13,43,[]], // sum <prelude>:100:18 f32[8]
    [74,36,43,[]], // the adam update of param 'bn1.beta' mnist_cnn.kiln:26:3 f32[8]
    [12,40,9,[12,13,34,13,7,8,12,8,7,8,12,6,7,6]], // mul <prelude>:94:15 f32[1, 8, 1] (mul, sum, div, mul, div, mul, div)
    [75,36,43,[]], // the adam update of param 'bn1.gamma' mnist_cnn.kiln:26:3 f32[8]
    [12,38,9,[12,13,12,39,3,39,3,39,68,11,34,11]], // mul <prelude>:92:16 f32[1, 8, 1] (mul, mul, add, add, neg, sum)
    [3,38,14,[]], // add <prelude>:92:16 f32[32, 8, 784]
    [70,1,76,[]], // conv2d_weight_grad <prelude>:22:14 f32[8, 1, 3, 3]
    [77,36,76,[]], // the adam update of param 'conv1.W' mnist_cnn.kiln:26:3 f32[8, 1, 3, 3]
    [34,1,43,[]], // sum <prelude>:22:14 f32[8]
    [78,36,43,[]], // the adam update of param 'conv1.b' mnist_cnn.kiln:26:3 f32[8]
    [7,8,9,[10,11,12,39,34,40,12,40,3,4,5,6]], // div <prelude>:99:11 f32[1, 8, 1] (sub, mul, sum, mul, add, sqrt)
    [7,8,21,[10,11,12,39,34,40,12,40,3,4,5,6]], // div <prelude>:99:11 f32[1, 16, 1] (sub, mul, sum, mul, add, sqrt)
    [25,26,61,[]], // matmul <prelude>:12:22 f32[64, 10]
    [34,26,59,[]], // sum <prelude>:12:22 f32[64]
    [79,8,47,[]], // reshape <prelude>:99:11 f32[16]
    [79,8,43,[]], // reshape <prelude>:99:11 f32[8]
    [69,1,80,[]], // conv2d_input_grad <prelude>:22:14 f32[32, 1, 28, 28]
    [12,27,28,[25,26,57,27]], // mul <prelude>:12:10 f32[32, 64] (matmul, gt)
    [12,13,22,[]], // mul <prelude>:100:18 f32[32, 16, 196]
    [7,8,21,[12,13,34,13]], // div <prelude>:99:11 f32[1, 16, 1] (mul, sum)
    [12,13,14,[]], // mul <prelude>:100:18 f32[32, 8, 784]
    [7,8,9,[12,13,34,13]] // div <prelude>:99:11 f32[1, 8, 1] (mul, sum)
  ],
  "strings": ["conv2d","<prelude>:22:14","f32[32, 8, 28, 28]","add","<prelude>:99:44","sqrt","<prelude>:99:39","div","<prelude>:99:11","f32[1, 8, 1]","sub","<prelude>:93:14","mul","<prelude>:100:18","f32[32, 8, 784]","relu","mnist_cnn.kiln:20:7","max_pool2d","<prelude>:62:10","f32[32, 8, 14, 14]","f32[32, 16, 14, 14]","f32[1, 16, 1]","f32[32, 16, 196]","mnist_cnn.kiln:21:7","f32[32, 16, 7, 7]","matmul","<prelude>:12:22","<prelude>:12:10","f32[32, 64]","f32[32, 10]","max","mnist_cnn.kiln:23:18","f32[32, 1]","exp","sum","pow","mnist_cnn.kiln:26:3","f32[]","<prelude>:92:16","<prelude>:94:19","<prelude>:94:15","the update of state 'bn1.mean'","<prelude>:95:17","f32[8]","the update of state 'bn1.var'","<prelude>:96:16","the update of state 'bn2.mean'","f32[16]","the update of state 'bn2.var'","random_uniform","<prelude>:78:10","ge","one_hot","mnist_cnn.kiln:24:10","log","f32[10]","the adam update of param 'fc2.b'","gt","the adam update of param 'fc1.b'","f32[64]","the adam update of param 'fc2.W'","f32[64, 10]","f32[32, 784]","f32[784, 64]","the adam update of param 'fc1.W'","max_pool2d_grad","the adam update of param 'bn2.beta'","the adam update of param 'bn2.gamma'","neg","conv2d_input_grad","conv2d_weight_grad","f32[16, 8, 3, 3]","the adam update of param 'conv2.W'","the adam update of param 'conv2.b'","the adam update of param 'bn1.beta'","the adam update of param 'bn1.gamma'","f32[8, 1, 3, 3]","the adam update of param 'conv1.W'","the adam update of param 'conv1.b'","reshape","f32[32, 1, 28, 28]"],
  "predictOnly": false
};
// 68 WebAssembly SIMD kernels, exported as k0, k1, ... (39762 bytes, zlib-compressed)
const WASM = "..."; // 8589 bytes
export function create(options = {}) {
const c = createCore(meta, TABLES, WASM, options);
const F = c.F, I = c.I, H = c.H, W = c.W;
let R = c.rng;
const PACK = 1149499;
R.fillUniform(F, 0, 72, (-0.2721655269759087), 0.2721655269759087); // conv1.W: glorot_uniform
F.fill(1, 80, 88); // bn1.gamma: ones
R.fillUniform(F, 96, 1152, (-0.16666666666666666), 0.16666666666666666); // conv2.W: glorot_uniform
F.fill(1, 1264, 1280); // bn2.gamma: ones
R.fillUniform(F, 1296, 50176, (-0.08411582311380664), 0.08411582311380664); // fc1.W: glorot_uniform
R.fillUniform(F, 51536, 640, (-0.2847473987257497), 0.2847473987257497); // fc2.W: glorot_uniform
F.fill(1, 52194, 52202); // bn1.var: ones
F.fill(1, 52218, 52234); // bn2.var: ones
function k0(o0, o1, o2, o3) { // conv2d [32, 8, 28, 28]
if (W !== null) {
for (let s0 = 0; s0 < 32; s0 += 4) {
const m1 = Math.min(4, 32 - s0);
W.k0((o1 + s0 * 784) * 4, (o0 + 200704) * 4, m1);
W.k1(o2 * 4, (o0 + 200704) * 4, (o0 + s0 * 6272) * 4, o3 * 4, m1);
}
} else {
for (let n2 = 0; n2 < 32; n2++) {
let row11 = o0 + 200704;
for (let c6 = 0; c6 < 1; c6++) for (let kh7 = 0; kh7 < 3; kh7++) for (let kw8 = 0; kw8 < 3; kw8++, row11 += 784) {
const j012 = Math.min(28, Math.max(0, Math.ceil((1 - kw8) / 1)));
const j113 = Math.max(j012, Math.min(28, Math.floor((28 - kw8) / 1) + 1));
for (let i9 = 0; i9 < 28; i9++) {
const h14 = i9 * 1 + kh7 - 1, so15 = row11 + i9 * 28;
if (h14 < 0 || h14 >= 28) {
for (let j10 = 0; j10 < 28; j10++) F[so15 + j10] = 0;
continue;
}
const xo16 = o1 + n2 * 784 + c6 * 784 + h14 * 28 + kw8 - 1;
for (let j10 = 0; j10 < j012; j10++) F[so15 + j10] = 0;
for (let j10 = j012; j10 < j113; j10++) F[so15 + j10] = F[xo16 + j10 * 1];
for (let j10 = j113; j10 < 28; j10++) F[so15 + j10] = 0;
}
}
kilnProduct(F, o2, o0 + 200704, o0 + n2 * 6272, 8, 9, 784, false, false);
for (let ch3 = 0; ch3 < 8; ch3++) {
const v5 = F[o3 + ch3];
for (let p4 = o0 + n2 * 6272 + ch3 * 784; p4 < o0 + n2 * 6272 + ch3 * 784 + 784; p4++) F[p4] += v5;
}
}
}
}
function k1(o0, o1, o2, o3) { // fused add sqrt div [1, 8, 1]
if (W !== null) W.k2(o0 * 4, o1 * 4, o2 * 4, o3);
else {
for (let i0 = 0; i0 < o3; i0++) {
const x3 = F[o0 + i0];
const x5 = F[o1 + i0];
const v0 = x3 + 0.00001;
const v1 = Math.sqrt(v0);
const v2 = x5 / v1;
F[o2 + i0] = v2;
}
}
}
function k2(o0, o1, o2, o3) { // fused sub mul add [32, 8, 784]
if (W !== null) W.k3(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 32; i0++, p1 += 6272, p2 += 6272) {
for (let i3 = 0, p4 = p1, p5 = o1, p6 = o2, p7 = o3, p8 = p2; i3 < 8; i3++, p4 += 784, p5 += 1, p6 += 1, p7 += 1, p8 += 784) {
for (let i9 = 0; i9 < 784; i9++) {
const x3 = F[p4 + i9];
const x4 = F[p5];
const x5 = F[p6];
const x6 = F[p7];
const v0 = x3 - x4;
const v1 = v0 * x5;
const v2 = v1 + x6;
F[p8 + i9] = v2;
}
}
}
}
}
function k3(o0, o1) { // relu [32, 8, 28, 28]
if (W !== null) W.k4(o0 * 4, o0 * 4, o1);
else {
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = (F[o0 + i0] > 0 ? F[o0 + i0] : 0);
}
}
}
function k4(o0, o1) { // max_pool2d [32, 8, 14, 14]
if (W !== null) W.k5(o1 * 4, o0 * 4);
else {
let oi7 = 0;
for (let nc2 = 0; nc2 < 256; nc2++) for (let i3 = 0; i3 < 14; i3++) for (let j4 = 0; j4 < 14; j4++, oi7++) {
const xo8 = o1 + nc2 * 784 + i3 * 56 + j4 * 2;
let best0 = F[xo8], arg1 = xo8;
if (F[xo8 + 0] > best0) { best0 = F[xo8 + 0]; arg1 = xo8 + 0; }
if (F[xo8 + 1] > best0) { best0 = F[xo8 + 1]; arg1 = xo8 + 1; }
if (F[xo8 + 28] > best0) { best0 = F[xo8 + 28]; arg1 = xo8 + 28; }
if (F[xo8 + 29] > best0) { best0 = F[xo8 + 29]; arg1 = xo8 + 29; }
F[o0 + oi7] = best0;
}
}
}
function k5(o0, o1, o2, o3) { // conv2d [32, 16, 14, 14]
if (W !== null) {
for (let s0 = 0; s0 < 32; s0 += 2) {
const m1 = Math.min(2, 32 - s0);
W.k6((o1 + s0 * 1568) * 4, (o0 + 100352) * 4, m1);
W.k7(o2 * 4, (o0 + 100352) * 4, (o0 + s0 * 3136) * 4, o3 * 4, m1);
}
} else {
for (let n2 = 0; n2 < 32; n2++) {
let row11 = o0 + 100352;
for (let c6 = 0; c6 < 8; c6++) for (let kh7 = 0; kh7 < 3; kh7++) for (let kw8 = 0; kw8 < 3; kw8++, row11 += 196) {
const j012 = Math.min(14, Math.max(0, Math.ceil((1 - kw8) / 1)));
const j113 = Math.max(j012, Math.min(14, Math.floor((14 - kw8) / 1) + 1));
for (let i9 = 0; i9 < 14; i9++) {
const h14 = i9 * 1 + kh7 - 1, so15 = row11 + i9 * 14;
if (h14 < 0 || h14 >= 14) {
for (let j10 = 0; j10 < 14; j10++) F[so15 + j10] = 0;
continue;
}
const xo16 = o1 + n2 * 1568 + c6 * 196 + h14 * 14 + kw8 - 1;
for (let j10 = 0; j10 < j012; j10++) F[so15 + j10] = 0;
for (let j10 = j012; j10 < j113; j10++) F[so15 + j10] = F[xo16 + j10 * 1];
for (let j10 = j113; j10 < 14; j10++) F[so15 + j10] = 0;
}
}
kilnProduct(F, o2, o0 + 100352, o0 + n2 * 3136, 16, 72, 196, false, false);
for (let ch3 = 0; ch3 < 16; ch3++) {
const v5 = F[o3 + ch3];
for (let p4 = o0 + n2 * 3136 + ch3 * 196; p4 < o0 + n2 * 3136 + ch3 * 196 + 196; p4++) F[p4] += v5;
}
}
}
}
function k6(o0, o1, o2, o3) { // fused sub mul add [32, 16, 196]
if (W !== null) W.k8(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 32; i0++, p1 += 3136, p2 += 3136) {
for (let i3 = 0, p4 = p1, p5 = o1, p6 = o2, p7 = o3, p8 = p2; i3 < 16; i3++, p4 += 196, p5 += 1, p6 += 1, p7 += 1, p8 += 196) {
for (let i9 = 0; i9 < 196; i9++) {
const x3 = F[p4 + i9];
const x4 = F[p5];
const x5 = F[p6];
const x6 = F[p7];
const v0 = x3 - x4;
const v1 = v0 * x5;
const v2 = v1 + x6;
F[p8 + i9] = v2;
}
}
}
}
}
function k7(o0, o1) { // max_pool2d [32, 16, 7, 7]
if (W !== null) W.k9(o1 * 4, o0 * 4);
else {
let oi7 = 0;
for (let nc2 = 0; nc2 < 512; nc2++) for (let i3 = 0; i3 < 7; i3++) for (let j4 = 0; j4 < 7; j4++, oi7++) {
const xo8 = o1 + nc2 * 196 + i3 * 28 + j4 * 2;
let best0 = F[xo8], arg1 = xo8;
if (F[xo8 + 0] > best0) { best0 = F[xo8 + 0]; arg1 = xo8 + 0; }
if (F[xo8 + 1] > best0) { best0 = F[xo8 + 1]; arg1 = xo8 + 1; }
if (F[xo8 + 14] > best0) { best0 = F[xo8 + 14]; arg1 = xo8 + 14; }
if (F[xo8 + 15] > best0) { best0 = F[xo8 + 15]; arg1 = xo8 + 15; }
F[o0 + oi7] = best0;
}
}
}
function k8(o0, o1, o2, o3) { // fused matmul add relu [32, 64]
if (W !== null) {
W.k10(o1 * 4, o2 * 4, o0 * 4, PACK * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 32, 784, 64, false, false);
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
function k9(o0, o1, o2, o3) { // fused matmul add [32, 10]
if (W !== null) {
W.k11(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 32, 64, 10, false, false);
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 32; i0++, p1 += 10, p2 += 10) {
for (let i3 = 0; i3 < 10; i3++) {
const v0 = F[p1 + i3];
const x4 = F[o3 + i3];
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
}
function k10(o0, o1) { // max [32, 1]
if (W !== null) W.k12(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = -Infinity;
for (let i2 = 0; i2 < 10; i2++) {
acc0 = (F[o0 + i1 * 10 + i2] > acc0 ? F[o0 + i1 * 10 + i2] : acc0);
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k11(o0, o1, o2) { // fused sub exp sum [32, 1]
if (W !== null) W.k13(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
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
function k12(o0, o1) { // div [32, 10]
if (W !== null) W.k14(o0 * 4, o1 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o1; i0 < 32; i0++, p1 += 10, p2 += 10, p3 += 1) {
for (let i4 = 0; i4 < 10; i4++) {
F[p1 + i4] = F[p2 + i4] / F[p3];
}
}
}
}
function k13(o0, o1, o2, o3, o4) { // fused pow sub div []
const x4 = H[o0];
const x6 = H[o2];
const v0 = Math.pow(0.9, x4);
const v1 = 1 - v0;
const v2 = x6 / v1;
F[o4] = v2;
}
function k14(o0, o1, o2) { // fused pow sub sqrt []
const x4 = H[o0];
const v0 = Math.pow(0.999, x4);
const v1 = 1 - v0;
const v2 = Math.sqrt(v1);
F[o2] = v2;
}
function k15(o0, o1) { // fused sum mul [1, 8, 1]
if (W !== null) W.k15(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 8; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 784; i2 < 32; i2++, p3 += 6272) {
for (let i4 = 0; i4 < 784; i4++) {
acc0 = acc0 + F[p3 + i4];
}
}
const v0 = acc0;
const v1 = v0 * 0.00003985969387755102;
F[o1 + i1] = v1;
}
}
}
function k16(o0, o1, o2) { // fused sub mul sum mul [1, 8, 1]
if (W !== null) W.k16(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 8; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 784, p4 = o0 + i1 * 784; i2 < 32; i2++, p3 += 6272, p4 += 6272) {
for (let i5 = 0; i5 < 784; i5++) {
const x4 = F[p3 + i5];
const x5 = F[o1 + i1];
const v0 = x4 - x5;
const v1 = v0 * v0;
F[p4 + i5] = v0;
acc0 = acc0 + v1;
}
}
const v2 = acc0;
const v3 = v2 * 0.00003985969387755102;
F[o2 + i1] = v3;
}
}
}
function k17(o0, o1, o2) { // fused mul mul add [8]
if (W !== null) W.k17(o0 * 4, o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
const x3 = F[o0 + i0];
const x5 = F[o1 + i0];
const v0 = x3 * 0.9;
const v1 = x5 * 0.1;
const v2 = v0 + v1;
F[o0 + i0] = v2;
}
}
}
function k18(o0, o1, o2) { // fused mul mul add [8]
if (W !== null) W.k18(o0 * 4, o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
const x3 = F[o0 + i0];
const x5 = F[o1 + i0];
const v0 = x3 * 0.9;
const v1 = x5 * 0.10000398612827362;
const v2 = v0 + v1;
F[o0 + i0] = v2;
}
}
}
function k19(o0, o1, o2, o3) { // fused add sqrt div [1, 8, 1]
if (W !== null) W.k19(o0 * 4, o1 * 4, o0 * 4, o2 * 4, o3);
else {
for (let i0 = 0; i0 < o3; i0++) {
const x3 = F[o0 + i0];
const x5 = F[o1 + i0];
const v0 = x3 + 0.00001;
const v1 = Math.sqrt(v0);
const v2 = x5 / v1;
F[o0 + i0] = v1;
F[o2 + i0] = v2;
}
}
}
function k20(o0, o1, o2, o3) { // fused mul add [32, 8, 784]
if (W !== null) W.k20(o0 * 4, o1 * 4, o2 * 4, o3 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o3; i0 < 32; i0++, p1 += 6272, p2 += 6272) {
for (let i3 = 0, p4 = p1, p5 = o1, p6 = o2, p7 = p2; i3 < 8; i3++, p4 += 784, p5 += 1, p6 += 1, p7 += 784) {
for (let i8 = 0; i8 < 784; i8++) {
const x2 = F[p4 + i8];
const x3 = F[p5];
const x4 = F[p6];
const v0 = x2 * x3;
const v1 = v0 + x4;
F[p7 + i8] = v1;
}
}
}
}
}
function k21(o0, o1) { // fused sum mul [1, 16, 1]
if (W !== null) W.k21(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196; i2 < 32; i2++, p3 += 3136) {
for (let i4 = 0; i4 < 196; i4++) {
acc0 = acc0 + F[p3 + i4];
}
}
const v0 = acc0;
const v1 = v0 * 0.00015943877551020407;
F[o1 + i1] = v1;
}
}
}
function k22(o0, o1, o2) { // fused sub mul sum mul [1, 16, 1]
if (W !== null) W.k22(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196, p4 = o0 + i1 * 196; i2 < 32; i2++, p3 += 3136, p4 += 3136) {
for (let i5 = 0; i5 < 196; i5++) {
const x4 = F[p3 + i5];
const x5 = F[o1 + i1];
const v0 = x4 - x5;
const v1 = v0 * v0;
F[p4 + i5] = v0;
acc0 = acc0 + v1;
}
}
const v2 = acc0;
const v3 = v2 * 0.00015943877551020407;
F[o2 + i1] = v3;
}
}
}
function k23(o0, o1, o2) { // fused mul mul add [16]
if (W !== null) W.k23(o0 * 4, o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
const x3 = F[o0 + i0];
const x5 = F[o1 + i0];
const v0 = x3 * 0.9;
const v1 = x5 * 0.10001594642002871;
const v2 = v0 + v1;
F[o0 + i0] = v2;
}
}
}
function k24(o0, o1, o2, o3) { // fused mul add [32, 16, 196]
if (W !== null) W.k24(o0 * 4, o1 * 4, o2 * 4, o3 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o3; i0 < 32; i0++, p1 += 3136, p2 += 3136) {
for (let i3 = 0, p4 = p1, p5 = o1, p6 = o2, p7 = p2; i3 < 16; i3++, p4 += 196, p5 += 1, p6 += 1, p7 += 196) {
for (let i8 = 0; i8 < 196; i8++) {
const x2 = F[p4 + i8];
const x3 = F[p5];
const x4 = F[p6];
const v0 = x2 * x3;
const v1 = v0 + x4;
F[p7 + i8] = v1;
}
}
}
}
}
function k25(o0, o1, o2, o3, o4, o5) { // fused matmul add relu random_uniform ge mul mul [32, 64]
if (W !== null) W.k25(o1 * 4, o2 * 4, o0 * 4, PACK * 4);
else {
kilnProduct(F, o1, o2, o0, 32, 784, 64, false, false);
}
for (let i0 = 0, p1 = o0, p2 = o4, p3 = o5, p4 = o0; i0 < 32; i0++, p1 += 64, p2 += 64, p3 += 64, p4 += 64) {
for (let i5 = 0; i5 < 64; i5++) {
const v0 = F[p1 + i5];
const x9 = F[o3 + i5];
const v1 = v0 + x9;
const v2 = (v1 > 0 ? v1 : 0);
const v3 = R.uniform();
const v4 = (v3 >= 0.3 ? 1 : 0);
const v5 = v4 * 1.4285714285714286;
const v6 = v2 * v5;
F[p2 + i5] = v2;
F[p3 + i5] = v5;
F[p4 + i5] = v6;
}
}
}
function k26(o0, o1) { // one_hot [32, 10]
for (let i0 = 0; i0 < 320; i0++) F[o0 + i0] = 0;
for (let i0 = 0; i0 < 32; i0++) {
const id1 = I[o1 + i0];
if (id1 >= 0 && id1 < 10) F[o0 + i0 * 10 + id1] = 1;
}
}
function k27(o0, o1, o2, o3, o4) { // fused sub exp sum log add [32, 1]
for (let i1 = 0; i1 < 32; i1++) {
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
function k28(o0, o1, o2, o3) { // fused sub mul sum mul []
if (W !== null) W.k26(o0 * 4, o1 * 4, o2 * 4, o3 * 4);
else {
let acc0 = 0;
for (let i1 = 0, p2 = o0, p3 = o1, p4 = o2; i1 < 32; i1++, p2 += 10, p3 += 1, p4 += 10) {
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
const v3 = v2 * (-0.03125);
F[o3] = v3;
}
}
function k29(o0, o1) { // fused mul sum div [32, 1]
if (W !== null) W.k27(o0 * 4, o1 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 10; i2++) {
const x3 = F[o0 + i1 * 10 + i2];
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
function k30(o0, o1, o2, o3) { // fused mul mul add sum [10]
if (W !== null) W.k28(o0 * 4, o1 * 4, o2 * 4, o0 * 4, o3 * 4);
else {
for (let i1 = 0; i1 < 10; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 32; i2++) {
const x4 = F[o0 + i1 + i2 * 10];
const x6 = F[o1 + i2];
const x7 = F[o2 + i1 + i2 * 10];
const v0 = x4 * (-0.03125);
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
function k31(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [10]
if (W !== null) W.k29(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4, o2 * 4, o5 * 4, o6);
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
function k32(o0, o1, o2, o3, o4) { // fused matmul mul gt mul [32, 64]
if (W !== null) W.k30(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 32, 10, 64, false, true);
}
if (W !== null) W.k31(o0 * 4, o3 * 4, o4 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 2048; i0++) {
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
function k33(o0, o1, o2, o3, o4, o5) { // fused sum sub mul add mul mul mul add sqrt div add mul div sub [64]
if (W !== null) W.k32(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4, o2 * 4, o5 * 4);
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
function k34(o0, o1, o2, o3, o4, o5, o6, o7) { // fused matmul sub mul add mul mul mul add sqrt div add mul div sub [64, 10]
if (W !== null) W.k33(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 32, 10, true, false);
}
if (W !== null) W.k34(o0 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o7 * 4, o3 * 4, o4 * 4, o7 * 4);
else {
for (let i0 = 0; i0 < 640; i0++) {
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
function k35(o0, o1, o2) { // matmul [32, 784]
if (W !== null) W.k35(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 32, 64, 784, false, true);
}
}
function k36(o0, o1, o2) { // matmul [784, 64]
if (W !== null) W.k36(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 784, 32, 64, true, false);
}
}
function k37(o0, o1, o2) { // max_pool2d_grad [32, 16, 14, 14]
if (W !== null) W.k37(o1 * 4, o2 * 4, o0 * 4);
else {
for (let z0 = 0; z0 < 100352; z0++) F[o0 + z0] = 0;
let oi8 = 0;
for (let nc3 = 0; nc3 < 512; nc3++) for (let i4 = 0; i4 < 7; i4++) for (let j5 = 0; j5 < 7; j5++, oi8++) {
const xo9 = o1 + nc3 * 196 + i4 * 28 + j5 * 2;
let best1 = F[xo9], arg2 = xo9;
if (F[xo9 + 0] > best1) { best1 = F[xo9 + 0]; arg2 = xo9 + 0; }
if (F[xo9 + 1] > best1) { best1 = F[xo9 + 1]; arg2 = xo9 + 1; }
if (F[xo9 + 14] > best1) { best1 = F[xo9 + 14]; arg2 = xo9 + 14; }
if (F[xo9 + 15] > best1) { best1 = F[xo9 + 15]; arg2 = xo9 + 15; }
F[o0 + arg2 - o1] += F[o2 + oi8];
}
}
}
function k38(o0, o1, o2) { // fused gt mul [32, 16, 14, 14]
if (W !== null) W.k38(o0 * 4, o1 * 4, o0 * 4, o2);
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
function k39(o0, o1) { // sum [16]
if (W !== null) W.k39(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196; i2 < 32; i2++, p3 += 3136) {
for (let i4 = 0; i4 < 196; i4++) {
acc0 = acc0 + F[p3 + i4];
}
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k40(o0, o1, o2, o3, o4) { // fused mul sum div mul div mul div mul [1, 16, 1]
if (W !== null) W.k40(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o2 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196, p4 = o1 + i1 * 196; i2 < 32; i2++, p3 += 3136, p4 += 3136) {
for (let i5 = 0; i5 < 196; i5++) {
const x8 = F[p3 + i5];
const x9 = F[p4 + i5];
const v0 = x8 * x9;
acc0 = acc0 + v0;
}
}
const v1 = acc0;
const e10 = F[o2 + i1];
const e11 = F[o3 + i1];
const v2 = v1 / e10;
const v3 = v1 * e11;
const v4 = v3 / e10;
const v5 = v4 * (-0.5);
const v6 = v5 / e10;
const v7 = v6 * 0.00015943877551020407;
F[o2 + i1] = v2;
F[o4 + i1] = v7;
}
}
}
function k41(o0, o1, o2, o3, o4) { // fused mul mul add add neg sum mul [1, 16, 1]
if (W !== null) W.k41(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196, p4 = o3 + i1 * 196, p5 = o0 + i1 * 196; i2 < 32; i2++, p3 += 3136, p4 += 3136, p5 += 3136) {
for (let i6 = 0; i6 < 196; i6++) {
const x7 = F[p3 + i6];
const x8 = F[o1 + i1];
const x9 = F[o2 + i1];
const x10 = F[p4 + i6];
const v0 = x7 * x8;
const v1 = x9 * x10;
const v2 = v0 + v1;
const v3 = v2 + v1;
const v4 = -v3;
F[p5 + i6] = v3;
acc0 = acc0 + v4;
}
}
const v5 = acc0;
const v6 = v5 * 0.00015943877551020407;
F[o4 + i1] = v6;
}
}
}
function k42(o0, o1) { // add [32, 16, 196]
if (W !== null) W.k42(o0 * 4, o1 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 32; i0++, p1 += 3136, p2 += 3136) {
for (let i3 = 0, p4 = p1, p5 = p2, p6 = o1; i3 < 16; i3++, p4 += 196, p5 += 196, p6 += 1) {
for (let i7 = 0; i7 < 196; i7++) {
F[p4 + i7] = F[p5 + i7] + F[p6];
}
}
}
}
}
function k43(o0, o1, o2) { // conv2d_input_grad [32, 8, 14, 14]
if (W !== null) {
if (W !== null) W.k45(o0 * 4);
else {
for (let z2 = 0; z2 < 50176; z2++) F[o0 + z2] = 0;
}
for (let s0 = 0; s0 < 32; s0 += 2) {
const m1 = Math.min(2, 32 - s0);
W.k43(o2 * 4, (o1 + s0 * 3136) * 4, (o0 + 50176) * 4, 0, m1);
W.k44((o0 + s0 * 1568) * 4, (o0 + 50176) * 4, m1);
}
} else {
for (let n3 = 0; n3 < 32; n3++) {
kilnProduct(F, o2, o1 + n3 * 3136, o0 + 50176, 72, 16, 196, true, false);
for (let z4 = 0; z4 < 1568; z4++) F[o0 + n3 * 1568 + z4] = 0;
let row10 = o0 + 50176;
for (let c5 = 0; c5 < 8; c5++) for (let kh6 = 0; kh6 < 3; kh6++) for (let kw7 = 0; kw7 < 3; kw7++, row10 += 196) {
const j011 = Math.min(14, Math.max(0, Math.ceil((1 - kw7) / 1)));
const j112 = Math.max(j011, Math.min(14, Math.floor((14 - kw7) / 1) + 1));
for (let i8 = 0; i8 < 14; i8++) {
const h13 = i8 * 1 + kh6 - 1, so14 = row10 + i8 * 14;
if (h13 < 0 || h13 >= 14) {
continue;
}
const xo15 = o0 + n3 * 1568 + c5 * 196 + h13 * 14 + kw7 - 1;
for (let j9 = j011; j9 < j112; j9++) F[xo15 + j9 * 1] += F[so14 + j9];
}
}
}
}
}
function k44(o0, o1, o2) { // conv2d_weight_grad [16, 8, 3, 3]
if (W !== null) {
for (let s0 = 0; s0 < 32; s0 += 2) {
const m1 = Math.min(2, 32 - s0);
W.k6((o1 + s0 * 1568) * 4, (o0 + 1152) * 4, m1);
(s0 === 0 ? W.k46 : W.k47)((o2 + s0 * 3136) * 4, (o0 + 1152) * 4, o0 * 4, 0, m1);
}
} else {
for (let z4 = 0; z4 < 1152; z4++) F[o0 + z4] = 0;
for (let n2 = 0; n2 < 32; n2++) {
let row10 = o0 + 1152;
for (let c5 = 0; c5 < 8; c5++) for (let kh6 = 0; kh6 < 3; kh6++) for (let kw7 = 0; kw7 < 3; kw7++, row10 += 196) {
const j011 = Math.min(14, Math.max(0, Math.ceil((1 - kw7) / 1)));
const j112 = Math.max(j011, Math.min(14, Math.floor((14 - kw7) / 1) + 1));
for (let i8 = 0; i8 < 14; i8++) {
const h13 = i8 * 1 + kh6 - 1, so14 = row10 + i8 * 14;
if (h13 < 0 || h13 >= 14) {
for (let j9 = 0; j9 < 14; j9++) F[so14 + j9] = 0;
continue;
}
const xo15 = o1 + n2 * 1568 + c5 * 196 + h13 * 14 + kw7 - 1;
for (let j9 = 0; j9 < j011; j9++) F[so14 + j9] = 0;
for (let j9 = j011; j9 < j112; j9++) F[so14 + j9] = F[xo15 + j9 * 1];
for (let j9 = j112; j9 < 14; j9++) F[so14 + j9] = 0;
}
}
kilnProduct(F, o2 + n2 * 3136, o0 + 1152, o0 + 1152 + 14112, 16, 196, 72, false, true);
for (let i3 = 0; i3 < 1152; i3++) F[o0 + i3] += F[o0 + 1152 + 14112 + i3];
}
}
}
function k45(o0, o1, o2) { // max_pool2d_grad [32, 8, 28, 28]
if (W !== null) W.k48(o1 * 4, o2 * 4, o0 * 4);
else {
for (let z0 = 0; z0 < 200704; z0++) F[o0 + z0] = 0;
let oi8 = 0;
for (let nc3 = 0; nc3 < 256; nc3++) for (let i4 = 0; i4 < 14; i4++) for (let j5 = 0; j5 < 14; j5++, oi8++) {
const xo9 = o1 + nc3 * 784 + i4 * 56 + j5 * 2;
let best1 = F[xo9], arg2 = xo9;
if (F[xo9 + 0] > best1) { best1 = F[xo9 + 0]; arg2 = xo9 + 0; }
if (F[xo9 + 1] > best1) { best1 = F[xo9 + 1]; arg2 = xo9 + 1; }
if (F[xo9 + 28] > best1) { best1 = F[xo9 + 28]; arg2 = xo9 + 28; }
if (F[xo9 + 29] > best1) { best1 = F[xo9 + 29]; arg2 = xo9 + 29; }
F[o0 + arg2 - o1] += F[o2 + oi8];
}
}
}
function k46(o0, o1) { // sum [8]
if (W !== null) W.k49(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 8; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 784; i2 < 32; i2++, p3 += 6272) {
for (let i4 = 0; i4 < 784; i4++) {
acc0 = acc0 + F[p3 + i4];
}
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k47(o0, o1, o2, o3, o4) { // fused mul sum div mul div mul div mul [1, 8, 1]
if (W !== null) W.k50(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o2 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 8; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 784, p4 = o1 + i1 * 784; i2 < 32; i2++, p3 += 6272, p4 += 6272) {
for (let i5 = 0; i5 < 784; i5++) {
const x8 = F[p3 + i5];
const x9 = F[p4 + i5];
const v0 = x8 * x9;
acc0 = acc0 + v0;
}
}
const v1 = acc0;
const e10 = F[o2 + i1];
const e11 = F[o3 + i1];
const v2 = v1 / e10;
const v3 = v1 * e11;
const v4 = v3 / e10;
const v5 = v4 * (-0.5);
const v6 = v5 / e10;
const v7 = v6 * 0.00003985969387755102;
F[o2 + i1] = v2;
F[o4 + i1] = v7;
}
}
}
function k48(o0, o1, o2, o3, o4) { // fused mul mul add add neg sum mul [1, 8, 1]
if (W !== null) W.k51(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 8; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 784, p4 = o3 + i1 * 784, p5 = o0 + i1 * 784; i2 < 32; i2++, p3 += 6272, p4 += 6272, p5 += 6272) {
for (let i6 = 0; i6 < 784; i6++) {
const x7 = F[p3 + i6];
const x8 = F[o1 + i1];
const x9 = F[o2 + i1];
const x10 = F[p4 + i6];
const v0 = x7 * x8;
const v1 = x9 * x10;
const v2 = v0 + v1;
const v3 = v2 + v1;
const v4 = -v3;
F[p5 + i6] = v3;
acc0 = acc0 + v4;
}
}
const v5 = acc0;
const v6 = v5 * 0.00003985969387755102;
F[o4 + i1] = v6;
}
}
}
function k49(o0, o1) { // add [32, 8, 784]
if (W !== null) W.k52(o0 * 4, o1 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 32; i0++, p1 += 6272, p2 += 6272) {
for (let i3 = 0, p4 = p1, p5 = p2, p6 = o1; i3 < 8; i3++, p4 += 784, p5 += 784, p6 += 1) {
for (let i7 = 0; i7 < 784; i7++) {
F[p4 + i7] = F[p5 + i7] + F[p6];
}
}
}
}
}
function k50(o0, o1, o2) { // conv2d_weight_grad [8, 1, 3, 3]
if (W !== null) {
for (let s0 = 0; s0 < 32; s0 += 4) {
const m1 = Math.min(4, 32 - s0);
W.k0((o1 + s0 * 784) * 4, (o0 + 72) * 4, m1);
(s0 === 0 ? W.k53 : W.k54)((o2 + s0 * 6272) * 4, (o0 + 72) * 4, o0 * 4, 0, m1);
}
} else {
for (let z4 = 0; z4 < 72; z4++) F[o0 + z4] = 0;
for (let n2 = 0; n2 < 32; n2++) {
let row10 = o0 + 72;
for (let c5 = 0; c5 < 1; c5++) for (let kh6 = 0; kh6 < 3; kh6++) for (let kw7 = 0; kw7 < 3; kw7++, row10 += 784) {
const j011 = Math.min(28, Math.max(0, Math.ceil((1 - kw7) / 1)));
const j112 = Math.max(j011, Math.min(28, Math.floor((28 - kw7) / 1) + 1));
for (let i8 = 0; i8 < 28; i8++) {
const h13 = i8 * 1 + kh6 - 1, so14 = row10 + i8 * 28;
if (h13 < 0 || h13 >= 28) {
for (let j9 = 0; j9 < 28; j9++) F[so14 + j9] = 0;
continue;
}
const xo15 = o1 + n2 * 784 + c5 * 784 + h13 * 28 + kw7 - 1;
for (let j9 = 0; j9 < j011; j9++) F[so14 + j9] = 0;
for (let j9 = j011; j9 < j112; j9++) F[so14 + j9] = F[xo15 + j9 * 1];
for (let j9 = j112; j9 < 28; j9++) F[so14 + j9] = 0;
}
}
kilnProduct(F, o2 + n2 * 6272, o0 + 72, o0 + 72 + 7056, 8, 784, 9, false, true);
for (let i3 = 0; i3 < 72; i3++) F[o0 + i3] += F[o0 + 72 + 7056 + i3];
}
}
}
function k51(o0, o1, o2, o3, o4) { // fused sub mul sum mul add sqrt div [1, 8, 1]
if (W !== null) W.k55(o0 * 4, o1 * 4, o0 * 4, o2 * 4, o3 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 8; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 784, p4 = o0 + i1 * 784; i2 < 32; i2++, p3 += 6272, p4 += 6272) {
for (let i5 = 0; i5 < 784; i5++) {
const x7 = F[p3 + i5];
const x8 = F[o1 + i1];
const v0 = x7 - x8;
const v1 = v0 * v0;
F[p4 + i5] = v0;
acc0 = acc0 + v1;
}
}
const v2 = acc0;
const e11 = F[o2 + i1];
const v3 = v2 * 0.00003985969387755102;
const v4 = v3 + 0.00001;
const v5 = Math.sqrt(v4);
const v6 = e11 / v5;
F[o3 + i1] = v5;
F[o4 + i1] = v6;
}
}
}
function k52(o0, o1, o2, o3, o4) { // fused sub mul sum mul add sqrt div [1, 16, 1]
if (W !== null) W.k56(o0 * 4, o1 * 4, o0 * 4, o2 * 4, o3 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196, p4 = o0 + i1 * 196; i2 < 32; i2++, p3 += 3136, p4 += 3136) {
for (let i5 = 0; i5 < 196; i5++) {
const x7 = F[p3 + i5];
const x8 = F[o1 + i1];
const v0 = x7 - x8;
const v1 = v0 * v0;
F[p4 + i5] = v0;
acc0 = acc0 + v1;
}
}
const v2 = acc0;
const e11 = F[o2 + i1];
const v3 = v2 * 0.00015943877551020407;
const v4 = v3 + 0.00001;
const v5 = Math.sqrt(v4);
const v6 = e11 / v5;
F[o3 + i1] = v5;
F[o4 + i1] = v6;
}
}
}
function k53(o0, o1, o2) { // matmul [64, 10]
if (W !== null) W.k33(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 32, 10, true, false);
}
}
function k54(o0, o1) { // sum [64]
if (W !== null) W.k57(o0 * 4, o1 * 4);
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
function k55(o0, o1) { // reshape [16]
for (let i0 = 0; i0 < 16; i0++) {
F[o0 + i0] = F[o1 + i0];
}
}
function k56(o0, o1) { // reshape [8]
for (let i0 = 0; i0 < 8; i0++) {
F[o0 + i0] = F[o1 + i0];
}
}
function k57(o0, o1, o2) { // conv2d_input_grad [32, 1, 28, 28]
if (W !== null) {
if (W !== null) W.k60(o0 * 4);
else {
for (let z2 = 0; z2 < 25088; z2++) F[o0 + z2] = 0;
}
for (let s0 = 0; s0 < 32; s0 += 4) {
const m1 = Math.min(4, 32 - s0);
W.k58(o2 * 4, (o1 + s0 * 6272) * 4, (o0 + 25088) * 4, 0, m1);
W.k59((o0 + s0 * 784) * 4, (o0 + 25088) * 4, m1);
}
} else {
for (let n3 = 0; n3 < 32; n3++) {
kilnProduct(F, o2, o1 + n3 * 6272, o0 + 25088, 9, 8, 784, true, false);
for (let z4 = 0; z4 < 784; z4++) F[o0 + n3 * 784 + z4] = 0;
let row10 = o0 + 25088;
for (let c5 = 0; c5 < 1; c5++) for (let kh6 = 0; kh6 < 3; kh6++) for (let kw7 = 0; kw7 < 3; kw7++, row10 += 784) {
const j011 = Math.min(28, Math.max(0, Math.ceil((1 - kw7) / 1)));
const j112 = Math.max(j011, Math.min(28, Math.floor((28 - kw7) / 1) + 1));
for (let i8 = 0; i8 < 28; i8++) {
const h13 = i8 * 1 + kh6 - 1, so14 = row10 + i8 * 28;
if (h13 < 0 || h13 >= 28) {
continue;
}
const xo15 = o0 + n3 * 784 + c5 * 784 + h13 * 28 + kw7 - 1;
for (let j9 = j011; j9 < j112; j9++) F[xo15 + j9 * 1] += F[so14 + j9];
}
}
}
}
}
function k58(o0, o1, o2, o3, o4) { // fused add sqrt div [1, 8, 1]
if (W !== null) W.k19(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4);
else {
for (let i0 = 0; i0 < o4; i0++) {
const x3 = F[o0 + i0];
const x5 = F[o1 + i0];
const v0 = x3 + 0.00001;
const v1 = Math.sqrt(v0);
const v2 = x5 / v1;
F[o2 + i0] = v1;
F[o3 + i0] = v2;
}
}
}
function k59(o0, o1, o2, o3, o4) { // fused sub mul add [32, 8, 784]
if (W !== null) W.k61(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4, o4 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o4; i0 < 32; i0++, p1 += 6272, p2 += 6272, p3 += 6272) {
for (let i4 = 0, p5 = p1, p6 = o1, p7 = o2, p8 = o3, p9 = p2, p10 = p3; i4 < 8; i4++, p5 += 784, p6 += 1, p7 += 1, p8 += 1, p9 += 784, p10 += 784) {
for (let i11 = 0; i11 < 784; i11++) {
const x3 = F[p5 + i11];
const x4 = F[p6];
const x5 = F[p7];
const x6 = F[p8];
const v0 = x3 - x4;
const v1 = v0 * x5;
const v2 = v1 + x6;
F[p9 + i11] = v0;
F[p10 + i11] = v2;
}
}
}
}
}
function k60(o0, o1, o2, o3, o4) { // fused sub mul add [32, 16, 196]
if (W !== null) W.k62(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4, o4 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o4; i0 < 32; i0++, p1 += 3136, p2 += 3136, p3 += 3136) {
for (let i4 = 0, p5 = p1, p6 = o1, p7 = o2, p8 = o3, p9 = p2, p10 = p3; i4 < 16; i4++, p5 += 196, p6 += 1, p7 += 1, p8 += 1, p9 += 196, p10 += 196) {
for (let i11 = 0; i11 < 196; i11++) {
const x3 = F[p5 + i11];
const x4 = F[p6];
const x5 = F[p7];
const x6 = F[p8];
const v0 = x3 - x4;
const v1 = v0 * x5;
const v2 = v1 + x6;
F[p9 + i11] = v0;
F[p10 + i11] = v2;
}
}
}
}
}
function k61(o0, o1, o2, o3) { // fused matmul gt mul [32, 64]
if (W !== null) W.k30(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 32, 10, 64, false, true);
}
if (W !== null) W.k63(o0 * 4, o3 * 4, o0 * 4);
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
function k62(o0, o1, o2) { // mul [32, 16, 196]
if (W !== null) W.k64(o1 * 4, o2 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1; i0 < 32; i0++, p1 += 3136, p2 += 3136) {
for (let i3 = 0, p4 = p1, p5 = p2, p6 = o2; i3 < 16; i3++, p4 += 196, p5 += 196, p6 += 1) {
for (let i7 = 0; i7 < 196; i7++) {
F[p4 + i7] = F[p5 + i7] * F[p6];
}
}
}
}
}
function k63(o0, o1, o2) { // fused mul sum div [1, 16, 1]
if (W !== null) W.k65(o0 * 4, o1 * 4, o2 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196, p4 = o1 + i1 * 196; i2 < 32; i2++, p3 += 3136, p4 += 3136) {
for (let i5 = 0; i5 < 196; i5++) {
const x3 = F[p3 + i5];
const x4 = F[p4 + i5];
const v0 = x3 * x4;
acc0 = acc0 + v0;
}
}
const v1 = acc0;
const e5 = F[o2 + i1];
const v2 = v1 / e5;
F[o2 + i1] = v2;
}
}
}
function k64(o0, o1, o2) { // mul [32, 8, 784]
if (W !== null) W.k66(o1 * 4, o2 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1; i0 < 32; i0++, p1 += 6272, p2 += 6272) {
for (let i3 = 0, p4 = p1, p5 = p2, p6 = o2; i3 < 8; i3++, p4 += 784, p5 += 784, p6 += 1) {
for (let i7 = 0; i7 < 784; i7++) {
F[p4 + i7] = F[p5 + i7] * F[p6];
}
}
}
}
}
function k65(o0, o1, o2) { // fused mul sum div [1, 8, 1]
if (W !== null) W.k67(o0 * 4, o1 * 4, o2 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 8; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 784, p4 = o1 + i1 * 784; i2 < 32; i2++, p3 += 6272, p4 += 6272) {
for (let i5 = 0; i5 < 784; i5++) {
const x3 = F[p3 + i5];
const x4 = F[p4 + i5];
const v0 = x3 * x4;
acc0 = acc0 + v0;
}
}
const v1 = acc0;
const e5 = F[o2 + i1];
const v2 = v1 / e5;
F[o2 + i1] = v2;
}
}
}
function run_predict(c) {
k0(181696, 156608, 0, 72);
c?.(0);
k1(52194, 80, 410624, 8);
c?.(1);
k2(181696, 52186, 410624, 88);
c?.(2);
k3(181696, 200704);
c?.(3);
k4(410624, 181696);
c?.(4);
k5(181696, 410624, 96, 1248);
c?.(5);
k1(52218, 1264, 310272, 16);
c?.(6);
k6(181696, 52202, 310272, 1280);
c?.(7);
k3(181696, 100352);
c?.(8);
k7(310272, 181696);
c?.(9);
k8(181696, 310272, 1296, 51472);
c?.(10);
k9(183744, 181696, 51536, 52176);
c?.(11);
k10(183744, 181696);
c?.(12);
k11(183744, 181696, 181728);
c?.(13);
k12(183744, 181728);
c?.(14);
}
function run_step0(c) {
k13(1, 156607, 0, 156606, 1015920);
c?.(0);
k14(1, 156607, 1015921);
c?.(1);
k0(181696, 156608, 0, 72);
c?.(2);
k15(181696, 410624);
c?.(3);
k16(181696, 410624, 1015904);
c?.(4);
k17(52186, 410624, 8);
c?.(5);
k18(52194, 1015904, 8);
c?.(6);
k19(1015904, 80, 1015912, 8);
c?.(7);
k20(181696, 1015912, 88, 410624);
c?.(8);
k3(410624, 200704);
c?.(9);
k4(940608, 410624);
c?.(10);
k5(611328, 940608, 96, 1248);
c?.(11);
k21(611328, 739904);
c?.(12);
k22(611328, 739904, 1015872);
c?.(13);
k17(52202, 739904, 16);
c?.(14);
k23(52218, 1015872, 16);
c?.(15);
k19(1015872, 1264, 1015888, 16);
c?.(16);
k24(611328, 1015888, 1280, 739904);
c?.(17);
k3(739904, 100352);
c?.(18);
k7(890432, 739904);
c?.(19);
k25(919616, 890432, 1296, 51472, 915520, 917568);
c?.(20);
k9(921664, 919616, 51536, 52176);
c?.(21);
k10(921664, 922304);
c?.(22);
k26(923712, 0);
c?.(23);
k27(921664, 922304, 921984, 922336, 922368);
c?.(24);
k28(921664, 922368, 923712, 1015922);
c?.(25);
k29(923712, 922336);
c?.(26);
k30(923712, 922336, 921984, 922304);
c?.(27);
k31(922304, 156586, 156596, 1015921, 1015920, 52176, 10);
c?.(28);
k32(921664, 923712, 51536, 917568, 915520);
c?.(29);
k33(921664, 155178, 155242, 1015921, 1015920, 51472);
c?.(30);
k34(915520, 919616, 923712, 155306, 155946, 1015921, 1015920, 51536);
c?.(31);
k35(990784, 921664, 1296);
c?.(32);
k36(840256, 890432, 921664);
c?.(33);
k31(840256, 54826, 105002, 1015921, 1015920, 1296, 50176);
c?.(34);
k37(840256, 739904, 990784);
c?.(35);
k38(739904, 840256, 100352);
c?.(36);
k39(739904, 990784);
c?.(37);
k31(990784, 54794, 54810, 1015921, 1015920, 1280, 16);
c?.(38);
k40(739904, 611328, 1015872, 1015888, 990784);
c?.(39);
k31(1015872, 54762, 54778, 1015921, 1015920, 1264, 16);
c?.(40);
k41(739904, 1015888, 990784, 611328, 990800);
c?.(41);
k42(739904, 990800);
c?.(42);
k43(840256, 739904, 96);
c?.(43);
k44(611328, 940608, 739904);
c?.(44);
k31(611328, 52426, 53578, 1015921, 1015920, 96, 1152);
c?.(45);
k39(739904, 611328);
c?.(46);
k31(611328, 54730, 54746, 1015921, 1015920, 1248, 16);
c?.(47);
k45(611328, 410624, 840256);
c?.(48);
k38(410624, 611328, 200704);
c?.(49);
k46(410624, 611328);
c?.(50);
k31(611328, 52410, 52418, 1015921, 1015920, 88, 8);
c?.(51);
k47(410624, 181696, 1015904, 1015912, 611328);
c?.(52);
k31(1015904, 52394, 52402, 1015921, 1015920, 80, 8);
c?.(53);
k48(410624, 1015912, 611328, 181696, 611336);
c?.(54);
k49(410624, 611336);
c?.(55);
k50(181696, 156608, 410624);
c?.(56);
k31(181696, 52234, 52306, 1015921, 1015920, 0, 72);
c?.(57);
k46(410624, 181696);
c?.(58);
k31(181696, 52378, 52386, 1015921, 1015920, 72, 8);
c?.(59);
}
function run_grad0(c) {
k0(181696, 156608, 0, 72);
c?.(0);
k15(181696, 410624);
c?.(1);
k51(181696, 410624, 80, 1071050, 1071058);
c?.(2);
k20(181696, 1071058, 88, 410624);
c?.(3);
k3(410624, 200704);
c?.(4);
k4(940608, 410624);
c?.(5);
k5(611328, 940608, 96, 1248);
c?.(6);
k21(611328, 739904);
c?.(7);
k52(611328, 739904, 1264, 1066048, 1066064);
c?.(8);
k24(611328, 1066064, 1280, 739904);
c?.(9);
k3(739904, 100352);
c?.(10);
k7(840256, 739904);
c?.(11);
k25(869440, 840256, 1296, 51472, 865344, 867392);
c?.(12);
k9(871488, 869440, 51536, 52176);
c?.(13);
k10(871488, 872448);
c?.(14);
k26(871808, 0);
c?.(15);
k27(871488, 872448, 872128, 872480, 872512);
c?.(16);
k28(871488, 872512, 871808, 1071066);
c?.(17);
k29(871808, 872480);
c?.(18);
k30(871808, 872480, 872128, 1071040);
c?.(19);
k53(1070336, 869440, 871808);
c?.(20);
k32(869440, 871808, 51536, 867392, 865344);
c?.(21);
k54(869440, 1070976);
c?.(22);
k35(1040960, 869440, 1296);
c?.(23);
k36(990784, 840256, 869440);
c?.(24);
k37(840256, 739904, 1040960);
c?.(25);
k38(739904, 840256, 100352);
c?.(26);
k39(739904, 918656);
c?.(27);
k40(739904, 611328, 1066048, 1066064, 1066080);
c?.(28);
k55(918672, 1066048);
c?.(29);
k41(739904, 1066064, 1066080, 611328, 1066096);
c?.(30);
k42(739904, 1066096);
c?.(31);
k43(840256, 739904, 96);
c?.(32);
k44(1040960, 940608, 739904);
c?.(33);
k39(739904, 918688);
c?.(34);
k45(611328, 410624, 840256);
c?.(35);
k38(410624, 611328, 200704);
c?.(36);
k46(410624, 918704);
c?.(37);
k47(410624, 181696, 1071050, 1071058, 918720);
c?.(38);
k56(918712, 1071050);
c?.(39);
k48(410624, 1071058, 918720, 181696, 1071050);
c?.(40);
k49(410624, 1071050);
c?.(41);
k57(181696, 410624, 0);
c?.(42);
k50(235008, 156608, 410624);
c?.(43);
k46(410624, 918720);
c?.(44);
}
function run_grad1(c) {
k0(181696, 156608, 0, 72);
c?.(0);
k58(52194, 80, 1149482, 1149490, 8);
c?.(1);
k59(181696, 52186, 1149490, 88, 410624);
c?.(2);
k3(410624, 200704);
c?.(3);
k4(1019008, 410624);
c?.(4);
k5(611328, 1019008, 96, 1248);
c?.(5);
k58(52218, 1264, 1119360, 1119376, 16);
c?.(6);
k60(611328, 52202, 1119376, 1280, 739904);
c?.(7);
k3(739904, 100352);
c?.(8);
k7(840256, 739904);
c?.(9);
k8(865344, 840256, 1296, 51472);
c?.(10);
k9(867392, 865344, 51536, 52176);
c?.(11);
k10(867392, 968384);
c?.(12);
k26(967744, 0);
c?.(13);
k27(867392, 968384, 968064, 968416, 968448);
c?.(14);
k28(867392, 968448, 967744, 1149498);
c?.(15);
k29(967744, 968416);
c?.(16);
k30(967744, 968416, 968064, 1149472);
c?.(17);
k53(1148736, 865344, 967744);
c?.(18);
k61(965696, 967744, 51536, 865344);
c?.(19);
k54(965696, 1149376);
c?.(20);
k35(940608, 965696, 1296);
c?.(21);
k36(1069184, 840256, 965696);
c?.(22);
k37(840256, 739904, 940608);
c?.(23);
k38(739904, 840256, 100352);
c?.(24);
k39(739904, 1149440);
c?.(25);
k62(840256, 739904, 1119376);
c?.(26);
k63(739904, 611328, 1119360);
c?.(27);
k55(1149456, 1119360);
c?.(28);
k43(940608, 840256, 96);
c?.(29);
k44(1119360, 1019008, 840256);
c?.(30);
k39(840256, 1019008);
c?.(31);
k45(611328, 410624, 940608);
c?.(32);
k38(410624, 611328, 200704);
c?.(33);
k46(410624, 1019024);
c?.(34);
k64(611328, 410624, 1149490);
c?.(35);
k65(410624, 181696, 1149482);
c?.(36);
k56(1019032, 1149482);
c?.(37);
k57(181696, 611328, 0);
c?.(38);
k50(812032, 156608, 611328);
c?.(39);
k46(611328, 1019040);
c?.(40);
}
return finishModel(c, [run_predict, run_step0, run_grad0, run_grad1], (r) => { R = r; });
}
