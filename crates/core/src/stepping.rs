//! Stepping through places in order (matches in a text, differences in a
//! comparison, results in a list): the one rule for which comes next.

/// What a step past either end does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ends {
    /// Past the last comes the first (matches, differences: a round).
    Wrap,
    /// The ends hold (a list: the last result stays the last).
    Stop,
}

/// The place after (`forward`) or before `current` among `count` places:
/// with none current, the first or the last; `None` when there are none.
pub fn step(current: Option<usize>, count: usize, forward: bool, ends: Ends) -> Option<usize> {
    let last = count.checked_sub(1)?;
    let next = match (current.filter(|&c| c <= last), forward, ends) {
        (None, true, _) => 0,
        (None, false, _) => last,
        (Some(c), true, Ends::Wrap) if c == last => 0,
        (Some(0), false, Ends::Wrap) => last,
        (Some(c), true, _) => (c + 1).min(last),
        (Some(c), false, _) => c.saturating_sub(1),
    };
    Some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_round_or_to_the_end() {
        use Ends::{Stop, Wrap};
        let cases = [
            // (current, count, forward, ends) → next
            ((None, 0, true, Wrap), None),
            ((Some(2), 0, false, Stop), None),
            ((None, 3, true, Wrap), Some(0)),
            ((None, 3, false, Wrap), Some(2)),
            ((Some(0), 3, true, Wrap), Some(1)),
            ((Some(2), 3, true, Wrap), Some(0)),
            ((Some(0), 3, false, Wrap), Some(2)),
            ((Some(2), 3, true, Stop), Some(2)),
            ((Some(0), 3, false, Stop), Some(0)),
            ((Some(1), 3, false, Stop), Some(0)),
            // A place that is gone (the list shrank) counts as none.
            ((Some(7), 3, true, Wrap), Some(0)),
            ((Some(7), 3, false, Stop), Some(2)),
        ];
        for ((current, count, forward, ends), expected) in cases {
            assert_eq!(
                step(current, count, forward, ends),
                expected,
                "{current:?} of {count}, forward {forward}, {ends:?}"
            );
        }
    }
}
