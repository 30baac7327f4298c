//! Brings the corpus pack into wasm memory, once, from wherever this copy of
//! the app finds it: the single file's slot (gzip + base64 inside the HTML),
//! the site's `corpus.gazette` (or the file `?corpus=` names on the same
//! site), or a file the reader drops on the page.
//!
//! Every source is read as a stream, chunk by chunk, straight into one
//! buffer reserved at the size the pack's header states: the browser never
//! holds a second whole copy (the app used to carry the pack inside its
//! `.wasm`, so the module's bytes and the linear memory each held one).
//!
//! The pack's catalog comes first (metadata, relations: about a seventh of
//! it): the library opens as soon as the catalog is in, so the list and its
//! facets show while the texts and the index are still arriving
//! ([`Arriving::finish`] attaches them).

use gazette_core::corpus_file;
use gazette_core::pack;
use gazette_core::search::Library;
use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, File, ReadableStream, ReadableStreamDefaultReader, ReadableWritablePair};

/// The id of the single file's corpus slot (written by `gazette build --site`).
const SLOT_ID: &str = "gazette-corpus";

/// Bytes received so far and, once the header is in, the pack's size.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Progress {
    /// Bytes received.
    pub received: usize,
    /// The pack's whole size, when known.
    pub total: Option<usize>,
}

/// How much of the texts and the index has arrived, once the catalog is
/// open (the app's context: pages that need texts wait for `complete`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Arrival {
    /// Whether texts and search are there.
    pub complete: bool,
    /// Share of the pack received, 0–100.
    pub percent: u8,
}

impl Arrival {
    /// Everything is there.
    pub const COMPLETE: Arrival = Arrival {
        complete: true,
        percent: 100,
    };

    /// Still arriving, with this much received.
    pub fn of(progress: Progress) -> Self {
        let percent = progress
            .total
            .map_or(0, |total| progress.received * 100 / total.max(1));
        Arrival {
            complete: false,
            percent: percent.min(99) as u8,
        }
    }
}

/// Why no corpus could be opened.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The address names a file of another site.
    Refused(String),
    /// The file could not be fetched (from `file://` a browser fetches nothing).
    Unreachable { url: String, detail: String },
    /// The server answered with an error status.
    Status { url: String, status: u16 },
    /// The bytes are no Gazette corpus, or a damaged one.
    NotAPack { what: String, detail: String },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Refused(reason) => f.write_str(reason),
            LoadError::Unreachable { url, detail } => write!(f, "cannot fetch {url}: {detail}"),
            LoadError::Status { url, status } => write!(f, "{url}: the server answered {status}"),
            LoadError::NotAPack { what, detail } => write!(f, "{what}: {detail}"),
        }
    }
}

/// A corpus whose catalog is open and whose texts and index are on the way.
pub struct Arriving {
    what: String,
    reader: ReadableStreamDefaultReader,
    /// The pack's bytes after the catalog, filled up to `filled`.
    tail: &'static mut [u8],
    filled: usize,
    /// Where the tail starts in the pack (for progress).
    start: usize,
}

/// Opens the corpus this page carries or names; returns once its catalog is
/// open, with the rest still to read.
pub async fn open_from_page(progress: &dyn Fn(Progress)) -> Result<Opened, LoadError> {
    if let Some(stream) = slot_stream()? {
        return open(stream, "gazette-offline.html", progress).await;
    }
    let location = gloo::utils::window().location();
    let path = corpus_file::from_search(&location.search().unwrap_or_default())
        .map_err(|refused| LoadError::Refused(refused.to_string()))?;
    let url = same_origin_url(&path)?;
    let stream = fetch_stream(&url, path == corpus_file::DEFAULT).await?;
    open(stream, &path, progress).await
}

/// Opens a corpus file the reader chose or dropped (`corpus.gazette`, or
/// the same gzip-compressed as `.gz`).
pub async fn open_file(file: File, progress: &dyn Fn(Progress)) -> Result<Opened, LoadError> {
    let name = file.name();
    let mut stream = file.stream();
    if name.ends_with(".gz") {
        stream = gunzip(&stream).map_err(|detail| LoadError::NotAPack {
            what: name.clone(),
            detail,
        })?;
    }
    open(stream, &name, progress).await
}

