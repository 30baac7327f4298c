use super::*;
use crate::facets::{Facet, Filters};
use crate::model::{Corpus, Document};
use crate::pack;
use crate::related::{compute, Tuning};

const NOTICE: &str = "为规范生成式人工智能服务，国家网信办等七部门联合公布办法。\n\n办法自二〇二三年八月十五日起施行，鼓励生成式人工智能技术在各行业、各领域的创新应用。\n\n有关负责人表示，出台办法旨在促进生成式人工智能健康发展和规范应用。";

const RULES: &str = "数据出境安全评估办法\n第一条 为了规范数据出境活动，制定本办法。\n第二条 数据处理者向境外提供数据，适用本办法。\n第三条 网信办负责数据出境安全评估工作。";

fn doc(id: &str, date: &str, source: &str, title: &str, text: &str) -> Document {
    Document {
        id: id.into(),
        path: format!("{id}.md"),
        title: title.into(),
        date: date.into(),
        source: source.into(),
        text: text.into(),
        ..Document::default()
    }
}

/// A notice and its repost, a normative text, and 23 short items of which
/// every other one names 网信办.
fn corpus() -> Corpus {
    let mut docs = vec![
        doc(
            "a",
            "2023-07-13",
            "中国网信网",
            "七部门公布生成式人工智能服务管理暂行办法",
            NOTICE,
        ),
        doc(
            "b",
            "2023-07-14",
            "安全内参",
            "关注 | 七部门公布生成式人工智能服务管理暂行办法",
            &format!("点击关注我们\n\n{NOTICE}"),
        ),
        doc(
            "r",
            "2022-07-07",
            "中国网信网",
            "数据出境安全评估办法",
            RULES,
        ),
    ];
    for n in 0..23 {
        let subject = if n % 2 == 0 { "网信办" } else { "工信部" };
        docs.push(doc(
            &format!("n{n:02}"),
            &format!("2023-{:02}-{:02}", 1 + n % 6, 1 + n),
            if n % 3 == 0 { "新华社" } else { "人民网" },
            &format!("{subject}第{n}次通报"),
            &format!("{subject}通报第{n}批违规应用程序，要求限期整改。"),
        ));
    }
    docs.sort_by(|x, y| y.date.cmp(&x.date).then(x.id.cmp(&y.id)));
    let relations = compute(&docs, &Tuning::default());
    Corpus {
        schema_version: crate::model::SCHEMA_VERSION,
        title: String::new(),
        description: String::new(),
        docs,
        relations: Some(relations),
    }
}

struct Screen {
    searched: Searched,
    narrowed: Narrowed,
    listing: Listing,
    summary: Summary,
    rows: Vec<Row>,
    ids: Vec<String>,
}

fn screen(view: &ListView) -> Screen {
    let corpus = corpus();
    let bytes = pack::encode(&corpus);
    let library = Library::open(&bytes).expect("opens");
    let index = FacetIndex::build(library.docs());
    let searched = Searched::run(&library, &view.query, view.sort);
    let narrowed = searched.narrow(&index, &view.filters);
    let listing = Listing::of(&library, &searched, &narrowed, view.collapse);
    let summary = Summary::of(view, &searched, &narrowed, &listing, true);
    let rows = rows(&library, &searched, &listing, listing.page_range(view.page));
    let ids = rows
        .iter()
        .map(|r| library.docs()[r.doc].id.clone())
        .collect();
    Screen {
        searched,
        narrowed,
        listing,
        summary,
        rows,
        ids,
    }
}

fn view(query: &str) -> ListView {
    ListView::new(query)
}

#[test]
fn every_document_is_listed_a_page_at_a_time() {
    let first = screen(&view(""));
    assert_eq!(first.summary.heading, Heading::All(26));
    assert_eq!(first.listing.pages(), 2);
    assert_eq!(first.rows.len(), PAGE_SIZE);
    assert!(first
        .rows
        .iter()
        .all(|r| r.snippets.is_empty() && r.title_marks.is_empty()));
    let second = screen(&ListView {
        page: 2,
        ..view("")
    });
    assert_eq!(second.rows.len(), 26 - PAGE_SIZE);
    // A page past the end shows the last one.
    let past = screen(&ListView {
        page: 9,
        ..view("")
    });
    assert_eq!(past.ids, second.ids);
    assert_eq!(past.listing.page(9), 2);
}

