//! Readying the engine in the browser before the reader's first keystroke.

use super::super::query::Query;
use super::{Library, Sort};
use crate::text::normalize::{is_word_char, push_normalized};

/// How often the warm-up ([`Library::warm_up_step`]) runs its searches.
const WARM_UP_ROUNDS: usize = 4;
/// The searches of a warm-up round.
const WARM_UP_QUERIES: usize = 5;
/// The parts the read through the texts and the index is cut into.
const WARM_UP_READS: usize = 8;
/// The steps of [`Library::warm_up_step`].
pub const WARM_UP_STEPS: usize = WARM_UP_ROUNDS * WARM_UP_QUERIES + WARM_UP_READS + 1;

impl Library<'_> {
    /// One step (`0..WARM_UP_STEPS`) of the warm-up: a few searches whose
    /// results are dropped, so that a browser compiles the engine's code
    /// paths (lazily compiled WebAssembly) before the reader's first
    /// keystroke rather than during it; then a read through the texts, the
    /// index and the normalization tables, so a first search does not wait
    /// for memory either. The app runs each step as a task of its own, so
    /// none keeps the page from answering.
    pub fn warm_up_step(&self, step: usize) {
        let Some(title) = self.docs.first().map(|d| d.title.as_str()) else {
            return;
        };
        let searches = WARM_UP_ROUNDS * WARM_UP_QUERIES;
        match step {
            // Repeated, so the engine's hot loops are optimized (tiered up) now too.
            _ if step < searches => {
                let phrase: String = title.chars().take(4).collect();
                let pair: String = title.chars().take(2).collect();
                let queries: [&str; WARM_UP_QUERIES] =
                    [&phrase, &pair, "a", "数据 -安全", "信息 OR 网络"];
                let query = queries[step % WARM_UP_QUERIES];
                let _ = self.search(&Query::parse(query), Sort::Relevance);
            }
            _ if step < searches + WARM_UP_READS => {
                std::hint::black_box(self.pack.read_through(step - searches, WARM_UP_READS));
            }
            _ => {
                // A query's characters are normalized through Unicode tables:
                // read the entries of the corpus's characters once too.
                let mut scratch = String::new();
                for &c in self.pack.code().chars() {
                    scratch.clear();
                    push_normalized(c, &mut scratch);
                    std::hint::black_box((&scratch, is_word_char(c)));
                }
            }
        }
    }
}
