//! Alignment snapshots on hand-made pairs: `tests/fixtures/compare/caseNN.name.{a,b}.txt`
//! compared, rendered as text, and checked against `caseNN.name.snap`.
//! `UPDATE_SNAPSHOTS=1 cargo test -p gazette-core --test compare_snapshots`
//! rewrites the snapshots (review the diff before committing).

use gazette_core::compare::{compare, Comparison, MarkKind, Options, RowKind, Span};
use gazette_core::related::boilerplate::Boilerplate;
use std::fmt::Write;
use std::path::PathBuf;

const CASES: &[&str] = &[
    "case01.reordered",
    "case02.one_sentence_changed",
    "case03.paragraph_inserted",
    "case04.punctuation_only",
    "case05.long_identical",
];

fn slice(chars: &[char], span: Span) -> String {
    chars[span.start as usize..span.end as usize]
        .iter()
        .collect()
}

/// Short paragraphs whole, long ones by their ends.
fn excerpt(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= 60 {
        return text.to_owned();
    }
    let head: String = chars[..25].iter().collect();
    let tail: String = chars[chars.len() - 25..].iter().collect();
    format!("{head}…{tail}")
}

fn render(c: &Comparison, a: &str, b: &str) -> String {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "similarity a_in_b={:.3} b_in_a={:.3}",
        c.similarity.a_in_b, c.similarity.b_in_a
    );
    for row in &c.rows {
        let _ = write!(out, "{:<8}", row.kind.name());
        for (letter, chars, span, marks) in [
            ('A', &ca, row.a, &row.a_marks),
            ('B', &cb, row.b, &row.b_marks),
        ] {
            match span {
                None => {
                    let _ = write!(out, " | {letter} —");
                }
                Some(span) => {
                    let _ = write!(
                        out,
                        " | {letter} {}..{} 「{}」",
                        span.start,
                        span.end,
                        excerpt(&slice(chars, span))
                    );
                    for mark in marks {
                        let sign = match (mark.kind, letter) {
                            (MarkKind::Changed, 'A') => '-',
                            (MarkKind::Changed, _) => '+',
                            (MarkKind::Shared, _) => '=',
                        };
                        let _ = write!(out, " {sign}「{}」", slice(chars, mark.span));
                    }
                }
            }
        }
        out.push('\n');
    }
    for s in &c.shared {
        let _ = writeln!(
            out,
            "shared A {}..{} B {}..{}",
            s.a_start, s.a_end, s.b_start, s.b_end
        );
    }
    out
}

#[test]
fn alignment_snapshots() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compare");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut failures = Vec::new();
    for case in CASES {
        let read = |suffix: &str| {
            std::fs::read_to_string(dir.join(format!("{case}.{suffix}")))
                .unwrap_or_else(|err| panic!("{case}.{suffix}: {err}"))
        };
        let (a, b) = (read("a.txt"), read("b.txt"));
        let c = compare(&a, &b, Options::default(), &Boilerplate::default());
        let got = render(&c, &a, &b);
        let path = dir.join(format!("{case}.snap"));
        if update {
            std::fs::write(&path, &got).unwrap_or_else(|err| panic!("{case}: {err}"));
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if got != want {
            failures.push(format!("{case}:\n--- want\n{want}--- got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_cases_say_what_they_are_named() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compare");
    let run = |case: &str| {
        let read = |suffix: &str| {
            std::fs::read_to_string(dir.join(format!("{case}.{suffix}"))).unwrap_or_default()
        };
        let (a, b) = (read("a.txt"), read("b.txt"));
        compare(&a, &b, Options::default(), &Boilerplate::default())
    };
    let kinds = |c: &Comparison| c.rows.iter().map(|r| r.kind).collect::<Vec<_>>();
    use RowKind::*;
    assert_eq!(kinds(&run(CASES[0])), [Same, Same, Same, Moved]);
    assert_eq!(kinds(&run(CASES[1])), [Same, Changed, Same]);
    assert_eq!(kinds(&run(CASES[2])), [Same, Same, OnlyB, Same]);
    let punctuation = run(CASES[3]);
    assert_eq!(kinds(&punctuation), [Same, Same]);
    assert_eq!(punctuation.similarity.a_in_b, 1.0);
    let long = run(CASES[4]);
    assert!(long.rows.len() > 20 && long.rows.iter().all(|r| r.kind == Same));
    assert!(long.shared.is_empty(), "identical rows say it all");
    assert_eq!((long.similarity.a_in_b, long.similarity.b_in_a), (1.0, 1.0));
}
