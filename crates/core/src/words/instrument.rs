//! The words of instruments: the facts box, the instrument page.

use super::Texts;
use crate::instrument::registry::Happened;
use crate::instrument::Stage;

impl Texts {
    pub fn fact_carries(self) -> &'static str {
        self.pick("所载法规", "Instrument")
    }
    pub fn effective_on(self, day: &str) -> String {
        match self.zh() {
            true => format!("{day} 起施行"),
            false => format!("in force from {day}"),
        }
    }
    pub fn instrument_missing(self, key: &str) -> String {
        match self.zh() {
            true => format!("语料库中没有《{key}》。"),
            false => format!("The corpus has no instrument 《{key}》."),
        }
    }
    pub fn instrument_numbers(self) -> &'static str {
        self.pick("文号", "Number")
    }
    pub fn instrument_issuers(self) -> &'static str {
        self.pick("发文机关", "Issued by")
    }
    pub fn instrument_aliases(self) -> &'static str {
        self.pick("又写作", "Also written")
    }
    pub fn instrument_timeline(self) -> &'static str {
        self.pick("沿革", "Lifecycle")
    }
    pub fn instrument_versions(self, n: usize) -> String {
        match self.zh() {
            true => format!("载有全文的公告（{n}）"),
            false => format!("Documents carrying its text ({n})"),
        }
    }
    pub fn instrument_no_text(self) -> &'static str {
        self.pick(
            "语料库中没有载有其全文的公告；以下是引用或报道它的公告。",
            "No document of the corpus carries its text; below, those that cite or report on it.",
        )
    }
    pub fn instrument_citing(self, n: usize) -> String {
        match self.zh() {
            true => format!("引用或报道它的公告（{n}）"),
            false => format!("Documents citing or reporting on it ({n})"),
        }
    }
    pub fn instrument_more(self, n: usize) -> String {
        match self.zh() {
            true => format!("另有 {n} 篇，在列表中查看"),
            false => format!("{n} more: see them in the list"),
        }
    }
    pub fn edition_copies(self) -> &'static str {
        self.pick("转载：", "Reposted by ")
    }
    pub fn instrument_in_list(self) -> &'static str {
        self.pick(
            "在列表中查看全部（可继续检索、筛选）",
            "Open them all in the list (search and filter further)",
        )
    }
    pub fn compare_versions(self) -> &'static str {
        self.pick(
            "逐条对照征求意见稿与正式文本",
            "Compare the draft with the final, article by article",
        )
    }
    pub fn stage(self, stage: Stage) -> &'static str {
        match stage {
            Stage::Draft => self.pick("征求意见稿", "draft"),
            Stage::Final => self.pick("正式文本", "final"),
            Stage::Amendment => self.pick("修改决定", "amendment"),
        }
    }
    pub fn happened(self, what: Happened) -> &'static str {
        match what {
            Happened::Draft => self.pick("公开征求意见", "draft published for comment"),
            Happened::Issued => self.pick("发布", "issued"),
            Happened::Effective => self.pick("施行", "in force"),
            Happened::Amended => self.pick("修改", "amended"),
            Happened::Repealed => self.pick("废止", "repealed"),
            Happened::Revised => self.pick(
                "修订（新版本取代旧版本）",
                "revised (a new version replaces it)",
            ),
            Happened::FirstCited => self.pick("语料中首次提及", "first mentioned in the corpus"),
        }
    }
}
