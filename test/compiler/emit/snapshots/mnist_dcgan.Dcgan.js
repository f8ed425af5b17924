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
  "arenaBytes": 7702832
};
const TABLES = {
  "NF": 1925708,
  "NI": 0,
  "NH": 4,
  "arenaBytes": 7702832,
  "persistent": [
    {"name":"gen.fc.W","shape":[32,1568],"off":0,"size":50176,"kind":"param","init":{"kind":"glorot_uniform","args":[]}},
    {"name":"gen.fc.b","shape":[1568],"off":50176,"size":1568,"kind":"param","init":{"kind":"zeros","args":[]}},
    {"name":"gen.bn0.gamma","shape":[1568],"off":51744,"size":1568,"kind":"param","init":{"kind":"ones","args":[]}},
    {"name":"gen.bn0.beta","shape":[1568],"off":53312,"size":1568,"kind":"param","init":{"kind":"zeros","args":[]}},
    {"name":"gen.up1.W","shape":[32,16,4,4],"off":54880,"size":8192,"kind":"param","init":{"kind":"glorot_uniform","args":[]}},
    {"name":"gen.up1.b","shape":[16],"off":63072,"size":16,"kind":"param","init":{"kind":"zeros","args":[]}},
    {"name":"gen.bn1.gamma","shape":[16],"off":63088,"size":16,"kind":"param","init":{"kind":"ones","args":[]}},
    {"name":"gen.bn1.beta","shape":[16],"off":63104,"size":16,"kind":"param","init":{"kind":"zeros","args":[]}},
    {"name":"gen.up2.W","shape":[16,1,4,4],"off":63120,"size":256,"kind":"param","init":{"kind":"glorot_uniform","args":[]}},
    {"name":"gen.up2.b","shape":[1],"off":63376,"size":1,"kind":"param","init":{"kind":"zeros","args":[]}},
    {"name":"disc.c1.W","shape":[16,1,4,4],"off":63377,"size":256,"kind":"param","init":{"kind":"glorot_uniform","args":[]}},
    {"name":"disc.c1.b","shape":[16],"off":63633,"size":16,"kind":"param","init":{"kind":"zeros","args":[]}},
    {"name":"disc.c2.W","shape":[32,16,4,4],"off":63649,"size":8192,"kind":"param","init":{"kind":"glorot_uniform","args":[]}},
    {"name":"disc.c2.b","shape":[32],"off":71841,"size":32,"kind":"param","init":{"kind":"zeros","args":[]}},
    {"name":"disc.bn.gamma","shape":[32],"off":71873,"size":32,"kind":"param","init":{"kind":"ones","args":[]}},
    {"name":"disc.bn.beta","shape":[32],"off":71905,"size":32,"kind":"param","init":{"kind":"zeros","args":[]}},
    {"name":"disc.out.W","shape":[1568,1],"off":71937,"size":1568,"kind":"param","init":{"kind":"glorot_uniform","args":[]}},
    {"name":"disc.out.b","shape":[1],"off":73505,"size":1,"kind":"param","init":{"kind":"zeros","args":[]}},
    {"name":"gen.bn0.mean","shape":[1568],"off":73506,"size":1568,"kind":"state","init":{"kind":"zeros","args":[]}},
    {"name":"gen.bn0.var","shape":[1568],"off":75074,"size":1568,"kind":"state","init":{"kind":"ones","args":[]}},
    {"name":"gen.bn1.mean","shape":[16],"off":76642,"size":16,"kind":"state","init":{"kind":"zeros","args":[]}},
    {"name":"gen.bn1.var","shape":[16],"off":76658,"size":16,"kind":"state","init":{"kind":"ones","args":[]}},
    {"name":"disc.bn.mean","shape":[32],"off":76674,"size":32,"kind":"state","init":{"kind":"zeros","args":[]}},
    {"name":"disc.bn.var","shape":[32],"off":76706,"size":32,"kind":"state","init":{"kind":"ones","args":[]}},
    {"name":"optim/d/disc.c1.W/exp_avg","shape":[16,1,4,4],"off":76738,"size":256,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/d/disc.c1.W/exp_avg_sq","shape":[16,1,4,4],"off":76994,"size":256,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/d/disc.c1.b/exp_avg","shape":[16],"off":77250,"size":16,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/d/disc.c1.b/exp_avg_sq","shape":[16],"off":77266,"size":16,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/d/disc.c2.W/exp_avg","shape":[32,16,4,4],"off":77282,"size":8192,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/d/disc.c2.W/exp_avg_sq","shape":[32,16,4,4],"off":85474,"size":8192,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/d/disc.c2.b/exp_avg","shape":[32],"off":93666,"size":32,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/d/disc.c2.b/exp_avg_sq","shape":[32],"off":93698,"size":32,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/d/disc.bn.gamma/exp_avg","shape":[32],"off":93730,"size":32,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/d/disc.bn.gamma/exp_avg_sq","shape":[32],"off":93762,"size":32,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/d/disc.bn.beta/exp_avg","shape":[32],"off":93794,"size":32,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/d/disc.bn.beta/exp_avg_sq","shape":[32],"off":93826,"size":32,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/d/disc.out.W/exp_avg","shape":[1568,1],"off":93858,"size":1568,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/d/disc.out.W/exp_avg_sq","shape":[1568,1],"off":95426,"size":1568,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/d/disc.out.b/exp_avg","shape":[1],"off":96994,"size":1,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/d/disc.out.b/exp_avg_sq","shape":[1],"off":96995,"size":1,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.fc.W/exp_avg","shape":[32,1568],"off":96996,"size":50176,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.fc.W/exp_avg_sq","shape":[32,1568],"off":147172,"size":50176,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.fc.b/exp_avg","shape":[1568],"off":197348,"size":1568,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.fc.b/exp_avg_sq","shape":[1568],"off":198916,"size":1568,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.bn0.gamma/exp_avg","shape":[1568],"off":200484,"size":1568,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.bn0.gamma/exp_avg_sq","shape":[1568],"off":202052,"size":1568,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.bn0.beta/exp_avg","shape":[1568],"off":203620,"size":1568,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.bn0.beta/exp_avg_sq","shape":[1568],"off":205188,"size":1568,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.up1.W/exp_avg","shape":[32,16,4,4],"off":206756,"size":8192,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.up1.W/exp_avg_sq","shape":[32,16,4,4],"off":214948,"size":8192,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.up1.b/exp_avg","shape":[16],"off":223140,"size":16,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.up1.b/exp_avg_sq","shape":[16],"off":223156,"size":16,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.bn1.gamma/exp_avg","shape":[16],"off":223172,"size":16,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.bn1.gamma/exp_avg_sq","shape":[16],"off":223188,"size":16,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.bn1.beta/exp_avg","shape":[16],"off":223204,"size":16,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.bn1.beta/exp_avg_sq","shape":[16],"off":223220,"size":16,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.up2.W/exp_avg","shape":[16,1,4,4],"off":223236,"size":256,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.up2.W/exp_avg_sq","shape":[16,1,4,4],"off":223492,"size":256,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.up2.b/exp_avg","shape":[1],"off":223748,"size":1,"kind":"optim","init":{"kind":"zeros","args":[]}},
    {"name":"optim/g/gen.up2.b/exp_avg_sq","shape":[1],"off":223749,"size":1,"kind":"optim","init":{"kind":"zeros","args":[]}}
  ],
  "persistentEnd": 223750,
  "constants": [],
  "inputs": [
    {"name":"real","dtype":"f32","shape":[64,1,28,28],"place":{"arr":"F","off":223754}},
    {"name":"z","dtype":"f32","shape":[64,32],"place":{"arr":"F","off":273930}}
  ],
  "outputs": [
    {"name":"sample","shape":[64,1,28,28],"place":{"arr":"F","off":489226}}
  ],
  "steps": [
    {"name":"d","loss":"d_loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.0002,"beta1":0.5,"beta2":0.999,"eps":1e-8},"params":["disc.c1.W","disc.c1.b","disc.c2.W","disc.c2.b","disc.bn.gamma","disc.bn.beta","disc.out.W","disc.out.b"],"lr":{"h":0,"f":223750},"t":{"h":1,"f":223751},"value":1867754},
    {"name":"g","loss":"g_loss","optimizer":"adam","args":{"weight_decay":0,"lr":0.0002,"beta1":0.5,"beta2":0.999,"eps":1e-8},"params":["gen.fc.W","gen.fc.b","gen.bn0.gamma","gen.bn0.beta","gen.up1.W","gen.up1.b","gen.bn1.gamma","gen.bn1.beta","gen.up2.W","gen.up2.b"],"lr":{"h":2,"f":223752},"t":{"h":3,"f":223753},"value":1577450}
  ],
  "gradients": [
    {"loss":"d_loss","mode":"train","value":1867754,"grads":[{"name":"gen.fc.W","off":329290,"size":50176},{"name":"gen.fc.b","off":1199530,"size":1568},{"name":"gen.bn0.gamma","off":1199530,"size":1568},{"name":"gen.bn0.beta","off":1199530,"size":1568},{"name":"gen.up1.W","off":379466,"size":8192},{"name":"gen.up1.b","off":1744842,"size":16},{"name":"gen.bn1.gamma","off":1744842,"size":16},{"name":"gen.bn1.beta","off":1744842,"size":16},{"name":"gen.up2.W","off":1201098,"size":256},{"name":"gen.up2.b","off":1867626,"size":1},{"name":"disc.c1.W","off":1741194,"size":256},{"name":"disc.c1.b","off":1201418,"size":16},{"name":"disc.c2.W","off":1712266,"size":8192},{"name":"disc.c2.b","off":1867594,"size":32},{"name":"disc.bn.gamma","off":1201386,"size":32},{"name":"disc.bn.beta","off":1201354,"size":32},{"name":"disc.out.W","off":1197962,"size":1568},{"name":"disc.out.b","off":1867755,"size":1},{"name":"real","off":275978,"size":50176},{"name":"z","off":387658,"size":2048}]},
    {"loss":"d_loss","mode":"eval","value":1867690,"grads":[{"name":"gen.fc.W","off":329290,"size":50176},{"name":"gen.fc.b","off":1199530,"size":1568},{"name":"gen.bn0.gamma","off":1199530,"size":1568},{"name":"gen.bn0.beta","off":1199530,"size":1568},{"name":"gen.up1.W","off":379466,"size":8192},{"name":"gen.up1.b","off":1201402,"size":16},{"name":"gen.bn1.gamma","off":1201402,"size":16},{"name":"gen.bn1.beta","off":1201402,"size":16},{"name":"gen.up2.W","off":1201098,"size":256},{"name":"gen.up2.b","off":1744906,"size":1},{"name":"disc.c1.W","off":1741194,"size":256},{"name":"disc.c1.b","off":1201386,"size":16},{"name":"disc.c2.W","off":1712266,"size":8192},{"name":"disc.c2.b","off":1744842,"size":32},{"name":"disc.bn.gamma","off":1744874,"size":32},{"name":"disc.bn.beta","off":1201354,"size":32},{"name":"disc.out.W","off":1197962,"size":1568},{"name":"disc.out.b","off":1867691,"size":1},{"name":"real","off":275978,"size":50176},{"name":"z","off":387658,"size":2048}]},
    {"loss":"g_loss","mode":"train","value":1767306,"grads":[{"name":"gen.fc.W","off":275978,"size":50176},{"name":"gen.fc.b","off":1546186,"size":1568},{"name":"gen.bn0.gamma","off":1544618,"size":1568},{"name":"gen.bn0.beta","off":1543050,"size":1568},{"name":"gen.up1.W","off":1508426,"size":8192},{"name":"gen.up1.b","off":1767226,"size":16},{"name":"gen.bn1.gamma","off":1767210,"size":16},{"name":"gen.bn1.beta","off":1767258,"size":16},{"name":"gen.up2.W","off":1537354,"size":256},{"name":"gen.up2.b","off":1547786,"size":1},{"name":"disc.c1.W","off":693066,"size":256},{"name":"disc.c1.b","off":1767242,"size":16},{"name":"disc.c2.W","off":1608778,"size":8192},{"name":"disc.c2.b","off":1767178,"size":32},{"name":"disc.bn.gamma","off":1547754,"size":32},{"name":"disc.bn.beta","off":1767146,"size":32},{"name":"disc.out.W","off":1765578,"size":1568},{"name":"disc.out.b","off":1767307,"size":1},{"name":"real","off":326154,"size":50176},{"name":"z","off":1541002,"size":2048}]},
    {"loss":"g_loss","mode":"eval","value":1909066,"grads":[{"name":"gen.fc.W","off":376330,"size":50176},{"name":"gen.fc.b","off":1904266,"size":1568},{"name":"gen.bn0.gamma","off":1905834,"size":1568},{"name":"gen.bn0.beta","off":457482,"size":1568},{"name":"gen.up1.W","off":426506,"size":8192},{"name":"gen.up1.b","off":689930,"size":16},{"name":"gen.bn1.gamma","off":1908986,"size":16},{"name":"gen.bn1.beta","off":1908970,"size":16},{"name":"gen.up2.W","off":1621322,"size":256},{"name":"gen.up2.b","off":1775018,"size":1},{"name":"disc.c1.W","off":693066,"size":256},{"name":"disc.c1.b","off":696714,"size":16},{"name":"disc.c2.W","off":1875338,"size":8192},{"name":"disc.c2.b","off":1107018,"size":32},{"name":"disc.bn.gamma","off":1774986,"size":32},{"name":"disc.bn.beta","off":1909002,"size":32},{"name":"disc.out.W","off":1907402,"size":1568},{"name":"disc.out.b","off":1909067,"size":1},{"name":"real","off":275978,"size":50176},{"name":"z","off":455434,"size":2048}]}
  ],
  "entries": [
    {"feeds":["z"],"checks":[489226,100352,0,275978,1568,1,489226,100352,2,489226,100352,3,275978,200704,4,275978,200704,5,489226,16,6,275978,200704,7,275978,200704,8,489226,50176,9,489226,50176,10]},
    {"feeds":["real","z"],"checks":[489226,100352,0,275978,1568,11,277546,1568,12,73506,1568,13,75074,1568,14,277546,1568,1,489226,100352,15,489226,100352,3,275978,200704,4,275978,200704,5,489226,16,16,489242,16,17,76642,16,18,76658,16,19,489242,16,6,275978,200704,20,275978,200704,8,1812618,50176,9,1812618,50176,10,489226,200704,21,896906,200704,22,1298314,100352,23,1865994,32,24,1866026,32,25,1867658,32,26,1411210,100352,27,1511562,100352,28,1865930,64,29,693066,200704,21,1097610,200704,22,275978,100352,23,1867562,32,24,1867690,32,25,76674,32,30,76706,32,31,1867722,32,26,1611914,100352,27,388874,100352,28,1865994,64,32,1867754,1,33,1867754,1,34,1867755,1,35,1712266,100352,36,1865930,1568,37,1611914,100352,38,1867562,32,39,1867594,32,40,388874,32,41,1611914,100352,42,275978,200704,43,1712266,8192,44,1867594,32,45,693066,200704,46,1741194,256,47,1199562,16,48,1867755,1,49,1097610,100352,36,1197962,1568,50,1411210,100352,38,1867562,32,51,1867690,32,52,1199530,32,41,1411210,100352,42,275978,200704,43,1511562,8192,44,1712266,8192,53,1867594,32,54,489226,200704,46,275978,256,47,1199562,16,55,1199530,1,56,1199531,1,57,63377,256,58,63633,16,59,63649,8192,60,71841,32,61,71873,32,62,71905,32,63,71937,1568,64,73505,1,65]},
    {"feeds":["z"],"checks":[1219914,100352,0,275978,1568,11,1574282,1568,12,73506,1568,13,75074,1568,14,1575850,1568,1,1320266,100352,15,1320266,100352,3,275978,200704,4,275978,200704,5,1420618,16,16,1577418,16,17,76642,16,18,76658,16,19,1577434,16,6,906314,200704,20,906314,200704,8,1520970,50176,9,1520970,50176,10,702474,200704,21,489226,200704,22,1107018,100352,23,589706,32,24,589738,32,25,589802,32,26,1420618,100352,27,489226,100352,28,589642,64,66,1577450,1,67,76674,32,30,76706,32,31,589578,64,68,489226,100352,36,1420618,100352,38,589770,32,69,489226,32,41,1420618,100352,42,489226,200704,43,702474,200704,46,1420618,50176,70,1473930,1,71,489226,200704,72,1135946,256,73,906314,200704,74,1144298,16,75,1139594,16,76,1139610,16,77,906314,200704,78,1144314,16,79,275978,100352,80,1107018,8192,81,1320266,100352,82,1139594,1568,83,1141162,1568,84,1142730,1568,85,1320266,100352,86,1420618,1568,87,275978,50176,88,1577434,1,89,1577435,1,90,0,50176,91,50176,1568,92,51744,1568,93,53312,1568,94,54880,8192,95,63072,16,96,63088,16,97,63104,16,98,63120,256,99,1577436,1,100,63376,1,101]},
    {"feeds":["real","z"],"checks":[489226,100352,0,275978,1568,11,277546,1568,102,489226,100352,15,489226,100352,3,275978,200704,4,275978,200704,5,489226,16,16,489242,16,103,275978,200704,20,275978,200704,8,1812618,50176,9,1812618,50176,10,489226,200704,21,896906,200704,22,1298314,100352,23,1097610,32,24,1867658,32,104,1411210,100352,27,1511562,100352,28,1865930,64,29,693066,200704,21,1097610,200704,22,275978,100352,23,1867562,32,24,1867722,32,104,1611914,100352,27,388874,100352,28,1865994,64,32,1867754,1,33,1867754,1,34,1867755,1,35,1712266,100352,36,1865930,1568,37,1611914,100352,38,1867562,32,39,1867594,32,40,388874,32,41,1611914,100352,42,275978,200704,43,1712266,8192,44,1867594,32,45,693066,200704,46,1741194,256,47,1201418,16,48,1867755,1,49,1097610,100352,36,1197962,1568,50,1411210,100352,38,1867562,32,51,1201354,32,105,1867690,32,52,1201386,32,106,1867626,32,41,1411210,100352,42,275978,200704,43,1511562,8192,44,1712266,8192,53,1867594,32,54,489226,200704,46,275978,50176,70,329290,256,47,1741194,256,107,1201418,16,55,329290,50176,108,1199530,1568,109,379466,8192,110,1744842,16,111,1201098,256,112,1867626,1,113,387658,2048,114]},
    {"feeds":["real","z"],"checks":[489226,100352,0,275978,1568,1,489226,100352,2,489226,100352,3,275978,200704,4,275978,200704,5,489226,16,6,275978,200704,7,275978,200704,8,1812618,50176,9,1812618,50176,10,489226,200704,21,896906,200704,22,1298314,100352,23,1867658,32,26,1411210,100352,115,1511562,100352,28,1865930,64,29,693066,200704,21,1097610,200704,22,275978,100352,23,388874,100352,115,1611914,100352,28,1865994,64,32,1867690,1,33,1867690,1,34,1867691,1,35,1712266,100352,36,1865930,1568,37,388874,100352,38,1867562,32,39,1611914,100352,116,1867594,32,117,275978,200704,43,1712266,8192,44,1744842,32,45,693066,200704,46,1741194,256,47,1201386,16,48,1867691,1,49,1097610,100352,36,1197962,1568,50,1411210,100352,38,1867562,32,51,1201354,32,105,1097610,100352,116,1867594,32,118,1744874,32,106,275978,200704,43,693066,8192,44,1712266,8192,53,1744842,32,54,489226,200704,46,275978,50176,70,329290,256,47,1741194,256,107,1201386,16,55,329290,50176,108,1199530,1568,109,379466,8192,110,1201402,16,111,1201098,256,112,1744906,1,113,387658,2048,114]},
    {"feeds":["z"],"checks":[1307722,100352,0,275978,1568,11,1764010,1568,102,1408074,100352,15,1408074,100352,3,275978,200704,4,275978,200704,5,1508426,16,16,1767290,16,103,906314,200704,20,906314,200704,8,1709130,50176,9,1709130,50176,10,702474,200704,21,1107018,200704,22,489226,100352,23,602122,32,24,1767242,32,104,1508426,100352,27,602122,100352,28,1765578,64,66,1767306,1,67,1767307,1,119,1608778,100352,36,1765578,1568,37,1508426,100352,38,1767146,32,120,1767178,32,40,602122,32,41,1508426,100352,42,489226,200704,43,1608778,8192,44,1767178,32,45,702474,200704,46,1107018,50176,70,693066,256,47,1767242,16,48,1547754,32,106,1767258,1,71,1547786,1,121,489226,200704,72,1537354,256,73,906314,200704,74,1767258,16,75,1767226,16,76,1767210,16,122,1767274,16,77,906314,200704,78,1767226,16,79,275978,100352,80,1508426,8192,81,1408074,100352,82,1541002,1568,83,1543050,1568,123,1541002,1568,84,1544618,1568,124,1546186,1568,85,1408074,100352,86,1546186,1568,87,1541002,2048,125,275978,50176,126,326154,50176,127]},
    {"feeds":["z"],"checks":[1420618,100352,0,1905834,1568,1,1520970,100352,2,1520970,100352,3,275978,200704,4,275978,200704,5,1909050,16,6,906314,200704,7,906314,200704,8,1822026,50176,9,1822026,50176,10,690058,32,26,702474,200704,21,1107018,200704,22,1307722,100352,23,1621322,100352,115,489226,100352,28,689994,64,66,1909066,1,67,1909067,1,119,589578,100352,36,1907402,1568,37,1621322,100352,38,1909002,32,120,1721674,100352,116,489226,200704,43,1875338,8192,44,1107018,32,45,702474,200704,46,1721674,50176,70,693066,256,47,696714,16,48,1908970,32,128,1774986,32,106,1908970,1,71,1775018,1,121,489226,200704,72,1621322,256,73,906314,200704,74,1908970,16,75,489226,200704,129,1909034,16,130,1908986,16,122,689930,16,79,275978,100352,80,426506,8192,81,1520970,100352,82,275978,1568,83,457482,1568,123,275978,100352,131,1904266,1568,132,1905834,1568,124,1904266,1568,87,455434,2048,125,376330,50176,126,275978,50176,127]}
  ],
  "info": [
    ["add","<prelude>:12:22","f32[64, 1568]","matmul at <prelude>:12:22"],
    ["div","<prelude>:99:11","f32[1, 1568, 1]","add at <prelude>:99:44, sqrt at <prelude>:99:39"],
    ["add","<prelude>:100:18","f32[64, 1568, 1]","sub at <prelude>:93:14, mul at <prelude>:100:18"],
    ["relu","mnist_dcgan.kiln:13:7","f32[64, 1568]",""],
    ["conv2d_input_grad","<prelude>:42:14","f32[64, 16, 14, 14]",""],
    ["add","<prelude>:42:14","f32[64, 16, 14, 14]",""],
    ["div","<prelude>:99:11","f32[1, 16, 1]","add at <prelude>:99:44, sqrt at <prelude>:99:39"],
    ["add","<prelude>:100:18","f32[64, 16, 196]","sub at <prelude>:93:14, mul at <prelude>:100:18"],
    ["relu","mnist_dcgan.kiln:14:7","f32[64, 16, 14, 14]",""],
    ["conv2d_input_grad","<prelude>:42:14","f32[64, 1, 28, 28]",""],
    ["tanh","mnist_dcgan.kiln:15:10","f32[64, 1, 28, 28]","add at <prelude>:42:14"],
    ["mul","<prelude>:92:16","f32[1, 1568, 1]","sum at <prelude>:92:16"],
    ["mul","<prelude>:94:15","f32[1, 1568, 1]","sub at <prelude>:93:14, mul at <prelude>:94:19, sum at <prelude>:94:15"],
    ["the update of state 'gen.bn0.mean'","<prelude>:95:17","f32[1568]",""],
    ["the update of state 'gen.bn0.var'","<prelude>:96:16","f32[1568]",""],
    ["add","<prelude>:100:18","f32[64, 1568, 1]","mul at <prelude>:100:18"],
    ["mul","<prelude>:92:16","f32[1, 16, 1]","sum at <prelude>:92:16"],
    ["mul","<prelude>:94:15","f32[1, 16, 1]","sub at <prelude>:93:14, mul at <prelude>:94:19, sum at <prelude>:94:15"],
    ["the update of state 'gen.bn1.mean'","<prelude>:95:17","f32[16]",""],
    ["the update of state 'gen.bn1.var'","<prelude>:96:16","f32[16]",""],
    ["add","<prelude>:100:18","f32[64, 16, 196]","mul at <prelude>:100:18"],
    ["conv2d","<prelude>:22:14","f32[64, 16, 14, 14]",""],
    ["leaky_relu","mnist_dcgan.kiln:23:7","f32[64, 16, 14, 14]",""],
    ["conv2d","<prelude>:22:14","f32[64, 32, 7, 7]",""],
    ["mul","<prelude>:92:16","f32[1, 32, 1]","sum at <prelude>:92:16"],
    ["mul","<prelude>:94:15","f32[1, 32, 1]","sub at <prelude>:93:14, mul at <prelude>:94:19, sum at <prelude>:94:15"],
    ["div","<prelude>:99:11","f32[1, 32, 1]","add at <prelude>:99:44, sqrt at <prelude>:99:39"],
    ["add","<prelude>:100:18","f32[64, 32, 49]","mul at <prelude>:100:18"],
    ["leaky_relu","mnist_dcgan.kiln:24:7","f32[64, 32, 7, 7]",""],
    ["sub","mnist_dcgan.kiln:37:12","f32[64, 1]","matmul at <prelude>:12:22, add at <prelude>:12:22, softplus at mnist_dcgan.kiln:37:12"],
    ["the update of state 'disc.bn.mean'","<prelude>:95:17","f32[32]",""],
    ["the update of state 'disc.bn.var'","<prelude>:96:16","f32[32]",""],
    ["sub","mnist_dcgan.kiln:38:5","f32[64, 1]","matmul at <prelude>:12:22, add at <prelude>:12:22, softplus at mnist_dcgan.kiln:38:5, mul at mnist_dcgan.kiln:38:5"],
    ["mul","mnist_dcgan.kiln:38:5","f32[]","sum at mnist_dcgan.kiln:38:5"],
    ["add","mnist_dcgan.kiln:37:12","f32[]","sum at mnist_dcgan.kiln:37:12, mul at mnist_dcgan.kiln:37:12"],
    ["sum","<prelude>:12:22","f32[1]","sigmoid at mnist_dcgan.kiln:38:5, mul at mnist_dcgan.kiln:38:5"],
    ["matmul","<prelude>:12:22","f32[64, 1568]",""],
    ["matmul","<prelude>:12:22","f32[1568, 1]",""],
    ["mul","mnist_dcgan.kiln:24:7","f32[64, 32, 7, 7]","gt at mnist_dcgan.kiln:24:7, where at mnist_dcgan.kiln:24:7"],
    ["sum","<prelude>:100:18","f32[1, 32, 1]",""],
    ["mul","<prelude>:94:15","f32[1, 32, 1]","mul at <prelude>:100:18, sum at <prelude>:100:18, div at <prelude>:99:11, mul at <prelude>:99:11, div at <prelude>:99:11, mul at <prelude>:99:39, div at <prelude>:99:39"],
    ["mul","<prelude>:92:16","f32[1, 32, 1]","mul at <prelude>:100:18, mul at <prelude>:94:19, add at <prelude>:94:19, add at <prelude>:94:19, neg at <prelude>:93:14, sum at <prelude>:93:14"],
    ["add","<prelude>:92:16","f32[64, 32, 49]",""],
    ["conv2d_input_grad","<prelude>:22:14","f32[64, 16, 14, 14]",""],
    ["conv2d_weight_grad","<prelude>:22:14","f32[32, 16, 4, 4]",""],
    ["sum","<prelude>:22:14","f32[32]",""],
    ["mul","mnist_dcgan.kiln:23:7","f32[64, 16, 14, 14]","gt at mnist_dcgan.kiln:23:7, where at mnist_dcgan.kiln:23:7"],
    ["conv2d_weight_grad","<prelude>:22:14","f32[16, 1, 4, 4]",""],
    ["sum","<prelude>:22:14","f32[16]",""],
    ["add","<prelude>:12:22","f32[1]","sigmoid at mnist_dcgan.kiln:37:12, mul at mnist_dcgan.kiln:37:12, add at mnist_dcgan.kiln:37:12, sum at <prelude>:12:22"],
    ["add","<prelude>:12:22","f32[1568, 1]","matmul at <prelude>:12:22"],
    ["add","<prelude>:100:18","f32[1, 32, 1]","sum at <prelude>:100:18"],
    ["mul","<prelude>:94:15","f32[1, 32, 1]","mul at <prelude>:100:18, sum at <prelude>:100:18, div at <prelude>:99:11, mul at <prelude>:99:11, div at <prelude>:99:11, add at <prelude>:99:11, mul at <prelude>:99:39, div at <prelude>:99:39"],
    ["add","<prelude>:22:14","f32[32, 16, 4, 4]",""],
    ["add","<prelude>:22:14","f32[32]","sum at <prelude>:22:14"],
    ["add","<prelude>:22:14","f32[16]","sum at <prelude>:22:14"],
    ["div","mnist_dcgan.kiln:41:3","f32[]","pow at mnist_dcgan.kiln:41:3, sub at mnist_dcgan.kiln:41:3"],
    ["sqrt","mnist_dcgan.kiln:41:3","f32[]","pow at mnist_dcgan.kiln:41:3, sub at mnist_dcgan.kiln:41:3"],
    ["the adam update of param 'disc.c1.W'","mnist_dcgan.kiln:41:3","f32[16, 1, 4, 4]",""],
    ["the adam update of param 'disc.c1.b'","mnist_dcgan.kiln:41:3","f32[16]",""],
    ["the adam update of param 'disc.c2.W'","mnist_dcgan.kiln:41:3","f32[32, 16, 4, 4]",""],
    ["the adam update of param 'disc.c2.b'","mnist_dcgan.kiln:41:3","f32[32]",""],
    ["the adam update of param 'disc.bn.gamma'","mnist_dcgan.kiln:41:3","f32[32]",""],
    ["the adam update of param 'disc.bn.beta'","mnist_dcgan.kiln:41:3","f32[32]",""],
    ["the adam update of param 'disc.out.W'","mnist_dcgan.kiln:41:3","f32[1568, 1]",""],
    ["the adam update of param 'disc.out.b'","mnist_dcgan.kiln:41:3","f32[1]",""],
    ["sub","mnist_dcgan.kiln:39:12","f32[64, 1]","matmul at <prelude>:12:22, add at <prelude>:12:22, softplus at mnist_dcgan.kiln:39:12"],
    ["mul","mnist_dcgan.kiln:39:12","f32[]","sum at mnist_dcgan.kiln:39:12"],
    ["add","mnist_dcgan.kiln:39:12","f32[64, 1]","sigmoid at mnist_dcgan.kiln:39:12, mul at mnist_dcgan.kiln:39:12"],
    ["mul","<prelude>:94:15","f32[1, 32, 1]","mul at <prelude>:100:18, sum at <prelude>:100:18, mul at <prelude>:99:11, div at <prelude>:99:11, mul at <prelude>:99:39, div at <prelude>:99:39"],
    ["conv2d_input_grad","<prelude>:22:14","f32[64, 1, 28, 28]",""],
    ["sum","<prelude>:42:14","f32[]","mul at mnist_dcgan.kiln:15:10, sub at mnist_dcgan.kiln:15:10, mul at mnist_dcgan.kiln:15:10"],
    ["conv2d","<prelude>:42:14","f32[64, 16, 14, 14]",""],
    ["conv2d_weight_grad","<prelude>:42:14","f32[16, 1, 4, 4]",""],
    ["mul","mnist_dcgan.kiln:14:7","f32[64, 16, 14, 14]","gt at mnist_dcgan.kiln:14:7"],
    ["sum","<prelude>:100:18","f32[16]",""],
    ["mul","<prelude>:94:15","f32[1, 16, 1]","mul at <prelude>:100:18, sum at <prelude>:100:18, div at <prelude>:99:11, mul at <prelude>:99:11, div at <prelude>:99:11, mul at <prelude>:99:39, div at <prelude>:99:39"],
    ["mul","<prelude>:92:16","f32[1, 16, 1]","mul at <prelude>:100:18, mul at <prelude>:94:19, add at <prelude>:94:19, add at <prelude>:94:19, neg at <prelude>:93:14, sum at <prelude>:93:14"],
    ["add","<prelude>:92:16","f32[64, 16, 196]",""],
    ["sum","<prelude>:42:14","f32[16]",""],
    ["conv2d","<prelude>:42:14","f32[64, 32, 7, 7]",""],
    ["conv2d_weight_grad","<prelude>:42:14","f32[32, 16, 4, 4]",""],
    ["mul","mnist_dcgan.kiln:13:7","f32[64, 1568]","gt at mnist_dcgan.kiln:13:7"],
    ["sum","<prelude>:100:18","f32[1, 1568, 1]",""],
    ["mul","<prelude>:94:15","f32[1, 1568, 1]","mul at <prelude>:100:18, sum at <prelude>:100:18, div at <prelude>:99:11, mul at <prelude>:99:11, div at <prelude>:99:11, mul at <prelude>:99:39, div at <prelude>:99:39"],
    ["mul","<prelude>:92:16","f32[1, 1568, 1]","mul at <prelude>:100:18, mul at <prelude>:94:19, add at <prelude>:94:19, add at <prelude>:94:19, neg at <prelude>:93:14, sum at <prelude>:93:14"],
    ["add","<prelude>:92:16","f32[64, 1568, 1]",""],
    ["sum","<prelude>:12:22","f32[1568]",""],
    ["the adam update of 'optim/g/gen.fc.W/exp_avg_sq'","mnist_dcgan.kiln:42:3","f32[32, 1568]",""],
    ["div","mnist_dcgan.kiln:42:3","f32[]","pow at mnist_dcgan.kiln:42:3, sub at mnist_dcgan.kiln:42:3"],
    ["sqrt","mnist_dcgan.kiln:42:3","f32[]","pow at mnist_dcgan.kiln:42:3, sub at mnist_dcgan.kiln:42:3"],
    ["the adam update of param 'gen.fc.W'","mnist_dcgan.kiln:42:3","f32[32, 1568]",""],
    ["the adam update of param 'gen.fc.b'","mnist_dcgan.kiln:42:3","f32[1568]",""],
    ["the adam update of param 'gen.bn0.gamma'","mnist_dcgan.kiln:42:3","f32[1568]",""],
    ["the adam update of param 'gen.bn0.beta'","mnist_dcgan.kiln:42:3","f32[1568]",""],
    ["the adam update of param 'gen.up1.W'","mnist_dcgan.kiln:42:3","f32[32, 16, 4, 4]",""],
    ["the adam update of param 'gen.up1.b'","mnist_dcgan.kiln:42:3","f32[16]",""],
    ["the adam update of param 'gen.bn1.gamma'","mnist_dcgan.kiln:42:3","f32[16]",""],
    ["the adam update of param 'gen.bn1.beta'","mnist_dcgan.kiln:42:3","f32[16]",""],
    ["the adam update of param 'gen.up2.W'","mnist_dcgan.kiln:42:3","f32[16, 1, 4, 4]",""],
    ["mul","mnist_dcgan.kiln:42:3","f32[]","mul at mnist_dcgan.kiln:42:3"],
    ["the adam update of param 'gen.up2.b'","mnist_dcgan.kiln:42:3","f32[1]",""],
    ["div","<prelude>:99:11","f32[1, 1568, 1]","sub at <prelude>:93:14, mul at <prelude>:94:19, sum at <prelude>:94:15, mul at <prelude>:94:15, add at <prelude>:99:44, sqrt at <prelude>:99:39"],
    ["div","<prelude>:99:11","f32[1, 16, 1]","sub at <prelude>:93:14, mul at <prelude>:94:19, sum at <prelude>:94:15, mul at <prelude>:94:15, add at <prelude>:99:44, sqrt at <prelude>:99:39"],
    ["div","<prelude>:99:11","f32[1, 32, 1]","sub at <prelude>:93:14, mul at <prelude>:94:19, sum at <prelude>:94:15, mul at <prelude>:94:15, add at <prelude>:99:44, sqrt at <prelude>:99:39"],
    ["reshape","<prelude>:100:37","f32[32]",""],
    ["reshape","<prelude>:99:11","f32[32]",""],
    ["add","<prelude>:22:14","f32[16, 1, 4, 4]",""],
    ["broadcast","","f32[32, 1568]",""],
    ["broadcast","","f32[1568]",""],
    ["broadcast","","f32[32, 16, 4, 4]",""],
    ["broadcast","","f32[16]",""],
    ["broadcast","","f32[16, 1, 4, 4]",""],
    ["broadcast","","f32[1]",""],
    ["broadcast","","f32[64, 32]",""],
    ["add","<prelude>:100:18","f32[64, 32, 49]","sub at <prelude>:93:14, mul at <prelude>:100:18"],
    ["mul","<prelude>:100:18","f32[64, 32, 49]",""],
    ["sum","<prelude>:100:18","f32[1, 32, 1]","mul at <prelude>:100:18"],
    ["div","<prelude>:99:11","f32[1, 32, 1]","mul at <prelude>:100:18, sum at <prelude>:100:18, add at <prelude>:100:18"],
    ["sum","<prelude>:12:22","f32[1]","sigmoid at mnist_dcgan.kiln:39:12, mul at mnist_dcgan.kiln:39:12, add at mnist_dcgan.kiln:39:12"],
    ["sum","<prelude>:100:18","f32[32]",""],
    ["reshape","<prelude>:42:14","f32[1]",""],
    ["reshape","<prelude>:99:11","f32[16]",""],
    ["reshape","<prelude>:100:37","f32[1568]",""],
    ["reshape","<prelude>:99:11","f32[1568]",""],
    ["matmul","<prelude>:12:22","f32[64, 32]",""],
    ["matmul","<prelude>:12:22","f32[32, 1568]",""],
    ["broadcast","","f32[64, 1, 28, 28]",""],
    ["div","<prelude>:99:11","f32[1, 32, 1]","mul at <prelude>:100:18, sum at <prelude>:100:18"],
    ["mul","<prelude>:100:18","f32[64, 16, 196]",""],
    ["div","<prelude>:99:11","f32[1, 16, 1]","mul at <prelude>:100:18, sum at <prelude>:100:18"],
    ["mul","<prelude>:100:18","f32[64, 1568, 1]",""],
    ["div","<prelude>:99:11","f32[1, 1568, 1]","mul at <prelude>:100:18, sum at <prelude>:100:18"]
  ],
  "predictOnly": false
};
// 85 WebAssembly SIMD kernels, exported as k0, k1, ...
const WASM = "..."; // 43761 bytes
export function create(options = {}) {
const c = createCore(meta, TABLES, WASM, options);
const F = c.F, I = c.I, H = c.H, W = c.W;
let R = c.rng;
const PACK = 1909068;
function k0(o0, o1, o2, o3) { // fused matmul add [64, 1568]
if (W !== null) W.k0((o1) * 4, (o2) * 4, (o0) * 4, (PACK) * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 32, 1568, false, false);
}
if (W !== null) W.k1((o0) * 4, (o3) * 4, (o0) * 4);
else {
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
if (W !== null) W.k2((o0) * 4, (o1) * 4, (o2) * 4, o3);
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
if (W !== null) W.k3((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o0) * 4);
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
if (W !== null) W.k4((o0) * 4, (o0) * 4, o1);
else {
for (let i0 = 0; i0 < o1; i0++) {
F[o0 + i0] = (F[o0 + i0] > 0 ? F[o0 + i0] : 0);
}
}
}
function k4(o0, o1, o2) { // conv2d_input_grad [64, 16, 14, 14]
for (let n0 = 0; n0 < 64; n0++) {
if (W !== null) W.k5((o2) * 4, (o1 + n0 * 1568) * 4, (o0 + 200704) * 4);
else {
kilnProduct(F, o2, o1 + n0 * 1568, o0 + 200704, 256, 32, 49, true, false);
}
if (W !== null) W.k6((o0 + n0 * 3136) * 4);
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
if (W !== null) W.k7((o0) * 4, (o1) * 4, (o0) * 4);
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
if (W !== null) W.k8((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o0) * 4);
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
if (W !== null) W.k9((o2) * 4, (o1 + n0 * 3136) * 4, (o0 + 50176) * 4);
else {
kilnProduct(F, o2, o1 + n0 * 3136, o0 + 50176, 16, 16, 196, true, false);
}
if (W !== null) W.k10((o0 + n0 * 784) * 4);
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
if (W !== null) W.k11((o0) * 4, (o1) * 4, (o0) * 4, o2);
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
if (W !== null) W.k12((o0) * 4, (o1) * 4);
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
if (W !== null) W.k13((o0) * 4, (o1) * 4, (o0) * 4, (o2) * 4);
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
if (W !== null) W.k14((o0) * 4, (o1) * 4, (o0) * 4, o2);
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
if (W !== null) W.k15((o0) * 4, (o1) * 4, (o0) * 4, o2);
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
if (W !== null) W.k2((o0) * 4, (o1) * 4, (o0) * 4, o2);
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
if (W !== null) W.k16((o0) * 4, (o1) * 4, (o2) * 4, (o0) * 4);
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
if (W !== null) W.k17((o0) * 4, (o1) * 4);
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
if (W !== null) W.k18((o0) * 4, (o1) * 4, (o0) * 4, (o2) * 4);
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
if (W !== null) W.k19((o0) * 4, (o1) * 4, (o0) * 4, o2);
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
if (W !== null) W.k20((o0) * 4, (o1) * 4, (o2) * 4, (o0) * 4);
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
if (W !== null) W.k21((o2) * 4, (o0 + 200704) * 4, (o0 + n0 * 3136) * 4);
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
if (W !== null) W.k22((o1) * 4, (o0) * 4, o2);
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
if (W !== null) W.k23((o2) * 4, (o0 + 100352) * 4, (o0 + n0 * 1568) * 4);
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
if (W !== null) W.k24((o0) * 4, (o1) * 4);
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
if (W !== null) W.k25((o0) * 4, (o1) * 4, (o0) * 4, (o2) * 4);
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
if (W !== null) W.k26((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, o4);
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
if (W !== null) W.k27((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4);
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
if (W !== null) W.k28((o0) * 4, (o3) * 4, (o4) * 4, (o0) * 4);
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
if (W !== null) W.k29((o0) * 4, (o1) * 4, (o2) * 4, (o0) * 4, o3);
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
if (W !== null) W.k30((o0) * 4, (o1) * 4, (o2) * 4, (o0) * 4, o3);
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
if (W !== null) W.k26((o0) * 4, (o1) * 4, (o0) * 4, (o2) * 4, o3);
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
if (W !== null) W.k31((o0) * 4, (o3) * 4, (o4) * 4, (o0) * 4);
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
if (W !== null) W.k32((o0) * 4, (o1) * 4);
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
if (W !== null) W.k33((o0) * 4, (o1) * 4, (o1) * 4);
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
function k33(o0, o1) { // fused sigmoid mul sum [1]
if (W !== null) W.k34((o0) * 4, (o0) * 4, (o1) * 4);
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
function k34(o0, o1, o2) { // matmul [64, 1568]
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
function k35(o0, o1, o2) { // matmul [1568, 1]
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
function k36(o0, o1, o2) { // fused gt where mul [64, 32, 7, 7]
if (W !== null) W.k35((o0) * 4, (o1) * 4, (o0) * 4, o2);
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
function k37(o0, o1) { // sum [1, 32, 1]
if (W !== null) W.k36((o0) * 4, (o1) * 4);
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
function k38(o0, o1, o2, o3, o4) { // fused mul sum div mul div mul div mul [1, 32, 1]
if (W !== null) W.k37((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o2) * 4, (o4) * 4);
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
function k39(o0, o1, o2, o3, o4) { // fused mul mul add add neg sum mul [1, 32, 1]
if (W !== null) W.k38((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o0) * 4, (o4) * 4);
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
function k40(o0, o1) { // add [64, 32, 49]
if (W !== null) W.k39((o0) * 4, (o1) * 4, (o0) * 4);
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
function k41(o0, o1, o2) { // conv2d_weight_grad [32, 16, 4, 4]
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
if (W !== null) W.k40((o2 + n0 * 1568) * 4, (o0 + 8192) * 4, (o0 + 8192 + 12544) * 4);
else {
kilnProduct(F, o2 + n0 * 1568, o0 + 8192, o0 + 8192 + 12544, 32, 49, 256, false, true);
}
for (let i1 = 0; i1 < 8192; i1++) F[o0 + i1] += F[o0 + 8192 + 12544 + i1];
}
}
function k42(o0, o1, o2) { // conv2d_weight_grad [16, 1, 4, 4]
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
if (W !== null) W.k41((o2 + n0 * 3136) * 4, (o0 + 256) * 4, (o0 + 256 + 3136) * 4);
else {
kilnProduct(F, o2 + n0 * 3136, o0 + 256, o0 + 256 + 3136, 16, 196, 16, false, true);
}
for (let i1 = 0; i1 < 256; i1++) F[o0 + i1] += F[o0 + 256 + 3136 + i1];
}
}
function k43(o0, o1) { // sum [16]
if (W !== null) W.k42((o0) * 4, (o1) * 4);
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
function k44(o0, o1) { // fused sigmoid mul add sum add [1]
if (W !== null) W.k43((o0) * 4, (o0) * 4, (o1) * 4, (o1) * 4);
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
function k45(o0, o1, o2, o3) { // fused matmul add [1568, 1]
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
if (W !== null) W.k44((o0) * 4, (o3) * 4, (o0) * 4);
else {
for (let i0 = 0; i0 < 1568; i0++) {
const v0 = F[o0 + i0];
const x4 = F[o3 + i0];
const v1 = x4 + v0;
F[o0 + i0] = v1;
}
}
}
function k46(o0, o1) { // fused sum add [1, 32, 1]
if (W !== null) W.k45((o0) * 4, (o1) * 4, (o1) * 4);
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
function k47(o0, o1, o2, o3, o4) { // fused mul sum div mul div add mul div mul [1, 32, 1]
if (W !== null) W.k46((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o4) * 4, (o2) * 4, (o4) * 4);
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
function k48(o0, o1, o2) { // add [32, 16, 4, 4]
if (W !== null) W.k47((o0) * 4, (o1) * 4, (o0) * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
F[o0 + i0] = F[o0 + i0] + F[o1 + i0];
}
}
}
function k49(o0, o1) { // fused sum add [16]
if (W !== null) W.k48((o0) * 4, (o1) * 4, (o1) * 4);
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
function k50(o0, o1, o2, o3, o4) { // fused pow sub div []
const x4 = H[o0];
const x6 = H[o2];
const v0 = Math.pow(0.5, x4);
const v1 = 1 - v0;
const v2 = x6 / v1;
F[o4] = v2;
}
function k51(o0, o1, o2) { // fused pow sub sqrt []
const x4 = H[o0];
const v0 = Math.pow(0.999, x4);
const v1 = 1 - v0;
const v2 = Math.sqrt(v1);
F[o2] = v2;
}
function k52(o0, o1, o2, o3, o4, o5, o6, o7) { // fused add sub mul add mul mul mul add sqrt div add mul div sub [16, 1, 4, 4]
if (W !== null) W.k49((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o4) * 4, (o5) * 4, (o6) * 4, (o2) * 4, (o3) * 4, (o6) * 4, o7);
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
function k53(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [16]
if (W !== null) W.k50((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o4) * 4, (o5) * 4, (o1) * 4, (o2) * 4, (o5) * 4, o6);
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
function k54(o0, o1, o2, o3, o4, o5, o6) { // fused sub mul add mul mul mul add sqrt div add mul div sub [1]
if (W !== null) W.k51((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o4) * 4, (o5) * 4, (o1) * 4, (o2) * 4, (o5) * 4, o6);
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
function k55(o0, o1, o2, o3) { // fused mul add [64, 1568, 1]
if (W !== null) W.k16((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4);
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
if (W !== null) W.k20((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4);
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
if (W !== null) W.k52((o0) * 4, (o1) * 4, (o0) * 4, o2);
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
if (W !== null) W.k53((o0) * 4, (o0) * 4, o1);
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
if (W !== null) W.k54((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o3) * 4);
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
if (W !== null) W.k55((o0) * 4, (o1) * 4, (o0) * 4, (o2) * 4);
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
function k61(o0, o1, o2) { // conv2d [64, 16, 14, 14]
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
if (W !== null) W.k21((o2) * 4, (o0 + 200704) * 4, (o0 + n0 * 3136) * 4);
else {
kilnProduct(F, o2, o0 + 200704, o0 + n0 * 3136, 16, 16, 196, false, false);
}
}
}
function k62(o0, o1, o2) { // fused gt mul [64, 16, 14, 14]
if (W !== null) W.k56((o0) * 4, (o1) * 4, (o0) * 4, o2);
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
function k63(o0, o1, o2, o3, o4) { // fused mul sum div mul div mul div mul [1, 16, 1]
if (W !== null) W.k57((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o2) * 4, (o4) * 4);
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
function k64(o0, o1, o2, o3, o4) { // fused mul mul add add neg sum mul [1, 16, 1]
if (W !== null) W.k58((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o0) * 4, (o4) * 4);
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
function k65(o0, o1, o2) { // conv2d [64, 32, 7, 7]
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
if (W !== null) W.k23((o2) * 4, (o0 + 100352) * 4, (o0 + n0 * 1568) * 4);
else {
kilnProduct(F, o2, o0 + 100352, o0 + n0 * 1568, 32, 256, 49, false, false);
}
}
}
function k66(o0, o1) { // sum [1, 1568, 1]
if (W !== null) W.k59((o0) * 4, (o1) * 4);
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
function k67(o0, o1, o2, o3, o4) { // fused mul sum div mul div mul div mul [1, 1568, 1]
if (W !== null) W.k60((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o2) * 4, (o4) * 4);
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
function k68(o0, o1, o2, o3, o4) { // fused mul mul add add neg sum mul [1, 1568, 1]
if (W !== null) W.k61((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o0) * 4, (o4) * 4);
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
function k69(o0, o1) { // add [64, 1568, 1]
if (W !== null) W.k1((o0) * 4, (o1) * 4, (o0) * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 64; i0++, p1 += 1568, p2 += 1568) {
for (let i3 = 0; i3 < 1568; i3++) {
F[p1 + i3] = F[p2 + i3] + F[o1 + i3];
}
}
}
}
function k70(o0, o1, o2, o3, o4) { // fused matmul sub mul add mul mul mul add [32, 1568]
if (W !== null) W.k62((o1) * 4, (o2) * 4, (o0) * 4, (PACK) * 4);
else {
kilnProduct(F, o1, o2, o0, 32, 64, 1568, true, false);
}
if (W !== null) W.k63((o0) * 4, (o3) * 4, (o4) * 4, (o3) * 4, (o0) * 4);
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
F[o0 + i0] = v7;
}
}
}
function k71(o0, o1, o2, o3, o4, o5) { // fused sqrt div add mul div sub [32, 1568]
if (W !== null) W.k64((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o4) * 4, (o4) * 4, o5);
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
function k72(o0, o1, o2) { // fused mul mul []
if (W !== null) W.k65((o0) * 4, (o1) * 4, o2);
else {
const x2 = F[o0];
const v0 = x2 * x2;
const v1 = v0 * 0.0010000000000000009;
F[o1] = v1;
}
}
function k73(o0, o1, o2, o3, o4, o5, o6, o7) { // fused sub mul add mul add sqrt div add mul div sub [1]
if (W !== null) W.k66((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o4) * 4, (o5) * 4, (o6) * 4, (o1) * 4, (o2) * 4, (o6) * 4, o7);
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
function k74(o0, o1, o2, o3) { // fused sub mul sum mul add sqrt div [1, 1568, 1]
if (W !== null) W.k67((o0) * 4, (o1) * 4, (o0) * 4, (o2) * 4, (o3) * 4);
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
if (W !== null) W.k68((o0) * 4, (o1) * 4, (o0) * 4, (o2) * 4, (o3) * 4);
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
if (W !== null) W.k69((o0) * 4, (o1) * 4, (o0) * 4, (o2) * 4, (o3) * 4, (o4) * 4);
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
if (W !== null) W.k70((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o0) * 4, (o4) * 4);
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
if (W !== null) W.k71((o1) * 4, (o2) * 4, (o0) * 4);
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
if (W !== null) W.k72((o0) * 4, (o1) * 4, (o2) * 4);
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
if (W !== null) W.k73((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o2) * 4);
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
if (W !== null) W.k74((o0) * 4, (o1) * 4, (o0) * 4, (o2) * 4, (o3) * 4, (o4) * 4);
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
if (W !== null) W.k75((o0) * 4, (o1) * 4, (o0) * 4, (o2) * 4, (o3) * 4, (o4) * 4);
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
if (W !== null) W.k76((o0) * 4, (o0) * 4, (o1) * 4);
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
if (W !== null) W.k77((o1) * 4, (o2) * 4, (o0) * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 1568, 32, false, true);
}
}
function k91(o0, o1, o2) { // matmul [32, 1568]
if (W !== null) W.k62((o1) * 4, (o2) * 4, (o0) * 4, (PACK) * 4);
else {
kilnProduct(F, o1, o2, o0, 32, 64, 1568, true, false);
}
}
function k92(o0, o1, o2, o3, o4) { // fused sub mul add [64, 1568, 1]
if (W !== null) W.k78((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o0) * 4, (o4) * 4);
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
if (W !== null) W.k79((o0) * 4, (o1) * 4, (o2) * 4, (o3) * 4, (o0) * 4, (o4) * 4);
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
if (W !== null) W.k80((o0) * 4, (o1) * 4, (o2) * 4, (o2) * 4);
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
if (W !== null) W.k81((o1) * 4, (o2) * 4, (o0) * 4);
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
if (W !== null) W.k82((o0) * 4, (o1) * 4, (o2) * 4, (o2) * 4);
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
if (W !== null) W.k83((o1) * 4, (o2) * 4, (o0) * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1; i0 < 64; i0++, p1 += 1568, p2 += 1568) {
for (let i3 = 0; i3 < 1568; i3++) {
F[p1 + i3] = F[p2 + i3] * F[o2 + i3];
}
}
}
}
function k98(o0, o1, o2) { // fused mul sum div [1, 1568, 1]
if (W !== null) W.k84((o0) * 4, (o1) * 4, (o2) * 4, (o2) * 4);
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
k0(489226, 273930, 0, 50176);
if (c) c(0);
k1(75074, 51744, 275978, 1568);
if (c) c(1);
k2(489226, 73506, 275978, 53312);
if (c) c(2);
k3(489226, 100352);
if (c) c(3);
k4(275978, 489226, 54880);
if (c) c(4);
k5(275978, 63072);
if (c) c(5);
k1(76658, 63088, 489226, 16);
if (c) c(6);
k6(275978, 76642, 489226, 63104);
if (c) c(7);
k3(275978, 200704);
if (c) c(8);
k7(489226, 275978, 63120);
if (c) c(9);
k8(489226, 63376, 50176);
if (c) c(10);
}
function run_step0(c) {
k0(489226, 273930, 0, 50176);
if (c) c(0);
k9(489226, 275978);
if (c) c(1);
k10(489226, 275978, 277546);
if (c) c(2);
k11(73506, 275978, 1568);
if (c) c(3);
k12(75074, 277546, 1568);
if (c) c(4);
k13(277546, 51744, 1568);
if (c) c(5);
k14(489226, 277546, 53312);
if (c) c(6);
k3(489226, 100352);
if (c) c(7);
k4(275978, 489226, 54880);
if (c) c(8);
k5(275978, 63072);
if (c) c(9);
k15(275978, 489226);
if (c) c(10);
k16(275978, 489226, 489242);
if (c) c(11);
k11(76642, 489226, 16);
if (c) c(12);
k17(76658, 489242, 16);
if (c) c(13);
k13(489242, 63088, 16);
if (c) c(14);
k18(275978, 489242, 63104);
if (c) c(15);
k3(275978, 200704);
if (c) c(16);
k7(1812618, 275978, 63120);
if (c) c(17);
k8(1812618, 63376, 50176);
if (c) c(18);
k19(489226, 223754, 63377, 63633);
if (c) c(19);
k20(896906, 489226, 200704);
if (c) c(20);
k21(1298314, 896906, 63649, 71841);
if (c) c(21);
k22(1298314, 1865994);
if (c) c(22);
k23(1298314, 1865994, 1866026);
if (c) c(23);
k24(1866026, 71873, 1867626, 1867658, 32);
if (c) c(24);
k25(1298314, 1867658, 71905, 1411210);
if (c) c(25);
k20(1511562, 1411210, 100352);
if (c) c(26);
k26(1865930, 1511562, 71937, 73505, 1867498);
if (c) c(27);
k19(693066, 1812618, 63377, 63633);
if (c) c(28);
k20(1097610, 693066, 200704);
if (c) c(29);
k21(275978, 1097610, 63649, 71841);
if (c) c(30);
k22(275978, 1867562);
if (c) c(31);
k23(275978, 1867562, 1867690);
if (c) c(32);
k27(76674, 1865994, 1867562, 32);
if (c) c(33);
k28(76706, 1866026, 1867690, 32);
if (c) c(34);
k29(1867690, 71873, 1867722, 32);
if (c) c(35);
k25(275978, 1867722, 71905, 1611914);
if (c) c(36);
k20(388874, 1611914, 100352);
if (c) c(37);
k30(1865994, 388874, 71937, 73505, 1867562);
if (c) c(38);
k31(1865994, 1867754);
if (c) c(39);
k32(1865930, 1867754);
if (c) c(40);
k33(1867562, 1867755);
if (c) c(41);
k34(1712266, 1867562, 71937);
if (c) c(42);
k35(1865930, 388874, 1867562);
if (c) c(43);
k36(1611914, 1712266, 100352);
if (c) c(44);
k37(1611914, 1867562);
if (c) c(45);
k38(1611914, 275978, 1867690, 1867722, 1867594);
if (c) c(46);
k39(1611914, 1867722, 1867594, 275978, 388874);
if (c) c(47);
k40(1611914, 388874);
if (c) c(48);
k4(275978, 1611914, 63649);
if (c) c(49);
k41(1712266, 1097610, 1611914);
if (c) c(50);
k37(1611914, 1867594);
if (c) c(51);
k36(693066, 275978, 200704);
if (c) c(52);
k42(1741194, 1812618, 693066);
if (c) c(53);
k43(693066, 1199562);
if (c) c(54);
k44(1867498, 1867755);
if (c) c(55);
k34(1097610, 1867498, 71937);
if (c) c(56);
k45(1197962, 1511562, 1867498, 1865930);
if (c) c(57);
k36(1411210, 1097610, 100352);
if (c) c(58);
k46(1411210, 1867562);
if (c) c(59);
k47(1411210, 1298314, 1867626, 1867658, 1867690);
if (c) c(60);
k39(1411210, 1867658, 1867690, 1298314, 1199530);
if (c) c(61);
k40(1411210, 1199530);
if (c) c(62);
k4(275978, 1411210, 63649);
if (c) c(63);
k41(1511562, 896906, 1411210);
if (c) c(64);
k48(1712266, 1511562, 8192);
if (c) c(65);
k46(1411210, 1867594);
if (c) c(66);
k36(489226, 275978, 200704);
if (c) c(67);
k42(275978, 223754, 489226);
if (c) c(68);
k49(489226, 1199562);
if (c) c(69);
k50(1, 223751, 0, 223750, 1199530);
if (c) c(70);
k51(1, 223751, 1199531);
if (c) c(71);
k52(1741194, 275978, 76738, 76994, 1199531, 1199530, 63377, 256);
if (c) c(72);
k53(1199562, 77250, 77266, 1199531, 1199530, 63633, 16);
if (c) c(73);
k53(1712266, 77282, 85474, 1199531, 1199530, 63649, 8192);
if (c) c(74);
k53(1867594, 93666, 93698, 1199531, 1199530, 71841, 32);
if (c) c(75);
k53(1867626, 93730, 93762, 1199531, 1199530, 71873, 32);
if (c) c(76);
k53(1867562, 93794, 93826, 1199531, 1199530, 71905, 32);
if (c) c(77);
k53(1197962, 93858, 95426, 1199531, 1199530, 71937, 1568);
if (c) c(78);
k54(1867755, 96994, 96995, 1199531, 1199530, 73505, 1);
if (c) c(79);
}
function run_step1(c) {
k0(1219914, 273930, 0, 50176);
if (c) c(0);
k9(1219914, 275978);
if (c) c(1);
k10(1219914, 275978, 1574282);
if (c) c(2);
k11(73506, 275978, 1568);
if (c) c(3);
k12(75074, 1574282, 1568);
if (c) c(4);
k29(1574282, 51744, 1575850, 1568);
if (c) c(5);
k55(1219914, 1575850, 53312, 1320266);
if (c) c(6);
k3(1320266, 100352);
if (c) c(7);
k4(275978, 1320266, 54880);
if (c) c(8);
k5(275978, 63072);
if (c) c(9);
k15(275978, 1420618);
if (c) c(10);
k16(275978, 1420618, 1577418);
if (c) c(11);
k11(76642, 1420618, 16);
if (c) c(12);
k17(76658, 1577418, 16);
if (c) c(13);
k29(1577418, 63088, 1577434, 16);
if (c) c(14);
k56(275978, 1577434, 63104, 906314);
if (c) c(15);
k3(906314, 200704);
if (c) c(16);
k7(1520970, 906314, 63120);
if (c) c(17);
k8(1520970, 63376, 50176);
if (c) c(18);
k19(702474, 1520970, 63377, 63633);
if (c) c(19);
k20(489226, 702474, 200704);
if (c) c(20);
k21(1107018, 489226, 63649, 71841);
if (c) c(21);
k22(1107018, 589706);
if (c) c(22);
k23(1107018, 589706, 589738);
if (c) c(23);
k24(589738, 71873, 589770, 589802, 32);
if (c) c(24);
k25(1107018, 589802, 71905, 1420618);
if (c) c(25);
k20(489226, 1420618, 100352);
if (c) c(26);
k26(589642, 489226, 71937, 73505, 589578);
if (c) c(27);
k31(589642, 1577450);
if (c) c(28);
k11(76674, 589706, 32);
if (c) c(29);
k57(76706, 589738, 32);
if (c) c(30);
k58(589578, 64);
if (c) c(31);
k34(489226, 589578, 71937);
if (c) c(32);
k36(1420618, 489226, 100352);
if (c) c(33);
k59(1420618, 1107018, 589802, 589770);
if (c) c(34);
k39(1420618, 589802, 589770, 1107018, 489226);
if (c) c(35);
k40(1420618, 489226);
if (c) c(36);
k4(489226, 1420618, 63649);
if (c) c(37);
k36(702474, 489226, 200704);
if (c) c(38);
k7(1420618, 702474, 63377);
if (c) c(39);
k60(1520970, 1420618, 1473930);
if (c) c(40);
k61(489226, 1520970, 63120);
if (c) c(41);
k42(1135946, 1520970, 906314);
if (c) c(42);
k62(906314, 489226, 200704);
if (c) c(43);
k43(906314, 1144298);
if (c) c(44);
k63(906314, 275978, 1577418, 1577434, 1139594);
if (c) c(45);
k64(906314, 1577434, 1139594, 275978, 1139610);
if (c) c(46);
k5(906314, 1139610);
if (c) c(47);
k43(906314, 1144314);
if (c) c(48);
k65(275978, 906314, 54880);
if (c) c(49);
k41(1107018, 906314, 1320266);
if (c) c(50);
k62(1320266, 275978, 100352);
if (c) c(51);
k66(1320266, 1139594);
if (c) c(52);
k67(1320266, 1219914, 1574282, 1575850, 1141162);
if (c) c(53);
k68(1320266, 1575850, 1141162, 1219914, 1142730);
if (c) c(54);
k69(1320266, 1142730);
if (c) c(55);
k66(1320266, 1420618);
if (c) c(56);
k70(275978, 273930, 1320266, 96996, 147172);
if (c) c(57);
k50(3, 223753, 2, 223752, 1577434);
if (c) c(58);
k51(3, 223753, 1577435);
if (c) c(59);
k71(275978, 1577435, 1577434, 96996, 0, 50176);
if (c) c(60);
k53(1420618, 197348, 198916, 1577435, 1577434, 50176, 1568);
if (c) c(61);
k53(1574282, 200484, 202052, 1577435, 1577434, 51744, 1568);
if (c) c(62);
k53(1139594, 203620, 205188, 1577435, 1577434, 53312, 1568);
if (c) c(63);
k53(1107018, 206756, 214948, 1577435, 1577434, 54880, 8192);
if (c) c(64);
k53(1144314, 223140, 223156, 1577435, 1577434, 63072, 16);
if (c) c(65);
k53(1577418, 223172, 223188, 1577435, 1577434, 63088, 16);
if (c) c(66);
k53(1144298, 223204, 223220, 1577435, 1577434, 63104, 16);
if (c) c(67);
k53(1135946, 223236, 223492, 1577435, 1577434, 63120, 256);
if (c) c(68);
k72(1473930, 1577436, 1);
if (c) c(69);
k73(1473930, 223748, 223749, 1577436, 1577435, 1577434, 63376, 1);
if (c) c(70);
F.copyWithin(147172, 275978, 326154);
}
function run_grad0(c) {
k0(489226, 273930, 0, 50176);
if (c) c(0);
k9(489226, 275978);
if (c) c(1);
k74(489226, 275978, 51744, 277546);
if (c) c(2);
k14(489226, 277546, 53312);
if (c) c(3);
k3(489226, 100352);
if (c) c(4);
k4(275978, 489226, 54880);
if (c) c(5);
k5(275978, 63072);
if (c) c(6);
k15(275978, 489226);
if (c) c(7);
k75(275978, 489226, 63088, 489242);
if (c) c(8);
k18(275978, 489242, 63104);
if (c) c(9);
k3(275978, 200704);
if (c) c(10);
k7(1812618, 275978, 63120);
if (c) c(11);
k8(1812618, 63376, 50176);
if (c) c(12);
k19(489226, 223754, 63377, 63633);
if (c) c(13);
k20(896906, 489226, 200704);
if (c) c(14);
k21(1298314, 896906, 63649, 71841);
if (c) c(15);
k22(1298314, 1097610);
if (c) c(16);
k76(1298314, 1097610, 71873, 1867626, 1867658);
if (c) c(17);
k25(1298314, 1867658, 71905, 1411210);
if (c) c(18);
k20(1511562, 1411210, 100352);
if (c) c(19);
k26(1865930, 1511562, 71937, 73505, 1867498);
if (c) c(20);
k19(693066, 1812618, 63377, 63633);
if (c) c(21);
k20(1097610, 693066, 200704);
if (c) c(22);
k21(275978, 1097610, 63649, 71841);
if (c) c(23);
k22(275978, 1867562);
if (c) c(24);
k76(275978, 1867562, 71873, 1867690, 1867722);
if (c) c(25);
k25(275978, 1867722, 71905, 1611914);
if (c) c(26);
k20(388874, 1611914, 100352);
if (c) c(27);
k30(1865994, 388874, 71937, 73505, 1867562);
if (c) c(28);
k31(1865994, 1867754);
if (c) c(29);
k32(1865930, 1867754);
if (c) c(30);
k33(1867562, 1867755);
if (c) c(31);
k34(1712266, 1867562, 71937);
if (c) c(32);
k35(1865930, 388874, 1867562);
if (c) c(33);
k36(1611914, 1712266, 100352);
if (c) c(34);
k37(1611914, 1867562);
if (c) c(35);
k38(1611914, 275978, 1867690, 1867722, 1867594);
if (c) c(36);
k39(1611914, 1867722, 1867594, 275978, 388874);
if (c) c(37);
k40(1611914, 388874);
if (c) c(38);
k4(275978, 1611914, 63649);
if (c) c(39);
k41(1712266, 1097610, 1611914);
if (c) c(40);
k37(1611914, 1867594);
if (c) c(41);
k36(693066, 275978, 200704);
if (c) c(42);
k42(1741194, 1812618, 693066);
if (c) c(43);
k43(693066, 1201418);
if (c) c(44);
k44(1867498, 1867755);
if (c) c(45);
k34(1097610, 1867498, 71937);
if (c) c(46);
k45(1197962, 1511562, 1867498, 1865930);
if (c) c(47);
k36(1411210, 1097610, 100352);
if (c) c(48);
k46(1411210, 1867562);
if (c) c(49);
k77(1201354, 1867562);
if (c) c(50);
k47(1411210, 1298314, 1867626, 1867658, 1867690);
if (c) c(51);
k77(1201386, 1867626);
if (c) c(52);
k39(1411210, 1867658, 1867690, 1298314, 1867626);
if (c) c(53);
k40(1411210, 1867626);
if (c) c(54);
k4(275978, 1411210, 63649);
if (c) c(55);
k41(1511562, 896906, 1411210);
if (c) c(56);
k48(1712266, 1511562, 8192);
if (c) c(57);
k46(1411210, 1867594);
if (c) c(58);
k36(489226, 275978, 200704);
if (c) c(59);
k7(275978, 489226, 63377);
if (c) c(60);
k42(329290, 223754, 489226);
if (c) c(61);
k48(1741194, 329290, 256);
if (c) c(62);
k49(489226, 1201418);
if (c) c(63);
k78(329290, 50176);
if (c) c(64);
k78(1199530, 1568);
if (c) c(65);
k78(379466, 8192);
if (c) c(66);
k78(1744842, 16);
if (c) c(67);
k78(1201098, 256);
if (c) c(68);
k79(1867626);
if (c) c(69);
k78(387658, 2048);
if (c) c(70);
}
function run_grad1(c) {
k0(489226, 273930, 0, 50176);
if (c) c(0);
k1(75074, 51744, 275978, 1568);
if (c) c(1);
k2(489226, 73506, 275978, 53312);
if (c) c(2);
k3(489226, 100352);
if (c) c(3);
k4(275978, 489226, 54880);
if (c) c(4);
k5(275978, 63072);
if (c) c(5);
k1(76658, 63088, 489226, 16);
if (c) c(6);
k6(275978, 76642, 489226, 63104);
if (c) c(7);
k3(275978, 200704);
if (c) c(8);
k7(1812618, 275978, 63120);
if (c) c(9);
k8(1812618, 63376, 50176);
if (c) c(10);
k19(489226, 223754, 63377, 63633);
if (c) c(11);
k20(896906, 489226, 200704);
if (c) c(12);
k21(1298314, 896906, 63649, 71841);
if (c) c(13);
k24(76706, 71873, 1867626, 1867658, 32);
if (c) c(14);
k80(1298314, 76674, 1867658, 71905, 1411210);
if (c) c(15);
k20(1511562, 1411210, 100352);
if (c) c(16);
k26(1865930, 1511562, 71937, 73505, 1867498);
if (c) c(17);
k19(693066, 1812618, 63377, 63633);
if (c) c(18);
k20(1097610, 693066, 200704);
if (c) c(19);
k21(275978, 1097610, 63649, 71841);
if (c) c(20);
k80(275978, 76674, 1867658, 71905, 388874);
if (c) c(21);
k20(1611914, 388874, 100352);
if (c) c(22);
k30(1865994, 1611914, 71937, 73505, 1867562);
if (c) c(23);
k31(1865994, 1867690);
if (c) c(24);
k32(1865930, 1867690);
if (c) c(25);
k33(1867562, 1867691);
if (c) c(26);
k34(1712266, 1867562, 71937);
if (c) c(27);
k35(1865930, 1611914, 1867562);
if (c) c(28);
k36(388874, 1712266, 100352);
if (c) c(29);
k37(388874, 1867562);
if (c) c(30);
k81(1611914, 388874, 1867658);
if (c) c(31);
k82(388874, 275978, 1867594);
if (c) c(32);
k4(275978, 1611914, 63649);
if (c) c(33);
k41(1712266, 1097610, 1611914);
if (c) c(34);
k37(1611914, 1744842);
if (c) c(35);
k36(693066, 275978, 200704);
if (c) c(36);
k42(1741194, 1812618, 693066);
if (c) c(37);
k43(693066, 1201386);
if (c) c(38);
k44(1867498, 1867691);
if (c) c(39);
k34(1097610, 1867498, 71937);
if (c) c(40);
k45(1197962, 1511562, 1867498, 1865930);
if (c) c(41);
k36(1411210, 1097610, 100352);
if (c) c(42);
k46(1411210, 1867562);
if (c) c(43);
k77(1201354, 1867562);
if (c) c(44);
k81(1097610, 1411210, 1867658);
if (c) c(45);
k83(1411210, 1298314, 1867594, 1867626);
if (c) c(46);
k77(1744874, 1867594);
if (c) c(47);
k4(275978, 1097610, 63649);
if (c) c(48);
k41(693066, 896906, 1097610);
if (c) c(49);
k48(1712266, 693066, 8192);
if (c) c(50);
k46(1097610, 1744842);
if (c) c(51);
k36(489226, 275978, 200704);
if (c) c(52);
k7(275978, 489226, 63377);
if (c) c(53);
k42(329290, 223754, 489226);
if (c) c(54);
k48(1741194, 329290, 256);
if (c) c(55);
k49(489226, 1201386);
if (c) c(56);
k78(329290, 50176);
if (c) c(57);
k78(1199530, 1568);
if (c) c(58);
k78(379466, 8192);
if (c) c(59);
k78(1201402, 16);
if (c) c(60);
k78(1201098, 256);
if (c) c(61);
k79(1744906);
if (c) c(62);
k78(387658, 2048);
if (c) c(63);
}
function run_grad2(c) {
k0(1307722, 273930, 0, 50176);
if (c) c(0);
k9(1307722, 275978);
if (c) c(1);
k84(1307722, 275978, 51744, 1762442, 1764010);
if (c) c(2);
k55(1307722, 1764010, 53312, 1408074);
if (c) c(3);
k3(1408074, 100352);
if (c) c(4);
k4(275978, 1408074, 54880);
if (c) c(5);
k5(275978, 63072);
if (c) c(6);
k15(275978, 1508426);
if (c) c(7);
k85(275978, 1508426, 63088, 1767274, 1767290);
if (c) c(8);
k56(275978, 1767290, 63104, 906314);
if (c) c(9);
k3(906314, 200704);
if (c) c(10);
k7(1709130, 906314, 63120);
if (c) c(11);
k8(1709130, 63376, 50176);
if (c) c(12);
k19(702474, 1709130, 63377, 63633);
if (c) c(13);
k20(1107018, 702474, 200704);
if (c) c(14);
k21(489226, 1107018, 63649, 71841);
if (c) c(15);
k22(489226, 602122);
if (c) c(16);
k76(489226, 602122, 71873, 1767210, 1767242);
if (c) c(17);
k25(489226, 1767242, 71905, 1508426);
if (c) c(18);
k20(602122, 1508426, 100352);
if (c) c(19);
k26(1765578, 602122, 71937, 73505, 1767146);
if (c) c(20);
k31(1765578, 1767306);
if (c) c(21);
k86(1767146, 1767307);
if (c) c(22);
k34(1608778, 1767146, 71937);
if (c) c(23);
k35(1765578, 602122, 1767146);
if (c) c(24);
k36(1508426, 1608778, 100352);
if (c) c(25);
k37(1508426, 1767146);
if (c) c(26);
k38(1508426, 489226, 1767210, 1767242, 1767178);
if (c) c(27);
k39(1508426, 1767242, 1767178, 489226, 602122);
if (c) c(28);
k40(1508426, 602122);
if (c) c(29);
k4(489226, 1508426, 63649);
if (c) c(30);
k41(1608778, 1107018, 1508426);
if (c) c(31);
k37(1508426, 1767178);
if (c) c(32);
k36(702474, 489226, 200704);
if (c) c(33);
k7(1107018, 702474, 63377);
if (c) c(34);
k42(693066, 1709130, 702474);
if (c) c(35);
k43(702474, 1767242);
if (c) c(36);
k77(1547754, 1767210);
if (c) c(37);
k60(1709130, 1107018, 1767258);
if (c) c(38);
k87(1547786, 1767258);
if (c) c(39);
k61(489226, 1709130, 63120);
if (c) c(40);
k42(1537354, 1709130, 906314);
if (c) c(41);
k62(906314, 489226, 200704);
if (c) c(42);
k43(906314, 1767258);
if (c) c(43);
k63(906314, 275978, 1767274, 1767290, 1767226);
if (c) c(44);
k88(1767210, 1767274);
if (c) c(45);
k64(906314, 1767290, 1767226, 275978, 1767274);
if (c) c(46);
k5(906314, 1767274);
if (c) c(47);
k43(906314, 1767226);
if (c) c(48);
k65(275978, 906314, 54880);
if (c) c(49);
k41(1508426, 906314, 1408074);
if (c) c(50);
k62(1408074, 275978, 100352);
if (c) c(51);
k66(1408074, 1541002);
if (c) c(52);
k89(1543050, 1541002);
if (c) c(53);
k67(1408074, 1307722, 1762442, 1764010, 1541002);
if (c) c(54);
k89(1544618, 1762442);
if (c) c(55);
k68(1408074, 1764010, 1541002, 1307722, 1546186);
if (c) c(56);
k69(1408074, 1546186);
if (c) c(57);
k66(1408074, 1546186);
if (c) c(58);
k90(1541002, 1408074, 0);
if (c) c(59);
k91(275978, 273930, 1408074);
if (c) c(60);
k78(326154, 50176);
if (c) c(61);
}
function run_grad3(c) {
k0(1420618, 273930, 0, 50176);
if (c) c(0);
k24(75074, 51744, 1904266, 1905834, 1568);
if (c) c(1);
k92(1420618, 73506, 1905834, 53312, 1520970);
if (c) c(2);
k3(1520970, 100352);
if (c) c(3);
k4(275978, 1520970, 54880);
if (c) c(4);
k5(275978, 63072);
if (c) c(5);
k24(76658, 63088, 1909034, 1909050, 16);
if (c) c(6);
k93(275978, 76642, 1909050, 63104, 906314);
if (c) c(7);
k3(906314, 200704);
if (c) c(8);
k7(1822026, 906314, 63120);
if (c) c(9);
k8(1822026, 63376, 50176);
if (c) c(10);
k24(76706, 71873, 1908970, 690058, 32);
if (c) c(11);
k19(702474, 1822026, 63377, 63633);
if (c) c(12);
k20(1107018, 702474, 200704);
if (c) c(13);
k21(1307722, 1107018, 63649, 71841);
if (c) c(14);
k80(1307722, 76674, 690058, 71905, 1621322);
if (c) c(15);
k20(489226, 1621322, 100352);
if (c) c(16);
k26(689994, 489226, 71937, 73505, 689930);
if (c) c(17);
k31(689994, 1909066);
if (c) c(18);
k86(689930, 1909067);
if (c) c(19);
k34(589578, 689930, 71937);
if (c) c(20);
k35(1907402, 489226, 689930);
if (c) c(21);
k36(1621322, 589578, 100352);
if (c) c(22);
k37(1621322, 1909002);
if (c) c(23);
k81(1721674, 1621322, 690058);
if (c) c(24);
k4(489226, 1721674, 63649);
if (c) c(25);
k41(1875338, 1107018, 1721674);
if (c) c(26);
k37(1721674, 1107018);
if (c) c(27);
k36(702474, 489226, 200704);
if (c) c(28);
k7(1721674, 702474, 63377);
if (c) c(29);
k42(693066, 1822026, 702474);
if (c) c(30);
k43(702474, 696714);
if (c) c(31);
k94(1621322, 1307722, 1908970);
if (c) c(32);
k77(1774986, 1908970);
if (c) c(33);
k60(1822026, 1721674, 1908970);
if (c) c(34);
k87(1775018, 1908970);
if (c) c(35);
k61(489226, 1822026, 63120);
if (c) c(36);
k42(1621322, 1822026, 906314);
if (c) c(37);
k62(906314, 489226, 200704);
if (c) c(38);
k43(906314, 1908970);
if (c) c(39);
k95(489226, 906314, 1909050);
if (c) c(40);
k96(906314, 275978, 1909034);
if (c) c(41);
k88(1908986, 1909034);
if (c) c(42);
k43(489226, 689930);
if (c) c(43);
k65(275978, 489226, 54880);
if (c) c(44);
k41(426506, 489226, 1520970);
if (c) c(45);
k62(1520970, 275978, 100352);
if (c) c(46);
k66(1520970, 275978);
if (c) c(47);
k89(457482, 275978);
if (c) c(48);
k97(275978, 1520970, 1905834);
if (c) c(49);
k98(1520970, 1420618, 1904266);
if (c) c(50);
k89(1905834, 1904266);
if (c) c(51);
k66(275978, 1904266);
if (c) c(52);
k90(455434, 275978, 0);
if (c) c(53);
k91(376330, 273930, 275978);
if (c) c(54);
k78(275978, 50176);
if (c) c(55);
}
return finishModel(c, [run_predict, run_step0, run_step1, run_grad0, run_grad1, run_grad2, run_grad3], (r) => { R = r; });
}
