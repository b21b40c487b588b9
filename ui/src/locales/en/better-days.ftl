# What goes with better days (components/BetterDays.svelte)
better-days-title = What goes with your better days
# $days: days with a mood in the last 90; $min: the fewest days on each side before anything is said
better-days-hint = The last 90 days ({ $days } with a mood). Mean mood (1–5) on days with each thing and without it, and a 95 % interval for the difference. Nothing is said with fewer than { $min } days on either side. These went together; they are not causes.
better-days-with = With
better-days-days = Days
better-days-mood-with = Mood with
better-days-without = Without
better-days-difference = Difference
better-days-interval = 95 % interval
# $low, $high: the interval's ends, already formatted (e.g. "-0.20", "+0.85")
better-days-range = { $low } to { $high }
better-days-too-few = not enough days yet
better-days-empty = Log a mood with what you did for a few days, and this table fills in.
