//! The daily loop: Today, quick mood, calendar, year in pixels, a day, activities, prompts,
//! templates, search, what goes with better days, reminders and start at login.

use super::run;
use mentora::api::{daily, journal, reminders, search, wellness, App};
use mentora::vault::repo::activities::{Activity, ActivityInput};
use mentora::vault::repo::search::SearchHit;
use mentora::vault::repo::templates::Template;
use mentora::wellness::better_days::BetterDays;
use mentora::wellness::daily::{DayCell, DayView, Today};
use mentora::wellness::prompts::Prompt;
use mentora::wellness::reminders::Reminders;
use mentora::Result;
use tauri::State;

/// Today, for the landing screen.
#[tauri::command]
pub async fn today(state: State<'_, App>) -> Result<Today> {
    run(&state, daily::today).await
}

/// A quick mood with activities.
#[tauri::command]
pub async fn quick_mood(
    state: State<'_, App>,
    mood: i64,
    activities: Vec<String>,
) -> Result<journal::ScoredEntry> {
    run(&state, move |a| daily::quick_mood(a, mood, &activities)).await
}

/// Every day of a month (`YYYY-MM`).
#[tauri::command]
pub async fn calendar_month(state: State<'_, App>, month: String) -> Result<Vec<DayCell>> {
    run(&state, move |a| daily::calendar(a, &month)).await
}

/// Every day of a year.
#[tauri::command]
pub async fn calendar_year(state: State<'_, App>, year: i32) -> Result<Vec<DayCell>> {
    run(&state, move |a| daily::year(a, year)).await
}

/// One day's contents.
#[tauri::command]
pub async fn day_view(state: State<'_, App>, date: String) -> Result<DayView> {
    run(&state, move |a| daily::day(a, &date)).await
}

/// The person's activities.
#[tauri::command]
pub async fn activities_list(state: State<'_, App>) -> Result<Vec<Activity>> {
    run(&state, daily::activities).await
}

/// Adds an activity.
#[tauri::command]
pub async fn activity_add(state: State<'_, App>, activity: ActivityInput) -> Result<Activity> {
    run(&state, move |a| daily::activity_add(a, &activity)).await
}

/// Takes an activity off the list.
#[tauri::command]
pub async fn activity_remove(state: State<'_, App>, name: String) -> Result<()> {
    run(&state, move |a| daily::activity_remove(a, &name)).await
}

/// The built-in prompts and the person's templates.
#[tauri::command]
pub async fn prompts_list(state: State<'_, App>) -> Result<(Vec<Prompt>, Vec<Template>)> {
    run(&state, |a| Ok((daily::prompts(), daily::templates(a)?))).await
}

/// Saves a template.
#[tauri::command]
pub async fn template_add(state: State<'_, App>, title: String, body: String) -> Result<Template> {
    run(&state, move |a| daily::template_add(a, &title, &body)).await
}

/// Deletes a template.
#[tauri::command]
pub async fn template_delete(state: State<'_, App>, id: i64) -> Result<()> {
    run(&state, move |a| daily::template_delete(a, id)).await
}

/// Searches journal, gratitude and chats.
#[tauri::command]
pub async fn search(state: State<'_, App>, query: String) -> Result<Vec<SearchHit>> {
    run(&state, move |a| search::search(a, &query)).await
}

/// What goes with better days (default: the last 90 days).
#[tauri::command]
pub async fn better_days(
    state: State<'_, App>,
    from: Option<String>,
    to: Option<String>,
) -> Result<BetterDays> {
    run(&state, move |a| {
        wellness::better_days(a, from.as_deref(), to.as_deref())
    })
    .await
}

/// The reminders (off and empty until set).
#[tauri::command]
pub async fn reminders_get(state: State<'_, App>) -> Result<Reminders> {
    run(&state, reminders::get).await
}

/// Saves the reminders.
#[tauri::command]
pub async fn reminders_set(state: State<'_, App>, reminders: Reminders) -> Result<Reminders> {
    run(&state, move |a| reminders::set(a, reminders)).await
}

/// Whether Mentora starts at login.
#[tauri::command]
pub async fn autostart_get(state: State<'_, App>) -> Result<bool> {
    run(&state, |_| reminders::autostart_on()).await
}

/// Turns start at login on or off.
#[tauri::command]
pub async fn autostart_set(state: State<'_, App>, on: bool) -> Result<bool> {
    run(&state, move |_| reminders::autostart_set(on)).await
}
