//! Tests of the Indonesian stemmer (`id.rs`): one table of (word, root) per rule,
//! coverage and speed on the dev articles when present, and a never-panics property.

use super::*;
use proptest::prelude::*;

fn check(cases: &[(&str, &str)]) {
    let bad: Vec<String> = cases
        .iter()
        .filter_map(|&(w, want)| {
            let got = stem_id(w);
            (got != want).then(|| format!("{w}: got {got}, want {want}"))
        })
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn root_list_parses_and_has_common_roots() {
    assert!(ROOTS.len() > 25_000, "{} roots", ROOTS.len());
    for r in [
        "ajar", "aman", "kata", "kirim", "kuat", "pukul", "serang", "tulis",
    ] {
        assert!(is_id_root(r), "{r}");
    }
    assert!(!is_id_root("belajar"));
    assert!(!is_id_root(""));
    assert!(!ROOTS.keys().any(|r| r.starts_with('#') || r.contains('\t')));
}

#[test]
fn tables_are_consistent() {
    assert!(PARTICLES.windows(2).all(|w| w[0] < w[1]));
    assert!(POSSESSIVES.windows(2).all(|w| w[0] < w[1]));
    assert!(LEXICAL_ALLOMORPHS.windows(2).all(|w| w[0].0 < w[1].0));
    for (form, root) in LEXICAL_ALLOMORPHS {
        assert!(is_id_root(root) && !is_id_root(form), "{form} {root}");
    }
}

#[test]
fn particles_and_possessives() {
    check(&[
        ("apakah", "apa"),
        ("bukunyalah", "buku"),
        ("bukumu", "buku"),
        ("duduklah", "duduk"),
        ("katanya", "kata"),
        ("rumahku", "rumah"),
        ("siapapun", "siapa"),
        ("tambahnya", "tambah"),
    ]);
}

#[test]
fn derivational_suffixes() {
    check(&[
        ("gerakan", "gerak"),
        ("kebijakan", "bijak"),
        ("laporan", "lapor"),
        ("serangan", "serang"),
        ("tindakan", "tindak"),
        ("berikan", "beri"),
        ("katakan", "kata"),
        ("temui", "temu"),
    ]);
}

#[test]
fn men_prefix_and_sound_changes() {
    check(&[
        ("memukul", "pukul"),
        ("membantah", "bantah"),
        ("menulis", "tulis"),
        ("mencari", "cari"),
        ("mengirim", "kirim"),
        ("mengambil", "ambil"),
        ("menggunakan", "guna"),
        ("menyerang", "serang"),
        ("melihat", "lihat"),
        ("meminta", "minta"),
        ("menanti", "nanti"),
        ("merasa", "rasa"),
        ("mewarnai", "warna"),
        ("meyakini", "yakin"),
        ("mengebom", "bom"),
        ("mengatakan", "kata"),
        ("menyatakan", "nyata"),
        ("menegaskan", "tegas"),
        ("mengurangi", "kurang"),
        ("memberikan", "beri"),
        ("memproduksi", "produksi"),
    ]);
}

#[test]
fn pen_prefix_and_sound_changes() {
    check(&[
        ("pengirim", "kirim"),
        ("penulis", "tulis"),
        ("penyerang", "serang"),
        ("pemukul", "pukul"),
        ("pendukung", "dukung"),
        ("pemakan", "makan"),
        ("pelajar", "ajar"),
    ]);
}

#[test]
fn other_prefixes() {
    check(&[
        ("bekerja", "kerja"),
        ("belajar", "ajar"),
        ("bermain", "main"),
        ("berbagai", "bagai"),
        ("dimakan", "makan"),
        ("dikatakan", "kata"),
        ("terjatuh", "jatuh"),
        ("terhadap", "hadap"),
        ("kekasih", "kasih"),
        ("sebuah", "buah"),
        ("perbaiki", "baik"),
        ("memperkuat", "kuat"),
        ("diperkuat", "kuat"),
        ("mempertahankan", "tahan"),
        ("diperlukan", "perlu"),
    ]);
}

#[test]
fn confixes() {
    check(&[
        ("kepentingan", "penting"),
        ("keamanan", "aman"),
        ("pertemuan", "temu"),
        ("pertanian", "tani"),
        ("pembicaraan", "bicara"),
        ("penghentian", "henti"),
        ("pendidikan", "didik"),
        ("pemerintahan", "perintah"),
        ("pengamanan", "aman"),
        ("pembelajaran", "ajar"),
        ("berhadapan", "hadap"),
        ("keberhasilan", "hasil"),
        ("kepemimpinan", "pimpin"),
        ("berkepanjangan", "panjang"),
        ("sebenarnya", "benar"),
        ("selanjutnya", "lanjut"),
    ]);
}

#[test]
fn reduplication_and_compounds() {
    check(&[
        ("kata-kata", "kata"),
        ("serangan-serangan", "serang"),
        ("laporan-laporan", "lapor"),
        ("anggota-anggota", "anggota"),
        ("sayur-mayur", "sayur"),
        ("tarik-menarik", "tarik"),
        ("berlari-lari", "lari"),
        ("militer-politik", "militer-politik"),
        ("-", "-"),
        ("a-", "a-"),
    ]);
    assert_eq!(id_roots("militer-politik"), ["militer", "politik"]);
}

#[test]
fn roots_and_loanwords_stay() {
    check(&[
        ("kuat", "kuat"),
        ("makan", "makan"),
        ("tahan", "tahan"),
        ("bahan", "bahan"),
        ("tetapi", "tetapi"),
        ("pemuda", "pemuda"),
        ("komunikasi", "komunikasi"),
        ("strategis", "strategis"),
        ("jakarta", "jakarta"),
        ("", ""),
    ]);
}

#[test]
fn id_roots_ranks_and_dedups() {
    let r = id_roots("memakan");
    assert_eq!(r.first().map(String::as_str), Some("makan"));
    assert!(r.contains(&"pakan".to_string()));
    let mut d = r.clone();
    d.sort();
    d.dedup();
    assert_eq!(d.len(), r.len());
    assert_eq!(id_roots("makan").first().map(String::as_str), Some("makan"));
    assert!(id_roots("xqzw").is_empty());
}

/// Runs the stemmer over the dev articles when they are present and prints coverage
/// and speed (measured, not asserted).
#[test]
fn dev_texts_coverage_and_speed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/dev");
    let dir = if dir.exists() {
        dir
    } else {
        std::path::PathBuf::from("/work/shared/dev")
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("dev texts: skipped ({} not found)", dir.display());
        return;
    };
    let mut words = Vec::new();
    for e in entries.flatten() {
        if let Ok(text) = std::fs::read_to_string(e.path().join("id.txt")) {
            words.extend(
                text.split(|c: char| !c.is_alphabetic() && c != '-')
                    .map(|w| w.trim_matches('-').to_lowercase())
                    .filter(|w| !w.is_empty()),
            );
        }
    }
    if words.is_empty() {
        println!("dev texts: skipped (no id.txt)");
        return;
    }
    let start = std::time::Instant::now();
    let stems: Vec<String> = words.iter().map(|w| stem_id(w)).collect();
    let secs = start.elapsed().as_secs_f64();
    let mut unresolved: Vec<&str> = Vec::new();
    let mut ok = 0usize;
    for (w, s) in words.iter().zip(&stems) {
        if is_id_root(s) || is_id_root(w) {
            ok += 1;
        } else if !unresolved.contains(&w.as_str()) {
            unresolved.push(w);
        }
    }
    println!(
        "dev texts: {} words, {:.1}% resolved to a validated root, {:.0} words/s ({} build)",
        words.len(),
        100.0 * ok as f64 / words.len() as f64,
        words.len() as f64 / secs.max(1e-9),
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    println!(
        "unresolved sample: {:?}",
        &unresolved[..unresolved.len().min(25)]
    );
}

proptest! {
    #[test]
    fn never_panics(s in "\\PC{0,60}") {
        let _ = stem_id(&s);
        let _ = id_roots(&s);
        let _ = is_id_root(&s);
    }

    #[test]
    fn never_panics_on_affix_soup(s in "(me|pe|ber|di|ke|se|ter|per|ng|ny|[a-z]|-){0,20}") {
        let stem = stem_id(&s);
        prop_assert!(!stem.is_empty() || s.is_empty());
        let _ = id_roots(&s);
    }
}
