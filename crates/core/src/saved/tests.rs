use super::anchor::Anchor;
use super::cite::{self, Cited, Citing};
use super::file::{self, FileError};
use super::*;
use crate::model::{Document, Kind};

fn note(id: &str, doc: &str, quote: &str, comment: &str) -> Note {
    Note {
        id: id.into(),
        doc: doc.into(),
        title: "标题".into(),
        anchor: Anchor {
            quote: quote.into(),
            prefix: String::new(),
            suffix: String::new(),
            start: 0,
        },
        comment: comment.into(),
        created: "2026-12-03".into(),
    }
}

fn ids(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_saved_search_tells_what_is_new_since_it_was_seen() {
    let mut desk = Desk::default();
    desk.save_search(
        "数据出境",
        "#/?q=数据出境",
        "2026-12-01",
        ids(&["b", "a", "a"]),
    );
    let search = desk.search("#/?q=数据出境").expect("saved");
    assert_eq!(search.seen, ids(&["a", "b"]), "sorted, once each");
    assert_eq!(search.new_since(&["c", "a", "d", "b"]), vec!["c", "d"]);
    desk.mark_seen("#/?q=数据出境", ids(&["a", "b", "c", "d"]));
    let search = desk.search("#/?q=数据出境").expect("saved");
    assert!(search.new_since(&["a", "d"]).is_empty());
    // Saving the same hash again renames it; it is not a second search.
    desk.save_search("  出境 ", "#/?q=数据出境", "2026-12-02", ids(&["a"]));
    assert_eq!(desk.searches.len(), 1);
    assert_eq!(desk.searches[0].name, "出境");
    assert_eq!(desk.searches[0].saved, "2026-12-01");
    desk.forget_search("#/?q=数据出境");
    assert!(desk.is_empty());
}

#[test]
fn a_saved_search_reads_back_its_list() {
    let mut desk = Desk::default();
    desk.save_search(
        "x",
        "#/?q=%E7%BD%91%E4%BF%A1&agency=%E5%85%AC%E5%AE%89%E9%83%A8&sort=newest",
        "",
        vec![],
    );
    let view = desk.searches[0].view().expect("a list");
    assert_eq!(view.query, "网信");
    assert_eq!(view.sort, crate::search::Sort::Newest);
    assert_eq!(view.filters.values().count(), 1);
    desk.save_search("doc", "#/doc/abc", "", vec![]);
    assert_eq!(desk.searches[1].view(), None, "a document is not a search");
}

#[test]
fn collections_hold_each_document_once() {
    let mut desk = Desk::default();
    assert!(desk.collect(" ", "a", "甲", "2026-12-03"));
    assert!(!desk.collect("", "a", "甲", "2026-12-03"), "already there");
    assert!(desk.collect("出境", "a", "甲", "2026-12-03"));
    assert!(desk.collect("出境", "b", "乙", "2026-12-03"));
    assert_eq!(desk.collections[0].name, DEFAULT_COLLECTION);
    let holding: Vec<&str> = desk.collections_of("a").map(|c| c.name.as_str()).collect();
    assert_eq!(holding, vec![DEFAULT_COLLECTION, "出境"]);
    assert_eq!(desk.count(), 3);
    desk.uncollect("出境", "a");
    assert_eq!(desk.collections_of("a").count(), 1);
    desk.forget_collection("出境");
    assert_eq!(desk.collections.len(), 1);
}

#[test]
fn notes_get_unique_ids_and_clipped_words() {
    let mut desk = Desk::default();
    desk.add_note(note("a-1", "a", "数据", "要点"));
    desk.add_note(note("a-1", "a", "出境", &"长".repeat(MAX_NOTE_CHARS + 10)));
    assert_eq!(desk.notes[1].id, "a-1-2");
    assert_eq!(desk.notes[1].comment.chars().count(), MAX_NOTE_CHARS);
    desk.edit_note("a-1", "改过");
    assert_eq!(desk.notes[0].comment, "改过");
    assert_eq!(desk.notes_on("a").count(), 2);
    desk.forget_note("a-1-2");
    assert_eq!(desk.notes_on("a").count(), 1);
}

#[test]
fn merging_adds_only_what_is_new() {
    let mut mine = Desk::default();
    mine.save_search("a", "#/?q=a", "", vec![]);
    mine.collect("读", "d1", "一", "");
    mine.add_note(note("d1-1", "d1", "数据", "要点"));
    let mut theirs = mine.clone();
    theirs.save_search("b", "#/?q=b", "", vec![]);
    theirs.collect("读", "d2", "二", "");
    theirs.collect("空", "d3", "三", "");
    theirs.uncollect("空", "d3");
    theirs.add_note(note("d1-1", "d1", "出境", "另一台机器上的同号批注"));
    theirs.notes[0].id = "other-id".into(); // the same note, another id
    let merged = mine.merge(theirs.clone());
    assert_eq!(
        merged,
        Merged {
            searches: 1,
            items: 1,
            notes: 1
        }
    );
    assert_eq!(mine.collections.len(), 2, "the empty collection too");
    assert_eq!(mine.notes.len(), 2);
    assert_eq!(
        mine.merge(theirs),
        Merged::default(),
        "importing twice adds nothing"
    );
}

#[test]
fn the_file_round_trips_and_says_what_is_wrong() {
    let mut desk = Desk::default();
    desk.save_search("出境", "#/?q=数据出境", "2026-12-03", ids(&["a"]));
    desk.collect("", "a", "甲", "2026-12-03");
    desk.add_note(note("a-1", "a", "数据", "要点"));
    let json = file::to_json(&desk, "政策语料", "2026-12-03");
    let read = file::from_json(&json).expect("reads back");
    assert_eq!(read.corpus, "政策语料");
    assert_eq!(read.version, file::VERSION);
    assert_eq!(read.into_desk(), desk);

    assert_eq!(file::from_json("[1, 2]"), Err(FileError::NotSavedWork));
    assert_eq!(
        file::from_json(r#"{"schema_version": 1, "docs": []}"#),
        Err(FileError::NotSavedWork),
        "a corpus file is named as not saved work"
    );
    assert_eq!(
        file::from_json(r#"{"format": "gazette-saved-work", "version": 9}"#),
        Err(FileError::Newer(9))
    );
    let broken = file::from_json("{\n \"format\": \"gazette-saved-work\",\n \"notes\": 3\n}");
    match broken {
        Err(FileError::Unreadable { line, .. }) => assert_eq!(line, 3, "{broken:?}"),
        other => panic!("{other:?}"),
    }
    match file::from_json("{\"format\": ") {
        Err(e @ FileError::Unreadable { .. }) => assert!(e.to_string().starts_with("line 1")),
        other => panic!("{other:?}"),
    }
    // Fields this version does not know are ignored; missing lists are empty.
    let minimal = file::from_json(r#"{"format": "gazette-saved-work", "version": 1, "later": 1}"#)
        .expect("minimal file");
    assert!(minimal.into_desk().is_empty());
}

fn document(id: &str, url: Option<&str>) -> Document {
    Document {
        id: id.into(),
        title: "关于开展“清朗·2024”专项行动的通知".into(),
        date: "2024-03-15T09:30:00+08:00".into(),
        source: "网信中国".into(),
        origin: Some("国家互联网信息办公室".into()),
        url: url.map(Into::into),
        kind: Kind::Notice,
        ..Document::default()
    }
}

fn citing() -> Citing<'static> {
    Citing {
        viewer: "https://wiki.example/gazette/",
        accessed: "2026-12-03",
        summary: "政策语料 · 2 篇公告 · 2026-12-03",
        missing: "已不在语料中",
        open: "在 Gazette 中打开",
    }
}

#[test]
fn references_follow_gb_t_7714() {
    let online = document("a", Some("https://www.cac.gov.cn/x.htm"));
    assert_eq!(
        cite::reference(&online, "2026-12-03"),
        "国家互联网信息办公室. 关于开展“清朗·2024”专项行动的通知[EB/OL]. (2024-03-15)[2026-12-03]. https://www.cac.gov.cn/x.htm."
    );
    let printed = Document {
        origin: None,
        ..document("b", None)
    };
    assert_eq!(
        cite::reference(&printed, "2026-12-03"),
        "网信中国. 关于开展“清朗·2024”专项行动的通知[N]. 网信中国, 2024-03-15."
    );
}

#[test]
fn a_markdown_reference_keeps_its_address_as_written() {
    let wechat = document("w", Some("https://mp.weixin.qq.com/s?__biz=MzA5&mid=2#rd"));
    let mut desk = Desk::default();
    desk.collect("出境 | 专题", "w", "专家解读 | 个人信息出境", "2026-12-03");
    let collection = &desk.collections[0];
    let items = vec![Cited {
        item: &collection.items[0],
        doc: Some(&wechat),
        notes: vec![],
    }];
    let markdown = cite::to_markdown(collection, &items, &citing());
    assert!(markdown.starts_with("# 出境 \\| 专题\n"), "{markdown}");
    assert!(
        markdown.contains(". <https://mp.weixin.qq.com/s?__biz=MzA5&mid=2#rd>.\n"),
        "{markdown}"
    );
}

#[test]
fn a_collection_exports_as_markdown_csv_and_csl_json() {
    let mut desk = Desk::default();
    desk.collect("清朗", "a", "关于开展…的通知", "2026-12-03");
    desk.collect("清朗", "gone", "一篇已删除的公告", "2026-12-03");
    let with_note = note("a-1", "a", "重点整治*网络*暴力", "与去年相比新增");
    let doc = document("a", Some("https://www.cac.gov.cn/x.htm"));
    let collection = &desk.collections[0];
    let items = vec![
        Cited {
            item: &collection.items[0],
            doc: Some(&doc),
            notes: vec![&with_note],
        },
        Cited {
            item: &collection.items[1],
            doc: None,
            notes: vec![],
        },
    ];
    let markdown = cite::to_markdown(collection, &items, &citing());
    assert!(markdown
        .starts_with("# 清朗\n\n政策语料 · 2 篇公告 · 2026-12-03\n\n1. 国家互联网信息办公室."));
    assert!(markdown.contains("   [在 Gazette 中打开](https://wiki.example/gazette/#/doc/a)\n"));
    assert!(
        markdown.contains("   > 重点整治\\*网络\\*暴力\n   与去年相比新增\n"),
        "{markdown}"
    );
    assert!(markdown.contains("2. 一篇已删除的公告 (已不在语料中)\n"));
    assert!(
        markdown.contains("\\[2026-12-03\\]. <https://www.cac.gov.cn/x.htm>.\n"),
        "{markdown}"
    );

    let csv = cite::to_csv(&items, &citing());
    let lines: Vec<&str> = csv.trim_start_matches('\u{FEFF}').split("\r\n").collect();
    assert_eq!(lines[0], cite::CSV_COLUMNS.join(","));
    assert!(lines[1].starts_with("a,关于开展“清朗·2024”专项行动的通知,2024-03-15,网信中国,notice,"));
    assert!(
        lines[1].ends_with(",「重点整治*网络*暴力」 与去年相比新增"),
        "{}",
        lines[1]
    );
    assert_eq!(lines[2], "gone,一篇已删除的公告,,,,,,,已不在语料中,");

    let csl: serde_json::Value =
        serde_json::from_str(&cite::to_csl_json(&items, &citing())).expect("CSL-JSON");
    let entries = csl.as_array().expect("an array");
    assert_eq!(entries.len(), 1, "a document no longer there is not cited");
    let entry = &entries[0];
    assert_eq!(entry["type"], "webpage");
    assert_eq!(
        entry["issued"]["date-parts"][0],
        serde_json::json!([2024, 3, 15])
    );
    assert_eq!(
        entry["accessed"]["date-parts"][0],
        serde_json::json!([2026, 12, 3])
    );
    assert_eq!(entry["publisher"], "国家互联网信息办公室");
    assert_eq!(entry["container-title"], "网信中国");
    assert_eq!(entry["URL"], "https://www.cac.gov.cn/x.htm");
    assert!(entry["note"]
        .as_str()
        .is_some_and(|n| n.starts_with("https://wiki.example/gazette/#/doc/a\n「重点整治")));
}
