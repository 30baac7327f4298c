//! The `gazette` command.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use gazette_cli::pipeline;
use gazette_core::model::Corpus;
use gazette_core::stats::CorpusStats;
use indicatif::{ProgressBar, ProgressStyle};
use std::path::{Path, PathBuf};

/// Gazette: turn folders of scraped announcements into a clean corpus, and query it.
#[derive(Parser)]
#[command(name = "gazette", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read every file under the input directories and write a corpus.
    Build {
        /// Directories (or single files) to read.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Where to write the corpus JSON.
        #[arg(short, long)]
        output: PathBuf,
        /// Where to write the build report (one entry per input file).
        #[arg(long)]
        report: Option<PathBuf>,
        /// Print what chrome removal took out of this file (its path relative to its input).
        #[arg(long, value_name = "PATH")]
        explain: Vec<String>,
    },
    /// Print a corpus's size, date range and documents per source.
    Stats {
        /// The corpus JSON.
        #[arg(long)]
        corpus: PathBuf,
    },
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
            report,
            explain,
        } => build(&inputs, &output, report.as_deref(), &explain),
        Command::Stats { corpus } => stats(&corpus),
    }
}

fn build(
    inputs: &[PathBuf],
    output: &Path,
    report_path: Option<&Path>,
    explain: &[String],
) -> Result<()> {
    // indicatif draws nothing when stderr is not a terminal.
    let progress = ProgressBar::new_spinner().with_style(
        ProgressStyle::with_template("{spinner} {pos} files read {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    let built = pipeline::build(inputs, &|| progress.inc(1))?;
    progress.finish_and_clear();
    write(output, &built.corpus.to_json())?;
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
    Ok(())
}

fn stats(corpus_path: &Path) -> Result<()> {
    let corpus = read_corpus(corpus_path)?;
    let stats = CorpusStats::of(&corpus);
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
