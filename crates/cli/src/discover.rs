//! Finding and reading input files: the only file-system code of ingest.

use std::fmt;
use std::path::{Path, PathBuf};

/// One file found under an input directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// Which input (index into the list given on the command line).
    pub input: usize,
    /// Path relative to that input, `/`-separated.
    pub rel_path: String,
    /// Path to open.
    pub full_path: PathBuf,
}

/// An input that cannot be read at all: the build stops.
#[derive(Debug)]
pub struct InputError {
    /// The input as given.
    pub path: PathBuf,
    /// What went wrong.
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot read input {}: {}",
            self.path.display(),
            self.message
        )
    }
}

impl std::error::Error for InputError {}

/// A file below an input that could not be listed (e.g. no permission).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnlistedFile {
    /// Which input.
    pub input: usize,
    /// Path relative to it, as far as known.
    pub rel_path: String,
    /// Why it could not be listed.
    pub message: String,
}

/// Every file under the inputs (a file given directly counts as itself),
/// sorted by input then path, and the entries that could not be listed.
pub fn discover(inputs: &[PathBuf]) -> Result<(Vec<InputFile>, Vec<UnlistedFile>), InputError> {
    let mut files = Vec::new();
    let mut unlisted = Vec::new();
    for (input, root) in inputs.iter().enumerate() {
        let metadata = std::fs::metadata(root).map_err(|err| InputError {
            path: root.clone(),
            message: err.to_string(),
        })?;
        if metadata.is_file() {
            let name = root
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            files.push(InputFile {
                input,
                rel_path: name,
                full_path: root.clone(),
            });
            continue;
        }
        for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
            match entry {
                Ok(entry) if entry.file_type().is_file() => files.push(InputFile {
                    input,
                    rel_path: relative(root, entry.path()),
                    full_path: entry.into_path(),
                }),
                Ok(_) => {}
                Err(err) => unlisted.push(UnlistedFile {
                    input,
                    rel_path: err.path().map_or_else(String::new, |p| relative(root, p)),
                    message: err.to_string(),
                }),
            }
        }
    }
    Ok((files, unlisted))
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Reads a file's bytes; the message says which file on failure.
pub fn read(file: &InputFile) -> Result<Vec<u8>, String> {
    std::fs::read(&file.full_path).map_err(|err| format!("cannot read file: {err}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_nested_files_sorted_with_relative_paths() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
        for name in ["b.md", "a.md", "sub/c.txt"] {
            std::fs::write(dir.path().join(name), "x").expect("write");
        }
        let (files, unlisted) = discover(&[dir.path().to_path_buf()]).expect("discover");
        let paths: Vec<_> = files.iter().map(|f| f.rel_path.as_str()).collect();
        assert_eq!(paths, ["a.md", "b.md", "sub/c.txt"]);
        assert!(unlisted.is_empty());
    }

    #[test]
    fn a_missing_input_is_an_error_naming_it() {
        let err = discover(&[PathBuf::from("/no/such/dir")]).expect_err("missing");
        assert!(err.to_string().contains("/no/such/dir"));
    }
}
