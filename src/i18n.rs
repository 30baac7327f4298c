//! Every string the reader sees, in Chinese and English, in one place.
//!
//! Components ask for [`Texts`] with [`use_texts`] and call its methods; no
//! other module holds user-visible words. The language comes from the
//! reader's choice (kept in `localStorage`), else from the browser.

use gazette_core::facets::{Dimension, Facet};
use gazette_core::search::Sort;
use yew::prelude::*;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// 简体中文.
    Zh,
    /// English.
    En,
}

const STORAGE_KEY: &str = "gazette.lang";

impl Lang {
    /// The reader's stored choice, else the browser's first language.
    pub fn initial() -> Lang {
        let window = gloo::utils::window();
        let stored = window
            .local_storage()
            .ok()
            .flatten()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
        match stored.as_deref() {
            Some("en") => Lang::En,
            Some("zh") => Lang::Zh,
            _ => match window.navigator().language() {
                Some(tag) if !tag.to_ascii_lowercase().starts_with("zh") => Lang::En,
                _ => Lang::Zh,
            },
        }
    }

    /// Remembers the choice (silently not, where storage is blocked).
    pub fn store(self) {
        if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
            let _ = storage.set_item(STORAGE_KEY, self.code());
        }
    }

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

/// The language and a way to switch it, provided by the app.
#[derive(Clone, PartialEq)]
pub struct LangChoice {
    /// The current language.
    pub lang: Lang,
    /// Switches to a language.
    pub set: Callback<Lang>,
}

/// The interface strings in the current language.
#[hook]
pub fn use_texts() -> Texts {
    Texts(use_context::<LangChoice>().map_or(Lang::Zh, |c| c.lang))
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

    // Header and app.
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
                (" 整句 · ", "-约谈"),
                (" 排除 · ", "清朗 OR 专项行动"),
                (" 任一", ""),
            ],
            false => [
                ("space = all words · ", "\"数据 出境\""),
                (" exact phrase · ", "-约谈"),
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
    pub fn nothing_contains(self, terms: &[String]) -> String {
        let quoted: Vec<String> = terms.iter().map(|t| format!("“{t}”")).collect();
        match (self.zh(), quoted.is_empty()) {
            (true, true) => "没有符合这些条件的公告。".to_owned(),
            (true, false) => format!(
                "没有公告同时包含 {}。可以减少词语，或用 OR 连接近义词。",
                quoted.join("、")
            ),
            (false, true) => "No document matches these conditions.".to_owned(),
            (false, false) => format!(
                "No document contains all of {}. Try fewer words, or join alternatives with OR.",
                quoted.join(", ")
            ),
        }
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
            Facet::Person => self.pick("人物", "People"),
            Facet::Kind => self.pick("类型", "Kind"),
            Facet::Category => self.pick("分类", "Category"),
            Facet::Tag => self.pick("标签", "Tag"),
            Facet::Origin => self.pick("原始来源", "Origin"),
        }
    }
    pub fn find_in_facet(self, facet: Facet) -> String {
        match self.zh() {
            true => format!("查找{}", self.facet(facet)),
            false => format!("Find a {}", self.facet(facet).to_lowercase()),
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
    pub fn fact_reporter(self) -> &'static str {
        self.pick("记者", "Reporter")
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
}
