//! Will a model fit? Free memory from the kernel, and what a model needs (weights plus context).

/// A `Key:   123 kB` line of a Linux /proc file, in bytes (None where there is none).
pub(crate) fn proc_kb(file: &str, key: &str) -> Option<u64> {
    let info = std::fs::read_to_string(file).ok()?;
    info.lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map(|kb| kb * 1024)
}

/// Bytes of memory free for a new model now (Linux `MemAvailable`; None where unknown).
pub fn available_bytes() -> Option<u64> {
    proc_kb("/proc/meminfo", "MemAvailable")
}

/// The machine's memory in bytes (Linux `MemTotal`; None where unknown).
pub fn total_bytes() -> Option<u64> {
    proc_kb("/proc/meminfo", "MemTotal")
}

/// Bytes a model of `file_bytes` needs with a context of `n_ctx` tokens: the weights (mapped), a
/// KV cache estimated generously at 64 KB per token for the 1–8 B models people add (SmolLM2-135M
/// needs far less), and 10 % plus 64 MB for llama.cpp's buffers.
pub fn needed_bytes(file_bytes: u64, n_ctx: u32) -> u64 {
    let kv = u64::from(n_ctx) * 64 * 1024;
    file_bytes + kv + file_bytes / 10 + 64 * 1024 * 1024
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_is_read_and_needs_grow_with_size_and_context() {
        assert!(available_bytes().is_some_and(|b| b > 0));
        assert!(total_bytes().is_some_and(|t| available_bytes().is_some_and(|a| t >= a)));
        assert!(needed_bytes(1 << 30, 4096) > needed_bytes(1 << 30, 2048));
        assert!(needed_bytes(2 << 30, 2048) > needed_bytes(1 << 30, 2048));
    }
}
