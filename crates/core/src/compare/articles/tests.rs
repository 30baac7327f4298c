use super::*;

const DRAFT: &str = "某某管理办法（征求意见稿）\n\
第一条【立法目的】为了规范数据处理活动，制定本办法。\n\
第二条【适用范围】在境内开展数据处理活动，适用本办法。\n\
第三条 网信部门负责统筹协调。\n\
第四条 数据处理者应当建立制度。\n\
第五条 违反本办法第四条规定的，责令改正。\n\
第六条 本办法自发布之日起施行。\n";

const FINAL: &str = "某某管理办法\n\
第一条【目的】为了规范数据处理活动，制定本办法。\n\
第二条【适用范围】在中华人民共和国境内开展数据处理活动，适用本办法。\n\
第三条 数据处理者应当建立制度。\n\
第四条 违反本办法第三条规定的，责令改正。\n\
第五条 国家鼓励数据依法有序流动。\n\
第六条 网信部门负责统筹协调。\n\
第七条 本办法自2025年1月1日起施行。\n";

fn changes(c: &ArticleComparison) -> Vec<(Option<u32>, Option<u32>, ArticleChange)> {
    c.rows
        .iter()
        .map(|r| {
            (
                r.a.as_ref().map(|s| s.number),
                r.b.as_ref().map(|s| s.number),
                r.change,
            )
        })
        .collect()
}

fn text_of(text: &str, span: Span) -> String {
    text.chars()
        .skip(span.start as usize)
        .take((span.end - span.start) as usize)
        .collect()
}

#[test]
fn articles_are_aligned_across_renumbering_moves_and_additions() {
    let options = ArticleOptions {
        ignore_headings: true,
        ignore_numbering: true,
        ..ArticleOptions::default()
    };
    let Some(c) = compare_articles(DRAFT, FINAL, options) else {
        panic!("both texts have articles");
    };
    use ArticleChange::*;
    assert_eq!(
        changes(&c),
        [
            (Some(1), Some(1), Same),
            (Some(2), Some(2), Changed),
            (Some(4), Some(3), Same),
            (Some(5), Some(4), Same),
            (None, Some(5), Added),
            (Some(3), Some(6), Moved),
            (Some(6), Some(7), Changed),
        ]
    );
    let changed = &c.rows[1];
    let inserted: Vec<String> = changed
        .inserted
        .iter()
        .map(|&s| text_of(FINAL, s))
        .collect();
    assert_eq!(inserted, ["中华人民共和国"]);
    assert!(changed.deleted.is_empty());
    assert_eq!(
        changed.b.as_ref().and_then(|s| s.gist.clone()).as_deref(),
        Some("适用范围")
    );
    let whole = text_of(
        FINAL,
        c.rows[2]
            .b
            .as_ref()
            .map(|s| s.span)
            .unwrap_or(Span { start: 0, end: 0 }),
    );
    assert_eq!(whole, "第三条 数据处理者应当建立制度。");
    assert_eq!(c.count(Same), 3);
    assert_eq!(c.differences(), [1, 4, 5, 6]);
}

#[test]
fn headings_and_numbering_count_unless_ignored() {
    let Some(c) = compare_articles(DRAFT, FINAL, ArticleOptions::default()) else {
        panic!("both texts have articles");
    };
    use ArticleChange::*;
    let kinds: Vec<ArticleChange> = c.rows.iter().map(|r| r.change).collect();
    // 【立法目的】 → 【目的】 is a change; 第四条 → 第三条 alone is a renumbering;
    // the cross-reference 第四条 → 第三条 inside article 5 is an edit.
    assert_eq!(
        kinds,
        [Changed, Changed, Renumbered, Changed, Added, Moved, Changed]
    );
    let deleted: Vec<String> = c.rows[0]
        .deleted
        .iter()
        .map(|&s| text_of(DRAFT, s))
        .collect();
    assert_eq!(deleted, ["立法"]);
    let reference: Vec<String> = c.rows[3]
        .deleted
        .iter()
        .map(|&s| text_of(DRAFT, s))
        .collect();
    assert_eq!(reference, ["四"]);
}

#[test]
fn a_deleted_article_stands_after_the_one_before_it() {
    let shorter = "第一条 为了规范数据处理活动，制定本办法。\n第二条 网信部门负责统筹协调。\n第三条 本办法自发布之日起施行。\n";
    let longer = "第一条 为了规范数据处理活动，制定本办法。\n第二条 网信部门负责统筹协调。\n第三条 国家建立数据分类分级保护制度。\n第四条 本办法自发布之日起施行。\n";
    let Some(c) = compare_articles(longer, shorter, ArticleOptions::default()) else {
        panic!("both texts have articles");
    };
    use ArticleChange::*;
    assert_eq!(
        changes(&c),
        [
            (Some(1), Some(1), Same),
            (Some(2), Some(2), Same),
            (Some(3), None, Deleted),
            (Some(4), Some(3), Renumbered),
        ]
    );
}

#[test]
fn texts_without_enough_articles_are_not_compared_by_article() {
    assert!(compare_articles("网信办召开会议。", FINAL, ArticleOptions::default()).is_none());
    assert!(compare_articles(FINAL, "第一条 只有一条。\n", ArticleOptions::default()).is_none());
}

#[test]
fn an_attachment_is_compared_not_the_notice_around_it() {
    let notice = format!(
        "关于印发《某某管理办法》的通知\n各单位：现印发给你们。\n附件：某某管理办法\n{}",
        &FINAL[FINAL.find('\n').map_or(0, |n| n + 1)..]
    );
    let Some(c) = compare_articles(FINAL, &notice, ArticleOptions::default()) else {
        panic!("both texts have articles");
    };
    assert!(
        c.rows.iter().all(|r| r.change == ArticleChange::Same),
        "{:?}",
        changes(&c)
    );
    let first = c.rows[0].b.as_ref().map(|s| text_of(&notice, s.span));
    assert_eq!(
        first.as_deref(),
        Some("第一条【目的】为了规范数据处理活动，制定本办法。")
    );
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_pair_of_texts_compares_without_panicking(
            a in "(第[一二三四五六七八九十]{1,2}条[【】一二三四是的数据 \n]{0,12}){0,8}",
            b in "(第[一二三四五六七八九十]{1,2}条[【】一二三四是的数据 \n]{0,12}){0,8}",
        ) {
            if let Some(c) = compare_articles(&a, &b, ArticleOptions { ignore_headings: true, ignore_numbering: true, strict: false }) {
                let len_a = a.chars().count() as u32;
                let len_b = b.chars().count() as u32;
                for row in &c.rows {
                    prop_assert!(row.a.is_some() || row.b.is_some());
                    for s in row.deleted.iter() { prop_assert!(s.start <= s.end && s.end <= len_a); }
                    for s in row.inserted.iter() { prop_assert!(s.start <= s.end && s.end <= len_b); }
                }
            }
        }
    }
}
