// runtime pieces: {createCore,finishModel}, kilnErf, kilnExpF32, kilnProduct
// ---- model
export const meta = {
  "model": "CharTransformer",
  "dtype": "f32",
  "inputs": [
    {"name":"ids","dtype":"i32","shape":[16,64]},
    {"name":"next","dtype":"i32","shape":[16,64]}
  ],
  "outputs": [
    {"name":"probs","shape":[16,64,49]}
  ],
  "params": [
    {"name":"tok","shape":[49,64],"init":{"kind":"normal","args":[0.02]}},
    {"name":"pos","shape":[64,64],"init":{"kind":"normal","args":[0.02]}},
    {"name":"b1.ln1.gamma","shape":[64],"init":{"kind":"ones","args":[]}},
    {"name":"b1.ln1.beta","shape":[64],"init":{"kind":"zeros","args":[]}},
    {"name":"b1.attn.W","shape":[64,192],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"b1.attn.b","shape":[192],"init":{"kind":"zeros","args":[]}},
    {"name":"b1.attn.Wo","shape":[64,64],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"b1.attn.bo","shape":[64],"init":{"kind":"zeros","args":[]}},
    {"name":"b1.ln2.gamma","shape":[64],"init":{"kind":"ones","args":[]}},
    {"name":"b1.ln2.beta","shape":[64],"init":{"kind":"zeros","args":[]}},
    {"name":"b1.grow.W","shape":[64,256],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"b1.grow.b","shape":[256],"init":{"kind":"zeros","args":[]}},
    {"name":"b1.shrink.W","shape":[256,64],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"b1.shrink.b","shape":[64],"init":{"kind":"zeros","args":[]}},
    {"name":"b2.ln1.gamma","shape":[64],"init":{"kind":"ones","args":[]}},
    {"name":"b2.ln1.beta","shape":[64],"init":{"kind":"zeros","args":[]}},
    {"name":"b2.attn.W","shape":[64,192],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"b2.attn.b","shape":[192],"init":{"kind":"zeros","args":[]}},
    {"name":"b2.attn.Wo","shape":[64,64],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"b2.attn.bo","shape":[64],"init":{"kind":"zeros","args":[]}},
    {"name":"b2.ln2.gamma","shape":[64],"init":{"kind":"ones","args":[]}},
    {"name":"b2.ln2.beta","shape":[64],"init":{"kind":"zeros","args":[]}},
    {"name":"b2.grow.W","shape":[64,256],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"b2.grow.b","shape":[256],"init":{"kind":"zeros","args":[]}},
    {"name":"b2.shrink.W","shape":[256,64],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"b2.shrink.b","shape":[64],"init":{"kind":"zeros","args":[]}},
    {"name":"norm.gamma","shape":[64],"init":{"kind":"ones","args":[]}},
    {"name":"norm.beta","shape":[64],"init":{"kind":"zeros","args":[]}},
    {"name":"head.W","shape":[64,49],"init":{"kind":"glorot_uniform","args":[]}},
    {"name":"head.b","shape":[49],"init":{"kind":"zeros","args":[]}}
  ],
  "state": [],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adamw","args":{"weight_decay":0.01,"lr":0.002,"beta1":0.9,"beta2":0.999,"eps":1e-8,"clip_norm":1},"params":["tok","pos","b1.ln1.gamma","b1.ln1.beta","b1.attn.W","b1.attn.b","b1.attn.Wo","b1.attn.bo","b1.ln2.gamma","b1.ln2.beta","b1.grow.W","b1.grow.b","b1.shrink.W","b1.shrink.b","b2.ln1.gamma","b2.ln1.beta","b2.attn.W","b2.attn.b","b2.attn.Wo","b2.attn.bo","b2.ln2.gamma","b2.ln2.beta","b2.grow.W","b2.grow.b","b2.shrink.W","b2.shrink.b","norm.gamma","norm.beta","head.W","head.b"]}
  ],
  "losses": ["loss"],
  "predictOnly": false,
  "arenaBytes": 21101924
};
const TABLES = {
  "NF": 5273433,
  "NI": 2048,
  "NH": 2,
  "arenaBytes": 21101924,
  "persistent": [
    {"name":"tok","shape":[49,64],"off":0,"size":3136,"kind":"param"},
    {"name":"pos","shape":[64,64],"off":3136,"size":4096,"kind":"param"},
    {"name":"b1.ln1.gamma","shape":[64],"off":7232,"size":64,"kind":"param"},
    {"name":"b1.ln1.beta","shape":[64],"off":7296,"size":64,"kind":"param"},
    {"name":"b1.attn.W","shape":[64,192],"off":7360,"size":12288,"kind":"param"},
    {"name":"b1.attn.b","shape":[192],"off":19648,"size":192,"kind":"param"},
    {"name":"b1.attn.Wo","shape":[64,64],"off":19840,"size":4096,"kind":"param"},
    {"name":"b1.attn.bo","shape":[64],"off":23936,"size":64,"kind":"param"},
    {"name":"b1.ln2.gamma","shape":[64],"off":24000,"size":64,"kind":"param"},
    {"name":"b1.ln2.beta","shape":[64],"off":24064,"size":64,"kind":"param"},
    {"name":"b1.grow.W","shape":[64,256],"off":24128,"size":16384,"kind":"param"},
    {"name":"b1.grow.b","shape":[256],"off":40512,"size":256,"kind":"param"},
    {"name":"b1.shrink.W","shape":[256,64],"off":40768,"size":16384,"kind":"param"},
    {"name":"b1.shrink.b","shape":[64],"off":57152,"size":64,"kind":"param"},
    {"name":"b2.ln1.gamma","shape":[64],"off":57216,"size":64,"kind":"param"},
    {"name":"b2.ln1.beta","shape":[64],"off":57280,"size":64,"kind":"param"},
    {"name":"b2.attn.W","shape":[64,192],"off":57344,"size":12288,"kind":"param"},
    {"name":"b2.attn.b","shape":[192],"off":69632,"size":192,"kind":"param"},
    {"name":"b2.attn.Wo","shape":[64,64],"off":69824,"size":4096,"kind":"param"},
    {"name":"b2.attn.bo","shape":[64],"off":73920,"size":64,"kind":"param"},
    {"name":"b2.ln2.gamma","shape":[64],"off":73984,"size":64,"kind":"param"},
    {"name":"b2.ln2.beta","shape":[64],"off":74048,"size":64,"kind":"param"},
    {"name":"b2.grow.W","shape":[64,256],"off":74112,"size":16384,"kind":"param"},
    {"name":"b2.grow.b","shape":[256],"off":90496,"size":256,"kind":"param"},
    {"name":"b2.shrink.W","shape":[256,64],"off":90752,"size":16384,"kind":"param"},
    {"name":"b2.shrink.b","shape":[64],"off":107136,"size":64,"kind":"param"},
    {"name":"norm.gamma","shape":[64],"off":107200,"size":64,"kind":"param"},
    {"name":"norm.beta","shape":[64],"off":107264,"size":64,"kind":"param"},
    {"name":"head.W","shape":[64,49],"off":107328,"size":3136,"kind":"param"},
    {"name":"head.b","shape":[49],"off":110464,"size":49,"kind":"param"},
    {"name":"optim/step/tok/exp_avg","shape":[49,64],"off":110513,"size":3136,"kind":"optim"},
    {"name":"optim/step/tok/exp_avg_sq","shape":[49,64],"off":113649,"size":3136,"kind":"optim"},
    {"name":"optim/step/pos/exp_avg","shape":[64,64],"off":116785,"size":4096,"kind":"optim"},
    {"name":"optim/step/pos/exp_avg_sq","shape":[64,64],"off":120881,"size":4096,"kind":"optim"},
    {"name":"optim/step/b1.ln1.gamma/exp_avg","shape":[64],"off":124977,"size":64,"kind":"optim"},
    {"name":"optim/step/b1.ln1.gamma/exp_avg_sq","shape":[64],"off":125041,"size":64,"kind":"optim"},
    {"name":"optim/step/b1.ln1.beta/exp_avg","shape":[64],"off":125105,"size":64,"kind":"optim"},
    {"name":"optim/step/b1.ln1.beta/exp_avg_sq","shape":[64],"off":125169,"size":64,"kind":"optim"},
    {"name":"optim/step/b1.attn.W/exp_avg","shape":[64,192],"off":125233,"size":12288,"kind":"optim"},
    {"name":"optim/step/b1.attn.W/exp_avg_sq","shape":[64,192],"off":137521,"size":12288,"kind":"optim"},
    {"name":"optim/step/b1.attn.b/exp_avg","shape":[192],"off":149809,"size":192,"kind":"optim"},
    {"name":"optim/step/b1.attn.b/exp_avg_sq","shape":[192],"off":150001,"size":192,"kind":"optim"},
    {"name":"optim/step/b1.attn.Wo/exp_avg","shape":[64,64],"off":150193,"size":4096,"kind":"optim"},
    {"name":"optim/step/b1.attn.Wo/exp_avg_sq","shape":[64,64],"off":154289,"size":4096,"kind":"optim"},
    {"name":"optim/step/b1.attn.bo/exp_avg","shape":[64],"off":158385,"size":64,"kind":"optim"},
    {"name":"optim/step/b1.attn.bo/exp_avg_sq","shape":[64],"off":158449,"size":64,"kind":"optim"},
    {"name":"optim/step/b1.ln2.gamma/exp_avg","shape":[64],"off":158513,"size":64,"kind":"optim"},
    {"name":"optim/step/b1.ln2.gamma/exp_avg_sq","shape":[64],"off":158577,"size":64,"kind":"optim"},
    {"name":"optim/step/b1.ln2.beta/exp_avg","shape":[64],"off":158641,"size":64,"kind":"optim"},
    {"name":"optim/step/b1.ln2.beta/exp_avg_sq","shape":[64],"off":158705,"size":64,"kind":"optim"},
    {"name":"optim/step/b1.grow.W/exp_avg","shape":[64,256],"off":158769,"size":16384,"kind":"optim"},
    {"name":"optim/step/b1.grow.W/exp_avg_sq","shape":[64,256],"off":175153,"size":16384,"kind":"optim"},
    {"name":"optim/step/b1.grow.b/exp_avg","shape":[256],"off":191537,"size":256,"kind":"optim"},
    {"name":"optim/step/b1.grow.b/exp_avg_sq","shape":[256],"off":191793,"size":256,"kind":"optim"},
    {"name":"optim/step/b1.shrink.W/exp_avg","shape":[256,64],"off":192049,"size":16384,"kind":"optim"},
    {"name":"optim/step/b1.shrink.W/exp_avg_sq","shape":[256,64],"off":208433,"size":16384,"kind":"optim"},
    {"name":"optim/step/b1.shrink.b/exp_avg","shape":[64],"off":224817,"size":64,"kind":"optim"},
    {"name":"optim/step/b1.shrink.b/exp_avg_sq","shape":[64],"off":224881,"size":64,"kind":"optim"},
    {"name":"optim/step/b2.ln1.gamma/exp_avg","shape":[64],"off":224945,"size":64,"kind":"optim"},
    {"name":"optim/step/b2.ln1.gamma/exp_avg_sq","shape":[64],"off":225009,"size":64,"kind":"optim"},
    {"name":"optim/step/b2.ln1.beta/exp_avg","shape":[64],"off":225073,"size":64,"kind":"optim"},
    {"name":"optim/step/b2.ln1.beta/exp_avg_sq","shape":[64],"off":225137,"size":64,"kind":"optim"},
    {"name":"optim/step/b2.attn.W/exp_avg","shape":[64,192],"off":225201,"size":12288,"kind":"optim"},
    {"name":"optim/step/b2.attn.W/exp_avg_sq","shape":[64,192],"off":237489,"size":12288,"kind":"optim"},
    {"name":"optim/step/b2.attn.b/exp_avg","shape":[192],"off":249777,"size":192,"kind":"optim"},
    {"name":"optim/step/b2.attn.b/exp_avg_sq","shape":[192],"off":249969,"size":192,"kind":"optim"},
    {"name":"optim/step/b2.attn.Wo/exp_avg","shape":[64,64],"off":250161,"size":4096,"kind":"optim"},
    {"name":"optim/step/b2.attn.Wo/exp_avg_sq","shape":[64,64],"off":254257,"size":4096,"kind":"optim"},
    {"name":"optim/step/b2.attn.bo/exp_avg","shape":[64],"off":258353,"size":64,"kind":"optim"},
    {"name":"optim/step/b2.attn.bo/exp_avg_sq","shape":[64],"off":258417,"size":64,"kind":"optim"},
    {"name":"optim/step/b2.ln2.gamma/exp_avg","shape":[64],"off":258481,"size":64,"kind":"optim"},
    {"name":"optim/step/b2.ln2.gamma/exp_avg_sq","shape":[64],"off":258545,"size":64,"kind":"optim"},
    {"name":"optim/step/b2.ln2.beta/exp_avg","shape":[64],"off":258609,"size":64,"kind":"optim"},
    {"name":"optim/step/b2.ln2.beta/exp_avg_sq","shape":[64],"off":258673,"size":64,"kind":"optim"},
    {"name":"optim/step/b2.grow.W/exp_avg","shape":[64,256],"off":258737,"size":16384,"kind":"optim"},
    {"name":"optim/step/b2.grow.W/exp_avg_sq","shape":[64,256],"off":275121,"size":16384,"kind":"optim"},
    {"name":"optim/step/b2.grow.b/exp_avg","shape":[256],"off":291505,"size":256,"kind":"optim"},
    {"name":"optim/step/b2.grow.b/exp_avg_sq","shape":[256],"off":291761,"size":256,"kind":"optim"},
    {"name":"optim/step/b2.shrink.W/exp_avg","shape":[256,64],"off":292017,"size":16384,"kind":"optim"},
    {"name":"optim/step/b2.shrink.W/exp_avg_sq","shape":[256,64],"off":308401,"size":16384,"kind":"optim"},
    {"name":"optim/step/b2.shrink.b/exp_avg","shape":[64],"off":324785,"size":64,"kind":"optim"},
    {"name":"optim/step/b2.shrink.b/exp_avg_sq","shape":[64],"off":324849,"size":64,"kind":"optim"},
    {"name":"optim/step/norm.gamma/exp_avg","shape":[64],"off":324913,"size":64,"kind":"optim"},
    {"name":"optim/step/norm.gamma/exp_avg_sq","shape":[64],"off":324977,"size":64,"kind":"optim"},
    {"name":"optim/step/norm.beta/exp_avg","shape":[64],"off":325041,"size":64,"kind":"optim"},
    {"name":"optim/step/norm.beta/exp_avg_sq","shape":[64],"off":325105,"size":64,"kind":"optim"},
    {"name":"optim/step/head.W/exp_avg","shape":[64,49],"off":325169,"size":3136,"kind":"optim"},
    {"name":"optim/step/head.W/exp_avg_sq","shape":[64,49],"off":328305,"size":3136,"kind":"optim"},
    {"name":"optim/step/head.b/exp_avg","shape":[49],"off":331441,"size":49,"kind":"optim"},
    {"name":"optim/step/head.b/exp_avg_sq","shape":[49],"off":331490,"size":49,"kind":"optim"}
  ],
  "persistentEnd": 331539,
  "constants": [
    [331539,[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63]]
  ],
  "inputs": [
    {"name":"ids","dtype":"i32","shape":[16,64],"place":{"arr":"I","off":0}},
    {"name":"next","dtype":"i32","shape":[16,64],"place":{"arr":"I","off":1024}}
  ],
  "outputs": [
    {"name":"probs","shape":[16,64,49],"place":{"arr":"F","off":331605}}
  ],
  "steps": [
    {"name":"step","loss":"loss","optimizer":"adamw","args":{"weight_decay":0.01,"lr":0.002,"beta1":0.9,"beta2":0.999,"eps":1e-8,"clip_norm":1},"params":["tok","pos","b1.ln1.gamma","b1.ln1.beta","b1.attn.W","b1.attn.b","b1.attn.Wo","b1.attn.bo","b1.ln2.gamma","b1.ln2.beta","b1.grow.W","b1.grow.b","b1.shrink.W","b1.shrink.b","b2.ln1.gamma","b2.ln1.beta","b2.attn.W","b2.attn.b","b2.attn.Wo","b2.attn.bo","b2.ln2.gamma","b2.ln2.beta","b2.grow.W","b2.grow.b","b2.shrink.W","b2.shrink.b","norm.gamma","norm.beta","head.W","head.b"],"lr":{"h":0,"f":331603},"t":{"h":1,"f":331604},"value":5206872}
  ],
  "gradients": [
    {"loss":"loss","mode":"train","value":5206869,"grads":[{"name":"tok","off":5140309,"size":3136},{"name":"pos","off":3043157,"size":4096},{"name":"b1.ln1.gamma","off":5143509,"size":64},{"name":"b1.ln1.beta","off":5143445,"size":64},{"name":"b1.attn.W","off":3030869,"size":12288},{"name":"b1.attn.b","off":5152085,"size":192},{"name":"b1.attn.Wo","off":5136213,"size":4096},{"name":"b1.attn.bo","off":5153237,"size":64},{"name":"b1.ln2.gamma","off":5152597,"size":64},{"name":"b1.ln2.beta","off":5152533,"size":64},{"name":"b1.grow.W","off":1576789,"size":16384},{"name":"b1.grow.b","off":5151637,"size":256},{"name":"b1.shrink.W","off":3166037,"size":16384},{"name":"b1.shrink.b","off":5152469,"size":64},{"name":"b2.ln1.gamma","off":5152405,"size":64},{"name":"b2.ln1.beta","off":5152341,"size":64},{"name":"b2.attn.W","off":3018581,"size":12288},{"name":"b2.attn.b","off":5151893,"size":192},{"name":"b2.attn.Wo","off":5132117,"size":4096},{"name":"b2.attn.bo","off":5152277,"size":64},{"name":"b2.ln2.gamma","off":5153173,"size":64},{"name":"b2.ln2.beta","off":5153109,"size":64},{"name":"b2.grow.W","off":3149653,"size":16384},{"name":"b2.grow.b","off":5152661,"size":256},{"name":"b2.shrink.W","off":5115733,"size":16384},{"name":"b2.shrink.b","off":5153045,"size":64},{"name":"norm.gamma","off":5152981,"size":64},{"name":"norm.beta","off":5152917,"size":64},{"name":"head.W","off":5148501,"size":3136},{"name":"head.b","off":5153301,"size":49}]},
    {"loss":"loss","mode":"eval","value":5206869,"grads":[{"name":"tok","off":5140309,"size":3136},{"name":"pos","off":3043157,"size":4096},{"name":"b1.ln1.gamma","off":5143509,"size":64},{"name":"b1.ln1.beta","off":5143445,"size":64},{"name":"b1.attn.W","off":3030869,"size":12288},{"name":"b1.attn.b","off":5152085,"size":192},{"name":"b1.attn.Wo","off":5136213,"size":4096},{"name":"b1.attn.bo","off":5153237,"size":64},{"name":"b1.ln2.gamma","off":5152597,"size":64},{"name":"b1.ln2.beta","off":5152533,"size":64},{"name":"b1.grow.W","off":1576789,"size":16384},{"name":"b1.grow.b","off":5151637,"size":256},{"name":"b1.shrink.W","off":3166037,"size":16384},{"name":"b1.shrink.b","off":5152469,"size":64},{"name":"b2.ln1.gamma","off":5152405,"size":64},{"name":"b2.ln1.beta","off":5152341,"size":64},{"name":"b2.attn.W","off":3018581,"size":12288},{"name":"b2.attn.b","off":5151893,"size":192},{"name":"b2.attn.Wo","off":5132117,"size":4096},{"name":"b2.attn.bo","off":5152277,"size":64},{"name":"b2.ln2.gamma","off":5153173,"size":64},{"name":"b2.ln2.beta","off":5153109,"size":64},{"name":"b2.grow.W","off":3149653,"size":16384},{"name":"b2.grow.b","off":5152661,"size":256},{"name":"b2.shrink.W","off":5115733,"size":16384},{"name":"b2.shrink.b","off":5153045,"size":64},{"name":"norm.gamma","off":5152981,"size":64},{"name":"norm.beta","off":5152917,"size":64},{"name":"head.W","off":5148501,"size":3136},{"name":"head.b","off":5153301,"size":49}]}
  ],
  "entries": [
    {"feeds":["ids"],"checks":[593749,65536,0,397141,1024,1,398165,1024,2,331605,65536,3,462677,4096,4,397141,65536,5,659285,65536,6,462677,4096,7,397141,65536,8,528213,4096,9,462677,65536,10,724821,65536,11,790357,65536,12,855893,4096,13,331605,262144,14,659285,4096,15,663381,4096,16,331605,262144,17,659285,65536,18,331605,65536,19,397141,65536,20,331605,1024,21,724821,1024,2,659285,65536,3,331605,262144,22,331605,262144,23,659285,65536,24,724821,1024,25,659285,1024,2,331605,65536,3,462677,4096,4,397141,65536,5,659285,65536,6,462677,4096,7,397141,65536,8,528213,4096,9,462677,65536,10,724821,65536,11,790357,65536,12,331605,262144,14,659285,4096,15,663381,4096,16,331605,262144,17,659285,65536,18,331605,65536,19,397141,65536,20,331605,1024,21,332629,1024,2,659285,65536,3,331605,262144,22,331605,262144,23,659285,65536,24,331605,1024,25,332629,1024,2,593749,65536,3,331605,50176,26,381781,1024,27,382805,1024,28,331605,50176,29]},
    {"feeds":["ids","next"],"checks":[3739477,65536,0,331605,1024,1,5202773,1024,2,3936085,65536,3,5165909,4096,4,331605,65536,5,4001621,65536,6,5170005,4096,7,331605,65536,8,5174101,4096,9,397141,65536,10,4067157,65536,11,4132693,65536,12,5206869,1,30,5206870,1,31,5206871,1,32,5178197,4096,13,331605,262144,14,4198229,4096,15,5182293,4096,16,593749,262144,17,855893,65536,18,4198229,65536,19,855893,65536,20,5186389,1024,21,5203797,1024,2,4394837,65536,3,855893,262144,22,1642325,262144,23,1904469,65536,24,5186389,1024,25,5204821,1024,2,4591445,65536,3,5186389,4096,4,1904469,65536,5,4656981,65536,6,5190485,4096,7,1904469,65536,8,5194581,4096,9,1970005,65536,10,4722517,65536,11,4788053,65536,12,1904469,262144,14,4853589,4096,15,5198677,4096,16,2166613,262144,17,2428757,65536,18,4853589,65536,19,2428757,65536,20,4984661,1024,21,5205845,1024,2,5050197,65536,3,2428757,262144,22,3215189,262144,23,3477333,65536,24,5115733,1024,25,3724117,1024,2,3542869,65536,3,3608405,50176,26,3725141,1024,27,3673941,50176,33,3727189,1024,34,5206872,1,35,3726165,1024,36,3673941,50176,37,5153301,49,38,3608405,65536,39,5148501,3136,40,5152917,64,41,5152981,64,42,3477333,65536,43,3724117,1024,44,5151637,1024,45,3739477,65536,46,5153045,64,47,3477333,262144,48,5115733,16384,49,3477333,262144,50,5152661,256,51,2953045,65536,39,3149653,16384,52,5153109,64,41,5153173,64,42,4984661,65536,43,5205845,1024,44,2953045,65536,53,5151637,1024,54,2953045,65536,46,5152277,64,55,2428757,65536,56,5132117,4096,57,3018581,65536,58,3084117,65536,18,2690901,262144,59,5136213,4096,60,2428757,262144,61,3018581,65536,62,2690901,65536,63,2756437,65536,64,2821973,65536,65,5152021,64,66,5136213,4096,67,5151957,64,68,2887509,65536,69,5190485,4096,70,3084117,65536,71,5151893,64,72,3018581,65536,73,5186389,4096,74,2166613,65536,75,3018581,12288,76,5152341,64,41,5152405,64,42,4525909,65536,43,5204821,1024,44,2166613,65536,53,5136213,1024,54,2166613,65536,46,5152469,64,47,1904469,262144,48,3166037,16384,49,1904469,262144,50,5151637,256,51,1380181,65536,39,1576789,16384,52,5152533,64,41,5152597,64,42,4329301,65536,43,5203797,1024,44,1380181,65536,53,5136213,1024,54,1380181,65536,46,5153237,64,55,855893,65536,56,5136213,4096,57,1445717,65536,58,1511253,65536,18,1118037,262144,59,5140309,4096,60,855893,262144,61,1445717,65536,62,1118037,65536,63,1183573,65536,64,1249109,65536,65,5152213,64,66,5140309,4096,67,5152149,64,68,1314645,65536,69,5170005,4096,70,331605,65536,71,5152085,64,72,397141,65536,73,5144405,4096,74,331605,65536,75,3030869,12288,76,5143445,64,41,5143509,64,42,3870549,65536,43,5202773,1024,44,331605,65536,53,5140309,1024,54,3043157,4096,77,5140309,3136,78,5143573,1,79,5143574,1,79,5143575,1,79,5143576,1,79,5143577,1,79,5143578,1,79,5143579,1,79,5143580,1,79,5143581,1,79,5143582,1,79,5143583,1,79,5143584,1,79,5143585,1,79,5143586,1,79,5143587,1,79,5143588,1,79,5143589,1,79,5143590,1,79,5143591,1,79,5143592,1,79,5143593,1,79,5143594,1,79,5143595,1,79,5143596,1,79,5143597,1,79,5143598,1,79,5143599,1,79,5143600,1,79,5143573,1,80,5143573,1,81,3030869,12288,82,1576789,16384,83,3166037,16384,84,3018581,12288,82,3149653,16384,83,5115733,16384,84,0,3136,85,3136,4096,86,7232,64,87,7296,64,88,19648,192,89,19840,4096,90,23936,64,91,24000,64,92,24064,64,93,40512,256,94,57152,64,95,57216,64,96,57280,64,97,69632,192,98,69824,4096,99,73920,64,100,73984,64,101,74048,64,102,90496,256,103,107136,64,104,107200,64,105,107264,64,106,107328,3136,107,110464,49,108,7360,12288,109,24128,16384,110,40768,16384,111,57344,12288,112,74112,16384,113,90752,16384,114]},
    {"feeds":["ids","next"],"checks":[3739477,65536,0,331605,1024,1,5202773,1024,2,3936085,65536,3,5165909,4096,4,331605,65536,5,4001621,65536,6,5170005,4096,7,331605,65536,8,5174101,4096,9,397141,65536,10,4067157,65536,11,4132693,65536,12,5178197,4096,13,331605,262144,14,4198229,4096,15,5182293,4096,16,593749,262144,17,855893,65536,18,4198229,65536,19,855893,65536,20,5186389,1024,21,5203797,1024,2,4394837,65536,3,855893,262144,22,1642325,262144,23,1904469,65536,24,5186389,1024,25,5204821,1024,2,4591445,65536,3,5186389,4096,4,1904469,65536,5,4656981,65536,6,5190485,4096,7,1904469,65536,8,5194581,4096,9,1970005,65536,10,4722517,65536,11,4788053,65536,12,1904469,262144,14,4853589,4096,15,5198677,4096,16,2166613,262144,17,2428757,65536,18,4853589,65536,19,2428757,65536,20,4984661,1024,21,5205845,1024,2,5050197,65536,3,2428757,262144,22,3215189,262144,23,3477333,65536,24,5115733,1024,25,3724117,1024,2,3542869,65536,3,3608405,50176,26,3725141,1024,27,3673941,50176,33,3727189,1024,34,5206869,1,35,3726165,1024,36,3673941,50176,37,5153301,49,38,3608405,65536,39,5148501,3136,40,5152917,64,41,5152981,64,42,3477333,65536,43,3724117,1024,44,5151637,1024,45,3739477,65536,46,5153045,64,47,3477333,262144,48,5115733,16384,49,3477333,262144,50,5152661,256,51,2953045,65536,39,3149653,16384,52,5153109,64,41,5153173,64,42,4984661,65536,43,5205845,1024,44,2953045,65536,53,5151637,1024,54,2953045,65536,46,5152277,64,55,2428757,65536,56,5132117,4096,57,3018581,65536,58,3084117,65536,18,2690901,262144,59,5136213,4096,60,2428757,262144,61,3018581,65536,62,2690901,65536,63,2756437,65536,64,2821973,65536,65,5152021,64,66,5136213,4096,67,5151957,64,68,2887509,65536,69,5190485,4096,70,3084117,65536,71,5151893,64,72,3018581,65536,73,5186389,4096,74,2166613,65536,75,3018581,12288,76,5152341,64,41,5152405,64,42,4525909,65536,43,5204821,1024,44,2166613,65536,53,5136213,1024,54,2166613,65536,46,5152469,64,47,1904469,262144,48,3166037,16384,49,1904469,262144,50,5151637,256,51,1380181,65536,39,1576789,16384,52,5152533,64,41,5152597,64,42,4329301,65536,43,5203797,1024,44,1380181,65536,53,5136213,1024,54,1380181,65536,46,5153237,64,55,855893,65536,56,5136213,4096,57,1445717,65536,58,1511253,65536,18,1118037,262144,59,5140309,4096,60,855893,262144,61,1445717,65536,62,1118037,65536,63,1183573,65536,64,1249109,65536,65,5152213,64,66,5140309,4096,67,5152149,64,68,1314645,65536,69,5170005,4096,70,331605,65536,71,5152085,64,72,397141,65536,73,5144405,4096,74,331605,65536,75,3030869,12288,76,5143445,64,41,5143509,64,42,3870549,65536,43,5202773,1024,44,331605,65536,53,5140309,1024,54,3043157,4096,77,5140309,3136,78]},
    {"feeds":["ids","next"],"checks":[3739477,65536,0,331605,1024,1,5202773,1024,2,3936085,65536,3,5165909,4096,4,331605,65536,5,4001621,65536,6,5170005,4096,7,331605,65536,8,5174101,4096,9,397141,65536,10,4067157,65536,11,4132693,65536,12,5178197,4096,13,331605,262144,14,4198229,4096,15,5182293,4096,16,593749,262144,17,855893,65536,18,4198229,65536,19,855893,65536,20,5186389,1024,21,5203797,1024,2,4394837,65536,3,855893,262144,22,1642325,262144,23,1904469,65536,24,5186389,1024,25,5204821,1024,2,4591445,65536,3,5186389,4096,4,1904469,65536,5,4656981,65536,6,5190485,4096,7,1904469,65536,8,5194581,4096,9,1970005,65536,10,4722517,65536,11,4788053,65536,12,1904469,262144,14,4853589,4096,15,5198677,4096,16,2166613,262144,17,2428757,65536,18,4853589,65536,19,2428757,65536,20,4984661,1024,21,5205845,1024,2,5050197,65536,3,2428757,262144,22,3215189,262144,23,3477333,65536,24,5115733,1024,25,3724117,1024,2,3542869,65536,3,3608405,50176,26,3725141,1024,27,3673941,50176,33,3727189,1024,34,5206869,1,35,3726165,1024,36,3673941,50176,37,5153301,49,38,3608405,65536,39,5148501,3136,40,5152917,64,41,5152981,64,42,3477333,65536,43,3724117,1024,44,5151637,1024,45,3739477,65536,46,5153045,64,47,3477333,262144,48,5115733,16384,49,3477333,262144,50,5152661,256,51,2953045,65536,39,3149653,16384,52,5153109,64,41,5153173,64,42,4984661,65536,43,5205845,1024,44,2953045,65536,53,5151637,1024,54,2953045,65536,46,5152277,64,55,2428757,65536,56,5132117,4096,57,3018581,65536,58,3084117,65536,18,2690901,262144,59,5136213,4096,60,2428757,262144,61,3018581,65536,62,2690901,65536,63,2756437,65536,64,2821973,65536,65,5152021,64,66,5136213,4096,67,5151957,64,68,2887509,65536,69,5190485,4096,70,3084117,65536,71,5151893,64,72,3018581,65536,73,5186389,4096,74,2166613,65536,75,3018581,12288,76,5152341,64,41,5152405,64,42,4525909,65536,43,5204821,1024,44,2166613,65536,53,5136213,1024,54,2166613,65536,46,5152469,64,47,1904469,262144,48,3166037,16384,49,1904469,262144,50,5151637,256,51,1380181,65536,39,1576789,16384,52,5152533,64,41,5152597,64,42,4329301,65536,43,5203797,1024,44,1380181,65536,53,5136213,1024,54,1380181,65536,46,5153237,64,55,855893,65536,56,5136213,4096,57,1445717,65536,58,1511253,65536,18,1118037,262144,59,5140309,4096,60,855893,262144,61,1445717,65536,62,1118037,65536,63,1183573,65536,64,1249109,65536,65,5152213,64,66,5140309,4096,67,5152149,64,68,1314645,65536,69,5170005,4096,70,331605,65536,71,5152085,64,72,397141,65536,73,5144405,4096,74,331605,65536,75,3030869,12288,76,5143445,64,41,5143509,64,42,3870549,65536,43,5202773,1024,44,331605,65536,53,5140309,1024,54,3043157,4096,77,5140309,3136,78]}
  ],
  "info": [
    [0,1,2,[]], // take sotu_transformer.kiln:32:12 f32[16, 64, 64]
    [6,5,7,[3,1,4,5]], // mul <prelude>:107:18 f32[16, 64, 1] (add, sum)
    [13,14,7,[8,9,6,10,4,11,6,11,3,12]], // sqrt <prelude>:109:21 f32[16, 64, 1] (sub, mul, sum, mul, add)
    [3,16,2,[15,16,6,16]], // add <prelude>:109:10 f32[16, 64, 64] (div, mul)
    [17,18,19,[]], // slice <prelude>:138:38 f32[64, 64]
    [3,21,22,[20,21]], // add <prelude>:138:13 f32[1024, 64] (matmul)
    [23,24,25,[]], // transpose <prelude>:137:8 f32[16, 4, 64, 16]
    [17,26,19,[]], // slice <prelude>:142:38 f32[64, 64]
    [3,27,22,[20,27]], // add <prelude>:142:13 f32[1024, 64] (matmul)
    [17,28,19,[]], // slice <prelude>:146:38 f32[64, 64]
    [3,29,22,[20,29]], // add <prelude>:146:13 f32[1024, 64] (matmul)
    [23,30,25,[]], // transpose <prelude>:145:8 f32[16, 4, 64, 16]
    [23,31,32,[]], // transpose <prelude>:149:17 f32[16, 4, 16, 64]
    [35,34,19,[33,34]], // where <prelude>:150:27 f32[64, 64] (le)
    [35,37,38,[20,36,6,36]], // where <prelude>:150:21 f32[16, 4, 64, 64] (matmul, mul)
    [39,40,41,[]], // max <prelude>:152:22 f32[16, 4, 64, 1]
    [4,40,41,[8,40,42,40]], // sum <prelude>:152:22 f32[16, 4, 64, 1] (sub, exp)
    [15,40,38,[]], // div <prelude>:152:22 f32[16, 4, 64, 64]
    [20,43,25,[]], // matmul <prelude>:152:17 f32[16, 4, 64, 16]
    [23,44,45,[]], // transpose <prelude>:152:7 f32[16, 64, 4, 16]
    [3,46,22,[20,46]], // add <prelude>:153:18 f32[1024, 64] (matmul)
    [6,5,7,[3,47,4,5]], // mul <prelude>:107:18 f32[16, 64, 1] (add, sum)
    [3,48,49,[20,48]], // add <prelude>:12:22 f32[1024, 256] (matmul)
    [6,50,52,[6,50,51,50,6,50,3,50]], // mul <prelude>:12:10 f32[16, 64, 256] (mul, erf, mul, add)
    [3,48,22,[20,48]], // add <prelude>:12:22 f32[1024, 64] (matmul)
    [6,5,7,[3,53,4,5]], // mul <prelude>:107:18 f32[16, 64, 1] (add, sum)
    [3,48,54,[20,48]], // add <prelude>:12:22 f32[1024, 49] (matmul)
    [39,55,7,[]], // max sotu_transformer.kiln:33:18 f32[16, 64, 1]
    [4,55,7,[8,55,42,55]], // sum sotu_transformer.kiln:33:18 f32[16, 64, 1] (sub, exp)
    [15,55,56,[]], // div sotu_transformer.kiln:33:18 f32[16, 64, 49]
    [8,57,58,[6,57]], // sub sotu_transformer.kiln:36:3 f32[] (mul)
    [15,57,58,[59,57,8,57]], // div sotu_transformer.kiln:36:3 f32[] (pow, sub)
    [13,57,58,[59,57,8,57]], // sqrt sotu_transformer.kiln:36:3 f32[] (pow, sub)
    [60,61,56,[]], // one_hot sotu_transformer.kiln:34:10 f32[16, 64, 49]
    [3,61,7,[8,55,42,55,4,55,62,61]], // add sotu_transformer.kiln:34:10 f32[16, 64, 1] (sub, exp, sum, log)
    [6,61,58,[8,61,6,61,4,61]], // mul sotu_transformer.kiln:34:10 f32[] (sub, mul, sum)
    [15,61,7,[6,61,4,61]], // div sotu_transformer.kiln:34:10 f32[16, 64, 1] (mul, sum)
    [3,55,56,[6,61,6,55]], // add sotu_transformer.kiln:33:18 f32[16, 64, 49] (mul, mul)
    [4,48,63,[]], // sum <prelude>:12:22 f32[49]
    [20,48,22,[]], // matmul <prelude>:12:22 f32[1024, 64]
    [20,48,64,[]], // matmul <prelude>:12:22 f32[64, 49]
    [4,16,65,[]], // sum <prelude>:109:10 f32[64]
    [4,16,65,[6,16]], // sum <prelude>:109:10 f32[64] (mul)
    [66,16,2,[6,16,15,16,6,16,15,16]], // neg <prelude>:109:10 f32[16, 64, 64] (mul, div, mul, div)
    [6,11,7,[4,16,6,14,15,14]], // mul <prelude>:108:7 f32[16, 64, 1] (sum, mul, div)
    [6,5,7,[6,10,3,10,3,10,66,9,4,9]], // mul <prelude>:107:18 f32[16, 64, 1] (mul, add, add, neg, sum)
    [3,5,2,[]], // add <prelude>:107:18 f32[16, 64, 64]
    [4,48,65,[]], // sum <prelude>:12:22 f32[64]
    [20,48,49,[]], // matmul <prelude>:12:22 f32[1024, 256]
    [20,48,67,[]], // matmul <prelude>:12:22 f32[256, 64]
    [3,50,52,[6,50,6,50,6,50,6,50,66,50,42,50,6,50,6,50,6,50]], // add <prelude>:12:10 f32[16, 64, 256] (mul, mul, mul, mul, neg, exp, mul, mul, mul)
    [4,48,68,[]], // sum <prelude>:12:22 f32[256]
    [20,48,69,[]], // matmul <prelude>:12:22 f32[64, 256]
    [3,9,2,[6,10,3,10,3,10,66,9]], // add <prelude>:107:14 f32[16, 64, 64] (mul, add, add, neg)
    [6,5,7,[4,9]], // mul <prelude>:107:18 f32[16, 64, 1] (sum)
    [4,46,65,[]], // sum <prelude>:153:18 f32[64]
    [20,46,22,[]], // matmul <prelude>:153:18 f32[1024, 64]
    [20,46,19,[]], // matmul <prelude>:153:18 f32[64, 64]
    [23,44,25,[]], // transpose <prelude>:152:7 f32[16, 4, 64, 16]
    [66,40,38,[20,43,15,40,6,40,15,40]], // neg <prelude>:152:22 f32[16, 4, 64, 64] (matmul, div, mul, div)
    [4,40,41,[]], // sum <prelude>:152:22 f32[16, 4, 64, 1]
    [6,36,38,[3,40,6,40,35,37]], // mul <prelude>:149:12 f32[16, 4, 64, 64] (add, mul, where)
    [20,36,25,[]], // matmul <prelude>:149:12 f32[16, 4, 64, 16]
    [20,36,32,[]], // matmul <prelude>:149:12 f32[16, 4, 16, 64]
    [23,31,45,[]], // transpose <prelude>:149:17 f32[16, 64, 4, 16]
    [23,30,45,[]], // transpose <prelude>:145:8 f32[16, 64, 4, 16]
    [4,29,65,[]], // sum <prelude>:146:13 f32[64]
    [20,29,19,[]], // matmul <prelude>:146:13 f32[64, 64]
    [4,27,65,[]], // sum <prelude>:142:13 f32[64]
    [20,27,22,[]], // matmul <prelude>:142:13 f32[1024, 64]
    [20,27,19,[]], // matmul <prelude>:142:13 f32[64, 64]
    [23,24,45,[]], // transpose <prelude>:137:8 f32[16, 64, 4, 16]
    [4,21,65,[]], // sum <prelude>:138:13 f32[64]
    [20,21,22,[]], // matmul <prelude>:138:13 f32[1024, 64]
    [20,21,19,[]], // matmul <prelude>:138:13 f32[64, 64]
    [3,21,22,[20,29,3,27]], // add <prelude>:138:13 f32[1024, 64] (matmul, add)
    [70,18,71,[]], // concat <prelude>:138:38 f32[64, 192]
    [4,1,19,[3,5]], // sum sotu_transformer.kiln:32:12 f32[64, 64] (add)
    [72,1,73,[]], // scatter_add sotu_transformer.kiln:32:12 f32[49, 64]
    [4,57,58,[6,57]], // sum sotu_transformer.kiln:36:3 f32[] (mul)
    [3,57,58,[6,57,4,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57]], // add sotu_transformer.kiln:36:3 f32[] (mul, sum, add, add, add, add, add, add, add, add, add, add, add, add, add, add, add, add, add, add, add, add, add)
    [74,57,58,[6,57,4,57,3,57,3,57,3,57,3,57,3,57,3,57,3,57,13,57,3,57,15,57]], // minimum sotu_transformer.kiln:36:3 f32[] (mul, sum, add, add, add, add, add, add, add, sqrt, add, div)
    [6,57,71,[]], // mul sotu_transformer.kiln:36:3 f32[64, 192]
    [6,57,69,[]], // mul sotu_transformer.kiln:36:3 f32[64, 256]
    [6,57,67,[]], // mul sotu_transformer.kiln:36:3 f32[256, 64]
    [75,57,73,[]], // the adamw update of param 'tok' sotu_transformer.kiln:36:3 f32[49, 64]
    [76,57,19,[]], // the adamw update of param 'pos' sotu_transformer.kiln:36:3 f32[64, 64]
    [77,57,65,[]], // the adamw update of param 'b1.ln1.gamma' sotu_transformer.kiln:36:3 f32[64]
    [78,57,65,[]], // the adamw update of param 'b1.ln1.beta' sotu_transformer.kiln:36:3 f32[64]
    [79,57,80,[]], // the adamw update of param 'b1.attn.b' sotu_transformer.kiln:36:3 f32[192]
    [81,57,19,[]], // the adamw update of param 'b1.attn.Wo' sotu_transformer.kiln:36:3 f32[64, 64]
    [82,57,65,[]], // the adamw update of param 'b1.attn.bo' sotu_transformer.kiln:36:3 f32[64]
    [83,57,65,[]], // the adamw update of param 'b1.ln2.gamma' sotu_transformer.kiln:36:3 f32[64]
    [84,57,65,[]], // the adamw update of param 'b1.ln2.beta' sotu_transformer.kiln:36:3 f32[64]
    [85,57,68,[]], // the adamw update of param 'b1.grow.b' sotu_transformer.kiln:36:3 f32[256]
    [86,57,65,[]], // the adamw update of param 'b1.shrink.b' sotu_transformer.kiln:36:3 f32[64]
    [87,57,65,[]], // the adamw update of param 'b2.ln1.gamma' sotu_transformer.kiln:36:3 f32[64]
    [88,57,65,[]], // the adamw update of param 'b2.ln1.beta' sotu_transformer.kiln:36:3 f32[64]
    [89,57,80,[]], // the adamw update of param 'b2.attn.b' sotu_transformer.kiln:36:3 f32[192]
    [90,57,19,[]], // the adamw update of param 'b2.attn.Wo' sotu_transformer.kiln:36:3 f32[64, 64]
    [91,57,65,[]], // the adamw update of param 'b2.attn.bo' sotu_transformer.kiln:36:3 f32[64]
    [92,57,65,[]], // the adamw update of param 'b2.ln2.gamma' sotu_transformer.kiln:36:3 f32[64]
    [93,57,65,[]], // the adamw update of param 'b2.ln2.beta' sotu_transformer.kiln:36:3 f32[64]
    [94,57,68,[]], // the adamw update of param 'b2.grow.b' sotu_transformer.kiln:36:3 f32[256]
    [95,57,65,[]], // the adamw update of param 'b2.shrink.b' sotu_transformer.kiln:36:3 f32[64]
    [96,57,65,[]], // the adamw update of param 'norm.gamma' sotu_transformer.kiln:36:3 f32[64]
    [97,57,65,[]], // the adamw update of param 'norm.beta' sotu_transformer.kiln:36:3 f32[64]
    [98,57,64,[]], // the adamw update of param 'head.W' sotu_transformer.kiln:36:3 f32[64, 49]
    [99,57,63,[]], // the adamw update of param 'head.b' sotu_transformer.kiln:36:3 f32[49]
    [100,57,71,[]], // the adamw update of param 'b1.attn.W' sotu_transformer.kiln:36:3 f32[64, 192]
    [101,57,69,[]], // the adamw update of param 'b1.grow.W' sotu_transformer.kiln:36:3 f32[64, 256]
    [102,57,67,[]], // the adamw update of param 'b1.shrink.W' sotu_transformer.kiln:36:3 f32[256, 64]
    [103,57,71,[]], // the adamw update of param 'b2.attn.W' sotu_transformer.kiln:36:3 f32[64, 192]
    [104,57,69,[]], // the adamw update of param 'b2.grow.W' sotu_transformer.kiln:36:3 f32[64, 256]
    [105,57,67,[]] // the adamw update of param 'b2.shrink.W' sotu_transformer.kiln:36:3 f32[256, 64]
  ],
  "strings": ["take","sotu_transformer.kiln:32:12","f32[16, 64, 64]","add","sum","<prelude>:107:18","mul","f32[16, 64, 1]","sub","<prelude>:107:14","<prelude>:108:11","<prelude>:108:7","<prelude>:109:26","sqrt","<prelude>:109:21","div","<prelude>:109:10","slice","<prelude>:138:38","f32[64, 64]","matmul","<prelude>:138:13","f32[1024, 64]","transpose","<prelude>:137:8","f32[16, 4, 64, 16]","<prelude>:142:38","<prelude>:142:13","<prelude>:146:38","<prelude>:146:13","<prelude>:145:8","<prelude>:149:17","f32[16, 4, 16, 64]","le","<prelude>:150:27","where","<prelude>:149:12","<prelude>:150:21","f32[16, 4, 64, 64]","max","<prelude>:152:22","f32[16, 4, 64, 1]","exp","<prelude>:152:17","<prelude>:152:7","f32[16, 64, 4, 16]","<prelude>:153:18","sotu_transformer.kiln:17:7","<prelude>:12:22","f32[1024, 256]","<prelude>:12:10","erf","f32[16, 64, 256]","sotu_transformer.kiln:18:10","f32[1024, 49]","sotu_transformer.kiln:33:18","f32[16, 64, 49]","sotu_transformer.kiln:36:3","f32[]","pow","one_hot","sotu_transformer.kiln:34:10","log","f32[49]","f32[64, 49]","f32[64]","neg","f32[256, 64]","f32[256]","f32[64, 256]","concat","f32[64, 192]","scatter_add","f32[49, 64]","minimum","the adamw update of param 'tok'","the adamw update of param 'pos'","the adamw update of param 'b1.ln1.gamma'","the adamw update of param 'b1.ln1.beta'","the adamw update of param 'b1.attn.b'","f32[192]","the adamw update of param 'b1.attn.Wo'","the adamw update of param 'b1.attn.bo'","the adamw update of param 'b1.ln2.gamma'","the adamw update of param 'b1.ln2.beta'","the adamw update of param 'b1.grow.b'","the adamw update of param 'b1.shrink.b'","the adamw update of param 'b2.ln1.gamma'","the adamw update of param 'b2.ln1.beta'","the adamw update of param 'b2.attn.b'","the adamw update of param 'b2.attn.Wo'","the adamw update of param 'b2.attn.bo'","the adamw update of param 'b2.ln2.gamma'","the adamw update of param 'b2.ln2.beta'","the adamw update of param 'b2.grow.b'","the adamw update of param 'b2.shrink.b'","the adamw update of param 'norm.gamma'","the adamw update of param 'norm.beta'","the adamw update of param 'head.W'","the adamw update of param 'head.b'","the adamw update of param 'b1.attn.W'","the adamw update of param 'b1.grow.W'","the adamw update of param 'b1.shrink.W'","the adamw update of param 'b2.attn.W'","the adamw update of param 'b2.grow.W'","the adamw update of param 'b2.shrink.W'"],
  "predictOnly": false
};
// 68 WebAssembly SIMD kernels, exported as k0, k1, ... (33683 bytes, zlib-compressed)
const WASM = "..."; // 7494 bytes
export function create(options = {}) {
const c = createCore(meta, TABLES, WASM, options);
const F = c.F, I = c.I, H = c.H, W = c.W;
let R = c.rng;
const PACK = 5206873;
R.fillNormal(F, 0, 3136, 0, 0.02); // tok: normal
R.fillNormal(F, 3136, 4096, 0, 0.02); // pos: normal
F.fill(1, 7232, 7296); // b1.ln1.gamma: ones
R.fillUniform(F, 7360, 12288, (-0.15309310892394862), 0.15309310892394862); // b1.attn.W: glorot_uniform
R.fillUniform(F, 19840, 4096, (-0.21650635094610965), 0.21650635094610965); // b1.attn.Wo: glorot_uniform
F.fill(1, 24000, 24064); // b1.ln2.gamma: ones
R.fillUniform(F, 24128, 16384, (-0.13693063937629152), 0.13693063937629152); // b1.grow.W: glorot_uniform
R.fillUniform(F, 40768, 16384, (-0.13693063937629152), 0.13693063937629152); // b1.shrink.W: glorot_uniform
F.fill(1, 57216, 57280); // b2.ln1.gamma: ones
R.fillUniform(F, 57344, 12288, (-0.15309310892394862), 0.15309310892394862); // b2.attn.W: glorot_uniform
R.fillUniform(F, 69824, 4096, (-0.21650635094610965), 0.21650635094610965); // b2.attn.Wo: glorot_uniform
F.fill(1, 73984, 74048); // b2.ln2.gamma: ones
R.fillUniform(F, 74112, 16384, (-0.13693063937629152), 0.13693063937629152); // b2.grow.W: glorot_uniform
R.fillUniform(F, 90752, 16384, (-0.13693063937629152), 0.13693063937629152); // b2.shrink.W: glorot_uniform
F.fill(1, 107200, 107264); // norm.gamma: ones
R.fillUniform(F, 107328, 3136, (-0.23042861179277058), 0.23042861179277058); // head.W: glorot_uniform
function k0(o0, o1, o2) { // take [16, 64, 64]
for (let i0 = 0; i0 < 1024; i0++) {
const id2 = I[o2 + i0];
if (id2 >= 0 && id2 < 49) for (let j1 = 0; j1 < 64; j1++) F[o0 + i0 * 64 + j1] = F[o1 + id2 * 64 + j1];
else for (let j1 = 0; j1 < 64; j1++) F[o0 + i0 * 64 + j1] = 0;
}
}
function k1(o0, o1, o2) { // fused add sum mul [16, 64, 1]
if (W !== null) W.k0(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
else {
for (let i1 = 0, p2 = o2, p3 = o0, p4 = o0; i1 < 16; i1++, p2 += 64, p3 += 4096, p4 += 4096) {
for (let i5 = 0; i5 < 64; i5++) {
let acc0 = 0;
for (let i6 = 0; i6 < 64; i6++) {
const x3 = F[p3 + i5 * 64 + i6];
const x4 = F[o1 + i5 * 64 + i6];
const v0 = x3 + x4;
F[p4 + i5 * 64 + i6] = v0;
acc0 = acc0 + v0;
}
const v1 = acc0;
const v2 = v1 * 0.015625;
F[p2 + i5] = v2;
}
}
}
}
function k2(o0, o1, o2, o3) { // fused sub mul sum mul add sqrt [16, 64, 1]
if (W !== null) W.k1(o0 * 4, o1 * 4, o2 * 4, o3 * 4);
else {
for (let i1 = 0; i1 < 1024; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
const x6 = F[o0 + i1 * 64 + i2];
const x7 = F[o1 + i1];
const v0 = x6 - x7;
const v1 = v0 * v0;
F[o2 + i1 * 64 + i2] = v0;
acc0 = acc0 + v1;
}
const v2 = acc0;
const v3 = v2 * 0.015625;
const v4 = v3 + 0.00001;
const v5 = Math.sqrt(v4);
F[o3 + i1] = v5;
}
}
}
function k3(o0, o1, o2, o3) { // fused div mul add [16, 64, 64]
if (W !== null) W.k2(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o0; i0 < 1024; i0++, p1 += 64, p2 += 1, p3 += 64) {
for (let i4 = 0; i4 < 64; i4++) {
const x3 = F[p1 + i4];
const x4 = F[p2];
const x5 = F[o2 + i4];
const x6 = F[o3 + i4];
const v0 = x3 / x4;
const v1 = v0 * x5;
const v2 = v1 + x6;
F[p3 + i4] = v2;
}
}
}
}
function k4(o0, o1) { // slice [64, 64]
if (W !== null) W.k3((o1 + 0) * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1 + 0; i0 < 64; i0++, p1 += 64, p2 += 192) {
for (let i3 = 0; i3 < 64; i3++) {
F[p1 + i3] = F[p2 + i3];
}
}
}
}
function k5(o0, o1, o2, o3) { // fused matmul add [1024, 64]
if (W !== null) {
W.k4(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 1024, 64, 64, false, false);
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 1024; i0++, p1 += 64, p2 += 64) {
for (let i3 = 0; i3 < 64; i3++) {
const v0 = F[p1 + i3];
const x4 = F[o3 + i3];
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
}
function k6(o0, o1) { // transpose [16, 4, 64, 16]
if (W !== null) W.k5((o1 + 0) * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1 + 0; i0 < 16; i0++, p1 += 4096, p2 += 4096) {
for (let i3 = 0, p4 = p1, p5 = p2; i3 < 4; i3++, p4 += 1024, p5 += 16) {
for (let i6 = 0, p7 = p4, p8 = p5; i6 < 64; i6++, p7 += 16, p8 += 64) {
for (let i9 = 0; i9 < 16; i9++) {
F[p7 + i9] = F[p8 + i9];
}
}
}
}
}
}
function k7(o0, o1) { // slice [64, 64]
if (W !== null) W.k3((o1 + 64) * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1 + 64; i0 < 64; i0++, p1 += 64, p2 += 192) {
for (let i3 = 0; i3 < 64; i3++) {
F[p1 + i3] = F[p2 + i3];
}
}
}
}
function k8(o0, o1) { // slice [64, 64]
if (W !== null) W.k3((o1 + 128) * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1 + 128; i0 < 64; i0++, p1 += 64, p2 += 192) {
for (let i3 = 0; i3 < 64; i3++) {
F[p1 + i3] = F[p2 + i3];
}
}
}
}
function k9(o0, o1) { // transpose [16, 4, 16, 64]
for (let i0 = 0, p1 = o0, p2 = o1 + 0; i0 < 16; i0++, p1 += 4096, p2 += 4096) {
for (let i3 = 0, p4 = p1, p5 = p2; i3 < 64; i3++, p4 += 64, p5 += 1) {
for (let i6 = 0; i6 < 64; i6++) {
F[p4 + i6] = F[p5 + i6 * 64];
}
}
}
}
function k10(o0, o1) { // fused le where [64, 64]
if (W !== null) W.k6(o0 * 4, o0 * 4, o1 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1; i0 < 64; i0++, p1 += 1, p2 += 64) {
for (let i3 = 0; i3 < 64; i3++) {
const x2 = F[o0 + i3];
const x3 = F[p1];
const v0 = (x2 <= x3 ? 1 : 0);
const v1 = (v0 !== 0 ? 1 : 0);
F[p2 + i3] = v1;
}
}
}
}
function k11(o0, o1, o2, o3) { // fused matmul mul where [16, 4, 64, 64]
for (let t4 = 0; t4 < 64; t4++) {
let oa5 = o1, ob6 = o2;
{ const q = Math.floor(t4 / 4) % 16; oa5 += q * 4096; ob6 += q * 4096; }
{ const q = Math.floor(t4 / 1) % 4; oa5 += q * 1024; ob6 += q * 1024; }
if (W !== null) W.k7(oa5 * 4, ob6 * 4, (o0 + t4 * 4096) * 4);
else {
kilnProduct(F, oa5, ob6, o0 + t4 * 4096, 64, 16, 64, false, false);
}
}
if (W !== null) W.k8(o0 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 64; i0++, p1 += 4096, p2 += 4096) {
for (let i3 = 0; i3 < 4096; i3++) {
const v0 = F[p1 + i3];
const x6 = F[o3 + i3];
const v1 = v0 * 0.25;
const v2 = (x6 !== 0 ? v1 : (-1000000000));
F[p2 + i3] = v2;
}
}
}
}
function k12(o0, o1) { // max [16, 4, 64, 1]
if (W !== null) W.k9(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 4096; i1++) {
let acc0 = -Infinity;
for (let i2 = 0; i2 < 64; i2++) {
acc0 = (F[o0 + i1 * 64 + i2] > acc0 ? F[o0 + i1 * 64 + i2] : acc0);
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k13(o0, o1, o2) { // fused sub exp sum [16, 4, 64, 1]
if (W !== null) W.k10(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 4096; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
const x3 = F[o0 + i1 * 64 + i2];
const x4 = F[o1 + i1];
const v0 = x3 - x4;
const v1 = kilnExpF32(v0);
F[o0 + i1 * 64 + i2] = v1;
acc0 = acc0 + v1;
}
const v2 = acc0;
F[o2 + i1] = v2;
}
}
}
function k14(o0, o1) { // div [16, 4, 64, 64]
if (W !== null) W.k11(o0 * 4, o1 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o1; i0 < 4096; i0++, p1 += 64, p2 += 64, p3 += 1) {
for (let i4 = 0; i4 < 64; i4++) {
F[p1 + i4] = F[p2 + i4] / F[p3];
}
}
}
}
function k15(o0, o1, o2) { // matmul [16, 4, 64, 16]
for (let t0 = 0; t0 < 64; t0++) {
let oa1 = o1, ob2 = o2;
{ const q = Math.floor(t0 / 4) % 16; oa1 += q * 16384; ob2 += q * 4096; }
{ const q = Math.floor(t0 / 1) % 4; oa1 += q * 4096; ob2 += q * 1024; }
if (W !== null) W.k12(oa1 * 4, ob2 * 4, (o0 + t0 * 1024) * 4);
else {
kilnProduct(F, oa1, ob2, o0 + t0 * 1024, 64, 64, 16, false, false);
}
}
}
function k16(o0, o1) { // transpose [16, 64, 4, 16]
if (W !== null) W.k13((o1 + 0) * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1 + 0; i0 < 16; i0++, p1 += 4096, p2 += 4096) {
for (let i3 = 0, p4 = p1, p5 = p2; i3 < 64; i3++, p4 += 64, p5 += 16) {
for (let i6 = 0, p7 = p4, p8 = p5; i6 < 4; i6++, p7 += 16, p8 += 1024) {
for (let i9 = 0; i9 < 16; i9++) {
F[p7 + i9] = F[p8 + i9];
}
}
}
}
}
}
function k17(o0, o1, o2) { // fused add sum mul [16, 64, 1]
if (W !== null) W.k14(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 1024; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
const x3 = F[o0 + i1 * 64 + i2];
const x4 = F[o1 + i1 * 64 + i2];
const v0 = x3 + x4;
F[o0 + i1 * 64 + i2] = v0;
acc0 = acc0 + v0;
}
const v1 = acc0;
const v2 = v1 * 0.015625;
F[o2 + i1] = v2;
}
}
}
function k18(o0, o1, o2, o3) { // fused matmul add [1024, 256]
if (W !== null) {
W.k15(o1 * 4, o2 * 4, o0 * 4, PACK * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 1024, 64, 256, false, false);
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 1024; i0++, p1 += 256, p2 += 256) {
for (let i3 = 0; i3 < 256; i3++) {
const v0 = F[p1 + i3];
const x4 = F[o3 + i3];
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
}
function k19(o0, o1) { // fused mul erf mul add mul [16, 64, 256]
for (let i0 = 0; i0 < o1; i0++) {
const x5 = F[o0 + i0];
const v0 = x5 * 0.7071067811865476;
const v1 = kilnErf(v0);
const v2 = x5 * 0.5;
const v3 = v1 + 1;
const v4 = v2 * v3;
F[o0 + i0] = v4;
}
}
function k20(o0, o1, o2, o3) { // fused matmul add [1024, 64]
if (W !== null) {
W.k16(o1 * 4, o2 * 4, o0 * 4, PACK * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 1024, 256, 64, false, false);
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 1024; i0++, p1 += 64, p2 += 64) {
for (let i3 = 0; i3 < 64; i3++) {
const v0 = F[p1 + i3];
const x4 = F[o3 + i3];
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
}
function k21(o0, o1, o2) { // fused sub mul sum mul add sqrt [16, 64, 1]
if (W !== null) W.k1(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 1024; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
const x6 = F[o0 + i1 * 64 + i2];
const x7 = F[o1 + i1];
const v0 = x6 - x7;
const v1 = v0 * v0;
F[o0 + i1 * 64 + i2] = v0;
acc0 = acc0 + v1;
}
const v2 = acc0;
const v3 = v2 * 0.015625;
const v4 = v3 + 0.00001;
const v5 = Math.sqrt(v4);
F[o2 + i1] = v5;
}
}
}
function k22(o0, o1, o2, o3) { // fused matmul add [1024, 49]
if (W !== null) {
W.k17(o1 * 4, o2 * 4, o0 * 4, o3 * 4);
} else {
kilnProduct(F, o1, o2, o0, 1024, 64, 49, false, false);
for (let i0 = 0, p1 = o0, p2 = o0; i0 < 1024; i0++, p1 += 49, p2 += 49) {
for (let i3 = 0; i3 < 49; i3++) {
const v0 = F[p1 + i3];
const x4 = F[o3 + i3];
const v1 = v0 + x4;
F[p2 + i3] = v1;
}
}
}
}
function k23(o0, o1) { // max [16, 64, 1]
if (W !== null) W.k18(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 1024; i1++) {
let acc0 = -Infinity;
for (let i2 = 0; i2 < 49; i2++) {
acc0 = (F[o0 + i1 * 49 + i2] > acc0 ? F[o0 + i1 * 49 + i2] : acc0);
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k24(o0, o1, o2) { // fused sub exp sum [16, 64, 1]
if (W !== null) W.k19(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 1024; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 49; i2++) {
const x3 = F[o0 + i1 * 49 + i2];
const x4 = F[o1 + i1];
const v0 = x3 - x4;
const v1 = kilnExpF32(v0);
F[o0 + i1 * 49 + i2] = v1;
acc0 = acc0 + v1;
}
const v2 = acc0;
F[o2 + i1] = v2;
}
}
}
function k25(o0, o1) { // div [16, 64, 49]
if (W !== null) W.k20(o0 * 4, o1 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o1; i0 < 1024; i0++, p1 += 49, p2 += 49, p3 += 1) {
for (let i4 = 0; i4 < 49; i4++) {
F[p1 + i4] = F[p2 + i4] / F[p3];
}
}
}
}
function k26(o0, o1, o2, o3, o4, o5) { // fused div mul add [16, 64, 64]
if (W !== null) W.k21(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o4, p4 = o5; i0 < 1024; i0++, p1 += 64, p2 += 1, p3 += 64, p4 += 64) {
for (let i5 = 0; i5 < 64; i5++) {
const x3 = F[p1 + i5];
const x4 = F[p2];
const x5 = F[o2 + i5];
const x6 = F[o3 + i5];
const v0 = x3 / x4;
const v1 = v0 * x5;
const v2 = v1 + x6;
F[p3 + i5] = v0;
F[p4 + i5] = v2;
}
}
}
}
function k27(o0, o1, o2, o3) { // fused mul sub []
if (W !== null) W.k22(o1 * 4, o2 * 4, o3);
else {
const x2 = H[o0];
const v0 = x2 * 0.01;
const v1 = 1 - v0;
F[o2] = v1;
}
}
function k28(o0, o1, o2, o3, o4) { // fused pow sub div []
const x4 = H[o0];
const x6 = H[o2];
const v0 = Math.pow(0.9, x4);
const v1 = 1 - v0;
const v2 = x6 / v1;
F[o4] = v2;
}
function k29(o0, o1, o2) { // fused pow sub sqrt []
const x4 = H[o0];
const v0 = Math.pow(0.999, x4);
const v1 = 1 - v0;
const v2 = Math.sqrt(v1);
F[o2] = v2;
}
function k30(o0, o1, o2) { // div [16, 4, 64, 64]
if (W !== null) W.k11(o1 * 4, o2 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2; i0 < 4096; i0++, p1 += 64, p2 += 64, p3 += 1) {
for (let i4 = 0; i4 < 64; i4++) {
F[p1 + i4] = F[p2 + i4] / F[p3];
}
}
}
}
function k31(o0, o1, o2, o3, o4) { // fused mul erf mul add mul [16, 64, 256]
for (let i0 = 0; i0 < o4; i0++) {
const x5 = F[o0 + i0];
const v0 = x5 * 0.7071067811865476;
const v1 = kilnErf(v0);
const v2 = x5 * 0.5;
const v3 = v1 + 1;
const v4 = v2 * v3;
F[o0 + i0] = v0;
F[o1 + i0] = v2;
F[o2 + i0] = v3;
F[o3 + i0] = v4;
}
}
function k32(o0, o1) { // one_hot [16, 64, 49]
for (let i0 = 0; i0 < 50176; i0++) F[o0 + i0] = 0;
for (let i0 = 0; i0 < 1024; i0++) {
const id1 = I[o1 + i0];
if (id1 >= 0 && id1 < 49) F[o0 + i0 * 49 + id1] = 1;
}
}
function k33(o0, o1, o2, o3, o4) { // fused sub exp sum log add [16, 64, 1]
for (let i1 = 0; i1 < 1024; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 49; i2++) {
const x5 = F[o0 + i1 * 49 + i2];
const x6 = F[o1 + i1];
const v0 = x5 - x6;
const v1 = kilnExpF32(v0);
F[o2 + i1 * 49 + i2] = v1;
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
function k34(o0, o1, o2, o3) { // fused sub mul sum mul []
if (W !== null) W.k23(o0 * 4, o1 * 4, o2 * 4, o3 * 4);
else {
let acc0 = 0;
for (let i1 = 0, p2 = o0, p3 = o1, p4 = o2; i1 < 1024; i1++, p2 += 49, p3 += 1, p4 += 49) {
for (let i5 = 0; i5 < 49; i5++) {
const x4 = F[p2 + i5];
const x5 = F[p3];
const x6 = F[p4 + i5];
const v0 = x4 - x5;
const v1 = x6 * v0;
acc0 = acc0 + v1;
}
}
const v2 = acc0;
const v3 = v2 * (-0.0009765625);
F[o3] = v3;
}
}
function k35(o0, o1) { // fused mul sum div [16, 64, 1]
if (W !== null) W.k24(o0 * 4, o1 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 1024; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 49; i2++) {
const x3 = F[o0 + i1 * 49 + i2];
const v0 = x3 * 0.0009765625;
acc0 = acc0 + v0;
}
const v1 = acc0;
const e5 = F[o1 + i1];
const v2 = v1 / e5;
F[o1 + i1] = v2;
}
}
}
function k36(o0, o1, o2) { // fused mul mul add [16, 64, 49]
if (W !== null) W.k25(o0 * 4, o1 * 4, o2 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2, p4 = o0; i0 < 1024; i0++, p1 += 49, p2 += 1, p3 += 49, p4 += 49) {
for (let i5 = 0; i5 < 49; i5++) {
const x3 = F[p1 + i5];
const x5 = F[p2];
const x6 = F[p3 + i5];
const v0 = x3 * (-0.0009765625);
const v1 = x5 * x6;
const v2 = v0 + v1;
F[p4 + i5] = v2;
}
}
}
}
function k37(o0, o1) { // sum [49]
if (W !== null) W.k26(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 49; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 1024; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 49];
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k38(o0, o1, o2) { // matmul [1024, 64]
if (W !== null) W.k27(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 1024, 49, 64, false, true);
}
}
function k39(o0, o1, o2) { // matmul [64, 49]
if (W !== null) W.k28(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 1024, 49, true, false);
}
}
function k40(o0, o1) { // sum [64]
if (W !== null) W.k29(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 64; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 1024; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 64];
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k41(o0, o1, o2) { // fused mul sum [64]
if (W !== null) W.k30(o0 * 4, o1 * 4, o2 * 4);
else {
for (let i1 = 0; i1 < 64; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 1024; i2++) {
const x2 = F[o0 + i1 + i2 * 64];
const x3 = F[o1 + i1 + i2 * 64];
const v0 = x2 * x3;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o2 + i1] = v1;
}
}
}
function k42(o0, o1, o2, o3) { // fused mul div mul div neg [16, 64, 64]
if (W !== null) W.k31(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4, o3 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o2, p3 = o3, p4 = o0, p5 = o3; i0 < 1024; i0++, p1 += 64, p2 += 1, p3 += 64, p4 += 64, p5 += 64) {
for (let i6 = 0; i6 < 64; i6++) {
const x5 = F[p1 + i6];
const x6 = F[o1 + i6];
const x7 = F[p2];
const x8 = F[p3 + i6];
const v0 = x5 * x6;
const v1 = v0 / x7;
const v2 = v0 * x8;
const v3 = v2 / x7;
const v4 = -v3;
F[p4 + i6] = v1;
F[p5 + i6] = v4;
}
}
}
}
function k43(o0, o1) { // fused sum mul div mul [16, 64, 1]
if (W !== null) W.k32(o0 * 4, o1 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 1024; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
acc0 = acc0 + F[o0 + i1 * 64 + i2];
}
const v0 = acc0;
const e6 = F[o1 + i1];
const v1 = v0 * 0.5;
const v2 = v1 / e6;
const v3 = v2 * 0.015625;
F[o1 + i1] = v3;
}
}
}
function k44(o0, o1, o2, o3) { // fused mul add add neg sum mul [16, 64, 1]
if (W !== null) W.k33(o0 * 4, o1 * 4, o2 * 4, o1 * 4, o3 * 4);
else {
for (let i1 = 0; i1 < 1024; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
const x6 = F[o0 + i1];
const x7 = F[o1 + i1 * 64 + i2];
const x8 = F[o2 + i1 * 64 + i2];
const v0 = x6 * x7;
const v1 = x8 + v0;
const v2 = v1 + v0;
const v3 = -v2;
F[o1 + i1 * 64 + i2] = v2;
acc0 = acc0 + v3;
}
const v4 = acc0;
const v5 = v4 * 0.015625;
F[o3 + i1] = v5;
}
}
}
function k45(o0, o1) { // add [16, 64, 64]
if (W !== null) W.k34(o0 * 4, o1 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o0, p3 = o1; i0 < 1024; i0++, p1 += 64, p2 += 64, p3 += 1) {
for (let i4 = 0; i4 < 64; i4++) {
F[p1 + i4] = F[p2 + i4] + F[p3];
}
}
}
}
function k46(o0, o1, o2) { // matmul [1024, 256]
if (W !== null) W.k35(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 1024, 64, 256, false, true);
}
}
function k47(o0, o1, o2) { // matmul [256, 64]
if (W !== null) W.k36(o1 * 4, o2 * 4, o0 * 4, PACK * 4);
else {
kilnProduct(F, o1, o2, o0, 256, 1024, 64, true, false);
}
}
function k48(o0, o1, o2, o3, o4) { // fused mul mul mul mul neg exp mul mul mul add [16, 64, 256]
if (W !== null) W.k37(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4, o4);
else {
for (let i0 = 0; i0 < o4; i0++) {
const x10 = F[o0 + i0];
const x11 = F[o1 + i0];
const x12 = F[o2 + i0];
const x14 = F[o3 + i0];
const v0 = x10 * x11;
const v1 = x10 * x12;
const v2 = v0 * 0.5;
const v3 = x14 * x14;
const v4 = -v3;
const v5 = kilnExpF32(v4);
const v6 = v5 * 1.1283791670955126;
const v7 = v1 * v6;
const v8 = v7 * 0.7071067811865476;
const v9 = v2 + v8;
F[o0 + i0] = v9;
}
}
}
function k49(o0, o1) { // sum [256]
if (W !== null) W.k38(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 256; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 1024; i2++) {
acc0 = acc0 + F[o0 + i1 + i2 * 256];
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k50(o0, o1, o2) { // matmul [1024, 64]
if (W !== null) W.k39(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 1024, 256, 64, false, true);
}
}
function k51(o0, o1, o2) { // matmul [64, 256]
if (W !== null) W.k40(o1 * 4, o2 * 4, o0 * 4, PACK * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 1024, 256, true, false);
}
}
function k52(o0, o1, o2, o3) { // fused mul add add neg add [16, 64, 64]
if (W !== null) W.k41(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o1 * 4, o2 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2, p4 = o3, p5 = o1, p6 = o2; i0 < 1024; i0++, p1 += 1, p2 += 64, p3 += 64, p4 += 64, p5 += 64, p6 += 64) {
for (let i7 = 0; i7 < 64; i7++) {
const x5 = F[p1];
const x6 = F[p2 + i7];
const x7 = F[p3 + i7];
const x8 = F[p4 + i7];
const v0 = x5 * x6;
const v1 = x7 + v0;
const v2 = v1 + v0;
const v3 = -v2;
const v4 = x8 + v2;
F[p5 + i7] = v3;
F[p6 + i7] = v4;
}
}
}
}
function k53(o0, o1) { // fused sum mul [16, 64, 1]
if (W !== null) W.k42(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 1024; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
acc0 = acc0 + F[o0 + i1 * 64 + i2];
}
const v0 = acc0;
const v1 = v0 * 0.015625;
F[o1 + i1] = v1;
}
}
}
function k54(o0, o1, o2) { // matmul [1024, 64]
if (W !== null) W.k43(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 1024, 64, 64, false, true);
}
}
function k55(o0, o1, o2) { // matmul [64, 64]
if (W !== null) W.k44(o1 * 4, o2 * 4, o0 * 4, PACK * 4);
else {
kilnProduct(F, o1, o2, o0, 64, 1024, 64, true, false);
}
}
function k56(o0, o1, o2) { // matmul [16, 4, 64, 16]
for (let t0 = 0; t0 < 64; t0++) {
let oa1 = o1, ob2 = o2;
{ const q = Math.floor(t0 / 4) % 16; oa1 += q * 16384; ob2 += q * 4096; }
{ const q = Math.floor(t0 / 1) % 4; oa1 += q * 4096; ob2 += q * 1024; }
if (W !== null) W.k45(oa1 * 4, ob2 * 4, (o0 + t0 * 1024) * 4);
else {
kilnProduct(F, oa1, ob2, o0 + t0 * 1024, 64, 64, 16, true, false);
}
}
}
function k57(o0, o1, o2, o3, o4, o5) { // fused matmul div mul div neg [16, 4, 64, 64]
for (let t7 = 0; t7 < 64; t7++) {
let oa8 = o1, ob9 = o2;
{ const q = Math.floor(t7 / 4) % 16; oa8 += q * 4096; ob9 += q * 4096; }
{ const q = Math.floor(t7 / 1) % 4; oa8 += q * 1024; ob9 += q * 1024; }
if (W !== null) W.k46(oa8 * 4, ob9 * 4, (o0 + t7 * 4096) * 4);
else {
kilnProduct(F, oa8, ob9, o0 + t7 * 4096, 64, 16, 64, false, true);
}
}
if (W !== null) W.k47(o0 * 4, o3 * 4, o4 * 4, o5 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o3, p3 = o4, p4 = o5, p5 = o0; i0 < 4096; i0++, p1 += 64, p2 += 1, p3 += 64, p4 += 64, p5 += 64) {
for (let i6 = 0; i6 < 64; i6++) {
const v0 = F[p1 + i6];
const x7 = F[p2];
const x8 = F[p3 + i6];
const v1 = v0 / x7;
const v2 = v0 * x8;
const v3 = v2 / x7;
const v4 = -v3;
F[p4 + i6] = v1;
F[p5 + i6] = v4;
}
}
}
}
function k58(o0, o1) { // sum [16, 4, 64, 1]
if (W !== null) W.k48(o0 * 4, o1 * 4);
else {
for (let i1 = 0; i1 < 4096; i1++) {
let acc0 = 0;
for (let i2 = 0; i2 < 64; i2++) {
acc0 = acc0 + F[o0 + i1 * 64 + i2];
}
const v0 = acc0;
F[o1 + i1] = v0;
}
}
}
function k59(o0, o1, o2, o3) { // fused add mul where mul [16, 4, 64, 64]
if (W !== null) W.k49(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o0 * 4);
else {
for (let i0 = 0, p1 = o0, p2 = o1, p3 = o2, p4 = o0; i0 < 64; i0++, p1 += 4096, p2 += 64, p3 += 4096, p4 += 4096) {
for (let i5 = 0, p6 = p1, p7 = p2, p8 = p3, p9 = o3, p10 = p4; i5 < 64; i5++, p6 += 64, p7 += 1, p8 += 64, p9 += 64, p10 += 64) {
for (let i11 = 0; i11 < 64; i11++) {
const x4 = F[p6 + i11];
const x5 = F[p7];
const x6 = F[p8 + i11];
const x7 = F[p9 + i11];
const v0 = x4 + x5;
const v1 = v0 * x6;
const v2 = (x7 !== 0 ? v1 : 0);
const v3 = v2 * 0.25;
F[p10 + i11] = v3;
}
}
}
}
}
function k60(o0, o1, o2) { // matmul [16, 4, 64, 16]
for (let t0 = 0; t0 < 64; t0++) {
let oa1 = o1, ob2 = o2;
{ const q = Math.floor(t0 / 4) % 16; oa1 += q * 16384; ob2 += q * 4096; }
{ const q = Math.floor(t0 / 1) % 4; oa1 += q * 4096; ob2 += q * 1024; }
if (W !== null) W.k50(oa1 * 4, ob2 * 4, (o0 + t0 * 1024) * 4);
else {
kilnProduct(F, oa1, ob2, o0 + t0 * 1024, 64, 64, 16, false, true);
}
}
}
function k61(o0, o1, o2) { // matmul [16, 4, 16, 64]
for (let t0 = 0; t0 < 64; t0++) {
let oa1 = o1, ob2 = o2;
{ const q = Math.floor(t0 / 4) % 16; oa1 += q * 4096; ob2 += q * 16384; }
{ const q = Math.floor(t0 / 1) % 4; oa1 += q * 1024; ob2 += q * 4096; }
if (W !== null) W.k51(oa1 * 4, ob2 * 4, (o0 + t0 * 1024) * 4);
else {
kilnProduct(F, oa1, ob2, o0 + t0 * 1024, 16, 64, 64, true, false);
}
}
}
function k62(o0, o1, o2, o3, o4) { // fused matmul add add [1024, 64]
if (W !== null) W.k43(o1 * 4, o2 * 4, o0 * 4);
else {
kilnProduct(F, o1, o2, o0, 1024, 64, 64, false, true);
}
if (W !== null) W.k52(o0 * 4, o3 * 4, o4 * 4, o0 * 4);
else {
for (let i0 = 0; i0 < 65536; i0++) {
const v0 = F[o0 + i0];
const x5 = F[o3 + i0];
const x6 = F[o4 + i0];
const v1 = v0 + x5;
const v2 = v1 + x6;
F[o0 + i0] = v2;
}
}
}
function k63(o0, o1, o2, o3) { // concat [64, 192]
if (W !== null) W.k53(o1 * 4, (o0 + 0) * 4);
else {
for (let i0 = 0, p1 = o0 + 0, p2 = o1; i0 < 64; i0++, p1 += 192, p2 += 64) {
for (let i3 = 0; i3 < 64; i3++) {
F[p1 + i3] = F[p2 + i3];
}
}
}
if (W !== null) W.k53(o2 * 4, (o0 + 64) * 4);
else {
for (let i4 = 0, p5 = o0 + 64, p6 = o2; i4 < 64; i4++, p5 += 192, p6 += 64) {
for (let i7 = 0; i7 < 64; i7++) {
F[p5 + i7] = F[p6 + i7];
}
}
}
if (W !== null) W.k53(o3 * 4, (o0 + 128) * 4);
else {
for (let i8 = 0, p9 = o0 + 128, p10 = o3; i8 < 64; i8++, p9 += 192, p10 += 64) {
for (let i11 = 0; i11 < 64; i11++) {
F[p9 + i11] = F[p10 + i11];
}
}
}
}
function k64(o0, o1, o2) { // fused add sum [64, 64]
if (W !== null) W.k54(o0 * 4, o1 * 4, o0 * 4, o2 * 4);
else {
for (let i1 = 0, p2 = o2, p3 = o0, p4 = o1, p5 = o0; i1 < 64; i1++, p2 += 64, p3 += 64, p4 += 1, p5 += 64) {
for (let i6 = 0; i6 < 64; i6++) {
let acc0 = 0;
for (let i7 = 0; i7 < 16; i7++) {
const x2 = F[p3 + i6 + i7 * 4096];
const x3 = F[p4 + i7 * 64];
const v0 = x2 + x3;
F[p5 + i6 + i7 * 4096] = v0;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[p2 + i6] = v1;
}
}
}
}
function k65(o0, o1, o2) { // scatter_add [49, 64]
for (let i0 = 0; i0 < 3136; i0++) F[o0 + i0] = 0;
for (let i0 = 0; i0 < 1024; i0++) {
const id2 = I[o2 + i0];
if (id2 >= 0 && id2 < 49) for (let j1 = 0; j1 < 64; j1++) F[o0 + id2 * 64 + j1] += F[o1 + i0 * 64 + j1];
}
}
function k66(o0, o1) { // fused mul sum []
if (W !== null) W.k55(o0 * 4, o1 * 4);
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
function k67(o0, o1) { // fused mul sum []
if (W !== null) W.k56(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 64; i1++) {
const x2 = F[o0 + i1];
const v0 = x2 * x2;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o1] = v1;
}
}
function k68(o0, o1) { // fused mul sum []
if (W !== null) W.k57(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 12288; i1++) {
const x2 = F[o0 + i1];
const v0 = x2 * x2;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o1] = v1;
}
}
function k69(o0, o1) { // fused mul sum []
if (W !== null) W.k58(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 192; i1++) {
const x2 = F[o0 + i1];
const v0 = x2 * x2;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o1] = v1;
}
}
function k70(o0, o1) { // fused mul sum []
if (W !== null) W.k59(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 16384; i1++) {
const x2 = F[o0 + i1];
const v0 = x2 * x2;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o1] = v1;
}
}
function k71(o0, o1) { // fused mul sum []
if (W !== null) W.k60(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 256; i1++) {
const x2 = F[o0 + i1];
const v0 = x2 * x2;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o1] = v1;
}
}
function k72(o0, o1) { // fused mul sum []
if (W !== null) W.k61(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 3136; i1++) {
const x2 = F[o0 + i1];
const v0 = x2 * x2;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o1] = v1;
}
}
function k73(o0, o1) { // fused mul sum []
if (W !== null) W.k62(o0 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 49; i1++) {
const x2 = F[o0 + i1];
const v0 = x2 * x2;
acc0 = acc0 + v0;
}
const v1 = acc0;
F[o1] = v1;
}
}
function k74(o0, o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11, o12, o13, o14, o15, o16, o17, o18, o19, o20, o21, o22) { // fused mul sum add add add add add add add add add add add add add add add add add add add add add add []
if (W !== null) W.k63(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o7 * 4, o8 * 4, o9 * 4, o10 * 4, o11 * 4, o12 * 4, o13 * 4, o14 * 4, o15 * 4, o16 * 4, o17 * 4, o18 * 4, o19 * 4, o20 * 4, o21 * 4, o22 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 3136; i1++) {
const x24 = F[o0 + i1];
const v0 = x24 * x24;
acc0 = acc0 + v0;
}
const v1 = acc0;
const e25 = F[o1];
const e26 = F[o2];
const e27 = F[o3];
const e28 = F[o4];
const e29 = F[o5];
const e30 = F[o6];
const e31 = F[o7];
const e32 = F[o8];
const e33 = F[o9];
const e34 = F[o10];
const e35 = F[o11];
const e36 = F[o12];
const e37 = F[o13];
const e38 = F[o14];
const e39 = F[o15];
const e40 = F[o16];
const e41 = F[o17];
const e42 = F[o18];
const e43 = F[o19];
const e44 = F[o20];
const e45 = F[o21];
const e46 = F[o22];
const v2 = v1 + e25;
const v3 = v2 + e26;
const v4 = v3 + e27;
const v5 = v4 + e28;
const v6 = v5 + e29;
const v7 = v6 + e30;
const v8 = v7 + e31;
const v9 = v8 + e32;
const v10 = v9 + e33;
const v11 = v10 + e34;
const v12 = v11 + e35;
const v13 = v12 + e36;
const v14 = v13 + e37;
const v15 = v14 + e38;
const v16 = v15 + e39;
const v17 = v16 + e40;
const v18 = v17 + e41;
const v19 = v18 + e42;
const v20 = v19 + e43;
const v21 = v20 + e44;
const v22 = v21 + e45;
const v23 = v22 + e46;
F[o1] = v23;
}
}
function k75(o0, o1, o2, o3, o4, o5, o6, o7) { // fused mul sum add add add add add add add sqrt add div minimum []
if (W !== null) W.k64(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o7 * 4, o1 * 4);
else {
let acc0 = 0;
for (let i1 = 0; i1 < 256; i1++) {
const x13 = F[o0 + i1];
const v0 = x13 * x13;
acc0 = acc0 + v0;
}
const v1 = acc0;
const e14 = F[o1];
const e15 = F[o2];
const e16 = F[o3];
const e17 = F[o4];
const e18 = F[o5];
const e19 = F[o6];
const e20 = F[o7];
const v2 = e14 + v1;
const v3 = v2 + e15;
const v4 = v3 + e16;
const v5 = v4 + e17;
const v6 = v5 + e18;
const v7 = v6 + e19;
const v8 = v7 + e20;
const v9 = Math.sqrt(v8);
const v10 = v9 + 0.000001;
const v11 = 1 / v10;
const v12 = (1 <= v11 ? 1 : v11);
F[o1] = v12;
}
}
function k76(o0, o1, o2) { // mul [64, 192]
if (W !== null) W.k65(o0 * 4, o1 * 4, o0 * 4, o2);
else {
for (let i0 = 0; i0 < o2; i0++) {
F[o0 + i0] = F[o0 + i0] * F[o1];
}
}
}
function k77(o0, o1, o2, o3, o4, o5, o6, o7, o8) { // fused mul mul sub mul add mul mul mul add sqrt div add mul div sub [49, 64]
if (W !== null) W.k66(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o7 * 4, o4 * 4, o5 * 4, o2 * 4, o8);
else {
for (let i0 = 0; i0 < o8; i0++) {
const x15 = F[o0 + i0];
const x16 = F[o1];
const x17 = F[o2 + i0];
const x18 = F[o3];
const x19 = F[o4 + i0];
const x21 = F[o5 + i0];
const x24 = F[o6];
const x26 = F[o7];
const v0 = x15 * x16;
const v1 = x17 * x18;
const v2 = v0 - x19;
const v3 = v2 * 0.09999999999999998;
const v4 = x19 + v3;
const v5 = x21 * 0.999;
const v6 = v0 * v0;
const v7 = v6 * 0.0010000000000000009;
const v8 = v5 + v7;
const v9 = Math.sqrt(v8);
const v10 = v9 / x24;
const v11 = v10 + 1e-8;
const v12 = x26 * v4;
const v13 = v12 / v11;
const v14 = v1 - v13;
F[o4 + i0] = v4;
F[o5 + i0] = v8;
F[o2 + i0] = v14;
}
}
}
function k78(o0, o1, o2, o3, o4, o5, o6, o7) { // fused mul sub mul add mul mul mul add sqrt div add mul div sub [64, 192]
if (W !== null) W.k67(o0 * 4, o1 * 4, o2 * 4, o3 * 4, o4 * 4, o5 * 4, o6 * 4, o3 * 4, o4 * 4, o0 * 4, o7);
else {
for (let i0 = 0; i0 < o7; i0++) {
const x14 = F[o0 + i0];
const x15 = F[o1];
const x16 = F[o2 + i0];
const x17 = F[o3 + i0];
const x19 = F[o4 + i0];
const x22 = F[o5];
const x24 = F[o6];
const v0 = x14 * x15;
const v1 = x16 - x17;
const v2 = v1 * 0.09999999999999998;
const v3 = x17 + v2;
const v4 = x19 * 0.999;
const v5 = x16 * x16;
const v6 = v5 * 0.0010000000000000009;
const v7 = v4 + v6;
const v8 = Math.sqrt(v7);
const v9 = v8 / x22;
const v10 = v9 + 1e-8;
const v11 = x24 * v3;
const v12 = v11 / v10;
const v13 = v0 - v12;
F[o3 + i0] = v3;
F[o4 + i0] = v7;
F[o0 + i0] = v13;
}
}
}
function run_predict(c) {
k0(593749, 0, 0);
c?.(0);
k1(593749, 3136, 397141);
c?.(1);
k2(593749, 397141, 331605, 398165);
c?.(2);
k3(331605, 398165, 7232, 7296);
c?.(3);
k4(462677, 7360);
c?.(4);
k5(397141, 331605, 462677, 19648);
c?.(5);
k6(659285, 397141);
c?.(6);
k7(462677, 7360);
c?.(7);
k5(397141, 331605, 462677, 19712);
c?.(8);
k8(528213, 7360);
c?.(9);
k5(462677, 331605, 528213, 19776);
c?.(10);
k6(724821, 462677);
c?.(11);
k9(790357, 397141);
c?.(12);
k10(331539, 855893);
c?.(13);
k11(331605, 659285, 790357, 855893);
c?.(14);
k12(331605, 659285);
c?.(15);
k13(331605, 659285, 663381);
c?.(16);
k14(331605, 663381);
c?.(17);
k15(659285, 331605, 724821);
c?.(18);
k16(331605, 659285);
c?.(19);
k5(397141, 331605, 19840, 23936);
c?.(20);
k17(593749, 397141, 331605);
c?.(21);
k2(593749, 331605, 659285, 724821);
c?.(22);
k3(659285, 724821, 24000, 24064);
c?.(23);
k18(331605, 659285, 24128, 40512);
c?.(24);
k19(331605, 262144);
c?.(25);
k20(659285, 331605, 40768, 57152);
c?.(26);
k17(593749, 659285, 724821);
c?.(27);
k2(593749, 724821, 331605, 659285);
c?.(28);
k3(331605, 659285, 57216, 57280);
c?.(29);
k4(462677, 57344);
c?.(30);
k5(397141, 331605, 462677, 69632);
c?.(31);
k6(659285, 397141);
c?.(32);
k7(462677, 57344);
c?.(33);
k5(397141, 331605, 462677, 69696);
c?.(34);
k8(528213, 57344);
c?.(35);
k5(462677, 331605, 528213, 69760);
c?.(36);
k6(724821, 462677);
c?.(37);
k9(790357, 397141);
c?.(38);
k11(331605, 659285, 790357, 855893);
c?.(39);
k12(331605, 659285);
c?.(40);
k13(331605, 659285, 663381);
c?.(41);
k14(331605, 663381);
c?.(42);
k15(659285, 331605, 724821);
c?.(43);
k16(331605, 659285);
c?.(44);
k5(397141, 331605, 69824, 73920);
c?.(45);
k17(593749, 397141, 331605);
c?.(46);
k2(593749, 331605, 659285, 332629);
c?.(47);
k3(659285, 332629, 73984, 74048);
c?.(48);
k18(331605, 659285, 74112, 90496);
c?.(49);
k19(331605, 262144);
c?.(50);
k20(659285, 331605, 90752, 107136);
c?.(51);
k17(593749, 659285, 331605);
c?.(52);
k21(593749, 331605, 332629);
c?.(53);
k3(593749, 332629, 107200, 107264);
c?.(54);
k22(331605, 593749, 107328, 110464);
c?.(55);
k23(331605, 381781);
c?.(56);
k24(331605, 381781, 382805);
c?.(57);
k25(331605, 382805);
c?.(58);
}
function run_step0(c) {
k0(3739477, 0, 0);
c?.(0);
k1(3739477, 3136, 331605);
c?.(1);
k2(3739477, 331605, 3805013, 5202773);
c?.(2);
k26(3805013, 5202773, 7232, 7296, 3870549, 3936085);
c?.(3);
k4(5165909, 7360);
c?.(4);
k5(331605, 3936085, 5165909, 19648);
c?.(5);
k6(4001621, 331605);
c?.(6);
k7(5170005, 7360);
c?.(7);
k5(331605, 3936085, 5170005, 19712);
c?.(8);
k8(5174101, 7360);
c?.(9);
k5(397141, 3936085, 5174101, 19776);
c?.(10);
k6(4067157, 397141);
c?.(11);
k9(4132693, 331605);
c?.(12);
k27(0, 331603, 5206869, 1);
c?.(13);
k28(1, 331604, 0, 331603, 5206870);
c?.(14);
k29(1, 331604, 5206871);
c?.(15);
k10(331539, 5178197);
c?.(16);
k11(331605, 4001621, 4132693, 5178197);
c?.(17);
k12(331605, 4198229);
c?.(18);
k13(331605, 4198229, 5182293);
c?.(19);
k30(593749, 331605, 5182293);
c?.(20);
k15(855893, 593749, 4067157);
c?.(21);
k16(4198229, 855893);
c?.(22);
k5(855893, 4198229, 19840, 23936);
c?.(23);
k17(3739477, 855893, 5186389);
c?.(24);
k2(3739477, 5186389, 4263765, 5203797);
c?.(25);
k26(4263765, 5203797, 24000, 24064, 4329301, 4394837);
c?.(26);
k18(855893, 4394837, 24128, 40512);
c?.(27);
k31(855893, 1118037, 1380181, 1642325, 262144);
c?.(28);
k20(1904469, 1642325, 40768, 57152);
c?.(29);
k17(3739477, 1904469, 5186389);
c?.(30);
k2(3739477, 5186389, 4460373, 5204821);
c?.(31);
k26(4460373, 5204821, 57216, 57280, 4525909, 4591445);
c?.(32);
k4(5186389, 57344);
c?.(33);
k5(1904469, 4591445, 5186389, 69632);
c?.(34);
k6(4656981, 1904469);
c?.(35);
k7(5190485, 57344);
c?.(36);
k5(1904469, 4591445, 5190485, 69696);
c?.(37);
k8(5194581, 57344);
c?.(38);
k5(1970005, 4591445, 5194581, 69760);
c?.(39);
k6(4722517, 1970005);
c?.(40);
k9(4788053, 1904469);
c?.(41);
k11(1904469, 4656981, 4788053, 5178197);
c?.(42);
k12(1904469, 4853589);
c?.(43);
k13(1904469, 4853589, 5198677);
c?.(44);
k30(2166613, 1904469, 5198677);
c?.(45);
k15(2428757, 2166613, 4722517);
c?.(46);
k16(4853589, 2428757);
c?.(47);
k5(2428757, 4853589, 69824, 73920);
c?.(48);
k17(3739477, 2428757, 4984661);
c?.(49);
k2(3739477, 4984661, 4919125, 5205845);
c?.(50);
k26(4919125, 5205845, 73984, 74048, 4984661, 5050197);
c?.(51);
k18(2428757, 5050197, 74112, 90496);
c?.(52);
k31(2428757, 2690901, 2953045, 3215189, 262144);
c?.(53);
k20(3477333, 3215189, 90752, 107136);
c?.(54);
k17(3739477, 3477333, 5115733);
c?.(55);
k21(3739477, 5115733, 3724117);
c?.(56);
k26(3739477, 3724117, 107200, 107264, 3477333, 3542869);
c?.(57);
k22(3608405, 3542869, 107328, 110464);
c?.(58);
k23(3608405, 3725141);
c?.(59);
k32(3673941, 1024);
c?.(60);
k33(3608405, 3725141, 5115733, 3726165, 3727189);
c?.(61);
k34(3608405, 3727189, 3673941, 5206872);
c?.(62);
k35(3673941, 3726165);
c?.(63);
k36(3673941, 3726165, 5115733);
c?.(64);
k37(3673941, 5153301);
c?.(65);
k38(3608405, 3673941, 107328);
c?.(66);
k39(5148501, 3542869, 3673941);
c?.(67);
k40(3608405, 5152917);
c?.(68);
k41(3608405, 3477333, 5152981);
c?.(69);
k42(3608405, 107200, 3724117, 3477333);
c?.(70);
k43(3477333, 3724117);
c?.(71);
k44(3724117, 3739477, 3608405, 5151637);
c?.(72);
k45(3739477, 5151637);
c?.(73);
k40(3739477, 5153045);
c?.(74);
k46(3477333, 3739477, 90752);
c?.(75);
k47(5115733, 3215189, 3739477);
c?.(76);
k48(3477333, 2953045, 2690901, 2428757, 262144);
c?.(77);
k49(3477333, 5152661);
c?.(78);
k50(2953045, 3477333, 74112);
c?.(79);
k51(3149653, 5050197, 3477333);
c?.(80);
k40(2953045, 5153109);
c?.(81);
k41(2953045, 4984661, 5153173);
c?.(82);
k42(2953045, 73984, 5205845, 4984661);
c?.(83);
k43(4984661, 5205845);
c?.(84);
k52(5205845, 4919125, 2953045, 3739477);
c?.(85);
k53(4919125, 5151637);
c?.(86);
k45(2953045, 5151637);
c?.(87);
k40(2953045, 5152277);
c?.(88);
k54(2428757, 2953045, 69824);
c?.(89);
k55(5132117, 4853589, 2953045);
c?.(90);
k6(3018581, 2428757);
c?.(91);
k56(3084117, 2166613, 3018581);
c?.(92);
k57(2690901, 3018581, 4722517, 5198677, 2166613, 2428757);
c?.(93);
k58(2690901, 5136213);
c?.(94);
k59(2428757, 5136213, 1904469, 5178197);
c?.(95);
k60(3018581, 2428757, 4788053);
c?.(96);
k61(2690901, 4656981, 2428757);
c?.(97);
k9(2756437, 2690901);
c?.(98);
k16(2821973, 3084117);
c?.(99);
k40(2821973, 5152021);
c?.(100);
k55(5136213, 4591445, 2821973);
c?.(101);
k40(2756437, 5151957);
c?.(102);
k54(2887509, 2756437, 5190485);
c?.(103);
k55(5190485, 4591445, 2756437);
c?.(104);
k16(3084117, 3018581);
c?.(105);
k40(3084117, 5151893);
c?.(106);
k54(3018581, 3084117, 5186389);
c?.(107);
k55(5186389, 4591445, 3084117);
c?.(108);
k62(2166613, 2821973, 5194581, 2887509, 3018581);
c?.(109);
k63(3018581, 5186389, 5190485, 5136213);
c?.(110);
k40(2166613, 5152341);
c?.(111);
k41(2166613, 4525909, 5152405);
c?.(112);
k42(2166613, 57216, 5204821, 4525909);
c?.(113);
k43(4525909, 5204821);
c?.(114);
k52(5204821, 4460373, 2166613, 2953045);
c?.(115);
k53(4460373, 5136213);
c?.(116);
k45(2166613, 5136213);
c?.(117);
k40(2166613, 5152469);
c?.(118);
k46(1904469, 2166613, 40768);
c?.(119);
k47(3166037, 1642325, 2166613);
c?.(120);
k48(1904469, 1380181, 1118037, 855893, 262144);
c?.(121);
k49(1904469, 5151637);
c?.(122);
k50(1380181, 1904469, 24128);
c?.(123);
k51(1576789, 4394837, 1904469);
c?.(124);
k40(1380181, 5152533);
c?.(125);
k41(1380181, 4329301, 5152597);
c?.(126);
k42(1380181, 24000, 5203797, 4329301);
c?.(127);
k43(4329301, 5203797);
c?.(128);
k52(5203797, 4263765, 1380181, 2166613);
c?.(129);
k53(4263765, 5136213);
c?.(130);
k45(1380181, 5136213);
c?.(131);
k40(1380181, 5153237);
c?.(132);
k54(855893, 1380181, 19840);
c?.(133);
k55(5136213, 4198229, 1380181);
c?.(134);
k6(1445717, 855893);
c?.(135);
k56(1511253, 593749, 1445717);
c?.(136);
k57(1118037, 1445717, 4067157, 5182293, 593749, 855893);
c?.(137);
k58(1118037, 5140309);
c?.(138);
k59(855893, 5140309, 331605, 5178197);
c?.(139);
k60(1445717, 855893, 4132693);
c?.(140);
k61(1118037, 4001621, 855893);
c?.(141);
k9(1183573, 1118037);
c?.(142);
k16(1249109, 1511253);
c?.(143);
k40(1249109, 5152213);
c?.(144);
k55(5140309, 3936085, 1249109);
c?.(145);
k40(1183573, 5152149);
c?.(146);
k54(1314645, 1183573, 5170005);
c?.(147);
k55(5170005, 3936085, 1183573);
c?.(148);
k16(331605, 1445717);
c?.(149);
k40(331605, 5152085);
c?.(150);
k54(397141, 331605, 5165909);
c?.(151);
k55(5144405, 3936085, 331605);
c?.(152);
k62(331605, 1249109, 5174101, 1314645, 397141);
c?.(153);
k63(3030869, 5144405, 5170005, 5140309);
c?.(154);
k40(331605, 5143445);
c?.(155);
k41(331605, 3870549, 5143509);
c?.(156);
k42(331605, 7232, 5202773, 3870549);
c?.(157);
k43(3870549, 5202773);
c?.(158);
k52(5202773, 3805013, 331605, 1380181);
c?.(159);
k53(3805013, 5140309);
c?.(160);
k64(331605, 5140309, 3043157);
c?.(161);
k65(5140309, 331605, 0);
c?.(162);
k66(3043157, 5143573);
c?.(163);
k67(5143509, 5143574);
c?.(164);
k67(5143445, 5143575);
c?.(165);
k68(3030869, 5143576);
c?.(166);
k69(5152085, 5143577);
c?.(167);
k66(5136213, 5143578);
c?.(168);
k67(5153237, 5143579);
c?.(169);
k67(5152597, 5143580);
c?.(170);
k67(5152533, 5143581);
c?.(171);
k70(1576789, 5143582);
c?.(172);
k71(5151637, 5143583);
c?.(173);
k70(3166037, 5143584);
c?.(174);
k67(5152469, 5143585);
c?.(175);
k67(5152405, 5143586);
c?.(176);
k67(5152341, 5143587);
c?.(177);
k68(3018581, 5143588);
c?.(178);
k69(5151893, 5143589);
c?.(179);
k66(5132117, 5143590);
c?.(180);
k67(5152277, 5143591);
c?.(181);
k67(5153173, 5143592);
c?.(182);
k67(5153109, 5143593);
c?.(183);
k70(3149653, 5143594);
c?.(184);
k70(5115733, 5143595);
c?.(185);
k67(5153045, 5143596);
c?.(186);
k67(5152981, 5143597);
c?.(187);
k67(5152917, 5143598);
c?.(188);
k72(5148501, 5143599);
c?.(189);
k73(5153301, 5143600);
c?.(190);
k74(5140309, 5143573, 5143574, 5143575, 5143576, 5143577, 5143578, 5143579, 5143580, 5143581, 5143582, 5143583, 5143584, 5143585, 5143586, 5143587, 5143588, 5143589, 5143590, 5143591, 5143592, 5143593, 5143594);
c?.(191);
k75(5152661, 5143573, 5143595, 5143596, 5143597, 5143598, 5143599, 5143600);
c?.(192);
k76(3030869, 5143573, 12288);
c?.(193);
k76(1576789, 5143573, 16384);
c?.(194);
k76(3166037, 5143573, 16384);
c?.(195);
k76(3018581, 5143573, 12288);
c?.(196);
k76(3149653, 5143573, 16384);
c?.(197);
k76(5115733, 5143573, 16384);
c?.(198);
k77(5140309, 5143573, 0, 5206869, 110513, 113649, 5206871, 5206870, 3136);
c?.(199);
k77(3043157, 5143573, 3136, 5206869, 116785, 120881, 5206871, 5206870, 4096);
c?.(200);
k77(5143509, 5143573, 7232, 5206869, 124977, 125041, 5206871, 5206870, 64);
c?.(201);
k77(5143445, 5143573, 7296, 5206869, 125105, 125169, 5206871, 5206870, 64);
c?.(202);
k77(5152085, 5143573, 19648, 5206869, 149809, 150001, 5206871, 5206870, 192);
c?.(203);
k77(5136213, 5143573, 19840, 5206869, 150193, 154289, 5206871, 5206870, 4096);
c?.(204);
k77(5153237, 5143573, 23936, 5206869, 158385, 158449, 5206871, 5206870, 64);
c?.(205);
k77(5152597, 5143573, 24000, 5206869, 158513, 158577, 5206871, 5206870, 64);
c?.(206);
k77(5152533, 5143573, 24064, 5206869, 158641, 158705, 5206871, 5206870, 64);
c?.(207);
k77(5151637, 5143573, 40512, 5206869, 191537, 191793, 5206871, 5206870, 256);
c?.(208);
k77(5152469, 5143573, 57152, 5206869, 224817, 224881, 5206871, 5206870, 64);
c?.(209);
k77(5152405, 5143573, 57216, 5206869, 224945, 225009, 5206871, 5206870, 64);
c?.(210);
k77(5152341, 5143573, 57280, 5206869, 225073, 225137, 5206871, 5206870, 64);
c?.(211);
k77(5151893, 5143573, 69632, 5206869, 249777, 249969, 5206871, 5206870, 192);
c?.(212);
k77(5132117, 5143573, 69824, 5206869, 250161, 254257, 5206871, 5206870, 4096);
c?.(213);
k77(5152277, 5143573, 73920, 5206869, 258353, 258417, 5206871, 5206870, 64);
c?.(214);
k77(5153173, 5143573, 73984, 5206869, 258481, 258545, 5206871, 5206870, 64);
c?.(215);
k77(5153109, 5143573, 74048, 5206869, 258609, 258673, 5206871, 5206870, 64);
c?.(216);
k77(5152661, 5143573, 90496, 5206869, 291505, 291761, 5206871, 5206870, 256);
c?.(217);
k77(5153045, 5143573, 107136, 5206869, 324785, 324849, 5206871, 5206870, 64);
c?.(218);
k77(5152981, 5143573, 107200, 5206869, 324913, 324977, 5206871, 5206870, 64);
c?.(219);
k77(5152917, 5143573, 107264, 5206869, 325041, 325105, 5206871, 5206870, 64);
c?.(220);
k77(5148501, 5143573, 107328, 5206869, 325169, 328305, 5206871, 5206870, 3136);
c?.(221);
k77(5153301, 5143573, 110464, 5206869, 331441, 331490, 5206871, 5206870, 49);
c?.(222);
k78(7360, 5206869, 3030869, 125233, 137521, 5206871, 5206870, 12288);
c?.(223);
k78(24128, 5206869, 1576789, 158769, 175153, 5206871, 5206870, 16384);
c?.(224);
k78(40768, 5206869, 3166037, 192049, 208433, 5206871, 5206870, 16384);
c?.(225);
k78(57344, 5206869, 3018581, 225201, 237489, 5206871, 5206870, 12288);
c?.(226);
k78(74112, 5206869, 3149653, 258737, 275121, 5206871, 5206870, 16384);
c?.(227);
k78(90752, 5206869, 5115733, 292017, 308401, 5206871, 5206870, 16384);
c?.(228);
}
function run_grad0(c) {
k0(3739477, 0, 0);
c?.(0);
k1(3739477, 3136, 331605);
c?.(1);
k2(3739477, 331605, 3805013, 5202773);
c?.(2);
k26(3805013, 5202773, 7232, 7296, 3870549, 3936085);
c?.(3);
k4(5165909, 7360);
c?.(4);
k5(331605, 3936085, 5165909, 19648);
c?.(5);
k6(4001621, 331605);
c?.(6);
k7(5170005, 7360);
c?.(7);
k5(331605, 3936085, 5170005, 19712);
c?.(8);
k8(5174101, 7360);
c?.(9);
k5(397141, 3936085, 5174101, 19776);
c?.(10);
k6(4067157, 397141);
c?.(11);
k9(4132693, 331605);
c?.(12);
k10(331539, 5178197);
c?.(13);
k11(331605, 4001621, 4132693, 5178197);
c?.(14);
k12(331605, 4198229);
c?.(15);
k13(331605, 4198229, 5182293);
c?.(16);
k30(593749, 331605, 5182293);
c?.(17);
k15(855893, 593749, 4067157);
c?.(18);
k16(4198229, 855893);
c?.(19);
k5(855893, 4198229, 19840, 23936);
c?.(20);
k17(3739477, 855893, 5186389);
c?.(21);
k2(3739477, 5186389, 4263765, 5203797);
c?.(22);
k26(4263765, 5203797, 24000, 24064, 4329301, 4394837);
c?.(23);
k18(855893, 4394837, 24128, 40512);
c?.(24);
k31(855893, 1118037, 1380181, 1642325, 262144);
c?.(25);
k20(1904469, 1642325, 40768, 57152);
c?.(26);
k17(3739477, 1904469, 5186389);
c?.(27);
k2(3739477, 5186389, 4460373, 5204821);
c?.(28);
k26(4460373, 5204821, 57216, 57280, 4525909, 4591445);
c?.(29);
k4(5186389, 57344);
c?.(30);
k5(1904469, 4591445, 5186389, 69632);
c?.(31);
k6(4656981, 1904469);
c?.(32);
k7(5190485, 57344);
c?.(33);
k5(1904469, 4591445, 5190485, 69696);
c?.(34);
k8(5194581, 57344);
c?.(35);
k5(1970005, 4591445, 5194581, 69760);
c?.(36);
k6(4722517, 1970005);
c?.(37);
k9(4788053, 1904469);
c?.(38);
k11(1904469, 4656981, 4788053, 5178197);
c?.(39);
k12(1904469, 4853589);
c?.(40);
k13(1904469, 4853589, 5198677);
c?.(41);
k30(2166613, 1904469, 5198677);
c?.(42);
k15(2428757, 2166613, 4722517);
c?.(43);
k16(4853589, 2428757);
c?.(44);
k5(2428757, 4853589, 69824, 73920);
c?.(45);
k17(3739477, 2428757, 4984661);
c?.(46);
k2(3739477, 4984661, 4919125, 5205845);
c?.(47);
k26(4919125, 5205845, 73984, 74048, 4984661, 5050197);
c?.(48);
k18(2428757, 5050197, 74112, 90496);
c?.(49);
k31(2428757, 2690901, 2953045, 3215189, 262144);
c?.(50);
k20(3477333, 3215189, 90752, 107136);
c?.(51);
k17(3739477, 3477333, 5115733);
c?.(52);
k21(3739477, 5115733, 3724117);
c?.(53);
k26(3739477, 3724117, 107200, 107264, 3477333, 3542869);
c?.(54);
k22(3608405, 3542869, 107328, 110464);
c?.(55);
k23(3608405, 3725141);
c?.(56);
k32(3673941, 1024);
c?.(57);
k33(3608405, 3725141, 5115733, 3726165, 3727189);
c?.(58);
k34(3608405, 3727189, 3673941, 5206869);
c?.(59);
k35(3673941, 3726165);
c?.(60);
k36(3673941, 3726165, 5115733);
c?.(61);
k37(3673941, 5153301);
c?.(62);
k38(3608405, 3673941, 107328);
c?.(63);
k39(5148501, 3542869, 3673941);
c?.(64);
k40(3608405, 5152917);
c?.(65);
k41(3608405, 3477333, 5152981);
c?.(66);
k42(3608405, 107200, 3724117, 3477333);
c?.(67);
k43(3477333, 3724117);
c?.(68);
k44(3724117, 3739477, 3608405, 5151637);
c?.(69);
k45(3739477, 5151637);
c?.(70);
k40(3739477, 5153045);
c?.(71);
k46(3477333, 3739477, 90752);
c?.(72);
k47(5115733, 3215189, 3739477);
c?.(73);
k48(3477333, 2953045, 2690901, 2428757, 262144);
c?.(74);
k49(3477333, 5152661);
c?.(75);
k50(2953045, 3477333, 74112);
c?.(76);
k51(3149653, 5050197, 3477333);
c?.(77);
k40(2953045, 5153109);
c?.(78);
k41(2953045, 4984661, 5153173);
c?.(79);
k42(2953045, 73984, 5205845, 4984661);
c?.(80);
k43(4984661, 5205845);
c?.(81);
k52(5205845, 4919125, 2953045, 3739477);
c?.(82);
k53(4919125, 5151637);
c?.(83);
k45(2953045, 5151637);
c?.(84);
k40(2953045, 5152277);
c?.(85);
k54(2428757, 2953045, 69824);
c?.(86);
k55(5132117, 4853589, 2953045);
c?.(87);
k6(3018581, 2428757);
c?.(88);
k56(3084117, 2166613, 3018581);
c?.(89);
k57(2690901, 3018581, 4722517, 5198677, 2166613, 2428757);
c?.(90);
k58(2690901, 5136213);
c?.(91);
k59(2428757, 5136213, 1904469, 5178197);
c?.(92);
k60(3018581, 2428757, 4788053);
c?.(93);
k61(2690901, 4656981, 2428757);
c?.(94);
k9(2756437, 2690901);
c?.(95);
k16(2821973, 3084117);
c?.(96);
k40(2821973, 5152021);
c?.(97);
k55(5136213, 4591445, 2821973);
c?.(98);
k40(2756437, 5151957);
c?.(99);
k54(2887509, 2756437, 5190485);
c?.(100);
k55(5190485, 4591445, 2756437);
c?.(101);
k16(3084117, 3018581);
c?.(102);
k40(3084117, 5151893);
c?.(103);
k54(3018581, 3084117, 5186389);
c?.(104);
k55(5186389, 4591445, 3084117);
c?.(105);
k62(2166613, 2821973, 5194581, 2887509, 3018581);
c?.(106);
k63(3018581, 5186389, 5190485, 5136213);
c?.(107);
k40(2166613, 5152341);
c?.(108);
k41(2166613, 4525909, 5152405);
c?.(109);
k42(2166613, 57216, 5204821, 4525909);
c?.(110);
k43(4525909, 5204821);
c?.(111);
k52(5204821, 4460373, 2166613, 2953045);
c?.(112);
k53(4460373, 5136213);
c?.(113);
k45(2166613, 5136213);
c?.(114);
k40(2166613, 5152469);
c?.(115);
k46(1904469, 2166613, 40768);
c?.(116);
k47(3166037, 1642325, 2166613);
c?.(117);
k48(1904469, 1380181, 1118037, 855893, 262144);
c?.(118);
k49(1904469, 5151637);
c?.(119);
k50(1380181, 1904469, 24128);
c?.(120);
k51(1576789, 4394837, 1904469);
c?.(121);
k40(1380181, 5152533);
c?.(122);
k41(1380181, 4329301, 5152597);
c?.(123);
k42(1380181, 24000, 5203797, 4329301);
c?.(124);
k43(4329301, 5203797);
c?.(125);
k52(5203797, 4263765, 1380181, 2166613);
c?.(126);
k53(4263765, 5136213);
c?.(127);
k45(1380181, 5136213);
c?.(128);
k40(1380181, 5153237);
c?.(129);
k54(855893, 1380181, 19840);
c?.(130);
k55(5136213, 4198229, 1380181);
c?.(131);
k6(1445717, 855893);
c?.(132);
k56(1511253, 593749, 1445717);
c?.(133);
k57(1118037, 1445717, 4067157, 5182293, 593749, 855893);
c?.(134);
k58(1118037, 5140309);
c?.(135);
k59(855893, 5140309, 331605, 5178197);
c?.(136);
k60(1445717, 855893, 4132693);
c?.(137);
k61(1118037, 4001621, 855893);
c?.(138);
k9(1183573, 1118037);
c?.(139);
k16(1249109, 1511253);
c?.(140);
k40(1249109, 5152213);
c?.(141);
k55(5140309, 3936085, 1249109);
c?.(142);
k40(1183573, 5152149);
c?.(143);
k54(1314645, 1183573, 5170005);
c?.(144);
k55(5170005, 3936085, 1183573);
c?.(145);
k16(331605, 1445717);
c?.(146);
k40(331605, 5152085);
c?.(147);
k54(397141, 331605, 5165909);
c?.(148);
k55(5144405, 3936085, 331605);
c?.(149);
k62(331605, 1249109, 5174101, 1314645, 397141);
c?.(150);
k63(3030869, 5144405, 5170005, 5140309);
c?.(151);
k40(331605, 5143445);
c?.(152);
k41(331605, 3870549, 5143509);
c?.(153);
k42(331605, 7232, 5202773, 3870549);
c?.(154);
k43(3870549, 5202773);
c?.(155);
k52(5202773, 3805013, 331605, 1380181);
c?.(156);
k53(3805013, 5140309);
c?.(157);
k64(331605, 5140309, 3043157);
c?.(158);
k65(5140309, 331605, 0);
c?.(159);
}
return finishModel(c, [run_predict, run_step0, run_grad0, run_grad0], (r) => { R = r; });
}
