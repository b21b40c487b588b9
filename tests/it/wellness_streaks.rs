//! Visiting streaks across DST changes in two time zones and across a move between time zones.

use crate::common::vault as fixture;

use chrono::{NaiveDate, TimeZone};
use chrono_tz::Tz;
use mentora::vault::repo::gratitude;
use mentora::vault::Stamp;
use mentora::wellness::streaks::{compute, from_days};

fn local(tz: Tz, y: i32, m: u32, d: u32, h: u32, min: u32) -> Stamp {
    Stamp::at(
        tz.with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .expect("unambiguous local time")
            .fixed_offset(),
    )
}

/// `days` after y-m-d at h:min local time.
fn local_plus(tz: Tz, start: NaiveDate, days: u64, h: u32, min: u32) -> Stamp {
    let d = start + chrono::Days::new(days);
    Stamp::at(
        tz.from_local_datetime(&d.and_hms_opt(h, min, 0).unwrap())
            .single()
            .expect("unambiguous")
            .fixed_offset(),
    )
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Logs one gratitude item at each moment and returns the streak as seen on `today`.
fn streak_after(moments: &[Stamp], today: NaiveDate) -> mentora::wellness::streaks::Streak {
    let f = fixture::Fixture::new("Streak");
    let v = f.unlocked();
    v.with_conn(|c| {
        for (i, at) in moments.iter().enumerate() {
            gratitude::add(c, &format!("thing {i}"), at)?;
        }
        compute(c, today)
    })
    .unwrap()
}

#[test]
fn late_evenings_across_spring_and_autumn_dst_in_berlin_and_new_york() {
    for (tz, spring, autumn) in [
        (chrono_tz::Europe::Berlin, (3, 26), (10, 22)), // DST starts 29 March, ends 25 October 2026
        (chrono_tz::America::New_York, (3, 5), (10, 29)), // starts 8 March, ends 1 November 2026
    ] {
        for (m, d0) in [spring, autumn] {
            let start = day(2026, m, d0);
            // Every evening at 23:30 local for 7 days across the change: 7 days, one streak.
            let moments: Vec<Stamp> = (0..7).map(|i| local_plus(tz, start, i, 23, 30)).collect();
            let offsets: std::collections::BTreeSet<i32> =
                moments.iter().map(|s| s.tz_offset_min).collect();
            assert_eq!(offsets.len(), 2, "{tz}: the week crosses a DST change");
            let dates: Vec<String> = moments.iter().map(|s| s.date_str()).collect();
            let s = streak_after(&moments, start + chrono::Days::new(6));
            assert_eq!((s.current, s.longest), (7, 7), "{tz} {m}/{d0}: {dates:?}");
            // Just after midnight on each day instead: still one point per day.
            let early: Vec<Stamp> = (0..7).map(|i| local_plus(tz, start, i, 0, 30)).collect();
            assert_eq!(
                streak_after(&early, start + chrono::Days::new(7)).current,
                7,
                "{tz}: yesterday keeps it alive"
            );
        }
    }
}

#[test]
fn moving_from_berlin_to_new_york_neither_breaks_nor_doubles_days() {
    let berlin = chrono_tz::Europe::Berlin;
    let ny = chrono_tz::America::New_York;
    let moments = vec![
        local(berlin, 2026, 5, 10, 23, 0), // 21:00 UTC on the 10th
        local(berlin, 2026, 5, 11, 8, 0),
        local(ny, 2026, 5, 11, 21, 0), // after the flight: 01:00 UTC on the 12th, still the 11th here
        local(ny, 2026, 5, 12, 22, 0), // 02:00 UTC on the 13th
        local(ny, 2026, 5, 13, 7, 0),
    ];
    let dates: Vec<String> = moments.iter().map(|s| s.date_str()).collect();
    assert_eq!(
        dates,
        [
            "2026-05-10",
            "2026-05-11",
            "2026-05-11",
            "2026-05-12",
            "2026-05-13"
        ]
    );
    let s = streak_after(&moments, day(2026, 5, 13));
    assert_eq!((s.current, s.longest), (4, 4));
}

#[test]
fn gaps_end_a_streak_and_the_longest_is_kept() {
    let d: Vec<NaiveDate> = [1, 2, 3, 4, 5, 8, 9]
        .iter()
        .map(|x| day(2026, 1, *x))
        .collect();
    let s = from_days(&d, day(2026, 1, 9));
    assert_eq!((s.current, s.longest), (2, 5));
    assert_eq!(
        from_days(&d, day(2026, 1, 11)).current,
        0,
        "two idle days end it"
    );
    assert_eq!(from_days(&[], day(2026, 1, 1)).longest, 0);
}
