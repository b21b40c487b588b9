//! A client-side limit on Gemini calls: at most `max` in any sliding `window`.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// Sliding-window limiter.
#[derive(Debug)]
pub struct RateLimiter {
    max: usize,
    window: Duration,
    calls: VecDeque<Instant>,
}

impl Default for RateLimiter {
    /// 12 calls a minute: plenty for a person typing, a guard against loops and double sends.
    fn default() -> Self {
        RateLimiter::new(12, Duration::from_secs(60))
    }
}

impl RateLimiter {
    /// At most `max` calls per `window`.
    pub fn new(max: usize, window: Duration) -> Self {
        RateLimiter {
            max,
            window,
            calls: VecDeque::new(),
        }
    }

    /// Takes a slot now, or says how long until one frees up.
    pub fn try_acquire(&mut self, now: Instant) -> Result<(), Duration> {
        while self
            .calls
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            self.calls.pop_front();
        }
        if self.calls.len() >= self.max {
            let oldest = *self.calls.front().expect("full");
            return Err(self.window - now.duration_since(oldest));
        }
        self.calls.push_back(now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sliding_window() {
        let mut r = RateLimiter::new(2, Duration::from_secs(10));
        let t = Instant::now();
        assert!(r.try_acquire(t).is_ok());
        assert!(r.try_acquire(t + Duration::from_secs(1)).is_ok());
        assert_eq!(
            r.try_acquire(t + Duration::from_secs(2)),
            Err(Duration::from_secs(8))
        );
        assert!(r.try_acquire(t + Duration::from_secs(10)).is_ok());
    }
}
