use super::reader::Pack;
use super::*;
use crate::model::{Corpus, CorpusInfo};

fn corpus() -> Corpus {
    let json = r#"{"schema_version":1,"docs":[
      {"id":"a","path":"a.md","title":"网信办通知","date":"2024-02-01","source":"s","url":null,"text":"关于ＡＰＰ的通知。","agencies":[]},
      {"id":"b","path":"b.md","title":"其他","date":"2024-01-01","source":"s","url":null,"text":"网信办约谈。","agencies":[]}]}"#;
    Corpus::from_json(json).expect("test corpus")
}

#[test]
fn round_trip_keeps_documents_and_texts() {
    let corpus = corpus();
    let bytes = encode(&corpus);
    let (pack, docs) = Pack::open(&bytes).expect("opens");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1].title, "其他");
    assert_eq!(pack.text(0).as_deref(), Some("关于ＡＰＰ的通知。"));
    assert_eq!(pack.text(1).as_deref(), Some("网信办约谈。"));
    let hay = pack.code().decode(pack.hay(0));
    assert_eq!(hay.as_deref(), Some("网信办通知\n关于app的通知。"));
    let title = pack.code().decode(&pack.hay(0)[..pack.title_len(0)]);
    assert_eq!(title.as_deref(), Some("网信办通知"));
    assert!(pack.hay(0).len() < "网信办通知\n关于app的通知。".len() / 2);
}

#[test]
fn a_character_reads_back_as_its_usual_original() {
    let mut corpus = corpus();
    corpus.docs[0].text = "一，二，三，四,五。ＡＰＰ与APP、App".into();
    corpus.docs[1].text = "六，七：八（九）".into();
    let bytes = encode(&corpus);
    let (pack, _) = Pack::open(&bytes).expect("opens");
    assert_eq!(
        pack.text(0).as_deref(),
        Some("一，二，三，四,五。ＡＰＰ与APP、App")
    );
    assert_eq!(pack.text(1).as_deref(), Some("六，七：八（九）"));
    // Only the ASCII comma, the letters unlike their usual form and
    // nothing of the second text are exceptions.
    assert!(pack.section(Section::Changes).len() <= 2 * 8);
    assert_eq!(pack.slice(Section::Changes, Section::ChangeEnds, 1), b"");
}

#[test]
fn the_header_tells_the_whole_length() {
    let bytes = encode(&corpus());
    assert_eq!(len_from_header(&bytes[..HEADER_LEN]), Some(bytes.len()));
    assert_eq!(len_from_header(&bytes[..HEADER_LEN - 1]), None);
    assert_eq!(len_from_header(b"<!DOCTYPE html><html>"), None);
}

#[test]
fn a_pack_names_its_corpus() {
    let mut corpus = corpus();
    assert_eq!(
        Pack::open(&encode(&corpus)).expect("opens").0.info(),
        CorpusInfo::default()
    );
    corpus.title = "网信政策公告".into();
    corpus.description = "2022–2025 年的公告".into();
    let bytes = encode(&corpus);
    assert_eq!(Pack::open(&bytes).expect("opens").0.info(), corpus.info());
}

#[test]
fn postings_list_documents_and_counts() {
    let bytes = encode(&corpus());
    let (pack, _) = Pack::open(&bytes).expect("opens");
    let key = pack.find_key("网").expect("indexed");
    assert_eq!(pack.postings(key).collect::<Vec<_>>(), [(0, 1), (1, 1)]);
    let notice = pack.find_key("知").expect("indexed");
    assert_eq!(pack.postings(notice).collect::<Vec<_>>(), [(0, 2)]);
    assert_eq!(pack.prefix_keys("ap").len(), 1);
    assert!(pack.find_key("absent").is_none());
    // Pairs in two documents or fewer are left to the filter.
    assert!(pack.find_key("网信").is_none());
    assert!(pack.maybe_rare_pair("网信") && pack.maybe_rare_pair("通知"));
    let absent = [
        "数据", "安全", "监管", "处罚", "平台", "算法", "出境", "约束",
    ];
    assert!(absent.iter().filter(|k| pack.maybe_rare_pair(k)).count() <= 1);
}

#[test]
fn damaged_packs_are_refused() {
    let bytes = encode(&corpus());
    assert!(matches!(Pack::open(b"nonsense"), Err(PackError::NotAPack)));
    for cut in [HEADER - 1, HEADER + 10, bytes.len() - 1] {
        assert!(Pack::open(&bytes[..cut]).is_err(), "cut at {cut}");
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use crate::model::Document;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_comes_back_unchanged(texts in prop::collection::vec("\\PC{0,60}", 1..5)) {
            let mut corpus = corpus();
            corpus.docs.truncate(1);
            let template = corpus.docs[0].clone();
            corpus.docs = texts.iter().map(|t| Document { text: t.clone(), ..template.clone() }).collect();
            let bytes = encode(&corpus);
            let (pack, _) = Pack::open(&bytes).expect("opens");
            for (n, text) in texts.iter().enumerate() {
                let back = pack.text(n);
                prop_assert_eq!(back.as_deref(), Some(text.as_str()));
            }
        }
    }
}

#[test]
fn the_catalog_sections_all_come_before_the_tail() {
    assert!(Section::ALL
        .iter()
        .skip_while(|s| !s.in_tail())
        .all(|s| s.in_tail()));
    assert!(!Section::Meta.in_tail() && Section::Hay.in_tail() && Section::Postings.in_tail());
}

#[test]
fn the_catalog_opens_before_the_texts_and_index_arrive() {
    let bytes = encode(&corpus());
    let split = head_len(&bytes[..HEADER_LEN]).expect("a header");
    assert!(split < bytes.len() && split > HEADER_LEN);
    let (pack, docs) = Pack::open_head(&bytes[..split]).expect("the catalog opens");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].title, "网信办通知");
    assert!(!pack.is_complete());
    assert_eq!(pack.text(0).as_deref(), Some(""), "no text yet");
    assert_eq!(pack.find_key("网"), None, "no index yet");

    assert!(
        pack.attach(&bytes[split + 1..]).is_err(),
        "a tail cut short"
    );
    let mut damaged = bytes[split..].to_vec();
    // The texts' end-offset table points past the texts.
    let hay_ends = read_u32(&bytes, 12 + Section::HayEnds as usize * 8).expect("table") as usize;
    damaged[hay_ends - split..hay_ends - split + 4].copy_from_slice(&u32::MAX.to_le_bytes());
    assert!(matches!(
        pack.attach(&damaged),
        Err(PackError::Damaged("offsets"))
    ));
    assert!(
        !pack.is_complete(),
        "a damaged tail leaves the pack as it was"
    );
    pack.attach(&bytes[split..]).expect("the rest attaches");
    assert!(pack.is_complete());
    assert_eq!(pack.text(0).as_deref(), Some("关于ＡＰＰ的通知。"));
    assert!(pack.find_key("网").is_some());
}

#[test]
fn a_catalog_of_the_wrong_length_is_refused() {
    let bytes = encode(&corpus());
    let split = head_len(&bytes).expect("a header");
    assert!(Pack::open_head(&bytes[..split - 1]).is_err());
    assert!(Pack::open_head(&bytes[..split + 1]).is_err());
    assert!(Pack::open_head(&bytes).is_err());
}
