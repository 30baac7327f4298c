//! An article comparison written out for people: the changes article by
//! article (`第二十五条 → 第二十四条 · 修改`), each with both texts marked, as
//! Markdown (`~~deleted~~`, `**inserted**`) or a standalone HTML page.

use super::{ArticleChange, ArticleComparison, ArticleRow, ArticleSide};
use crate::compare::export::{escape_html, pieces};
use crate::compare::{Mark, MarkKind, Span};
use crate::instrument::structure::article_label;
use crate::model::Document;
use crate::words::{Lang, Texts};

/// The exports' words: the documents are Chinese, so are their labels.
const WORDS: Texts = Texts(Lang::Zh);

/// `第二十五条 → 第二十四条`, `第十条`, `— → 第十条`.
pub fn numbers_label(row: &ArticleRow) -> String {
    let label = |side: Option<&ArticleSide>| {
        side.map_or_else(|| "—".to_owned(), |s| article_label(s.number))
    };
    match (&row.a, &row.b) {
        (Some(x), Some(y)) if x.number == y.number => label(row.a.as_ref()),
        (a, b) => format!("{} → {}", label(a.as_ref()), label(b.as_ref())),
    }
}

/// The marks of one side of a row, for [`pieces`].
pub fn marks(spans: &[Span]) -> Vec<Mark> {
    spans
        .iter()
        .map(|&span| Mark {
            kind: MarkKind::Changed,
            span,
        })
        .collect()
}

fn summary(c: &ArticleComparison) -> String {
    ArticleChange::ALL
        .iter()
        .map(|&change| format!("{} {}", WORDS.article_change(change), c.count(change)))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn side_text(
    chars: &[char],
    side: &ArticleSide,
    spans: &[Span],
    wrap: impl Fn(&str, bool) -> String,
) -> String {
    pieces(chars, side.span, &marks(spans))
        .into_iter()
        .map(|(text, mark)| wrap(&text, mark.is_some()))
        .collect()
}

/// The changes as Markdown (articles that did not change are counted, not listed).
pub fn markdown(c: &ArticleComparison, a: &Document, b: &Document) -> String {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.text.chars().collect(), b.text.chars().collect());
    let mut out = String::from("# 逐条对照 Article by article\n\n");
    for (letter, doc) in [('A', a), ('B', b)] {
        out.push_str(&format!(
            "- {letter}: {} · {} · {} · id {}\n",
            doc.title, doc.date, doc.source, doc.id
        ));
    }
    out.push_str(&format!(
        "\n{}\n\nLegend: ~~deleted~~ (A only), **inserted** (B only)\n",
        summary(c)
    ));
    for row in c.rows.iter().filter(|r| r.change != ArticleChange::Same) {
        out.push_str(&format!(
            "\n## {} · {}\n",
            numbers_label(row),
            WORDS.article_change(row.change)
        ));
        if let Some(side) = &row.a {
            let text = side_text(&ca, side, &row.deleted, |t, marked| match marked {
                true => format!("~~{t}~~"),
                false => t.to_owned(),
            });
            out.push_str(&format!("\n> A: {}\n", text.replace('\n', " ")));
        }
        if let Some(side) = &row.b {
            let text = side_text(&cb, side, &row.inserted, |t, marked| match marked {
                true => format!("**{t}**"),
                false => t.to_owned(),
            });
            out.push_str(&format!("\n> B: {}\n", text.replace('\n', " ")));
        }
    }
    out
}

/// The changes as a standalone HTML page (every article, unchanged ones too).
pub fn html(c: &ArticleComparison, a: &Document, b: &Document) -> String {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.text.chars().collect(), b.text.chars().collect());
    let cell = |chars: &[char], side: Option<&ArticleSide>, spans: &[Span], tag: &str| match side {
        None => "<td class=\"gap\"></td>".to_owned(),
        Some(side) => format!(
            "<td>{}</td>",
            side_text(chars, side, spans, |t, marked| match marked {
                true => format!("<{tag}>{}</{tag}>", escape_html(t)),
                false => escape_html(t),
            })
        ),
    };
    let rows: String = c
        .rows
        .iter()
        .map(|row| {
            format!(
                "<tr class=\"{}\"><td class=\"kind\">{}<br>{}</td>{}{}</tr>\n",
                row.change.name(),
                escape_html(&numbers_label(row)),
                WORDS.article_change(row.change),
                cell(&ca, row.a.as_ref(), &row.deleted, "del"),
                cell(&cb, row.b.as_ref(), &row.inserted, "ins"),
            )
        })
        .collect();
    let head = |doc: &Document, letter: char| {
        format!(
            "<th>{letter}: {}<br><small>{} · {} · id {}</small></th>",
            escape_html(&doc.title),
            escape_html(&doc.date),
            escape_html(&doc.source),
            escape_html(&doc.id)
        )
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>逐条对照：{title}</title>\n<style>\
body{{font-family:\"PingFang SC\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:1rem}}\
table{{border-collapse:collapse;width:100%}}td,th{{border:1px solid #ddd;padding:.4rem;vertical-align:top;text-align:left;white-space:pre-line}}\
td.kind,small{{white-space:nowrap;color:#666;font-size:.85em}}td.gap{{background:repeating-linear-gradient(45deg,#f4f4f4 0 6px,#fff 6px 12px)}}\
del{{background:#fdd;color:#900;text-decoration:none;border-bottom:2px dotted #c53030}}ins{{background:#dfd;color:#060;text-decoration:none;border-bottom:2px solid #38a169}}\
tr.same td{{color:#666}}\
</style></head><body>\n<h1>逐条对照</h1>\n<p>{summary}。图例：<del>删去</del> <ins>新增</ins>。</p>\n\
<table><thead><tr><th></th>{head_a}{head_b}</tr></thead><tbody>\n{rows}</tbody></table>\n</body></html>\n",
        title = escape_html(&a.title),
        summary = summary(c),
        head_a = head(a, 'A'),
        head_b = head(b, 'B'),
    )
}
