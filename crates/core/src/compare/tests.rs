use super::*;

fn texts(text: &str, spans: impl Iterator<Item = Span>) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    spans
        .map(|s| chars[s.start as usize..s.end as usize].iter().collect())
        .collect()
}

#[test]
fn a_shared_sentence_in_different_paragraphs_is_listed_and_marked() {
    let a = "新华社北京1月29日电，座谈会强调，在深化改革中提质增效，推动互联网企业健康发展。\n\n其他内容甲。";
    let b = "网信中国消息。\n\n会议由有关部门负责同志主持，多家企业代表先后发言，交流了各自的经验做法，会议指出要在深化改革中提质增效，推动互联网企业健康发展。";
    let c = compare(a, b, Options::default(), &Boilerplate::default());
    let shared = texts(
        a,
        c.shared.iter().map(|s| Span {
            start: s.a_start,
            end: s.a_end,
        }),
    );
    assert_eq!(shared.len(), 1);
    assert!(shared[0].contains("在深化改革中提质增效"), "{shared:?}");
    let marked: Vec<&Mark> = c
        .rows
        .iter()
        .flat_map(|r| &r.a_marks)
        .filter(|m| m.kind == MarkKind::Shared)
        .collect();
    assert!(!marked.is_empty());
    assert!(c.similarity.a_in_b > 0.3 && c.similarity.a_in_b < 1.0);
}

#[test]
fn offsets_are_characters_of_the_original_texts() {
    let a = "ＡＰＰ通报。\n\n第二段相同的内容在这里。";
    let b = "APP通报！\n\n第二段相同的内容在这里";
    let c = compare(a, b, Options::default(), &Boilerplate::default());
    assert!(c.rows.iter().all(|r| r.kind == RowKind::Same));
    assert_eq!(c.rows[1].a, Some(Span { start: 8, end: 20 }));
    assert_eq!(c.rows[1].b, Some(Span { start: 8, end: 19 }));
    let strict = compare(
        a,
        b,
        Options {
            ignore_punctuation: false,
            hide_boilerplate: false,
        },
        &Boilerplate::default(),
    );
    let kinds: Vec<RowKind> = strict.rows.iter().map(|r| r.kind).collect();
    assert_eq!(kinds, [RowKind::OnlyA, RowKind::OnlyB, RowKind::Changed]);
    assert_eq!(
        texts(a, strict.rows[2].a_marks.iter().map(|m| m.span)),
        ["。"]
    );
}

#[test]
fn boilerplate_can_be_hidden() {
    let slogan = "安全资讯每日发布欢迎关注";
    let boilerplate = Boilerplate::from_comparable([slogan]);
    let a = format!("{slogan}\n\n国家网信办发布通知。");
    let b = "国家网信办发布通知。";
    let shown = compare(&a, b, Options::default(), &boilerplate);
    assert_eq!(shown.rows[0].kind, RowKind::OnlyA);
    let hidden = compare(
        &a,
        b,
        Options {
            hide_boilerplate: true,
            ..Options::default()
        },
        &boilerplate,
    );
    assert_eq!(hidden.rows.len(), 1);
    assert_eq!(hidden.hidden, (1, 0));
    assert_eq!(hidden.similarity.a_in_b, 0.0, "shorter than a passage");
}

#[test]
fn exports_name_both_documents_and_mark_changes() {
    let doc = |id: &str, text: &str| crate::model::Document {
        id: id.into(),
        path: String::new(),
        duplicate_paths: vec![],
        title: format!("标题<{id}>"),
        date: "2024-01-01T00:00:00+08:00".into(),
        signature_date: None,
        source: "来源".into(),
        url: None,
        text: text.into(),
        agencies: vec![],
        issuers: vec![],
        origin: None,
        reporter: None,
        people: vec![],
        doc_refs: vec![],
        carries: None,
        kind: crate::model::Kind::News,
        flags: vec![],
        layout: String::new(),
        categories: vec![],
        tags: vec![],
        images: vec![],
    };
    let (a, b) = (
        doc("a1", "工信部将开展专项整治行动。"),
        doc("b2", "工信部已开展专项整治行动。"),
    );
    let c = compare(
        &a.text,
        &b.text,
        Options::default(),
        &Boilerplate::default(),
    );
    let md = export::markdown(&c, &a, &b);
    assert!(md.contains("- A: 标题<a1> · 2024-01-01T00:00:00+08:00 · 来源 · id a1"));
    assert!(md.contains("## 1 · changed · A 0–13 · B 0–13"));
    assert!(md.contains("> A: 工信部~~将~~开展专项整治行动。"));
    assert!(md.contains("> B: 工信部**已**开展专项整治行动。"));
    let html = export::html(&c, &a, &b);
    assert!(html.contains("标题&lt;a1&gt;"));
    assert!(html.contains("工信部<del>将</del>开展"));
    assert!(html.contains(
        "<td data-start=\"0\" data-end=\"13\"><small>0–13</small> 工信部<ins>已</ins>开展"
    ));
}
