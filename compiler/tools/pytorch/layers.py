# The prelude's layers as PyTorch's own modules: each section is a `to_torch` method added to
# the exported class of the layer it names (export.ts pastes it), returning the torch.nn
# module that computes what the layer computes, with the layer's weights copied in. A
# section per prelude layer: test/tools/pytorch checks every one against the layer itself.

# kiln:layer Dense
    def to_torch(self):
        """nn.Linear(K, units) with weight = W.T and bias = b, then act."""
        linear = nn.Linear(*self.W.shape, dtype=self.W.dtype, device=self.W.device)
        return with_weights(self, linear, self.W.t())

# kiln:layer Conv2D
    def to_torch(self):
        """nn.Conv2d(C, filters, kernel, stride, padding) with weight = W and bias = b, then
        act. "same" padding at a stride above 1 depends on the input's size: not supported."""
        return conv(nn.Conv2d, self)

# kiln:layer MaxPool2D
    def to_torch(self):
        """nn.MaxPool2d(size, stride)."""
        return nn.MaxPool2d(self.size, self.size if self.stride is None else self.stride)

# kiln:layer AvgPool2D
    def to_torch(self):
        """nn.AvgPool2d(size, stride)."""
        return nn.AvgPool2d(self.size, self.size if self.stride is None else self.stride)

# kiln:layer Flatten
    def to_torch(self):
        """nn.Flatten()."""
        return nn.Flatten()

# kiln:layer Dropout
    def to_torch(self):
        """nn.Dropout(rate), which draws its masks from torch's global generator."""
        return nn.Dropout(self.rate)

# kiln:layer BatchNorm
    def to_torch(self, dims=2):
        """nn.BatchNorm2d(C, eps, momentum) (dims=1: BatchNorm1d, for [N, C] inputs) with
        weight = gamma, bias = beta, running_mean = mean, running_var = var."""
        norm = (nn.BatchNorm1d if dims == 1 else nn.BatchNorm2d)(
            self.gamma.shape[0], self.eps, self.momentum, dtype=self.gamma.dtype,
            device=self.gamma.device)
        with torch.no_grad():
            norm.weight.copy_(self.gamma)
            norm.bias.copy_(self.beta)
            norm.running_mean.copy_(self.mean)
            norm.running_var.copy_(self.var)
        return norm

# kiln:layer LayerNorm
    def to_torch(self):
        """nn.LayerNorm(D, eps) with weight = gamma and bias = beta."""
        norm = nn.LayerNorm(self.gamma.shape[0], self.eps, dtype=self.gamma.dtype,
                            device=self.gamma.device)
        with torch.no_grad():
            norm.weight.copy_(self.gamma)
            norm.bias.copy_(self.beta)
        return norm

# kiln:layer Embedding
    def to_torch(self):
        """nn.Embedding(vocab, dim) with weight = table (which raises on ids out of range,
        where Kiln looks up zeros)."""
        table = nn.Embedding(*self.table.shape, dtype=self.table.dtype, device=self.table.device)
        with torch.no_grad():
            table.weight.copy_(self.table)
        return table

# kiln:layer SimpleRNN
    def to_torch(self):
        """nn.RNN(D, units, batch_first=True) with weight_ih_l0 = Wx.T, weight_hh_l0 = Wh.T,
        bias_ih_l0 = b and bias_hh_l0 = 0."""
        return recurrent(nn.RNN, self)

# kiln:layer LSTM
    def to_torch(self):
        """nn.LSTM(D, units, batch_first=True) with weight_ih_l0 = Wx.T, weight_hh_l0 = Wh.T,
        bias_ih_l0 = b and bias_hh_l0 = 0 (the gates in the same order: i, f, g, o)."""
        return recurrent(nn.LSTM, self)

# kiln:layer GRU
    def to_torch(self):
        """nn.GRU(D, units, batch_first=True) with weight_ih_l0 = Wx.T, weight_hh_l0 = Wh.T,
        bias_ih_l0 = b and bias_hh_l0 = bh (the gates in the same order: r, z, n)."""
        return recurrent(nn.GRU, self, self.bh)

# kiln:layer Conv1D
    def to_torch(self):
        """nn.Conv1d(C, filters, kernel, stride, padding) with weight = W and bias = b, then
        act. "same" padding at a stride above 1 depends on the input's size: not supported."""
        return conv(nn.Conv1d, self)

# kiln:layer Conv2DTranspose
    def to_torch(self):
        """nn.ConvTranspose2d(C, filters, kernel, stride, padding, output_padding) with weight =
        W (the same layout) and bias = b, then act."""
        module = nn.ConvTranspose2d(self.W.shape[0], self.W.shape[1], self.kernel, self.stride,
                                    self.padding, self.output_padding, dtype=self.W.dtype,
                                    device=self.W.device)
        return with_weights(self, module, self.W)

# kiln:layer Upsample2D
    def to_torch(self):
        """nn.Upsample(scale_factor, mode), align_corners=False for "bilinear"."""
        scale = self.scale if isinstance(self.scale, (list, tuple)) else [self.scale] * 2
        extra = {"align_corners": False} if self.mode == "bilinear" else {}
        return nn.Upsample(scale_factor=tuple(float(s) for s in scale), mode=self.mode, **extra)

# kiln:layer GlobalAvgPool2D
    def to_torch(self):
        """nn.AdaptiveAvgPool2d(1), then nn.Flatten()."""
        return nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten())

# kiln:layer GlobalMaxPool2D
    def to_torch(self):
        """nn.AdaptiveMaxPool2d(1), then nn.Flatten() (a tie's gradient goes to one value
        there, where Kiln shares it)."""
        return nn.Sequential(nn.AdaptiveMaxPool2d(1), nn.Flatten())

# kiln:layer MultiHeadAttention
    def to_torch(self):
        """nn.MultiheadAttention(E, heads, dropout, batch_first=True) with in_proj_weight = W.T,
        in_proj_bias = b, out_proj.weight = Wo.T and out_proj.bias = bo, called as Kiln calls
        the layer: (q, k, v) [N, T, E], [N, S, E], [N, S, E] (k and v default to q), with a
        causal attn_mask when causal; returns the attention's output [N, T, E]."""
        E = self.W.shape[0]
        attn = nn.MultiheadAttention(E, self.heads, dropout=float(self.dropout),
                                     batch_first=True, dtype=self.W.dtype, device=self.W.device)
        with torch.no_grad():
            attn.in_proj_weight.copy_(self.W.t())
            attn.in_proj_bias.copy_(self.b)
            attn.out_proj.weight.copy_(self.Wo.t())
            attn.out_proj.bias.copy_(self.bo)
        return KilnAttention(attn, bool(self.causal))

# kiln:layer Bidirectional
    def to_torch(self):
        """nn.RNN, nn.LSTM or nn.GRU with bidirectional=True: the forward instance's weights as
        *_l0, the backward one's as *_l0_reverse. Returns what the layer returns: both final
        states side by side [N, 2 * units], or every step's [N, T, 2 * units] when the wrapped
        layer has sequences = true. Only the prelude's recurrent layers have one."""
        kinds = {"SimpleRNN": nn.RNN, "LSTM": nn.LSTM, "GRU": nn.GRU}
        name = type(self.forward_).__name__
        if name not in kinds or type(self.backward).__name__ != name:
            raise NotImplementedError(f"Bidirectional({name}) has no to_torch(): only the "
                                      "prelude's SimpleRNN, LSTM and GRU map to torch.nn")
        return bidirectional(kinds[name], self.forward_, self.backward)
