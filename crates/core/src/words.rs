//! Every string the reader sees, in Chinese and English, in one place: the
//! app's interface and the CLI's labels alike.
//!
//! The app asks for [`Texts`] (its `i18n::use_texts` hook, in the reader's
//! language); the CLI uses `Texts(Lang::En)`. No other module holds
//! user-visible words. Each method's name says what it words.
#![allow(missing_docs)]

use crate::compare::RowKind;
use crate::facets::{Dimension, Facet};
use crate::instrument::structure::article_label;
use crate::model::Kind;
use crate::related::types::percent;
use crate::related::Reason;
use crate::search::Sort;

mod articles;
mod instrument;
mod saved;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// 简体中文.
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Short code for storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

/// The interface strings of one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Texts(pub Lang);

impl Texts {
    fn pick(self, zh: &'static str, en: &'static str) -> &'static str {
        match self.0 {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    fn zh(self) -> bool {
        self.0 == Lang::Zh
    }

    /// Whether the English forms of data labels (kinds) are wanted.
    pub fn english(self) -> bool {
        self.0 == Lang::En
    }

    // Data labels: kinds, facet values.
    /// A document kind's label.
    pub fn kind(self, kind: Kind) -> &'static str {
        match kind {
            Kind::Meeting => self.pick("会议", "Meeting"),
            Kind::Notice => self.pick("通知·发布", "Notice / issuance"),
            Kind::Campaign => self.pick("专项行动", "Campaign"),
            Kind::Interview => self.pick("访谈·答问", "Interview / Q&A"),
            Kind::Vulnerability => self.pick("漏洞通报", "Vulnerability bulletin"),
            Kind::News => self.pick("新闻·评论", "News / commentary"),
        }
    }

    /// A facet value as shown: kinds by their label, agencies by their
    /// English name in English, instruments in 《》, the rest as stored.
    pub fn facet_value(self, facet: Facet, value: &str) -> String {
        match (facet, Kind::from_name(value)) {
            (Facet::Kind, Some(kind)) => self.kind(kind).to_owned(),
            (Facet::Agency | Facet::Issuer, _) if self.english() => crate::agencies::by_name(value)
                .map_or_else(|| value.to_owned(), |agency| agency.english.to_owned()),
            (Facet::Instrument, _) => format!("《{value}》"),
            _ => value.to_owned(),
        }
    }

