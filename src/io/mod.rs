//! Inputs and outputs: batch inputs (folders, manifests, JSONL streams),
//! character offsets for the output contract, the output records, and the
//! writers (CSV, JSONL, TMX, Moses, HTML) behind one [`RowSink`] trait. Stages
//! never call into this module.

pub mod context;
pub mod csv;
pub mod decisions;
pub mod html;
pub mod input;
pub mod jsonl;
pub mod moses;
pub mod offsets;
pub mod output;
pub mod pair_name;
pub mod records;
pub mod rules;
pub mod tmx;

pub use offsets::CharIndex;
pub use records::{
    AlignRecord, Detail, Flag, Flags, Records, SentenceRecord, Unit, align_records,
    align_records_with, sentence_records,
};

/// Where batch rows go: one writer per output format. Rows arrive pair by
/// pair in input order; `finish` completes the output (closing tags,
/// renaming temporary files into place).
pub trait RowSink: Send {
    /// How much of each row this writer needs: the batch builds the
    /// context of the rows ([`Detail::Review`]) only for a writer that
    /// shows it.
    fn detail(&self) -> Detail {
        Detail::Rows
    }
    /// Writes the rows of one pair.
    fn write_records(&mut self, records: &Records) -> std::io::Result<()>;
    /// Pushes what was written so far to the output (called after each
    /// chunk of pairs, so a stream consumer sees rows as they are done).
    fn flush(&mut self) -> std::io::Result<()>;
    /// Completes the output.
    fn finish(self: Box<Self>) -> std::io::Result<()>;
}

/// The output formats of `kutip align`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Jsonl,
    Tmx,
    Moses,
    Html,
}

/// Opens the writer for `format` on `path` (standard output when `None`;
/// Moses needs a path prefix and writes `PREFIX.id` and `PREFIX.en`).
pub fn open_sink(
    format: Format,
    unit: Unit,
    path: Option<&std::path::Path>,
) -> std::io::Result<Box<dyn RowSink>> {
    Ok(match format {
        Format::Csv => Box::new(csv::CsvSink::new(output::Output::to(path)?, unit)?),
        Format::Jsonl => Box::new(jsonl::JsonlSink::new(output::Output::to(path)?)),
        Format::Tmx => Box::new(tmx::TmxSink::new(output::Output::to(path)?, unit)?),
        Format::Html => Box::new(html::HtmlSink::new(output::Output::to(path)?, unit)?),
        Format::Moses => {
            let prefix = path.ok_or_else(|| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    "--format moses needs -o PREFIX (writes PREFIX.id and PREFIX.en)",
                )
            })?;
            Box::new(moses::MosesSink::new(prefix)?)
        }
    })
}
