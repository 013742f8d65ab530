//! Scoring an `align` CSV against a gold file, the same way as
//! `shared/eval/score.py`: a predicted row claims a gold row when their
//! Indonesian quotes have token F1 >= 0.5 (best first, one to one); an
//! alignment is right when the English quotes have token F1 >= 0.5.

use std::collections::HashMap;

use serde::Serialize;

/// One gold or predicted row, as far as scoring needs it.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub id_quote: String,
    pub id_speaker: String,
    pub en_quote: String,
    pub matched: bool,
}

/// The figures `kutip eval` prints.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Figures {
    pub gold: usize,
    pub pred: usize,
    pub extracted: usize,
    pub n_gold_src: usize,
    pub n_pred_matched: usize,
    pub n_good: usize,
    pub n_spk: usize,
    pub n_spk_ok: usize,
    pub extraction_recall: f64,
    pub align_precision: f64,
    pub align_recall: f64,
    pub align_f1: f64,
    pub speaker_accuracy: f64,
}

fn toks(s: &str) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    let s: String = s.nfkc().collect::<String>().to_lowercase();
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Token F1 of two strings.
pub fn f1(a: &str, b: &str) -> f64 {
    let (a, b) = (toks(a), toks(b));
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut count: HashMap<&str, i64> = HashMap::new();
    for w in &a {
        *count.entry(w).or_default() += 1;
    }
    let mut common = 0;
    for w in &b {
        if let Some(c) = count.get_mut(w.as_str())
            && *c > 0
        {
            *c -= 1;
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let (p, r) = (
        common as f64 / a.len() as f64,
        common as f64 / b.len() as f64,
    );
    2.0 * p * r / (p + r)
}

/// A predicted speaker names the gold one (as `score.py`: the last word of
/// either is among the words of the other).
pub fn speaker_ok(pred: &str, gold: &str) -> bool {
    let (g, p) = (toks(gold), toks(pred));
    match (g.last(), p.last()) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(gl), Some(pl)) => p.contains(gl) || g.contains(pl),
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Scores predicted rows against gold rows.
pub fn score(gold: &[Row], pred: &[Row]) -> Figures {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            pairs.push((f1(&p.id_quote, &g.id_quote), i, j));
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
    let mut claim: HashMap<usize, usize> = HashMap::new();
    let mut used_p = vec![false; pred.len()];
    for (s, i, j) in pairs {
        if s < 0.5 {
            break;
        }
        if claim.contains_key(&i) || used_p[j] {
            continue;
        }
        used_p[j] = true;
        claim.insert(i, j);
    }
    let mut f = Figures {
        gold: gold.len(),
        pred: pred.len(),
        extracted: claim.len(),
        ..Figures::default()
    };
    f.n_gold_src = gold
        .iter()
        .filter(|g| !g.en_quote.trim().is_empty())
        .count();
    let is_matched =
        |p: &Row| p.matched && !p.en_quote.trim().is_empty() && !p.id_quote.trim().is_empty();
    f.n_pred_matched = pred.iter().filter(|p| is_matched(p)).count();
    for (&i, &j) in &claim {
        let (g, p) = (&gold[i], &pred[j]);
        if is_matched(p) && !g.en_quote.trim().is_empty() && f1(&p.en_quote, &g.en_quote) >= 0.5 {
            f.n_good += 1;
        }
        if !g.id_speaker.trim().is_empty() {
            f.n_spk += 1;
            f.n_spk_ok += usize::from(speaker_ok(&p.id_speaker, &g.id_speaker));
        }
    }
    finish(f)
}

/// Recomputes the ratios of summed figures.
pub fn finish(mut f: Figures) -> Figures {
    let ratio = |num: usize, den: usize, empty: f64| {
        if den > 0 {
            num as f64 / den as f64
        } else {
            empty
        }
    };
    let p = ratio(f.n_good, f.n_pred_matched, 0.0);
    let r = ratio(f.n_good, f.n_gold_src, 1.0);
    f.extraction_recall = round3(ratio(f.extracted, f.gold, 1.0));
    f.align_precision = round3(p);
    f.align_recall = round3(r);
    f.align_f1 = if p + r > 0.0 {
        round3(2.0 * p * r / (p + r))
    } else {
        0.0
    };
    f.speaker_accuracy = round3(ratio(f.n_spk_ok, f.n_spk, 1.0));
    f
}

/// Adds the counts of `b` to `a` (ratios are recomputed by [`finish`]).
pub fn add(a: &mut Figures, b: &Figures) {
    a.gold += b.gold;
    a.pred += b.pred;
    a.extracted += b.extracted;
    a.n_gold_src += b.n_gold_src;
    a.n_pred_matched += b.n_pred_matched;
    a.n_good += b.n_good;
    a.n_spk += b.n_spk;
    a.n_spk_ok += b.n_spk_ok;
}

/// Reads rows from CSV text with a header (gold or `align` output); strips
/// the spreadsheet-safety prefix `'` the CSV writer may add.
pub fn read_rows(csv_text: &str) -> Result<Vec<Row>, csv::Error> {
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = r.headers()?.clone();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (iq, isp, eq, st) = (
        col("id_quote"),
        col("id_speaker"),
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
        if status == "omitted" {
            continue;
        }
        out.push(Row {
            id_quote: get(iq),
            id_speaker: get(isp),
            en_quote: get(eq),
            matched: status.is_empty() || status == "matched",
        });
    }
    Ok(out)
}
