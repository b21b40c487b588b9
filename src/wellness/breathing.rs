//! Guided breathing: the patterns (box 4-4-4-4, 4-7-8, coherent ≈5.5 breaths/min, custom) and the
//! phase schedule the window animates.

use crate::error::{Error, Result};
use serde::Serialize;

/// One part of a breath.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Breathe in.
    Inhale,
    /// Hold with full lungs.
    Hold,
    /// Breathe out.
    Exhale,
    /// Hold with empty lungs.
    HoldEmpty,
}

/// A breathing pattern: its phases and their lengths in seconds (zero-length phases are left out).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct Pattern {
    /// `box`, `4-7-8`, `coherent` or `custom:IN-HOLD-OUT-HOLD`.
    pub id: String,
    /// Name shown to the person.
    pub name: String,
    /// Phases of one breath.
    pub phases: Vec<(Phase, f64)>,
}

impl Pattern {
    /// Seconds per breath.
    pub fn cycle_s(&self) -> f64 {
        self.phases.iter().map(|(_, s)| s).sum()
    }
}

fn build(id: &str, name: &str, secs: [f64; 4]) -> Pattern {
    let kinds = [Phase::Inhale, Phase::Hold, Phase::Exhale, Phase::HoldEmpty];
    Pattern {
        id: id.into(),
        name: name.into(),
        phases: kinds
            .into_iter()
            .zip(secs)
            .filter(|(_, s)| *s > 0.0)
            .collect(),
    }
}

/// The pattern with this id; `custom:4-2-6-0` takes four lengths in seconds (inhale and exhale 1–20 s,
/// holds 0–20 s).
pub fn pattern(id: &str) -> Result<Pattern> {
    match id.trim() {
        "box" => Ok(build("box", "Box breathing 4-4-4-4", [4.0, 4.0, 4.0, 4.0])),
        "4-7-8" => Ok(build("4-7-8", "4-7-8 breathing", [4.0, 7.0, 8.0, 0.0])),
        "coherent" => {
            let half = 60.0 / 5.5 / 2.0;
            Ok(build(
                "coherent",
                "Coherent breathing (5.5 breaths a minute)",
                [half, 0.0, half, 0.0],
            ))
        }
        other => {
            let spec = other.strip_prefix("custom:").ok_or_else(|| {
                Error::invalid(
                    "pattern",
                    format!("box, 4-7-8, coherent or custom:IN-HOLD-OUT-HOLD (got '{other}')"),
                )
            })?;
            let parts: Vec<f64> = spec.split('-').map(|p| p.trim().parse::<f64>()).collect::<Result<_, _>>().map_err(|_| {
                Error::invalid("pattern", format!("custom lengths are four numbers of seconds, like custom:4-2-6-0 (got '{spec}')"))
            })?;
            let [i, h, o, e]: [f64; 4] = parts.try_into().map_err(|_| {
                Error::invalid(
                    "pattern",
                    "custom takes exactly four lengths: IN-HOLD-OUT-HOLD",
                )
            })?;
            if !(1.0..=20.0).contains(&i)
                || !(1.0..=20.0).contains(&o)
                || !(0.0..=20.0).contains(&h)
                || !(0.0..=20.0).contains(&e)
            {
                return Err(Error::invalid(
                    "pattern",
                    "inhale and exhale 1–20 s, holds 0–20 s",
                ));
            }
            Ok(build(other, "Custom breathing", [i, h, o, e]))
        }
    }
}

/// One step of the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ts_rs::TS)]
pub struct Step {
    /// Which breath (from 1).
    pub cycle: u32,
    /// What to do.
    pub phase: Phase,
    /// Seconds from the start.
    pub start_s: f64,
    /// How long.
    pub duration_s: f64,
}

/// Whole breaths that fit in `planned_s` (at least one), phase by phase.
pub fn schedule(p: &Pattern, planned_s: f64) -> Result<Vec<Step>> {
    if !(1.0..=3.0 * 3600.0).contains(&planned_s) {
        return Err(Error::invalid("planned_s", "between 1 s and 3 hours"));
    }
    let cycles = ((planned_s / p.cycle_s()).floor() as u32).max(1);
    let mut t = 0.0;
    let mut out = Vec::new();
    for cycle in 1..=cycles {
        for (phase, d) in &p.phases {
            out.push(Step {
                cycle,
                phase: *phase,
                start_s: t,
                duration_s: *d,
            });
            t += d;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_and_schedules() {
        let b = pattern("box").unwrap();
        assert_eq!(b.cycle_s(), 16.0);
        let s = schedule(&b, 60.0).unwrap();
        assert_eq!(s.len(), 12, "3 whole breaths of 4 phases");
        assert_eq!(
            (s[4].cycle, s[4].phase, s[4].start_s),
            (2, Phase::Inhale, 16.0)
        );
        let f = pattern("4-7-8").unwrap();
        assert_eq!(
            f.phases,
            vec![
                (Phase::Inhale, 4.0),
                (Phase::Hold, 7.0),
                (Phase::Exhale, 8.0)
            ]
        );
        let c = pattern("coherent").unwrap();
        assert!(
            (60.0 / c.cycle_s() - 5.5).abs() < 1e-9,
            "5.5 breaths a minute"
        );
        assert_eq!(schedule(&c, 5.0).unwrap().len(), 2, "at least one breath");
        let x = pattern("custom:4-2-6-0").unwrap();
        assert_eq!(x.cycle_s(), 12.0);
        for bad in ["custom:4-2", "custom:0-1-4-0", "custom:a-b-c-d", "square"] {
            assert!(
                pattern(bad).unwrap_err().message().starts_with("pattern:"),
                "{bad}"
            );
        }
        assert!(schedule(&b, 0.0).is_err());
    }
}
