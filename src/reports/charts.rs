//! The report's charts with plotters: mood/sentiment over days, stacked face emotions per day, sleep vs
//! next-day mood, and a year-in-pixels mood grid. SVG for the window, PNG for export; an embedded
//! DejaVu Sans draws the PNG text on any machine; Okabe–Ito colours stay distinct for colour-blind eyes.

use super::aggregate::{Aggregates, Day};
use crate::error::{Code, Error, Result};
use crate::tr;
use crate::vision::EMOTION_LABELS;
use chrono::{Datelike, NaiveDate};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::FontStyle;
use std::path::Path;

/// Chart size in pixels.
pub const SIZE: (u32, u32) = (900, 380);

/// The charts, in display order: (file stem, message id of the title).
pub const CHARTS: &[(&str, &str)] = &[
    ("mood", "chart-mood"),
    ("emotions", "chart-emotions"),
    ("sleep", "chart-sleep"),
    ("pixels", "chart-pixels"),
];

/// Chart `i`'s title in `lang`.
pub fn title(lang: &str, i: usize) -> String {
    crate::i18n::translate(lang, CHARTS[i].1, &[])
}

/// Short month name (1–12) in `lang`.
fn month(lang: &str, m: u32) -> String {
    let names = tr!(lang, "chart-months");
    names
        .split_whitespace()
        .nth(m.saturating_sub(1) as usize)
        .unwrap_or("")
        .to_string()
}

/// Okabe–Ito palette.
const ORANGE: RGBColor = RGBColor(0xE6, 0x9F, 0x00);
const SKY: RGBColor = RGBColor(0x56, 0xB4, 0xE9);
const GREEN: RGBColor = RGBColor(0x00, 0x9E, 0x73);
const YELLOW: RGBColor = RGBColor(0xF0, 0xE4, 0x42);
const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xB2);
const VERMILLION: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
const PURPLE: RGBColor = RGBColor(0xCC, 0x79, 0xA7);
const GREY: RGBColor = RGBColor(0x99, 0x99, 0x99);
const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
const EMPTY: RGBColor = RGBColor(0xEE, 0xEE, 0xEE);

/// Colour per emotion in fer's order (angry, disgust, fear, happy, sad, surprise, neutral).
const EMOTION_COLORS: [RGBColor; 7] = [VERMILLION, PURPLE, ORANGE, YELLOW, BLUE, SKY, GREY];
/// Mood 1…5: vermillion, orange, grey, sky blue, blue (a diverging scale without red–green).
const MOOD_COLORS: [RGBColor; 5] = [VERMILLION, ORANGE, RGBColor(0xBB, 0xBB, 0xBB), SKY, BLUE];

fn pe(e: impl std::fmt::Debug) -> Error {
    Error::new(Code::Internal, format!("drawing a chart failed: {e:?}"))
}

/// Registers the embedded font (once): PNG text is drawn with it, SVG text is measured with it.
pub fn register_fonts() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let regular: &'static [u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
        let bold: &'static [u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
        let _ = plotters::style::register_font("sans-serif", FontStyle::Normal, regular);
        let _ = plotters::style::register_font("sans-serif", FontStyle::Bold, bold);
    });
}

fn label(days: &[Day], i: i32, lang: &str) -> String {
    days.get(i.max(0) as usize)
        .and_then(|d| d.date.parse::<NaiveDate>().ok())
        .map(|d| {
            tr!(
                lang,
                "chart-date",
                month = month(lang, d.month()),
                day = d.day()
            )
        })
        .unwrap_or_default()
}

fn no_data<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    title: &str,
    message: &str,
) -> Result<()> {
    root.fill(&WHITE).map_err(pe)?;
    let (w, h) = root.dim_in_pixel();
    root.draw(&Text::new(
        title.to_string(),
        (20, 16),
        ("sans-serif", 22)
            .into_font()
            .style(FontStyle::Bold)
            .color(&INK),
    ))
    .map_err(pe)?;
    root.draw(&Text::new(
        message.to_string(),
        (w as i32 / 2 - (message.len() as i32 * 4), h as i32 / 2),
        ("sans-serif", 17).into_font().color(&GREY),
    ))
    .map_err(pe)?;
    Ok(())
}

