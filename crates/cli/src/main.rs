//! The `gazette` command.

mod compare_articles;
mod filter_args;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use filter_args::{FilterArgs, JsonStats};
use gazette_cli::pipeline;
use gazette_core::compare::articles::ArticleOptions;
use gazette_core::compare::Options;
use gazette_core::facets::FacetIndex;
use gazette_core::model::{Corpus, CorpusInfo};
use gazette_core::pack;
use gazette_core::search::{Library, Sort};
use gazette_core::stats::CorpusStats;
use gazette_core::view::list::{rows, Listing, Searched};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::{Path, PathBuf};

mod instruments;
mod relate;
mod show;

/// Gazette: turn folders of scraped announcements into a clean corpus, and query it.
#[derive(Parser)]
#[command(name = "gazette", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read every file under the input directories and write a corpus, a
    /// viewer site, or both.
    #[command(group(clap::ArgGroup::new("outputs").required(true).multiple(true).args(["output", "site"])))]
    Build {
        /// Directories (or single files) to read.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Where to write the corpus JSON.
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        site: SiteArgs,
        /// Where to write the build report (one entry per input file).
        #[arg(long)]
        report: Option<PathBuf>,
        /// Print what chrome removal took out of this file (its path relative to its input).
        #[arg(long, value_name = "PATH")]
        explain: Vec<String>,
        /// The corpus's name, shown in the viewer's header.
        #[arg(long, default_value = "")]
        title: String,
        /// What the corpus holds, shown under its name.
        #[arg(long, default_value = "")]
        description: String,
    },
    /// Write a viewer site for a corpus JSON: the app, `corpus.gazette` and
    /// `gazette-offline.html` (nothing is compiled).
    Site {
        /// The corpus JSON (made by `gazette build`).
        #[arg(long)]
        corpus: PathBuf,
        #[command(flatten)]
        site: SiteArgs,
        /// Replace the corpus's name.
        #[arg(long)]
        title: Option<String>,
        /// Replace the corpus's description.
        #[arg(long)]
        description: Option<String>,
    },
    /// Print a corpus's size, date range and documents per source; with
    /// --json, every facet's counts (narrowed by a query and filters, counted
    /// as the app's facet panels count them).
    Stats {
        /// The corpus JSON.
        #[arg(long)]
        corpus: PathBuf,
        /// Print JSON: {"documents", "matching", "date_range", "facets": {"source": [{"value", "count"}], …}, "timeline": [{"value", "count", "corpus"}]}.
        #[arg(long)]
        json: bool,
        /// Count only the documents matching this query.
        #[arg(long, default_value = "")]
        query: String,
        #[command(flatten)]
        filters: FilterArgs,
    },
    /// Search a corpus with the app's engine and print the matches, best first.
    ///
    /// Query syntax: words separated by spaces must all occur; "quoted words"
    /// occur together; -word excludes; OR between words lets either occur.
    /// Chinese phrases match anywhere, Latin words and numbers match words
    /// starting with them; case and full-/half-width forms do not matter.
    Search {
        /// The corpus JSON.
        #[arg(long)]
        corpus: PathBuf,
        /// Print JSON: {"total", "hits": [{"id", "score", "title", "date", "source", "snippets"}]}.
        #[arg(long)]
        json: bool,
        /// Print at most this many hits (the total counts all of them).
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Order of the hits.
        #[arg(long, value_enum, default_value_t = SortArg::Relevance)]
        sort: SortArg,
        #[command(flatten)]
        filters: FilterArgs,
        /// The query (several arguments are joined with spaces; none lists
        /// every document the filters let through).
        #[arg(allow_hyphen_values = true)]
        query: Vec<String>,
    },
    /// Print the documents related to one document, best first, with the reasons.
    ///
    /// Reads the related lists `gazette build` stored in the corpus (or
    /// computes them for a corpus made before they existed).
    Related {
        /// The corpus JSON.
        #[arg(long)]
        corpus: PathBuf,
        /// The document's id.
        #[arg(long)]
        id: String,
        /// Print JSON: {"hits": [{"id", "score", "reasons": [...]}]}.
        #[arg(long)]
        json: bool,
        /// Print at most this many related documents.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// Print one document's outline (编/章/节 and articles), or one article
    /// with its citation (《title》第十二条).
    Show {
        /// The corpus JSON.
        #[arg(long)]
        corpus: PathBuf,
        /// The document's id.
        #[arg(long)]
        id: String,
        /// Print only this article (its number: 12 for 第十二条).
        #[arg(long)]
        article: Option<u32>,
    },
    /// List the corpus's instruments (laws, rules, notices …): versions,
    /// document numbers, dates (draft, issued, effective, repealed), citing
    /// documents. With --key, one of them in full.
    Instruments {
        /// The corpus JSON.
        #[arg(long)]
        corpus: PathBuf,
        /// One instrument: its name as cited (《…》 or not) or its number.
        #[arg(long)]
        key: Option<String>,
        /// Print JSON: {"total", "instruments": [{"key", "name", "versions", "events", "citing", …}]}.
        #[arg(long)]
        json: bool,
        /// Print at most this many instruments (carried first, then most cited).
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// Compare two documents: aligned paragraphs, changes, shared passages.
    ///
    /// Offsets are characters (Unicode scalars) of each document's text.
    Compare {
        /// The corpus JSON.
        #[arg(long)]
        corpus: PathBuf,
        /// The first document's id.
        a: String,
        /// The second document's id.
        b: String,
        /// Print JSON: {"similarity", "rows": [{"kind", "a", "b"}], "shared"}.
        #[arg(long)]
        json: bool,
        /// Compare punctuation and full-/half-width forms as written.
        #[arg(long)]
        strict: bool,
        /// Leave out paragraphs that are boilerplate across the corpus.
        #[arg(long)]
        hide_boilerplate: bool,
        /// Compare two versions of an instrument article by article
        /// (renumbered, moved, added, deleted, changed).
        #[arg(long)]
        by_article: bool,
        /// With --by-article: leave out each article's 【条旨】 heading.
        #[arg(long, requires = "by_article")]
        ignore_headings: bool,
        /// With --by-article: renumbering is no change (article numbers and
        /// the numbers of cross-references are not compared).
        #[arg(long, requires = "by_article")]
        ignore_numbering: bool,
    },
}

/// Where a viewer site goes and which app build it is made from.
#[derive(clap::Args)]
struct SiteArgs {
    /// Write a viewer site here: the app from --app, the corpus as
    /// `corpus.gazette`, and `gazette-offline.html` (the same viewer in one file).
    #[arg(long, value_name = "DIR")]
    site: Option<PathBuf>,
    /// The app build the site is made from: a `trunk build` of the app
    /// (any site made from one works too). Default: $GAZETTE_APP, else
    /// `./dist`, else the `dist/` of the repository this gazette was built in.
    #[arg(long, value_name = "DIR")]
    app: Option<PathBuf>,
}

impl SiteArgs {
    fn app_dir(&self) -> PathBuf {
        if let Some(dir) = &self.app {
            return dir.clone();
        }
        if let Some(dir) = std::env::var_os("GAZETTE_APP").filter(|d| !d.is_empty()) {
            return dir.into();
        }
        let here = PathBuf::from("dist");
        match here.join("index.html").is_file() {
            true => here,
            false => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dist"),
        }
    }
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum SortArg {
    Relevance,
    Newest,
    Oldest,
}

impl From<SortArg> for Sort {
    fn from(sort: SortArg) -> Sort {
        match sort {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Newest => Sort::Newest,
            SortArg::Oldest => Sort::Oldest,
        }
    }
}

fn main() -> std::process::ExitCode {
    match run(Cli::parse()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("gazette: error: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Build {
            inputs,
            output,
            site,
            report,
            explain,
            title,
            description,
        } => {
            let info = CorpusInfo { title, description };
            let corpus = build(
                &inputs,
                output.as_deref(),
                report.as_deref(),
                &explain,
                info,
            )?;
            match &site.site {
                Some(dir) => write_site(&corpus, &site.app_dir(), dir),
                None => Ok(()),
            }
        }
        Command::Site {
            corpus,
            site,
            title,
            description,
        } => {
            let mut corpus = read_corpus(&corpus)?;
            if let Some(title) = title {
                corpus.title = title.trim().to_owned();
            }
            if let Some(description) = description {
                corpus.description = description.trim().to_owned();
            }
            let Some(dir) = &site.site else {
                anyhow::bail!("name the site's directory with --site DIR");
            };
            write_site(&corpus, &site.app_dir(), dir)
        }
        Command::Stats {
            corpus,
            json,
            query,
            filters,
        } => match json {
            true => stats_json(&corpus, &query, &filters),
            false => stats(&corpus),
        },
        Command::Search {
            corpus,
            json,
            limit,
            sort,
            filters,
            query,
        } => search(
            &corpus,
            &query.join(" "),
            sort.into(),
            &filters,
            limit,
            json,
        ),
        Command::Related {
            corpus,
            id,
            json,
            limit,
        } => relate::related(&read_corpus(&corpus)?, &id, limit, json),
        Command::Show {
            corpus,
            id,
            article,
        } => show::show(&read_corpus(&corpus)?, &id, article),
        Command::Instruments {
            corpus,
            key,
            json,
            limit,
        } => instruments::instruments(&read_corpus(&corpus)?, key.as_deref(), json, limit),
        Command::Compare {
            corpus,
            a,
            b,
            json,
            strict,
            hide_boilerplate,
            by_article,
            ignore_headings,
            ignore_numbering,
        } => {
            if by_article {
                let options = ArticleOptions {
                    strict,
                    ignore_headings,
                    ignore_numbering,
                };
                return compare_articles::print(&read_corpus(&corpus)?, &a, &b, options, json);
            }
            let options = Options {
                ignore_punctuation: !strict,
                hide_boilerplate,
            };
            relate::compare(&read_corpus(&corpus)?, &a, &b, options, json)
        }
    }
}

fn build(
    inputs: &[PathBuf],
    output: Option<&Path>,
    report_path: Option<&Path>,
    explain: &[String],
    info: CorpusInfo,
) -> Result<Corpus> {
    // indicatif draws nothing when stderr is not a terminal.
    let progress = ProgressBar::new_spinner().with_style(
        ProgressStyle::with_template("{spinner} {pos} files read {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    let mut built = pipeline::build(inputs, &|| progress.inc(1))?;
    progress.finish_and_clear();
    built.corpus.title = info.title.trim().to_owned();
    built.corpus.description = info.description.trim().to_owned();
    if let Some(output) = output {
        write(output, &built.corpus.to_json())?;
    }
    if let Some(path) = report_path {
        write(path, &built.report.to_json())?;
    }
    for path in explain {
        if let Some(rule) = built
            .report
            .files
            .iter()
            .find(|f| &f.path == path)
            .and_then(|f| f.kind_rule.as_ref())
        {
            println!("{path}: kind {rule}");
        }
        match built.removals.get(path) {
            None => println!("{path}: nothing removed (or no such document)"),
            Some(removals) => {
                println!("{path}: {} blocks removed", removals.len());
                for removal in removals {
                    println!("  [{}] {}", removal.rule, removal.text);
                }
            }
        }
    }
    println!("{}", built.report.summary_line());
    Ok(built.corpus)
}

/// Packs the corpus and writes the viewer site (see [`gazette_cli::site`]).
fn write_site(corpus: &Corpus, app: &Path, dir: &Path) -> Result<()> {
    let pack = match &corpus.relations {
        Some(_) => pack::encode(corpus),
        // A corpus made before `gazette build` stored relations.
        None => pack::encode(&Corpus {
            relations: Some(relate::relations(corpus).into_owned()),
            ..corpus.clone()
        }),
    };
    let written = gazette_cli::site::write_site(app, dir, &pack)?;
    println!(
        "site: {} ({} app files, {} {} bytes, {} {} bytes)",
        dir.display(),
        written.app_files,
        gazette_cli::site::PACK_NAME,
        written.pack_bytes,
        gazette_cli::site::OFFLINE_NAME,
        written.offline_bytes
    );
    Ok(())
}

fn stats(corpus_path: &Path) -> Result<()> {
    let corpus = read_corpus(corpus_path)?;
    let stats = CorpusStats::of(&corpus.docs);
    if !corpus.title.is_empty() {
        println!("title: {}", corpus.title);
    }
    if !corpus.description.is_empty() {
        println!("description: {}", corpus.description);
    }
    println!("documents: {}", stats.documents);
    if let Some((first, last)) = &stats.date_range {
        println!("dates: {first} to {last}");
    }
    println!("sources:");
    for (source, count) in &stats.per_source {
        println!("  {count:>6}  {source}");
    }
    Ok(())
}

fn stats_json(corpus_path: &Path, query: &str, filters: &FilterArgs) -> Result<()> {
    let filters = filters.filters()?;
    let corpus = read_corpus(corpus_path)?;
    let bytes = pack::encode(&corpus);
    let library = Library::open(&bytes).context("cannot index the corpus")?;
    let index = FacetIndex::build(library.docs());
    let narrowed = Searched::run(&library, query, Sort::Newest).narrow(&index, &filters);
    let stats = JsonStats::of(&index, &narrowed);
    println!("{}", serde_json::to_string_pretty(&stats)?);
    Ok(())
}

fn search(
    corpus_path: &Path,
    input: &str,
    sort: Sort,
    filters: &FilterArgs,
    limit: usize,
    json: bool,
) -> Result<()> {
    let filters = filters.filters()?;
    let corpus = read_corpus(corpus_path)?;
    let bytes = pack::encode(&corpus);
    let library = Library::open(&bytes).context("cannot index the corpus")?;
    let index = FacetIndex::build(library.docs());
    // The list screen's own model, so the CLI finds what the app shows.
    let searched = Searched::run(&library, input, sort);
    let narrowed = searched.narrow(&index, &filters);
    let listing = Listing::of(&library, &searched, &narrowed, false);
    let total = listing.rows.len();
    let shown = rows(&library, &searched, &listing, 0..limit.min(total));
    if json {
        let hits = shown
            .iter()
            .map(|row| {
                let doc = &library.docs()[row.doc];
                let snippets = row
                    .snippets
                    .iter()
                    .cloned()
                    .map(|s| JsonSnippet {
                        marks: char_ranges(&s.text, &s.marks),
                        text: s.text,
                    })
                    .collect();
                JsonHit {
                    id: &doc.id,
                    score: row.score,
                    title: &doc.title,
                    date: &doc.date,
                    source: &doc.source,
                    snippets,
                }
            })
            .collect();
        let out = JsonResults { total, hits };
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    println!("{total} documents match ({})", sort.name());
    for (n, row) in shown.iter().enumerate() {
        let doc = &library.docs()[row.doc];
        let day = doc.date.get(..10).unwrap_or(&doc.date);
        println!(
            "{:>3}. {day}  {}  [{}]  {}",
            n + 1,
            doc.title,
            doc.id,
            doc.source
        );
        for snippet in &row.snippets {
            let marked: String = snippet
                .parts()
                .into_iter()
                .map(|(part, mark)| {
                    if mark {
                        format!("【{part}】")
                    } else {
                        part.to_owned()
                    }
                })
                .collect();
            println!("     {marked}");
        }
    }
    Ok(())
}

/// `gazette search --json` output.
#[derive(serde::Serialize)]
struct JsonResults<'a> {
    total: usize,
    hits: Vec<JsonHit<'a>>,
}

#[derive(serde::Serialize)]
struct JsonHit<'a> {
    id: &'a str,
    score: f32,
    title: &'a str,
    date: &'a str,
    source: &'a str,
    snippets: Vec<JsonSnippet>,
}

/// A passage; `marks` are `[start, end)` offsets in code points.
#[derive(serde::Serialize)]
struct JsonSnippet {
    text: String,
    marks: Vec<[usize; 2]>,
}

/// Byte ranges as code-point offsets, which JSON consumers can use directly.
fn char_ranges(text: &str, ranges: &[std::ops::Range<usize>]) -> Vec<[usize; 2]> {
    let at = |byte: usize| text.get(..byte).map_or(0, |s| s.chars().count());
    ranges.iter().map(|r| [at(r.start), at(r.end)]).collect()
}

fn read_corpus(path: &Path) -> Result<Corpus> {
    let json = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read corpus {}", path.display()))?;
    Corpus::from_json(&json).with_context(|| format!("cannot load corpus {}", path.display()))
}

fn write(path: &Path, contents: &str) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    std::fs::write(path, contents).with_context(|| format!("cannot write {}", path.display()))
}
