//! The documents' metadata in the pack: every field of [`Document`] but its
//! text, in order, as varints and length-prefixed UTF-8. Reading it is a
//! walk through the bytes with no parser (JSON took most of the app's
//! start-up on large corpora).
//!
//! The writer takes each document apart field by field, so a field added to
//! [`Document`] does not compile until it is written here too.

use super::{push_varint, read_varint};
use crate::instrument::{Carried, Stage};
use crate::model::{Document, ImageRef, Kind, Person};

/// Writes the metadata of `docs` (their texts are left out).
pub fn encode(docs: &[Document]) -> Vec<u8> {
    let mut out = Vec::new();
    push_varint(&mut out, docs.len() as u32);
    for doc in docs {
        let Document {
            id,
            path,
            duplicate_paths,
            title,
            date,
            signature_date,
            source,
            url,
            text: _,
            agencies,
            issuers,
            origin,
            reporter,
            people,
            doc_refs,
            carries,
            kind,
            flags,
            layout,
            categories,
            tags,
            images,
        } = doc;
        let w = &mut out;
        for s in [id, path] {
            put_str(w, s);
        }
        put_strings(w, duplicate_paths);
        for s in [title, date] {
            put_str(w, s);
        }
        put_option(w, signature_date.as_deref());
        put_str(w, source);
        put_option(w, url.as_deref());
        put_strings(w, agencies);
        put_strings(w, issuers);
        put_option(w, origin.as_deref());
        put_option(w, reporter.as_deref());
        push_varint(w, people.len() as u32);
        for Person { name, role } in people {
            put_str(w, name);
            put_option(w, role.as_deref());
        }
        put_strings(w, doc_refs);
        put_carried(w, carries.as_ref());
        put_str(w, kind.name());
        put_strings(w, flags);
        put_str(w, layout);
        put_strings(w, categories);
        put_strings(w, tags);
        push_varint(w, images.len() as u32);
        for ImageRef { at, url, alt } in images {
            push_varint(w, u32::try_from(*at).unwrap_or(u32::MAX));
            put_str(w, url);
            put_str(w, alt);
        }
    }
    out
}

/// `None` as 0, else 1 and the fields.
fn put_carried(out: &mut Vec<u8>, carried: Option<&Carried>) {
    let Some(Carried {
        name,
        stage,
        number,
        effective,
        repeals,
    }) = carried
    else {
        return push_varint(out, 0);
    };
    push_varint(out, 1);
    put_str(out, name);
    put_str(out, stage.name());
    put_option(out, number.as_deref());
    put_option(out, effective.as_deref());
    put_strings(out, repeals);
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    push_varint(out, u32::try_from(s.len()).unwrap_or(u32::MAX));
    out.extend_from_slice(s.as_bytes());
}

/// `None` as 0, a string as its length plus one, then the string.
fn put_option(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        None => push_varint(out, 0),
        Some(s) => {
            push_varint(out, u32::try_from(s.len() + 1).unwrap_or(u32::MAX));
            out.extend_from_slice(s.as_bytes());
        }
    }
}

fn put_strings(out: &mut Vec<u8>, strings: &[String]) {
    push_varint(out, strings.len() as u32);
    for s in strings {
        put_str(out, s);
    }
}

/// Reads what [`encode`] wrote; `None` if the bytes are damaged.
pub fn decode(bytes: &[u8]) -> Option<Vec<Document>> {
    let mut r = Reader { bytes };
    let count = r.count()?;
    let mut docs = Vec::with_capacity(count);
    for _ in 0..count {
        let id = r.string()?;
        let path = r.string()?;
        let duplicate_paths = r.strings()?;
        let title = r.string()?;
        let date = r.string()?;
        let signature_date = r.option()?;
        let source = r.string()?;
        let url = r.option()?;
        let agencies = r.strings()?;
        let issuers = r.strings()?;
        let origin = r.option()?;
        let reporter = r.option()?;
        let people = r.list(|r| {
            Some(Person {
                name: r.string()?,
                role: r.option()?,
            })
        })?;
        let doc_refs = r.strings()?;
        let carries = match r.varint()? {
            0 => None,
            _ => Some(Carried {
                name: r.string()?,
                stage: Stage::from_name(r.str()?)?,
                number: r.option()?,
                effective: r.option()?,
                repeals: r.strings()?,
            }),
        };
        let kind = Kind::from_name(r.str()?)?;
        let flags = r.strings()?;
        let layout = r.string()?;
        let categories = r.strings()?;
        let tags = r.strings()?;
        let images = r.list(|r| {
            Some(ImageRef {
                at: r.varint()? as usize,
                url: r.string()?,
                alt: r.string()?,
            })
        })?;
        docs.push(Document {
            id,
            path,
            duplicate_paths,
            title,
            date,
            signature_date,
            source,
            url,
            text: String::new(),
            agencies,
            issuers,
            origin,
            reporter,
            people,
            doc_refs,
            carries,
            kind,
            flags,
            layout,
            categories,
            tags,
            images,
        });
    }
    r.bytes.is_empty().then_some(docs)
}

struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn varint(&mut self) -> Option<u32> {
        read_varint(&mut self.bytes)
    }

    /// A count of items, each at least one byte long (so damage cannot ask
    /// for a huge allocation).
    fn count(&mut self) -> Option<usize> {
        let n = self.varint()? as usize;
        (n <= self.bytes.len()).then_some(n)
    }

    fn bytes(&mut self, len: usize) -> Option<&'a str> {
        let (head, rest) = (self.bytes.get(..len)?, self.bytes.get(len..)?);
        self.bytes = rest;
        std::str::from_utf8(head).ok()
    }

    fn str(&mut self) -> Option<&'a str> {
        let len = self.varint()? as usize;
        self.bytes(len)
    }

    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_owned)
    }

    fn option(&mut self) -> Option<Option<String>> {
        match self.varint()? as usize {
            0 => Some(None),
            len => self.bytes(len - 1).map(|s| Some(s.to_owned())),
        }
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let count = self.count()?;
        (0..count).map(|_| item(self)).collect()
    }

    fn strings(&mut self) -> Option<Vec<String>> {
        self.list(Reader::string)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> Document {
        Document {
            id: "0123456789ab".into(),
            path: "2024/a.md".into(),
            duplicate_paths: vec!["b.md".into(), "c.md".into()],
            title: "网信办通知".into(),
            date: "2024-03-01T09:00:00+08:00".into(),
            signature_date: Some("2024-02-28".into()),
            source: "网信中国".into(),
            url: Some("https://example.cn/a".into()),
            text: "left out".into(),
            agencies: vec!["国家互联网信息办公室".into()],
            issuers: vec!["国家互联网信息办公室".into()],
            origin: Some("中国网信网".into()),
            reporter: Some("王思北".into()),
            people: vec![
                Person {
                    name: "庄荣文".into(),
                    role: Some("主任".into()),
                },
                Person {
                    name: "某某".into(),
                    role: None,
                },
            ],
            doc_refs: vec!["《网络数据安全管理条例》".into()],
            carries: Some(Carried {
                name: "网络暴力信息治理规定（征求意见稿）".into(),
                stage: Stage::Draft,
                number: Some("国家互联网信息办公室令第17号".into()),
                effective: Some("2024-08-01".into()),
                repeals: vec!["《旧办法》".into()],
            }),
            kind: Kind::Meeting,
            flags: vec!["short".into()],
            layout: "phlt".into(),
            categories: vec!["政策".into()],
            tags: vec!["数据".into(), "安全".into()],
            images: vec![ImageRef {
                at: 2,
                url: "https://example.cn/a.png".into(),
                alt: "图".into(),
            }],
        }
    }

    #[test]
    fn every_field_but_the_text_comes_back() {
        let docs = vec![full(), Document::default()];
        let back = decode(&encode(&docs)).expect("decodes");
        let expected: Vec<Document> = docs
            .into_iter()
            .map(|d| Document {
                text: String::new(),
                ..d
            })
            .collect();
        assert_eq!(back, expected);
    }

    #[test]
    fn damaged_metadata_is_refused() {
        let bytes = encode(&[full()]);
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_none(), "cut at {cut}");
        }
        assert!(decode(&[0xFF, 0xFF, 0xFF, 0xFF, 0x0F]).is_none());
    }
}
