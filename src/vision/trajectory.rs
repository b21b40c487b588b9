//! Emotional trajectory over a window of timeline points: valence trend, stress level, and whether
//! to offer support (`intervention_needed`). Formulas and thresholds:
//!
//! - valence of a sample = P(happy) + ½·P(surprise) − (P(angry) + P(disgust) + P(fear) + P(sad)),
//!   in [−1, 1] (neutral counts 0; surprise is only half positive because it is often startle).
//! - valence trend = least-squares slope of valence against time, per minute.
//! - stress of a sample = P(angry) + P(disgust) + P(fear) + P(sad) (the negative classes), in [0, 1];
//!   the stress level is its mean: low < 0.35 ≤ moderate < 0.6 ≤ high.
//! - intervention_needed when there are at least 20 face samples (20 s at the 1 Hz timeline), mean
//!   stress ≥ 0.6, and at least 70 % of samples have stress ≥ 0.5 (sustained, not one bad moment).

use serde::Serialize;

/// Minimum face samples before a judgement.
pub const MIN_SAMPLES: usize = 20;
/// Mean stress at which support is offered.
pub const HIGH_STRESS: f32 = 0.6;
/// Stress of one sample that counts as stressed.
pub const STRESSED_SAMPLE: f32 = 0.5;
/// Share of stressed samples needed.
pub const SUSTAINED_SHARE: f32 = 0.7;

/// The trajectory over a window.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Trajectory {
    /// Samples with a face.
    pub samples: usize,
    /// Samples without a face.
    pub no_face: usize,
    /// Mean valence (−1..1), if any face.
    pub valence: Option<f32>,
    /// Valence change per minute (least squares), if ≥ 2 samples.
    pub valence_trend_per_min: Option<f32>,
    /// Mean stress (0..1), if any face.
    pub stress: Option<f32>,
    /// `low`, `moderate`, `high` or `unknown`.
    pub stress_level: &'static str,
    /// Sustained high stress: offer support.
    pub intervention_needed: bool,
}

/// Valence of one probability vector in fer's label order.
pub fn valence(p: &[f32]) -> f32 {
    (p[3] + 0.5 * p[5] - (p[0] + p[1] + p[2] + p[4])).clamp(-1.0, 1.0)
}

/// Stress of one probability vector in fer's label order.
pub fn stress(p: &[f32]) -> f32 {
    (p[0] + p[1] + p[2] + p[4]).clamp(0.0, 1.0)
}

/// The trajectory of `(t_ms, probabilities or None)` points.
pub fn trajectory(points: &[(i64, Option<Vec<f32>>)]) -> Trajectory {
    let faces: Vec<(f32, &Vec<f32>)> = points
        .iter()
        .filter_map(|(t, p)| {
            p.as_ref()
                .filter(|p| p.len() == 7)
                .map(|p| (*t as f32 / 60_000.0, p))
        })
        .collect();
    let n = faces.len();
    let mean = |f: &dyn Fn(&[f32]) -> f32| {
        (n > 0).then(|| faces.iter().map(|(_, p)| f(p)).sum::<f32>() / n as f32)
    };
    let v = mean(&valence);
    let s = mean(&stress);
    let trend = (n >= 2).then(|| {
        let mt = faces.iter().map(|(t, _)| t).sum::<f32>() / n as f32;
        let mv = v.unwrap_or(0.0);
        let (mut num, mut den) = (0f32, 0f32);
        for (t, p) in &faces {
            num += (t - mt) * (valence(p) - mv);
            den += (t - mt) * (t - mt);
        }
        if den > 0.0 {
            num / den
        } else {
            0.0
        }
    });
    let stressed = faces
        .iter()
        .filter(|(_, p)| stress(p) >= STRESSED_SAMPLE)
        .count();
    let level = match s {
        None => "unknown",
        Some(x) if x >= HIGH_STRESS => "high",
        Some(x) if x >= 0.35 => "moderate",
        Some(_) => "low",
    };
    Trajectory {
        samples: n,
        no_face: points.len() - n,
        valence: v,
        valence_trend_per_min: trend,
        stress: s,
        stress_level: level,
        intervention_needed: n >= MIN_SAMPLES
            && s.is_some_and(|x| x >= HIGH_STRESS)
            && stressed as f32 >= SUSTAINED_SHARE * n as f32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(angry: f32, happy: f32, sad: f32) -> Option<Vec<f32>> {
        let neutral = 1.0 - angry - happy - sad;
        Some(vec![angry, 0.0, 0.0, happy, sad, 0.0, neutral])
    }

    #[test]
    fn formulas() {
        assert!((valence(&[0.1, 0.0, 0.0, 0.6, 0.1, 0.2, 0.0]) - 0.5).abs() < 1e-6);
        assert!((stress(&[0.1, 0.05, 0.05, 0.6, 0.1, 0.1, 0.0]) - 0.3).abs() < 1e-6);
    }

    #[test]
    fn sustained_high_stress_needs_intervention_and_a_short_spike_does_not() {
        let sad: Vec<_> = (0..30).map(|i| (i * 1000, p(0.3, 0.0, 0.5))).collect();
        let t = trajectory(&sad);
        assert_eq!((t.stress_level, t.intervention_needed), ("high", true));
        let few: Vec<_> = (0..10).map(|i| (i * 1000, p(0.3, 0.0, 0.5))).collect();
        assert!(!trajectory(&few).intervention_needed, "too few samples");
        let mut mixed: Vec<_> = (0..30).map(|i| (i * 1000, p(0.0, 0.8, 0.0))).collect();
        mixed[3] = (3000, p(0.5, 0.0, 0.5));
        let t = trajectory(&mixed);
        assert_eq!((t.stress_level, t.intervention_needed), ("low", false));
    }

    #[test]
    fn trend_follows_a_brightening_face() {
        let pts: Vec<_> = (0..60)
            .map(|i| (i * 1000, p(0.0, i as f32 / 60.0, 0.0)))
            .collect();
        let t = trajectory(&pts);
        assert!(t.valence_trend_per_min.unwrap() > 0.9, "{t:?}");
        let empty = trajectory(&[(0, None), (1000, None)]);
        assert_eq!(
            (empty.samples, empty.no_face, empty.stress_level),
            (0, 2, "unknown")
        );
    }
}
