//! A comparison written out for people: Markdown (rows as quoted pairs,
//! `~~deleted~~`, `**inserted**`, `==shared==`) or a standalone HTML page
//! (two columns, `<del>`, `<ins>`, `<mark>`), each with the titles, dates,
//! sources and ids of both documents and the character offsets of every row.

use super::{Comparison, Mark, MarkKind, Row, Span};
use crate::model::Document;
use crate::words::{Lang, Texts};

/// The exports' words: the documents are Chinese, so are their labels.
const WORDS: Texts = Texts(Lang::Zh);

/// Parts of a paragraph: `(text, mark)` in order.
pub fn pieces(chars: &[char], span: Span, marks: &[Mark]) -> Vec<(String, Option<MarkKind>)> {
    let slice = |from: u32, to: u32| -> String {
        let (from, to) = (from as usize, (to as usize).min(chars.len()));
        chars
            .get(from..to.max(from))
            .map(|c| c.iter().collect())
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    let mut at = span.start;
    for mark in marks {
        let start = mark.span.start.max(at).min(span.end);
        let end = mark.span.end.min(span.end);
        if start > at {
            out.push((slice(at, start), None));
        }
        if end > start {
            out.push((slice(start, end), Some(mark.kind)));
            at = end;
        }
    }
    if span.end > at {
        out.push((slice(at, span.end), None));
    }
    out
}

fn percent(x: f32) -> String {
    crate::related::types::percent(x)
}

fn header_lines(doc: &Document, letter: char) -> String {
    format!(
        "- {letter}: {} · {} · {} · id {}{}",
        doc.title,
        doc.date,
        doc.source,
        doc.id,
        doc.url
            .as_deref()
            .map(|u| format!(" · {u}"))
            .unwrap_or_default()
    )
}

fn span_label(span: Option<Span>) -> String {
    span.map_or_else(|| "—".to_owned(), |s| format!("{}–{}", s.start, s.end))
}

/// The comparison as Markdown.
pub fn markdown(c: &Comparison, a: &Document, b: &Document) -> String {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.text.chars().collect(), b.text.chars().collect());
    let mut out = String::from("# 对照 Comparison\n\n");
    out.push_str(&header_lines(a, 'A'));
    out.push('\n');
    out.push_str(&header_lines(b, 'B'));
    out.push_str(&format!(
        "\n\nA 见于 B：{}；B 见于 A：{}（offsets are characters of each text）\n\n",
        percent(c.similarity.a_in_b),
        percent(c.similarity.b_in_a)
    ));
    out.push_str("Legend: ~~deleted~~ (A only), **inserted** (B only), ==shared elsewhere==\n");
    for (n, row) in c.rows.iter().enumerate() {
        out.push_str(&format!(
            "\n## {} · {} · A {} · B {}\n",
            n + 1,
            row.kind.name(),
            span_label(row.a),
            span_label(row.b)
        ));
        for (letter, chars, span, marks) in [
            ('A', &ca, row.a, &row.a_marks),
            ('B', &cb, row.b, &row.b_marks),
        ] {
            let Some(span) = span else { continue };
            let text: String = pieces(chars, span, marks)
                .into_iter()
                .map(|(t, mark)| match mark {
                    None => t,
                    Some(MarkKind::Changed) if letter == 'A' => format!("~~{t}~~"),
                    Some(MarkKind::Changed) => format!("**{t}**"),
                    Some(MarkKind::Shared) => format!("=={t}=="),
                })
                .collect();
            out.push_str(&format!("\n> {letter}: {text}\n"));
        }
    }
    if !c.shared.is_empty() {
        out.push_str("\n## Shared passages\n\n");
        for s in &c.shared {
            let text: String = ca
                .get(s.a_start as usize..s.a_end as usize)
                .unwrap_or_default()
                .iter()
                .collect();
            out.push_str(&format!(
                "- A {}–{} = B {}–{}: {text}\n",
                s.a_start, s.a_end, s.b_start, s.b_end
            ));
        }
    }
    out
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn html_cell(chars: &[char], span: Option<Span>, marks: &[Mark], side: char) -> String {
    let Some(span) = span else {
        return "<td class=\"gap\"></td>".to_owned();
    };
    let body: String = pieces(chars, span, marks)
        .into_iter()
        .map(|(t, mark)| {
            let t = escape_html(&t);
            match mark {
                None => t,
                Some(MarkKind::Changed) if side == 'A' => format!("<del>{t}</del>"),
                Some(MarkKind::Changed) => format!("<ins>{t}</ins>"),
                Some(MarkKind::Shared) => format!("<mark>{t}</mark>"),
            }
        })
        .collect();
    format!(
        "<td data-start=\"{}\" data-end=\"{}\"><small>{}–{}</small> {body}</td>",
        span.start, span.end, span.start, span.end
    )
}

/// The comparison as a standalone HTML page.
pub fn html(c: &Comparison, a: &Document, b: &Document) -> String {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.text.chars().collect(), b.text.chars().collect());
    let head = |doc: &Document, letter: char| {
        format!(
            "<th>{letter}: {}<br><small>{} · {} · id {}</small></th>",
            escape_html(&doc.title),
            escape_html(&doc.date),
            escape_html(&doc.source),
            escape_html(&doc.id)
        )
    };
    let rows: String = c
        .rows
        .iter()
        .map(|row: &Row| {
            format!(
                "<tr class=\"{}\"><td class=\"kind\">{}</td>{}{}</tr>\n",
                row.kind.name(),
                WORDS.row_kind(row.kind),
                html_cell(&ca, row.a, &row.a_marks, 'A'),
                html_cell(&cb, row.b, &row.b_marks, 'B')
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>对照：{title}</title>\n<style>\
body{{font-family:\"PingFang SC\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:1rem}}\
table{{border-collapse:collapse;width:100%}}td,th{{border:1px solid #ddd;padding:.4rem;vertical-align:top;text-align:left}}\
td.kind,small{{white-space:nowrap;color:#666;font-size:.85em}}td.gap{{background:repeating-linear-gradient(45deg,#f4f4f4 0 6px,#fff 6px 12px)}}\
del{{background:#fdd;color:#900}}ins{{background:#dfd;color:#060;text-decoration:none}}mark{{background:#def}}\
tr.moved td{{border-left:3px solid #96c}}\
</style></head><body>\n<h1>对照</h1>\n<p>A 见于 B：{a_in_b}；B 见于 A：{b_in_a}。\
图例：<del>删去</del> <ins>新增</ins> <mark>别处相同</mark>。偏移量为各自正文的字符位置。</p>\n\
<table><thead><tr><th></th>{head_a}{head_b}</tr></thead><tbody>\n{rows}</tbody></table>\n</body></html>\n",
        title = escape_html(&a.title),
        a_in_b = percent(c.similarity.a_in_b),
        b_in_a = percent(c.similarity.b_in_a),
        head_a = head(a, 'A'),
        head_b = head(b, 'B'),
    )
}
