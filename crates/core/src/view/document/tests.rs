use super::*;
use crate::instrument::name::Stage;
use crate::instrument::Carried;
use crate::model::Corpus;
use crate::pack;
use crate::related::{compute, Tuning};
use crate::saved::anchor::Anchor;
use crate::saved::Note;

const RULES: &str = "第一条 为了规范数据出境活动，依据《中华人民共和国网络安全法》，制定本办法。\n第二条 数据处理者向境外提供数据，适用本办法。\n第三条 网信办负责数据出境安全评估工作。";

fn doc(id: &str, title: &str, text: &str) -> Document {
    Document {
        id: id.into(),
        title: title.into(),
        date: "2022-07-07T00:00:00+08:00".into(),
        source: "中国网信网".into(),
        text: text.into(),
        ..Document::default()
    }
}

fn rules() -> Document {
    Document {
        doc_refs: vec!["《中华人民共和国网络安全法》".into()],
        carries: Some(Carried {
            name: "数据出境安全评估办法".into(),
            stage: Stage::Final,
            number: None,
            effective: None,
            repeals: vec![],
        }),
        ..doc("r", "数据出境安全评估办法", RULES)
    }
}

#[test]
fn a_normative_text_reads_with_its_articles_citations_and_links() {
    let reading = Reading::of(&rules());
    assert!(reading.is_normative());
    let articles: Vec<(u32, &str, &str)> = reading
        .articles
        .iter()
        .map(|a| (a.number, a.anchor.as_str(), a.citation.as_str()))
        .collect();
    assert_eq!(
        articles,
        [
            (1, "art-1", "《数据出境安全评估办法》第一条"),
            (2, "art-2", "《数据出境安全评估办法》第二条"),
            (3, "art-3", "《数据出境安全评估办法》第三条"),
        ]
    );
    assert_eq!(reading.anchor_of(2).as_deref(), Some("art-2"));
    assert_eq!(reading.anchor_of(9), None);
    let linked: Vec<&str> = reading
        .links
        .iter()
        .map(|(range, _)| &RULES[range.clone()])
        .collect();
    assert_eq!(linked, ["《中华人民共和国网络安全法》"]);
    // A notice that lists two points is not normative.
    let notice = Reading::of(&doc("n", "通知", "第一条 要求。\n第二条 要求。"));
    assert!(!notice.is_normative() && notice.articles.is_empty());
}

#[test]
fn the_screen_finds_the_reader_s_notes_again_and_names_the_lost_ones() {
    let corpus = Corpus {
        schema_version: crate::model::SCHEMA_VERSION,
        title: String::new(),
        description: String::new(),
        relations: Some(compute(&[rules()], &Tuning::default())),
        docs: vec![rules()],
    };
    let bytes = pack::encode(&corpus);
    let library = Library::open(&bytes).expect("opens");
    let at = RULES.find("数据处理者").expect("passage");
    let note = |id: &str, anchor: Anchor| Note {
        id: id.into(),
        doc: "r".into(),
        title: String::new(),
        anchor,
        comment: format!("批注{id}"),
        created: "2026-12-04".into(),
    };
    let mut desk = Desk::default();
    desk.add_note(note(
        "kept",
        Anchor::capture(RULES, at..at + "数据处理者".len()).expect("anchor"),
    ));
    let elsewhere = "完全不同的另一段文字，不在这份文件里。";
    desk.add_note(note(
        "gone",
        Anchor::capture(elsewhere, 0..elsewhere.len()).expect("anchor"),
    ));
    let screen = DocScreen::of(&library, "r", &desk).expect("the document");
    assert_eq!(screen.doc.text, RULES);
    assert_eq!(screen.notes.len(), 1);
    assert_eq!(&RULES[screen.notes[0].range.clone()], "数据处理者");
    assert_eq!(screen.notes[0].comment, "批注kept");
    assert_eq!(screen.lost, ["gone"]);
    assert_eq!(screen.cluster, None);
    assert!(DocScreen::of(&library, "nope", &desk).is_none());
}
