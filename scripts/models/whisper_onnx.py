"""Builds Mentora's voice encoder (models/voice/voice_encoder.onnx) from Whisper-base's CTranslate2 weights.

One graph, waveform in, readings out, so the Rust side and Python onnxruntime compute the same thing:
  audio [1, N] float32, 16 kHz mono (N >= 400, at most 30 s)
  -> Whisper's log-mel front end (reflect pad, Hann window, 400-point DFT as a convolution, hop 160,
     80 Slaney mel bands, log10, the max-8 floor, (x+4)/4; as faster-whisper's FeatureExtractor)
  -> Whisper's encoder, only its first LAYERS layers (the embedding is the mean over time of layers
     2..4's outputs; layers 5, 6 and the decoder are not needed to read a tone)
  -> embedding [1, 512]
and, from the same frames, prosody [1, 5]: mean and spread of log frame energy, mean and spread of
log pitch over voiced frames (pitch from the autocorrelation of each frame, 70-400 Hz), and the voiced
fraction. No PyTorch: CTranslate2's model.bin is read with numpy (fp16 weights, kept as fp32).

Usage: whisper_onnx.py MODEL_BIN OUT_ONNX [--layers N] [--verify CT2_DIR]
--verify builds the full 6-layer encoder in memory and compares it with ctranslate2's own encoder
on real audio (a development check; ctranslate2 is not needed to build).
"""

import struct
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper

from bert_onnx import OPSET, Graph

SR, N_FFT, HOP, N_MELS = 16000, 400, 160, 80
POOLED_LAYERS = (2, 3, 4)  # 1-based layer outputs averaged into the embedding; fixed before training
F0_MIN, F0_MAX, VOICED = 70.0, 400.0, 0.6