#[test]
fn a_search_lists_its_hits_with_marks_and_passages() {
    let found = screen(&view("网信办"));
    // 12 short items, the notice and its repost, the rules.
    assert_eq!(found.summary.heading, Heading::Found(15));
    assert_eq!(found.listing.rows.len(), 15);
    assert!(found
        .rows
        .iter()
        .all(|r| r.score > 0.0 && !r.snippets.is_empty()));
    let item = found
        .rows
        .iter()
        .zip(&found.ids)
        .find_map(|(row, id)| id.starts_with('n').then_some(row))
        .expect("an item");
    assert_eq!(item.title_marks, vec![0.."网信办".len()]);
    assert!(item.snippets[0].text.contains("网信办"));
    assert_eq!(found.searched.results.total(), 15);
}

#[test]
fn a_passage_of_a_normative_text_names_its_article() {
    let found = screen(&view("数据出境安全评估工作"));
    assert_eq!(found.ids, ["r"]);
    assert_eq!(found.rows[0].snippet_articles, [Some(3)]);
    // Other texts have no articles to name.
    let found = screen(&view("违规应用程序"));
    assert!(found.rows.iter().all(|r| r.snippet_articles.is_empty()));
}

#[test]
fn collapsing_folds_a_repost_into_its_announcement() {
    let apart = screen(&view("生成式人工智能"));
    assert_eq!(apart.ids.len(), 2);
    let collapsed = screen(&ListView {
        collapse: true,
        ..view("生成式人工智能")
    });
    assert_eq!(collapsed.rows.len(), 1);
    assert_eq!(collapsed.rows[0].folded, 1);
    assert_eq!((collapsed.summary.total, collapsed.summary.rows), (2, 1));
}

#[test]
fn filters_narrow_and_are_counted() {
    let mut filters = Filters::default();
    filters.select(Facet::Source, "新华社");
    let narrowed = screen(&ListView {
        filters,
        ..view("")
    });
    assert_eq!(narrowed.summary.heading, Heading::Filtered(8));
    assert_eq!(narrowed.summary.active_filters, 1);
    assert!(narrowed.rows.iter().all(|r| r.score == 0.0));
    assert_eq!(narrowed.narrowed.docs.len(), 8);
}

#[test]
fn an_empty_list_says_why() {
    let none = screen(&view("量子引力"));
    assert_eq!(none.summary.empty, Some(Empty::NothingMatches));
    let mut filters = Filters::default();
    filters.select(Facet::Source, "安全内参");
    let filtered = screen(&ListView {
        filters: filters.clone(),
        ..view("工信部")
    });
    assert_eq!(
        filtered.summary.empty,
        Some(Empty::FilteredOut(vec![(
            Dimension::Facet(Facet::Source),
            11
        )]))
    );
    // A value no document has is ignored: it has no chip.
    filters.select(Facet::Source, "不存在的来源");
    let stale = screen(&ListView {
        filters,
        ..view("")
    });
    assert!(stale
        .summary
        .in_effect
        .is_selected(Facet::Source, "安全内参"));
    assert!(!stale
        .summary
        .in_effect
        .is_selected(Facet::Source, "不存在的来源"));
}

#[test]
fn a_search_before_the_index_waits() {
    let corpus = corpus();
    let bytes = pack::encode(&corpus);
    let library = Library::open(&bytes).expect("opens");
    let index = FacetIndex::build(library.docs());
    let view = view("网信办");
    let searched = Searched::run(&library, &view.query, view.sort);
    let narrowed = searched.narrow(&index, &view.filters);
    let listing = Listing::of(&library, &searched, &narrowed, false);
    let summary = Summary::of(&view, &searched, &narrowed, &listing, false);
    assert_eq!(summary.heading, Heading::Waiting);
    assert!(summary.waiting && summary.empty.is_none());
    // The list of every document does not wait.
    let all = Searched::run(&library, "", Sort::Relevance);
    let summary = Summary::of(&ListView::new(""), &all, &narrowed, &listing, false);
    assert!(!summary.waiting);
}
