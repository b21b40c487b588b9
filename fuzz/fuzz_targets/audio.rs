#![no_main]
//! See fuzz/README.md and `mentora::fuzzing::audio`.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| mentora::fuzzing::audio(data));
