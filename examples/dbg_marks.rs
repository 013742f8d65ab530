//! Prints the sentences, entities and mentions kutip finds in one article.
fn main() {
    let path = std::env::args().nth(1).expect("usage: dbg_marks FILE");
    let lang = if path.ends_with("en.txt") {
        kutip::Lang::En
    } else {
        kutip::Lang::Id
    };
    let text = std::fs::read_to_string(&path).expect("readable file");
    let doc = kutip::Document::parse(&text, lang);
    let ex = kutip::quote::extract_quotes(&doc, kutip::lexicon::Lexicon::embedded());
    for (i, e) in ex.registry.entities.iter().enumerate() {
        println!("E{i}: {e:?}");
    }
    for m in &ex.registry.mentions {
        let end = (m.pos + 25).min(doc.text().len());
        let end = (end..doc.text().len())
            .find(|&e| doc.text().is_char_boundary(e))
            .unwrap_or(doc.text().len());
        println!(
            "M: s{} e{} subj={} {:?}",
            m.sentence,
            m.entity,
            m.subject,
            &doc.text()[m.pos..end]
        );
    }
}
