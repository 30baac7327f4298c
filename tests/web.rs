//! Components rendered in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use gazette_app::components::doc_list::{DocList, DocListProps, DocSummary};
use gazette_app::components::doc_view::{DocView, DocViewProps};
use gazette_app::marked::Highlight;
use gazette_core::model::{Document, Kind, Person};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::AttrValue;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("create a div");
    gloo::utils::body()
        .append_child(&root)
        .expect("append the div");
    root
}

/// A document view of `doc` opened from `query` (no article asked for).
fn doc_view_props(doc: Document, query: AttrValue) -> DocViewProps {
    DocViewProps {
        doc,
        query,
        article: None,
        highlights: Vec::new(),
    }
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).expect("valid selector");
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

fn document(url: Option<&str>, text: &str) -> Document {
    Document {
        id: "e6fc0708bbf2".into(),
        path: "000.txt".into(),
        title: "中央网信办：将为互联网企业健康持续发展提供有力保障".into(),
        date: "2022-01-29T19:44:12+08:00".into(),
        source: "新浪财经".into(),
        url: url.map(str::to_owned),
        text: text.into(),
        agencies: vec!["中央网信办".into(), "工业和信息化部".into()],
        origin: Some("新华社".into()),
        reporter: Some("王思北".into()),
        people: vec![Person {
            name: "庄荣文".into(),
            role: Some("中央网信办主任".into()),
        }],
        kind: Kind::Meeting,
        categories: vec!["金融".into()],
        ..Document::default()
    }
}

#[wasm_bindgen_test]
async fn doc_view_shows_title_date_labels_and_paragraphs() {
    let root = mount_point();
    let doc = document(None, "第一段。\n\n第二段。");
    yew::Renderer::<DocView>::with_root_and_props(
        root.clone(),
        doc_view_props(doc, AttrValue::default()),
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(
        texts(&root, ".doc-view-title"),
        ["中央网信办：将为互联网企业健康持续发展提供有力保障"]
    );
    assert_eq!(texts(&root, ".doc-meta time"), ["2022-01-29 19:44"]);
    assert_eq!(texts(&root, ".labels .chip"), ["金融"]);
    assert_eq!(texts(&root, ".doc-text p"), ["第一段。", "第二段。"]);
}

#[wasm_bindgen_test]
async fn doc_view_shows_ingested_metadata() {
    let root = mount_point();
    let doc = document(None, "正文。");
    yew::Renderer::<DocView>::with_root_and_props(
        root.clone(),
        doc_view_props(doc, AttrValue::default()),
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, ".kind-badge"), ["会议"]);
    assert_eq!(texts(&root, ".origin"), ["新华社"]);
    assert_eq!(texts(&root, ".reporter"), ["王思北"]);
    assert_eq!(
        texts(&root, ".chip.agency"),
        ["中央网信办", "工业和信息化部"]
    );
    assert_eq!(texts(&root, ".person-name"), ["庄荣文"]);
    assert_eq!(texts(&root, ".person-role"), ["中央网信办主任"]);
    let chip = root
        .query_selector(".chip.agency")
        .expect("selector")
        .expect("a chip");
    assert!(chip
        .get_attribute("title")
        .unwrap_or_default()
        .contains("CAC"));
}

#[wasm_bindgen_test]
async fn doc_view_renders_headings_lists_and_tables_from_the_layout() {
    let root = mount_point();
    let mut doc = document(
        None,
        "一、总体要求\n\n正文。\n\n甲\n\n乙\n\n名称 | 数量\n\n模型 | 190",
    );
    doc.layout = "hplltt".into();
    yew::Renderer::<DocView>::with_root_and_props(
        root.clone(),
        doc_view_props(doc, AttrValue::default()),
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, ".doc-text h2"), ["一、总体要求"]);
    assert_eq!(texts(&root, ".doc-text li"), ["甲", "乙"]);
    assert_eq!(
        texts(&root, ".doc-text td"),
        ["名称", "数量", "模型", "190"]
    );
}