    // Header and app.
    /// The texts and the index still arriving after the catalog.
    pub fn texts_arriving(self, percent: u8) -> String {
        match self.zh() {
            true => format!("正在载入正文与检索索引… {percent}%"),
            false => format!("Loading the texts and the search index… {percent}%"),
        }
    }
    pub fn results_when_ready(self) -> &'static str {
        self.pick("检索结果将在索引载入后显示", "Results once the index is in")
    }
    pub fn loading_corpus(self) -> &'static str {
        self.pick("正在打开语料库…", "Opening the corpus…")
    }
    pub fn loaded_bytes(self, received: usize, total: Option<usize>) -> String {
        let mib = |bytes: usize| format!("{:.1}", bytes as f64 / (1024.0 * 1024.0));
        match total {
            Some(total) => format!("{} / {} MiB", mib(received), mib(total)),
            None => format!("{} MiB", mib(received)),
        }
    }
    pub fn open_corpus_file(self) -> &'static str {
        self.pick("打开语料文件…", "Open a corpus file…")
    }
    pub fn drop_corpus_hint(self) -> &'static str {
        self.pick(
            "也可以把语料文件（corpus.gazette，由 gazette build --site 生成）拖到本页。",
            "Or drop a corpus file (corpus.gazette, made by gazette build --site) on this page.",
        )
    }
    pub fn from_disk_hint(self) -> &'static str {
        self.pick(
            "从本地磁盘打开时，浏览器不允许网页读取旁边的文件：请打开同一目录中的 gazette-offline.html，或选择语料文件。",
            "Opened from disk, a page may not read the files beside it: open gazette-offline.html from the same folder, or choose the corpus file.",
        )
    }
    pub fn drop_to_open(self) -> &'static str {
        self.pick("松开即可打开这个语料文件", "Drop to open this corpus file")
    }
    pub fn corpus_file_failed(self) -> &'static str {
        self.pick(
            "无法打开这个语料文件",
            "This corpus file could not be opened",
        )
    }
    pub fn load_failed(self) -> &'static str {
        self.pick(
            "Gazette 无法载入语料库",
            "Gazette could not load its corpus",
        )
    }
    pub fn documents(self, n: usize) -> String {
        match self.zh() {
            true => format!("{n} 篇公告"),
            false => format!("{n} documents"),
        }
    }
    pub fn switch_language(self) -> &'static str {
        self.pick("English", "中文")
    }
    pub fn switch_language_label(self) -> &'static str {
        self.pick("Switch the interface to English", "切换到中文界面")
    }

    // Search box.
    /// The theme switch's text: the theme in use (`system`, `dark`, `light`).
    pub fn theme_name(self, code: &str) -> &'static str {
        match code {
            "dark" => self.pick("深色", "Dark"),
            "light" => self.pick("浅色", "Light"),
            _ => self.pick("跟随系统", "System theme"),
        }
    }
    pub fn theme_switch_label(self, code: &str) -> String {
        match self.zh() {
            true => format!("主题：{}（点击切换）", self.theme_name(code)),
            false => format!("Theme: {} (click to change)", self.theme_name(code)),
        }
    }
    pub fn shortcuts_title(self) -> &'static str {
        self.pick("键盘快捷键", "Keyboard shortcuts")
    }
    /// The shortcuts as (keys separated by spaces, what they do).
    pub fn shortcuts(self) -> [(&'static str, &'static str); 7] {
        match self.zh() {
            true => [
                ("/", "聚焦搜索框"),
                ("j k", "在结果中下移 / 上移"),
                ("↓ ↑", "在结果列表中移动"),
                ("↓ ↑ n N", "公告正文中：下一处 / 上一处匹配"),
                ("Enter", "打开选中的公告"),
                ("Esc", "离开搜索框；从公告返回列表"),
                ("?", "显示或关闭本帮助"),
            ],
            false => [
                ("/", "Focus the search box"),
                ("j k", "Next / previous result"),
                ("↓ ↑", "Move within the result list"),
                ("↓ ↑ n N", "In a document's text: next / previous match"),
                ("Enter", "Open the selected document"),
                (
                    "Esc",
                    "Leave the search box; from a document, back to the list",
                ),
                ("?", "Show or close this help"),
            ],
        }
    }
    pub fn search_label(self) -> &'static str {
        self.pick("搜索全文", "Search the full text")
    }
    pub fn search_placeholder(self) -> &'static str {
        self.pick(
            "搜索全文，如：网信办 约谈（按 / 聚焦）",
            "Search, e.g. 网信办 约谈 (press /)",
        )
    }
    /// The syntax help, as (text, example) pairs.
    pub fn search_help(self) -> [(&'static str, &'static str); 4] {
        match self.zh() {
            true => [
                ("空格＝同时包含 · ", "\"数据 出境\""),
                (" 整句（汉字间空格可省） · ", "-约谈"),
                (" 排除 · ", "清朗 OR 专项行动"),
                (" 任一", ""),
            ],
            false => [
                ("space = all words · ", "\"数据 出境\""),
                (" phrase (spaces between Chinese optional) · ", "-约谈"),
                (" exclude · ", "清朗 OR 专项行动"),
                (" either", ""),
            ],
        }
    }

    // List.
    pub fn found(self, n: usize) -> String {
        match self.zh() {
            true => format!("找到 {n} 篇"),
            false => format!("{n} found"),
        }
    }
    pub fn all_documents(self, n: usize) -> String {
        match self.zh() {
            true => format!("全部公告 · {n} 篇"),
            false => format!("All documents · {n}"),
        }
    }
    pub fn filtered_documents(self, n: usize) -> String {
        match self.zh() {
            true => format!("筛选出 {n} 篇"),
            false => format!("{n} match the filters"),
        }
    }
    pub fn millis(self, millis: f64) -> String {
        let unit = self.pick("毫秒", "ms");
        match millis {
            m if m < 10.0 => format!("{:.1} {unit}", m.max(0.1)),
            m => format!("{m:.0} {unit}"),
        }
    }
    pub fn sort_label(self) -> &'static str {
        self.pick("排序", "Sort")
    }
    pub fn sort(self, sort: Sort) -> &'static str {
        match sort {
            Sort::Relevance => self.pick("相关度", "Relevance"),
            Sort::Newest => self.pick("最新", "Newest"),
            Sort::Oldest => self.pick("最早", "Oldest"),
        }
    }
    /// Why a query found nothing, worded after the query itself: phrases,
    /// all-of (AND), either-of (OR) and what was left out.
    pub fn nothing_matches(self, query: &crate::search::Query) -> String {
        use crate::search::{Term, Typed};
        let zh = self.zh();
        let show = |t: &Term| match (t.typed, zh) {
            (Typed::Phrase, true) => format!("整句“{}”", t.text),
            (Typed::Phrase, false) => format!("the phrase “{}”", t.text),
            _ => format!("“{}”", t.text),
        };
        let shown = |terms: &[Term]| -> Vec<String> {
            terms
                .iter()
                .filter(|t| t.typed != Typed::GaplessPhrase)
                .map(show)
                .collect()
        };
        let groups: Vec<String> = query
            .groups
            .iter()
            .map(|group| {
                let alternatives = shown(group);
                match (alternatives.len() > 1, zh) {
                    (false, _) => alternatives.join(""),
                    (true, true) => format!("（{}）", alternatives.join(" 或 ")),
                    (true, false) => format!("({})", alternatives.join(" or ")),
                }
            })
            .collect();
        let excluded = shown(&query.excluded);
        let has_phrase = query.positive_terms().any(|t| t.typed == Typed::Phrase);
        let mut out = match (zh, groups.len()) {
            (true, 0) => "没有符合这些条件的公告".to_owned(),
            (true, 1) => format!("没有公告包含{}", groups[0]),
            (true, _) => format!("没有公告同时包含{}", groups.join("、")),
            (false, 0) => "No document matches these conditions".to_owned(),
            (false, 1) => format!("No document contains {}", groups[0]),
            (false, _) => format!("No document contains all of {}", groups.join(", ")),
        };
        if !excluded.is_empty() {
            out += &match zh {
                true => format!("（已排除含{}的公告）", excluded.join("、")),
                false => format!(" (leaving out those with {})", excluded.join(", ")),
            };
        }
        out += match (zh, has_phrase, groups.len() > 1) {
            (true, true, _) => "。整句中汉字之间的空格可有可无，拉丁词之间的空格必须有；去掉引号可分开查找各词。",
            (true, false, true) => "。可以减少词语，或用 OR 连接近义词。",
            (true, false, false) => "。",
            (false, true, _) => ". In a phrase a space between Chinese characters is optional, between Latin words it is required; without quotes the words are looked for apart.",
            (false, false, true) => ". Try fewer words, or join alternatives with OR.",
            (false, false, false) => ".",
        };
        out
    }
    pub fn filters_removed_everything(self) -> &'static str {
        self.pick(
            "搜索有结果，但筛选条件把它们全部排除了：",
            "The search has results, but the filters exclude all of them:",
        )
    }
    pub fn removing_gives(self, what: &str, n: usize) -> String {
        match self.zh() {
            true => format!("去掉“{what}”可得 {n} 篇"),
            false => format!("without “{what}”: {n}"),
        }
    }
    pub fn only_together(self) -> &'static str {
        self.pick(
            "（没有哪一个条件单独造成空结果，是几个条件合在一起。）",
            "(No single filter empties the list; several do together.)",
        )
    }
    pub fn row_origin(self, origin: &str) -> String {
        match self.zh() {
            true => format!("来源：{origin}"),
            false => format!("via {origin}"),
        }
    }
    pub fn more_agencies(self, n: usize) -> String {
        match self.zh() {
            true => format!("等 {n} 个机构"),
            false => format!("{n} agencies in all"),
        }
    }
    pub fn collapse_reposts(self) -> &'static str {
        self.pick("合并转载", "Collapse reposts")
    }
    pub fn collapse_reposts_note(self) -> &'static str {
        self.pick(
            "同一公告的多个转载只显示一次",
            "Show each announcement once, however many outlets reposted it",
        )
    }
    pub fn also_in_sources(self, n: usize) -> String {
        match self.zh() {
            true => format!("另见 {n} 个来源 →"),
            false => format!("also in {n} other sources →"),
        }
    }
    pub fn announcements(self, rows: usize, docs: usize) -> String {
        match self.zh() {
            true => format!("（合并转载后 {rows} 条）"),
            false => format!("({rows} announcements after collapsing {docs} documents)"),
        }
    }
    pub fn results_label(self) -> &'static str {
        self.pick("搜索结果", "Results")
    }

    // Pager.
    pub fn pages_label(self) -> &'static str {
        self.pick("结果分页", "Result pages")
    }
    pub fn page(self, n: usize) -> String {
        match self.zh() {
            true => format!("第 {n} 页"),
            false => format!("Page {n}"),
        }
    }
    pub fn previous_page(self) -> &'static str {
        self.pick("‹ 上一页", "‹ Previous")
    }
    pub fn next_page(self) -> &'static str {
        self.pick("下一页 ›", "Next ›")
    }

    // Facets.
    pub fn filters(self) -> &'static str {
        self.pick("筛选", "Filters")
    }
    pub fn filters_with_count(self, n: usize) -> String {
        match (self.zh(), n) {
            (true, 0) => "筛选".to_owned(),
            (true, n) => format!("筛选（{n}）"),
            (false, 0) => "Filters".to_owned(),
            (false, n) => format!("Filters ({n})"),
        }
    }
    pub fn close(self) -> &'static str {
        self.pick("关闭", "Close")
    }
    pub fn show_results(self, n: usize) -> String {
        match self.zh() {
            true => format!("查看 {n} 篇结果"),
            false => format!("Show {n} results"),
        }
    }
    pub fn facet(self, facet: Facet) -> &'static str {
        match facet {
            Facet::Source => self.pick("来源", "Source"),
            Facet::Year => self.pick("年份", "Year"),
            Facet::Month => self.pick("月份", "Month"),
            Facet::Agency => self.pick("涉及机构", "Agency"),
            Facet::Issuer => self.pick("发文机关", "Issued by"),
            Facet::Person => self.pick("人物", "People"),
            Facet::Kind => self.pick("类型", "Kind"),
            Facet::Category => self.pick("分类", "Category"),
            Facet::Tag => self.pick("标签", "Tag"),
            Facet::Origin => self.pick("原始来源", "Origin"),
            Facet::Instrument => self.pick("所涉法规", "Instrument"),
        }
    }
    pub fn find_in_facet(self, facet: Facet) -> String {
        match self.zh() {
            true => format!("查找{}", self.facet(facet)),
            false => match facet {
                Facet::Person => "Find a person".to_owned(),
                _ => {
                    let name = self.facet(facet).to_lowercase();
                    let article = match name.starts_with(['a', 'e', 'i', 'o', 'u']) {
                        true => "an",
                        false => "a",
                    };
                    format!("Find {article} {name}")
                }
            },
        }
    }
    pub fn more_values(self, n: usize) -> String {
        match self.zh() {
            true => format!("更多（{n}）"),
            false => format!("More ({n})"),
        }
    }
    pub fn fewer_values(self) -> &'static str {
        self.pick("收起", "Fewer")
    }
    pub fn too_many_values(self, shown: usize) -> String {
        match self.zh() {
            true => format!("只列出前 {shown} 项，请用上面的查找框。"),
            false => format!("Only the first {shown} are listed; use the find box above."),
        }
    }
    pub fn no_values(self) -> &'static str {
        self.pick("没有匹配的项", "No matching values")
    }
    pub fn count_of(self, label: &str, n: u32) -> String {
        match self.zh() {
            true => format!("{label}：{n} 篇"),
            false => format!("{label}: {n}"),
        }
    }

    // Dates and timeline.
    pub fn date_range(self) -> &'static str {
        self.pick("日期", "Dates")
    }
    pub fn date_from(self) -> &'static str {
        self.pick("起", "From")
    }
    pub fn date_to(self) -> &'static str {
        self.pick("止", "To")
    }
    pub fn last_30_days(self) -> &'static str {
        self.pick("最近 30 天", "Last 30 days")
    }
    pub fn last_12_months(self) -> &'static str {
        self.pick("最近 12 个月", "Last 12 months")
    }
    pub fn year(self, year: u16) -> String {
        match self.zh() {
            true => format!("{year} 年"),
            false => year.to_string(),
        }
    }
    pub fn quick_ranges_note(self) -> &'static str {
        self.pick(
            "按语料中最新的公告计算",
            "counted back from the corpus's latest document",
        )
    }
    pub fn timeline_label(self) -> &'static str {
        self.pick("每月公告数", "Documents per month")
    }
    pub fn timeline_help(self) -> &'static str {
        self.pick(
            "点选一个月份，或拖动选择一段时间",
            "Click a month or drag across months to set the dates",
        )
    }
    pub fn timeline_summary(self, months: usize, max: u32) -> String {
        match self.zh() {
            true => format!("{months} 个月的柱状图，单月最多 {max} 篇"),
            false => format!("Bar chart of {months} months, at most {max} in a month"),
        }
    }
    /// A month of the timeline: the query's documents and the corpus's.
    pub fn month_share(self, month: &str, count: u32, corpus: u32) -> String {
        match (self.zh(), corpus) {
            (true, 0) => format!("{month}：语料库本月无数据"),
            (false, 0) => format!("{month}: no data (the corpus has no document this month)"),
            (true, _) => format!(
                "{month}：{count} 篇，占本月语料 {corpus} 篇的 {}",
                crate::related::types::percent(count as f32 / corpus as f32)
            ),
            (false, _) => format!(
                "{month}: {count} of the corpus's {corpus} documents ({})",
                crate::related::types::percent(count as f32 / corpus as f32)
            ),
        }
    }
    pub fn timeline_query_legend(self) -> &'static str {
        self.pick("当前结果", "these results")
    }
    pub fn timeline_corpus_legend(self) -> &'static str {
        self.pick("语料库全部", "whole corpus")
    }
    pub fn timeline_no_data_legend(self) -> &'static str {
        self.pick("无数据", "no data")
    }
    pub fn month_count(self, month: &str, n: u32) -> String {
        match self.zh() {
            true => format!("{month}：{n} 篇"),
            false => format!("{month}: {n} documents"),
        }
    }

    // Chips, notices, export.
    pub fn active_filters(self) -> &'static str {
        self.pick("当前筛选", "Active filters")
    }
    pub fn remove_filter(self, what: &str) -> String {
        match self.zh() {
            true => format!("移除筛选：{what}"),
            false => format!("Remove filter: {what}"),
        }
    }
    pub fn clear_all(self) -> &'static str {
        self.pick("全部清除", "Clear all")
    }
    pub fn dimension(self, dimension: Dimension) -> &'static str {
        match dimension {
            Dimension::Facet(facet) => self.facet(facet),
            Dimension::Dates => self.date_range(),
        }
    }
    pub fn ignored_in_link(self, items: &str) -> String {
        match self.zh() {
            true => format!("链接中有无法识别的参数，已忽略：{items}"),
            false => format!("The link has values Gazette cannot read; they were ignored: {items}"),
        }
    }
    pub fn unknown_in_corpus(self, items: &str) -> String {
        match self.zh() {
            true => format!("语料库中没有这些筛选值，已忽略：{items}"),
            false => format!("No document has these filter values; they were ignored: {items}"),
        }
    }
    pub fn dismiss(self) -> &'static str {
        self.pick("知道了", "Dismiss")
    }
    pub fn export(self) -> &'static str {
        self.pick("导出结果", "Export results")
    }
    pub fn export_as(self, format: &str, n: usize) -> String {
        match self.zh() {
            true => format!("导出全部 {n} 篇为 {format}"),
            false => format!("Export all {n} as {format}"),
        }
    }

    // Document.
    pub fn back_to_list(self) -> &'static str {
        self.pick("← 返回列表", "← Back to the list")
    }
    pub fn back_to_results(self) -> &'static str {
        self.pick("← 返回搜索结果", "← Back to the results")
    }
    pub fn no_such_document(self, id: &str) -> String {
        match self.zh() {
            true => format!("没有编号为 {id} 的公告（链接可能来自另一个语料库）。"),
            false => format!("There is no document {id} (the link may come from another corpus)."),
        }
    }
    pub fn original_link(self) -> &'static str {
        self.pick("原文链接 ↗", "Original ↗")
    }
    pub fn matches_label(self) -> &'static str {
        self.pick("匹配位置", "Matches")
    }
    pub fn no_match_in_text(self) -> &'static str {
        self.pick("正文中没有匹配", "No match in the text")
    }
    pub fn match_count(self, n: usize) -> String {
        match self.zh() {
            true => format!("{n} 处匹配"),
            false => format!("{n} matches"),
        }
    }
    /// While a long text is still arriving: "at least n".
    pub fn match_count_so_far(self, n: usize) -> String {
        match self.zh() {
            true => format!("已找到 {n} 处匹配…"),
            false => format!("{n} matches so far…"),
        }
    }
    pub fn match_position(self, i: usize, n: usize) -> String {
        match self.zh() {
            true => format!("第 {i} / {n} 处"),
            false => format!("{i} of {n}"),
        }
    }
    pub fn previous_match(self) -> &'static str {
        self.pick("上一处匹配", "Previous match")
    }
    pub fn next_match(self) -> &'static str {
        self.pick("下一处匹配", "Next match")
    }
    pub fn previous_match_keys(self) -> &'static str {
        self.pick("上一处匹配（↑ 或 N）", "Previous match (↑ or N)")
    }
    pub fn next_match_keys(self) -> &'static str {
        self.pick("下一处匹配（↓ 或 n）", "Next match (↓ or n)")
    }
    pub fn more_refs(self, n: usize) -> String {
        match self.zh() {
            true => format!("另有 {n} 项"),
            false => format!("{n} more"),
        }
    }
    pub fn truncated_note(self) -> &'static str {
        self.pick(
            "⚠ 原始抓取不完整：标题或正文可能被截断。",
            "⚠ The original capture is incomplete: the title or text may be cut short.",
        )
    }
    pub fn fact_origin(self) -> &'static str {
        self.pick("原始来源", "Origin")
    }
    pub fn fact_signature_date(self) -> &'static str {
        self.pick("成文日期", "Signed")
    }
    pub fn fact_reporter(self) -> &'static str {
        self.pick("记者", "Reporter")
    }
    pub fn fact_issuers(self) -> &'static str {
        self.pick("发文机关", "Issued by")
    }
    pub fn fact_agencies(self) -> &'static str {
        self.pick("涉及机构", "Agencies")
    }
    pub fn fact_people(self) -> &'static str {
        self.pick("人物", "People")
    }
    pub fn fact_refs(self) -> &'static str {
        self.pick("引用文件", "Cited documents")
    }
    pub fn fact_categories(self) -> &'static str {
        self.pick("分类", "Categories")
    }

    // Images and embedding.
    pub fn image_not_loaded(self) -> &'static str {
        self.pick("图片（未加载）", "Image (not loaded)")
    }
    pub fn image_note(self) -> &'static str {
        self.pick(
            "Gazette 不从网络加载图片；点击地址可在新标签页打开原图",
            "Gazette never loads images from the network; click the address to open the original in a new tab",
        )
    }
    pub fn open_full_viewer(self) -> &'static str {
        self.pick("在完整查看器中打开 ↗", "Open in the full viewer ↗")
    }

    // ---------------------------------------------------------------------
    // Related documents, repost clusters and the side-by-side comparison
    // (related_list, cluster_page, density_text, compare_page,
    // compare_toolbar, compare_table, doc_picker).
    // ---------------------------------------------------------------------

    // Related documents on a document page.
    pub fn related_heading(self) -> &'static str {
        self.pick("相关公告", "Related documents")
    }
    pub fn no_related(self) -> &'static str {
        self.pick("没有找到相关公告。", "No related documents found.")
    }
    pub fn compare_with_any(self) -> &'static str {
        self.pick("与任意公告对照…", "Compare with any document…")
    }
    /// The link that opens two documents side by side.
    pub fn compare_link(self) -> &'static str {
        self.pick("对照阅读", "Compare side by side")
    }
    pub fn relatedness_title(self) -> &'static str {
        self.pick("相关度（0–100）", "Relatedness (0–100)")
    }
    /// The repost cluster a document belongs to, and its place in it.
    pub fn cluster_note(self, members: usize, canonical: bool) -> String {
        match (self.zh(), canonical) {
            (true, true) => format!("同一公告共有 {members} 个来源发布，本文是其参照文本。"),
            (true, false) => format!("同一公告共有 {members} 个来源发布，本文是其中一个转载。"),
            (false, true) => format!(
                "{members} sources published this announcement; this is its reference copy."
            ),
            (false, false) => format!(
                "{members} sources published this announcement; this is one of the reposts."
            ),
        }
    }
    pub fn view_cluster(self) -> &'static str {
        self.pick(
            "查看转载簇与传播时间线 →",
            "See the repost cluster and how it spread →",
        )
    }
    /// Why two documents are related, in words.
    pub fn reason(self, reason: &Reason) -> String {
        let zh = self.zh();
        match reason {
            Reason::SharedText {
                passages,
                this_share,
                other_share,
            } => {
                let (this, other) = (percent(*this_share), percent(*other_share));
                match zh {
                    true => format!("{passages} 段相同文字（占本文 {this}，占对方 {other}）"),
                    false => format!(
                        "{passages} shared passage{} ({this} of this text, {other} of the other)",
                        if *passages == 1 { "" } else { "s" }
                    ),
                }
            }
            Reason::SameTitle => self.pick("标题相同", "Same title").to_owned(),
            Reason::SimilarTitle { similarity } => match zh {
                true => format!("标题相近（{}）", percent(*similarity)),
                false => format!("Similar title ({})", percent(*similarity)),
            },
            Reason::SharedRefs { refs } => match zh {
                true => format!("同引 {}", refs.join("、")),
                false => format!("Both cite {}", refs.join(", ")),
            },
            Reason::SharedPeople { names } => match zh {
                true => format!("同提及 {}", names.join("、")),
                false => format!("Both mention {}", names.join(", ")),
            },
            Reason::SharedAgencies { agencies } => match zh {
                true => format!("同涉及 {}", agencies.join("、")),
                false => format!("Both concern {}", agencies.join(", ")),
            },
            Reason::NearDate { days } => match (zh, days) {
                (true, 0) => "同日发布".to_owned(),
                (true, days) => format!("发布相隔 {days} 天"),
                (false, 0) => "Published the same day".to_owned(),
                (false, 1) => "Published 1 day apart".to_owned(),
                (false, days) => format!("Published {days} days apart"),
            },
        }
    }

    // Repost cluster page.
    pub fn not_in_cluster(self, id: &str) -> String {
        match self.zh() {
            true => format!("编号为 {id} 的公告不属于任何转载簇。"),
            false => format!("Document {id} is not part of any repost cluster."),
        }
    }
    pub fn back_to_document(self) -> &'static str {
        self.pick("← 返回公告", "← Back to the document")
    }
    pub fn cluster_heading(self, sources: usize) -> String {
        match self.zh() {
            true => format!("转载簇 · {sources} 个来源"),
            false => format!("Repost cluster · {sources} sources"),
        }
    }
    pub fn propagation_timeline(self) -> &'static str {
        self.pick("传播时间线", "Propagation timeline")
    }
    pub fn density_heading(self) -> &'static str {
        self.pick(
            "参照文本（每段有几个转载包含它，缺的是哪些）",
            "The reference copy (how many reposts contain each paragraph, and which lack it)",
        )
    }
    /// The canonical member's place in the timeline: the copy the others
    /// are measured against (complete, official, earliest — in that order).
    pub fn reference_copy(self) -> &'static str {
        self.pick("参照文本", "Reference copy")
    }
    pub fn reference_copy_title(self) -> &'static str {
        self.pick(
            "其他转载与它对照：优先选完整的一份，其次是官方来源，再次是最早的",
            "The copy the others are measured against: a complete one first, then an official source, then the earliest",
        )
    }
    /// A member that is a complete copy, when some member is not.
    pub fn copy_complete(self) -> &'static str {
        self.pick("完整", "Complete")
    }
    pub fn copy_cut(self) -> &'static str {
        self.pick("截断", "Cut short")
    }
    pub fn no_complete_copy(self) -> &'static str {
        self.pick(
            "这组转载中没有完整的一份：参照文本是截断副本中最长的一份。",
            "No copy in this cluster is complete: the reference copy is the longest of the cut ones.",
        )
    }
    pub fn copy_cut_title(self) -> &'static str {
        self.pick(
            "抓取不完整：在其他转载继续的地方以省略号结束，或构建时已标记为截断",
            "An incomplete scrape: it stops on an ellipsis where another copy goes on, or the build flagged it",
        )
    }
    pub fn date_unknown(self) -> &'static str {
        self.pick("日期不明", "Date unknown")
    }
    /// A member's delay after the original: `同时`, `+3 小时`, `+2 天`, `-1 天`.
    pub fn lag(self, minutes: i64) -> String {
        let sign = if minutes < 0 { "-" } else { "+" };
        let m = minutes.unsigned_abs();
        let (n, zh_unit, en_unit) = match m {
            0 => return self.pick("同时", "Same time").to_owned(),
            1..=59 => (m, "分钟", "min"),
            60..=1439 => (m / 60, "小时", if m / 60 == 1 { "hour" } else { "hours" }),
            _ => (m / 1440, "天", if m / 1440 == 1 { "day" } else { "days" }),
        };
        format!("{sign}{n} {}", self.pick(zh_unit, en_unit))
    }
    pub fn stated_origin(self, origin: &str) -> String {
        match self.zh() {
            true => format!("注明来源：{origin}"),
            false => format!("Credited source: {origin}"),
        }
    }
    /// How much of the reference copy a member has, as a percentage.
    pub fn member_covers(self, share: &str) -> String {
        match self.zh() {
            true => format!("含参照文本的 {share}"),
            false => format!("has {share} of the reference copy"),
        }
    }
    /// How much of a member's text the reference copy does not have.
    pub fn member_adds(self, share: &str) -> String {
        match self.zh() {
            true => format!("另有 {share} 为参照文本所无"),
            false => format!("{share} of it is not in the reference copy"),
        }
    }
    /// The outlets whose copy lacks a paragraph of the reference copy.
    pub fn density_missing(self, outlets: &str) -> String {
        match self.zh() {
            true => format!("缺：{outlets}"),
            false => format!("missing from: {outlets}"),
        }
    }
    pub fn density_title(self, count: usize, members: usize) -> String {
        match self.zh() {
            true => format!("{count} / {members} 个转载包含此段"),
            false => format!("{count} of {members} reposts contain this paragraph"),
        }
    }

    // Comparison page.
    pub fn compare_heading(self) -> &'static str {
        self.pick("对照阅读", "Side-by-side comparison")
    }
    pub fn compare_pick_heading(self) -> &'static str {
        self.pick(
            "对照阅读：选择两篇公告",
            "Side-by-side comparison: choose two documents",
        )
    }
    pub fn compare_missing_document(self, id: &str) -> String {
        match self.zh() {
            true => format!("没有编号为 {id} 的公告。"),
            false => format!("There is no document {id}."),
        }
    }
    pub fn pick_side(self, side: char) -> String {
        match self.zh() {
            true => format!("选择 {side} 侧公告"),
            false => format!("Choose document {side}"),
        }
    }
    pub fn pick_placeholder(self) -> &'static str {
        self.pick(
            "输入标题或正文中的词语",
            "Type words from the title or text",
        )
    }
    /// Label before the share of `of`'s text found in `in_`.
    pub fn share_found_in(self, of: char, in_: char) -> String {
        match self.zh() {
            true => format!("{of} 见于 {in_} "),
            false => format!("{of} found in {in_}: "),
        }
    }
    pub fn share_found_in_title(self, of: char, in_: char) -> String {
        match self.zh() {
            true => format!("{of} 的文字中见于 {in_} 的比例"),
            false => format!("Share of the text of {of} that is also in {in_}"),
        }
    }
    pub fn differences(self, n: usize) -> String {
        match (self.zh(), n) {
            (true, n) => format!("{n} 处不同"),
            (false, 1) => "1 difference".to_owned(),
            (false, n) => format!("{n} differences"),
        }
    }
    pub fn hidden_boilerplate(self, a: usize, b: usize) -> String {
        match self.zh() {
            true => format!("已隐藏套话段落 A {a} · B {b}"),
            false => format!("Boilerplate paragraphs hidden: A {a} · B {b}"),
        }
    }
    pub fn legend(self) -> &'static str {
        self.pick("图例", "Legend")
    }
    pub fn legend_same(self) -> &'static str {
        self.pick("相同段落", "Identical paragraph")
    }
    pub fn legend_changed(self) -> &'static str {
        self.pick("改动段落：", "Changed paragraph: ")
    }
    pub fn legend_deleted(self) -> &'static str {
        self.pick("删去", "deleted")
    }
    pub fn legend_inserted(self) -> &'static str {
        self.pick("新增", "inserted")
    }
    pub fn legend_moved(self) -> &'static str {
        self.pick("位置移动", "Moved")
    }
    pub fn legend_one_side(self) -> &'static str {
        self.pick(
            "仅一侧有（另一侧留空）",
            "On one side only (the other is left blank)",
        )
    }
    pub fn legend_shared(self) -> &'static str {
        self.pick(
            "别处相同的文字",
            "Text found elsewhere in the other document",
        )
    }

    // Comparison toolbar.
    pub fn compare_tools(self) -> &'static str {
        self.pick("对照工具", "Comparison tools")
    }
    /// Which difference is selected (`position` from 0), or how many there are.
    pub fn difference_position(self, count: usize, position: Option<usize>) -> String {
        match (self.zh(), count, position) {
            (true, 0, _) => "两文无差异".to_owned(),
            (false, 0, _) => "The texts are identical".to_owned(),
            (_, n, None) => self.differences(n),
            (true, n, Some(p)) => format!("第 {} / {n} 处不同", p + 1),
            (false, n, Some(p)) => format!("Difference {} of {n}", p + 1),
        }
    }
    pub fn previous_difference(self) -> &'static str {
        self.pick("上一处不同", "Previous difference")
    }
    pub fn previous_difference_button(self) -> &'static str {
        self.pick("↑ 上一处", "↑ Previous")
    }
    pub fn next_difference(self) -> &'static str {
        self.pick("下一处不同", "Next difference")
    }
    pub fn next_difference_button(self) -> &'static str {
        self.pick("↓ 下一处", "↓ Next")
    }
    pub fn swap_sides(self) -> &'static str {
        self.pick("⇄ 交换两侧", "⇄ Swap sides")
    }
    pub fn ignore_punctuation(self) -> &'static str {
        self.pick("忽略标点与全半角", "Ignore punctuation and full/half width")
    }
    pub fn hide_boilerplate(self) -> &'static str {
        self.pick("隐藏套话段落", "Hide boilerplate paragraphs")
    }
    pub fn sync_scroll(self) -> &'static str {
        self.pick("同步滚动", "Scroll together")
    }
    pub fn export_html(self) -> &'static str {
        self.pick("导出 HTML", "Export HTML")
    }
    pub fn export_markdown(self) -> &'static str {
        self.pick("导出 Markdown", "Export Markdown")
    }

    // Comparison panes.
    pub fn pane_label(self, side: char) -> String {
        match self.zh() {
            true => format!("{side} 的正文"),
            false => format!("Text of {side}"),
        }
    }
    /// A row kind's tag (same rows show none).
    pub fn row_kind(self, kind: RowKind) -> &'static str {
        match kind {
            RowKind::Same => self.pick("相同", "Same"),
            RowKind::Changed => self.pick("改动", "Changed"),
            RowKind::Moved => self.pick("移动", "Moved"),
            RowKind::OnlyA => self.pick("仅 A", "Only in A"),
            RowKind::OnlyB => self.pick("仅 B", "Only in B"),
        }
    }
    /// The blank cell opposite a paragraph only the other side has.
    pub fn not_on_side(self, side: char) -> String {
        match self.zh() {
            true => format!("{side} 无此段"),
            false => format!("Not in {side}"),
        }
    }
    /// Where a moved paragraph stands on the other side (`n` from 1).
    pub fn moved_to(self, side: char, n: usize) -> String {
        match self.zh() {
            true => format!("在 {side} 中是第 {n} 段"),
            false => format!("Paragraph {n} in {side}"),
        }
    }

    // Instruments: outline, article links, citations (issue 16).
    pub fn outline_title(self, articles: usize) -> String {
        match self.zh() {
            true => format!("目录（{articles} 条）"),
            false => format!("Outline ({articles} articles)"),
        }
    }
    pub fn outline_attachment(self, n: usize) -> String {
        match self.zh() {
            true => format!("附件 {n}"),
            false => format!("Attachment {n}"),
        }
    }
    pub fn article_link_title(self) -> &'static str {
        self.pick("本条链接", "Link to this article")
    }
    pub fn copy_citation(self) -> &'static str {
        self.pick("复制引用", "Copy citation")
    }
    pub fn citation_copied(self) -> &'static str {
        self.pick("已复制", "Copied")
    }
    pub fn citation_not_copied(self) -> &'static str {
        self.pick("无法复制", "Could not copy")
    }
    pub fn no_such_article(self, number: u32) -> String {
        match self.zh() {
            true => format!("本文没有{}。", article_label(number)),
            false => format!("This text has no article {number}."),
        }
    }
    /// An article by number: 第十二条, Article 12.
    pub fn article(self, number: u32) -> String {
        match self.zh() {
            true => article_label(number),
            false => format!("Article {number}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ZH: Texts = Texts(Lang::Zh);
    const EN: Texts = Texts(Lang::En);

    #[test]
    fn lags_round_down_to_the_largest_whole_unit() {
        let cases = [
            (0, "同时", "Same time"),
            (45, "+45 分钟", "+45 min"),
            (180, "+3 小时", "+3 hours"),
            (60, "+1 小时", "+1 hour"),
            (-1440, "-1 天", "-1 day"),
            (3 * 1440 + 59, "+3 天", "+3 days"),
        ];
        for (minutes, zh, en) in cases {
            assert_eq!(ZH.lag(minutes), zh, "{minutes} minutes");
            assert_eq!(EN.lag(minutes), en, "{minutes} minutes");
        }
    }

    #[test]
    fn reasons_read_naturally_in_both_languages() {
        let cases = [
            (
                Reason::SharedText {
                    passages: 3,
                    this_share: 0.8234,
                    other_share: 0.76,
                },
                "3 段相同文字（占本文 82%，占对方 76%）",
                "3 shared passages (82% of this text, 76% of the other)",
            ),
            (
                Reason::SharedText {
                    passages: 1,
                    this_share: 0.1,
                    other_share: 0.05,
                },
                "1 段相同文字（占本文 10%，占对方 5%）",
                "1 shared passage (10% of this text, 5% of the other)",
            ),
            (Reason::SameTitle, "标题相同", "Same title"),
            (
                Reason::SimilarTitle { similarity: 0.85 },
                "标题相近（85%）",
                "Similar title (85%)",
            ),
            (
                Reason::SharedRefs {
                    refs: vec!["《数据安全法》".into(), "《网络安全法》".into()],
                },
                "同引 《数据安全法》、《网络安全法》",
                "Both cite 《数据安全法》, 《网络安全法》",
            ),
            (
                Reason::SharedAgencies {
                    agencies: vec!["国家网信办".into()],
                },
                "同涉及 国家网信办",
                "Both concern 国家网信办",
            ),
            (
                Reason::NearDate { days: 0 },
                "同日发布",
                "Published the same day",
            ),
            (
                Reason::NearDate { days: 2 },
                "发布相隔 2 天",
                "Published 2 days apart",
            ),
        ];
        for (reason, zh, en) in cases {
            assert_eq!(ZH.reason(&reason), zh);
            assert_eq!(EN.reason(&reason), en);
        }
    }

    #[test]
    fn the_difference_counter_names_the_selected_difference() {
        assert_eq!(ZH.difference_position(0, None), "两文无差异");
        assert_eq!(ZH.difference_position(4, None), "4 处不同");
        assert_eq!(ZH.difference_position(4, Some(0)), "第 1 / 4 处不同");
        assert_eq!(EN.difference_position(1, None), "1 difference");
        assert_eq!(EN.difference_position(4, Some(3)), "Difference 4 of 4");
    }
}
#[test]
fn facet_values_read_in_the_reader_s_language() {
    let (zh, en) = (Texts(Lang::Zh), Texts(Lang::En));
    assert_eq!(zh.facet_value(Facet::Agency, "中央网信办"), "中央网信办");
    let english = en.facet_value(Facet::Agency, "中央网信办");
    assert!(english.is_ascii() && !english.is_empty(), "{english}");
    assert_eq!(
        en.facet_value(Facet::Agency, "不在表中的部门"),
        "不在表中的部门"
    );
    assert_eq!(en.facet_value(Facet::Source, "新华社"), "新华社");
    assert_eq!(zh.facet_value(Facet::Kind, "meeting"), "会议");
    assert_eq!(en.facet_value(Facet::Kind, "meeting"), "Meeting");
    assert_eq!(
        zh.facet_value(Facet::Instrument, "网络安全法"),
        "《网络安全法》"
    );
}