fn title_font() -> FontDesc<'static> {
    ("sans-serif", 22).into_font().style(FontStyle::Bold)
}

fn mood<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    a: &Aggregates,
    lang: &str,
) -> Result<()> {
    let title = &title(lang, 0);
    let has = a
        .days
        .iter()
        .any(|d| d.mood.is_some() || d.sentiment.is_some());
    if !has {
        return no_data(root, title, &tr!(lang, "chart-no-mood"));
    }
    root.fill(&WHITE).map_err(pe)?;
    let n = a.days.len() as i32;
    let mut chart = ChartBuilder::on(root)
        .caption(title, title_font())
        .margin(14)
        .x_label_area_size(36)
        .y_label_area_size(52)
        .build_cartesian_2d(-1..n, 0.8f64..5.2f64)
        .map_err(pe)?;
    let days = &a.days;
    chart
        .configure_mesh()
        .x_labels(n.clamp(2, 10) as usize)
        .x_label_formatter(&|i| label(days, *i, lang))
        .y_desc(tr!(lang, "chart-mood-axis"))
        .x_desc(tr!(lang, "chart-day"))
        .light_line_style(EMPTY)
        .label_style(("sans-serif", 13))
        .axis_desc_style(("sans-serif", 14))
        .draw()
        .map_err(pe)?;
    let series = |f: &dyn Fn(&Day) -> Option<f64>| -> Vec<Vec<(i32, f64)>> {
        // Lines break where a day has no value.
        let mut runs = vec![Vec::new()];
        for (i, d) in days.iter().enumerate() {
            match f(d) {
                Some(v) => runs.last_mut().expect("one").push((i as i32, v)),
                None if !runs.last().expect("one").is_empty() => runs.push(Vec::new()),
                None => {}
            }
        }
        runs
    };
    for (name, color, f) in [
        (
            tr!(lang, "chart-series-mood"),
            BLUE,
            &(|d: &Day| d.mood) as &dyn Fn(&Day) -> Option<f64>,
        ),
        (tr!(lang, "chart-series-sentiment"), ORANGE, &|d: &Day| {
            d.sentiment.map(|v| 3.0 + 2.0 * v)
        }),
    ] {
        let runs = series(f);
        let style = ShapeStyle::from(&color).stroke_width(3);
        for run in &runs {
            chart
                .draw_series(LineSeries::new(run.clone(), style))
                .map_err(pe)?;
        }
        chart
            .draw_series(
                runs.iter()
                    .flatten()
                    .map(|&(x, y)| Circle::new((x, y), 4, color.filled())),
            )
            .map_err(pe)?
            .label(name)
            .legend(move |(x, y)| {
                PathElement::new(
                    vec![(x, y), (x + 22, y)],
                    ShapeStyle::from(&color).stroke_width(3),
                )
            });
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.9))
        .border_style(GREY)
        .label_font(("sans-serif", 13))
        .draw()
        .map_err(pe)?;
    Ok(())
}

fn emotions<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    a: &Aggregates,
    lang: &str,
) -> Result<()> {
    let title = &title(lang, 1);
    if !a.days.iter().any(|d| d.emotion.is_some()) {
        return no_data(root, title, &tr!(lang, "chart-no-camera"));
    }
    root.fill(&WHITE).map_err(pe)?;
    let n = a.days.len() as i32;
    let days = &a.days;
    // The legend gets its own column on the right, so it never covers a bar.
    let (plot, side) = root.split_horizontally(SIZE.0 - 120);
    let mut chart = ChartBuilder::on(&plot)
        .caption(title, title_font())
        .margin(14)
        .x_label_area_size(36)
        .y_label_area_size(52)
        .build_cartesian_2d(-0.5f64..(n as f64 - 0.5), 0f64..100f64)
        .map_err(pe)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(n.clamp(2, 10) as usize)
        .x_label_formatter(&|x| label(days, x.round() as i32, lang))
        .y_label_formatter(&|y| format!("{y:.0}"))
        .y_desc(tr!(lang, "chart-face-share"))
        .light_line_style(EMPTY)
        .label_style(("sans-serif", 13))
        .axis_desc_style(("sans-serif", 14))
        .draw()
        .map_err(pe)?;
    let half = if n > 60 { 0.5 } else { 0.38 };
    for (k, name) in EMOTION_LABELS.iter().enumerate() {
        let color = EMOTION_COLORS[k];
        let bars = days.iter().enumerate().filter_map(|(i, d)| {
            let e = d.emotion.as_ref()?;
            let below: f64 = e[..k].iter().sum::<f64>() * 100.0;
            let x = i as f64;
            Some(Rectangle::new(
                [(x - half, below), (x + half, below + e[k] * 100.0)],
                color.filled(),
            ))
        });
        chart.draw_series(bars).map_err(pe)?;
        // Top to bottom in the legend as in the stack.
        let y = 70 + (6 - k as i32) * 24;
        side.draw(&Rectangle::new([(8, y), (22, y + 14)], color.filled()))
            .map_err(pe)?;
        side.draw(&Text::new(
            crate::i18n::translate(lang, &format!("emotion-{name}"), &[]),
            (30, y),
            ("sans-serif", 14).into_font().color(&INK),
        ))
        .map_err(pe)?;
    }
    Ok(())
}

