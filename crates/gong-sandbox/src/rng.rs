//! A tiny deterministic generator (SplitMix64): the sandbox's data, tokens
//! and fault decisions all follow from the seed, with no `rand` dependency.

/// SplitMix64's output function: a well-mixed 64-bit value of `z`.
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A stateless roll in `[0, 1)` for event number `n` of stream `salt`:
/// the same seed, salt and number always give the same value, whatever the
/// order in which events are decided.
pub(crate) fn unit_at(seed: u64, salt: u64, n: u64) -> f64 {
    to_unit(mix(
        mix(seed ^ mix(salt)).wrapping_add(n.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    ))
}

fn to_unit(x: u64) -> f64 {
    (x >> 11) as f64 / (1u64 << 53) as f64
}

/// SplitMix64.
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator for one purpose (`stream`) of a seed.
    pub(crate) fn new(seed: u64, stream: u64) -> Self {
        Rng(mix(seed ^ mix(stream.wrapping_add(0x5EED))))
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// A value in `[0, n)` (0 when `n` is 0). The modulo bias is far below
    /// anything a test could notice.
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next_u64() % n }
    }

    /// A value in `[lo, hi)`.
    pub(crate) fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi.saturating_sub(lo))
    }

    /// An index into a slice of `len` items.
    pub(crate) fn index(&mut self, len: usize) -> usize {
        self.below(len as u64) as usize
    }

    /// A value in `[0, 1)`.
    pub(crate) fn unit(&mut self) -> f64 {
        to_unit(self.next_u64())
    }

    /// True with probability `p`.
    pub(crate) fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// One item of a non-empty slice.
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.index(items.len())]
    }

    /// `len` characters from `[A-Za-z0-9]`.
    pub(crate) fn token(&mut self, len: usize) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        (0..len).map(|_| ALPHABET[self.index(ALPHABET.len())] as char).collect()
    }

    /// `len` characters from `[a-z0-9]` (Gong's request ids look like this).
    pub(crate) fn lower_token(&mut self, len: usize) -> String {
        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
        (0..len).map(|_| ALPHABET[self.index(ALPHABET.len())] as char).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence_other_seed_other_sequence() {
        let a: Vec<u64> = {
            let mut r = Rng::new(7, 1);
            (0..5).map(|_| r.next_u64()).collect()
        };
        let b: Vec<u64> = {
            let mut r = Rng::new(7, 1);
            (0..5).map(|_| r.next_u64()).collect()
        };
        let c: Vec<u64> = {
            let mut r = Rng::new(8, 1);
            (0..5).map(|_| r.next_u64()).collect()
        };
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn units_are_in_range_and_roughly_uniform() {
        let mut r = Rng::new(1, 2);
        let n = 20_000;
        let mut below_tenth = 0;
        for _ in 0..n {
            let u = r.unit();
            assert!((0.0..1.0).contains(&u));
            if u < 0.1 {
                below_tenth += 1;
            }
        }
        let share = below_tenth as f64 / n as f64;
        assert!((0.08..0.12).contains(&share), "{share}");
        let rolls: Vec<f64> = (0..100).map(|i| unit_at(3, 4, i)).collect();
        assert_eq!(rolls, (0..100).map(|i| unit_at(3, 4, i)).collect::<Vec<_>>());
        assert!(rolls.iter().all(|u| (0.0..1.0).contains(u)));
    }
}
