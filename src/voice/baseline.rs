//! A person's own voice baseline: the running mean and spread of the encoder's 517 values over their
//! speech (Welford). The tone head reads each segment relative to it; until it has seen enough speech
//! the training set's statistics stand in. It holds statistics only, never audio.

use serde::{Deserialize, Serialize};

/// Segments of speech before a personal baseline is used.
pub const MIN_SEGMENTS: u64 = 20;

/// Running statistics of feature vectors.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Baseline {
    /// Segments seen.
    pub count: u64,
    /// Running mean.
    pub mean: Vec<f64>,
    /// Running sum of squared deviations.
    pub m2: Vec<f64>,
}

impl Baseline {
    /// Adds one segment's features (a vector with a non-finite value is left out).
    pub fn add(&mut self, x: &[f32]) {
        if x.iter().any(|v| !v.is_finite()) {
            return;
        }
        if self.mean.len() != x.len() {
            *self = Baseline {
                count: 0,
                mean: vec![0.0; x.len()],
                m2: vec![0.0; x.len()],
            };
        }
        self.count += 1;
        let n = self.count as f64;
        for ((m, s), &v) in self.mean.iter_mut().zip(self.m2.iter_mut()).zip(x) {
            let v = v as f64;
            let d = v - *m;
            *m += d / n;
            *s += d * (v - *m);
        }
    }

    /// Enough speech to read against (see [`MIN_SEGMENTS`]).
    pub fn ready(&self) -> bool {
        self.count >= MIN_SEGMENTS
    }

    /// Mean and standard deviation (population, plus 1e-6 as the trainer) as `f32`.
    pub fn stats(&self) -> (Vec<f32>, Vec<f32>) {
        let n = self.count.max(1) as f64;
        (
            self.mean.iter().map(|&m| m as f32).collect(),
            self.m2
                .iter()
                .map(|&s| ((s / n).max(0.0).sqrt() + 1e-6) as f32)
                .collect(),
        )
    }
}

/// The setting that holds a person's baseline (inside the encrypted vault).
pub const SETTING: &str = "voice.baseline";
/// The setting that says whether the person agreed to learn it from their sessions.
pub const LEARN_SETTING: &str = "voice.learn_baseline";

impl Baseline {
    /// The compact form kept in the vault's settings: the count and the numbers as base64 of
    /// little-endian f64 (mean, then the squared deviations).
    pub fn to_setting(&self) -> serde_json::Value {
        let mut bytes = Vec::with_capacity(16 * self.mean.len());
        for v in self.mean.iter().chain(&self.m2) {
            bytes.extend_from_slice(&v.to_le_bytes());
        }
        serde_json::json!({ "count": self.count, "data": data_encoding::BASE64.encode(&bytes) })
    }

    /// Reads [`Self::to_setting`]'s form of `width` values; `None` if it is not that (another
    /// width, from another encoder, is not this person's baseline for this one).
    pub fn from_setting(v: &serde_json::Value, width: usize) -> Option<Baseline> {
        let count = v["count"].as_u64()?;
        let bytes = data_encoding::BASE64
            .decode(v["data"].as_str()?.as_bytes())
            .ok()?;
        if bytes.len() != 16 * width {
            return None;
        }
        let nums: Vec<f64> = bytes
            .chunks_exact(8)
            .map(|c| f64::from_le_bytes(c.try_into().expect("8 bytes")))
            .collect();
        if nums.iter().any(|x| !x.is_finite()) {
            return None;
        }
        let (mean, m2) = nums.split_at(nums.len() / 2);
        Some(Baseline {
            count,
            mean: mean.to_vec(),
            m2: m2.to_vec(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_and_spread_match_the_direct_formula() {
        let rows = [[1.0f32, 10.0], [2.0, 10.0], [6.0, 13.0]];
        let mut b = Baseline::default();
        rows.iter().for_each(|r| b.add(r));
        let (m, s) = b.stats();
        assert!((m[0] - 3.0).abs() < 1e-6 && (m[1] - 11.0).abs() < 1e-6);
        let sd0 = ((4.0 + 1.0 + 9.0) / 3.0f64).sqrt() as f32;
        assert!((s[0] - sd0).abs() < 1e-5, "{s:?}");
        assert!(!b.ready());
        let back = Baseline::from_setting(&b.to_setting(), 2).unwrap();
        assert_eq!(back, b);
        assert!(
            Baseline::from_setting(&b.to_setting(), 517).is_none(),
            "another width"
        );
        let empty = serde_json::json!({"count": 25, "data": ""});
        assert!(Baseline::from_setting(&empty, 2).is_none());
        assert!(Baseline::from_setting(&serde_json::json!("x"), 2).is_none());
        b.add(&[f32::NAN, 1.0]);
        assert_eq!(b.count, 3, "a NaN vector is left out");
    }
}
