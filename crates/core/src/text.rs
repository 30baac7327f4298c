//! Text as the index sees it, shared by the pack's writer, the engine and
//! every comparison:
//!
//! - [`normalize`]: the one normalization (NFKC, lowercase, no invisibles,
//!   document-number brackets folded);
//! - [`tokens`]: the one tokenizer (CJK characters and pairs, whole words).

pub mod normalize;
pub mod tokens;