#[wasm_bindgen_test]
async fn doc_view_sets_markup_in_text_as_text() {
    let root = mount_point();
    let payload = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>";
    let doc = document(Some("javascript:alert(1)"), payload);
    yew::Renderer::<DocView>::with_root_and_props(
        root.clone(),
        doc_view_props(doc, AttrValue::default()),
    )
    .render();
    yew::scheduler::flush().await;
    assert!(root.query_selector("img").expect("selector").is_none());
    assert!(root.query_selector("script").expect("selector").is_none());
    assert_eq!(texts(&root, ".doc-text p"), [payload]);
    // A javascript: URL is never made a link.
    assert!(root
        .query_selector("a.original")
        .expect("selector")
        .is_none());
}

#[wasm_bindgen_test]
async fn doc_view_links_the_original_safely() {
    let root = mount_point();
    let doc = document(Some("https://mp.weixin.qq.com/s?a=1"), "正文。");
    yew::Renderer::<DocView>::with_root_and_props(
        root.clone(),
        doc_view_props(doc, AttrValue::default()),
    )
    .render();
    yew::scheduler::flush().await;
    let link = root
        .query_selector("a.original")
        .expect("selector")
        .expect("a link");
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
}

#[wasm_bindgen_test]
async fn doc_list_links_each_document_by_id() {
    let root = mount_point();
    let docs = vec![DocSummary::from(&document(None, "正文。"))];
    yew::Renderer::<DocList>::with_root_and_props(root.clone(), DocListProps { docs, start: 1 })
        .render();
    yew::scheduler::flush().await;
    let link = root
        .query_selector("a.doc-title")
        .expect("selector")
        .expect("a row");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("#/doc/e6fc0708bbf2")
    );
    assert_eq!(texts(&root, ".doc-meta time"), ["2022-01-29"]);
    assert_eq!(texts(&root, ".source"), ["新浪财经"]);
}

#[wasm_bindgen_test]
async fn doc_view_marks_the_query_terms_as_elements() {
    let root = mount_point();
    let doc = document(None, "庄荣文指出，要<b>加强</b>网信工作。\n\n第二段没有。");
    let query = AttrValue::from("庄荣文 <b>");
    yew::Renderer::<DocView>::with_root_and_props(root.clone(), doc_view_props(doc, query))
        .render();
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, ".doc-text mark.hit"), ["庄荣文", "<b>"]);
    assert!(root
        .query_selector(".doc-text b")
        .expect("selector")
        .is_none());
    assert_eq!(
        texts(&root, ".doc-text p")[0],
        "庄荣文指出，要<b>加强</b>网信工作。"
    );
}

#[wasm_bindgen_test]
async fn doc_view_marks_a_note_across_a_query_match_and_paragraph_offsets() {
    let root = mount_point();
    let text = "第一段。\n\n庄荣文指出，要加强网信工作。";
    let doc = document(None, text);
    let start = text.find("指出").expect("in the text");
    let end = text.find("网信").expect("in the text") + "网信".len();
    let props = DocViewProps {
        highlights: vec![Highlight {
            range: start..end,
            note: "n1".into(),
            comment: "待核对".into(),
        }],
        ..doc_view_props(doc, AttrValue::from("加强"))
    };
    yew::Renderer::<DocView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(
        texts(&root, ".doc-text mark.note-mark[data-note=n1]").concat(),
        "指出，要加强网信"
    );
    assert_eq!(texts(&root, ".doc-text mark.note-mark mark.hit"), ["加强"]);
    let at: Vec<String> = texts(&root, ".doc-text p")
        .iter()
        .enumerate()
        .filter_map(|(n, _)| {
            let nodes = root.query_selector_all(".doc-text p").ok()?;
            nodes
                .item(n as u32)?
                .dyn_into::<Element>()
                .ok()?
                .get_attribute("data-at")
        })
        .collect();
    assert_eq!(
        at,
        ["0", &text.find("庄").expect("in the text").to_string()]
    );
}