fn sleep<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    a: &Aggregates,
    lang: &str,
) -> Result<()> {
    let title = &title(lang, 2);
    let pts: Vec<(f64, f64)> = a
        .days
        .iter()
        .filter_map(|d| Some((d.sleep_hours?, d.mood?)))
        .collect();
    if pts.is_empty() {
        return no_data(root, title, &tr!(lang, "chart-no-sleep"));
    }
    root.fill(&WHITE).map_err(pe)?;
    let max_h = pts.iter().map(|p| p.0).fold(10.0f64, f64::max).ceil();
    let mut chart = ChartBuilder::on(root)
        .caption(
            tr!(
                lang,
                "chart-sleep-nights",
                title = title.as_str(),
                n = pts.len()
            ),
            title_font(),
        )
        .margin(14)
        .x_label_area_size(40)
        .y_label_area_size(52)
        .build_cartesian_2d(0f64..max_h, 0.8f64..5.2f64)
        .map_err(pe)?;
    chart
        .configure_mesh()
        .x_desc(tr!(lang, "chart-hours-slept"))
        .y_desc(tr!(lang, "chart-next-day-mood"))
        .light_line_style(EMPTY)
        .label_style(("sans-serif", 13))
        .axis_desc_style(("sans-serif", 14))
        .draw()
        .map_err(pe)?;
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(7.0, 0.8), (7.0, 5.2)],
            ShapeStyle::from(&GREEN).stroke_width(2),
        )))
        .map_err(pe)?
        .label(tr!(lang, "chart-seven-hours"))
        .legend(|(x, y)| {
            PathElement::new(
                vec![(x, y), (x + 22, y)],
                ShapeStyle::from(&GREEN).stroke_width(2),
            )
        });
    chart
        .draw_series(
            pts.iter()
                .map(|&(h, m)| Circle::new((h, m), 6, BLUE.mix(0.7).filled())),
        )
        .map_err(pe)?
        .label(tr!(lang, "chart-one-night"))
        .legend(|(x, y)| Circle::new((x + 10, y), 6, BLUE.filled()));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.9))
        .border_style(GREY)
        .label_font(("sans-serif", 13))
        .draw()
        .map_err(pe)?;
    Ok(())
}

