fn main() {
    for line in std::io::stdin().lines() {
        let w = line.unwrap().to_lowercase();
        println!(
            "{w}\t{:?}\t{:?}",
            kutip::morph::id_roots(&w),
            kutip::quote::names::common_word(kutip::Lang::Id, &w)
        );
    }
}