#[wasm_bindgen_test]
async fn a_long_text_arrives_in_chunks_and_is_whole_in_the_end() {
    let root = mount_point();
    let text: Vec<String> = (0..450).map(|n| format!("第{n}段，网信办。")).collect();
    let doc = document(None, &text.join("\n\n"));
    let query = AttrValue::from("网信办");
    yew::Renderer::<DocView>::with_root_and_props(root.clone(), doc_view_props(doc, query))
        .render();
    yew::scheduler::flush().await;
    let first = texts(&root, ".doc-text p").len();
    assert!(first < 450, "the first screen holds one chunk, not {first}");
    // Each further chunk comes in a task of its own.
    for _ in 0..20 {
        if texts(&root, ".doc-text p").len() == 450 {
            break;
        }
        gloo::timers::future::TimeoutFuture::new(0).await;
        yew::scheduler::flush().await;
    }
    let all = texts(&root, ".doc-text p");
    assert_eq!(all.len(), 450);
    assert_eq!(
        (all[0].as_str(), all[449].as_str()),
        ("第0段，网信办。", "第449段，网信办。")
    );
    assert_eq!(texts(&root, ".doc-text mark.hit").len(), 450);
    // The match count is read again once the whole text is in.
    gloo::timers::future::TimeoutFuture::new(0).await;
    yew::scheduler::flush().await;
    let marks = texts(&root, "mark.hit").len();
    let count = texts(&root, ".match-count");
    assert!(
        marks >= 450 && count[0].starts_with(&marks.to_string()),
        "{count:?}"
    );
}

#[wasm_bindgen_test]
async fn doc_view_shows_images_as_placeholders_in_place_and_never_loads_them() {
    use gazette_core::model::ImageRef;
    let root = mount_point();
    let mut doc = document(None, "第一段。\n\n甲\n\n乙\n\n末段。");
    doc.layout = "pllp".into();
    let image = |at: usize, url: &str, alt: &str| ImageRef {
        at,
        url: url.into(),
        alt: alt.into(),
    };
    doc.images = vec![
        image(1, "https://img.example/1.png", "图1 流程"),
        image(2, "javascript:alert(1)", ""),
        image(9, "http://img.example/end.png", ""),
    ];
    yew::Renderer::<DocView>::with_root_and_props(
        root.clone(),
        doc_view_props(doc, AttrValue::default()),
    )
    .render();
    yew::scheduler::flush().await;
    assert!(root.query_selector("img").expect("selector").is_none());
    let order: Vec<String> = {
        let children = root
            .query_selector_all(".doc-text > .doc-chunk > *")
            .expect("selector");
        (0..children.length())
            .filter_map(|i| children.item(i))
            .map(|c| c.node_name().to_lowercase())
            .collect()
    };
    // The image inside the list splits it: p, figure, ul, figure, ul, p, figure.
    assert_eq!(order, ["p", "figure", "ul", "figure", "ul", "p", "figure"]);
    assert_eq!(
        texts(&root, ".image-ref-url"),
        [
            "https://img.example/1.png",
            "javascript:alert(1)",
            "http://img.example/end.png"
        ]
    );
    assert_eq!(texts(&root, ".image-ref-alt"), ["图1 流程"]);
    let links = root
        .query_selector_all("a.image-ref-url")
        .expect("selector");
    assert_eq!(links.length(), 2, "only http(s) addresses are links");
    for i in 0..links.length() {
        let link: Element = wasm_bindgen::JsCast::unchecked_into(links.item(i).expect("a link"));
        assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
        assert_eq!(
            link.get_attribute("rel").as_deref(),
            Some("noopener noreferrer")
        );
    }
}

