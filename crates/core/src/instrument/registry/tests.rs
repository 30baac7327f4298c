use super::*;
use crate::instrument::Carried;

fn doc(title: &str, date: &str, refs: &[&str], carries: Option<Carried>) -> Document {
    Document {
        id: title.to_owned(),
        title: title.to_owned(),
        date: format!("{date}T09:00:00+08:00"),
        agencies: vec!["国家互联网信息办公室".into()],
        doc_refs: refs.iter().map(|r| (*r).to_owned()).collect(),
        carries,
        ..Document::default()
    }
}

fn carrying(
    name: &str,
    stage: Stage,
    effective: Option<&str>,
    number: Option<&str>,
) -> Option<Carried> {
    Some(Carried {
        name: name.to_owned(),
        stage,
        number: number.map(Into::into),
        effective: effective.map(Into::into),
        repeals: vec![],
    })
}

fn corpus() -> Vec<Document> {
    vec![
        doc(
            "国家互联网信息办公室关于《网络暴力信息治理规定（征求意见稿）》公开征求意见的通知",
            "2023-07-07",
            &[],
            carrying(
                "网络暴力信息治理规定（征求意见稿）",
                Stage::Draft,
                None,
                None,
            ),
        ),
        doc(
            "国家网信办等四部门公布《网络暴力信息治理规定》",
            "2024-06-14",
            &["《中华人民共和国网络安全法》"],
            carrying(
                "网络暴力信息治理规定",
                Stage::Final,
                Some("2024-08-01"),
                Some("国家互联网信息办公室令第17号"),
            ),
        ),
        doc(
            "专家解读：网暴治理",
            "2024-06-20",
            &["《网络暴力信息治理规定》", "《网络安全法》"],
            None,
        ),
        doc(
            "转发",
            "2024-06-21",
            &["国家互联网信息办公室令第17号"],
            None,
        ),
    ]
}

#[test]
fn a_draft_and_its_final_are_one_instrument_with_a_timeline() {
    let docs = corpus();
    let registry = Registry::build(&docs);
    let rules = registry.get("网络暴力信息治理规定").expect("registered");
    assert_eq!(rules.name, "网络暴力信息治理规定");
    assert_eq!(
        rules
            .versions
            .iter()
            .map(|v| (v.doc, v.stage))
            .collect::<Vec<_>>(),
        [(0, Stage::Draft), (1, Stage::Final)]
    );
    let steps: Vec<(&str, Happened)> = rules
        .events
        .iter()
        .map(|e| (e.day.as_str(), e.what))
        .collect();
    assert_eq!(
        steps,
        [
            ("2023-07-07", Happened::Draft),
            ("2024-06-14", Happened::Issued),
            ("2024-08-01", Happened::Effective),
        ]
    );
    assert_eq!(rules.numbers, ["国家互联网信息办公室令第17号"]);
    assert_eq!(
        rules.issuers,
        Vec::<String>::new(),
        "国家网信办 is not the table's alias here"
    );
    // Cited by name and by number; its own carriers are not citing it.
    assert_eq!(rules.citing, [2, 3]);
    assert_eq!(
        registry
            .resolve("国家互联网信息办公室令第17号")
            .map(|i| i.key.as_str()),
        Some("网络暴力信息治理规定")
    );
}

#[test]
fn an_instrument_only_cited_is_dated_by_its_first_mention() {
    let docs = corpus();
    let registry = Registry::build(&docs);
    let law = registry.get("网络安全法").expect("cited");
    assert!(law.versions.is_empty());
    assert_eq!(law.citing, [1, 2]);
    assert_eq!(law.aliases.len(), 2);
    assert_eq!(
        law.events.iter().map(|e| e.what).collect::<Vec<_>>(),
        [Happened::FirstCited]
    );
    // Carried instruments come first.
    assert_eq!(registry.instruments[0].key, "网络暴力信息治理规定");
    assert_eq!(
        registry
            .resolve("《中华人民共和国网络安全法》")
            .map(|i| i.citing.len()),
        Some(2)
    );
    assert_eq!(
        Registry::keys_of(&docs[1]),
        ["网络暴力信息治理规定", "网络安全法"]
    );
}

#[test]
fn reposts_of_a_version_are_one_edition_read_from_a_whole_copy() {
    let mut docs = corpus();
    let final_text = || {
        carrying(
            "网络暴力信息治理规定",
            Stage::Final,
            Some("2024-08-01"),
            None,
        )
    };
    docs.push(doc(
        "关注 | 网络暴力信息治理规定",
        "2024-06-15",
        &[],
        final_text(),
    ));
    docs.push(doc(
        "网络暴力信息治理规定（全文）",
        "2024-11-28",
        &[],
        final_text(),
    ));
    docs[1].flags = vec!["truncated".into()];
    let registry = Registry::build(&docs);
    let rules = registry.get("网络暴力信息治理规定").expect("registered");
    let editions = rules.editions(&docs);
    let editions: Vec<(Stage, &str, &[usize])> = editions
        .iter()
        .map(|e| (e.stage, e.day.as_str(), e.copies.as_slice()))
        .collect();
    assert_eq!(
        editions.len(),
        3,
        "draft, final with its repost, a later copy"
    );
    assert_eq!(editions[1].2, [4, 1], "the whole copy is read first");
    assert_eq!(rules.draft_and_final(&docs), Some((0, 4)));
}