fn pixels<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    a: &Aggregates,
    lang: &str,
) -> Result<()> {
    let title = &title(lang, 3);
    if !a.days.iter().any(|d| d.mood.is_some()) {
        return no_data(root, title, &tr!(lang, "chart-no-pixels"));
    }
    root.fill(&WHITE).map_err(pe)?;
    root.draw(&Text::new(
        title.to_string(),
        (20, 14),
        title_font().color(&INK),
    ))
    .map_err(pe)?;
    let first: NaiveDate = a.from.parse().map_err(pe)?;
    let offset = first.weekday().num_days_from_monday() as i64;
    let weeks = ((a.days.len() as i64 + offset + 6) / 7).max(1);
    let (w, h) = root.dim_in_pixel();
    let cell = ((w as i64 - 140) / weeks)
        .clamp(8, 48)
        .min((h as i64 - 110) / 7) as i32;
    let (x0, y0) = (60, 56);
    let names = tr!(lang, "chart-weekdays");
    let mut short = names.split_whitespace();
    for i in 0..7 {
        let wd = if i % 2 == 0 {
            short.next().unwrap_or("")
        } else {
            ""
        };
        root.draw(&Text::new(
            wd.to_string(),
            (14, y0 + i * cell + cell / 2 - 7),
            ("sans-serif", 12).into_font().color(&INK),
        ))
        .map_err(pe)?;
    }
    for (i, d) in a.days.iter().enumerate() {
        let k = i as i64 + offset;
        let (col, row) = ((k / 7) as i32, (k % 7) as i32);
        let (x, y) = (x0 + col * cell, y0 + row * cell);
        let color = d
            .mood
            .map(|m| MOOD_COLORS[(m.round() as usize).clamp(1, 5) - 1])
            .unwrap_or(EMPTY);
        root.draw(&Rectangle::new(
            [(x + 1, y + 1), (x + cell - 1, y + cell - 1)],
            color.filled(),
        ))
        .map_err(pe)?;
        if d.date.ends_with("-01") && cell >= 8 {
            let m = d
                .date
                .parse::<NaiveDate>()
                .map(|d| month(lang, d.month()))
                .unwrap_or_default();
            root.draw(&Text::new(
                m,
                (x, y0 - 18),
                ("sans-serif", 12).into_font().color(&INK),
            ))
            .map_err(pe)?;
        }
    }
    let ly = y0 + 7 * cell + 14;
    let mut lx = x0;
    for (i, name) in [
        tr!(lang, "chart-legend-1"),
        tr!(lang, "chart-legend-2"),
        tr!(lang, "chart-legend-3"),
        tr!(lang, "chart-legend-4"),
        tr!(lang, "chart-legend-5"),
        tr!(lang, "chart-legend-none"),
    ]
    .iter()
    .enumerate()
    {
        let color = if i < 5 { MOOD_COLORS[i] } else { EMPTY };
        root.draw(&Rectangle::new(
            [(lx, ly), (lx + 14, ly + 14)],
            color.filled(),
        ))
        .map_err(pe)?;
        root.draw(&Text::new(
            name.to_string(),
            (lx + 19, ly),
            ("sans-serif", 13).into_font().color(&INK),
        ))
        .map_err(pe)?;
        lx += 30 + name.chars().count() as i32 * 8;
    }
    Ok(())
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    which: &str,
    a: &Aggregates,
    lang: &str,
) -> Result<()> {
    match which {
        "mood" => mood(root, a, lang),
        "emotions" => emotions(root, a, lang),
        "sleep" => sleep(root, a, lang),
        "pixels" => pixels(root, a, lang),
        other => Err(Error::invalid("chart", format!("no chart called {other}"))),
    }
}

/// One chart as an SVG document, its words in `lang`.
pub fn svg(which: &str, a: &Aggregates, lang: &str) -> Result<String> {
    register_fonts(); // text is measured with the embedded font for SVG too
    let mut s = String::new();
    {
        let root = SVGBackend::with_string(&mut s, SIZE).into_drawing_area();
        draw(&root, which, a, lang)?;
        root.present().map_err(pe)?;
    }
    Ok(s)
}

/// Every chart as SVG, in [`CHARTS`] order.
pub fn all_svg(a: &Aggregates, lang: &str) -> Result<Vec<(String, String)>> {
    CHARTS
        .iter()
        .map(|(k, _)| Ok((k.to_string(), svg(k, a, lang)?)))
        .collect()
}

/// Writes every chart as `<dir>/<name>.png`; returns the paths.
pub fn write_png(dir: &Path, a: &Aggregates, lang: &str) -> Result<Vec<std::path::PathBuf>> {
    register_fonts();
    crate::fsx::make_dir(dir)?;
    let mut out = Vec::new();
    for (k, _) in CHARTS {
        let path = dir.join(format!("{k}.png"));
        // Made 0600 first: plotters then writes into it, and the mode stays.
        crate::fsx::touch_private(&path)?;
        {
            let root = BitMapBackend::new(&path, SIZE).into_drawing_area();
            draw(&root, k, a, lang)?;
            root.present().map_err(pe)?;
        }
        out.push(path);
    }
    Ok(out)
}
