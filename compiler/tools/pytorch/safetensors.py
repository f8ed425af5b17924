# Kiln's weights files: safetensors (an 8-byte little-endian header length, a JSON header,
# packed little-endian tensors), read and written with torch, json and struct alone.
SAFETENSORS_DTYPES = {"F32": torch.float32, "F64": torch.float64, "I32": torch.int32}


def read_safetensors(source):
    """The tensors of a safetensors file (a path or bytes), by name, checked as Kiln checks
    them: an 8-byte little-endian header length, a JSON header, packed little-endian data."""
    if sys.byteorder != "little":
        raise ValueError("safetensors: only little-endian hosts are supported")
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    else:
        with open(source, "rb") as f:
            data = f.read()
    if len(data) < 8:
        raise ValueError(f"safetensors: file is {len(data)} bytes, too short for a header")
    (size,) = struct.unpack("<Q", data[:8])
    if size > 100_000_000 or 8 + size > len(data):
        raise ValueError(f"safetensors: header length {size} does not fit the file")
    header = json.loads(data[8:8 + size].decode("utf-8"))
    if not isinstance(header, dict):
        raise ValueError("safetensors: the header is not a JSON object")
    body = data[8 + size:]
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = SAFETENSORS_DTYPES.get(info.get("dtype"))
        if dtype is None:
            raise ValueError(f"safetensors: tensor '{name}' has unsupported dtype "
                             f"{info.get('dtype')!r}")
        shape, (begin, end) = info["shape"], info["data_offsets"]
        count = math.prod(shape)
        itemsize = torch.empty(0, dtype=dtype).element_size()
        if end - begin != count * itemsize or not 0 <= begin <= end <= len(body):
            raise ValueError(f"safetensors: tensor '{name}' has data_offsets {[begin, end]} "
                             f"that do not hold its shape {shape}")
        flat = (torch.frombuffer(bytearray(body[begin:end]), dtype=dtype) if count
                else torch.empty(0, dtype=dtype))
        tensors[name] = flat.reshape(shape)
    return tensors


def write_safetensors(entries, metadata=None):
    """(name, dtype, tensor) entries in order as a safetensors file's bytes."""
    header = {"__metadata__": metadata} if metadata else {}
    chunks, offset = [], 0
    for name, dtype, tensor in entries:
        t = tensor.detach().to("cpu", SAFETENSORS_DTYPES[dtype]).contiguous()
        raw = tensor_bytes(t)
        header[name] = {"dtype": dtype, "shape": list(t.shape),
                        "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text + b"".join(chunks)


def tensor_bytes(t):
    try:
        return t.numpy().tobytes()
    except (ImportError, RuntimeError):
        # torch without numpy: through a byte view of the same memory (slower).
        return bytes(t.reshape(-1).view(torch.uint8).tolist())

