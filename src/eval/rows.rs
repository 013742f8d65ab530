//! Reading gold files and `align` output into the rows the scorer needs,
//! as `csv.DictReader` gives them to `score.py`: columns found by name (the
//! last one of a repeated name), missing cells empty, short and long rows
//! accepted, every row kept (`omitted` rows too: they count among the
//! predictions and claim nothing). The one change to the text is the
//! spreadsheet-safety `'` that kutip's CSV writer puts before a leading
//! `=`, `+`, `-` or `@`: it is taken off, which changes no word.

use super::tokens::is_blank;

/// One gold or predicted row, as far as scoring needs it.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub id_quote: String,
    pub id_speaker: String,
    /// Other right labels of the gold speaker, `|`-separated (gold only).
    pub id_speaker_alt: String,
    pub en_quote: String,
    /// `status` is `matched` or absent: the row claims `en_quote` as the
    /// source of `id_quote`.
    pub matched: bool,
}

/// Reads rows from CSV text with a header (a gold file or `align` output).
pub fn read_rows(csv_text: &str) -> Result<Vec<Row>, csv::Error> {
    let mut r = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(csv_text.as_bytes());
    let headers = r.headers()?.clone();
    let col = |name: &str| (0..headers.len()).rev().find(|&i| &headers[i] == name);
    let (iq, isp, alt, eq, st) = (
        col("id_quote"),
        col("id_speaker"),
        col("id_speaker_alt"),
        col("en_quote"),
        col("status"),
    );
    let mut out = Vec::new();
    for rec in r.records() {
        let rec = rec?;
        let get = |c: Option<usize>| {
            let v = c.and_then(|c| rec.get(c)).unwrap_or("");
            v.strip_prefix('\'')
                .filter(|rest| rest.starts_with(['=', '+', '-', '@']))
                .unwrap_or(v)
                .to_owned()
        };
        let status = get(st);
        out.push(Row {
            id_quote: get(iq),
            id_speaker: get(isp),
            id_speaker_alt: get(alt),
            en_quote: get(eq),
            // `(p.get("status") or "matched") == "matched"`
            matched: status.is_empty() || status == "matched",
        });
    }
    Ok(out)
}

impl Row {
    /// The row claims an English source: matched, with both quotes.
    pub(super) fn claims_source(&self) -> bool {
        self.matched && !is_blank(&self.en_quote) && !is_blank(&self.id_quote)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_read_as_dictreader_reads_them() {
        let rows = read_rows(
            "pair,status,id_speaker,id_quote,en_quote,id_quote\n\
             p,matched,Budi,ignored,'-5 degrees,\"'=x\"\n\
             p,omitted,,,\"said it\"\n\
             \n\
             p,unsourced\n",
        )
        .expect("csv");
        assert_eq!(rows.len(), 3);
        // The last `id_quote` column counts; the guard is taken off.
        assert_eq!(rows[0].id_quote, "=x");
        assert_eq!(rows[0].en_quote, "-5 degrees");
        assert!(rows[0].matched && rows[0].claims_source());
        assert!(!rows[1].matched && rows[1].id_quote.is_empty());
        assert!(!rows[2].matched && rows[2].en_quote.is_empty());
    }

    #[test]
    fn gold_alternatives_are_read() {
        let rows = read_rows(
            "id_quote,id_speaker,id_speaker_alt,en_quote,en_speaker,kind\n\
             a,Uhuru Kenyatta,Kenyata|Presiden Kenya,b,Uhuru Kenyatta,direct\n",
        )
        .expect("csv");
        assert_eq!(rows[0].id_speaker_alt, "Kenyata|Presiden Kenya");
        assert!(rows[0].matched);
    }
}
