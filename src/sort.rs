//! One sort for the whole crate. Each `sort_by_key` or `sort_unstable` of the standard library
//! compiles a copy of the sort per element type and key (4–8 KB of WebAssembly each, ~40 KB for
//! the crate's ten call sites); these sort a permutation of indices through one comparator
//! object instead, so the module holds the standard sort once. Stable, O(n log n).

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stable.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = permutation(v.len(), &|a, b| cmp(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` by `key`, stable (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` (as `slice::sort_unstable`: equal elements are equal, so stable is the same).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The indices `0..n` sorted by `cmp`: the one place the standard sort is instantiated.
#[inline(never)]
fn permutation(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Puts `v[order[i]]` at `i` for every `i`, by following the permutation's cycles (O(n) swaps).
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for i in 0..v.len() {
        let mut at = i;
        while order[at] != i {
            let from = order[at];
            v.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_stays_stable() {
        let mut seed = 7u64;
        for len in [0, 1, 2, 3, 10, 100, 1000] {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let (mut ours, mut std) = (v.clone(), v.clone());
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "stable by key, {len} elements");
            let (mut ours, mut std) = (v.clone(), v);
            sort(&mut ours);
            std.sort_unstable();
            assert_eq!(ours, std, "{len} elements");
        }
    }

    /// A standard-library sort in the engine's code would bring its own copy back into the
    /// module. Test modules (after `mod tests`) and the native-only `src/bin` may use them.
    #[test]
    fn the_library_sorts_only_through_this_module() {
        fn visit(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).expect("src/ is readable") {
                let path = entry.expect("directory entry").path();
                if path.is_dir() {
                    if !path.ends_with("bin") {
                        visit(&path, found);
                    }
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("sort.rs") {
                    let text = std::fs::read_to_string(&path).expect("source is UTF-8");
                    let code = text.split("mod tests").next().unwrap_or_default();
                    for (n, line) in code.lines().enumerate() {
                        let calls = [".sort()", ".sort_by(", ".sort_by_key(", ".sort_by_cached_key(", ".sort_unstable("];
                        if calls.iter().chain(&[".sort_unstable_by(", ".sort_unstable_by_key("]).any(|c| line.contains(c)) {
                            found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                        }
                    }
                }
            }
        }
        let mut found = Vec::new();
        visit(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
        assert!(found.is_empty(), "use crate::sort instead:\n{}", found.join("\n"));
    }
}
