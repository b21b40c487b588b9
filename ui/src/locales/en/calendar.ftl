# Calendar screen (screens/Calendar.svelte)
calendar-title = Calendar
calendar-previous = Previous
calendar-next = Next
calendar-month = Month
calendar-year-in-pixels = Year in pixels
# $low, $high: the lowest and highest mood words (lower case), e.g. "awful" and "rad"
calendar-colour-hint = Colour: the day's mean mood, from { $low } (orange) to { $high } (blue); grey when none was logged.
calendar-grateful-for = Grateful for:
calendar-sleep = Sleep:
# $hours: hours slept (one decimal); $quality: the night's quality 1–10
calendar-sleep-night = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h (quality { $quality }/10)
calendar-breathing = Breathing:
# $minutes: minutes of breathing exercises that day (rounded)
calendar-breathing-minutes = { $minutes } min
calendar-chats = Chats:
calendar-nothing-logged = Nothing was logged this day.
