//! A viewer for one corpus: the app, built once without any corpus, and the
//! corpus's pack beside it.
//!
//! The app template is a Trunk build of the app (`dist/` after
//! `trunk build --release --offline --locked`): its page, loader, glue, wasm
//! and styles, and `gazette-offline.html`, the same app in one file with an
//! empty corpus slot. A site is that template with
//! - `corpus.gazette`, the pack the hosted app fetches at start, and
//! - `gazette-offline.html` with the pack in its slot (gzip, base64), so the
//!   single file still needs nothing else.
//!
//! Nothing is compiled per corpus: making a site is copying files, packing
//! the corpus and compressing it.

use anyhow::{bail, Context, Result};
use base64::Engine as _;
use flate2::{write::GzEncoder, Compression};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The pack's file name in a hosted site (the app fetches it by this name).
pub const PACK_NAME: &str = "corpus.gazette";
/// The single-file viewer's name, in the template and in a site.
pub const OFFLINE_NAME: &str = "gazette-offline.html";
/// The id of the single file's corpus slot (read by the app's loader).
pub const SLOT_ID: &str = "gazette-corpus";

/// What [`write_site`] wrote, for the command's summary.
#[derive(Debug)]
pub struct Written {
    /// App files copied from the template.
    pub app_files: usize,
    /// Bytes of `corpus.gazette`.
    pub pack_bytes: usize,
    /// Bytes of `gazette-offline.html`.
    pub offline_bytes: usize,
}

/// Writes a site for `pack` into `out` from the app template in `app`
/// (`app` and `out` may be the same directory: the corpus is then replaced).
pub fn write_site(app: &Path, out: &Path, pack: &[u8]) -> Result<Written> {
    let template = AppTemplate::read(app)?;
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    let same_dir = same_directory(app, out);
    let mut app_files = 0;
    for file in &template.files {
        let name = file.file_name().unwrap_or_default();
        if !same_dir {
            let target = out.join(name);
            std::fs::copy(file, &target).with_context(|| {
                format!("cannot copy {} to {}", file.display(), target.display())
            })?;
        }
        app_files += 1;
    }
    let pack_path = out.join(PACK_NAME);
    std::fs::write(&pack_path, pack)
        .with_context(|| format!("cannot write {}", pack_path.display()))?;
    let offline = fill_slot(&template.offline_shell, pack)
        .with_context(|| format!("{}", app.join(OFFLINE_NAME).display()))?;
    let offline_path = out.join(OFFLINE_NAME);
    std::fs::write(&offline_path, &offline)
        .with_context(|| format!("cannot write {}", offline_path.display()))?;
    Ok(Written {
        app_files,
        pack_bytes: pack.len(),
        offline_bytes: offline.len(),
    })
}

/// The app files of a Trunk build, and its single-file shell.
struct AppTemplate {
    /// Every file of the app but the corpus and the single file.
    files: Vec<PathBuf>,
    offline_shell: String,
}

impl AppTemplate {
    fn read(dir: &Path) -> Result<Self> {
        let entries = std::fs::read_dir(dir).with_context(|| {
            format!(
                "cannot read the app template {} (build it once with \
                 `trunk build --release --offline --locked`, or name it with --app)",
                dir.display()
            )
        })?;
        let mut files = Vec::new();
        for entry in entries {
            let path = entry
                .with_context(|| format!("cannot list {}", dir.display()))?
                .path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let corpus_file = name == OFFLINE_NAME || name.ends_with(".gazette");
            if path.is_file() && !corpus_file {
                files.push(path);
            }
        }
        files.sort();
        let has = |suffix: &str| files.iter().any(|f| f.to_string_lossy().ends_with(suffix));
        if !has("index.html") || !has("_bg.wasm") {
            bail!(
                "{} is not a Gazette app build (no index.html or *_bg.wasm); \
                 build it with `trunk build --release --offline --locked`",
                dir.display()
            );
        }
        let shell_path = dir.join(OFFLINE_NAME);
        let offline_shell = std::fs::read_to_string(&shell_path).with_context(|| {
            format!(
                "cannot read {} (made by the app build's post-build step)",
                shell_path.display()
            )
        })?;
        Ok(AppTemplate {
            files,
            offline_shell,
        })
    }
}

