// runtime pieces: {createCore,finishModel}, {kilnExpF32,kilnExpm1F32,kilnSigmoidF32,kilnSoftplusF32,kilnTanhF32}, kilnProduct
// ---- model
export const meta = {
  "model": "Dcgan",
  "dtype": "f32",
  "inputs": [
    {"name":"real","dtype":"f32","shape":[64,1,28,28]},
    {"name":"z","dtype":"f32","shape":[64,32]}
  ],
  "outputs": [
    {"name":"sample","shape":[64,1,28,28]}
  ],
  "params": [
    {"name":"gen.fc.W","shape":[32,1568],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"gen.fc.b","shape":[1568],"init":{"kind":"zeros","args":[]}},
    {"name":"gen.bn0.gamma","shape":[1568],"init":{"kind":"ones","args":[]}},
    {"name":"gen.bn0.beta","shape":[1568],"init":{"kind":"zeros","args":[]}},
    {"name":"gen.up1.W","shape":[32,16,4,4],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"gen.up1.b","shape":[16],"init":{"kind":"zeros","args":[]}},
    {"name":"gen.bn1.gamma","shape":[16],"init":{"kind":"ones","args":[]}},
    {"name":"gen.bn1.beta","shape":[16],"init":{"kind":"zeros","args":[]}},
    {"name":"gen.up2.W","shape":[16,1,4,4],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"gen.up2.b","shape":[1],"init":{"kind":"zeros","args":[]}},
    {"name":"disc.c1.W","shape":[16,1,4,4],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"disc.c1.b","shape":[16],"init":{"kind":"zeros","args":[]}},
    {"name":"disc.c2.W","shape":[32,16,4,4],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"disc.c2.b","shape":[32],"init":{"kind":"zeros","args":[]}},
    {"name":"disc.bn.gamma","shape":[32],"init":{"kind":"ones","args":[]}},
    {"name":"disc.bn.beta","shape":[32],"init":{"kind":"zeros","args":[]}},
    {"name":"disc.out.W","shape":[1568,1],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"disc.out.b","shape":[1],"init":{"kind":"zeros","args":[]}}
  ],
  "state": [
    {"name":"gen.bn0.mean","shape":[1568],"init":{"kind":"zeros","args":[]}},
    {"name":"gen.bn0.var","shape":[1568],"init":{"kind":"ones","args":[]}},
    {"name":"gen.bn1.mean","shape":[16],"init":{"kind":"zeros","args":[]}},
    {"name":"gen.bn1.var","shape":[16],"init":{"kind":"ones","args":[]}},
    {"name":"disc.bn.mean","shape":[32],"init":{"kind":"zeros","args":[]}},
    {"name":"disc.bn.var","shape":[32],"init":{"kind":"ones","args":[]}}
  ],
  "steps": [
    {"name":"d","loss":"d_loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.0002,"beta1":0.5,"beta2":0.999,"eps":1e-8},"params":["disc.c1.W","disc.c1.b","disc.c2.W","disc.c2.b","disc.bn.gamma","disc.bn.beta","disc.out.W","disc.out.b"]},
    {"name":"g","loss":"g_loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.0002,"beta1":0.5,"beta2":0.999,"eps":1e-8},"params":["gen.fc.W","gen.fc.b","gen.bn0.gamma","gen.bn0.beta","gen.up1.W","gen.up1.b","gen.bn1.gamma","gen.bn1.beta","gen.up2.W","gen.up2.b"]}
  ],
  "losses": ["d_loss","g_loss"],
  "predictOnly": false,
  "arenaBytes": 8096560
};
const TABLES = {
  "NF": 2024140,
  "NI": 0,
  "NH": 4,
  "arenaBytes": 8096560,
  "persistent": [
    {"name":"gen.fc.W","shape":[32,1568],"off":0,"size":50176,"kind":"param"},
    {"name":"gen.fc.b","shape":[1568],"off":50176,"size":1568,"kind":"param"},
    {"name":"gen.bn0.gamma","shape":[1568],"off":51744,"size":1568,"kind":"param"},
    {"name":"gen.bn0.beta","shape":[1568],"off":53312,"size":1568,"kind":"param"},
    {"name":"gen.up1.W","shape":[32,16,4,4],"off":54880,"size":8192,"kind":"param"},
    {"name":"gen.up1.b","shape":[16],"off":63072,"size":16,"kind":"param"},
    {"name":"gen.bn1.gamma","shape":[16],"off":63088,"size":16,"kind":"param"},
    {"name":"gen.bn1.beta","shape":[16],"off":63104,"size":16,"kind":"param"},
    {"name":"gen.up2.W","shape":[16,1,4,4],"off":63120,"size":256,"kind":"param"},
    {"name":"gen.up2.b","shape":[1],"off":63376,"size":1,"kind":"param"},
    {"name":"disc.c1.W","shape":[16,1,4,4],"off":63377,"size":256,"kind":"param"},
    {"name":"disc.c1.b","shape":[16],"off":63633,"size":16,"kind":"param"},
    {"name":"disc.c2.W","shape":[32,16,4,4],"off":63649,"size":8192,"kind":"param"},
    {"name":"disc.c2.b","shape":[32],"off":71841,"size":32,"kind":"param"},
    {"name":"disc.bn.gamma","shape":[32],"off":71873,"size":32,"kind":"param"},
    {"name":"disc.bn.beta","shape":[32],"off":71905,"size":32,"kind":"param"},
    {"name":"disc.out.W","shape":[1568,1],"off":71937,"size":1568,"kind":"param"},
    {"name":"disc.out.b","shape":[1],"off":73505,"size":1,"kind":"param"},
    {"name":"gen.bn0.mean","shape":[1568],"off":73506,"size":1568,"kind":"state"},
    {"name":"gen.bn0.var","shape":[1568],"off":75074,"size":1568,"kind":"state"},
    {"name":"gen.bn1.mean","shape":[16],"off":76642,"size":16,"kind":"state"},
    {"name":"gen.bn1.var","shape":[16],"off":76658,"size":16,"kind":"state"},
    {"name":"disc.bn.mean","shape":[32],"off":76674,"size":32,"kind":"state"},
    {"name":"disc.bn.var","shape":[32],"off":76706,"size":32,"kind":"state"},
    {"name":"optim/d/disc.c1.W/exp_avg","shape":[16,1,4,4],"off":76738,"size":256,"kind":"optim"},
    {"name":"optim/d/disc.c1.W/exp_avg_sq","shape":[16,1,4,4],"off":76994,"size":256,"kind":"optim"},
    {"name":"optim/d/disc.c1.b/exp_avg","shape":[16],"off":77250,"size":16,"kind":"optim"},
    {"name":"optim/d/disc.c1.b/exp_avg_sq","shape":[16],"off":77266,"size":16,"kind":"optim"},
    {"name":"optim/d/disc.c2.W/exp_avg","shape":[32,16,4,4],"off":77282,"size":8192,"kind":"optim"},
    {"name":"optim/d/disc.c2.W/exp_avg_sq","shape":[32,16,4,4],"off":85474,"size":8192,"kind":"optim"},
    {"name":"optim/d/disc.c2.b/exp_avg","shape":[32],"off":93666,"size":32,"kind":"optim"},
    {"name":"optim/d/disc.c2.b/exp_avg_sq","shape":[32],"off":93698,"size":32,"kind":"optim"},
    {"name":"optim/d/disc.bn.gamma/exp_avg","shape":[32],"off":93730,"size":32,"kind":"optim"},
    {"name":"optim/d/disc.bn.gamma/exp_avg_sq","shape":[32],"off":93762,"size":32,"kind":"optim"},
    {"name":"optim/d/disc.bn.beta/exp_avg","shape":[32],"off":93794,"size":32,"kind":"optim"},
    {"name":"optim/d/disc.bn.beta/exp_avg_sq","shape":[32],"off":93826,"size":32,"kind":"optim"},
    {"name":"optim/d/disc.out.W/exp_avg","shape":[1568,1],"off":93858,"size":1568,"kind":"optim"},
    {"name":"optim/d/disc.out.W/exp_avg_sq","shape":[1568,1],"off":95426,"size":1568,"kind":"optim"},
    {"name":"optim/d/disc.out.b/exp_avg","shape":[1],"off":96994,"size":1,"kind":"optim"},
    {"name":"optim/d/disc.out.b/exp_avg_sq","shape":[1],"off":96995,"size":1,"kind":"optim"},
    {"name":"optim/g/gen.fc.W/exp_avg","shape":[32,1568],"off":96996,"size":50176,"kind":"optim"},
    {"name":"optim/g/gen.fc.W/exp_avg_sq","shape":[32,1568],"off":147172,"size":50176,"kind":"optim"},
    {"name":"optim/g/gen.fc.b/exp_avg","shape":[1568],"off":197348,"size":1568,"kind":"optim"},
    {"name":"optim/g/gen.fc.b/exp_avg_sq","shape":[1568],"off":198916,"size":1568,"kind":"optim"},
    {"name":"optim/g/gen.bn0.gamma/exp_avg","shape":[1568],"off":200484,"size":1568,"kind":"optim"},
    {"name":"optim/g/gen.bn0.gamma/exp_avg_sq","shape":[1568],"off":202052,"size":1568,"kind":"optim"},
    {"name":"optim/g/gen.bn0.beta/exp_avg","shape":[1568],"off":203620,"size":1568,"kind":"optim"},
    {"name":"optim/g/gen.bn0.beta/exp_avg_sq","shape":[1568],"off":205188,"size":1568,"kind":"optim"},
    {"name":"optim/g/gen.up1.W/exp_avg","shape":[32,16,4,4],"off":206756,"size":8192,"kind":"optim"},
    {"name":"optim/g/gen.up1.W/exp_avg_sq","shape":[32,16,4,4],"off":214948,"size":8192,"kind":"optim"},
    {"name":"optim/g/gen.up1.b/exp_avg","shape":[16],"off":223140,"size":16,"kind":"optim"},
    {"name":"optim/g/gen.up1.b/exp_avg_sq","shape":[16],"off":223156,"size":16,"kind":"optim"},
    {"name":"optim/g/gen.bn1.gamma/exp_avg","shape":[16],"off":223172,"size":16,"kind":"optim"},
    {"name":"optim/g/gen.bn1.gamma/exp_avg_sq","shape":[16],"off":223188,"size":16,"kind":"optim"},
    {"name":"optim/g/gen.bn1.beta/exp_avg","shape":[16],"off":223204,"size":16,"kind":"optim"},
    {"name":"optim/g/gen.bn1.beta/exp_avg_sq","shape":[16],"off":223220,"size":16,"kind":"optim"},
    {"name":"optim/g/gen.up2.W/exp_avg","shape":[16,1,4,4],"off":223236,"size":256,"kind":"optim"},
    {"name":"optim/g/gen.up2.W/exp_avg_sq","shape":[16,1,4,4],"off":223492,"size":256,"kind":"optim"},
    {"name":"optim/g/gen.up2.b/exp_avg","shape":[1],"off":223748,"size":1,"kind":"optim"},
    {"name":"optim/g/gen.up2.b/exp_avg_sq","shape":[1],"off":223749,"size":1,"kind":"optim"}
  ],
  "persistentEnd": 223750,
  "constants": [],
  "inputs": [
    {"name":"real","dtype":"f32","shape":[64,1,28,28],"place":{"arr":"F","off":223754}},
    {"name":"z","dtype":"f32","shape":[64,32],"place":{"arr":"F","off":273930}}
  ],
  "outputs": [
    {"name":"sample","shape":[64,1,28,28],"place":{"arr":"F","off":501770}}
  ],
  "steps": [
    {"name":"d","loss":"d_loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.0002,"beta1":0.5,"beta2":0.999,"eps":1e-8},"params":["disc.c1.W","disc.c1.b","disc.c2.W","disc.c2.b","disc.bn.gamma","disc.bn.beta","disc.out.W","disc.out.b"],"lr":{"h":0,"f":223750},"t":{"h":1,"f":223751},"value":1977514},
    {"name":"g","loss":"g_loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.0002,"beta1":0.5,"beta2":0.999,"eps":1e-8},"params":["gen.fc.W","gen.fc.b","gen.bn0.gamma","gen.bn0.beta","gen.up1.W","gen.up1.b","gen.bn1.gamma","gen.bn1.beta","gen.up2.W","gen.up2.b"],"lr":{"h":2,"f":223752},"t":{"h":3,"f":223753},"value":1671530}
  ],
  "gradients": [
    {"loss":"d_loss","mode":"train","value":1977514,"grads":[{"name":"gen.fc.W","off":275978,"size":50176},{"name":"gen.fc.b","off":336394,"size":1568},{"name":"gen.bn0.gamma","off":336394,"size":1568},{"name":"gen.bn0.beta","off":336394,"size":1568},{"name":"gen.up1.W","off":326154,"size":8192},{"name":"gen.up1.b","off":1858698,"size":16},{"name":"gen.bn1.gamma","off":1858698,"size":16},{"name":"gen.bn1.beta","off":1858698,"size":16},{"name":"gen.up2.W","off":337962,"size":256},{"name":"gen.up2.b","off":1977386,"size":1},{"name":"disc.c1.W","off":1827082,"size":256},{"name":"disc.c1.b","off":1268586,"size":16},{"name":"disc.c2.W","off":1793802,"size":8192},{"name":"disc.c2.b","off":1977354,"size":32},{"name":"disc.bn.gamma","off":1268554,"size":32},{"name":"disc.bn.beta","off":1268522,"size":32},{"name":"disc.out.W","off":1266954,"size":1568},{"name":"disc.out.b","off":1977515,"size":1},{"name":"real","off":508042,"size":50176},{"name":"z","off":334346,"size":2048}]},
    {"loss":"d_loss","mode":"eval","value":1977450,"grads":[{"name":"gen.fc.W","off":275978,"size":50176},{"name":"gen.fc.b","off":336394,"size":1568},{"name":"gen.bn0.gamma","off":336394,"size":1568},{"name":"gen.bn0.beta","off":336394,"size":1568},{"name":"gen.up1.W","off":326154,"size":8192},{"name":"gen.up1.b","off":338218,"size":16},{"name":"gen.bn1.gamma","off":338218,"size":16},{"name":"gen.bn1.beta","off":338218,"size":16},{"name":"gen.up2.W","off":337962,"size":256},{"name":"gen.up2.b","off":1858762,"size":1},{"name":"disc.c1.W","off":1827082,"size":256},{"name":"disc.c1.b","off":1268554,"size":16},{"name":"disc.c2.W","off":1793802,"size":8192},{"name":"disc.c2.b","off":1858698,"size":32},{"name":"disc.bn.gamma","off":1858730,"size":32},{"name":"disc.bn.beta","off":1268522,"size":32},{"name":"disc.out.W","off":1266954,"size":1568},{"name":"disc.out.b","off":1977451,"size":1},{"name":"real","off":508042,"size":50176},{"name":"z","off":334346,"size":2048}]},
    {"loss":"g_loss","mode":"train","value":1848842,"grads":[{"name":"gen.fc.W","off":275978,"size":50176},{"name":"gen.fc.b","off":1696938,"size":1568},{"name":"gen.bn0.gamma","off":1695370,"size":1568},{"name":"gen.bn0.beta","off":1660298,"size":1568},{"name":"gen.up1.W","off":1561738,"size":8192},{"name":"gen.up1.b","off":1848762,"size":16},{"name":"gen.bn1.gamma","off":1848746,"size":16},{"name":"gen.bn1.beta","off":1848794,"size":16},{"name":"gen.up2.W","off":1626634,"size":256},{"name":"gen.up2.b","off":1661898,"size":1},{"name":"disc.c1.W","off":1595018,"size":256},{"name":"disc.c1.b","off":1848778,"size":16},{"name":"disc.c2.W","off":1662090,"size":8192},{"name":"disc.c2.b","off":1848714,"size":32},{"name":"disc.bn.gamma","off":1661866,"size":32},{"name":"disc.bn.beta","off":1848682,"size":32},{"name":"disc.out.W","off":1847114,"size":1568},{"name":"disc.out.b","off":1848843,"size":1},{"name":"real","off":326154,"size":50176},{"name":"z","off":1658250,"size":2048}]},
    {"loss":"g_loss","mode":"eval","value":2007498,"grads":[{"name":"gen.fc.W","off":376330,"size":50176},{"name":"gen.fc.b","off":2002698,"size":1568},{"name":"gen.bn0.gamma","off":2004266,"size":1568},{"name":"gen.bn0.beta","off":1754122,"size":1568},{"name":"gen.up1.W","off":1687178,"size":8192},{"name":"gen.up1.b","off":1869114,"size":16},{"name":"gen.bn1.gamma","off":2007418,"size":16},{"name":"gen.bn1.beta","off":2007402,"size":16},{"name":"gen.up2.W","off":1720458,"size":256},{"name":"gen.up2.b","off":1869130,"size":1},{"name":"disc.c1.W","off":1160330,"size":256},{"name":"disc.c1.b","off":1869098,"size":16},{"name":"disc.c2.W","off":1969418,"size":8192},{"name":"disc.c2.b","off":1191946,"size":32},{"name":"disc.bn.gamma","off":1869066,"size":32},{"name":"disc.bn.beta","off":2007434,"size":32},{"name":"disc.out.W","off":2005834,"size":1568},{"name":"disc.out.b","off":2007499,"size":1},{"name":"real","off":275978,"size":50176},{"name":"z","off":1752074,"size":2048}]}
  ],
  "entries": [
    {"feeds":["z"],"checks":[501770,100352,0,275978,1568,1,501770,100352,2,501770,100352,3,275978,200704,4,275978,200704,5,501770,16,6,275978,200704,7,275978,200704,8,501770,50176,9,501770,50176,10]},
    {"feeds":["real","z"],"checks":[501770,100352,0,275978,1568,11,277546,1568,12,73506,1568,13,75074,1568,14,277546,1568,1,501770,100352,15,501770,100352,3,275978,200704,4,275978,200704,5,501770,16,16,501786,16,17,76642,16,18,76658,16,19,501786,16,6,275978,200704,20,275978,200704,8,1894154,50176,9,1894154,50176,10,275978,200704,21,965898,200704,22,1367306,100352,23,1975754,32,24,1975786,32,25,1977418,32,26,1492746,100352,27,1593098,100352,28,1975690,64,29,508042,200704,21,1166602,200704,22,740106,100352,23,1977322,32,24,1977450,32,25,76674,32,30,76706,32,31,1977482,32,26,1693450,100352,27,865546,100352,28,1975754,64,32,1977514,1,33,1977514,1,34,1977515,1,35,1977516,1,36,1977517,1,37,1793802,100352,38,1975690,1568,39,1693450,100352,40,1977322,32,41,1977354,32,42,865546,32,43,1693450,100352,44,740106,200704,45,1793802,8192,46,1977354,32,47,508042,200704,48,1827082,256,49,1268522,16,50,1977517,1,51,73505,1,52,1166602,100352,38,1266954,1568,53,71937,1568,54,1492746,100352,40,1977322,32,55,71905,32,56,1977450,32,57,71873,32,58,1977386,32,43,1492746,100352,44,508042,200704,45,1593098,8192,46,1793802,8192,59,63649,8192,60,1977354,32,61,71841,32,62,275978,200704,48,508042,256,49,63377,256,63,1268522,16,64,63633,16,65]},
    {"feeds":["z"],"checks":[1285770,100352,0,275978,1568,11,1668362,1568,12,73506,1568,13,75074,1568,14,1669930,1568,1,1386122,100352,15,1386122,100352,3,508042,200704,4,508042,200704,5,1486474,16,16,1671498,16,17,76642,16,18,76658,16,19,1671514,16,6,959626,200704,20,959626,200704,8,1586826,50176,9,1586826,50176,10,275978,200704,21,733834,200704,22,1160330,100352,23,1486474,32,24,834314,32,25,76674,32,30,76706,32,31,834346,32,26,1486474,100352,27,733834,100352,28,834250,64,66,1671530,1,67,1671531,1,68,1671532,1,69,834186,64,70,733834,100352,38,1486474,100352,40,834314,32,71,733834,32,43,1486474,100352,44,733834,200704,45,275978,200704,48,1486474,50176,72,1568010,1,73,1568011,1,74,63376,1,75,275978,200704,76,1486474,256,77,63120,256,78,959626,200704,79,1160330,16,80,63104,16,81,1160330,16,82,63088,16,83,1671498,16,84,959626,200704,85,1160330,16,86,63072,16,87,275978,100352,88,1160330,8192,89,54880,8192,90,1386122,100352,91,1486474,1568,92,53312,1568,93,1486474,1568,94,51744,1568,95,1488042,1568,96,1386122,100352,97,147172,50176,98,0,50176,99,275978,1568,100,50176,1568,101]},
    {"feeds":["real","z"],"checks":[501770,100352,0,275978,1568,11,277546,1568,102,501770,100352,15,501770,100352,3,275978,200704,4,275978,200704,5,501770,16,16,501786,16,103,275978,200704,20,275978,200704,8,1894154,50176,9,1894154,50176,10,275978,200704,21,965898,200704,22,1367306,100352,23,1166602,32,24,1977418,32,104,1492746,100352,27,1593098,100352,28,1975690,64,29,508042,200704,21,1166602,200704,22,740106,100352,23,1977322,32,24,1977482,32,104,1693450,100352,27,865546,100352,28,1975754,64,32,1977514,1,33,1977514,1,34,1977515,1,37,1793802,100352,38,1975690,1568,39,1693450,100352,40,1977322,32,41,1977354,32,42,865546,32,43,1693450,100352,44,740106,200704,45,1793802,8192,46,1977354,32,47,508042,200704,48,1827082,256,49,1268586,16,50,1977515,1,51,1166602,100352,38,1266954,1568,53,1492746,100352,40,1977322,32,55,1268522,32,105,1977450,32,57,1268554,32,106,1977386,32,43,1492746,100352,44,508042,200704,45,1593098,8192,46,1793802,8192,59,1977354,32,61,275978,200704,48,508042,50176,72,589578,256,49,1827082,256,107,1268586,16,64,275978,50176,108,336394,1568,109,326154,8192,110,1858698,16,111,337962,256,112,1977386,1,113,334346,2048,114]},
    {"feeds":["real","z"],"checks":[501770,100352,0,275978,1568,1,501770,100352,2,501770,100352,3,275978,200704,4,275978,200704,5,501770,16,6,275978,200704,7,275978,200704,8,1894154,50176,9,1894154,50176,10,275978,200704,21,965898,200704,22,1367306,100352,23,1977418,32,26,1492746,100352,115,1593098,100352,28,1975690,64,29,508042,200704,21,1166602,200704,22,740106,100352,23,865546,100352,115,1693450,100352,28,1975754,64,32,1977450,1,33,1977450,1,34,1977451,1,37,1793802,100352,38,1975690,1568,39,865546,100352,40,1977322,32,41,1693450,100352,116,1977354,32,117,740106,200704,45,1793802,8192,46,1858698,32,47,508042,200704,48,1827082,256,49,1268554,16,50,1977451,1,51,1166602,100352,38,1266954,1568,53,1492746,100352,40,1977322,32,55,1268522,32,105,1166602,100352,116,1977354,32,118,1858730,32,106,508042,200704,45,733834,8192,46,1793802,8192,59,1858698,32,61,275978,200704,48,508042,50176,72,589578,256,49,1827082,256,107,1268554,16,64,275978,50176,108,336394,1568,109,326154,8192,110,338218,16,111,337962,256,112,1858762,1,113,334346,2048,114]},
    {"feeds":["z"],"checks":[1361034,100352,0,275978,1568,11,1845546,1568,102,1461386,100352,15,1461386,100352,3,508042,200704,4,508042,200704,5,275978,16,16,1848826,16,103,959626,200704,20,959626,200704,8,1762442,50176,9,1762442,50176,10,275978,200704,21,1160330,200704,22,733834,100352,23,859274,32,24,1848778,32,104,1561738,100352,27,859274,100352,28,1847114,64,66,1848842,1,67,1848843,1,119,1662090,100352,38,1847114,1568,39,1561738,100352,40,1848682,32,120,1848714,32,42,859274,32,43,1561738,100352,44,733834,200704,45,1662090,8192,46,1848714,32,47,275978,200704,48,1160330,50176,72,1595018,256,49,1848778,16,50,1661866,32,106,1848794,1,73,1661898,1,121,275978,200704,76,1626634,256,77,959626,200704,79,1848794,16,80,1848762,16,82,1848746,16,122,1848810,16,84,959626,200704,85,1848762,16,86,275978,100352,88,1561738,8192,89,1461386,100352,91,1658250,1568,92,1660298,1568,123,1658250,1568,94,1695370,1568,124,1696938,1568,96,1461386,100352,97,1696938,1568,100,1658250,2048,125,275978,50176,126,326154,50176,127]},
    {"feeds":["z"],"checks":[1486474,100352,0,2004266,1568,1,1586826,100352,2,1586826,100352,3,508042,200704,4,508042,200704,5,2007482,16,6,959626,200704,7,959626,200704,8,1887882,50176,9,1887882,50176,10,934666,32,26,275978,200704,21,1160330,200704,22,1361034,100352,23,1687178,100352,115,733834,100352,28,934602,64,66,2007498,1,67,2007499,1,119,834186,100352,38,2005834,1568,39,1687178,100352,40,2007434,32,120,1787530,100352,116,733834,200704,45,1969418,8192,46,1191946,32,47,275978,200704,48,1787530,50176,72,1160330,256,49,1869098,16,50,2007402,32,128,1869066,32,106,2007402,1,73,1869130,1,121,275978,200704,76,1720458,256,77,959626,200704,79,2007402,16,80,733834,200704,129,2007466,16,130,2007418,16,122,1869114,16,86,275978,100352,88,1687178,8192,89,1586826,100352,91,1752074,1568,92,1754122,1568,123,275978,100352,131,2002698,1568,132,2004266,1568,124,2002698,1568,100,1752074,2048,125,376330,50176,126,275978,50176,127]}
  ],
  "info": [
    [2,1,3,[0,1]], // add <prelude>:12:22 f32[64, 1568] (matmul)
    [7,8,9,[2,4,5,6]], // div <prelude>:99:11 f32[1, 1568, 1] (add, sqrt)
    [2,13,14,[10,11,12,13]], // add <prelude>:100:18 f32[64, 1568, 1] (sub, mul)
    [15,16,3,[]], // relu mnist_dcgan.kiln:13:7 f32[64, 1568]
    [17,18,19,[]], // conv2d_input_grad <prelude>:42:14 f32[64, 16, 14, 14]
    [2,18,19,[]], // add <prelude>:42:14 f32[64, 16, 14, 14]
    [7,8,20,[2,4,5,6]], // div <prelude>:99:11 f32[1, 16, 1] (add, sqrt)
    [2,13,21,[10,11,12,13]], // add <prelude>:100:18 f32[64, 16, 196] (sub, mul)
    [15,22,19,[]], // relu mnist_dcgan.kiln:14:7 f32[64, 16, 14, 14]
    [17,18,23,[]], // conv2d_input_grad <prelude>:42:14 f32[64, 1, 28, 28]
    [24,25,23,[2,18]], // tanh mnist_dcgan.kiln:15:10 f32[64, 1, 28, 28] (add)
    [12,27,9,[26,27]], // mul <prelude>:92:16 f32[1, 1568, 1] (sum)
    [12,29,9,[10,11,12,28,26,29]], // mul <prelude>:94:15 f32[1, 1568, 1] (sub, mul, sum)
    [30,31,32,[]], // the update of state 'gen.bn0.mean' <prelude>:95:17 f32[1568]
    [33,34,32,[]], // the update of state 'gen.bn0.var' <prelude>:96:16 f32[1568]
    [2,13,14,[12,13]], // add <prelude>:100:18 f32[64, 1568, 1] (mul)
    [12,27,20,[26,27]], // mul <prelude>:92:16 f32[1, 16, 1] (sum)
    [12,29,20,[10,11,12,28,26,29]], // mul <prelude>:94:15 f32[1, 16, 1] (sub, mul, sum)
    [35,31,36,[]], // the update of state 'gen.bn1.mean' <prelude>:95:17 f32[16]
    [37,34,36,[]], // the update of state 'gen.bn1.var' <prelude>:96:16 f32[16]
    [2,13,21,[12,13]], // add <prelude>:100:18 f32[64, 16, 196] (mul)
    [38,39,19,[]], // conv2d <prelude>:22:14 f32[64, 16, 14, 14]
    [40,41,19,[]], // leaky_relu mnist_dcgan.kiln:23:7 f32[64, 16, 14, 14]
    [38,39,42,[]], // conv2d <prelude>:22:14 f32[64, 32, 7, 7]
    [12,27,43,[26,27]], // mul <prelude>:92:16 f32[1, 32, 1] (sum)
    [12,29,43,[10,11,12,28,26,29]], // mul <prelude>:94:15 f32[1, 32, 1] (sub, mul, sum)
    [7,8,43,[2,4,5,6]], // div <prelude>:99:11 f32[1, 32, 1] (add, sqrt)
    [2,13,44,[12,13]], // add <prelude>:100:18 f32[64, 32, 49] (mul)
    [40,45,42,[]], // leaky_relu mnist_dcgan.kiln:24:7 f32[64, 32, 7, 7]
    [10,47,48,[0,1,2,1,46,47]], // sub mnist_dcgan.kiln:37:12 f32[64, 1] (matmul, add, softplus)
    [49,31,50,[]], // the update of state 'disc.bn.mean' <prelude>:95:17 f32[32]
    [51,34,50,[]], // the update of state 'disc.bn.var' <prelude>:96:16 f32[32]
    [10,52,48,[0,1,2,1,46,52,12,52]], // sub mnist_dcgan.kiln:38:5 f32[64, 1] (matmul, add, softplus, mul)
    [12,52,53,[26,52]], // mul mnist_dcgan.kiln:38:5 f32[] (sum)
    [2,47,53,[26,47,12,47]], // add mnist_dcgan.kiln:37:12 f32[] (sum, mul)
    [7,55,53,[54,55,10,55]], // div mnist_dcgan.kiln:41:3 f32[] (pow, sub)
    [5,55,53,[54,55,10,55]], // sqrt mnist_dcgan.kiln:41:3 f32[] (pow, sub)
    [26,1,57,[56,52,12,52]], // sum <prelude>:12:22 f32[1] (sigmoid, mul)
    [0,1,3,[]], // matmul <prelude>:12:22 f32[64, 1568]
    [0,1,58,[]], // matmul <prelude>:12:22 f32[1568, 1]
    [12,45,42,[59,45,60,45]], // mul mnist_dcgan.kiln:24:7 f32[64, 32, 7, 7] (gt, where)
    [26,13,43,[]], // sum <prelude>:100:18 f32[1, 32, 1]
    [12,29,43,[12,13,26,13,7,8,12,8,7,8,12,6,7,6]], // mul <prelude>:94:15 f32[1, 32, 1] (mul, sum, div, mul, div, mul, div)
    [12,27,43,[12,13,12,28,2,28,2,28,61,11,26,11]], // mul <prelude>:92:16 f32[1, 32, 1] (mul, mul, add, add, neg, sum)
    [2,27,44,[]], // add <prelude>:92:16 f32[64, 32, 49]
    [17,39,19,[]], // conv2d_input_grad <prelude>:22:14 f32[64, 16, 14, 14]
    [62,39,63,[]], // conv2d_weight_grad <prelude>:22:14 f32[32, 16, 4, 4]
    [26,39,50,[]], // sum <prelude>:22:14 f32[32]
    [12,41,19,[59,41,60,41]], // mul mnist_dcgan.kiln:23:7 f32[64, 16, 14, 14] (gt, where)
    [62,39,64,[]], // conv2d_weight_grad <prelude>:22:14 f32[16, 1, 4, 4]
    [26,39,36,[]], // sum <prelude>:22:14 f32[16]
    [2,1,57,[56,47,12,47,2,47,26,1]], // add <prelude>:12:22 f32[1] (sigmoid, mul, add, sum)
    [65,55,57,[]], // the adam update of param 'disc.out.b' mnist_dcgan.kiln:41:3 f32[1]
    [2,1,58,[0,1]], // add <prelude>:12:22 f32[1568, 1] (matmul)
    [66,55,58,[]], // the adam update of param 'disc.out.W' mnist_dcgan.kiln:41:3 f32[1568, 1]
    [2,13,43,[26,13]], // add <prelude>:100:18 f32[1, 32, 1] (sum)
    [67,55,50,[]], // the adam update of param 'disc.bn.beta' mnist_dcgan.kiln:41:3 f32[32]
    [12,29,43,[12,13,26,13,7,8,12,8,7,8,2,8,12,6,7,6]], // mul <prelude>:94:15 f32[1, 32, 1] (mul, sum, div, mul, div, add, mul, div)
    [68,55,50,[]], // the adam update of param 'disc.bn.gamma' mnist_dcgan.kiln:41:3 f32[32]
    [2,39,63,[]], // add <prelude>:22:14 f32[32, 16, 4, 4]
    [69,55,63,[]], // the adam update of param 'disc.c2.W' mnist_dcgan.kiln:41:3 f32[32, 16, 4, 4]
    [2,39,50,[26,39]], // add <prelude>:22:14 f32[32] (sum)
    [70,55,50,[]], // the adam update of param 'disc.c2.b' mnist_dcgan.kiln:41:3 f32[32]
    [71,55,64,[]], // the adam update of param 'disc.c1.W' mnist_dcgan.kiln:41:3 f32[16, 1, 4, 4]
    [2,39,36,[26,39]], // add <prelude>:22:14 f32[16] (sum)
    [72,55,36,[]], // the adam update of param 'disc.c1.b' mnist_dcgan.kiln:41:3 f32[16]
    [10,73,48,[0,1,2,1,46,73]], // sub mnist_dcgan.kiln:39:12 f32[64, 1] (matmul, add, softplus)
    [12,73,53,[26,73]], // mul mnist_dcgan.kiln:39:12 f32[] (sum)
    [7,74,53,[54,74,10,74]], // div mnist_dcgan.kiln:42:3 f32[] (pow, sub)
    [5,74,53,[54,74,10,74]], // sqrt mnist_dcgan.kiln:42:3 f32[] (pow, sub)
    [2,73,48,[56,73,12,73]], // add mnist_dcgan.kiln:39:12 f32[64, 1] (sigmoid, mul)
    [12,29,43,[12,13,26,13,12,8,7,8,12,6,7,6]], // mul <prelude>:94:15 f32[1, 32, 1] (mul, sum, mul, div, mul, div)
    [17,39,23,[]], // conv2d_input_grad <prelude>:22:14 f32[64, 1, 28, 28]
    [26,18,53,[12,25,10,25,12,25]], // sum <prelude>:42:14 f32[] (mul, sub, mul)
    [12,74,53,[12,74]], // mul mnist_dcgan.kiln:42:3 f32[] (mul)
    [75,74,57,[]], // the adam update of param 'gen.up2.b' mnist_dcgan.kiln:42:3 f32[1]
    [38,18,19,[]], // conv2d <prelude>:42:14 f32[64, 16, 14, 14]
    [62,18,64,[]], // conv2d_weight_grad <prelude>:42:14 f32[16, 1, 4, 4]
    [76,74,64,[]], // the adam update of param 'gen.up2.W' mnist_dcgan.kiln:42:3 f32[16, 1, 4, 4]
    [12,22,19,[59,22]], // mul mnist_dcgan.kiln:14:7 f32[64, 16, 14, 14] (gt)
    [26,13,36,[]], // sum <prelude>:100:18 f32[16]
    [77,74,36,[]], // the adam update of param 'gen.bn1.beta' mnist_dcgan.kiln:42:3 f32[16]
    [12,29,20,[12,13,26,13,7,8,12,8,7,8,12,6,7,6]], // mul <prelude>:94:15 f32[1, 16, 1] (mul, sum, div, mul, div, mul, div)
    [78,74,36,[]], // the adam update of param 'gen.bn1.gamma' mnist_dcgan.kiln:42:3 f32[16]
    [12,27,20,[12,13,12,28,2,28,2,28,61,11,26,11]], // mul <prelude>:92:16 f32[1, 16, 1] (mul, mul, add, add, neg, sum)
    [2,27,21,[]], // add <prelude>:92:16 f32[64, 16, 196]
    [26,18,36,[]], // sum <prelude>:42:14 f32[16]
    [79,74,36,[]], // the adam update of param 'gen.up1.b' mnist_dcgan.kiln:42:3 f32[16]
    [38,18,42,[]], // conv2d <prelude>:42:14 f32[64, 32, 7, 7]
    [62,18,63,[]], // conv2d_weight_grad <prelude>:42:14 f32[32, 16, 4, 4]
    [80,74,63,[]], // the adam update of param 'gen.up1.W' mnist_dcgan.kiln:42:3 f32[32, 16, 4, 4]
    [12,16,3,[59,16]], // mul mnist_dcgan.kiln:13:7 f32[64, 1568] (gt)
    [26,13,9,[]], // sum <prelude>:100:18 f32[1, 1568, 1]
    [81,74,32,[]], // the adam update of param 'gen.bn0.beta' mnist_dcgan.kiln:42:3 f32[1568]
    [12,29,9,[12,13,26,13,7,8,12,8,7,8,12,6,7,6]], // mul <prelude>:94:15 f32[1, 1568, 1] (mul, sum, div, mul, div, mul, div)
    [82,74,32,[]], // the adam update of param 'gen.bn0.gamma' mnist_dcgan.kiln:42:3 f32[1568]
    [12,27,9,[12,13,12,28,2,28,2,28,61,11,26,11]], // mul <prelude>:92:16 f32[1, 1568, 1] (mul, mul, add, add, neg, sum)
    [2,27,14,[]], // add <prelude>:92:16 f32[64, 1568, 1]
    [83,74,84,[]], // the adam update of 'optim/g/gen.fc.W/exp_avg_sq' mnist_dcgan.kiln:42:3 f32[32, 1568]
    [85,74,84,[]], // the adam update of param 'gen.fc.W' mnist_dcgan.kiln:42:3 f32[32, 1568]
    [26,1,32,[]], // sum <prelude>:12:22 f32[1568]
    [86,74,32,[]], // the adam update of param 'gen.fc.b' mnist_dcgan.kiln:42:3 f32[1568]
    [7,8,9,[10,11,12,28,26,29,12,29,2,4,5,6]], // div <prelude>:99:11 f32[1, 1568, 1] (sub, mul, sum, mul, add, sqrt)
    [7,8,20,[10,11,12,28,26,29,12,29,2,4,5,6]], // div <prelude>:99:11 f32[1, 16, 1] (sub, mul, sum, mul, add, sqrt)
    [7,8,43,[10,11,12,28,26,29,12,29,2,4,5,6]], // div <prelude>:99:11 f32[1, 32, 1] (sub, mul, sum, mul, add, sqrt)
    [87,88,50,[]], // reshape <prelude>:100:37 f32[32]
    [87,8,50,[]], // reshape <prelude>:99:11 f32[32]
    [2,39,64,[]], // add <prelude>:22:14 f32[16, 1, 4, 4]
    [89,90,84,[]], // broadcast  f32[32, 1568]
    [89,90,32,[]], // broadcast  f32[1568]
    [89,90,63,[]], // broadcast  f32[32, 16, 4, 4]
    [89,90,36,[]], // broadcast  f32[16]
    [89,90,64,[]], // broadcast  f32[16, 1, 4, 4]
    [89,90,57,[]], // broadcast  f32[1]
    [89,90,91,[]], // broadcast  f32[64, 32]
    [2,13,44,[10,11,12,13]], // add <prelude>:100:18 f32[64, 32, 49] (sub, mul)
    [12,13,44,[]], // mul <prelude>:100:18 f32[64, 32, 49]
    [26,13,43,[12,13]], // sum <prelude>:100:18 f32[1, 32, 1] (mul)
    [7,8,43,[12,13,26,13,2,13]], // div <prelude>:99:11 f32[1, 32, 1] (mul, sum, add)
    [26,1,57,[56,73,12,73,2,73]], // sum <prelude>:12:22 f32[1] (sigmoid, mul, add)
    [26,13,50,[]], // sum <prelude>:100:18 f32[32]
    [87,18,57,[]], // reshape <prelude>:42:14 f32[1]
    [87,8,36,[]], // reshape <prelude>:99:11 f32[16]
    [87,88,32,[]], // reshape <prelude>:100:37 f32[1568]
    [87,8,32,[]], // reshape <prelude>:99:11 f32[1568]
    [0,1,91,[]], // matmul <prelude>:12:22 f32[64, 32]
    [0,1,84,[]], // matmul <prelude>:12:22 f32[32, 1568]
    [89,90,23,[]], // broadcast  f32[64, 1, 28, 28]
    [7,8,43,[12,13,26,13]], // div <prelude>:99:11 f32[1, 32, 1] (mul, sum)
    [12,13,21,[]], // mul <prelude>:100:18 f32[64, 16, 196]
    [7,8,20,[12,13,26,13]], // div <prelude>:99:11 f32[1, 16, 1] (mul, sum)
    [12,13,14,[]], // mul <prelude>:100:18 f32[64, 1568, 1]
    [7,8,9,[12,13,26,13]] // div <prelude>:99:11 f32[1, 1568, 1] (mul, sum)
  ],
  "strings": ["matmul","<prelude>:12:22","add","f32[64, 1568]","<prelude>:99:44","sqrt","<prelude>:99:39","div","<prelude>:99:11","f32[1, 1568, 1]","sub","<prelude>:93:14","mul","<prelude>:100:18","f32[64, 1568, 1]","relu","mnist_dcgan.kiln:13:7","conv2d_input_grad","<prelude>:42:14","f32[64, 16, 14, 14]","f32[1, 16, 1]","f32[64, 16, 196]","mnist_dcgan.kiln:14:7","f32[64, 1, 28, 28]","tanh","mnist_dcgan.kiln:15:10","sum","<prelude>:92:16","<prelude>:94:19","<prelude>:94:15","the update of state 'gen.bn0.mean'","<prelude>:95:17","f32[1568]","the update of state 'gen.bn0.var'","<prelude>:96:16","the update of state 'gen.bn1.mean'","f32[16]","the update of state 'gen.bn1.var'","conv2d","<prelude>:22:14","leaky_relu","mnist_dcgan.kiln:23:7","f32[64, 32, 7, 7]","f32[1, 32, 1]","f32[64, 32, 49]","mnist_dcgan.kiln:24:7","softplus","mnist_dcgan.kiln:37:12","f32[64, 1]","the update of state 'disc.bn.mean'","f32[32]","the update of state 'disc.bn.var'","mnist_dcgan.kiln:38:5","f32[]","pow","mnist_dcgan.kiln:41:3","sigmoid","f32[1]","f32[1568, 1]","gt","where","neg","conv2d_weight_grad","f32[32, 16, 4, 4]","f32[16, 1, 4, 4]","the adam update of param 'disc.out.b'","the adam update of param 'disc.out.W'","the adam update of param 'disc.bn.beta'","the adam update of param 'disc.bn.gamma'","the adam update of param 'disc.c2.W'","the adam update of param 'disc.c2.b'","the adam update of param 'disc.c1.W'","the adam update of param 'disc.c1.b'","mnist_dcgan.kiln:39:12","mnist_dcgan.kiln:42:3","the adam update of param 'gen.up2.b'","the adam update of param 'gen.up2.W'","the adam update of param 'gen.bn1.beta'","the adam update of param 'gen.bn1.gamma'","the adam update of param 'gen.up1.b'","the adam update of param 'gen.up1.W'","the adam update of param 'gen.bn0.beta'","the adam update of param 'gen.bn0.gamma'","the adam update of 'optim/g/gen.fc.W/exp_avg_sq'","f32[32, 1568]","the adam update of param 'gen.fc.W'","the adam update of param 'gen.fc.b'","reshape","<prelude>:100:37","broadcast","","f32[64, 32]"],
  "predictOnly": false
};
// 86 WebAssembly SIMD kernels, exported as k0, k1, ... (45682 bytes, zlib-compressed)
const WASM = "..."; // 11433 bytes
export function create(options = {}) {
const c = createCore(meta, TABLES, WASM, options);
const F = c.F, I = c.I, H = c.H, W = c.W;
let R = c.rng;
const PACK = 2007500;
R.fillUniform(F, 0, 50176, (-0.06123724356957945), 0.06123724356957945); // gen.fc.W: glorot_uniform
F.fill(1, 51744, 53312); // gen.bn0.gamma: ones
R.fillUniform(F, 54880, 8192, (-0.08838834764831845), 0.08838834764831845); // gen.up1.W: glorot_uniform
F.fill(1, 63088, 63104); // gen.bn1.gamma: ones
R.fillUniform(F, 63120, 256, (-0.14852213144650114), 0.14852213144650114); // gen.up2.W: glorot_uniform
R.fillUniform(F, 63377, 256, (-0.14852213144650114), 0.14852213144650114); // disc.c1.W: glorot_uniform
R.fillUniform(F, 63649, 8192, (-0.08838834764831845), 0.08838834764831845); // disc.c2.W: glorot_uniform
F.fill(1, 71873, 71905); // disc.bn.gamma: ones
R.fillUniform(F, 71937, 1568, (-0.06183924141031063), 0.06183924141031063); // disc.out.W: glorot_uniform
F.fill(1, 75074, 76642); // gen.bn0.var: ones
F.fill(1, 76658, 76674); // gen.bn1.var: ones
F.fill(1, 76706, 76738); // disc.bn.var: ones
function k0(o0, o1, o2, o3) { // fused matmul add [64, 1568]
if (W !== null) {
W.k0(o1 * 4, o2 * 4, o0 * 4, PACK * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 64, 32, 1568, false, false);
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 64; i0++, p1 += 1568, p2 += 1568) {
for (let i3 = 0; i3 < 1568; i3++) {
const v0 = F[p1 + i3];
const x4 = F[o3 + i3];
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
}
function k1(o0, o1, o2, o3) { // fused add sqrt div [1, 1568, 1]
if (W !== null) W.k1(o0 * 4, o1 * 4, o2 * 4, o3);
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
function k2(o0, o1, o2, o3) { // fused sub mul add [64, 1568, 1]
if (W !== null) W.k2(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 64; i0++, p1 += 1568, p2 += 1568) {
for (let i3 = 0; i3 < 1568; i3++) {
const x3 = F[p1 + i3];
const x4 = F[o1 + i3];
const x5 = F[o2 + i3];
const x6 = F[o3 + i3];
const v0 = x3 - x4;
const v1 = v0 * x5;
const v2 = v1 + x6;
F[p2 + i3] = v2;
}
}
}
}
function k3(o0, o1) { // relu [64, 1568]
if (W !== null) W.k3(o0 * 4, o0 * 4, o1);
else {
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = (F[o0 + i0] > 0 ? F[o0 + i0] : 0);
}
}
}
function k4(o0, o1, o2) { // conv2d_input_grad [64, 16, 14, 14]
for (let n0 = 0; n0 < 64; n0++) {
if (W !== null) W.k4(o2 * 4, (o1 + n0 * 1568) * 4, (o0 + 200704) * 4);
else {
kilnProduct(F, o2, o1 + n0 * 1568, o0 + 200704, 256, 32, 49, true, false);
}
if (W !== null) W.k5((o0 + n0 * 3136) * 4);
else {
for (let z1 = 0; z1 < 3136; z1++) F[o0 + n0 * 3136 + z1] = 0;
}
let row7 = o0 + 200704;
for (let c2 = 0; c2 < 16; c2++) for (let kh3 = 0; kh3 < 4; kh3++) for (let kw4 = 0; kw4 < 4; kw4++, row7 += 49) {
const j08 = Math.min(7, Math.max(0, Math.ceil((1 - kw4) / 2)));
const j19 = Math.max(j08, Math.min(7, Math.floor((14 - kw4) / 2) + 1));
for (let i5 = 0; i5 < 7; i5++) {
const h10 = i5 * 2 + kh3 - 1, so11 = row7 + i5 * 7;
if (h10 < 0 || h10 >= 14) {
continue;
}
const xo12 = o0 + n0 * 3136 + c2 * 196 + h10 * 14 + kw4 - 1;
for (let j6 = j08; j6 < j19; j6++) F[xo12 + j6 * 2] += F[so11 + j6];
}
}
}
}
function k5(o0, o1) { // add [64, 16, 14, 14]
if (W !== null) W.k6(o0 * 4, o1 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 64; i0++, p1 += 3136, p2 += 3136) {
for (let i3 = 0, p4 = p1, p5 = p2, p6 = o1; i3 < 16; i3++, p4 += 196, p5 += 196, p6 += 1) {
for (let i7 = 0; i7 < 196; i7++) {
F[p4 + i7] = F[p5 + i7] + F[p6];
}
}
}
}
}
function k6(o0, o1, o2, o3) { // fused sub mul add [64, 16, 196]
if (W !== null) W.k7(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 64; i0++, p1 += 3136, p2 += 3136) {
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
function k7(o0, o1, o2) { // conv2d_input_grad [64, 1, 28, 28]
for (let n0 = 0; n0 < 64; n0++) {
if (W !== null) W.k8(o2 * 4, (o1 + n0 * 3136) * 4, (o0 + 50176) * 4);
else {
kilnProduct(F, o2, o1 + n0 * 3136, o0 + 50176, 16, 16, 196, true, false);
}
if (W !== null) W.k9((o0 + n0 * 784) * 4);
else {
for (let z1 = 0; z1 < 784; z1++) F[o0 + n0 * 784 + z1] = 0;
}
let row7 = o0 + 50176;
for (let c2 = 0; c2 < 1; c2++) for (let kh3 = 0; kh3 < 4; kh3++) for (let kw4 = 0; kw4 < 4; kw4++, row7 += 196) {
const j08 = Math.min(14, Math.max(0, Math.ceil((1 - kw4) / 2)));
const j19 = Math.max(j08, Math.min(14, Math.floor((28 - kw4) / 2) + 1));
for (let i5 = 0; i5 < 14; i5++) {
const h10 = i5 * 2 + kh3 - 1, so11 = row7 + i5 * 14;
if (h10 < 0 || h10 >= 28) {
continue;
}
const xo12 = o0 + n0 * 784 + c2 * 784 + h10 * 28 + kw4 - 1;
for (let j6 = j08; j6 < j19; j6++) F[xo12 + j6 * 2] += F[so11 + j6];
}
}
}
}
function k8(o0, o1, o2) { // fused add tanh [64, 1, 28, 28]
if (W !== null) W.k10(o0 * 4, o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
const x2 = F[o0 + i0];
const x3 = F[o1];
const v0 = x2 + x3;
const v1 = kilnTanhF32(v0);
F[o0 + i0] = v1;
}
}
}
function k9(o0, o1) { // fused sum mul [1, 1568, 1]
if (W !== null) W.k11(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 1568; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 1568];
}
const v0 = acc0;
const v1 = v0 * 0.015625;
F[o1 + i1] = v1;
}
}
}
function k10(o0, o1, o2) { // fused sub mul sum mul [1, 1568, 1]
if (W !== null) W.k12(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 1568; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
const x4 = F[o0 + i1 + i2 * 1568];
const x5 = F[o1 + i1];
const v0 = x4 - x5;
const v1 = v0 * v0;
F[o0 + i1 + i2 * 1568] = v0;
acc0 = acc0 + v1;
}
const v2 = acc0;
const v3 = v2 * 0.015625;
F[o2 + i1] = v3;
}
}
}
function k11(o0, o1, o2) { // fused mul mul add [1568]
if (W !== null) W.k13(o0 * 4, o1 * 4, o0 * 4, o2);
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
function k12(o0, o1, o2) { // fused mul mul add [1568]
if (W !== null) W.k14(o0 * 4, o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
const x3 = F[o0 + i0];
const x5 = F[o1 + i0];
const v0 = x3 * 0.9;
const v1 = x5 * 0.10158730158730159;
const v2 = v0 + v1;
F[o0 + i0] = v2;
}
}
}
function k13(o0, o1, o2) { // fused add sqrt div [1, 1568, 1]
if (W !== null) W.k1(o0 * 4, o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
const x3 = F[o0 + i0];
const x5 = F[o1 + i0];
const v0 = x3 + 0.00001;
const v1 = Math.sqrt(v0);
const v2 = x5 / v1;
F[o0 + i0] = v2;
}
}
}
function k14(o0, o1, o2) { // fused mul add [64, 1568, 1]
if (W !== null) W.k15(o0 * 4, o1 * 4, o2 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 64; i0++, p1 += 1568, p2 += 1568) {
for (let i3 = 0; i3 < 1568; i3++) {
const x2 = F[p1 + i3];
const x3 = F[o1 + i3];
const x4 = F[o2 + i3];
const v0 = x2 * x3;
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
}
function k15(o0, o1) { // fused sum mul [1, 16, 1]
if (W !== null) W.k16(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196; i2 < 64; i2++, p3 += 3136) {
for (let i4 = 0; i4 < 196; i4++) {
acc0 = acc0 + F[p3 + i4];
}
}
const v0 = acc0;
const v1 = v0 * 0.00007971938775510203;
F[o1 + i1] = v1;
}
}
}
function k16(o0, o1, o2) { // fused sub mul sum mul [1, 16, 1]
if (W !== null) W.k17(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196, p4 = o0 + i1 * 196; i2 < 64; i2++, p3 += 3136, p4 += 3136) {
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
const v3 = v2 * 0.00007971938775510203;
F[o2 + i1] = v3;
}
}
}
function k17(o0, o1, o2) { // fused mul mul add [16]
if (W !== null) W.k18(o0 * 4, o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
const x3 = F[o0 + i0];
const x5 = F[o1 + i0];
const v0 = x3 * 0.9;
const v1 = x5 * 0.10000797257434427;
const v2 = v0 + v1;
F[o0 + i0] = v2;
}
}
}
function k18(o0, o1, o2) { // fused mul add [64, 16, 196]
if (W !== null) W.k19(o0 * 4, o1 * 4, o2 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 64; i0++, p1 += 3136, p2 += 3136) {
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
function k19(o0, o1, o2, o3) { // conv2d [64, 16, 14, 14]
for (let n0 = 0; n0 < 64; n0++) {
let row9 = o0 + 200704;
for (let c4 = 0; c4 < 1; c4++) for (let kh5 = 0; kh5 < 4; kh5++) for (let kw6 = 0; kw6 < 4; kw6++, row9 += 196) {
const j010 = Math.min(14, Math.max(0, Math.ceil((1 - kw6) / 2)));
const j111 = Math.max(j010, Math.min(14, Math.floor((28 - kw6) / 2) + 1));
for (let i7 = 0; i7 < 14; i7++) {
const h12 = i7 * 2 + kh5 - 1, so13 = row9 + i7 * 14;
if (h12 < 0 || h12 >= 28) {
for (let j8 = 0; j8 < 14; j8++) F[so13 + j8] = 0;
continue;
}
const xo14 = o1 + n0 * 784 + c4 * 784 + h12 * 28 + kw6 - 1;
for (let j8 = 0; j8 < j010; j8++) F[so13 + j8] = 0;
for (let j8 = j010; j8 < j111; j8++) F[so13 + j8] = F[xo14 + j8 * 2];
for (let j8 = j111; j8 < 14; j8++) F[so13 + j8] = 0;
}
}
if (W !== null) W.k20(o2 * 4, (o0 + 200704) * 4, (o0 + n0 * 3136) * 4);
else {
kilnProduct(F, o2, o0 + 200704, o0 + n0 * 3136, 16, 16, 196, false, false);
}
for (let ch1 = 0; ch1 < 16; ch1++) {
const v3 = F[o3 + ch1];
for (let p2 = o0 + n0 * 3136 + ch1 * 196; p2 < o0 + n0 * 3136 + ch1 * 196 + 196; p2++) F[p2] += v3;
}
}
}
function k20(o0, o1, o2) { // leaky_relu [64, 16, 14, 14]
if (W !== null) W.k21(o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
F[o0 + i0] = (F[o1 + i0] > 0 ? F[o1 + i0] : 0.2 * F[o1 + i0]);
}
}
}
function k21(o0, o1, o2, o3) { // conv2d [64, 32, 7, 7]
for (let n0 = 0; n0 < 64; n0++) {
let row9 = o0 + 100352;
for (let c4 = 0; c4 < 16; c4++) for (let kh5 = 0; kh5 < 4; kh5++) for (let kw6 = 0; kw6 < 4; kw6++, row9 += 49) {
const j010 = Math.min(7, Math.max(0, Math.ceil((1 - kw6) / 2)));
const j111 = Math.max(j010, Math.min(7, Math.floor((14 - kw6) / 2) + 1));
for (let i7 = 0; i7 < 7; i7++) {
const h12 = i7 * 2 + kh5 - 1, so13 = row9 + i7 * 7;
if (h12 < 0 || h12 >= 14) {
for (let j8 = 0; j8 < 7; j8++) F[so13 + j8] = 0;
continue;
}
const xo14 = o1 + n0 * 3136 + c4 * 196 + h12 * 14 + kw6 - 1;
for (let j8 = 0; j8 < j010; j8++) F[so13 + j8] = 0;
for (let j8 = j010; j8 < j111; j8++) F[so13 + j8] = F[xo14 + j8 * 2];
for (let j8 = j111; j8 < 7; j8++) F[so13 + j8] = 0;
}
}
if (W !== null) W.k22(o2 * 4, (o0 + 100352) * 4, (o0 + n0 * 1568) * 4);
else {
kilnProduct(F, o2, o0 + 100352, o0 + n0 * 1568, 32, 256, 49, false, false);
}
for (let ch1 = 0; ch1 < 32; ch1++) {
const v3 = F[o3 + ch1];
for (let p2 = o0 + n0 * 1568 + ch1 * 49; p2 < o0 + n0 * 1568 + ch1 * 49 + 49; p2++) F[p2] += v3;
}
}
}
function k22(o0, o1) { // fused sum mul [1, 32, 1]
if (W !== null) W.k23(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 49; i2 < 64; i2++, p3 += 1568) {
for (let i4 = 0; i4 < 49; i4++) {
acc0 = acc0 + F[p3 + i4];
}
}
const v0 = acc0;
const v1 = v0 * 0.00031887755102040814;
F[o1 + i1] = v1;
}
}
}
function k23(o0, o1, o2) { // fused sub mul sum mul [1, 32, 1]
if (W !== null) W.k24(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 49, p4 = o0 + i1 * 49; i2 < 64; i2++, p3 += 1568, p4 += 1568) {
for (let i5 = 0; i5 < 49; i5++) {
const x4 = F[p3 + i5];
const x5 = F[o1 + i1];
const v0 = x4 - x5;
const v1 = v0 * v0;
F[p4 + i5] = v0;
acc0 = acc0 + v1;
}
}
const v2 = acc0;
const v3 = v2 * 0.00031887755102040814;
F[o2 + i1] = v3;
}
}
}
function k24(o0, o1, o2, o3, o4) { // fused add sqrt div [1, 32, 1]
if (W !== null) W.k25(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4);
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
function k25(o0, o1, o2, o3) { // fused mul add [64, 32, 49]
if (W !== null) W.k26(o0 * 4, o1 * 4, o2 * 4, o3 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o3; i0 < 64; i0++, p1 += 1568, p2 += 1568) {
for (let i3 = 0, p4 = p1, p5 = o1, p6 = o2, p7 = p2; i3 < 32; i3++, p4 += 49, p5 += 1, p6 += 1, p7 += 49) {
for (let i8 = 0; i8 < 49; i8++) {
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
function k26(o0, o1, o2, o3, o4) { // fused matmul add softplus sub [64, 1]
for (let i1 = 0; i1 < 64; i1 += 8) {
for (let j2 = 0; j2 < 1; j2 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 1568, pb5 = o2 + j2 * 1; k3 < 1568; k3++, pa4 += 1, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 1568]; const a2 = F[pa4 + 3136]; const a3 = F[pa4 + 4704]; const a4 = F[pa4 + 6272]; const a5 = F[pa4 + 7840]; const a6 = F[pa4 + 9408]; const a7 = F[pa4 + 10976]; const b0 = F[pb5]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc6 = o0 + i1 * 1 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s1_0; F[pc6 + 2] = s2_0; F[pc6 + 3] = s3_0; F[pc6 + 4] = s4_0; F[pc6 + 5] = s5_0; F[pc6 + 6] = s6_0; F[pc6 + 7] = s7_0; 
}
}
if (W !== null) W.k27(o0 * 4, o3 * 4, o4 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 64; i0++) {
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
function k27(o0, o1, o2, o3) { // fused mul mul add mul mul add [32]
if (W !== null) W.k28(o0 * 4, o1 * 4, o2 * 4, o0 * 4, o3);
else {
for (let i0 = 0; i0 < o3; i0++) {
const x6 = F[o0 + i0];
const x8 = F[o1 + i0];
const x10 = F[o2 + i0];
const v0 = x6 * 0.9;
const v1 = x8 * 0.1;
const v2 = v0 + v1;
const v3 = v2 * 0.9;
const v4 = x10 * 0.1;
const v5 = v3 + v4;
F[o0 + i0] = v5;
}
}
}
function k28(o0, o1, o2, o3) { // fused mul mul add mul mul add [32]
if (W !== null) W.k29(o0 * 4, o1 * 4, o2 * 4, o0 * 4, o3);
else {
for (let i0 = 0; i0 < o3; i0++) {
const x6 = F[o0 + i0];
const x8 = F[o1 + i0];
const x10 = F[o2 + i0];
const v0 = x6 * 0.9;
const v1 = x8 * 0.10003189792663478;
const v2 = v0 + v1;
const v3 = v2 * 0.9;
const v4 = x10 * 0.10003189792663478;
const v5 = v3 + v4;
F[o0 + i0] = v5;
}
}
}
function k29(o0, o1, o2, o3) { // fused add sqrt div [1, 32, 1]
if (W !== null) W.k25(o0 * 4, o1 * 4, o0 * 4, o2 * 4, o3);
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
function k30(o0, o1, o2, o3, o4) { // fused matmul add softplus mul sub [64, 1]
for (let i1 = 0; i1 < 64; i1 += 8) {
for (let j2 = 0; j2 < 1; j2 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 1568, pb5 = o2 + j2 * 1; k3 < 1568; k3++, pa4 += 1, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 1568]; const a2 = F[pa4 + 3136]; const a3 = F[pa4 + 4704]; const a4 = F[pa4 + 6272]; const a5 = F[pa4 + 7840]; const a6 = F[pa4 + 9408]; const a7 = F[pa4 + 10976]; const b0 = F[pb5]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc6 = o0 + i1 * 1 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s1_0; F[pc6 + 2] = s2_0; F[pc6 + 3] = s3_0; F[pc6 + 4] = s4_0; F[pc6 + 5] = s5_0; F[pc6 + 6] = s6_0; F[pc6 + 7] = s7_0; 
}
}
if (W !== null) W.k30(o0 * 4, o3 * 4, o4 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 64; i0++) {
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
function k31(o0, o1) { // fused sum mul []
if (W !== null) W.k31(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 64; i1++) {
acc0 = acc0 + F[o0 + i1];
}
const v0 = acc0;
const v1 = v0 * 0.015625;
F[o1] = v1;
}
}
function k32(o0, o1) { // fused sum mul add []
if (W !== null) W.k32(o0 * 4, o1 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 64; i1++) {
acc0 = acc0 + F[o0 + i1];
}
const v0 = acc0;
const e5 = F[o1];
const v1 = v0 * 0.015625;
const v2 = v1 + e5;
F[o1] = v2;
}
}
function k33(o0, o1, o2, o3, o4) { // fused pow sub div []
const x4 = H[o0];
const x6 = H[o2];
const v0 = Math.pow(0.5, x4);
const v1 = 1 - v0;
const v2 = x6 / v1;
F[o4] = v2;
}
function k34(o0, o1, o2) { // fused pow sub sqrt []
const x4 = H[o0];
const v0 = Math.pow(0.999, x4);
const v1 = 1 - v0;
const v2 = Math.sqrt(v1);
F[o2] = v2;
}
function k35(o0, o1) { // fused sigmoid mul sum [1]
if (W !== null) W.k33(o0 * 4, o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 64; i1++) {
const x3 = F[o0 + i1];
const v0 = kilnSigmoidF32(x3);
const v1 = v0 * 0.015625;
F[o0 + i1] = v1;
acc0 = acc0 + v1;
}
const v2 = acc0;
F[o1] = v2;
}
}
function k36(o0, o1, o2) { // matmul [64, 1568]
for (let i0 = 0; i0 < 64; i0 += 2) {
for (let j1 = 0; j1 < 1568; j1 += 4) {
let s0_0 = 0; let s0_1 = 0; let s0_2 = 0; let s0_3 = 0; let s1_0 = 0; let s1_1 = 0; let s1_2 = 0; let s1_3 = 0; 
for (let k2 = 0, pa3 = o1 + i0 * 1, pb4 = o2 + j1 * 1; k2 < 1; k2++, pa3 += 1, pb4 += 1) {
const a0 = F[pa3]; const a1 = F[pa3 + 1]; const b0 = F[pb4]; const b1 = F[pb4 + 1]; const b2 = F[pb4 + 2]; const b3 = F[pb4 + 3]; 
s0_0 += a0 * b0; s0_1 += a0 * b1; s0_2 += a0 * b2; s0_3 += a0 * b3; s1_0 += a1 * b0; s1_1 += a1 * b1; s1_2 += a1 * b2; s1_3 += a1 * b3; 
}
const pc5 = o0 + i0 * 1568 + j1;
F[pc5] = s0_0; F[pc5 + 1] = s0_1; F[pc5 + 2] = s0_2; F[pc5 + 3] = s0_3; F[pc5 + 1568] = s1_0; F[pc5 + 1569] = s1_1; F[pc5 + 1570] = s1_2; F[pc5 + 1571] = s1_3; 
}
}
}
function k37(o0, o1, o2) { // matmul [1568, 1]
for (let i0 = 0; i0 < 1568; i0 += 8) {
for (let j1 = 0; j1 < 1; j1 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k2 = 0, pa3 = o1 + i0 * 1, pb4 = o2 + j1 * 1; k2 < 64; k2++, pa3 += 1568, pb4 += 1) {
const a0 = F[pa3]; const a1 = F[pa3 + 1]; const a2 = F[pa3 + 2]; const a3 = F[pa3 + 3]; const a4 = F[pa3 + 4]; const a5 = F[pa3 + 5]; const a6 = F[pa3 + 6]; const a7 = F[pa3 + 7]; const b0 = F[pb4]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc5 = o0 + i0 * 1 + j1;
F[pc5] = s0_0; F[pc5 + 1] = s1_0; F[pc5 + 2] = s2_0; F[pc5 + 3] = s3_0; F[pc5 + 4] = s4_0; F[pc5 + 5] = s5_0; F[pc5 + 6] = s6_0; F[pc5 + 7] = s7_0; 
}
}
}
function k38(o0, o1, o2) { // fused gt where mul [64, 32, 7, 7]
if (W !== null) W.k34(o0 * 4, o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
const x3 = F[o0 + i0];
const x7 = F[o1 + i0];
const v0 = (x3 > 0 ? 1 : 0);
const v1 = (v0 !== 0 ? 1 : 0.2);
const v2 = x7 * v1;
F[o0 + i0] = v2;
}
}
}
function k39(o0, o1) { // sum [1, 32, 1]
if (W !== null) W.k35(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 49; i2 < 64; i2++, p3 += 1568) {
for (let i4 = 0; i4 < 49; i4++) {
acc0 = acc0 + F[p3 + i4];
}
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k40(o0, o1, o2, o3, o4) { // fused mul sum div mul div mul div mul [1, 32, 1]
if (W !== null) W.k36(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o2 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 49, p4 = o1 + i1 * 49; i2 < 64; i2++, p3 += 1568, p4 += 1568) {
for (let i5 = 0; i5 < 49; i5++) {
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
const v7 = v6 * 0.00031887755102040814;
F[o2 + i1] = v2;
F[o4 + i1] = v7;
}
}
}
function k41(o0, o1, o2, o3, o4) { // fused mul mul add add neg sum mul [1, 32, 1]
if (W !== null) W.k37(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 49, p4 = o3 + i1 * 49, p5 = o0 + i1 * 49; i2 < 64; i2++, p3 += 1568, p4 += 1568, p5 += 1568) {
for (let i6 = 0; i6 < 49; i6++) {
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
const v6 = v5 * 0.00031887755102040814;
F[o4 + i1] = v6;
}
}
}
function k42(o0, o1) { // add [64, 32, 49]
if (W !== null) W.k38(o0 * 4, o1 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 64; i0++, p1 += 1568, p2 += 1568) {
for (let i3 = 0, p4 = p1, p5 = p2, p6 = o1; i3 < 32; i3++, p4 += 49, p5 += 49, p6 += 1) {
for (let i7 = 0; i7 < 49; i7++) {
F[p4 + i7] = F[p5 + i7] + F[p6];
}
}
}
}
}
function k43(o0, o1, o2) { // conv2d_weight_grad [32, 16, 4, 4]
for (let z2 = 0; z2 < 8192; z2++) F[o0 + z2] = 0;
for (let n0 = 0; n0 < 64; n0++) {
let row8 = o0 + 8192;
for (let c3 = 0; c3 < 16; c3++) for (let kh4 = 0; kh4 < 4; kh4++) for (let kw5 = 0; kw5 < 4; kw5++, row8 += 49) {
const j09 = Math.min(7, Math.max(0, Math.ceil((1 - kw5) / 2)));
const j110 = Math.max(j09, Math.min(7, Math.floor((14 - kw5) / 2) + 1));
for (let i6 = 0; i6 < 7; i6++) {
const h11 = i6 * 2 + kh4 - 1, so12 = row8 + i6 * 7;
if (h11 < 0 || h11 >= 14) {
for (let j7 = 0; j7 < 7; j7++) F[so12 + j7] = 0;
continue;
}
const xo13 = o1 + n0 * 3136 + c3 * 196 + h11 * 14 + kw5 - 1;
for (let j7 = 0; j7 < j09; j7++) F[so12 + j7] = 0;
for (let j7 = j09; j7 < j110; j7++) F[so12 + j7] = F[xo13 + j7 * 2];
for (let j7 = j110; j7 < 7; j7++) F[so12 + j7] = 0;
}
}
if (W !== null) W.k39((o2 + n0 * 1568) * 4, (o0 + 8192) * 4, (o0 + 8192 + 12544) * 4);
else {
kilnProduct(F, o2 + n0 * 1568, o0 + 8192, o0 + 8192 + 12544, 32, 49, 256, false, true);
}
for (let i1 = 0; i1 < 8192; i1++) F[o0 + i1] += F[o0 + 8192 + 12544 + i1];
}
}
function k44(o0, o1, o2) { // conv2d_weight_grad [16, 1, 4, 4]
for (let z2 = 0; z2 < 256; z2++) F[o0 + z2] = 0;
for (let n0 = 0; n0 < 64; n0++) {
let row8 = o0 + 256;
for (let c3 = 0; c3 < 1; c3++) for (let kh4 = 0; kh4 < 4; kh4++) for (let kw5 = 0; kw5 < 4; kw5++, row8 += 196) {
const j09 = Math.min(14, Math.max(0, Math.ceil((1 - kw5) / 2)));
const j110 = Math.max(j09, Math.min(14, Math.floor((28 - kw5) / 2) + 1));
for (let i6 = 0; i6 < 14; i6++) {
const h11 = i6 * 2 + kh4 - 1, so12 = row8 + i6 * 14;
if (h11 < 0 || h11 >= 28) {
for (let j7 = 0; j7 < 14; j7++) F[so12 + j7] = 0;
continue;
}
const xo13 = o1 + n0 * 784 + c3 * 784 + h11 * 28 + kw5 - 1;
for (let j7 = 0; j7 < j09; j7++) F[so12 + j7] = 0;
for (let j7 = j09; j7 < j110; j7++) F[so12 + j7] = F[xo13 + j7 * 2];
for (let j7 = j110; j7 < 14; j7++) F[so12 + j7] = 0;
}
}
if (W !== null) W.k40((o2 + n0 * 3136) * 4, (o0 + 256) * 4, (o0 + 256 + 3136) * 4);
else {
kilnProduct(F, o2 + n0 * 3136, o0 + 256, o0 + 256 + 3136, 16, 196, 16, false, true);
}
for (let i1 = 0; i1 < 256; i1++) F[o0 + i1] += F[o0 + 256 + 3136 + i1];
}
}
function k45(o0, o1) { // sum [16]
if (W !== null) W.k41(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196; i2 < 64; i2++, p3 += 3136) {
for (let i4 = 0; i4 < 196; i4++) {
acc0 = acc0 + F[p3 + i4];
}
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k46(o0, o1) { // fused sigmoid mul add sum add [1]
if (W !== null) W.k42(o0 * 4, o0 * 4, o1 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 64; i1++) {
const x5 = F[o0 + i1];
const v0 = kilnSigmoidF32(x5);
const v1 = v0 * 0.015625;
const v2 = v1 + (-0.015625);
F[o0 + i1] = v2;
acc0 = acc0 + v2;
}
const v3 = acc0;
const e8 = F[o1];
const v4 = e8 + v3;
F[o1] = v4;
}
}
function k47(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [1]
if (W !== null) W.k43(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4, o2 * 4, o5 * 4, o6);
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
function k48(o0, o1, o2, o3) { // fused matmul add [1568, 1]
for (let i1 = 0; i1 < 1568; i1 += 8) {
for (let j2 = 0; j2 < 1; j2 += 1) {
let s0_0 = 0; let s1_0 = 0; let s2_0 = 0; let s3_0 = 0; let s4_0 = 0; let s5_0 = 0; let s6_0 = 0; let s7_0 = 0; 
for (let k3 = 0, pa4 = o1 + i1 * 1, pb5 = o2 + j2 * 1; k3 < 64; k3++, pa4 += 1568, pb5 += 1) {
const a0 = F[pa4]; const a1 = F[pa4 + 1]; const a2 = F[pa4 + 2]; const a3 = F[pa4 + 3]; const a4 = F[pa4 + 4]; const a5 = F[pa4 + 5]; const a6 = F[pa4 + 6]; const a7 = F[pa4 + 7]; const b0 = F[pb5]; 
s0_0 += a0 * b0; s1_0 += a1 * b0; s2_0 += a2 * b0; s3_0 += a3 * b0; s4_0 += a4 * b0; s5_0 += a5 * b0; s6_0 += a6 * b0; s7_0 += a7 * b0; 
}
const pc6 = o0 + i1 * 1 + j2;
F[pc6] = s0_0; F[pc6 + 1] = s1_0; F[pc6 + 2] = s2_0; F[pc6 + 3] = s3_0; F[pc6 + 4] = s4_0; F[pc6 + 5] = s5_0; F[pc6 + 6] = s6_0; F[pc6 + 7] = s7_0; 
}
}
if (W !== null) W.k44(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 1568; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3 + i0];
const v1 = x4 + v0;
F[o0 + i0] = v1;
}
}
}
function k49(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [1568, 1]
if (W !== null) W.k45(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o1 * 4, o2 * 4, o5 * 4, o6);
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
function k50(o0, o1) { // fused sum add [1, 32, 1]
if (W !== null) W.k46(o0 * 4, o1 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 49; i2 < 64; i2++, p3 += 1568) {
for (let i4 = 0; i4 < 49; i4++) {
acc0 = acc0 + F[p3 + i4];
}
}
const v0 = acc0;
const e3 = F[o1 + i1];
const v1 = e3 + v0;
F[o1 + i1] = v1;
}
}
}
function k51(o0, o1, o2, o3, o4) { // fused mul sum div mul div add mul div mul [1, 32, 1]
if (W !== null) W.k47(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o2 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 49, p4 = o1 + i1 * 49; i2 < 64; i2++, p3 += 1568, p4 += 1568) {
for (let i5 = 0; i5 < 49; i5++) {
const x9 = F[p3 + i5];
const x10 = F[p4 + i5];
const v0 = x9 * x10;
acc0 = acc0 + v0;
}
}
const v1 = acc0;
const e11 = F[o2 + i1];
const e12 = F[o3 + i1];
const e13 = F[o4 + i1];
const v2 = v1 / e11;
const v3 = v1 * e12;
const v4 = v3 / e11;
const v5 = e13 + v2;
const v6 = v4 * (-0.5);
const v7 = v6 / e11;
const v8 = v7 * 0.00031887755102040814;
F[o2 + i1] = v5;
F[o4 + i1] = v8;
}
}
}
function k52(o0, o1, o2) { // add [32, 16, 4, 4]
if (W !== null) W.k48(o0 * 4, o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
F[o0 + i0] = F[o0 + i0] + F[o1 + i0];
}
}
}
function k53(o0, o1, o2, o3, o4, o5, o6, o7) { // fused add sub mul add mul mul mul add sqrt div add mul div sub [16, 1, 4, 4]
if (W !== null) W.k49(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o2 * 4, o3 * 4, o6 * 4, o7);
else {
for (let i0 = 0; i0 < o7; i0++) {
const x14 = F[o0 + i0];
const x15 = F[o1 + i0];
const x16 = F[o2 + i0];
const x18 = F[o3 + i0];
const x21 = F[o4];
const x23 = F[o5];
const x24 = F[o6 + i0];
const v0 = x14 + x15;
const v1 = v0 - x16;
const v2 = v1 * 0.5;
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
function k54(o0, o1) { // fused sum add [16]
if (W !== null) W.k50(o0 * 4, o1 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196; i2 < 64; i2++, p3 += 3136) {
for (let i4 = 0; i4 < 196; i4++) {
acc0 = acc0 + F[p3 + i4];
}
}
const v0 = acc0;
const e3 = F[o1 + i1];
const v1 = e3 + v0;
F[o1 + i1] = v1;
}
}
}
function k55(o0, o1, o2, o3) { // fused mul add [64, 1568, 1]
if (W !== null) W.k15(o0 * 4, o1 * 4, o2 * 4, o3 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o3; i0 < 64; i0++, p1 += 1568, p2 += 1568) {
for (let i3 = 0; i3 < 1568; i3++) {
const x2 = F[p1 + i3];
const x3 = F[o1 + i3];
const x4 = F[o2 + i3];
const v0 = x2 * x3;
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
}
function k56(o0, o1, o2, o3) { // fused mul add [64, 16, 196]
if (W !== null) W.k19(o0 * 4, o1 * 4, o2 * 4, o3 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o3; i0 < 64; i0++, p1 += 3136, p2 += 3136) {
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
function k57(o0, o1, o2) { // fused mul mul add [32]
if (W !== null) W.k51(o0 * 4, o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
const x3 = F[o0 + i0];
const x5 = F[o1 + i0];
const v0 = x3 * 0.9;
const v1 = x5 * 0.10003189792663478;
const v2 = v0 + v1;
F[o0 + i0] = v2;
}
}
}
function k58(o0, o1) { // fused sigmoid mul add [64, 1]
if (W !== null) W.k52(o0 * 4, o0 * 4, o1);
else {
for (let i0 = 0; i0 < o1; i0++) {
const x3 = F[o0 + i0];
const v0 = kilnSigmoidF32(x3);
const v1 = v0 * 0.015625;
const v2 = v1 + (-0.015625);
F[o0 + i0] = v2;
}
}
}
function k59(o0, o1, o2, o3) { // fused mul sum mul div mul div mul [1, 32, 1]
if (W !== null) W.k53(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o3 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 49, p4 = o1 + i1 * 49; i2 < 64; i2++, p3 += 1568, p4 += 1568) {
for (let i5 = 0; i5 < 49; i5++) {
const x7 = F[p3 + i5];
const x8 = F[p4 + i5];
const v0 = x7 * x8;
acc0 = acc0 + v0;
}
}
const v1 = acc0;
const e9 = F[o2 + i1];
const e10 = F[o3 + i1];
const v2 = v1 * e9;
const v3 = v2 / e10;
const v4 = v3 * (-0.5);
const v5 = v4 / e10;
const v6 = v5 * 0.00031887755102040814;
F[o3 + i1] = v6;
}
}
}
function k60(o0, o1, o2) { // fused mul sub mul sum []
if (W !== null) W.k54(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 50176; i1++) {
const x4 = F[o0 + i1];
const x6 = F[o1 + i1];
const v0 = x4 * x4;
const v1 = 1 - v0;
const v2 = x6 * v1;
F[o0 + i1] = v2;
acc0 = acc0 + v2;
}
const v3 = acc0;
F[o2] = v3;
}
}
function k61(o0, o1, o2) { // fused mul mul []
if (W !== null) W.k55(o0 * 4, o1 * 4, o2);
else {
const x2 = F[o0];
const v0 = x2 * x2;
const v1 = v0 * 0.0010000000000000009;
F[o1] = v1;
}
}
function k62(o0, o1, o2, o3, o4, o5, o6, o7) { // fused sub mul add mul add sqrt div add mul div sub [1]
if (W !== null) W.k56(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o1 * 4, o2 * 4, o6 * 4, o7);
else {
const x11 = F[o0];
const x12 = F[o1];
const x14 = F[o2];
const x16 = F[o3];
const x17 = F[o4];
const x19 = F[o5];
const x20 = F[o6];
const v0 = x11 - x12;
const v1 = v0 * 0.5;
const v2 = x12 + v1;
const v3 = x14 * 0.999;
const v4 = v3 + x16;
const v5 = Math.sqrt(v4);
const v6 = v5 / x17;
const v7 = v6 + 1e-8;
const v8 = x19 * v2;
const v9 = v8 / v7;
const v10 = x20 - v9;
F[o1] = v2;
F[o2] = v4;
F[o6] = v10;
}
}
function k63(o0, o1, o2) { // conv2d [64, 16, 14, 14]
for (let n0 = 0; n0 < 64; n0++) {
let row6 = o0 + 200704;
for (let c1 = 0; c1 < 1; c1++) for (let kh2 = 0; kh2 < 4; kh2++) for (let kw3 = 0; kw3 < 4; kw3++, row6 += 196) {
const j07 = Math.min(14, Math.max(0, Math.ceil((1 - kw3) / 2)));
const j18 = Math.max(j07, Math.min(14, Math.floor((28 - kw3) / 2) + 1));
for (let i4 = 0; i4 < 14; i4++) {
const h9 = i4 * 2 + kh2 - 1, so10 = row6 + i4 * 14;
if (h9 < 0 || h9 >= 28) {
for (let j5 = 0; j5 < 14; j5++) F[so10 + j5] = 0;
continue;
}
const xo11 = o1 + n0 * 784 + c1 * 784 + h9 * 28 + kw3 - 1;
for (let j5 = 0; j5 < j07; j5++) F[so10 + j5] = 0;
for (let j5 = j07; j5 < j18; j5++) F[so10 + j5] = F[xo11 + j5 * 2];
for (let j5 = j18; j5 < 14; j5++) F[so10 + j5] = 0;
}
}
if (W !== null) W.k20(o2 * 4, (o0 + 200704) * 4, (o0 + n0 * 3136) * 4);
else {
kilnProduct(F, o2, o0 + 200704, o0 + n0 * 3136, 16, 16, 196, false, false);
}
}
}
function k64(o0, o1, o2) { // fused gt mul [64, 16, 14, 14]
if (W !== null) W.k57(o0 * 4, o1 * 4, o0 * 4, o2);
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
function k65(o0, o1, o2, o3, o4) { // fused mul sum div mul div mul div mul [1, 16, 1]
if (W !== null) W.k58(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o2 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196, p4 = o1 + i1 * 196; i2 < 64; i2++, p3 += 3136, p4 += 3136) {
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
const v7 = v6 * 0.00007971938775510203;
F[o2 + i1] = v2;
F[o4 + i1] = v7;
}
}
}
function k66(o0, o1, o2, o3, o4) { // fused mul mul add add neg sum mul [1, 16, 1]
if (W !== null) W.k59(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196, p4 = o3 + i1 * 196, p5 = o0 + i1 * 196; i2 < 64; i2++, p3 += 3136, p4 += 3136, p5 += 3136) {
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
const v6 = v5 * 0.00007971938775510203;
F[o4 + i1] = v6;
}
}
}
function k67(o0, o1, o2) { // conv2d [64, 32, 7, 7]
for (let n0 = 0; n0 < 64; n0++) {
let row6 = o0 + 100352;
for (let c1 = 0; c1 < 16; c1++) for (let kh2 = 0; kh2 < 4; kh2++) for (let kw3 = 0; kw3 < 4; kw3++, row6 += 49) {
const j07 = Math.min(7, Math.max(0, Math.ceil((1 - kw3) / 2)));
const j18 = Math.max(j07, Math.min(7, Math.floor((14 - kw3) / 2) + 1));
for (let i4 = 0; i4 < 7; i4++) {
const h9 = i4 * 2 + kh2 - 1, so10 = row6 + i4 * 7;
if (h9 < 0 || h9 >= 14) {
for (let j5 = 0; j5 < 7; j5++) F[so10 + j5] = 0;
continue;
}
const xo11 = o1 + n0 * 3136 + c1 * 196 + h9 * 14 + kw3 - 1;
for (let j5 = 0; j5 < j07; j5++) F[so10 + j5] = 0;
for (let j5 = j07; j5 < j18; j5++) F[so10 + j5] = F[xo11 + j5 * 2];
for (let j5 = j18; j5 < 7; j5++) F[so10 + j5] = 0;
}
}
if (W !== null) W.k22(o2 * 4, (o0 + 100352) * 4, (o0 + n0 * 1568) * 4);
else {
kilnProduct(F, o2, o0 + 100352, o0 + n0 * 1568, 32, 256, 49, false, false);
}
}
}
function k68(o0, o1) { // sum [1, 1568, 1]
if (W !== null) W.k60(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 1568; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 1568];
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k69(o0, o1, o2, o3, o4) { // fused mul sum div mul div mul div mul [1, 1568, 1]
if (W !== null) W.k61(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o2 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 1568; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
const x8 = F[o0 + i1 + i2 * 1568];
const x9 = F[o1 + i1 + i2 * 1568];
const v0 = x8 * x9;
acc0 = acc0 + v0;
}
const v1 = acc0;
const e10 = F[o2 + i1];
const e11 = F[o3 + i1];
const v2 = v1 / e10;
const v3 = v1 * e11;
const v4 = v3 / e10;
const v5 = v4 * (-0.5);
const v6 = v5 / e10;
const v7 = v6 * 0.015625;
F[o2 + i1] = v2;
F[o4 + i1] = v7;
}
}
}
function k70(o0, o1, o2, o3, o4) { // fused mul mul add add neg sum mul [1, 1568, 1]
if (W !== null) W.k62(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 1568; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
const x7 = F[o0 + i1 + i2 * 1568];
const x8 = F[o1 + i1];
const x9 = F[o2 + i1];
const x10 = F[o3 + i1 + i2 * 1568];
const v0 = x7 * x8;
const v1 = x9 * x10;
const v2 = v0 + v1;
const v3 = v2 + v1;
const v4 = -v3;
F[o0 + i1 + i2 * 1568] = v3;
acc0 = acc0 + v4;
}
const v5 = acc0;
const v6 = v5 * 0.015625;
F[o4 + i1] = v6;
}
}
}
function k71(o0, o1) { // add [64, 1568, 1]
if (W !== null) W.k63(o0 * 4, o1 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 64; i0++, p1 += 1568, p2 += 1568) {
for (let i3 = 0; i3 < 1568; i3++) {
F[p1 + i3] = F[p2 + i3] + F[o1 + i3];
}
}
}
}
function k72(o0, o1, o2, o3, o4) { // fused matmul sub mul add mul mul mul add [32, 1568]
if ((o3 + 50176 <= o1 || o1 + 2048 <= o3) && (o3 + 50176 <= o2 || o2 + 100352 <= o3) && (o4 + 50176 <= o1 || o1 + 2048 <= o4) && (o4 + 50176 <= o2 || o2 + 100352 <= o4)) {
if (W !== null) {
W.k64(o1 * 4, o2 * 4, o0 * 4, PACK * 4, o3 * 4, o4 * 4, o3 * 4, o4 * 4);
} else {
kilnProduct(F, o1, o2, o0, 32, 64, 1568, true, false);
for (let i0 = 0; i0 < 50176; i0++) {
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
} else {
if (W !== null) W.k65(o1 * 4, o2 * 4, o0 * 4, PACK * 4);
else {
kilnProduct(F, o1, o2, o0, 32, 64, 1568, true, false);
}
if (W !== null) W.k66(o0 * 4, o3 * 4, o4 * 4, o3 * 4, o4 * 4);
else {
for (let i0 = 0; i0 < 50176; i0++) {
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
}
function k73(o0, o1, o2, o3, o4, o5) { // fused sqrt div add mul div sub [32, 1568]
if (W !== null) W.k67(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o4 * 4, o5);
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
function k74(o0, o1, o2, o3) { // fused sub mul sum mul add sqrt div [1, 1568, 1]
if (W !== null) W.k68(o0 * 4, o1 * 4, o0 * 4, o2 * 4, o3 * 4);
else {
for (let i1 = 0; i1 < 1568; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
const x7 = F[o0 + i1 + i2 * 1568];
const x8 = F[o1 + i1];
const v0 = x7 - x8;
const v1 = v0 * v0;
F[o0 + i1 + i2 * 1568] = v0;
acc0 = acc0 + v1;
}
const v2 = acc0;
const e11 = F[o2 + i1];
const v3 = v2 * 0.015625;
const v4 = v3 + 0.00001;
const v5 = Math.sqrt(v4);
const v6 = e11 / v5;
F[o3 + i1] = v6;
}
}
}
function k75(o0, o1, o2, o3) { // fused sub mul sum mul add sqrt div [1, 16, 1]
if (W !== null) W.k69(o0 * 4, o1 * 4, o0 * 4, o2 * 4, o3 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196, p4 = o0 + i1 * 196; i2 < 64; i2++, p3 += 3136, p4 += 3136) {
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
const v3 = v2 * 0.00007971938775510203;
const v4 = v3 + 0.00001;
const v5 = Math.sqrt(v4);
const v6 = e11 / v5;
F[o3 + i1] = v6;
}
}
}
function k76(o0, o1, o2, o3, o4) { // fused sub mul sum mul add sqrt div [1, 32, 1]
if (W !== null) W.k70(o0 * 4, o1 * 4, o0 * 4, o2 * 4, o3 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 49, p4 = o0 + i1 * 49; i2 < 64; i2++, p3 += 1568, p4 += 1568) {
for (let i5 = 0; i5 < 49; i5++) {
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
const v3 = v2 * 0.00031887755102040814;
const v4 = v3 + 0.00001;
const v5 = Math.sqrt(v4);
const v6 = e11 / v5;
F[o3 + i1] = v5;
F[o4 + i1] = v6;
}
}
}
function k77(o0, o1) { // reshape [32]
for (let i0 = 0; i0 < 32; i0++) {
F[o0 + i0] = F[o1 + i0];
}
}
function k78(o0, o1) { // broadcast [32, 1568]
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = 0;
}
}
function k79(o0) { // broadcast [1]
F[o0] = 0;
}
function k80(o0, o1, o2, o3, o4) { // fused sub mul add [64, 32, 49]
if (W !== null) W.k71(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4, o4 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o4; i0 < 64; i0++, p1 += 1568, p2 += 1568, p3 += 1568) {
for (let i4 = 0, p5 = p1, p6 = o1, p7 = o2, p8 = o3, p9 = p2, p10 = p3; i4 < 32; i4++, p5 += 49, p6 += 1, p7 += 1, p8 += 1, p9 += 49, p10 += 49) {
for (let i11 = 0; i11 < 49; i11++) {
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
function k81(o0, o1, o2) { // mul [64, 32, 49]
if (W !== null) W.k72(o1 * 4, o2 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1; i0 < 64; i0++, p1 += 1568, p2 += 1568) {
for (let i3 = 0, p4 = p1, p5 = p2, p6 = o2; i3 < 32; i3++, p4 += 49, p5 += 49, p6 += 1) {
for (let i7 = 0; i7 < 49; i7++) {
F[p4 + i7] = F[p5 + i7] * F[p6];
}
}
}
}
}
function k82(o0, o1, o2) { // fused mul sum [1, 32, 1]
if (W !== null) W.k73(o0 * 4, o1 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 49, p4 = o1 + i1 * 49; i2 < 64; i2++, p3 += 1568, p4 += 1568) {
for (let i5 = 0; i5 < 49; i5++) {
const x2 = F[p3 + i5];
const x3 = F[p4 + i5];
const v0 = x2 * x3;
acc0 = acc0 + v0;
}
}
const v1 = acc0;
F[o2 + i1] = v1;
}
}
}
function k83(o0, o1, o2, o3) { // fused mul sum add div [1, 32, 1]
if (W !== null) W.k74(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 49, p4 = o1 + i1 * 49; i2 < 64; i2++, p3 += 1568, p4 += 1568) {
for (let i5 = 0; i5 < 49; i5++) {
const x4 = F[p3 + i5];
const x5 = F[p4 + i5];
const v0 = x4 * x5;
acc0 = acc0 + v0;
}
}
const v1 = acc0;
const e6 = F[o2 + i1];
const e7 = F[o3 + i1];
const v2 = e6 + v1;
const v3 = v2 / e7;
F[o2 + i1] = v3;
}
}
}
function k84(o0, o1, o2, o3, o4) { // fused sub mul sum mul add sqrt div [1, 1568, 1]
if (W !== null) W.k75(o0 * 4, o1 * 4, o0 * 4, o2 * 4, o3 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 1568; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
const x7 = F[o0 + i1 + i2 * 1568];
const x8 = F[o1 + i1];
const v0 = x7 - x8;
const v1 = v0 * v0;
F[o0 + i1 + i2 * 1568] = v0;
acc0 = acc0 + v1;
}
const v2 = acc0;
const e11 = F[o2 + i1];
const v3 = v2 * 0.015625;
const v4 = v3 + 0.00001;
const v5 = Math.sqrt(v4);
const v6 = e11 / v5;
F[o3 + i1] = v5;
F[o4 + i1] = v6;
}
}
}
function k85(o0, o1, o2, o3, o4) { // fused sub mul sum mul add sqrt div [1, 16, 1]
if (W !== null) W.k76(o0 * 4, o1 * 4, o0 * 4, o2 * 4, o3 * 4, o4 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196, p4 = o0 + i1 * 196; i2 < 64; i2++, p3 += 3136, p4 += 3136) {
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
const v3 = v2 * 0.00007971938775510203;
const v4 = v3 + 0.00001;
const v5 = Math.sqrt(v4);
const v6 = e11 / v5;
F[o3 + i1] = v5;
F[o4 + i1] = v6;
}
}
}
function k86(o0, o1) { // fused sigmoid mul add sum [1]
if (W !== null) W.k77(o0 * 4, o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 64; i1++) {
const x4 = F[o0 + i1];
const v0 = kilnSigmoidF32(x4);
const v1 = v0 * 0.015625;
const v2 = v1 + (-0.015625);
F[o0 + i1] = v2;
acc0 = acc0 + v2;
}
const v3 = acc0;
F[o1] = v3;
}
}
function k87(o0, o1) { // reshape [1]
F[o0] = F[o1];
}
function k88(o0, o1) { // reshape [16]
for (let i0 = 0; i0 < 16; i0++) {
F[o0 + i0] = F[o1 + i0];
}
}
function k89(o0, o1) { // reshape [1568]
for (let i0 = 0; i0 < 1568; i0++) {
F[o0 + i0] = F[o1 + i0];
}
}
function k90(o0, o1, o2) { // matmul [64, 32]
if (W !== null) W.k78(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 1568, 32, false, true);
}
}
function k91(o0, o1, o2) { // matmul [32, 1568]
if (W !== null) W.k65(o1 * 4, o2 * 4, o0 * 4, PACK * 4);
else {
kilnProduct(F, o1, o2, o0, 32, 64, 1568, true, false);
}
}
function k92(o0, o1, o2, o3, o4) { // fused sub mul add [64, 1568, 1]
if (W !== null) W.k79(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4, o4 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o4; i0 < 64; i0++, p1 += 1568, p2 += 1568, p3 += 1568) {
for (let i4 = 0; i4 < 1568; i4++) {
const x3 = F[p1 + i4];
const x4 = F[o1 + i4];
const x5 = F[o2 + i4];
const x6 = F[o3 + i4];
const v0 = x3 - x4;
const v1 = v0 * x5;
const v2 = v1 + x6;
F[p2 + i4] = v0;
F[p3 + i4] = v2;
}
}
}
}
function k93(o0, o1, o2, o3, o4) { // fused sub mul add [64, 16, 196]
if (W !== null) W.k80(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4, o4 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o4; i0 < 64; i0++, p1 += 3136, p2 += 3136, p3 += 3136) {
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
function k94(o0, o1, o2) { // fused mul sum div [1, 32, 1]
if (W !== null) W.k81(o0 * 4, o1 * 4, o2 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 32; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 49, p4 = o1 + i1 * 49; i2 < 64; i2++, p3 += 1568, p4 += 1568) {
for (let i5 = 0; i5 < 49; i5++) {
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
function k95(o0, o1, o2) { // mul [64, 16, 196]
if (W !== null) W.k82(o1 * 4, o2 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1; i0 < 64; i0++, p1 += 3136, p2 += 3136) {
for (let i3 = 0, p4 = p1, p5 = p2, p6 = o2; i3 < 16; i3++, p4 += 196, p5 += 196, p6 += 1) {
for (let i7 = 0; i7 < 196; i7++) {
F[p4 + i7] = F[p5 + i7] * F[p6];
}
}
}
}
}
function k96(o0, o1, o2) { // fused mul sum div [1, 16, 1]
if (W !== null) W.k83(o0 * 4, o1 * 4, o2 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 16; i1++) {
let acc0 = 0;
for (let i2 = 0, p3 = o0 + i1 * 196, p4 = o1 + i1 * 196; i2 < 64; i2++, p3 += 3136, p4 += 3136) {
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
function k97(o0, o1, o2) { // mul [64, 1568, 1]
if (W !== null) W.k84(o1 * 4, o2 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1; i0 < 64; i0++, p1 += 1568, p2 += 1568) {
for (let i3 = 0; i3 < 1568; i3++) {
F[p1 + i3] = F[p2 + i3] * F[o2 + i3];
}
}
}
}
function k98(o0, o1, o2) { // fused mul sum div [1, 1568, 1]
if (W !== null) W.k85(o0 * 4, o1 * 4, o2 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 1568; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
const x3 = F[o0 + i1 + i2 * 1568];
const x4 = F[o1 + i1 + i2 * 1568];
const v0 = x3 * x4;
acc0 = acc0 + v0;
}
const v1 = acc0;
const e5 = F[o2 + i1];
const v2 = v1 / e5;
F[o2 + i1] = v2;
}
}
}
function run_predict(c) {
k0(501770, 273930, 0, 50176);
c?.(0);
k1(75074, 51744, 275978, 1568);
c?.(1);
k2(501770, 73506, 275978, 53312);
c?.(2);
k3(501770, 100352);
c?.(3);
k4(275978, 501770, 54880);
c?.(4);
k5(275978, 63072);
c?.(5);
k1(76658, 63088, 501770, 16);
c?.(6);
k6(275978, 76642, 501770, 63104);
c?.(7);
k3(275978, 200704);
c?.(8);
k7(501770, 275978, 63120);
c?.(9);
k8(501770, 63376, 50176);
c?.(10);
}
function run_step0(c) {
k0(501770, 273930, 0, 50176);
c?.(0);
k9(501770, 275978);
c?.(1);
k10(501770, 275978, 277546);
c?.(2);
k11(73506, 275978, 1568);
c?.(3);
k12(75074, 277546, 1568);
c?.(4);
k13(277546, 51744, 1568);
c?.(5);
k14(501770, 277546, 53312);
c?.(6);
k3(501770, 100352);
c?.(7);
k4(275978, 501770, 54880);
c?.(8);
k5(275978, 63072);
c?.(9);
k15(275978, 501770);
c?.(10);
k16(275978, 501770, 501786);
c?.(11);
k11(76642, 501770, 16);
c?.(12);
k17(76658, 501786, 16);
c?.(13);
k13(501786, 63088, 16);
c?.(14);
k18(275978, 501786, 63104);
c?.(15);
k3(275978, 200704);
c?.(16);
k7(1894154, 275978, 63120);
c?.(17);
k8(1894154, 63376, 50176);
c?.(18);
k19(275978, 223754, 63377, 63633);
c?.(19);
k20(965898, 275978, 200704);
c?.(20);
k21(1367306, 965898, 63649, 71841);
c?.(21);
k22(1367306, 1975754);
c?.(22);
k23(1367306, 1975754, 1975786);
c?.(23);
k24(1975786, 71873, 1977386, 1977418, 32);
c?.(24);
k25(1367306, 1977418, 71905, 1492746);
c?.(25);
k20(1593098, 1492746, 100352);
c?.(26);
k26(1975690, 1593098, 71937, 73505, 1977258);
c?.(27);
k19(508042, 1894154, 63377, 63633);
c?.(28);
k20(1166602, 508042, 200704);
c?.(29);
k21(740106, 1166602, 63649, 71841);
c?.(30);
k22(740106, 1977322);
c?.(31);
k23(740106, 1977322, 1977450);
c?.(32);
k27(76674, 1975754, 1977322, 32);
c?.(33);
k28(76706, 1975786, 1977450, 32);
c?.(34);
k29(1977450, 71873, 1977482, 32);
c?.(35);
k25(740106, 1977482, 71905, 1693450);
c?.(36);
k20(865546, 1693450, 100352);
c?.(37);
k30(1975754, 865546, 71937, 73505, 1977322);
c?.(38);
k31(1975754, 1977514);
c?.(39);
k32(1975690, 1977514);
c?.(40);
k33(1, 223751, 0, 223750, 1977515);
c?.(41);
k34(1, 223751, 1977516);
c?.(42);
k35(1977322, 1977517);
c?.(43);
k36(1793802, 1977322, 71937);
c?.(44);
k37(1975690, 865546, 1977322);
c?.(45);
k38(1693450, 1793802, 100352);
c?.(46);
k39(1693450, 1977322);
c?.(47);
k40(1693450, 740106, 1977450, 1977482, 1977354);
c?.(48);
k41(1693450, 1977482, 1977354, 740106, 865546);
c?.(49);
k42(1693450, 865546);
c?.(50);
k4(740106, 1693450, 63649);
c?.(51);
k43(1793802, 1166602, 1693450);
c?.(52);
k39(1693450, 1977354);
c?.(53);
k38(508042, 740106, 200704);
c?.(54);
k44(1827082, 1894154, 508042);
c?.(55);
k45(508042, 1268522);
c?.(56);
k46(1977258, 1977517);
c?.(57);
k47(1977517, 96994, 96995, 1977516, 1977515, 73505, 1);
c?.(58);
k36(1166602, 1977258, 71937);
c?.(59);
k48(1266954, 1593098, 1977258, 1975690);
c?.(60);
k49(1266954, 93858, 95426, 1977516, 1977515, 71937, 1568);
c?.(61);
k38(1492746, 1166602, 100352);
c?.(62);
k50(1492746, 1977322);
c?.(63);
k49(1977322, 93794, 93826, 1977516, 1977515, 71905, 32);
c?.(64);
k51(1492746, 1367306, 1977386, 1977418, 1977450);
c?.(65);
k49(1977386, 93730, 93762, 1977516, 1977515, 71873, 32);
c?.(66);
k41(1492746, 1977418, 1977450, 1367306, 1977386);
c?.(67);
k42(1492746, 1977386);
c?.(68);
k4(508042, 1492746, 63649);
c?.(69);
k43(1593098, 965898, 1492746);
c?.(70);
k52(1793802, 1593098, 8192);
c?.(71);
k49(1793802, 77282, 85474, 1977516, 1977515, 63649, 8192);
c?.(72);
k50(1492746, 1977354);
c?.(73);
k49(1977354, 93666, 93698, 1977516, 1977515, 71841, 32);
c?.(74);
k38(275978, 508042, 200704);
c?.(75);
k44(508042, 223754, 275978);
c?.(76);
k53(1827082, 508042, 76738, 76994, 1977516, 1977515, 63377, 256);
c?.(77);
k54(275978, 1268522);
c?.(78);
k49(1268522, 77250, 77266, 1977516, 1977515, 63633, 16);
c?.(79);
}
function run_step1(c) {
k0(1285770, 273930, 0, 50176);
c?.(0);
k9(1285770, 275978);
c?.(1);
k10(1285770, 275978, 1668362);
c?.(2);
k11(73506, 275978, 1568);
c?.(3);
k12(75074, 1668362, 1568);
c?.(4);
k29(1668362, 51744, 1669930, 1568);
c?.(5);
k55(1285770, 1669930, 53312, 1386122);
c?.(6);
k3(1386122, 100352);
c?.(7);
k4(508042, 1386122, 54880);
c?.(8);
k5(508042, 63072);
c?.(9);
k15(508042, 1486474);
c?.(10);
k16(508042, 1486474, 1671498);
c?.(11);
k11(76642, 1486474, 16);
c?.(12);
k17(76658, 1671498, 16);
c?.(13);
k29(1671498, 63088, 1671514, 16);
c?.(14);
k56(508042, 1671514, 63104, 959626);
c?.(15);
k3(959626, 200704);
c?.(16);
k7(1586826, 959626, 63120);
c?.(17);
k8(1586826, 63376, 50176);
c?.(18);
k19(275978, 1586826, 63377, 63633);
c?.(19);
k20(733834, 275978, 200704);
c?.(20);
k21(1160330, 733834, 63649, 71841);
c?.(21);
k22(1160330, 1486474);
c?.(22);
k23(1160330, 1486474, 834314);
c?.(23);
k11(76674, 1486474, 32);
c?.(24);
k57(76706, 834314, 32);
c?.(25);
k29(834314, 71873, 834346, 32);
c?.(26);
k25(1160330, 834346, 71905, 1486474);
c?.(27);
k20(733834, 1486474, 100352);
c?.(28);
k26(834250, 733834, 71937, 73505, 834186);
c?.(29);
k31(834250, 1671530);
c?.(30);
k33(3, 223753, 2, 223752, 1671531);
c?.(31);
k34(3, 223753, 1671532);
c?.(32);
k58(834186, 64);
c?.(33);
k36(733834, 834186, 71937);
c?.(34);
k38(1486474, 733834, 100352);
c?.(35);
k59(1486474, 1160330, 834346, 834314);
c?.(36);
k41(1486474, 834346, 834314, 1160330, 733834);
c?.(37);
k42(1486474, 733834);
c?.(38);
k4(733834, 1486474, 63649);
c?.(39);
k38(275978, 733834, 200704);
c?.(40);
k7(1486474, 275978, 63377);
c?.(41);
k60(1586826, 1486474, 1568010);
c?.(42);
k61(1568010, 1568011, 1);
c?.(43);
k62(1568010, 223748, 223749, 1568011, 1671532, 1671531, 63376, 1);
c?.(44);
k63(275978, 1586826, 63120);
c?.(45);
k44(1486474, 1586826, 959626);
c?.(46);
k49(1486474, 223236, 223492, 1671532, 1671531, 63120, 256);
c?.(47);
k64(959626, 275978, 200704);
c?.(48);
k45(959626, 1160330);
c?.(49);
k49(1160330, 223204, 223220, 1671532, 1671531, 63104, 16);
c?.(50);
k65(959626, 508042, 1671498, 1671514, 1160330);
c?.(51);
k49(1671498, 223172, 223188, 1671532, 1671531, 63088, 16);
c?.(52);
k66(959626, 1671514, 1160330, 508042, 1671498);
c?.(53);
k5(959626, 1671498);
c?.(54);
k45(959626, 1160330);
c?.(55);
k49(1160330, 223140, 223156, 1671532, 1671531, 63072, 16);
c?.(56);
k67(275978, 959626, 54880);
c?.(57);
k43(1160330, 959626, 1386122);
c?.(58);
k49(1160330, 206756, 214948, 1671532, 1671531, 54880, 8192);
c?.(59);
k64(1386122, 275978, 100352);
c?.(60);
k68(1386122, 1486474);
c?.(61);
k49(1486474, 203620, 205188, 1671532, 1671531, 53312, 1568);
c?.(62);
k69(1386122, 1285770, 1668362, 1669930, 1486474);
c?.(63);
k49(1668362, 200484, 202052, 1671532, 1671531, 51744, 1568);
c?.(64);
k70(1386122, 1669930, 1486474, 1285770, 1488042);
c?.(65);
k71(1386122, 1488042);
c?.(66);
k72(275978, 273930, 1386122, 96996, 147172);
c?.(67);
k73(147172, 1671532, 1671531, 96996, 0, 50176);
c?.(68);
k68(1386122, 275978);
c?.(69);
k49(275978, 197348, 198916, 1671532, 1671531, 50176, 1568);
c?.(70);
}
function run_grad0(c) {
k0(501770, 273930, 0, 50176);
c?.(0);
k9(501770, 275978);
c?.(1);
k74(501770, 275978, 51744, 277546);
c?.(2);
k14(501770, 277546, 53312);
c?.(3);
k3(501770, 100352);
c?.(4);
k4(275978, 501770, 54880);
c?.(5);
k5(275978, 63072);
c?.(6);
k15(275978, 501770);
c?.(7);
k75(275978, 501770, 63088, 501786);
c?.(8);
k18(275978, 501786, 63104);
c?.(9);
k3(275978, 200704);
c?.(10);
k7(1894154, 275978, 63120);
c?.(11);
k8(1894154, 63376, 50176);
c?.(12);
k19(275978, 223754, 63377, 63633);
c?.(13);
k20(965898, 275978, 200704);
c?.(14);
k21(1367306, 965898, 63649, 71841);
c?.(15);
k22(1367306, 1166602);
c?.(16);
k76(1367306, 1166602, 71873, 1977386, 1977418);
c?.(17);
k25(1367306, 1977418, 71905, 1492746);
c?.(18);
k20(1593098, 1492746, 100352);
c?.(19);
k26(1975690, 1593098, 71937, 73505, 1977258);
c?.(20);
k19(508042, 1894154, 63377, 63633);
c?.(21);
k20(1166602, 508042, 200704);
c?.(22);
k21(740106, 1166602, 63649, 71841);
c?.(23);
k22(740106, 1977322);
c?.(24);
k76(740106, 1977322, 71873, 1977450, 1977482);
c?.(25);
k25(740106, 1977482, 71905, 1693450);
c?.(26);
k20(865546, 1693450, 100352);
c?.(27);
k30(1975754, 865546, 71937, 73505, 1977322);
c?.(28);
k31(1975754, 1977514);
c?.(29);
k32(1975690, 1977514);
c?.(30);
k35(1977322, 1977515);
c?.(31);
k36(1793802, 1977322, 71937);
c?.(32);
k37(1975690, 865546, 1977322);
c?.(33);
k38(1693450, 1793802, 100352);
c?.(34);
k39(1693450, 1977322);
c?.(35);
k40(1693450, 740106, 1977450, 1977482, 1977354);
c?.(36);
k41(1693450, 1977482, 1977354, 740106, 865546);
c?.(37);
k42(1693450, 865546);
c?.(38);
k4(740106, 1693450, 63649);
c?.(39);
k43(1793802, 1166602, 1693450);
c?.(40);
k39(1693450, 1977354);
c?.(41);
k38(508042, 740106, 200704);
c?.(42);
k44(1827082, 1894154, 508042);
c?.(43);
k45(508042, 1268586);
c?.(44);
k46(1977258, 1977515);
c?.(45);
k36(1166602, 1977258, 71937);
c?.(46);
k48(1266954, 1593098, 1977258, 1975690);
c?.(47);
k38(1492746, 1166602, 100352);
c?.(48);
k50(1492746, 1977322);
c?.(49);
k77(1268522, 1977322);
c?.(50);
k51(1492746, 1367306, 1977386, 1977418, 1977450);
c?.(51);
k77(1268554, 1977386);
c?.(52);
k41(1492746, 1977418, 1977450, 1367306, 1977386);
c?.(53);
k42(1492746, 1977386);
c?.(54);
k4(508042, 1492746, 63649);
c?.(55);
k43(1593098, 965898, 1492746);
c?.(56);
k52(1793802, 1593098, 8192);
c?.(57);
k50(1492746, 1977354);
c?.(58);
k38(275978, 508042, 200704);
c?.(59);
k7(508042, 275978, 63377);
c?.(60);
k44(589578, 223754, 275978);
c?.(61);
k52(1827082, 589578, 256);
c?.(62);
k54(275978, 1268586);
c?.(63);
k78(275978, 50176);
c?.(64);
k78(336394, 1568);
c?.(65);
k78(326154, 8192);
c?.(66);
k78(1858698, 16);
c?.(67);
k78(337962, 256);
c?.(68);
k79(1977386);
c?.(69);
k78(334346, 2048);
c?.(70);
}
function run_grad1(c) {
k0(501770, 273930, 0, 50176);
c?.(0);
k1(75074, 51744, 275978, 1568);
c?.(1);
k2(501770, 73506, 275978, 53312);
c?.(2);
k3(501770, 100352);
c?.(3);
k4(275978, 501770, 54880);
c?.(4);
k5(275978, 63072);
c?.(5);
k1(76658, 63088, 501770, 16);
c?.(6);
k6(275978, 76642, 501770, 63104);
c?.(7);
k3(275978, 200704);
c?.(8);
k7(1894154, 275978, 63120);
c?.(9);
k8(1894154, 63376, 50176);
c?.(10);
k19(275978, 223754, 63377, 63633);
c?.(11);
k20(965898, 275978, 200704);
c?.(12);
k21(1367306, 965898, 63649, 71841);
c?.(13);
k24(76706, 71873, 1977386, 1977418, 32);
c?.(14);
k80(1367306, 76674, 1977418, 71905, 1492746);
c?.(15);
k20(1593098, 1492746, 100352);
c?.(16);
k26(1975690, 1593098, 71937, 73505, 1977258);
c?.(17);
k19(508042, 1894154, 63377, 63633);
c?.(18);
k20(1166602, 508042, 200704);
c?.(19);
k21(740106, 1166602, 63649, 71841);
c?.(20);
k80(740106, 76674, 1977418, 71905, 865546);
c?.(21);
k20(1693450, 865546, 100352);
c?.(22);
k30(1975754, 1693450, 71937, 73505, 1977322);
c?.(23);
k31(1975754, 1977450);
c?.(24);
k32(1975690, 1977450);
c?.(25);
k35(1977322, 1977451);
c?.(26);
k36(1793802, 1977322, 71937);
c?.(27);
k37(1975690, 1693450, 1977322);
c?.(28);
k38(865546, 1793802, 100352);
c?.(29);
k39(865546, 1977322);
c?.(30);
k81(1693450, 865546, 1977418);
c?.(31);
k82(865546, 740106, 1977354);
c?.(32);
k4(740106, 1693450, 63649);
c?.(33);
k43(1793802, 1166602, 1693450);
c?.(34);
k39(1693450, 1858698);
c?.(35);
k38(508042, 740106, 200704);
c?.(36);
k44(1827082, 1894154, 508042);
c?.(37);
k45(508042, 1268554);
c?.(38);
k46(1977258, 1977451);
c?.(39);
k36(1166602, 1977258, 71937);
c?.(40);
k48(1266954, 1593098, 1977258, 1975690);
c?.(41);
k38(1492746, 1166602, 100352);
c?.(42);
k50(1492746, 1977322);
c?.(43);
k77(1268522, 1977322);
c?.(44);
k81(1166602, 1492746, 1977418);
c?.(45);
k83(1492746, 1367306, 1977354, 1977386);
c?.(46);
k77(1858730, 1977354);
c?.(47);
k4(508042, 1166602, 63649);
c?.(48);
k43(733834, 965898, 1166602);
c?.(49);
k52(1793802, 733834, 8192);
c?.(50);
k50(1166602, 1858698);
c?.(51);
k38(275978, 508042, 200704);
c?.(52);
k7(508042, 275978, 63377);
c?.(53);
k44(589578, 223754, 275978);
c?.(54);
k52(1827082, 589578, 256);
c?.(55);
k54(275978, 1268554);
c?.(56);
k78(275978, 50176);
c?.(57);
k78(336394, 1568);
c?.(58);
k78(326154, 8192);
c?.(59);
k78(338218, 16);
c?.(60);
k78(337962, 256);
c?.(61);
k79(1858762);
c?.(62);
k78(334346, 2048);
c?.(63);
}
function run_grad2(c) {
k0(1361034, 273930, 0, 50176);
c?.(0);
k9(1361034, 275978);
c?.(1);
k84(1361034, 275978, 51744, 1843978, 1845546);
c?.(2);
k55(1361034, 1845546, 53312, 1461386);
c?.(3);
k3(1461386, 100352);
c?.(4);
k4(508042, 1461386, 54880);
c?.(5);
k5(508042, 63072);
c?.(6);
k15(508042, 275978);
c?.(7);
k85(508042, 275978, 63088, 1848810, 1848826);
c?.(8);
k56(508042, 1848826, 63104, 959626);
c?.(9);
k3(959626, 200704);
c?.(10);
k7(1762442, 959626, 63120);
c?.(11);
k8(1762442, 63376, 50176);
c?.(12);
k19(275978, 1762442, 63377, 63633);
c?.(13);
k20(1160330, 275978, 200704);
c?.(14);
k21(733834, 1160330, 63649, 71841);
c?.(15);
k22(733834, 859274);
c?.(16);
k76(733834, 859274, 71873, 1848746, 1848778);
c?.(17);
k25(733834, 1848778, 71905, 1561738);
c?.(18);
k20(859274, 1561738, 100352);
c?.(19);
k26(1847114, 859274, 71937, 73505, 1848682);
c?.(20);
k31(1847114, 1848842);
c?.(21);
k86(1848682, 1848843);
c?.(22);
k36(1662090, 1848682, 71937);
c?.(23);
k37(1847114, 859274, 1848682);
c?.(24);
k38(1561738, 1662090, 100352);
c?.(25);
k39(1561738, 1848682);
c?.(26);
k40(1561738, 733834, 1848746, 1848778, 1848714);
c?.(27);
k41(1561738, 1848778, 1848714, 733834, 859274);
c?.(28);
k42(1561738, 859274);
c?.(29);
k4(733834, 1561738, 63649);
c?.(30);
k43(1662090, 1160330, 1561738);
c?.(31);
k39(1561738, 1848714);
c?.(32);
k38(275978, 733834, 200704);
c?.(33);
k7(1160330, 275978, 63377);
c?.(34);
k44(1595018, 1762442, 275978);
c?.(35);
k45(275978, 1848778);
c?.(36);
k77(1661866, 1848746);
c?.(37);
k60(1762442, 1160330, 1848794);
c?.(38);
k87(1661898, 1848794);
c?.(39);
k63(275978, 1762442, 63120);
c?.(40);
k44(1626634, 1762442, 959626);
c?.(41);
k64(959626, 275978, 200704);
c?.(42);
k45(959626, 1848794);
c?.(43);
k65(959626, 508042, 1848810, 1848826, 1848762);
c?.(44);
k88(1848746, 1848810);
c?.(45);
k66(959626, 1848826, 1848762, 508042, 1848810);
c?.(46);
k5(959626, 1848810);
c?.(47);
k45(959626, 1848762);
c?.(48);
k67(275978, 959626, 54880);
c?.(49);
k43(1561738, 959626, 1461386);
c?.(50);
k64(1461386, 275978, 100352);
c?.(51);
k68(1461386, 1658250);
c?.(52);
k89(1660298, 1658250);
c?.(53);
k69(1461386, 1361034, 1843978, 1845546, 1658250);
c?.(54);
k89(1695370, 1843978);
c?.(55);
k70(1461386, 1845546, 1658250, 1361034, 1696938);
c?.(56);
k71(1461386, 1696938);
c?.(57);
k68(1461386, 1696938);
c?.(58);
k90(1658250, 1461386, 0);
c?.(59);
k91(275978, 273930, 1461386);
c?.(60);
k78(326154, 50176);
c?.(61);
}
function run_grad3(c) {
k0(1486474, 273930, 0, 50176);
c?.(0);
k24(75074, 51744, 2002698, 2004266, 1568);
c?.(1);
k92(1486474, 73506, 2004266, 53312, 1586826);
c?.(2);
k3(1586826, 100352);
c?.(3);
k4(508042, 1586826, 54880);
c?.(4);
k5(508042, 63072);
c?.(5);
k24(76658, 63088, 2007466, 2007482, 16);
c?.(6);
k93(508042, 76642, 2007482, 63104, 959626);
c?.(7);
k3(959626, 200704);
c?.(8);
k7(1887882, 959626, 63120);
c?.(9);
k8(1887882, 63376, 50176);
c?.(10);
k24(76706, 71873, 2007402, 934666, 32);
c?.(11);
k19(275978, 1887882, 63377, 63633);
c?.(12);
k20(1160330, 275978, 200704);
c?.(13);
k21(1361034, 1160330, 63649, 71841);
c?.(14);
k80(1361034, 76674, 934666, 71905, 1687178);
c?.(15);
k20(733834, 1687178, 100352);
c?.(16);
k26(934602, 733834, 71937, 73505, 934538);
c?.(17);
k31(934602, 2007498);
c?.(18);
k86(934538, 2007499);
c?.(19);
k36(834186, 934538, 71937);
c?.(20);
k37(2005834, 733834, 934538);
c?.(21);
k38(1687178, 834186, 100352);
c?.(22);
k39(1687178, 2007434);
c?.(23);
k81(1787530, 1687178, 934666);
c?.(24);
k4(733834, 1787530, 63649);
c?.(25);
k43(1969418, 1160330, 1787530);
c?.(26);
k39(1787530, 1191946);
c?.(27);
k38(275978, 733834, 200704);
c?.(28);
k7(1787530, 275978, 63377);
c?.(29);
k44(1160330, 1887882, 275978);
c?.(30);
k45(275978, 1869098);
c?.(31);
k94(1687178, 1361034, 2007402);
c?.(32);
k77(1869066, 2007402);
c?.(33);
k60(1887882, 1787530, 2007402);
c?.(34);
k87(1869130, 2007402);
c?.(35);
k63(275978, 1887882, 63120);
c?.(36);
k44(1720458, 1887882, 959626);
c?.(37);
k64(959626, 275978, 200704);
c?.(38);
k45(959626, 2007402);
c?.(39);
k95(733834, 959626, 2007482);
c?.(40);
k96(959626, 508042, 2007466);
c?.(41);
k88(2007418, 2007466);
c?.(42);
k45(733834, 1869114);
c?.(43);
k67(275978, 733834, 54880);
c?.(44);
k43(1687178, 733834, 1586826);
c?.(45);
k64(1586826, 275978, 100352);
c?.(46);
k68(1586826, 1752074);
c?.(47);
k89(1754122, 1752074);
c?.(48);
k97(275978, 1586826, 2004266);
c?.(49);
k98(1586826, 1486474, 2002698);
c?.(50);
k89(2004266, 2002698);
c?.(51);
k68(275978, 2002698);
c?.(52);
k90(1752074, 275978, 0);
c?.(53);
k91(376330, 273930, 275978);
c?.(54);
k78(275978, 50176);
c?.(55);
}
return finishModel(c, [run_predict, run_step0, run_step1, run_grad0, run_grad1, run_grad2, run_grad3], (r) => { R = r; });
}