mod comparison {
    use super::{mount_point, texts};
    use gazette_app::components::compare_table::{CompareTable, CompareTableProps, Rows};
    use gazette_app::components::related_list::{RelatedItem, RelatedList, RelatedListProps};
    use gazette_core::compare::{MarkKind, RowKind, Span};
    use gazette_core::view::compare::{Cell, Row};
    use std::rc::Rc;
    use wasm_bindgen_test::*;

    fn cell(pieces: &[(&str, Option<MarkKind>)]) -> Option<Cell> {
        Some(Cell {
            pieces: pieces.iter().map(|(t, m)| (t.to_string(), *m)).collect(),
            span: Span { start: 0, end: 4 },
            moved_to: None,
        })
    }

    #[wasm_bindgen_test]
    async fn compare_table_lines_up_rows_with_gaps_and_marks_changes_as_elements() {
        let root = mount_point();
        let rows = vec![
            Row {
                kind: RowKind::Same,
                tag: None,
                a: cell(&[("相同段落", None)]),
                b: cell(&[("相同段落", None)]),
            },
            Row {
                kind: RowKind::Changed,
                tag: None,
                a: cell(&[
                    ("工信部", None),
                    ("将", Some(MarkKind::Changed)),
                    ("开展", None),
                ]),
                b: cell(&[
                    ("工信部", None),
                    ("已", Some(MarkKind::Changed)),
                    ("开展<b>", None),
                ]),
            },
            Row {
                kind: RowKind::OnlyB,
                tag: None,
                a: None,
                b: cell(&[("新增", None), ("别处也有", Some(MarkKind::Shared))]),
            },
        ];
        yew::Renderer::<CompareTable>::with_root_and_props(
            root.clone(),
            CompareTableProps {
                rows: Rows(Rc::new(rows)),
                current: Some(1),
                sync: true,
                labels: ["A · 甲".into(), "B · 乙".into()],
            },
        )
        .render();
        yew::scheduler::flush().await;
        assert_eq!(texts(&root, ".pane-a > .crow").len(), 3);
        assert_eq!(texts(&root, ".pane-b > .crow").len(), 3);
        assert_eq!(texts(&root, ".pane-a del.chg"), ["将"]);
        assert_eq!(texts(&root, ".pane-b ins.chg"), ["已"]);
        assert_eq!(texts(&root, ".pane-b mark.shared"), ["别处也有"]);
        assert_eq!(texts(&root, ".pane-a > .crow.gap .gap-label"), ["A 无此段"]);
        assert_eq!(
            texts(&root, ".crow.current").len(),
            2,
            "the current row on both sides"
        );
        assert!(
            root.query_selector(".pane-b b").ok().flatten().is_none(),
            "text stays text"
        );
    }

    #[wasm_bindgen_test]
    async fn related_list_shows_reasons_and_compare_links() {
        let root = mount_point();
        let items = vec![RelatedItem {
            id: "8849fe3ad291".into(),
            title: "聚精会神办企业".into(),
            date: "2022-02-10".into(),
            source: "网信中国".into(),
            score: 0.42,
            reasons: vec![
                "7 段相同文字（占本文 19%，占对方 8%）".into(),
                "标题相同".into(),
            ],
            href: "#/doc/8849fe3ad291".into(),
            compare_href: "#/compare/e6fc0708bbf2/8849fe3ad291".into(),
        }];
        yew::Renderer::<RelatedList>::with_root_and_props(
            root.clone(),
            RelatedListProps {
                items,
                cluster: None,
                compare_any_href: "#/compare/e6fc0708bbf2".into(),
            },
        )
        .render();
        yew::scheduler::flush().await;
        assert_eq!(texts(&root, ".related-title"), ["聚精会神办企业"]);
        assert_eq!(texts(&root, ".reason").len(), 2);
        assert_eq!(texts(&root, ".score-value"), ["42"]);
        let link = root
            .query_selector(".compare-link")
            .ok()
            .flatten()
            .and_then(|a| a.get_attribute("href"));
        assert_eq!(link.as_deref(), Some("#/compare/e6fc0708bbf2/8849fe3ad291"));
    }
}
