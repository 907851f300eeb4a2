#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| haven::fuzz::hsds_json(data));
