use super::*;
use crate::model::Corpus;
use crate::pack;

fn doc(id: &str, text: &str) -> Document {
    Document {
        id: id.into(),
        title: format!("标题{id}"),
        date: "2024-01-01".into(),
        source: "来源".into(),
        text: text.into(),
        ..Document::default()
    }
}

fn view(by_article: bool) -> CompareView {
    CompareView {
        a: "a".into(),
        b: "b".into(),
        by_article,
        ..CompareView::default()
    }
}

const FIRST: &str = "第一段讲的是网络安全审查办法的总体要求和适用范围。\n\n第二段讲的是关键信息基础设施运营者采购网络产品的义务。\n\n第三段讲的是审查工作机制由国家网信办牵头负责落实。";
const MOVED: &str = "第三段讲的是审查工作机制由国家网信办牵头负责落实。\n\n第一段讲的是网络安全审查办法的总体要求和适用范围。\n\n第二段讲的是关键信息基础设施运营者采购网络产品的义务。";

const DRAFT: &str = "第一条 为了规范数据处理活动，制定本规定。\n第二条 本规定适用于境内的数据处理活动。\n第三条 国家网信部门负责统筹协调。\n第四条 违反本规定的，依法处理。";
const FINAL: &str = "第一条 为了规范数据处理活动，保护个人权益，制定本规定。\n第二条 本规定适用于境内的数据处理活动。\n第三条 国家网信部门负责统筹协调。\n第四条 违反本规定的，依法处理。\n第五条 本规定自公布之日起施行。";

#[test]
fn a_moved_paragraph_says_where_it_is_on_the_other_side() {
    let screen = CompareScreen::of(
        &view(false),
        &doc("a", FIRST),
        &doc("b", MOVED),
        &Boilerplate::default(),
        false,
    );
    assert!(screen.articles().is_none());
    type Notes = (Option<(Side, usize)>, Option<(Side, usize)>);
    let moved: Vec<Notes> = screen
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Moved)
        .map(|r| {
            (
                r.a.as_ref().and_then(|c| c.moved_to),
                r.b.as_ref().and_then(|c| c.moved_to),
            )
        })
        .collect();
    // A's third paragraph is B's first; or A's first two are B's second and third.
    assert!(!moved.is_empty(), "{:?}", screen.rows);
    for (to_b, to_a) in &moved {
        let ((Side::B, in_b), (Side::A, in_a)) =
            (to_b.expect("note on A"), to_a.expect("note on B"))
        else {
            panic!("notes point across: {moved:?}");
        };
        assert!(
            matches!((in_a, in_b), (3, 1) | (1, 2) | (2, 3)),
            "{moved:?}"
        );
    }
    assert_eq!(
        screen.differences.len(),
        screen
            .rows
            .iter()
            .filter(|r| r.kind != RowKind::Same)
            .count()
    );
}

#[test]
fn two_versions_are_compared_article_by_article_when_asked() {
    let (a, b) = (doc("a", DRAFT), doc("b", FINAL));
    assert!(both_have_articles(&a, &b));
    let all = CompareScreen::of(&view(true), &a, &b, &Boilerplate::default(), false);
    let tags: Vec<Option<(&str, ArticleChange)>> = all
        .rows
        .iter()
        .map(|r| r.tag.as_ref().map(|t| (t.numbers.as_str(), t.change)))
        .collect();
    assert_eq!(
        tags,
        [
            Some(("第一条", ArticleChange::Changed)),
            None,
            None,
            None,
            Some(("— → 第五条", ArticleChange::Added)),
        ]
    );
    assert_eq!(all.differences, [0, 4]);
    assert_eq!(all.hidden_same, 0);
    // Only the changes: the unchanged three are left out and counted.
    let changes = CompareScreen::of(&view(true), &a, &b, &Boilerplate::default(), true);
    assert_eq!(changes.rows.len(), 2);
    assert_eq!(
        (changes.differences.clone(), changes.hidden_same),
        (vec![0, 1], 3)
    );
    // The inserted characters are marked on B.
    let inserted: String = changes.rows[0]
        .b
        .as_ref()
        .expect("B's article")
        .pieces
        .iter()
        .filter(|(_, mark)| *mark == Some(MarkKind::Changed))
        .map(|(text, _)| text.as_str())
        .collect();
    // Punctuation is not compared unless strict.
    assert_eq!(inserted, "保护个人权益");
    assert!(changes.export(&a, &b, true).contains("第五条"));
}

#[test]
fn texts_without_articles_are_compared_by_paragraph_even_when_asked() {
    let (a, b) = (doc("a", FIRST), doc("b", DRAFT));
    assert!(!both_have_articles(&a, &b));
    let screen = CompareScreen::of(&view(true), &a, &b, &Boilerplate::default(), true);
    assert!(screen.articles().is_none());
    assert!(screen.export(&a, &b, false).starts_with("<!DOCTYPE html>"));
}

#[test]
fn a_picker_offers_a_query_s_best_results() {
    let mut docs: Vec<Document> = (0..12)
        .map(|n| doc(&format!("d{n}"), &format!("网信办通报第{n}批应用")))
        .collect();
    docs.push(doc("x", "其他内容"));
    let corpus = Corpus {
        schema_version: crate::model::SCHEMA_VERSION,
        title: String::new(),
        description: String::new(),
        docs,
        relations: None,
    };
    let bytes = pack::encode(&corpus);
    let library = Library::open(&bytes).expect("opens");
    assert_eq!(picks(&library, "网信办", None).len(), PICKS);
    assert_eq!(picks(&library, "其他", None), [12]);
    assert!(picks(&library, " ", None).is_empty());
    assert!(
        picks(&library, "", Some(0)).is_empty(),
        "no relations: nothing to suggest"
    );
}
