//! Prints the sentences, marked spans and candidates kutip finds in one article.
fn main() {
    let path = std::env::args().nth(1).expect("usage: dbg_quotes FILE");
    let lang = if path.ends_with("en.txt") {
        kutip::Lang::En
    } else {
        kutip::Lang::Id
    };
    let text = std::fs::read_to_string(&path).expect("readable file");
    let doc = kutip::Document::parse(&text, lang);
    for (i, s) in doc.sentences.iter().enumerate() {
        println!("S{i} p{}: {}", s.paragraph, doc.slice(s.span));
    }
    for m in kutip::quote::marks::find_marked(&doc) {
        println!("MARK bal={} {:?}", m.balanced, doc.slice(m.inner));
    }
    for c in kutip::quote::cues::find_candidates(&doc) {
        let who = match &c.who {
            kutip::quote::cues::Who::Phrase(r) => format!(
                "{:?}",
                doc.slice(kutip::text::NormSpan::new(
                    doc.tokens[r.start].span.start,
                    doc.tokens[r.end.max(r.start + 1) - 1].span.end
                ))
            ),
            w => format!("{w:?}"),
        };
        println!("CAND {:?} who={} {:?}", c.kind, who, doc.slice(c.span));
    }
}
