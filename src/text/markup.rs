//! The article text of an HTML page, one paragraph per line, for pages saved
//! from a news site (`.html`, `.htm`, or `--input html`).
//!
//! The page is parsed by html5ever (through `scraper`), the HTML5 parser of
//! the Servo browser engine, so that broken markup, implied end tags and
//! character references are read as a browser reads them. From the parsed
//! tree it keeps the headline (the first `<h1>`) and the text of the
//! article: the element marked `itemprop="articleBody"`, else the
//! `<article>` with the most text, else `<main>`, else `<body>`. Inside it,
//! each block element (`p`, `li`, `blockquote`, headings, table cells, `div`
//! …) and each `<br>` ends a paragraph; inline markup (`a`, `em`, `span` …)
//! is read through. Dropped with everything inside them: scripts and
//! styles, navigation, headers and footers, asides, figures and their
//! captions, forms, hidden elements, and elements whose class or id names
//! page furniture ([`FURNITURE`]: `caption`, `share`, `related`, `menu` …).
//! A paragraph that is nearly all link text (a teaser, a list of related
//! stories) is dropped too.
//!
//! Offsets of quotes in an HTML input are character offsets into the text
//! this module returns, which `kutip text FILE.html` prints. Does not read
//! files and knows nothing of quotes.

use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{ElementRef, Html, Node, Selector};

/// Elements dropped with their content: code, page chrome, media.
const DROPPED_TAGS: &[&str] = &[
    "aside",
    "audio",
    "button",
    "canvas",
    "dialog",
    "embed",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "iframe",
    "map",
    "math",
    "menu",
    "nav",
    "noscript",
    "object",
    "script",
    "select",
    "style",
    "svg",
    "template",
    "textarea",
    "title",
    "video",
];

/// Where a page's `<h1>` is not its headline.
const HEADLINE_NOT_IN: &[&str] = &[
    "aside", "dialog", "footer", "form", "nav", "noscript", "template",
];

/// Elements that end a paragraph where they open and where they close.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// ARIA roles of page chrome.
const DROPPED_ROLES: &[&str] = &[
    "alert",
    "banner",
    "complementary",
    "contentinfo",
    "dialog",
    "menu",
    "menubar",
    "navigation",
    "search",
    "toolbar",
];

/// Words that name page furniture in a class or id (`share-buttons`,
/// `related_articles`, `photo-caption`): an element whose class or id has
/// one of them as a `-`/`_`-separated part is dropped.
pub const FURNITURE: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "author",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "byline",
    "caption",
    "comment",
    "comments",
    "cookie",
    "credit",
    "footer",
    "header",
    "hidden",
    "masthead",
    "menu",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "popup",
    "promo",
    "recommended",
    "related",
    "share",
    "sharing",
    "sidebar",
    "social",
    "sponsored",
    "subscribe",
    "tags",
    "toolbar",
    "widget",
];

/// True when `text` starts like an HTML document (after a byte-order mark
/// and white space): `<!DOCTYPE html`, `<html`, `<head` or `<body`, in any
/// case.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(14)
        .flat_map(char::to_lowercase)
        .collect();
    ["<!doctype html", "<html", "<head", "<body"]
        .iter()
        .any(|p| head.starts_with(p))
}

fn is_furniture(value: &str) -> bool {
    value
        .split_whitespace()
        .flat_map(|token| token.split(['-', '_']))
        .any(|part| FURNITURE.contains(&part.to_ascii_lowercase().as_str()))
}

fn is_dropped(e: &Element) -> bool {
    let name = e.name();
    DROPPED_TAGS.contains(&name)
        || e.attr("hidden").is_some()
        || e.attr("aria-hidden") == Some("true")
        || e.attr("role")
            .is_some_and(|r| DROPPED_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
        || e.attr("class").is_some_and(is_furniture)
        || e.attr("id").is_some_and(is_furniture)
}

/// A paragraph with at least this share of its characters inside links is
/// a teaser or a list of links, not article text.
const MAX_LINK_SHARE: f64 = 0.9;

/// The paragraphs being collected.
#[derive(Default)]
struct Paragraphs {
    done: Vec<String>,
    current: String,
    /// Bytes of `current` that came from inside a link.
    link_bytes: usize,
    /// Keep paragraphs that are all link (the headline).
    keep_links: bool,
}

impl Paragraphs {
    /// Appends text, white space collapsed to single spaces.
    fn push_text(&mut self, text: &str, in_link: bool) {
        let before = self.current.len();
        for (i, word) in text.split(char::is_whitespace).enumerate() {
            if i > 0 && !self.current.ends_with(' ') {
                self.current.push(' ');
            }
            self.current.push_str(word);
        }
        if in_link {
            self.link_bytes += self.current.len() - before;
        }
    }

    fn end(&mut self) {
        let p = self.current.trim();
        let links = self.link_bytes as f64 >= p.len() as f64 * MAX_LINK_SHARE;
        if !p.is_empty() && (self.keep_links || !links) {
            self.done.push(p.to_owned());
        }
        self.current.clear();
        self.link_bytes = 0;
    }
}

/// Collects the paragraphs under `root`, skipping dropped elements and
/// (when `skip_h1`) headings of level 1.
fn collect(root: ElementRef<'_>, skip_h1: bool, out: &mut Paragraphs) {
    let mut skipping = None;
    let mut links = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => out.push_text(t, links > 0),
                    Node::Element(e) => {
                        if is_dropped(e) || (skip_h1 && e.name() == "h1") {
                            skipping = Some(node.id());
                        } else if e.name() == "br" || BLOCK_TAGS.contains(&e.name()) {
                            out.end();
                        } else if e.name() == "a" {
                            links += 1;
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                } else if skipping.is_none()
                    && let Node::Element(e) = node.value()
                {
                    if BLOCK_TAGS.contains(&e.name()) {
                        out.end();
                    } else if e.name() == "a" {
                        links = links.saturating_sub(1);
                    }
                }
            }
        }
    }
    out.end();
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    Selector::parse(css).map_or_else(|_| Vec::new(), |s| doc.select(&s).collect())
}

