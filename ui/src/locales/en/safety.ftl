# The safety plan's seven sections (Stanley–Brown), titles and hints (lib/safety.ts); also the crisis card's headings
safety-warning-signs = Warning signs
safety-warning-signs-hint = Thoughts, moods or situations that come before a crisis
safety-coping = Things I can do on my own
safety-coping-hint = A walk, music, a shower, a breathing exercise…
safety-distractions = People and places that take my mind off it
safety-distractions-hint = A café, a friend's kitchen, the library…
safety-helpers = People I can ask for help
safety-helpers-hint = Name and number
safety-professionals = Professionals and crisis lines
safety-professionals-hint = My doctor, my therapist, a crisis line
safety-safe-environment = Making my surroundings safe
safety-safe-environment-hint = What to put away, and who can keep it
safety-reasons = My reasons for living
safety-reasons-hint = People, pets, plans, places
