//! The words of the article-by-article comparison.

use super::Texts;
use crate::compare::articles::ArticleChange;

impl Texts {
    pub fn compare_by(self) -> &'static str {
        self.pick("对照方式", "Compare")
    }
    pub fn by_paragraph(self) -> &'static str {
        self.pick("逐段", "By paragraph")
    }
    pub fn by_article(self) -> &'static str {
        self.pick("逐条", "By article")
    }
    pub fn ignore_headings(self) -> &'static str {
        self.pick("忽略条旨", "Ignore 【条旨】 headings")
    }
    pub fn ignore_numbering(self) -> &'static str {
        self.pick("忽略条号变化", "Ignore renumbering")
    }
    pub fn changes_only(self) -> &'static str {
        self.pick("只看有变化的条", "Changed articles only")
    }
    pub fn article_change(self, change: ArticleChange) -> &'static str {
        match change {
            ArticleChange::Same => self.pick("未变", "unchanged"),
            ArticleChange::Renumbered => self.pick("仅条号变化", "renumbered"),
            ArticleChange::Changed => self.pick("修改", "changed"),
            ArticleChange::Moved => self.pick("移动", "moved"),
            ArticleChange::Added => self.pick("新增", "added"),
            ArticleChange::Deleted => self.pick("删除", "deleted"),
        }
    }
    pub fn article_counts(self, counts: &[(ArticleChange, usize)]) -> String {
        counts
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|&(change, n)| match self.zh() {
                true => format!("{} {n} 条", self.article_change(change)),
                false => format!("{n} {}", self.article_change(change)),
            })
            .collect::<Vec<_>>()
            .join(" · ")
    }
    pub fn same_articles_hidden(self, n: usize) -> String {
        match self.zh() {
            true => format!("另有 {n} 条未变，已隐藏"),
            false => format!("{n} unchanged articles hidden"),
        }
    }
    pub fn no_article_comparison(self) -> &'static str {
        self.pick(
            "两篇公告不都载有条文（至少三条），无法逐条对照。",
            "The two documents do not both carry articles (three at least): no article comparison.",
        )
    }
}
