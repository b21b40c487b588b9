#![no_main]
//! See fuzz/README.md and `mentora::fuzzing::daylio`.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| mentora::fuzzing::daylio(data));
