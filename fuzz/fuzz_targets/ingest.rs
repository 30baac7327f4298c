//! Parse and clean arbitrary bytes as a scraped file: must never panic.
#![no_main]

use gazette_cli::pipeline::process_bytes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Both readers: the extension picks HTML or Markdown.
    let _ = process_bytes("2024-01-01_fuzz.md", data);
    let _ = process_bytes("fuzz.html", data);
});