fn same_directory(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Puts `pack` into the corpus slot of a single-file shell, replacing what
/// the slot held (so a filled file is a template too).
pub fn fill_slot(shell: &str, pack: &[u8]) -> Result<String> {
    let open = format!("<script type=\"application/octet-stream\" id=\"{SLOT_ID}\"");
    let Some(start) = shell.find(&open) else {
        bail!("no corpus slot (<script id=\"{SLOT_ID}\">): an app build older than this gazette");
    };
    let Some(end) = shell[start..].find("</script>").map(|at| start + at) else {
        bail!("the corpus slot is not closed");
    };
    let mut gzip = GzEncoder::new(Vec::new(), Compression::best());
    gzip.write_all(pack).context("cannot compress the corpus")?;
    let packed = gzip.finish().context("cannot compress the corpus")?;
    let base64 = base64::engine::general_purpose::STANDARD.encode(&packed);
    let mut html = String::with_capacity(shell.len() + base64.len() + 100);
    html.push_str(&shell[..start]);
    html.push_str(&format!(
        "{open} data-encoding=\"gzip\" data-length=\"{}\">{base64}",
        pack.len()
    ));
    html.push_str(&shell[end..]);
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::read::GzDecoder;
    use std::io::Read as _;

    const SHELL: &str = "<head>\n<script type=\"application/octet-stream\" id=\"gazette-wasm\" \
        data-encoding=\"gzip\">AAAA</script>\n<script type=\"application/octet-stream\" \
        id=\"gazette-corpus\"></script>\n<script type=\"module\">boot()</script>\n</head>";

    fn slot_bytes(html: &str) -> (String, Vec<u8>) {
        let start = html.find("id=\"gazette-corpus\"").expect("slot");
        let rest = &html[start..];
        let open_end = rest.find('>').expect("tag end");
        let close = rest.find("</script>").expect("close");
        let attributes = rest[..open_end].to_owned();
        let packed = base64::engine::general_purpose::STANDARD
            .decode(&rest[open_end + 1..close])
            .expect("base64");
        let mut bytes = Vec::new();
        GzDecoder::new(&packed[..])
            .read_to_end(&mut bytes)
            .expect("gzip");
        (attributes, bytes)
    }

    #[test]
    fn the_slot_carries_the_pack_and_nothing_else_changes() {
        let pack = b"GZPK and some corpus bytes".repeat(50);
        let html = fill_slot(SHELL, &pack).expect("fills");
        let (attributes, bytes) = slot_bytes(&html);
        assert_eq!(bytes, pack);
        assert!(attributes.contains(&format!("data-length=\"{}\"", pack.len())));
        assert!(html.contains("id=\"gazette-wasm\" data-encoding=\"gzip\">AAAA</script>"));
        assert!(html.ends_with("<script type=\"module\">boot()</script>\n</head>"));
    }

    #[test]
    fn a_filled_file_can_be_filled_again() {
        let first = fill_slot(SHELL, b"first corpus").expect("fills");
        let second = fill_slot(&first, b"second").expect("fills again");
        assert_eq!(slot_bytes(&second).1, b"second");
        assert_eq!(second.matches("id=\"gazette-corpus\"").count(), 1);
        assert_eq!(second, fill_slot(SHELL, b"second").expect("fills"));
    }

    #[test]
    fn a_shell_without_a_slot_is_refused_with_a_reason() {
        let err = fill_slot("<head></head>", b"x").expect_err("no slot");
        assert!(err.to_string().contains("no corpus slot"));
    }

    #[test]
    fn a_site_is_the_template_with_the_corpus() {
        let app = tempfile::tempdir().expect("temp dir");
        for (name, body) in [
            ("index.html", "<html></html>"),
            ("gazette-app-1_bg.wasm", "wasm"),
            ("gazette-app-1.js", "glue"),
            ("corpus.gazette", "the seeds"),
            (OFFLINE_NAME, SHELL),
        ] {
            std::fs::write(app.path().join(name), body).expect("write");
        }
        let out = tempfile::tempdir().expect("temp dir");
        let written = write_site(app.path(), out.path(), b"PACK").expect("writes");
        assert_eq!(written.app_files, 3);
        let read = |name: &str| std::fs::read(out.path().join(name)).expect(name);
        assert_eq!(read(PACK_NAME), b"PACK");
        assert_eq!(read("gazette-app-1_bg.wasm"), b"wasm");
        let offline = String::from_utf8(read(OFFLINE_NAME)).expect("utf-8");
        assert_eq!(slot_bytes(&offline).1, b"PACK");
        // In place: the template's own corpus is replaced.
        write_site(app.path(), app.path(), b"NEW").expect("in place");
        assert_eq!(
            std::fs::read(app.path().join(PACK_NAME)).expect("pack"),
            b"NEW"
        );
    }

    #[test]
    fn a_folder_that_is_no_app_build_is_named() {
        let dir = tempfile::tempdir().expect("temp dir");
        let err = write_site(dir.path(), &dir.path().join("out"), b"x").expect_err("no app");
        assert!(format!("{err:#}").contains("not a Gazette app build"));
    }
}