def read_ct2(path):
    """All variables of a CTranslate2 model.bin (format version 6) as numpy arrays."""
    f = open(path, "rb").read()
    o = 0

    def u(fmt):
        nonlocal o
        v = struct.unpack_from(fmt, f, o)
        o += struct.calcsize(fmt)
        return v

    def s():
        nonlocal o
        (n,) = u("<H")
        v = f[o : o + n].decode().rstrip("\0")
        o += n
        return v

    (ver,) = u("<i")
    if ver != 6:
        raise SystemExit(f"unsupported CTranslate2 model version {ver}")
    s()
    u("<i")
    (n,) = u("<I")
    dt = {0: np.float32, 1: np.int8, 2: np.int16, 3: np.int32, 4: np.float16}
    out = {}
    for _ in range(n):
        name = s()
        (rank,) = u("<B")
        dims = u("<%dI" % rank) if rank else ()
        (d,) = u("<B")
        (nb,) = u("<I")
        t = np.dtype(dt[d])
        out[name] = np.frombuffer(f, dtype=t, count=nb // t.itemsize, offset=o).reshape(dims)
        o += nb
    return out


def mel_filters():
    """Whisper's 80 Slaney mel filters for a 400-point DFT at 16 kHz (librosa's, as faster-whisper)."""
    fftfreqs = np.fft.rfftfreq(n=N_FFT, d=1.0 / SR)
    mels = np.linspace(0.0, 45.245640471924965, N_MELS + 2)
    f_sp, min_log_hz = 200.0 / 3, 1000.0
    min_log_mel, logstep = min_log_hz / f_sp, np.log(6.4) / 27.0
    freqs = f_sp * mels
    log_t = mels >= min_log_mel
    freqs[log_t] = min_log_hz * np.exp(logstep * (mels[log_t] - min_log_mel))
    fdiff = np.diff(freqs)
    ramps = freqs.reshape(-1, 1) - fftfreqs.reshape(1, -1)
    lower = -ramps[:-2] / fdiff[:-1, None]
    upper = ramps[2:] / fdiff[1:, None]
    w = np.maximum(0, np.minimum(lower, upper))
    return (w * (2.0 / (freqs[2 : N_MELS + 2] - freqs[:N_MELS]))[:, None]).astype(np.float32)


def gelu(g, x):
    """Exact (erf) GELU, as Whisper."""
    e = g.op("Erf", [g.op("Div", [x, g.const(f"sqrt2_{g.n}", np.array(np.sqrt(2.0), np.float32))])])
    one = g.const(f"one_{g.n}", np.array(1.0, np.float32))
    half = g.const(f"half_{g.n}", np.array(0.5, np.float32))
    return g.op("Mul", [g.op("Mul", [x, half]), g.op("Add", [e, one])])


def layer_norm(g, x, gamma, beta, name):
    return g.op(
        "LayerNormalization",
        [x, g.const(name + ".g", gamma.astype(np.float32)), g.const(name + ".b", beta.astype(np.float32))],
        axis=-1,
        epsilon=1e-5,
    )


def linear(g, x, w, b, name):
    y = g.op("MatMul", [x, g.const(name + ".wT", np.ascontiguousarray(w.T.astype(np.float32)))])
    return g.op("Add", [y, g.const(name + ".b", b.astype(np.float32))])


def front_end(g, audio):
    """audio [1, N] -> (log-mel [1, 80, T], power [1, 201, T], the padded audio [1, 1, N + 400]), T = N // 160."""
    n = np.arange(N_FFT)
    window = 0.5 - 0.5 * np.cos(2 * np.pi * n / N_FFT)  # periodic Hann, as torch.hann_window
    k = np.arange(N_FFT // 2 + 1)
    ang = 2 * np.pi * np.outer(k, n) / N_FFT
    basis = np.concatenate([np.cos(ang) * window, -np.sin(ang) * window]).astype(np.float32)
    pad = g.const("stft.pad", np.array([0, N_FFT // 2, 0, N_FFT // 2], np.int64))
    x = g.op("Pad", [audio, pad], mode="reflect")
    x = g.op("Unsqueeze", [x, g.const("axis1", np.array([1], np.int64))])
    spec = g.op("Conv", [x, g.const("stft.basis", basis[:, None, :])], strides=[HOP])  # [1, 402, T+1]
    # Whisper drops the last frame.
    nframes = g.op("Sub", [g.op("Shape", [spec], start=2, end=3), g.const("one_i", np.array([1], np.int64))])
    spec = g.op("Slice", [spec, g.const("zero_i", np.array([0], np.int64)), nframes, g.const("axis2", np.array([2], np.int64))])
    g.n += 1
    split = g.const("split201", np.array([201, 201], np.int64))
    g.nodes.append(helper.make_node("Split", [spec, split], ["stft.re", "stft.im"], axis=1, name=f"n{g.n}"))
    re, im = "stft.re", "stft.im"
    power = g.op("Add", [g.op("Mul", [re, re]), g.op("Mul", [im, im])])  # [1, 201, T]
    mel = g.op("MatMul", [g.const("mel.filters", mel_filters()), power])  # [1, 80, T]
    logm = g.op("Div", [g.op("Log", [g.op("Max", [mel, g.const("eps", np.array(1e-10, np.float32))])]),
                        g.const("ln10", np.array(np.log(10.0), np.float32))])
    floor = g.op("Sub", [g.op("ReduceMax", [logm], keepdims=1), g.const("eight", np.array(8.0, np.float32))])
    logm = g.op("Max", [logm, floor])
    four = g.const("four", np.array(4.0, np.float32))
    return g.op("Div", [g.op("Add", [logm, four]), four]), power, x


def prosody(g, framed_input, power):
    """[1, 5]: log-energy mean, std; log-f0 mean, std over voiced frames; voiced fraction."""
    # Frame energy (sum of the power spectrum), in log.
    energy = g.op("ReduceSum", [power, g.const("ax1", np.array([1], np.int64))], keepdims=0)  # [1, T]
    loge = g.op("Log", [g.op("Add", [energy, g.const("e_eps", np.array(1e-6, np.float32))])])
    # Autocorrelation of each Hann-windowed frame as the inverse of its power spectrum, with the DFT
    # zero-padded to 800 points so that it is not circular, divided by the window's own
    # autocorrelation (Boersma 1993) so that long lags are not penalised; lags 40..228 (400..70 Hz).
    n2 = 2 * N_FFT
    n = np.arange(N_FFT)
    window = 0.5 - 0.5 * np.cos(2 * np.pi * n / N_FFT)
    k = np.arange(n2 // 2 + 1)
    ang = 2 * np.pi * np.outer(k, n) / n2
    basis = np.concatenate([np.cos(ang) * window, -np.sin(ang) * window]).astype(np.float32)
    spec = g.op("Conv", [framed_input, g.const("ac.dft", basis[:, None, :])], strides=[HOP])
    spec = g.op("Slice", [spec, g.const("zero_a", np.array([0], np.int64)),
                          g.op("Shape", [power], start=2, end=3), g.const("axis2a", np.array([2], np.int64))])
    g.n += 1
    split = g.const("split401", np.array([n2 // 2 + 1] * 2, np.int64))
    g.nodes.append(helper.make_node("Split", [spec, split], ["ac.re", "ac.im"], axis=1, name=f"n{g.n}"))
    p2 = g.op("Add", [g.op("Mul", ["ac.re", "ac.re"]), g.op("Mul", ["ac.im", "ac.im"])])  # [1, 401, T]
    lags = np.arange(int(SR / F0_MAX), int(SR / F0_MIN) + 1)
    wk = np.where((k == 0) | (k == n2 // 2), 1.0, 2.0)
    cosb = wk[None, :] * np.cos(2 * np.pi * np.outer(lags, k) / n2)  # [L, 401]
    rw = np.array([np.sum(window[: N_FFT - l] * window[l:]) for l in lags]) / np.sum(window * window)
    ac = g.op("MatMul", [g.const("ac.basis", (cosb / rw[:, None]).astype(np.float32)), p2])  # [1, L, T]
    r0 = g.op("MatMul", [g.const("ac.r0", wk[None, :].astype(np.float32)), p2])  # [1, 1, T]
    r0 = g.op("Add", [r0, g.const("r0_eps", np.array(1e-9, np.float32))])
    nac = g.op("Div", [ac, r0])
    peak = g.op("ReduceMax", [nac], axes=[1], keepdims=0)  # [1, T]
    arg = g.op("ArgMax", [nac], axis=1, keepdims=0)  # [1, T]
    lag = g.op("Add", [g.op("Cast", [arg], to=TensorProto.FLOAT), g.const("lag0", np.array(lags[0], np.float32))])
    logf0 = g.op("Log", [g.op("Div", [g.const("sr", np.array(SR, np.float32)), lag])])
    # Voiced: a clear periodicity and not silence (within 20 dB of the loudest frame).
    loud = g.op("Greater", [loge, g.op("Sub", [g.op("ReduceMax", [loge], keepdims=1), g.const("db20", np.array(np.log(100.0), np.float32))])])
    voiced = g.op("And", [g.op("Greater", [peak, g.const("vth", np.array(VOICED, np.float32))]), loud])
    vf = g.op("Cast", [voiced], to=TensorProto.FLOAT)
    nv = g.op("ReduceSum", [vf], keepdims=0)
    nv1 = g.op("Max", [nv, g.const("one_f", np.array(1.0, np.float32))])
    f0_mean = g.op("Div", [g.op("ReduceSum", [g.op("Mul", [logf0, vf])], keepdims=0), nv1])
    dev = g.op("Sub", [logf0, f0_mean])
    f0_std = g.op("Sqrt", [g.op("Div", [g.op("ReduceSum", [g.op("Mul", [g.op("Mul", [dev, dev]), vf])], keepdims=0), nv1])])
    e_mean = g.op("ReduceMean", [loge], keepdims=0)
    ed = g.op("Sub", [loge, e_mean])
    e_std = g.op("Sqrt", [g.op("ReduceMean", [g.op("Mul", [ed, ed])], keepdims=0)])
    vfrac = g.op("ReduceMean", [vf], keepdims=0)
    feats = [g.op("Unsqueeze", [v, g.const(f"ax0_{i}", np.array([0], np.int64))]) for i, v in enumerate([e_mean, e_std, f0_mean, f0_std, vfrac])]
    cat = g.op("Concat", feats, axis=0)
    return g.named("Unsqueeze", [cat, g.const("ax0p", np.array([0], np.int64))], "prosody")


def encoder(g, mel, w, layers):
    """Whisper's encoder (first `layers` layers) -> the list of each layer's output [1, T2, 512]."""
    x = g.op("Conv", [mel, g.const("conv1.w", w["encoder/conv1/weight"].astype(np.float32)),
                      g.const("conv1.b", w["encoder/conv1/bias"].astype(np.float32))], pads=[1, 1])
    x = gelu(g, x)
    x = g.op("Conv", [x, g.const("conv2.w", w["encoder/conv2/weight"].astype(np.float32)),
                      g.const("conv2.b", w["encoder/conv2/bias"].astype(np.float32))], pads=[1, 1], strides=[2])
    x = gelu(g, x)
    x = g.op("Transpose", [x], perm=[0, 2, 1])  # [1, T2, 512]
    t2 = g.op("Shape", [x], start=1, end=2)
    pos = g.op("Slice", [g.const("pos", w["encoder/position_encodings/encodings"].astype(np.float32)),
                         g.const("zero_p", np.array([0], np.int64)), t2, g.const("ax0s", np.array([0], np.int64))])
    x = g.op("Add", [x, pos])
    heads = int(w["encoder/num_heads"])
    d = x_dim = 512
    hd = d // heads
    outs = []
    for i in range(layers):
        p = f"encoder/layer_{i}/"
        h = layer_norm(g, x, w[p + "self_attention/layer_norm/gamma"], w[p + "self_attention/layer_norm/beta"], f"l{i}.ln1")
        qkv = linear(g, h, w[p + "self_attention/linear_0/weight"], w[p + "self_attention/linear_0/bias"], f"l{i}.qkv")
        qkv = g.op("Reshape", [qkv, g.const(f"l{i}.qkvshape", np.array([0, -1, 3, heads, hd], np.int64))])
        qkv = g.op("Transpose", [qkv], perm=[2, 0, 3, 1, 4])  # [3, 1, H, T, hd]
        q, k, v = (g.op("Gather", [qkv, g.const(f"l{i}.idx{j}", np.array(j, np.int64))], axis=0) for j in range(3))
        scores = g.op("Mul", [g.op("MatMul", [q, g.op("Transpose", [k], perm=[0, 1, 3, 2])]),
                              g.const(f"l{i}.scale", np.array(1.0 / np.sqrt(hd), np.float32))])
        attn = g.op("MatMul", [g.op("Softmax", [scores], axis=-1), v])  # [1, H, T, hd]
        attn = g.op("Reshape", [g.op("Transpose", [attn], perm=[0, 2, 1, 3]), g.const(f"l{i}.ashape", np.array([0, -1, x_dim], np.int64))])
        x = g.op("Add", [x, linear(g, attn, w[p + "self_attention/linear_1/weight"], w[p + "self_attention/linear_1/bias"], f"l{i}.out")])
        h = layer_norm(g, x, w[p + "ffn/layer_norm/gamma"], w[p + "ffn/layer_norm/beta"], f"l{i}.ln2")
        h = gelu(g, linear(g, h, w[p + "ffn/linear_0/weight"], w[p + "ffn/linear_0/bias"], f"l{i}.ff0"))
        x = g.op("Add", [x, linear(g, h, w[p + "ffn/linear_1/weight"], w[p + "ffn/linear_1/bias"], f"l{i}.ff1")])
        outs.append(x)
    return outs


def build(w, layers=max(POOLED_LAYERS), full=False):
    g = Graph()
    audio = "audio"
    mel, power, framed = front_end(g, audio)
    outputs = [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, [1, 512]),
               helper.make_tensor_value_info("prosody", TensorProto.FLOAT, [1, 5])]
    if full:
        g.named("Identity", [mel], "mel")
        outs = encoder(g, mel, w, 6)
        g.named("Identity", [layer_norm(g, outs[-1], w["encoder/layer_norm/gamma"], w["encoder/layer_norm/beta"], "lnf")], "encoded")
        outputs = [helper.make_tensor_value_info("mel", TensorProto.FLOAT, [1, N_MELS, None]),
                   helper.make_tensor_value_info("encoded", TensorProto.FLOAT, [1, None, 512])]
    else:
        outs = encoder(g, mel, w, layers)
        pooled = [g.op("ReduceMean", [outs[i - 1]], axes=[1], keepdims=0) for i in POOLED_LAYERS]
        s = pooled[0]
        for p in pooled[1:]:
            s = g.op("Add", [s, p])
        g.named("Div", [s, g.const("npool", np.array(len(POOLED_LAYERS), np.float32))], "embedding")
        prosody(g, framed, power)
    graph = helper.make_graph(
        g.nodes, "mentora_voice_encoder",
        [helper.make_tensor_value_info("audio", TensorProto.FLOAT, [1, None])], outputs, g.inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="mentora")
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def verify(w, ct2_dir, wav_paths):
    """The full encoder against ctranslate2's, and the front end against faster-whisper's formula."""
    import ctranslate2
    import onnxruntime as ort
    model = build(w, full=True)
    sess = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    ct = ctranslate2.models.Whisper(ct2_dir, device="cpu", compute_type="float32")
    worst = 0.0
    for path in wav_paths:
        audio = read_wav(path)
        # Whisper feeds 30 s: the clip followed by silence.
        padded = np.zeros(SR * 30, np.float32)
        padded[: len(audio)] = audio[: SR * 30]
        mel, enc = sess.run(["mel", "encoded"], {"audio": padded[None, :]})
        ref = np.asarray(ct.encode(ctranslate2.StorageView.from_array(mel.astype(np.float32)), to_cpu=True))
        diff = float(np.max(np.abs(ref - enc)))
        worst = max(worst, diff)
        print(f"  {path}: mel {mel.shape}, max |onnx - ctranslate2| = {diff:.2e} (scale {np.abs(ref).max():.1f})")
    return worst


def read_wav(path):
    """A mono 16 kHz WAV (PCM16 or IEEE float) as float32 in [-1, 1]."""
    import wave
    data = open(path, "rb").read()
    if data[20:22] == b"\x03\x00":  # IEEE float: the wave module can't read it
        i = data.index(b"data") + 8
        return np.frombuffer(data[i:], np.float32).copy()
    with wave.open(path) as f:
        return np.frombuffer(f.readframes(f.getnframes()), np.int16).astype(np.float32) / 32768.0


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        raise SystemExit(__doc__)
    w = read_ct2(args[0])
    if "--verify" in args:
        ct2_dir = args[args.index("--verify") + 1]
        wavs = args[args.index("--verify") + 2 :]
        worst = verify(w, ct2_dir, wavs)
        print(f"worst {worst:.2e}")
        return
    layers = int(args[args.index("--layers") + 1]) if "--layers" in args else max(POOLED_LAYERS)
    onnx.save(build(w, layers), args[1])


if __name__ == "__main__":
    main()
