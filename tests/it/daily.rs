//! The daily loop's use cases, as the window and the CLI call them: a quick mood with activities in
//! Today, the calendar, the day and the year; the person's activities (their list, and tags seen on
//! entries); templates; and export → import keeping activities and templates.

use crate::common::vault::Fixture;
use mentora::api;
use mentora::vault::repo::activities::ActivityInput;

#[test]
fn a_quick_mood_shows_in_today_the_calendar_and_the_day() {
    let f = Fixture::new("Today");
    let app = f.app();
    let empty = api::daily::today(&app).unwrap();
    assert_eq!(
        (empty.cell.mood, empty.entries.len(), empty.week.len()),
        (None, 0, 7)
    );
    assert_eq!(empty.week.last().unwrap().date, empty.date);
    assert_eq!(
        empty.next_reminder, None,
        "reminders are off until turned on"
    );

    api::daily::quick_mood(&app, 4, &["Walk".into(), "family".into()]).unwrap();
    api::daily::quick_mood(&app, 2, &[]).unwrap();
    let t = api::daily::today(&app).unwrap();
    assert_eq!(t.cell.mood, Some(3.0));
    assert_eq!(t.cell.entries, 2);
    assert_eq!(t.entries.len(), 2);
    assert_eq!(t.entries[1].tags, ["walk", "family"]);
    assert_eq!(t.streak.current, 1);
    assert!(!t.prompt.question.is_empty());

    let month = &t.date[..7];
    let cal = api::daily::calendar(&app, month).unwrap();
    assert!(cal.len() >= 28 && cal.len() <= 31);
    assert!(cal.iter().all(|d| d.date.starts_with(month)));
    let cell = cal.iter().find(|d| d.date == t.date).unwrap();
    assert_eq!((cell.mood, cell.entries), (Some(3.0), 2));
    assert!(cal
        .iter()
        .filter(|d| d.date != t.date)
        .all(|d| d.mood.is_none()));

    let day = api::daily::day(&app, &t.date).unwrap();
    assert_eq!(day.entries.len(), 2);
    let year: i32 = t.date[..4].parse().unwrap();
    let y = api::daily::year(&app, year).unwrap();
    assert!(y.len() == 365 || y.len() == 366);
    assert_eq!(y.iter().filter(|d| d.mood.is_some()).count(), 1);

    for bad in ["2026-13", "2026", "December", ""] {
        let e = api::daily::calendar(&app, bad).unwrap_err();
        assert!(e.message().starts_with("month:"), "{bad}: {e}");
    }
    assert!(api::daily::day(&app, "2026-02-30")
        .unwrap_err()
        .message()
        .starts_with("date:"));
    assert!(api::daily::year(&app, 10_000).is_err());
    assert!(api::daily::quick_mood(&app, 6, &[])
        .unwrap_err()
        .message()
        .starts_with("mood:"));
}

#[test]
fn activities_are_the_persons_list_then_what_entries_carry() {
    let f = Fixture::new("Acts");
    let app = f.app();
    // A quick mood adds its activities to the list; a journal tag alone does not.
    api::daily::quick_mood(&app, 5, &["walk".into()]).unwrap();
    api::journal::add(
        &app,
        &mentora::vault::repo::journal::EntryInput {
            mood: 3,
            tags: vec!["rain".into(), "walk".into()],
            title: String::new(),
            text: "wet".into(),
        },
    )
    .unwrap();
    let added = api::daily::activity_add(
        &app,
        &ActivityInput {
            name: "Yoga".into(),
            emoji: "🧘".into(),
            group: "Body".into(),
        },
    )
    .unwrap();
    assert_eq!(
        (added.name.as_str(), added.uses, added.listed),
        ("yoga", 0, true)
    );
    let list = api::daily::activities(&app).unwrap();
    let names: Vec<(&str, bool, i64)> = list
        .iter()
        .map(|a| (a.name.as_str(), a.listed, a.uses))
        .collect();
    assert_eq!(
        names,
        [("walk", true, 2), ("yoga", true, 0), ("rain", false, 1)]
    );
    // Removing keeps the entries' tags.
    api::daily::activity_remove(&app, "walk").unwrap();
    let list = api::daily::activities(&app).unwrap();
    assert!(list
        .iter()
        .any(|a| a.name == "walk" && !a.listed && a.uses == 2));
    assert_eq!(
        api::daily::activity_remove(&app, "walk")
            .unwrap_err()
            .code()
            .as_str(),
        "store.not_found"
    );
    let e = api::daily::activity_add(
        &app,
        &ActivityInput {
            name: " ".into(),
            emoji: String::new(),
            group: String::new(),
        },
    )
    .unwrap_err();
    assert!(e.message().starts_with("name:"), "{e}");
}

#[test]
fn templates_and_activities_survive_export_and_import() {
    let f = Fixture::new("Tmpl");
    let app = f.app();
    assert!(api::daily::prompts().len() >= 5);
    let t = api::daily::template_add(&app, "Evening", "Best moment: \nHardest moment: ").unwrap();
    api::daily::activity_add(
        &app,
        &ActivityInput {
            name: "choir".into(),
            emoji: "🎶".into(),
            group: "Hobbies".into(),
        },
    )
    .unwrap();
    assert_eq!(
        api::daily::templates(&app).unwrap(),
        std::slice::from_ref(&t)
    );
    assert!(api::daily::template_add(&app, "", "x").is_err());
    let file = f.dir.path().join("export.json");
    api::data::export_to(&app, api::data::Format::Json, &file).unwrap();

    let g = Fixture::new("Tmpl2");
    let other = g.app();
    api::data::import(&other, &file).unwrap();
    assert_eq!(
        api::daily::templates(&other).unwrap(),
        std::slice::from_ref(&t)
    );
    let a = api::daily::activities(&other).unwrap();
    assert_eq!(
        (a[0].name.as_str(), a[0].emoji.as_str(), a[0].group.as_str()),
        ("choir", "🎶", "Hobbies")
    );
    api::daily::template_delete(&other, t.id).unwrap();
    assert!(api::daily::templates(&other).unwrap().is_empty());
    assert_eq!(
        api::daily::template_delete(&other, t.id)
            .unwrap_err()
            .code()
            .as_str(),
        "store.not_found"
    );
}