/// A library with its catalog open, and the rest of its pack if it is still
/// arriving.
pub type Opened = (Library<'static>, Option<Arriving>);

/// Reads the catalog and opens it. The pack's bytes live as long as the
/// page: the library borrows them.
async fn open(
    stream: ReadableStream,
    what: &str,
    progress: &dyn Fn(Progress),
) -> Result<Opened, LoadError> {
    let not_a_pack = |detail: String| LoadError::NotAPack {
        what: what.to_owned(),
        detail,
    };
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let (head, tail, filled) = read_catalog(&reader, progress).await.map_err(not_a_pack)?;
    crate::mark("gazette:catalog-read");
    reserve_heap((head.len() + tail.len()) / HEAP_PER_PACK_BYTE);
    let library = Library::open_head(head).map_err(|err| not_a_pack(err.to_string()))?;
    let arriving = Arriving {
        what: what.to_owned(),
        reader,
        start: head.len(),
        tail,
        filled,
    };
    match arriving.filled == arriving.tail.len() {
        // Everything came with the catalog (a small corpus).
        true => {
            arriving.finish(&library, progress).await?;
            Ok((library, None))
        }
        false => Ok((library, Some(arriving))),
    }
}

impl Arriving {
    /// What has arrived so far.
    pub fn progress(&self) -> Progress {
        Progress {
            received: self.start + self.filled,
            total: Some(self.start + self.tail.len()),
        }
    }

    /// Reads the texts and the index and adds them to `library`.
    pub async fn finish(
        mut self,
        library: &Library<'static>,
        progress: &dyn Fn(Progress),
    ) -> Result<(), LoadError> {
        let not_a_pack = |detail: String| LoadError::NotAPack {
            what: self.what.clone(),
            detail,
        };
        let total = self.start + self.tail.len();
        let mut reported = Reported::default();
        while let Some(chunk) = next_chunk(&self.reader).await.map_err(not_a_pack)? {
            let len = chunk.length() as usize;
            let Some(dest) = self.tail.get_mut(self.filled..self.filled + len) else {
                return Err(not_a_pack("longer than its header says".into()));
            };
            chunk.copy_to(dest);
            self.filled += len;
            reported.tell(progress, self.start + self.filled, total);
        }
        if self.filled != self.tail.len() {
            return Err(not_a_pack(format!(
                "cut short ({} of {total} bytes)",
                self.start + self.filled
            )));
        }
        crate::mark("gazette:corpus-read");
        let tail: &'static [u8] = self.tail;
        library
            .attach(tail)
            .map_err(|err| not_a_pack(err.to_string()))
    }
}

/// The start-up heap is about a quarter of the pack (documents, facets, the
/// first screen): measured on the policy and scale corpora.
const HEAP_PER_PACK_BYTE: usize = 4;

/// Grows the heap once by `bytes` rather than in dozens of small steps while
/// the corpus opens: each growth of WebAssembly memory costs about a
/// millisecond in Chromium (the JavaScript views of the memory are remade).
/// The block is freed at once and reused by the allocations that follow.
fn reserve_heap(bytes: usize) {
    drop(Vec::<u8>::with_capacity(bytes));
}

/// The single file's corpus, as a stream of the unpacked bytes; `None` on a
/// hosted page (no slot, or an empty one: the app template itself).
fn slot_stream() -> Result<Option<ReadableStream>, LoadError> {
    let Some(slot) = gloo::utils::document().get_element_by_id(SLOT_ID) else {
        return Ok(None);
    };
    if !slot.has_attribute("data-length") {
        return Ok(None);
    }
    let fail = |detail: String| LoadError::NotAPack {
        what: "gazette-offline.html".into(),
        detail,
    };
    let text = Reflect::get(&slot, &"textContent".into()).map_err(|err| fail(js_message(&err)))?;
    slot.remove();
    let packed = base64_bytes(&text).map_err(fail)?;
    let blob = Blob::new_with_u8_array_sequence(&Array::of1(&packed))
        .map_err(|err| fail(js_message(&err)))?;
    gunzip(&blob.stream()).map(Some).map_err(fail)
}

/// Base64 text (a JavaScript string) as bytes: `Uint8Array.fromBase64`
/// where the browser has it, `atob` otherwise.
fn base64_bytes(text: &JsValue) -> Result<Uint8Array, String> {
    let constructor =
        Reflect::get(&js_sys::global(), &"Uint8Array".into()).map_err(|err| js_message(&err))?;
    if let Ok(from_base64) = Reflect::get(&constructor, &"fromBase64".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        return from_base64
            .call1(&constructor, text)
            .map(|bytes| bytes.unchecked_into())
            .map_err(|err| js_message(&err));
    }
    let text = text.as_string().unwrap_or_default();
    let binary = gloo::utils::window()
        .atob(&text)
        .map_err(|err| js_message(&err))?;
    let bytes: Vec<u8> = binary.chars().map(|c| c as u32 as u8).collect();
    Ok(Uint8Array::from(bytes.as_slice()))
}

/// `stream` through the browser's gzip decompression.
fn gunzip(stream: &ReadableStream) -> Result<ReadableStream, String> {
    let constructor = Reflect::get(&js_sys::global(), &"DecompressionStream".into())
        .ok()
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
        .ok_or("this browser cannot decompress (no DecompressionStream)")?;
    let decompress = Reflect::construct(&constructor, &Array::of1(&"gzip".into()))
        .map_err(|err| js_message(&err))?;
    Ok(stream.pipe_through(decompress.unchecked_ref::<ReadableWritablePair>()))
}

/// `path` resolved against the page, if it stays on the page's origin.
fn same_origin_url(path: &str) -> Result<String, LoadError> {
    let document = gloo::utils::document();
    let location = gloo::utils::window().location();
    let base = document
        .base_uri()
        .ok()
        .flatten()
        .or_else(|| location.href().ok())
        .unwrap_or_default();
    let refused = || LoadError::Refused(format!("?corpus={path} is not a file of this site"));
    let url = web_sys::Url::new_with_base(path, &base).map_err(|_| refused())?;
    match url.origin() == location.origin().unwrap_or_default() {
        true => Ok(url.href()),
        false => Err(refused()),
    }
}

/// The response for `url`: the one the page's loader already asked for
/// (`window.gazetteCorpusResponse`, the site's own corpus, fetched while the
/// wasm compiled) when `prefetched` may be it, else a new fetch.
async fn fetch_stream(url: &str, prefetched: bool) -> Result<ReadableStream, LoadError> {
    let unreachable = |err: JsValue| LoadError::Unreachable {
        url: url.to_owned(),
        detail: js_message(&err),
    };
    let window = gloo::utils::window();
    let early = Reflect::get(&window, &"gazetteCorpusResponse".into())
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Promise>().ok())
        .filter(|_| prefetched);
    let request = early.unwrap_or_else(|| window.fetch_with_str(url));
    let response = JsFuture::from(request).await.map_err(unreachable)?;
    let response: web_sys::Response = response.dyn_into().map_err(unreachable)?;
    if !response.ok() {
        return Err(LoadError::Status {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    response.body().ok_or_else(|| LoadError::Unreachable {
        url: url.to_owned(),
        detail: "the response has no body".into(),
    })
}

/// The next chunk of a stream of bytes; `None` at its end.
async fn next_chunk(reader: &ReadableStreamDefaultReader) -> Result<Option<Uint8Array>, String> {
    let result = JsFuture::from(reader.read())
        .await
        .map_err(|err| js_message(&err))?;
    if Reflect::get(&result, &"done".into()).is_ok_and(|done| done.is_truthy()) {
        return Ok(None);
    }
    Reflect::get(&result, &"value".into())
        .ok()
        .and_then(|value| value.dyn_into().ok())
        .map(Some)
        .ok_or_else(|| "the stream gave something other than bytes".into())
}

/// Progress, told in twentieths (each telling redraws the page).
#[derive(Default)]
struct Reported(usize);

impl Reported {
    fn tell(&mut self, progress: &dyn Fn(Progress), received: usize, total: usize) {
        let step = received * 20 / total.max(1);
        if step > self.0 || received == total {
            self.0 = step;
            progress(Progress {
                received,
                total: Some(total),
            });
        }
    }
}

/// Reads a pack's catalog into the first part of one buffer, reserved whole
/// as soon as the header has arrived; returns the catalog, the rest of the
/// buffer and how much of the rest already came with the catalog.
async fn read_catalog(
    reader: &ReadableStreamDefaultReader,
    progress: &dyn Fn(Progress),
) -> Result<(&'static [u8], &'static mut [u8], usize), String> {
    let mut first: Vec<u8> = Vec::new();
    while first.len() < pack::HEADER_LEN {
        let chunk = next_chunk(reader)
            .await?
            .ok_or("not a Gazette corpus file (too short)")?;
        let start = first.len();
        first.resize(start + chunk.length() as usize, 0);
        chunk.copy_to(&mut first[start..]);
    }
    let not_a_pack = || "not a Gazette corpus file".to_owned();
    let total = pack::len_from_header(&first).ok_or_else(not_a_pack)?;
    let split = pack::head_len(&first)
        .filter(|&split| split <= total)
        .ok_or_else(not_a_pack)?;
    if first.len() > total {
        return Err("longer than its header says".into());
    }
    let whole: &'static mut [u8] = Box::leak(vec![0u8; total].into_boxed_slice());
    let (head, tail) = whole.split_at_mut(split);
    let in_head = first.len().min(split);
    head[..in_head].copy_from_slice(&first[..in_head]);
    tail[..first.len() - in_head].copy_from_slice(&first[in_head..]);
    let mut filled = first.len();
    drop(first);
    let mut reported = Reported::default();
    while filled < split {
        let chunk = next_chunk(reader)
            .await?
            .ok_or_else(|| format!("cut short ({filled} of {total} bytes)"))?;
        let len = chunk.length() as usize;
        if filled + len > total {
            return Err("longer than its header says".into());
        }
        // The part for the catalog, then what falls in the rest.
        let in_head = (split - filled).min(len);
        chunk
            .subarray(0, in_head as u32)
            .copy_to(&mut head[filled..filled + in_head]);
        if in_head < len {
            chunk
                .subarray(in_head as u32, len as u32)
                .copy_to(&mut tail[..len - in_head]);
        }
        filled += len;
        reported.tell(progress, filled, total);
    }
    let head: &'static [u8] = head;
    Ok((head, tail, filled - split))
}

/// A JavaScript error's message.
fn js_message(err: &JsValue) -> String {
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| format!("{err:?}"))
}
