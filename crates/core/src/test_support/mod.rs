//! What the tests of every crate share (feature `test-support`; never in
//! the app): the brute-force search oracle.

pub mod oracle;
