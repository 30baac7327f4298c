//! The words of saved work: searches, collections, notes, the file.

use super::Texts;
use crate::saved::file::FileError;
use crate::saved::Merged;
use crate::saved::Standing;
use crate::url_state::ListView;

impl Texts {
    pub fn saved_link(self, n: usize) -> String {
        match (self.zh(), n) {
            (true, 0) => "已保存".to_owned(),
            (true, n) => format!("已保存 · {n}"),
            (false, 0) => "Saved".to_owned(),
            (false, n) => format!("Saved · {n}"),
        }
    }
    pub fn saved_heading(self) -> &'static str {
        self.pick("已保存的工作", "Saved work")
    }
    pub fn saved_intro(self) -> &'static str {
        self.pick(
            "检索、收藏夹与批注保存在本浏览器中，只属于这个语料库。导出为文件可备份，或在另一台电脑、另一个浏览器中导入。",
            "Searches, collections and notes are kept in this browser, for this corpus only. Export them as a file to back them up, or import it on another computer or browser.",
        )
    }
    pub fn saved_not_kept(self) -> &'static str {
        self.pick(
            "此浏览器不允许本页保存数据（隐私模式、嵌入页面或存储已满）：关闭页面前请导出文件，否则工作会丢失。",
            "This browser does not let the page keep data (private mode, an embedded page, or storage full): export a file before closing the page, or the work is lost.",
        )
    }
    pub fn saved_searches_heading(self) -> &'static str {
        self.pick("保存的检索", "Saved searches")
    }
    pub fn collections_heading(self) -> &'static str {
        self.pick("收藏夹", "Collections")
    }
    pub fn notes_heading(self) -> &'static str {
        self.pick("批注", "Notes")
    }
    pub fn no_saved_searches(self) -> &'static str {
        self.pick(
            "还没有保存的检索。在列表页点「☆ 保存检索」，连同筛选条件一起保存；之后这里会显示新增的公告。",
            "No saved searches yet. On the list, “☆ Save search” keeps the query with its filters; this page then shows what is new.",
        )
    }
    pub fn no_collections(self) -> &'static str {
        self.pick(
            "还没有收藏夹。在公告页点「☆ 收藏」。",
            "No collections yet. On a document, use “☆ Collect”.",
        )
    }
    pub fn no_notes(self) -> &'static str {
        self.pick(
            "还没有批注。在公告正文中选中一段文字，再点「标注所选文字」。",
            "No notes yet. Select a passage of a document's text, then “Highlight the selection”.",
        )
    }

    // Saved searches.
    pub fn save_search(self) -> &'static str {
        self.pick("☆ 保存检索", "☆ Save search")
    }
    pub fn search_saved(self) -> &'static str {
        self.pick("★ 已保存", "★ Saved")
    }
    /// The name a search is saved under: its query (or "all"), its filters.
    pub fn search_name(self, view: &ListView) -> String {
        let mut parts = vec![match view.query.trim() {
            "" => self.pick("全部公告", "All documents").to_owned(),
            query => query.to_owned(),
        }];
        parts.extend(view.filters.values().map(|(_, value)| value.to_owned()));
        match (view.filters.from, view.filters.to) {
            (None, None) => {}
            (from, to) => parts.push(format!(
                "{}–{}",
                from.map(|d| d.to_string()).unwrap_or_default(),
                to.map(|d| d.to_string()).unwrap_or_default()
            )),
        }
        parts.join(" · ")
    }
    pub fn new_since_seen(self, n: usize) -> String {
        match self.zh() {
            true => format!("新增 {n} 篇"),
            false => format!("{n} new"),
        }
    }
    pub fn saved_on(self, day: &str) -> String {
        match self.zh() {
            true => format!("保存于 {day}"),
            false => format!("saved {day}"),
        }
    }
    pub fn mark_seen(self) -> &'static str {
        self.pick("标为已看", "Mark as seen")
    }
    pub fn forget(self) -> &'static str {
        self.pick("删除", "Delete")
    }

    // Collections.
    pub fn collect_summary(self, holding: usize) -> String {
        match (self.zh(), holding) {
            (true, 0) => "☆ 收藏".to_owned(),
            (true, n) => format!("★ 已收藏（{n} 个收藏夹）"),
            (false, 0) => "☆ Collect".to_owned(),
            (false, 1) => "★ In 1 collection".to_owned(),
            (false, n) => format!("★ In {n} collections"),
        }
    }
    pub fn new_collection(self) -> &'static str {
        self.pick("新收藏夹名称", "New collection name")
    }
    pub fn add(self) -> &'static str {
        self.pick("添加", "Add")
    }
    pub fn export_citations(self) -> &'static str {
        self.pick("导出引文：", "Export citations:")
    }
    pub fn forget_collection(self) -> &'static str {
        self.pick("删除收藏夹", "Delete collection")
    }
    pub fn remove_from_collection(self) -> &'static str {
        self.pick("移出收藏夹", "Remove from the collection")
    }
    pub fn not_in_corpus(self) -> &'static str {
        self.pick("已不在语料库中", "no longer in the corpus")
    }
    /// Under an exported collection's heading: the corpus, the count, the day.
    pub fn collection_summary(self, corpus: &str, n: usize, day: &str) -> String {
        let day = match self.zh() {
            true => format!("引用日期 {day}"),
            false => format!("accessed {day}"),
        };
        [corpus.to_owned(), self.documents(n), day]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" · ")
    }
    pub fn open_in_gazette(self) -> &'static str {
        self.pick("在 Gazette 中打开", "Open in Gazette")
    }

    // Notes.
    pub fn highlight_selection(self) -> &'static str {
        self.pick("✎ 标注所选文字", "✎ Highlight the selection")
    }
    pub fn note_label(self) -> &'static str {
        self.pick(
            "批注（可留空，仅高亮）",
            "Note (may be empty: a plain highlight)",
        )
    }
    pub fn note_placeholder(self) -> &'static str {
        self.pick("写下你的看法……", "Your note…")
    }
    pub fn note_not_in_text(self) -> &'static str {
        self.pick(
            "所选文字不在正文中（请只选正文里的文字）。",
            "The selection is not in the text (select words of the text only).",
        )
    }
    pub fn save_note(self) -> &'static str {
        self.pick("保存批注", "Save note")
    }
    pub fn cancel(self) -> &'static str {
        self.pick("取消", "Cancel")
    }
    pub fn go_to_passage(self) -> &'static str {
        self.pick("跳到原文", "Go to the passage")
    }
    pub fn note_lost(self) -> &'static str {
        self.pick(
            "原文已不在本文中（语料重建后文字有变）",
            "The passage is no longer in the text (changed by a rebuild)",
        )
    }
    pub fn note_standing(self, standing: Standing) -> &'static str {
        match standing {
            Standing::Found => self.pick("原文在", "passage found"),
            Standing::Moved => self.pick(
                "原文有改动，按首尾定位",
                "passage edited: found by its ends",
            ),
            Standing::Lost => self.note_lost(),
            Standing::Gone => self.pick("公告已不在语料库中", "document no longer in the corpus"),
        }
    }

    // The file.
    pub fn export_saved(self) -> &'static str {
        self.pick("导出全部（JSON 文件）", "Export all (JSON file)")
    }
    pub fn import_saved(self) -> &'static str {
        self.pick("导入工作文件（JSON）…", "Import a saved-work file (JSON)…")
    }
    pub fn imported(self, merged: Merged, from: &str, corpus: &str) -> String {
        let other = (!from.is_empty() && from != corpus).then_some(from);
        match self.zh() {
            true => format!(
                "已导入：新增 {} 个检索、{} 篇收藏、{} 条批注{}。",
                merged.searches,
                merged.items,
                merged.notes,
                other
                    .map(|f| format!("（文件来自语料库「{f}」）"))
                    .unwrap_or_default()
            ),
            false => format!(
                "Imported: {} new searches, {} documents collected, {} notes{}.",
                merged.searches,
                merged.items,
                merged.notes,
                other
                    .map(|f| format!(" (the file is from the corpus “{f}”)"))
                    .unwrap_or_default()
            ),
        }
    }
    pub fn import_failed(self, error: &FileError) -> String {
        match (self.zh(), error) {
            (true, FileError::NotSavedWork) => {
                "这不是 Gazette 导出的工作文件，未导入任何内容。".to_owned()
            }
            (true, FileError::Newer(v)) => {
                format!(
                    "此文件由更新版本的 Gazette 写出（格式 {v}），请用新版打开。未导入任何内容。"
                )
            }
            (
                true,
                FileError::Unreadable {
                    line,
                    column,
                    message,
                },
            ) => {
                format!("文件无法读取（第 {line} 行第 {column} 列：{message}），未导入任何内容。")
            }
            (false, error) => format!("Nothing imported: {error}."),
        }
    }
    pub fn import_unreadable(self) -> &'static str {
        self.pick("无法读取该文件。", "The file could not be read.")
    }
}
