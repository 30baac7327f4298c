//! The view as a URL hash: what the reader sees can be bookmarked and shared.
//!
//! `#/` is the list of documents, `#/doc/<id>` one document. Reading a hash
//! never fails: anything unknown or malformed is the list.

/// Where the reader is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The list of all documents.
    List,
    /// One document, by id.
    Doc(String),
}

impl Route {
    /// Reads a location hash (`#/doc/abc`); anything unknown is the list.
    pub fn from_hash(hash: &str) -> Self {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path.split_once('/') {
            Some(("doc", id)) if is_id(id) => Self::Doc(id.to_owned()),
            _ => Self::List,
        }
    }

    /// The hash for this route.
    pub fn to_hash(&self) -> String {
        match self {
            Self::List => "#/".to_owned(),
            Self::Doc(id) => format!("#/doc/{id}"),
        }
    }
}

/// Ids are short ASCII alphanumeric strings; anything else in a hash is ignored.
fn is_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for route in [Route::List, Route::Doc("e6fc0708bbf2".into())] {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
        }
    }

    #[test]
    fn odd_hashes_are_the_list() {
        for hash in [
            "",
            "#",
            "#/",
            "#/doc/",
            "#/doc/<script>",
            "#/nope/1",
            "#/doc/a/b",
            "#%E4%B8%AD",
            "#/doc/中文",
        ] {
            assert_eq!(Route::from_hash(hash), Route::List, "{hash:?}");
        }
    }

    #[test]
    fn leading_slash_is_optional() {
        assert_eq!(Route::from_hash("#doc/abc"), Route::Doc("abc".into()));
    }
}
