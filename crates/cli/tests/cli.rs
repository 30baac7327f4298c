//! The `gazette` binary, run as a user runs it.

mod support;

use serde_json::Value;
use support::{build, gazette, read_json, repo_root};

fn doc_by_path<'a>(corpus: &'a Value, prefix: &str) -> &'a Value {
    corpus["docs"]
        .as_array()
        .expect("docs array")
        .iter()
        .find(|d| d["path"].as_str().is_some_and(|p| p.starts_with(prefix)))
        .unwrap_or_else(|| panic!("no document {prefix}"))
}

#[test]
fn seeds_build_into_five_documents_with_correct_titles_and_dates() {
    let (corpus, report, stdout) = build(&repo_root().join("corpus/seeds"));
    assert_eq!(corpus["schema_version"], 1);
    assert_eq!(corpus["docs"].as_array().map(Vec::len), Some(5));
    let expected = [
        ("000_", "中央网信办：将为互联网企业健康持续发展提供有力保障", "2022-01-29T19:44:12+08:00", "新浪财经"),
        ("001_", "聚精会神办企业 心无旁骛谋发展——中央网信办等四部门召开促进互联网企业健康持续发展工作座谈会引起热烈反响", "2022-02-10T11:48:47+08:00", "网信中国"),
        ("002_", "关注 | 中央网信办召开全国重点商业网站平台管理工作会议", "2024-07-03T00:00:00+08:00", "中国信息安全"),
        ("003_", "工信部：将开展互联网行业不正当竞争专项整治行动", "2021-04-20T19:51:38+08:00", "新浪财经"),
        ("004_", "庄荣文：深化网信领域改革 以网信事业高质量发展助力中国式现代化", "2024-08-14T00:00:00+08:00", "中国信息安全"),
    ];
    for (prefix, title, date, source) in expected {
        let doc = doc_by_path(&corpus, prefix);
        assert_eq!(doc["title"], title, "{prefix}");
        assert_eq!(doc["date"], date, "{prefix}");
        assert_eq!(doc["source"], source, "{prefix}");
        assert!(
            !doc["text"].as_str().unwrap_or_default().is_empty(),
            "{prefix}"
        );
    }
    let statuses: Vec<_> = report["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["status"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(statuses, ["kept"; 5]);
    assert_eq!(
        stdout.trim(),
        "5 files read: 5 kept, 0 duplicate, 0 empty, 0 skipped, 0 error"
    );
}

#[test]
fn seed_texts_start_and_end_with_the_article() {
    let (corpus, _, _) = build(&repo_root().join("corpus/seeds"));
    let text = |prefix| {
        doc_by_path(&corpus, prefix)["text"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    let sina = text("000_");
    assert!(sina.starts_with("新华社北京1月29日电（记者王思北）中央网信办28日会同国家发改委"));
    assert!(sina.ends_with("为推进网络强国建设、全面建设社会主义现代化国家作出应有贡献。"));
    let wechat = text("002_");
    assert!(wechat.starts_with("6月27日，中央网信办在四川成都召开"));
    for chrome in [
        "责任编辑",
        "新浪财经APP",
        "appendQr",
        "扫码订阅",
        "邮发代号",
        "预览时标签不可点",
        "轻点两下取消赞",
        "返回首页",
        "mmbiz.qpic.cn",
    ] {
        for prefix in ["000_", "001_", "002_", "003_", "004_"] {
            assert!(
                !text(prefix).contains(chrome),
                "{prefix} still has {chrome}"
            );
        }
    }
}

#[test]
fn committed_seed_corpus_is_fresh() {
    let (corpus, _, _) = build(&repo_root().join("corpus/seeds"));
    let committed = read_json(&repo_root().join("corpus/seeds.json"));
    assert!(
        corpus == committed,
        "corpus/seeds.json is stale: run `cargo run -p gazette-cli --release -- build corpus/seeds -o corpus/seeds.json`"
    );
}

#[test]
fn builds_are_byte_identical_and_ids_survive_new_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["000_a672546fcce5ed6a.txt", "002_ff6ef1e55fdc5937.txt"] {
        std::fs::copy(
            repo_root().join("corpus/seeds").join(name),
            dir.path().join(name),
        )
        .expect("copy");
    }
    let out = tempfile::tempdir().expect("temp dir");
    let run = |name: &str| {
        let path = out.path().join(name);
        let status = gazette(&[
            "build",
            dir.path().to_str().expect("utf-8"),
            "-o",
            path.to_str().expect("utf-8"),
        ]);
        assert!(status.status.success());
        std::fs::read(path).expect("read corpus")
    };
    let first = run("a.json");
    assert_eq!(first, run("b.json"), "same input must give the same bytes");

    std::fs::copy(
        repo_root().join("corpus/seeds/004_0d7902c63e6e2e6e.txt"),
        dir.path().join("004_0d7902c63e6e2e6e.txt"),
    )
    .expect("copy");
    let ids = |bytes: &[u8]| -> Vec<(String, String)> {
        let corpus: Value = serde_json::from_slice(bytes).expect("json");
        corpus["docs"]
            .as_array()
            .expect("docs")
            .iter()
            .map(|d| (d["path"].to_string(), d["id"].to_string()))
            .collect()
    };
    let before = ids(&first);
    let after = ids(&run("c.json"));
    for pair in &before {
        assert!(
            after.contains(pair),
            "id of {} changed when a file was added",
            pair.0
        );
    }
}

#[test]
fn every_odd_file_is_accounted_for_with_a_reason() {
    let (corpus, report, _) = build(&repo_root().join("tests/fixtures/mixed"));
    let status_of = |path: &str| -> (String, String) {
        let entry = report["files"]
            .as_array()
            .expect("files")
            .iter()
            .find(|f| f["path"] == path)
            .unwrap_or_else(|| panic!("{path} missing from the report"));
        (
            entry["status"].as_str().unwrap_or_default().to_owned(),
            entry["reason"].as_str().unwrap_or_default().to_owned(),
        )
    };
    let cases = [
        ("notice.md", "kept", ""),
        (
            "notice_copy.md",
            "duplicate",
            "same source and text as notice.md",
        ),
        ("bom-crlf.md", "kept", ""),
        ("gbk.txt", "kept", ""),
        ("malformed-yaml.md", "kept", ""),
        ("2024-05-06_no-front-matter.md", "kept", ""),
        ("sub/nested.html", "error", "no date"),
        ("only-front-matter.md", "empty", "no body text"),
        ("empty.md", "empty", "empty file"),
        ("no-date.md", "error", "no date"),
        ("MANIFEST.tsv", "skipped", "not a document type (.tsv)"),
        ("image.png", "skipped", "not a document type (.png)"),
    ];
    for (path, status, reason) in cases {
        let (got_status, got_reason) = status_of(path);
        assert_eq!(got_status, status, "{path}: {got_reason}");
        assert!(
            got_reason.contains(reason),
            "{path}: {got_reason:?} lacks {reason:?}"
        );
    }
    assert_eq!(report["files"].as_array().map(Vec::len), Some(cases.len()));
    assert_eq!(
        doc_by_path(&corpus, "gbk.txt")["text"],
        "国家网信办今日发布通知。"
    );
    assert_eq!(
        doc_by_path(&corpus, "bom-crlf.md")["text"],
        "第一段。\n\n第二段。"
    );
    assert_eq!(
        doc_by_path(&corpus, "malformed-yaml.md")["title"],
        "张望: 2025年重点推进三类可信数据空间"
    );
    assert_eq!(
        doc_by_path(&corpus, "notice.md")["duplicate_paths"][0],
        "notice_copy.md"
    );
    let warned = report["files"]
        .as_array()
        .expect("files")
        .iter()
        .find(|f| f["path"] == "malformed-yaml.md")
        .map(|f| f["warnings"][0].as_str().unwrap_or_default().to_owned())
        .unwrap_or_default();
    assert!(
        warned.starts_with("front matter is not valid YAML at line"),
        "{warned}"
    );
}

#[test]
fn explain_lists_what_was_removed_from_a_file() {
    let out = tempfile::tempdir().expect("temp dir");
    let corpus = out.path().join("c.json");
    let output = gazette(&[
        "build",
        "corpus/seeds",
        "-o",
        corpus.to_str().expect("utf-8"),
        "--explain",
        "002_ff6ef1e55fdc5937.txt",
    ]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("[subscription-advert] 邮发代号 2-786"),
        "{stdout}"
    );
    assert!(
        stdout.contains("[wechat-page-chrome] 预览时标签不可点"),
        "{stdout}"
    );
}

#[test]
fn unreadable_input_or_output_fails_with_a_clear_message() {
    let output = gazette(&["build", "/no/such/dir", "-o", "/tmp/never.json"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("cannot read input /no/such/dir"),
        "{stderr}"
    );

    let output = gazette(&["build", "corpus/seeds", "-o", "/proc/no/such/place.json"]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot"));
}

#[test]
fn stats_prints_count_range_and_sources() {
    let output = gazette(&["stats", "--corpus", "corpus/seeds.json"]);
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("documents: 5"), "{stdout}");
    assert!(
        stdout.contains("dates: 2021-04-20T19:51:38+08:00 to 2024-08-14T00:00:00+08:00"),
        "{stdout}"
    );
    assert!(
        stdout.contains("2  中国信息安全") && stdout.contains("2  新浪财经"),
        "{stdout}"
    );
}

#[test]
fn every_subcommand_has_help() {
    for sub in [&["--help"][..], &["build", "--help"], &["stats", "--help"]] {
        let output = gazette(sub);
        assert!(output.status.success(), "{sub:?}");
        assert!(
            String::from_utf8_lossy(&output.stdout).contains("Usage"),
            "{sub:?}"
        );
    }
}

#[test]
fn seed_metadata_golden() {
    let (corpus, _, _) = build(&repo_root().join("corpus/seeds"));
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let people = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|p| p["name"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    /// (file, origin, reporter, kind, agencies that must be listed, people that must be listed)
    type Golden<'a> = (
        &'a str,
        &'a str,
        Option<&'a str>,
        &'a str,
        &'a [&'a str],
        &'a [&'a str],
    );
    let cases: [Golden; 5] = [
        (
            "000_",
            "新华社",
            Some("王思北"),
            "meeting",
            &[
                "中央网信办",
                "国家发展改革委",
                "工业和信息化部",
                "国家市场监督管理总局",
            ],
            &["庄荣文"],
        ),
        (
            "001_",
            "网信中国",
            None,
            "meeting",
            &[
                "中央网信办",
                "国家发展改革委",
                "工业和信息化部",
                "国家市场监督管理总局",
            ],
            &["马化腾", "周鸿祎", "刘健"],
        ),
        (
            "002_",
            "中国网信网",
            None,
            "meeting",
            &["中央网信办"],
            &["牛一兵"],
        ),
        (
            "003_",
            "澎湃新闻",
            Some("周頔"),
            "campaign",
            &["工业和信息化部", "国务院"],
            &["赵志国"],
        ),
        (
            "004_",
            "新华网",
            Some("王思北"),
            "interview",
            &["中央网信办"],
            &["庄荣文"],
        ),
    ];
    for (prefix, origin, reporter, kind, agencies, named) in cases {
        let doc = doc_by_path(&corpus, prefix);
        assert_eq!(doc["origin"], origin, "{prefix} origin");
        assert_eq!(doc["reporter"].as_str(), reporter, "{prefix} reporter");
        assert_eq!(doc["kind"], kind, "{prefix} kind");
        let listed = strings(&doc["agencies"]);
        for agency in agencies {
            assert!(
                listed.iter().any(|a| a == agency),
                "{prefix} lacks agency {agency}: {listed:?}"
            );
        }
        let listed = people(&doc["people"]);
        for person in named {
            assert!(
                listed.iter().any(|p| p == person),
                "{prefix} lacks person {person}: {listed:?}"
            );
        }
    }
    let roles = &doc_by_path(&corpus, "000_")["people"][0]["role"];
    assert_eq!(roles, "中央网信办主任");
    let refs = strings(&doc_by_path(&corpus, "004_")["doc_refs"]);
    assert!(
        refs.contains(&"《生成式人工智能服务管理暂行办法》".to_owned()),
        "{refs:?}"
    );
}

#[test]
fn seed_first_and_last_paragraphs() {
    let (corpus, _, _) = build(&repo_root().join("corpus/seeds"));
    let cases = [
        (
            "000_",
            "新华社北京1月29日电（记者王思北）",
            "为推进网络强国建设、全面建设社会主义现代化国家作出应有贡献。",
        ),
        (
            "001_",
            "1月28日下午，中央网信办会同国家发展改革委",
            "（文章来源：网信中国）",
        ),
        (
            "002_",
            "6月27日，中央网信办在四川成都召开",
            "（来源：中国网信网）",
        ),
        (
            "003_",
            "澎湃新闻记者 周頔",
            "依法严厉查处违法违规互联网的相关应用。",
        ),
        ("004_", "党的二十届三中全会审议通过的", "（来源：新华网）"),
    ];
    for (prefix, first, last) in cases {
        let doc = doc_by_path(&corpus, prefix);
        let text = doc["text"].as_str().unwrap_or_default();
        let paragraphs: Vec<&str> = text.split("\n\n").collect();
        assert!(
            paragraphs[0].starts_with(first),
            "{prefix} first: {}",
            paragraphs[0]
        );
        assert!(
            paragraphs[paragraphs.len() - 1].ends_with(last),
            "{prefix} last: {}",
            paragraphs[paragraphs.len() - 1]
        );
    }
    // Headings are kept as headings.
    let layout = doc_by_path(&corpus, "004_")["layout"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(layout.contains('h') && layout.contains('p'), "{layout}");
}

#[test]
fn search_prints_ranked_hits_with_marked_snippets_as_json() {
    let out = gazette(&[
        "search",
        "--corpus",
        "corpus/seeds.json",
        "--json",
        "--limit",
        "2",
        "庄荣文",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    let corpus = gazette_core::model::Corpus::from_json(
        &std::fs::read_to_string(repo_root().join("corpus/seeds.json")).expect("seeds"),
    )
    .expect("seed corpus");
    let expected = corpus
        .docs
        .iter()
        .filter(|d| d.title.contains("庄荣文") || d.text.contains("庄荣文"))
        .count();
    assert!(expected >= 2);
    assert_eq!(json["total"], expected);
    let hits = json["hits"].as_array().expect("hits");
    assert_eq!(hits.len(), 2);
    let scores: Vec<f64> = hits
        .iter()
        .map(|h| h["score"].as_f64().expect("score"))
        .collect();
    assert!(scores[0] >= scores[1]);
    let snippet = &hits[0]["snippets"][0];
    let text: Vec<char> = snippet["text"].as_str().expect("text").chars().collect();
    let mark = &snippet["marks"][0];
    let (start, end) = (
        mark[0].as_u64().expect("start") as usize,
        mark[1].as_u64().expect("end") as usize,
    );
    assert_eq!(text[start..end].iter().collect::<String>(), "庄荣文");
}

#[test]
fn search_reads_odd_queries_and_sorts_by_date() {
    for query in ["-", "\"unclosed", "OR", "《》"] {
        let out = gazette(&["search", "--corpus", "corpus/seeds.json", query]);
        assert!(
            out.status.success(),
            "{query}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = gazette(&[
        "search",
        "--corpus",
        "corpus/seeds.json",
        "--json",
        "--sort",
        "oldest",
        "网信",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    let dates: Vec<&str> = json["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|h| h["date"].as_str().unwrap_or(""))
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
}

/// Runs `gazette` and parses its JSON output, failing with its stderr.
fn gazette_json(args: &[&str]) -> serde_json::Value {
    let out = gazette(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

#[test]
fn search_filters_by_source_agency_kind_and_dates() {
    let ids = |json: &serde_json::Value| -> Vec<String> {
        let hits = json["hits"].as_array().expect("hits");
        hits.iter()
            .map(|h| h["id"].as_str().unwrap_or("").to_owned())
            .collect()
    };
    let base = ["search", "--corpus", "corpus/seeds.json", "--json"];
    let by_source = gazette_json(&[&base[..], &["--source", "新浪财经"]].concat());
    assert_eq!(by_source["total"], 2);
    // Two values of one option: either; two options: both.
    let either =
        gazette_json(&[&base[..], &["--source", "新浪财经", "--source", "网信中国"]].concat());
    assert_eq!(either["total"], 3);
    let both = gazette_json(
        &[
            &base[..],
            &["--source", "新浪财经", "--kind", "meeting", "网信"],
        ]
        .concat(),
    );
    assert_eq!(ids(&both), ["e6fc0708bbf2"]);
    let agency = gazette_json(
        &[
            &base[..],
            &[
                "--agency",
                "国务院",
                "--from",
                "2022-01-01",
                "--to",
                "2022-12-31",
            ],
        ]
        .concat(),
    );
    assert_eq!(ids(&agency), ["8849fe3ad291"]);

    let bad = gazette(&[&base[..], &["--from", "2022-02-30"]].concat());
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--from \"2022-02-30\" is not a date"));
    let bad = gazette(&[&base[..], &["--kind", "memo"]].concat());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not a valid kind"));
}

#[test]
fn stats_json_counts_each_facet_given_the_other_filters() {
    let all = gazette_json(&["stats", "--corpus", "corpus/seeds.json", "--json"]);
    assert_eq!(all["documents"], 5);
    assert_eq!(all["matching"], 5);
    assert_eq!(all["date_range"][0], "2021-04-20");
    let count = |json: &serde_json::Value, facet: &str, value: &str| -> u64 {
        json["facets"][facet]
            .as_array()
            .expect("facet list")
            .iter()
            .find(|v| v["value"] == value)
            .and_then(|v| v["count"].as_u64())
            .unwrap_or(0)
    };
    assert_eq!(count(&all, "source", "中国信息安全"), 2);
    assert_eq!(count(&all, "kind", "meeting"), 3);
    assert_eq!(count(&all, "year", "2022"), 2);
    assert_eq!(count(&all, "agency", "中央网信办"), 4);

    let narrowed = gazette_json(&[
        "stats",
        "--corpus",
        "corpus/seeds.json",
        "--json",
        "--source",
        "新浪财经",
    ]);
    assert_eq!(narrowed["matching"], 2);
    // The source facet ignores its own selection; the others follow it.
    assert_eq!(count(&narrowed, "source", "中国信息安全"), 2);
    assert_eq!(count(&narrowed, "kind", "meeting"), 1);
    assert_eq!(count(&narrowed, "agency", "中央网信办"), 1);
    let months: u64 = narrowed["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .filter_map(|m| m["count"].as_u64())
        .sum();
    assert_eq!(months, 2);
    for month in narrowed["timeline"].as_array().expect("timeline") {
        let (count, corpus) = (month["count"].as_u64(), month["corpus"].as_u64());
        assert!(
            count <= corpus,
            "a month's corpus coverage holds its count: {month}"
        );
    }
}

#[test]
fn title_and_description_are_written_and_shown() {
    let out = tempfile::tempdir().expect("temp dir");
    let corpus = out.path().join("c.json");
    let corpus = corpus.to_str().expect("utf-8");
    let output = gazette(&[
        "build",
        "tests/fixtures/byo",
        "-o",
        corpus,
        "--title",
        " 示例语料 ",
        "--description",
        "三篇虚构的公告，用来检查自带语料的构建。",
    ]);
    assert!(output.status.success(), "{output:?}");
    let json = read_json(std::path::Path::new(corpus));
    assert_eq!(json["title"], "示例语料");
    assert_eq!(
        json["description"],
        "三篇虚构的公告，用来检查自带语料的构建。"
    );
    let stats = gazette(&["stats", "--corpus", corpus]);
    let stdout = String::from_utf8_lossy(&stats.stdout);
    assert!(
        stdout.starts_with("title: 示例语料\ndescription: 三篇"),
        "{stdout}"
    );
}

#[test]
fn images_between_paragraphs_are_kept_by_address_and_chrome_images_are_not() {
    let (corpus, report, _) = build(&repo_root().join("tests/fixtures/byo"));
    let check = doc_by_path(&corpus, "2024-03-15_");
    let paragraphs: Vec<&str> = check["text"]
        .as_str()
        .expect("text")
        .split("\n\n")
        .collect();
    let images = check["images"].as_array().expect("images");
    let placed: Vec<(&str, &str, &str)> = images
        .iter()
        .map(|i| {
            let at = i["at"].as_u64().expect("at") as usize;
            (
                paragraphs[at],
                i["url"].as_str().expect("url"),
                i["alt"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        placed,
        [
            (
                "一、检查范围",
                "https://img.example.com/gazette/flow-chart.png",
                "图1 专项检查工作流程"
            ),
            (
                "二、工作要求",
                "https://img.example.com/gazette/divider.gif",
                ""
            ),
        ]
    );
    // Image addresses and alternative texts stay out of the searchable text.
    let text = check["text"].as_str().expect("text");
    assert!(!text.contains("img.example.com") && !text.contains("专项检查工作流程"));

    let forum = doc_by_path(&corpus, "2024-05-20_");
    let urls: Vec<&str> = forum["images"]
        .as_array()
        .expect("images")
        .iter()
        .filter_map(|i| i["url"].as_str())
        .collect();
    assert_eq!(
        urls,
        [
            "https://img.example.com/gazette/forum-photo.jpg",
            "http://img.example.com/gazette/lazy-figure.png"
        ]
    );
    assert!(doc_by_path(&corpus, "2024-06-01_").get("images").is_none());

    let removed = &report["files"]
        .as_array()
        .expect("files")
        .iter()
        .find(|f| {
            f["path"]
                .as_str()
                .is_some_and(|p| p.starts_with("2024-03-15_"))
        })
        .expect("report entry")["removed"];
    assert_eq!(removed["image-outside-text"], 2, "{removed}");
    assert_eq!(removed["image-chrome"], 2, "{removed}");
    assert_eq!(removed["image-repeated"], 1, "{removed}");
}

#[test]
fn show_prints_an_outline_and_one_article_with_its_citation() {
    let input = tempfile::tempdir().expect("temp dir");
    let text =
        "---\ntitle: 关于印发《示例管理办法》的通知\ndate: 2024-05-01\nsource: 示例网信\n---\n\
        各有关单位：现将《示例管理办法》印发给你们，请遵照执行。\n\n\
        第一章 总则\n\n第一条 为了规范示例活动，制定本办法。\n\n\
        第二条 本办法适用于示例活动。\n\n有关部门应当加强指导。\n\n\
        第二章 附则\n\n第三条 本办法自2024年6月1日起施行。\n";
    std::fs::write(input.path().join("notice.md"), text).expect("write fixture");
    let out = tempfile::tempdir().expect("temp dir");
    let corpus = out.path().join("corpus.json");
    let corpus_arg = corpus.to_str().expect("utf-8 path");
    let built = gazette(&[
        "build",
        input.path().to_str().expect("utf-8 path"),
        "-o",
        corpus_arg,
    ]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let id = read_json(&corpus)["docs"][0]["id"]
        .as_str()
        .expect("an id")
        .to_owned();

    let show = |more: &[&str]| {
        let mut args = vec!["show", "--corpus", corpus_arg];
        args.extend_from_slice(more);
        gazette(&args)
    };
    let outline = show(&["--id", &id]);
    assert!(
        outline.status.success(),
        "{}",
        String::from_utf8_lossy(&outline.stderr)
    );
    let outline = String::from_utf8_lossy(&outline.stdout);
    assert!(outline.contains("3 articles, 2 divisions"), "{outline}");
    assert!(
        outline.contains("第一章 总则") && outline.contains("第二章 附则"),
        "{outline}"
    );

    let article = show(&["--id", &id, "--article", "2"]);
    let article = String::from_utf8_lossy(&article.stdout);
    assert!(article.starts_with("《示例管理办法》第二条"), "{article}");
    assert!(
        article.contains("有关部门应当加强指导"),
        "the article keeps its paragraphs: {article}"
    );
    assert!(!article.contains("第三条"), "{article}");

    let missing = show(&["--id", &id, "--article", "9"]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("第九条"));
    let unknown = show(&["--id", "nope"]);
    assert!(!unknown.status.success());
}