/// Characters of paragraph text under `e` (what [`collect`] would keep).
fn text_len(e: ElementRef<'_>) -> usize {
    let mut p = Paragraphs::default();
    collect(e, true, &mut p);
    p.done.iter().map(|s| s.chars().count()).sum()
}

/// The element that holds the article.
fn article_root(doc: &Html) -> ElementRef<'_> {
    if let Some(body) = select(doc, "[itemprop=articleBody]").into_iter().next() {
        return body;
    }
    let best = select(doc, "article")
        .into_iter()
        .map(|a| (text_len(a), a))
        .max_by_key(|(n, _)| *n);
    if let Some((n, a)) = best
        && n > 0
    {
        return a;
    }
    select(doc, "main")
        .into_iter()
        .chain(select(doc, "body"))
        .next()
        .unwrap_or_else(|| doc.root_element())
}

/// The article text of an HTML page: the headline and the article's
/// paragraphs, one per line, character references decoded.
pub fn article_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let mut paragraphs = Paragraphs::default();
    // The page's headline often sits in a header, outside the article.
    let headline = select(&doc, "h1").into_iter().find(|h| {
        !h.ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| HEADLINE_NOT_IN.contains(&a.value().name()))
    });
    if let Some(h) = headline {
        paragraphs.keep_links = true;
        collect(h, false, &mut paragraphs);
        paragraphs.keep_links = false;
    }
    collect(article_root(&doc), headline.is_some(), &mut paragraphs);
    paragraphs.done.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r##"<!DOCTYPE html>
<html lang="id"><head><title>Berita | Situs</title>
<script>var x = "<p>not text</p>";</script><style>p{color:red}</style></head>
<body>
<header class="site-header"><nav><a href="/">Beranda</a> <a href="/dunia">Dunia</a></nav></header>
<div class="breadcrumb">Beranda &rsaquo; Dunia</div>
<main>
 <h1>Utusan PBB: Krisis Suriah &quot;Semakin Parah&quot;</h1>
 <div class="share-buttons"><a>Bagikan</a></div>
 <article>
  <figure><img src="a.jpg"><figcaption>Lakhdar Brahimi di Damaskus (foto: AP).</figcaption></figure>
  <p>Brahimi mengatakan tugasnya &ldquo;hampir mustahil.&rdquo;
     Ia berbicara di <a href="#">Damaskus</a>.</p>
  <p>Paragraf kedua&nbsp;di sini<br>dan baris baru.
  <aside class="related">Baca juga: Berita lain</aside>
  <p>Ketiga, dengan <em>penekanan</em>.</p>
  <p><a href="/a/1">VIDEO: Berita lain yang terkait</a></p>
 </article>
</main>
<footer>Hak cipta 2012</footer>
</body></html>"##;

    #[test]
    fn keeps_headline_and_paragraphs_and_drops_the_rest() {
        let text = article_text(PAGE);
        assert_eq!(
            text,
            "Utusan PBB: Krisis Suriah \"Semakin Parah\"\n\
             Brahimi mengatakan tugasnya “hampir mustahil.” Ia berbicara di Damaskus.\n\
             Paragraf kedua di sini\n\
             dan baris baru.\n\
             Ketiga, dengan penekanan."
        );
    }

    #[test]
    fn sniffs_pages_not_text() {
        assert!(looks_like_html("\u{feff}  <!doctype HTML><p>x"));
        assert!(looks_like_html("<html>"));
        assert!(!looks_like_html("Kata <b>dia</b>."));
        assert!(!looks_like_html(""));
    }

    #[test]
    fn furniture_names_are_whole_parts() {
        assert!(is_furniture("entry share-buttons"));
        assert!(is_furniture("photo_caption"));
        assert!(!is_furniture("shadow loaded"));
        assert!(!is_furniture("article-body"));
    }

    #[test]
    fn deep_nesting_and_garbage_do_not_panic() {
        let deep = "<div>".repeat(2_000) + "kata" + &"</div>".repeat(2_000);
        assert_eq!(article_text(&deep), "kata");
        assert_eq!(article_text("<<<>>&&#;</p></p>"), "<<<>>&&#;");
        assert_eq!(article_text(""), "");
    }
}
